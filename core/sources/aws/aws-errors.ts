// SDK failures in words a user can act on. The SDK has already retried throttling and transient
// errors with backoff when one arrives here.
import { ErrorCode, WorkbenchError } from '../../errors.ts';
import { sourceError } from '../errors.ts';

const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired', 'TokenRefreshRequired']);
const DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnrecognizedClientException', 'InvalidAccessKeyId', 'SignatureDoesNotMatch', 'InvalidClientTokenId', 'UnauthorizedOperation']);
const THROTTLED = new Set(['ThrottlingException', 'TooManyRequestsException', 'LimitExceededException', 'SlowDown', 'Throttling', 'RequestLimitExceeded']);

export interface AwsCallSite {
  /** "S3 ListObjectsV2 on s3://bucket/prefix", "Athena StartQueryExecution"... */
  what: string;
  profile?: string;
}

function networkCode(err: unknown): string | undefined {
  const e = err as { code?: string; cause?: { code?: string }; errors?: { code?: string }[] };
  return e.code ?? e.cause?.code ?? e.errors?.[0]?.code;
}

export function explainAwsError(err: unknown, site: AwsCallSite): WorkbenchError {
  if (err instanceof WorkbenchError) return err;
  const e = err as { name?: string; message?: string; $metadata?: { httpStatusCode?: number; attempts?: number } };
  if (e.name === 'AbortError') return new WorkbenchError(ErrorCode.CANCELLED, 'Cancelled: the pull stopped and the workspace is as it was.');
  const name = e.name ?? 'Error';
  const message = (e.message ?? String(err)).split('\n')[0]!;
  const who = site.profile ? `profile ${site.profile}` : 'the AWS credentials in use';
  const details = { operation: site.what, awsError: name, ...(e.$metadata?.httpStatusCode ? { httpStatus: e.$metadata.httpStatusCode } : {}) };
  if (EXPIRED.has(name)) {
    return sourceError('AWS_CREDENTIALS_EXPIRED', `${site.what}: ${who} have expired (${message}). Sign in again (for SSO: aws sso login${site.profile ? ` --profile ${site.profile}` : ''}) or renew the access keys, then pull again. Nothing was loaded.`, details);
  }
  if (name === 'CredentialsProviderError') {
    return sourceError('AWS_NO_CREDENTIALS', `${site.what}: no AWS credentials found for ${who} (${message}). Choose a profile with --profile, set AWS_PROFILE, or save access keys with \`finops-workbench credentials set\`.`, details);
  }
  if (DENIED.has(name)) {
    return sourceError('AWS_ACCESS_DENIED', `${site.what}: AWS refused ${who} (${name}: ${message}). Check the profile's permissions for this operation.`, details);
  }
  if (THROTTLED.has(name)) {
    return sourceError('AWS_THROTTLED', `${site.what}: AWS kept throttling the requests after ${e.$metadata?.attempts ?? 'several'} attempts. Wait a minute and pull again.`, details);
  }
  if (/region is missing/i.test(message)) {
    return sourceError('AWS_NO_REGION', `${site.what}: no AWS region is set. Pass --region, or set it in the profile or AWS_REGION.`, details);
  }
  const net = networkCode(err);
  if (net === 'ECONNREFUSED' || net === 'ENOTFOUND' || net === 'ECONNRESET' || net === 'ETIMEDOUT') {
    return sourceError('AWS_UNREACHABLE', `${site.what}: the endpoint could not be reached (${net}). Check the network, the region and any endpoint URL.`, { ...details, network: net });
  }
  return sourceError('AWS_REQUEST_FAILED', `${site.what} failed: ${name}: ${message}`, details);
}

/** Runs one SDK call and explains its failure. */
export async function awsCall<T>(site: AwsCallSite, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw explainAwsError(err, site);
  }
}
