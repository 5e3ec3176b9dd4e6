// The saved budgets: table `budgets` (migration 020), one row per name. Every budget is validated
// (schema and scope dimension) before anything is written, and a batch (an import) is one
// transaction: a bad budget anywhere saves nothing.
import { WorkbenchError } from '../../errors.ts';
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { resolveDimension } from '../pivot/dimensions.ts';
import { budgetInputSchema, type Budget } from './budget.ts';
import { MAX_BUDGETS } from './constants.ts';
import { BudgetsErrorCode, badBudget } from './errors.ts';
import { NO_TAG_ALIASES } from '../tags/aliases/effective.ts';

export type BudgetSource = 'typed' | 'csv' | 'aws';

/** A budget ready to save, or BUDGETS_BAD_BUDGET naming every problem (`where`: "line 4", "budget \"EC2\""). */
export function parseBudget(input: unknown, where = 'the budget'): Budget {
  const parsed = budgetInputSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`);
    throw badBudget(`${capital(where)} is not valid: ${issues.join('; ')}.`, { issues });
  }
  const b = parsed.data;
  if (b.scope) checkScopeDimension(b.scope.dimension, where);
  return b;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function checkScopeDimension(ref: string, where: string): void {
  let kind: string;
  try {
    // only the reference's kind is checked here; aliases change values, never a kind
    kind = resolveDimension(ref, 'day', `the scope of ${where}`, NO_TAG_ALIASES).kind;
  } catch (err) {
    throw badBudget(err instanceof Error ? err.message : String(err), { dimension: ref });
  }
  if (kind === 'time' || kind === 'billingPeriod') throw badBudget(`"${ref}" in the scope of ${where} is a time bucket; a budget's scope is a column (ServiceName, SubAccountId…), tag:KEY or costCategory:NAME, and its period says the time.`, { dimension: ref });
}

export async function listBudgets(db: Db): Promise<Budget[]> {
  // a workspace from before migration 020, opened read-only (status, check), has no table yet: no budgets
  if (!(await db.one(sql`SELECT 1 FROM information_schema.tables WHERE table_name = 'budgets'`))) return [];
  const rows = await db.all(sql`SELECT name, scope_dimension, scope_value, period, start_month, recurring, CAST(amount AS VARCHAR) AS amount, currency, basis FROM budgets ORDER BY name`);
  return rows.map((r) =>
    budgetInputSchema.parse({
      name: r.name,
      scope: r.scope_dimension === null ? null : { dimension: r.scope_dimension, value: r.scope_value },
      period: r.period,
      start: r.start_month,
      recurring: r.recurring,
      amount: Number(r.amount),
      currency: r.currency,
      basis: r.basis,
    }),
  );
}

async function insert(db: Db, b: Budget, source: BudgetSource): Promise<void> {
  // toFixed(12): the number's exact decimal to 12 places, never an exponent (amounts are ≤ 10^15)
  await db.run(sql`INSERT OR REPLACE INTO budgets VALUES (${b.name}, ${b.scope?.dimension ?? null}, ${b.scope?.value ?? null}, ${b.period}, ${b.start},
    ${b.recurring}, CAST(${b.amount.toFixed(12)} AS DECIMAL(38, 12)), ${b.currency}, ${b.basis}, ${source}, now()::TIMESTAMP)`);
}

/** Creates or replaces budgets by name, all or none. */
export async function saveBudgets(db: Db, budgets: readonly Budget[], source: BudgetSource): Promise<void> {
  const names = budgets.map((b) => b.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw badBudget(`The budget name "${twice}" is given twice; each budget needs its own name.`, { name: twice });
  const existing = new Set((await listBudgets(db)).map((b) => b.name));
  const total = new Set([...existing, ...names]).size;
  if (total > MAX_BUDGETS) throw badBudget(`A workspace keeps at most ${MAX_BUDGETS} budgets; this would make ${total}. Remove some first.`);
  await db.transaction(async () => {
    for (const b of budgets) await insert(db, b, source);
  });
}

export async function removeBudget(db: Db, name: string): Promise<void> {
  const found = await db.one(sql`SELECT name FROM budgets WHERE name = ${name}`);
  if (!found) {
    const names = (await listBudgets(db)).map((b) => b.name);
    throw new WorkbenchError(BudgetsErrorCode.BUDGETS_NOT_FOUND, `No budget is named "${name}". ${names.length ? `The budgets are: ${names.map((n) => `"${n}"`).join(', ')}.` : 'The workspace has no budgets.'}`, { name });
  }
  await db.run(sql`DELETE FROM budgets WHERE name = ${name}`);
}
