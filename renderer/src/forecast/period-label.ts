// How a period of the engine reads: 2026-08 → Aug 2026, 2026-Q3 → Q3 2026, 2026 → 2026.
import { formatPeriod } from '../format.ts';

export function periodLabel(period: string): string {
  const q = period.match(/^(\d{4})-Q([1-4])$/);
  if (q) return `Q${q[2]} ${q[1]}`;
  return formatPeriod(period);
}
