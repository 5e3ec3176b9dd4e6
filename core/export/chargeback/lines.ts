// The lines of one owner's statement, shared by the CSV, XLSX and PDF writers: the direct cost
// by service and by account, the shared costs received with the rule that sent them. Nothing is
// allocated here; the result's numbers are printed as they are. The engine caps a breakdown's
// length (LIMITS.breakdown), so when the itemized lines fall short of the direct cost, the rest
// is one line of its own ("not itemized"): every section still adds up to the owner's figures.
import type { ChargebackResult, OwnerAllocation } from '../../engines/chargeback/result.ts';
import { fromCents, sumCents, toCents } from './money.ts';
import { NOT_ITEMIZED, splitWords } from './words.ts';

export interface ServiceLine { service: string; amount: number }
export interface AccountLine { accountId: string; accountName: string | null; amount: number }
export interface SharedLine { pool: string; rule: string; amount: number; /** of the pool's whole amount, when known */ poolAmount: number | null }

export interface OwnerStatement {
  allocation: OwnerAllocation;
  services: ServiceLine[];
  accounts: AccountLine[];
  shared: SharedLine[];
}

function rest(itemized: number[], whole: number): number {
  return fromCents(toCents(whole) - toCents(sumCents(itemized)));
}

export function ownerStatement(result: ChargebackResult, a: OwnerAllocation): OwnerStatement {
  const services: ServiceLine[] = a.byService.map((s) => ({ service: s.name, amount: s.cost }));
  const serviceRest = rest(services.map((s) => s.amount), a.direct);
  if (toCents(serviceRest) !== 0) services.push({ service: NOT_ITEMIZED.service, amount: serviceRest });
  const accounts: AccountLine[] = a.byAccount.map((x) => ({ accountId: x.id, accountName: x.name, amount: x.cost }));
  const accountRest = rest(accounts.map((x) => x.amount), a.direct);
  if (toCents(accountRest) !== 0) accounts.push({ accountId: NOT_ITEMIZED.account, accountName: null, amount: accountRest });
  const pools = new Map(result.pools.map((p) => [p.name, p.amount]));
  const shared = a.received.map((r) => ({ pool: r.pool, rule: splitWords(r.method), amount: r.amount, poolAmount: pools.get(r.pool) ?? null }));
  return { allocation: a, services, accounts, shared };
}
