// An AWS connection (profile, region, endpoint, optional keychain keys) and its SDK clients.
// Credentials come from the SDK default chain (environment, shared config and credentials files,
// profiles, SSO, assume-role) unless the connection names access keys saved in the OS keychain;
// those are read in core when a client signs a request and never leave it.
import { AthenaClient } from '@aws-sdk/client-athena';
import { CostExplorerClient } from '@aws-sdk/client-cost-explorer';
import { S3Client } from '@aws-sdk/client-s3';
import { readAwsKeys } from '../credentials/keychain.ts';
import { AwsService, resolveEndpoint, type AwsServiceId } from './endpoint.ts';

export interface AwsConnection {
  profile?: string;
  region?: string;
  endpointUrl?: string;
  /** Name of access keys saved in the OS keychain (`credentials set`); otherwise the SDK chain. */
  keychainKeys?: string;
}

/** Attempts per request; the SDK's standard retry backs off exponentially (with jitter) on throttling. */
export const MAX_ATTEMPTS = 6;

/** Cost Explorer is served from us-east-1 whatever the account's regions. */
export const COST_EXPLORER_REGION = 'us-east-1';

function baseConfig(conn: AwsConnection, service: AwsServiceId) {
  const endpoint = resolveEndpoint(service, conn.endpointUrl);
  const keys = conn.keychainKeys;
  return {
    ...(conn.region ? { region: conn.region } : {}),
    ...(conn.profile ? { profile: conn.profile } : {}),
    ...(endpoint ? { endpoint } : {}),
    ...(keys ? { credentials: async () => readAwsKeys(keys) } : {}),
    retryMode: 'standard',
    maxAttempts: MAX_ATTEMPTS,
  };
}

export interface AwsClients {
  s3(): S3Client;
  athena(): AthenaClient;
  costExplorer(): CostExplorerClient;
  /** Closes the clients' sockets. */
  destroy(): void;
}

export function awsClients(conn: AwsConnection): AwsClients {
  let s3: S3Client | undefined;
  let athena: AthenaClient | undefined;
  let ce: CostExplorerClient | undefined;
  return {
    s3: () => (s3 ??= new S3Client({ ...baseConfig(conn, AwsService.S3), forcePathStyle: resolveEndpoint(AwsService.S3, conn.endpointUrl) !== undefined })),
    athena: () => (athena ??= new AthenaClient(baseConfig(conn, AwsService.Athena))),
    costExplorer: () => (ce ??= new CostExplorerClient({ ...baseConfig(conn, AwsService.CostExplorer), region: COST_EXPLORER_REGION })),
    destroy: () => {
      s3?.destroy();
      athena?.destroy();
      ce?.destroy();
    },
  };
}
