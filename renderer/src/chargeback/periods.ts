// The months a chargeback can be run for: the workspace's billing periods (as on the invoice,
// BillingPeriodStart's month, which is what the engine splits), oldest first, each once.
export function billingMonths(periods: readonly string[]): string[] {
  return [...new Set(periods.filter((p) => /^\d{4}-\d{2}$/.test(p)))].sort();
}
