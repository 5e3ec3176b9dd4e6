// Access keys through a real Secret Service: saved, read back (also by libsecret's secret-tool,
// so they are in the Secret Service and not some other store), listed without the secret, and
// deleted. .ci/run starts GNOME Keyring in a D-Bus session for this; elsewhere the test is
// skipped and says why.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { secretServiceMissing, SECRET_SERVICE_HINT } from '../../../test/support/secret-service.ts';
import { deleteAwsKeys, KEYCHAIN_SERVICE, listAwsKeys, readAwsKeys, saveAwsKeys } from './keychain.ts';

const missing = secretServiceMissing();
const secretTool = (name: string) => {
  try {
    return execFileSync('secret-tool', ['lookup', 'service', KEYCHAIN_SERVICE, 'username', `aws-keys:${name}`], { encoding: 'utf8' });
  } catch {
    return '';
  }
};

describe.skipIf(missing !== null)(`OS keychain (Secret Service)${missing ? `: skipped, ${missing}; ${SECRET_SERVICE_HINT}` : ''}`, () => {
  it('stores, reads, lists and deletes access keys', () => {
    const name = `test-${randomUUID()}`;
    const keys = { accessKeyId: 'AKIAKEYCHAINTEST', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYKEYCHAIN', sessionToken: 'token-1' };
    saveAwsKeys(name, keys);
    try {
      expect(readAwsKeys(name)).toEqual(keys);
      expect(JSON.parse(secretTool(name))).toEqual(keys);
      expect(listAwsKeys().filter((k) => k.name === name)).toEqual([{ name, accessKeyId: 'AKIAKEYCHAINTEST' }]);
      saveAwsKeys(name, { accessKeyId: 'AKIAROTATED', secretAccessKey: 'new' });
      expect(readAwsKeys(name)).toEqual({ accessKeyId: 'AKIAROTATED', secretAccessKey: 'new' });
    } finally {
      expect(deleteAwsKeys(name)).toBe(true);
    }
    expect(secretTool(name)).toBe('');
    expect(deleteAwsKeys(name)).toBe(false);
    expect(() => readAwsKeys(name)).toThrow(expect.objectContaining({ code: 'KEYCHAIN_NOT_FOUND' }));
  });
});
