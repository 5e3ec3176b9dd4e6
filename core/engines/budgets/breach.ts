// SPEC.md steps 3-5: a budget's status, its breach date and the probability of a breach, from
// the running total of a period's days and the forecast's 80% band. Pure functions.
import { BUDGET_STATUS, Z80, type BudgetStatusName } from './constants.ts';

/** Money compared in whole cents: 0.1 + 0.2 must not breach a budget of 0.3. */
const toCents = (v: number): number => Math.round(v * 100);

export function statusOf(actual: number, forecast: number, amount: number): BudgetStatusName {
  if (toCents(actual) > amount * 100) return BUDGET_STATUS.breached;
  if (toCents(forecast) > amount * 100) return BUDGET_STATUS.forecastBreach;
  return BUDGET_STATUS.ok;
}

/** The first day whose running total (from the period's first day) is above the amount; null when none is. */
export function firstDayAbove(days: readonly { date: string; value: number }[], amount: number): string | null {
  let total = 0;
  for (const d of days) {
    total += toCents(d.value);
    if (total > amount * 100) return d.date;
  }
  return null;
}

/**
 * P(period total > amount), the total taken as normal around the forecast with the standard
 * deviation its 80% band implies: sd = (upper80 − forecast) ÷ z80 (the upper side: a lower
 * bound may be held at 0). A band of zero width is certainty either way.
 */
export function breachProbability(forecast: number, upper80: number, amount: number): number {
  const sd = Math.max(0, upper80 - forecast) / Z80;
  if (sd === 0) return forecast > amount ? 1 : 0;
  const p = 1 - normalCdf((amount - forecast) / sd);
  return Math.round(p * 10_000) / 10_000;
}

/** Φ(x), the standard normal distribution function (erf by Abramowitz & Stegun 7.1.26, error < 1.5·10⁻⁷). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
