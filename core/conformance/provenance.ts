// Whose figure breaks a rule: the workbench's (a violation) or a provider's FOCUS file's, as it was
// delivered (a source finding). A row's column is the file's when its import recorded the column as
// delivered (imports.delivered_columns, FOCUS files only) and the ingest did not fill or change it
// on that row (focus.x_FocusFilledColumns). SPEC.md, "Violations and source findings".
import { stringLiteral } from '../sql/index.ts';
import { FOCUS_FILLED_COLUMN, FOCUS_SPEC_COLUMNS } from '../store/focus-columns.ts';

/** The FOCUS columns a rule's SQL names (whole words; string literals name no column). */
export function columnsRead(ruleSql: string): string[] {
  return FOCUS_SPEC_COLUMNS.map((c) => c.name).filter((name) => new RegExp(`\\b${name}\\b`).test(ruleSql));
}

/** Joined to `focus`: the columns each row's import delivered as they are (NULL: none). */
export const DELIVERED_JOIN = `LEFT JOIN (SELECT id AS delivered_import, delivered_columns FROM imports) AS delivered
  ON delivered.delivered_import = focus.x_ImportId`;

/** True on a row whose every column in `reads` is the FOCUS file's own figure (needs DELIVERED_JOIN). */
export function asDelivered(reads: readonly string[]): string {
  const list = `[${reads.map(stringLiteral).join(', ')}]::VARCHAR[]`;
  return `coalesce(list_has_all(delivered.delivered_columns, ${list})
    AND NOT list_has_any(coalesce(focus.${FOCUS_FILLED_COLUMN}, []::VARCHAR[]), ${list}), false)`;
}
