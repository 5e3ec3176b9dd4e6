// Access keys saved in the OS keychain sign the requests of a pull, and the secret reaches none
// of: the workspace file, the progress messages, the responses (what a renderer sees). Needs a
// real Secret Service (.ci/run starts one); skipped elsewhere, saying why.
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COST_ROWS } from '../support/aws/cost-rows.ts';
import { startPullServer } from '../support/aws/pull-fixture.ts';
import type { AwsServer } from '../support/aws/server.ts';
import { SECRET_SERVICE_HINT, secretServiceMissing } from '../support/secret-service.ts';
import { openTestWorkspace, tempDir, type TestWorkspace } from '../support/workspace.ts';

const missing = secretServiceMissing();
const SECRET = `wJalrXUtnFEMI-${randomUUID()}`;
const NAME = `pull-test-${randomUUID().slice(0, 8)}`;

describe.skipIf(missing !== null)(`secrets stay in the keychain${missing ? `: skipped, ${missing}; ${SECRET_SERVICE_HINT}` : ''}`, () => {
  let server: AwsServer;
  let restore: () => Promise<void>;
  let t: TestWorkspace;
  beforeAll(async () => {
    ({ server, restore } = await startPullServer(tempDir('fw-secrets-home-')));
    server.costExplorer.rows = COST_ROWS;
    t = await openTestWorkspace();
  });
  afterAll(async () => {
    await t.api.awsKeysDelete({ name: NAME }).catch(() => undefined);
    t.close();
    await restore();
  });

  it('keys from the keychain sign the pull; the secret is nowhere else', async () => {
    const seen: unknown[] = [];
    seen.push(await t.api.awsKeysSave({ name: NAME, accessKeyId: 'AKIAKEYCHAINPULL', secretAccessKey: SECRET }));
    seen.push(await t.api.awsKeysList({}));
    const progress: string[] = [];
    seen.push(await t.api.costExplorerPull({ endpointUrl: server.url, from: '2026-09-01', to: '2026-10-01', billingAccountId: '111111111111', keychainKeys: NAME }, { onProgress: (p) => progress.push(JSON.stringify(p)) }));
    expect(server.calls('costexplorer').at(-1)?.accessKeyId).toBe('AKIAKEYCHAINPULL');
    seen.push(await t.api.info({}));
    const old = t;
    old.ws.close(); // written through to the file
    const file = old.ws.path;
    expect(JSON.stringify(seen)).not.toContain(SECRET);
    expect(progress.join('\n')).not.toContain(SECRET);
    expect(readFileSync(file).includes(SECRET)).toBe(false);
    expect(readFileSync(file).includes('AKIAKEYCHAINPULL')).toBe(false);
    rmSync(old.dir, { recursive: true, force: true });
    t = await openTestWorkspace();
    expect((await t.api.awsKeysDelete({ name: NAME })).deleted).toBe(true);
  });
});
