// The reconciliation invariant (SPEC.md) on generated bills: for every month and every rule set
// (seeded: owner chains, pools of every kind, each split method, each credit treatment, each cost
// basis), Σ owners' totals + unallocated = the source total of the basis, to the cent, where the
// source total is summed here by DuckDB on its own. And every figure adds up: direct + shared =
// total, Σ received = shared, Σ byService = Σ byAccount = direct, each pool's to + its part left
// unallocated = its amount.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type ChargebackResult, type ChargebackRulesInput } from '../../core/engines/chargeback/index.ts';
import { sql, ident } from '../../core/sql/index.ts';
import { generateAndIngest, type RoundTrip } from '../../core/synth/round-trip.ts';
import { Rng } from '../../core/synth/rng.ts';
import { COST_BASES, COST_BASIS_COLUMN } from '../../core/engines/pivot/constants.ts';
import { tempDir } from '../support/workspace.ts';

const dir = tempDir('fw-chargeback-synth-');
let loaded: RoundTrip;
const MONTHS = ['2026-08', '2026-09', '2026-10'];
const RULE_SETS = 6;

beforeAll(async () => {
  loaded = await generateAndIngest(join(dir, 'focus'), { months: 3, seed: 13, scale: 4000, grain: 'daily', metrics: false, format: 'focus-csv' });
  // an account → owner map for some accounts (the fallback of the chain)
  const accounts = await loaded.ws.db.all(sql`SELECT DISTINCT ${ident('SubAccountId')} AS id FROM focus ORDER BY id`);
  const csv = ['account,owner', ...accounts.filter((_, i) => i % 2 === 0).map((a, i) => `${String(a.id)},acct-owner-${i}`)].join('\n');
  const { importAccountOwners } = await import('../../core/engines/chargeback/account-owners-store.ts');
  await importAccountOwners(loaded.ws.db, csv, 'test');
}, 600_000);
afterAll(() => {
  loaded?.close();
  rmSync(dir, { recursive: true, force: true });
});

const CHAINS = [[{ kind: 'tag', key: 'Team' }], [{ kind: 'tag', key: 'CostCenter' }, { kind: 'accountOwner' }], [{ kind: 'dimension', dimension: 'SubAccountName' }], [{ kind: 'tag', key: 'Team' }, { kind: 'accountOwner' }]] as const;
const MATCHES = [{ kind: 'support' }, { kind: 'tax' }, { kind: 'untagged' }, { kind: 'dataTransfer' }, { kind: 'unusedCommitment' }, { kind: 'filter', dimension: 'ServiceName', values: ['Amazon CloudWatch', 'AWS Key Management Service'] }] as const;

/** Seeded rule sets; the fixed percentages go to owners that exist and some that do not. */
function ruleSets(owners: string[]): ChargebackRulesInput[] {
  const rng = new Rng(2026, 'chargeback-rules');
  return Array.from({ length: RULE_SETS }, (_, n) => {
    const pools = MATCHES.filter(() => rng.chance(0.5)).map((match, i) => {
      const method = (['even', 'proportional', 'fixed'] as const)[(n + i) % 3]!;
      if (method !== 'fixed') return { name: `${match.kind}-${i}`, match, split: { method } };
      const a = rng.int(1, 98);
      const b = rng.int(1, 99 - a);
      return { name: `${match.kind}-${i}`, match, split: { method, percentages: { [rng.pick(owners)]: a, 'not-an-owner-yet': b, [`${rng.pick(owners)}-x`]: 100 - a - b } } };
    });
    return { formatVersion: 1, owner: { chain: [...CHAINS[n % CHAINS.length]!] }, basis: COST_BASES[n % COST_BASES.length], pools, credits: (['owner', 'proportional', 'unallocated'] as const)[n % 3] } as ChargebackRulesInput;
  });
}

const cents = (n: number) => Math.round(n * 100);
const sumCents = (xs: number[]) => xs.reduce((a, x) => a + cents(x), 0);

async function sourceCents(basis: (typeof COST_BASES)[number], month: string): Promise<number> {
  const v = await loaded.ws.db.value(sql`SELECT CAST(round(sum(${ident(COST_BASIS_COLUMN[basis])}), 2) * 100 AS BIGINT) FROM focus WHERE strftime(${ident('BillingPeriodStart')}, '%Y-%m') = ${month}`);
  return Number(v);
}

function expectAddsUp(r: ChargebackResult): void {
  expect(sumCents(r.allocations.map((a) => a.total)) + cents(r.unallocated)).toBe(cents(r.sourceTotal));
  for (const a of r.allocations) {
    expect(cents(a.direct) + cents(a.shared), a.owner).toBe(cents(a.total));
    expect(sumCents(a.received.map((x) => x.amount)), a.owner).toBe(cents(a.shared));
    expect(sumCents(a.byService.map((x) => x.cost)), a.owner).toBe(cents(a.direct));
    expect(sumCents(a.byAccount.map((x) => x.cost)), a.owner).toBe(cents(a.direct));
  }
}

describe('chargeback invariant on generated months × rule sets', () => {
  it('Σ totals + unallocated = source total, to the cent, for every month and rule set', async () => {
    const teams = await loaded.ws.db.all(sql`SELECT DISTINCT ${ident('Tags')}['Team'] AS t FROM focus WHERE t IS NOT NULL ORDER BY t`);
    const sets = ruleSets(teams.map((t) => String(t.t)));
    let checked = 0;
    let splits = 0;
    for (const rules of sets) {
      for (const month of MONTHS) {
        const r = await run(loaded.ws.db, { period: month, rules });
        expect(cents(r.sourceTotal), `${month} ${JSON.stringify(rules)}`).toBe(await sourceCents(r.basis, month));
        expectAddsUp(r);
        splits += r.pools.filter((p) => p.to.some((x) => x.amount !== 0)).length;
        checked++;
      }
    }
    expect(checked).toBe(RULE_SETS * MONTHS.length);
    // the rule sets did split money, not only attribute it
    expect(splits).toBeGreaterThan(RULE_SETS);
  }, 600_000);
});
