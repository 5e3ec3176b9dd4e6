// What the forecast covers: all spend, or the lines with one value of one dimension (a service,
// an account, a tag value, a cost category value). The same scope names a budget's scope, so a
// budget set here is found again when the scope comes back.
import type { BudgetScope } from '../../../core/api/budgets-contract.ts';
import type { ForecastSpecInput } from '../../../core/api/forecast-contract.ts';
import { dimensionLabel } from '../explore/labels.ts';

export type Scope = { kind: 'total' } | { kind: 'value'; dimension: string; value: string | null; label: string };

export const TOTAL_SCOPE: Scope = { kind: 'total' };

/** A budget's scope as the budgets contract writes it: null is the whole workspace. */
export type { BudgetScope };

export function scopeFilters(scope: Scope): NonNullable<ForecastSpecInput['scope']> {
  return scope.kind === 'total' ? [] : [{ dimension: scope.dimension, values: [scope.value] }];
}

export function scopeTitle(scope: Scope): string {
  return scope.kind === 'total' ? 'All spend' : `${dimensionLabel(scope.dimension)} = ${scope.label}`;
}

/** The budget scope of a forecast scope; undefined when no budget can name it (a missing value). */
export function budgetScopeOf(scope: Scope): BudgetScope | null | undefined {
  if (scope.kind === 'total') return null;
  return scope.value === null ? undefined : { dimension: scope.dimension, value: scope.value };
}

export function sameBudgetScope(a: BudgetScope | null, b: BudgetScope | null | undefined): boolean {
  if (b === undefined) return false;
  if (a === null || b === null) return a === b;
  return a.dimension === b.dimension && a.value === b.value;
}

/** The forecast scope a budget's scope opens (the label is the value itself). */
export function scopeOfBudget(s: BudgetScope | null): Scope {
  return s === null ? TOTAL_SCOPE : { kind: 'value', dimension: s.dimension, value: s.value, label: s.value };
}

export function budgetScopeTitle(s: BudgetScope | null): string {
  return scopeTitle(scopeOfBudget(s));
}
