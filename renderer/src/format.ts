// Number, money and date formats for analysts: money to the cent with its currency, counts
// with thousands separators, dates as YYYY-MM-DD (unambiguous across locales).

export function formatMoney(amount: number | null | undefined, currency: string | null | undefined = 'USD'): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '—';
  const code = currency && /^[A-Z]{3}$/.test(currency) ? currency : 'USD';
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: code, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
}

export function formatCount(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : new Intl.NumberFormat('en-US').format(n);
}

export function formatBytes(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

/** '2024-01' -> 'Jan 2024'. */
export function formatPeriod(period: string): string {
  const m = period.match(/^(\d{4})-(\d{2})$/);
  if (!m) return period;
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** A span of periods: 'Jan 2024 – Mar 2024', or one period, or '' for none. */
export function formatPeriodSpan(periods: string[]): string {
  const sorted = [...new Set(periods)].sort();
  if (sorted.length === 0) return '';
  const first = sorted[0] as string;
  const last = sorted[sorted.length - 1] as string;
  return first === last ? formatPeriod(first) : `${formatPeriod(first)} – ${formatPeriod(last)}`;
}

/** '2024-05-01T10:20:30Z' -> '2024-05-01 10:20' in local time. */
export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The last part of a path, for tables; the full path stays in a tooltip. */
export function baseName(path: string | null | undefined): string {
  if (!path) return '—';
  const parts = path.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? path;
}

/** The file and its folder: '.../2026-08/part-1.parquet' -> '2026-08/part-1.parquet'. */
export function shortPath(path: string): string {
  const parts = path.split(/[\\/]/).filter(Boolean);
  return parts.slice(-2).join('/') || path;
}
