// Explains a LoadFailure after its transaction was rolled back.
import { ErrorCode, WorkbenchError } from '../errors.ts';
import type { Db } from '../store/db.ts';
import { isInvalidation } from '../store/fatal.ts';
import { explainLoadError, firstNullRow, firstRowNotEqual, lineOf } from './diagnose.ts';
import type { LoadFailure } from './load.ts';

export async function explainFailure(db: Db, failure: LoadFailure): Promise<WorkbenchError> {
  const p = failure.prepared;
  const file = p.src.displayPath;
  const check = failure.check;
  // an invalidated database can explain nothing: the caller's guard reopens it
  if (isInvalidation(failure.error)) throw failure.error;
  if (!check) return explainLoadError(db, p, failure.error);
  if (check.kind === 'null') {
    const row = await firstNullRow(db, p, check.column);
    const where = row ? `, ${lineOf(p, row)}` : '';
    return new WorkbenchError(
      ErrorCode.INGEST_MISSING_VALUE,
      `${file}${where}: ${check.count} row${check.count === 1 ? ' has' : 's have'} no ${check.column}, which every billing row needs. Fix the file or re-export it; nothing was loaded.`,
      { file, column: check.column, rows: check.count, row },
    );
  }
  const [main, other] = check.currencies;
  const row = main ? await firstRowNotEqual(db, p, 'BillingCurrency', main.currency) : null;
  const list = check.currencies.map((c) => `${c.currency} (${c.rows} rows)`).join(', ');
  return new WorkbenchError(
    ErrorCode.INGEST_MIXED_CURRENCIES,
    `${file}: one file must be in one billing currency, but it has ${list}${row && other ? `; the first ${other.currency} row is ${lineOf(p, row)}` : ''}. Split the file by currency and load each part.`,
    { file, currencies: check.currencies, row },
  );
}
