// A pivot as CSV (RFC 4180, UTF-8): one header line, the row dimensions then one column per
// (column keys, measure); subtotal rows leave their deeper dimensions empty; grand total last.
// Money is printed with its cents, exactly as the result rounded it.
import type { PivotResult } from '../engines/pivot/result.ts';
import { layoutPivot, type CellFormat } from './pivot-layout.ts';

// Spreadsheets run a cell that starts like a formula; tag values are user data.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function formatNumber(value: number | null, format: CellFormat): string {
  if (value === null) return '';
  switch (format) {
    case 'money':
      return value.toFixed(2);
    case 'count':
      return String(Math.round(value));
    case 'ratio':
      return String(Number(value.toFixed(8)));
    default:
      return String(value);
  }
}

export function pivotToCsv(result: PivotResult): string {
  const layout = layoutPivot(result);
  const headerLabels = layout.formats.map((_, i) => {
    const parts = layout.header.map((row) => row[i] ?? '').filter((p) => p !== '');
    return parts.join(' / ');
  });
  const lines = [[...layout.left, ...headerLabels].map(csvField).join(',')];
  for (const row of layout.rows) {
    const values = row.values.map((v, i) => formatNumber(v, layout.formats[i]!));
    lines.push([...row.labels.map(csvField), ...values].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
