// budgetsImport: a CSV or an AWS Budgets export, read whole and checked before anything is
// saved; then every budget is created or replaced by name in one transaction.
import { WorkbenchError } from '../../errors.ts';
import type { Db } from '../../store/db.ts';
import { budgetsFromAwsExport, type RefusedBudget } from './aws-import.ts';
import type { BudgetImportFormat } from './constants.ts';
import { budgetsFromCsv } from './csv-import.ts';
import { BudgetsErrorCode } from './errors.ts';
import { saveBudgets } from './store.ts';

export interface ImportOutcome {
  imported: number;
  /** AWS budgets left out (only with skipUnmappable), each with the reason. */
  refused: RefusedBudget[];
}

export async function importBudgets(db: Db, format: BudgetImportFormat, text: string, skipUnmappable = false): Promise<ImportOutcome> {
  if (format === 'csv') {
    const budgets = budgetsFromCsv(text);
    await saveBudgets(db, budgets, 'csv');
    return { imported: budgets.length, refused: [] };
  }
  const { budgets, refused } = budgetsFromAwsExport(text);
  const reasons = refused.map((r) => `"${r.name}": ${r.reason}.`).join(' ');
  if (refused.length && (!skipUnmappable || budgets.length === 0)) {
    const rest = budgets.length ? ` Import again with "skip unmappable" (--skip-unmappable) to import the other ${budgets.length}.` : '';
    throw new WorkbenchError(BudgetsErrorCode.BUDGETS_BAD_AWS_EXPORT, `${refused.length} of the ${refused.length + budgets.length} AWS budgets cannot be kept here: ${reasons} Nothing was imported.${rest}`, { refused });
  }
  await saveBudgets(db, budgets, 'aws');
  return { imported: budgets.length, refused };
}
