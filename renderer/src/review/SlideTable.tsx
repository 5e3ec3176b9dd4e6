// One table of a slide: the engines' numbers, formatted by column kind (cells.ts). A table of more
// than WIDE_TABLE_COLUMNS columns takes the card's whole width.
import type { ReviewTable } from '../../../core/api/review-contract.ts';
import { cellText, isNumericKind } from './cells.ts';

const WIDE_TABLE_COLUMNS = 4;

export function SlideTable({ table, currency }: { table: ReviewTable; currency: string | null }) {
  return (
    <div className={table.columns.length > WIDE_TABLE_COLUMNS ? 'table-wrap rv-table wide' : 'table-wrap rv-table'}>
      <table className="table">
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" className={isNumericKind(c.kind) ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {table.columns.map((c) => (
                <td key={c.key} data-col={c.key} className={isNumericKind(c.kind) ? 'num' : undefined}>
                  {cellText(row[c.key], c.kind, currency)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
