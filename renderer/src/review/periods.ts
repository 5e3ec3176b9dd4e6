// The months a review can be of: the workspace's billing months, newest first. The one offered
// first is the last complete month (a review is of a closed month): the newest month before the
// running one, or the newest there is when all of them are over or only the running one exists.
const MONTH = /^\d{4}-\d{2}$/;

export function reviewMonths(billingPeriods: readonly string[]): string[] {
  return [...new Set(billingPeriods.filter((p) => MONTH.test(p)))].sort().reverse();
}

/** `today` is YYYY-MM-DD (the person's calendar day). */
export function defaultReviewMonth(monthsNewestFirst: readonly string[], today: string): string | null {
  const running = today.slice(0, 7);
  return monthsNewestFirst.find((m) => m < running) ?? monthsNewestFirst[0] ?? null;
}
