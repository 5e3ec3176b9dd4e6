// Domain words and fixed values of budgets, named once (SPEC.md says why each is so).

export const BUDGET_PERIODS = ['month', 'quarter'] as const;
export type BudgetPeriod = (typeof BUDGET_PERIODS)[number];
/** Months a period spans: a quarter is the three months from its first month (fiscal quarters too). */
export const PERIOD_MONTHS: Record<BudgetPeriod, number> = { month: 1, quarter: 3 };

export const BUDGET_STATUSES = ['ok', 'forecast-breach', 'breached'] as const;
export type BudgetStatusName = (typeof BUDGET_STATUSES)[number];
export const BUDGET_STATUS = { ok: 'ok', forecastBreach: 'forecast-breach', breached: 'breached' } as const satisfies Record<string, BudgetStatusName>;

export const IMPORT_FORMATS = ['csv', 'aws'] as const;
export type BudgetImportFormat = (typeof IMPORT_FORMATS)[number];

/** A budget's currency when none is given. */
export const DEFAULT_CURRENCY = 'USD';
export const MAX_NAME_CHARS = 100;
/** A budget amount above this is a typing mistake, not a budget. */
export const MAX_AMOUNT = 1e15;
export const MAX_BUDGETS = 1000;
/** Largest import text accepted (a CSV of MAX_BUDGETS rows, an AWS export with its history). */
export const MAX_IMPORT_CHARS = 5_000_000;

/** Columns of the CSV import, in the order the export of a template writes them. */
export const CSV_COLUMNS = ['name', 'scope_dimension', 'scope_value', 'period', 'start', 'recurring', 'amount', 'currency', 'basis'] as const;
export const CSV_REQUIRED_COLUMNS = ['name', 'period', 'start', 'amount'] as const;

/** Two-sided 80% normal quantile: the forecast's 80% band is the point ± Z80 standard deviations. */
export const Z80 = 1.2815515655446004;

/** Exit code of `budgets check` when a budget is breached or forecast to breach (1 is an error, 2 a usage mistake). */
export const CHECK_BREACH_EXIT_CODE = 3;
