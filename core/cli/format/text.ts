// Plain-text building blocks of human output on a terminal: numbers with thousands separators,
// "1 row" / "2 rows", columns padded to a common width, labels cut to fit. Widths count code
// points, which is right for the names billing data holds (no wide CJK glyphs are expected).

export const count = (n: number): string => n.toLocaleString('en-US');

/** Money to the cent with thousands separators: 12622.5 → "12,622.50". */
export const money = (n: number): string => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "1 row", "2 rows", "1,281 rows". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

export const width = (text: string): number => [...text].length;

/** Cuts text to at most `max` characters, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return max <= 1 ? chars.slice(0, max).join('') : `${chars.slice(0, max - 1).join('')}…`;
}

export type Align = 'left' | 'right';

function pad(text: string, to: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, to - width(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** Rows of cells as lines with every column as wide as its widest cell, two spaces apart, no trailing blanks. */
export function alignColumns(rows: readonly (readonly string[])[], align: readonly Align[], gap = 2): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return rows.map((row) => row.map((cell, i) => pad(cell, widths[i]!, align[i] ?? 'left')).join(' '.repeat(gap)).trimEnd());
}
