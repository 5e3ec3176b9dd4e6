// Replies and errors in the shapes the AWS SDK parses: JSON 1.1 errors carry `__type`,
// S3 errors are an <Error> XML document.

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body?: string | Buffer;
}

/** Failures a test can script. */
export type AwsFault = { kind: 'throttle' } | { kind: 'expired' } | { kind: 'server-error' };

const JSON_TYPE = 'application/x-amz-json-1.1';

export function jsonReply(value: unknown): Reply {
  return { status: 200, headers: { 'content-type': JSON_TYPE }, body: JSON.stringify(value) };
}

export function jsonFailure(status: number, type: string, message: string): Reply {
  return { status, headers: { 'content-type': JSON_TYPE, 'x-amzn-errortype': type }, body: JSON.stringify({ __type: type, message, Message: message }) };
}

export function jsonError(fault: AwsFault, service: 'athena' | 'costexplorer'): Reply {
  if (fault.kind === 'expired') return jsonFailure(400, 'ExpiredTokenException', 'The security token included in the request is expired');
  if (fault.kind === 'server-error') return jsonFailure(500, 'InternalServerException', 'We encountered an internal error. Please try again.');
  // Athena and Cost Explorer name their throttling differently; the SDK retries both.
  return service === 'athena' ? jsonFailure(400, 'TooManyRequestsException', 'Rate exceeded') : jsonFailure(400, 'LimitExceededException', 'Rate exceeded');
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function xmlFailure(status: number, code: string, message: string): Reply {
  return {
    status,
    headers: { 'content-type': 'application/xml' },
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message><RequestId>test</RequestId></Error>`,
  };
}

export function xmlError(fault: AwsFault): Reply {
  if (fault.kind === 'expired') return xmlFailure(400, 'ExpiredToken', 'The provided token has expired.');
  if (fault.kind === 'server-error') return xmlFailure(500, 'InternalError', 'We encountered an internal error. Please try again.');
  return xmlFailure(503, 'SlowDown', 'Please reduce your request rate.');
}
