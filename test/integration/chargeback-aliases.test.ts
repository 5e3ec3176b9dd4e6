// Issue 12's last point: a chargeback by a tag reads it through the tag aliases. After a value
// alias the merged owner shows; removing the alias restores the raw one. Three-teams fixture,
// plus one line whose Team is a variant spelling ("Payments", 5.00).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_A, insertLines, threeTeamsWorkspace } from './chargeback-fixture.ts';
import type { TestWorkspace } from '../support/workspace.ts';

let t: TestWorkspace;
beforeAll(async () => {
  t = await threeTeamsWorkspace();
  await insertLines(t.ws, [{ start: '2026-10-08', account: ACCOUNT_A, service: 'Amazon EC2', resource: 'i-7', effective: '5', billed: '5', category: 'Usage', team: 'Payments' }]);
});
afterAll(() => t.close());

const totals = async () => Object.fromEntries((await t.api.chargeback({ spec: { period: '2026-10', by: 'tag:Team' } })).allocations.map((a) => [a.owner, a.total]));

describe('chargeback by a tag, through the tag aliases', () => {
  it('the raw values before any alias', async () => {
    expect(await totals()).toEqual({ payments: 120, search: 60, data: 40, Payments: 5 });
  });

  it('after a value alias, the merged owner', async () => {
    await t.api.tagAliasAdd({ kind: 'value', key: 'Team', from: ['Payments'], to: 'payments' });
    expect(await totals()).toEqual({ payments: 125, search: 60, data: 40 });
  });

  it('removing the alias restores the raw owner', async () => {
    await t.api.tagAliasRemove({ kind: 'value', key: 'Team', from: 'Payments' });
    expect(await totals()).toEqual({ payments: 120, search: 60, data: 40, Payments: 5 });
  });
});
