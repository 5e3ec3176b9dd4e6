// The account → owner map (owner source `accountOwner`, account-owner.ts): a CSV of account id,
// owner, imported whole (all or nothing) into chargeback_account_owners (migration 050).
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { WorkbenchError } from '../../errors.ts';
import { parseCsv } from '../budgets/csv.ts';
import { ChargebackErrorCode } from './errors.ts';
import type { AccountOwner } from './account-owner.ts';

/** Header names accepted for each column (case-insensitive). */
export const ACCOUNT_COLUMN_NAMES = ['account', 'accountid', 'account_id', 'subaccountid', 'account id'];
export const OWNER_COLUMN_NAMES = ['owner', 'team', 'cost center', 'costcenter'];

function bad(message: string, details?: Record<string, unknown>): WorkbenchError {
  return new WorkbenchError(ChargebackErrorCode.CHARGEBACK_BAD_ACCOUNT_OWNERS, `${message} Nothing was imported.`, details);
}

export function parseAccountOwnersCsv(text: string): AccountOwner[] {
  let rows;
  try {
    rows = parseCsv(text);
  } catch (err) {
    throw bad(`The account → owner CSV cannot be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  const header = rows[0];
  if (!header) throw bad('The account → owner CSV is empty: write a header `account,owner` and one line per account.');
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const a = names.findIndex((n) => ACCOUNT_COLUMN_NAMES.includes(n));
  const o = names.findIndex((n) => OWNER_COLUMN_NAMES.includes(n));
  if (a < 0 || o < 0) throw bad(`The account → owner CSV's first line must name an account column (${ACCOUNT_COLUMN_NAMES.join(', ')}) and an owner column (${OWNER_COLUMN_NAMES.join(', ')}); it has ${header.fields.map((f) => JSON.stringify(f)).join(', ')}.`);
  const seen = new Map<string, AccountOwner>();
  for (const row of rows.slice(1)) {
    const accountId = (row.fields[a] ?? '').trim();
    const owner = (row.fields[o] ?? '').trim();
    if (!accountId || !owner) throw bad(`Line ${row.line} of the account → owner CSV has ${accountId ? 'no owner' : 'no account'}: give both, or remove the line.`, { line: row.line });
    const before = seen.get(accountId);
    if (before && before.owner !== owner) throw bad(`Account ${accountId} is given two owners (${JSON.stringify(before.owner)} and ${JSON.stringify(owner)}, line ${row.line}): keep one.`, { line: row.line, accountId });
    seen.set(accountId, { accountId, owner });
  }
  if (seen.size === 0) throw bad('The account → owner CSV has a header but no account: add one line per account.');
  return [...seen.values()].sort((x, y) => (x.accountId < y.accountId ? -1 : x.accountId > y.accountId ? 1 : 0));
}

export async function listAccountOwners(db: Db): Promise<AccountOwner[]> {
  const rows = await db.all(sql`SELECT account_id, owner FROM chargeback_account_owners ORDER BY account_id`);
  return rows.map((r) => ({ accountId: String(r.account_id), owner: String(r.owner) }));
}

/** Replaces the whole map in one transaction. */
export async function importAccountOwners(db: Db, text: string, source: string | null): Promise<AccountOwner[]> {
  const owners = parseAccountOwnersCsv(text);
  await db.transaction(async () => {
    await db.run(sql`DELETE FROM chargeback_account_owners`);
    for (const { accountId, owner } of owners) await db.run(sql`INSERT INTO chargeback_account_owners VALUES (${accountId}, ${owner}, now()::TIMESTAMP, ${source})`);
  });
  return listAccountOwners(db);
}
