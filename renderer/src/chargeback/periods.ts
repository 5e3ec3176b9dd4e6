// The months a chargeback can be run for: every month from the workspace's first day with data to
// its last (a month without lines answers with the engine's own message).
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.slice(0, 7).split('-').map(Number) as [number, number];
  const end = last.slice(0, 7);
  for (let guard = 0; guard < 1200; guard++) {
    const p = `${y}-${String(m).padStart(2, '0')}`;
    out.push(p);
    if (p >= end) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
