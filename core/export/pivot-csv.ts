// A pivot as CSV (RFC 4180, UTF-8): its context block (context.ts), then one header line: the
// row dimensions, then one column per (column keys, measure); subtotal rows leave their deeper
// dimensions empty; grand total last.
// Money is printed with its cents, exactly as the result rounded it.
import type { PivotResult } from '../engines/pivot/result.ts';
import { csvField } from './csv-field.ts';
import { csvContextBlock, type ExportContext } from './context.ts';
import { layoutPivot, type CellFormat } from './pivot-layout.ts';

export { csvField };

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

/** The pivot's table, after its context block when it has one (context.ts). */
export function pivotToCsv(result: PivotResult, context?: ExportContext): string {
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
  return `${context ? csvContextBlock(context) : ''}${lines.join('\r\n')}\r\n`;
}
