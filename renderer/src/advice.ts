// What a person should do next for each error code. Core's message says what went wrong and
// where; this adds the next step in the app's own terms.
const ADVICE: Record<string, string> = {
  INGEST_NOT_FOUND: 'Check the path: it must be a file or folder on this machine that the app can read.',
  INGEST_NO_FILES: 'Choose a folder that holds CUR or FOCUS files (CSV, gzip, zip or Parquet).',
  INGEST_EMPTY_FILE: 'The file has no data. Download or export it again, then import the new copy.',
  INGEST_TRUNCATED_GZIP: 'The download was cut short. Download the file again, then import it.',
  INGEST_CORRUPT_GZIP: 'The compressed file is damaged. Download the file again, then import it.',
  INGEST_BAD_ENCODING: 'The file is not UTF-8 text. Export it again from the billing console, or save it as UTF-8, then import it.',
  INGEST_DUPLICATE_COLUMN: 'Two columns have the same name. Rename one in the header, or export the report again.',
  INGEST_BAD_ZIP: 'The zip archive is damaged. Download it again, or unzip it and import the CSV inside.',
  INGEST_MALFORMED_CSV: 'Fix or re-export the file; the message names the row that could not be read.',
  INGEST_BAD_VALUE: 'A value has the wrong type; the message names the column and row. Re-export the file.',
  INGEST_UNKNOWN_FORMAT: 'Import an AWS Cost and Usage Report (legacy or 2.0) or a FOCUS export (CSV or Parquet).',
  INGEST_MISSING_COLUMNS: 'The file lacks required billing columns. Export the full report, not a subset of columns.',
  INGEST_MIXED_CURRENCIES: 'Split the file by billing currency and import each part.',
  INGEST_MISSING_VALUE: 'A required value is empty; the message names the column. Re-export the file.',
  INGEST_MANIFEST: 'The delivery manifest does not match the files beside it. Download the whole delivery folder again.',
  PERIOD_NOT_FOUND: 'The period is no longer in the workspace; the list has been refreshed.',
  CANCELLED: 'Nothing was changed. Start again when you are ready.',
  WORKSPACE_BUSY: 'Wait for the running import to finish, or cancel it.',
  WORKSPACE_NOT_FOUND: 'Check the path for typing mistakes (copy it from your file manager if you can), or create a new workspace at this path.',
  WORKSPACE_FOLDER_NOT_FOUND: 'Check the folder part of the path, or create the folder first; a new workspace goes into a folder that exists.',
  WORKSPACE_NOT_A_WORKSPACE: 'Open a .duckdb workspace file. To load billing files, import them from the Data view.',
  WORKSPACE_REOPENED: 'The workspace was reopened and holds everything saved before. Try again; if the same file fails the same way, report it.',
  WORKSPACE_LOCKED: 'Close the workspace in the other program, then try again. The workspace open now stays open.',
  WORKSPACE_OPEN_FAILED: 'Check that the file is a FinOps Workbench workspace and that no other program has it open.',
  UPLOAD_REFUSED: 'Rename the file to a plain name, or import it by its path.',
  DEMO_UNAVAILABLE: 'Import your own CUR or FOCUS files instead.',
  TRANSPORT_FAILED: 'The workbench is not answering. If you use browser mode, check that "finops-workbench serve" is still running.',
  PIVOT_UNKNOWN_COLUMN: 'Pick the field from the field list; a saved view may name a column this workspace does not have.',
  PIVOT_UNKNOWN_MEASURE: 'Choose the measure again from the Measures buttons.',
  PIVOT_BAD_SPEC: 'Change the setting the message names, or start again with New view.',
  PIVOT_BAD_CELL: 'Close the line items and open them again from the grid.',
  VIEW_NOT_FOUND: 'Someone may have deleted it; the list of saved views has been refreshed.',
  VIEW_EXISTS: 'Choose another name, or replace the saved view.',
  VIEW_BAD_FILE: 'Choose a file exported from Saved views (it ends in .view.json).',
  BAD_REQUEST: 'This is a bug in the app if you did not type the request yourself: please report the message.',
  UNAUTHORIZED: 'Open the full address printed by "finops-workbench serve"; it carries the access token.',
};

export function adviceFor(code: string): string | null {
  return ADVICE[code] ?? null;
}
