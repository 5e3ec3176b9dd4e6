// A policy pattern the audit's regular expressions (DuckDB's RE2) cannot run is refused when it is
// saved, with the key and the pattern named, and the saved policy stays as it was.
import { afterEach, expect, test } from 'vitest';
import { getTagPolicy, saveTagPolicy } from '../../core/engines/tags/index.ts';
import { WorkbenchError } from '../../core/errors.ts';
import { openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';

let t: TestWorkspace | null = null;
afterEach(() => {
  t?.close();
  t = null;
});

const policy = (pattern: string) => ({ kind: 'tagPolicy', keys: [{ key: 'Team' }, { key: 'CostCenter', pattern }] });

test('a lookahead (JavaScript accepts it, RE2 does not) is refused on save; the saved policy stays', async () => {
  t = await openTestWorkspace();
  const before = await saveTagPolicy(t.ws.db, policy('^cc-[0-9]{4}$'));
  const err = await saveTagPolicy(t.ws.db, policy('(?=cc)cc-[0-9]+')).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(WorkbenchError);
  expect((err as WorkbenchError).code).toBe('TAGS_BAD_POLICY');
  expect((err as WorkbenchError).message).toMatch(/^Invalid tag policy: the pattern of CostCenter \(\(\?=cc\)cc-\[0-9\]\+\) is not a regular expression the audit can run/);
  expect((err as WorkbenchError).message).toMatch(/nothing was changed\.$/);
  expect(await getTagPolicy(t.ws.db)).toEqual(before);
});
