// RFC 4180 CSV text to rows of fields: quoted fields may hold commas, quotes ("") and line
// breaks. Each row keeps the line it starts on, for messages. A quote that never closes is an
// error, not a silently merged row.
import { WorkbenchError } from '../../errors.ts';
import { BudgetsErrorCode } from './errors.ts';

export interface CsvRow {
  line: number;
  fields: string[];
}

export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    fields.push(field);
    // a blank line (one empty field) is no row
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else field += c;
  }
  if (quoted) throw new WorkbenchError(BudgetsErrorCode.BUDGETS_BAD_CSV, `The CSV has a quote opened on line ${rowLine} that never closes. Close the quoted field (a quote inside one is written "").`, { line: rowLine });
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}
