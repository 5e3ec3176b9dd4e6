// One table of a slide: the engines' numbers, formatted by column kind (cells.ts).
import type { ReviewTable } from '../../../core/api/review-contract.ts';
import { cellText, isNumericKind } from './cells.ts';

export function SlideTable({ table, currency }: { table: ReviewTable; currency: string | null }) {
  return (
    <div className="table-wrap rv-table">
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
