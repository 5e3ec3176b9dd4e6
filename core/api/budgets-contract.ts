// The budgets part of WorkbenchApi. contract.ts spreads these schemas into requestSchemas and
// extends ResponseMap with these responses. Schemas and types only: the Electron preload bundles
// this file, so nothing here may reach the store or a native module.
import * as z from 'zod';
import { budgetInputSchema, type Budget, type BudgetInput } from '../engines/budgets/budget.ts';
import type { BudgetStatus, BudgetsStatusResult } from '../engines/budgets/status.ts';
import { IMPORT_FORMATS, MAX_IMPORT_CHARS, MAX_NAME_CHARS } from '../engines/budgets/constants.ts';
import type { RefusedBudget } from '../engines/budgets/aws-import.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');

export const budgetsRequestSchemas = {
  /** Every saved budget, by name. */
  budgetsList: z.strictObject({}),
  /** Creates the budget, or replaces the one with its name. */
  budgetsSet: z.strictObject({ budget: budgetInputSchema }),
  budgetsRemove: z.strictObject({ name: z.string().min(1).max(MAX_NAME_CHARS + 100) }),
  /**
   * A CSV (columns in README) or the JSON of `aws budgets describe-budgets`, all or nothing;
   * skipUnmappable imports the AWS budgets that map and lists the others in `refused`.
   */
  budgetsImport: z.strictObject({ format: z.enum(IMPORT_FORMATS), text: z.string().max(MAX_IMPORT_CHARS, `an import is at most ${MAX_IMPORT_CHARS.toLocaleString('en-US')} characters`), skipUnmappable: z.boolean().optional() }),
  /** Each budget's current period: actual, forecast at period end (80% band), status, breach date and probability. */
  budgetsStatus: z.strictObject({ asOf: isoDate.optional() }),
} as const;

/** Budgets' write methods, for guard.ts: they queue with the workspace's other writes. */
export const BUDGETS_WRITE_METHODS = ['budgetsSet', 'budgetsRemove', 'budgetsImport'] as const;

export interface BudgetsResponseMap {
  budgetsList: { budgets: Budget[] };
  budgetsSet: { budgets: Budget[] };
  budgetsRemove: { budgets: Budget[] };
  budgetsImport: { budgets: Budget[]; imported: number; refused: RefusedBudget[] };
  budgetsStatus: BudgetsStatusResult;
}

export type { Budget, BudgetInput, BudgetStatus, BudgetsStatusResult, RefusedBudget };
export type { BudgetScope } from '../engines/budgets/budget.ts';
export type { BudgetPeriod, BudgetStatusName } from '../engines/budgets/constants.ts';
