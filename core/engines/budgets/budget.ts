// A budget: plain JSON, validated by strict zod schemas (unknown fields refused). The scope is
// the forecast's (one pivot dimension and one value: a FOCUS or x_ column, tag:KEY,
// costCategory:NAME; null is the whole workspace), so a budget's actual and forecast are the
// forecast engine's for that scope and basis.
import * as z from 'zod';
import { COST_BASES } from '../pivot/constants.ts';
import { dimensionRef } from '../pivot/spec.ts';
import { BUDGET_PERIODS, DEFAULT_CURRENCY, MAX_AMOUNT, MAX_NAME_CHARS } from './constants.ts';

export const budgetScopeSchema = z.strictObject({
  dimension: dimensionRef,
  value: z.string().min(1, 'a scope value is not empty').max(4096),
});

const name = z
  .string()
  .trim()
  .min(1, 'a budget has a name')
  .max(MAX_NAME_CHARS, `a budget name has at most ${MAX_NAME_CHARS} characters`)
  .regex(/^\P{Cc}*$/u, 'a budget name has no control characters');

export const budgetInputSchema = z.strictObject({
  name,
  /** null or absent: the whole workspace. */
  scope: budgetScopeSchema.nullable().default(null),
  period: z.enum(BUDGET_PERIODS),
  /** The first month of the (first) period. */
  start: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'start is the first month, written YYYY-MM'),
  /** Every month (or quarter) from start, not only the first. */
  recurring: z.boolean().default(false),
  amount: z.number().positive('a budget amount is above 0').max(MAX_AMOUNT, 'a budget amount is at most 10^15').finite(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'a currency is an ISO 4217 code such as USD')
    .default(DEFAULT_CURRENCY),
  basis: z.enum(COST_BASES).default('Effective'),
});

export type BudgetInput = z.input<typeof budgetInputSchema>;
export type Budget = z.output<typeof budgetInputSchema>;
export type BudgetScope = z.output<typeof budgetScopeSchema>;
