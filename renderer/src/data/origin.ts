// Where an import came from, in words, for the import history: a file by its name; a pull by
// its source (`athena://db.table?period=…`, `costexplorer://account?from=…`) as a person says it.
import { baseName } from '../format.ts';

const PULL_SCHEMES = ['athena:', 'costexplorer:'];

export function isPullOrigin(path: string | null | undefined): boolean {
  return !!path && PULL_SCHEMES.some((s) => path.startsWith(`${s}//`));
}

export function originLabel(path: string | null | undefined): string {
  if (!path || !isPullOrigin(path)) return baseName(path);
  const u = new URL(path);
  const q = u.searchParams;
  if (u.protocol === 'athena:') {
    const extract = q.get('extract') === 'aggregate' ? 'daily summary' : 'line items';
    return `Athena ${u.host}, ${q.get('period') ?? ''} (${extract})`;
  }
  const to = q.get('to');
  // `to` is the day after the last month: name the last month itself
  const last = to ? new Date(Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)) - 2, 1)).toISOString().slice(0, 7) : '';
  return `Cost Explorer ${u.host}, ${(q.get('from') ?? '').slice(0, 7)} to ${last}`;
}
