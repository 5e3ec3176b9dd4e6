// SPEC "Rates": the price of covered usage under a commitment as a fraction of its on-demand
// equivalent. A what-if takes, in this order, the rate given in the request; the workspace's rate
// table (the most specific row: region and scope, then scope, then region, then neither); the
// rate observed on the commitments held of the same type (Σ used ÷ Σ on-demand equivalent: an SP's
// rate or an RI's effective rate, same term and payment and scope first); the shipped default
// (rate-defaults.ts). The rate used and where it came from are always in the result.
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import type { EligibleType, PaymentOption, Term } from './constants.ts';
import { badCommitmentsSpec } from './errors.ts';
import { defaultRate } from './rate-defaults.ts';
import { commitmentRateSchema, type CommitmentRate, type CommitmentRateInput, type CommitmentRateKey, type RateSource } from './rate-spec.ts';
import type { HeldCommitment, Scope } from './scenario.ts';

export type { RateSource };

export async function listRates(db: Db): Promise<CommitmentRate[]> {
  const rows = await db.all(sql`SELECT type, term, payment, region, scope, CAST(rate AS DOUBLE) AS rate, note,
      strftime(updated_at, '%Y-%m-%dT%H:%M:%SZ') AS updated_at
    FROM commitment_rates ORDER BY type, term, payment, region, scope`);
  return rows.map((r) => ({
    type: r.type as EligibleType, term: r.term as Term, payment: r.payment as PaymentOption, region: String(r.region), scope: String(r.scope),
    rate: Number(r.rate), ...(r.note === null ? {} : { note: String(r.note) }), updatedAt: String(r.updated_at),
  }));
}

/** Adds the row, or replaces the one with the same type, term, payment, region and scope. */
export async function setRate(db: Db, input: CommitmentRateInput): Promise<void> {
  const parsed = commitmentRateSchema.safeParse(input);
  if (!parsed.success) throw badCommitmentsSpec(`Invalid rate: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}. Fix the field named and try again.`);
  const r = parsed.data;
  await db.run(sql`INSERT OR REPLACE INTO commitment_rates VALUES (${r.type}, ${r.term}, ${r.payment}, ${r.region}, ${r.scope}, CAST(${String(r.rate)} AS DECIMAL(9, 6)), ${r.note ?? null}, CAST(now() AS TIMESTAMP))`);
}

export async function removeRate(db: Db, key: CommitmentRateKey): Promise<void> {
  const found = await db.value(sql`SELECT count(*) FROM commitment_rates WHERE type = ${key.type} AND term = ${key.term} AND payment = ${key.payment} AND region = ${key.region} AND scope = ${key.scope}`);
  if (Number(found) === 0) {
    throw badCommitmentsSpec(`No rate for ${key.type} ${key.term} ${key.payment}${key.region ? ` in ${key.region}` : ''}${key.scope ? ` for ${key.scope}` : ''} is in the rate table. See the rows with "commitments rates list".`, { ...key });
  }
  await db.run(sql`DELETE FROM commitment_rates WHERE type = ${key.type} AND term = ${key.term} AND payment = ${key.payment} AND region = ${key.region} AND scope = ${key.scope}`);
}

export interface ResolvedRate {
  rate: number;
  source: RateSource;
  /** What it is: the table row, the commitments observed, or the price list and term. */
  detail: string;
}

export interface RateRequest {
  type: EligibleType;
  term: Term;
  payment: PaymentOption;
  scope: Scope;
  given?: number | undefined;
}

const familyOf = (t: string | null): string | null => (t === null || t.lastIndexOf('.') < 0 ? null : t.slice(0, t.lastIndexOf('.')));

/** The rate table's most specific row for the request; null when none applies. */
function fromTable(rows: readonly CommitmentRate[], q: RateRequest): CommitmentRate | null {
  const region = q.scope.region ?? '';
  const scopes = [q.scope.instanceType, q.scope.family ?? familyOf(q.scope.instanceType)].filter((s): s is string => s !== null && s !== '');
  const fits = rows.filter((r) => r.type === q.type && r.term === q.term && r.payment === q.payment
    && (r.region === '' || r.region === region) && (r.scope === '' || scopes.includes(r.scope)));
  const rank = (r: CommitmentRate): number => (r.region !== '' ? 1 : 0) + (r.scope === '' ? 0 : r.scope === q.scope.instanceType ? 4 : 2);
  return fits.sort((a, b) => rank(b) - rank(a))[0] ?? null;
}

/** Σ used ÷ Σ on-demand equivalent of the held commitments of the type: same term, payment and scope first. */
function observed(held: readonly ObservedHeld[], q: RateRequest): ResolvedRate | null {
  const ofType = held.filter((h) => h.type === q.type && h.onDemand > 0 && h.used > 0);
  const sameTerms = (h: ObservedHeld) => h.term === q.term && h.payment === q.payment;
  const sameScope = (h: ObservedHeld) => (q.scope.region === null || h.scope.region === q.scope.region)
    && (q.type === 'ComputeSavingsPlan' || (q.scope.family ?? familyOf(q.scope.instanceType)) === (h.scope.family ?? familyOf(h.scope.instanceType)));
  for (const [pick, words] of [[(h: ObservedHeld) => sameTerms(h) && sameScope(h), 'of the same term, payment and scope'], [sameTerms, 'of the same term and payment'], [sameScope, 'of the same scope'], [() => true, '']] as const) {
    const list = ofType.filter(pick);
    if (list.length === 0) continue;
    const used = list.reduce((s, h) => s + h.used, 0);
    const od = list.reduce((s, h) => s + h.onDemand, 0);
    return { rate: used / od, source: 'observed', detail: `observed on ${list.length} ${q.type} held${words ? ` ${words}` : ''}: ${list.map((h) => h.id).join(', ')}` };
  }
  return null;
}

export interface ObservedHeld extends Pick<HeldCommitment, 'id' | 'type' | 'scope'> {
  term: Term | null;
  payment: PaymentOption | null;
  used: number;
  onDemand: number;
}

export function resolveRate(q: RateRequest, table: readonly CommitmentRate[], held: readonly ObservedHeld[]): ResolvedRate {
  if (q.given !== undefined) return { rate: q.given, source: 'given', detail: 'given in the request' };
  const row = fromTable(table, q);
  if (row) return { rate: row.rate, source: 'table', detail: `rate table: ${row.type} ${row.term} ${row.payment}${row.region ? ` in ${row.region}` : ''}${row.scope ? ` for ${row.scope}` : ''}${row.note ? ` (${row.note})` : ''}` };
  const seen = observed(held, q);
  if (seen) return seen;
  const d = defaultRate(q.type, q.term, q.payment);
  return { rate: d.rate, source: 'default', detail: d.source };
}
