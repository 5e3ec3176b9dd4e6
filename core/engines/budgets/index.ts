// Budgets' one public face. See README.md (what and where) and SPEC.md (the method).
export { budgetInputSchema, budgetScopeSchema, type Budget, type BudgetInput, type BudgetScope } from './budget.ts';
export { listBudgets, parseBudget, saveBudgets, removeBudget, type BudgetSource } from './store.ts';
export { budgetsStatus, type BudgetStatus, type BudgetsStatusResult } from './status.ts';
export { periodFor } from './periods.ts';
export { breachProbability, firstDayAbove, statusOf } from './breach.ts';
export { BudgetsErrorCode } from './errors.ts';
export * from './constants.ts';
export { importBudgets, type ImportOutcome } from './import.ts';
export { budgetsFromCsv } from './csv-import.ts';
export { budgetsFromAwsExport, type RefusedBudget, type AwsBudgetsRead } from './aws-import.ts';
