// Error codes of budgets. WorkbenchError carries them to every transport.
import { WorkbenchError } from '../../errors.ts';

export const BudgetsErrorCode = {
  /** A budget (typed, or a row of an import) is not valid: the message names the field. */
  BUDGETS_BAD_BUDGET: 'BUDGETS_BAD_BUDGET',
  BUDGETS_NOT_FOUND: 'BUDGETS_NOT_FOUND',
  /** A CSV import that cannot be read: the message names the line and column. Nothing is saved. */
  BUDGETS_BAD_CSV: 'BUDGETS_BAD_CSV',
  /** An AWS Budgets export that is not one, or holds budgets that cannot be kept here. Nothing is saved. */
  BUDGETS_BAD_AWS_EXPORT: 'BUDGETS_BAD_AWS_EXPORT',
  BUDGETS_NO_DATA: 'BUDGETS_NO_DATA',
} as const;

export function badBudget(message: string, details?: Record<string, unknown>): WorkbenchError {
  return new WorkbenchError(BudgetsErrorCode.BUDGETS_BAD_BUDGET, message, details);
}
