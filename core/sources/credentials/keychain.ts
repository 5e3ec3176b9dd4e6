// AWS access keys in the OS keychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows) through @napi-rs/keyring. Keys are stored under one service name, one
// entry per name; they are read only where a client signs a request, and never written to the
// workspace, logs or anything sent to the renderer.
import { Entry, findCredentials } from '@napi-rs/keyring';
import { sourceError } from '../errors.ts';

export const KEYCHAIN_SERVICE = 'finops-workbench';
const ACCOUNT_PREFIX = 'aws-keys:';

export interface AwsKeys {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

function entry(name: string): Entry {
  return new Entry(KEYCHAIN_SERVICE, `${ACCOUNT_PREFIX}${name}`);
}

function unavailable(err: unknown): never {
  throw sourceError(
    'KEYCHAIN_UNAVAILABLE',
    `The OS keychain could not be used (${(err as Error).message}). On Linux start a Secret Service (GNOME Keyring or KWallet) in the session, or use a profile from ~/.aws instead.`,
  );
}

export function saveAwsKeys(name: string, keys: AwsKeys): void {
  const doc = JSON.stringify({ accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey, ...(keys.sessionToken ? { sessionToken: keys.sessionToken } : {}) });
  try {
    entry(name).setPassword(doc);
  } catch (err) {
    unavailable(err);
  }
}

export function readAwsKeys(name: string): AwsKeys {
  let doc: string | null | undefined;
  try {
    doc = entry(name).getPassword();
  } catch (err) {
    unavailable(err);
  }
  if (!doc) throw sourceError('KEYCHAIN_NOT_FOUND', `No AWS keys named "${name}" in the OS keychain. Save them with \`finops-workbench credentials set --name ${name}\`, or use a profile.`, { name });
  const parsed = JSON.parse(doc) as AwsKeys;
  return { accessKeyId: parsed.accessKeyId, secretAccessKey: parsed.secretAccessKey, ...(parsed.sessionToken ? { sessionToken: parsed.sessionToken } : {}) };
}

/** True when keys of that name were there to delete. */
export function deleteAwsKeys(name: string): boolean {
  try {
    return entry(name).deleteCredential();
  } catch (err) {
    unavailable(err);
  }
}

/** Names of saved keys with their access key id (public), never the secret. */
export function listAwsKeys(): { name: string; accessKeyId: string }[] {
  let found: { account: string; password: string }[];
  try {
    found = findCredentials(KEYCHAIN_SERVICE);
  } catch (err) {
    unavailable(err);
  }
  return found
    .filter((c) => c.account.startsWith(ACCOUNT_PREFIX))
    .map((c) => ({ name: c.account.slice(ACCOUNT_PREFIX.length), accessKeyId: (JSON.parse(c.password) as AwsKeys).accessKeyId }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
