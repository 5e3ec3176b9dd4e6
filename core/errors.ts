// Errors are values with stable codes: the UI and the command line branch on `code` and show
// `message`, which always says what is wrong, where, and what to do next.

export const ErrorCode = {
  BAD_REQUEST: 'BAD_REQUEST',
  UNKNOWN_METHOD: 'UNKNOWN_METHOD',
  CANCELLED: 'CANCELLED',
  INTERNAL: 'INTERNAL',
  WORKSPACE_OPEN_FAILED: 'WORKSPACE_OPEN_FAILED',
  WORKSPACE_TOO_NEW: 'WORKSPACE_TOO_NEW',
  WORKSPACE_NOT_FOUND: 'WORKSPACE_NOT_FOUND',
  WORKSPACE_FOLDER_NOT_FOUND: 'WORKSPACE_FOLDER_NOT_FOUND',
  WORKSPACE_NOT_A_WORKSPACE: 'WORKSPACE_NOT_A_WORKSPACE',
  WORKSPACE_LOCKED: 'WORKSPACE_LOCKED',
  WORKSPACE_REOPENED: 'WORKSPACE_REOPENED',
  WORKSPACE_CLOSING: 'WORKSPACE_CLOSING',
  SQL_NOT_READ_ONLY: 'SQL_NOT_READ_ONLY',
  SQL_FAILED: 'SQL_FAILED',
  SQL_FILE_ACCESS: 'SQL_FILE_ACCESS',
  INGEST_NOT_FOUND: 'INGEST_NOT_FOUND',
  INGEST_NO_FILES: 'INGEST_NO_FILES',
  INGEST_EMPTY_FILE: 'INGEST_EMPTY_FILE',
  INGEST_TRUNCATED_GZIP: 'INGEST_TRUNCATED_GZIP',
  INGEST_CORRUPT_GZIP: 'INGEST_CORRUPT_GZIP',
  INGEST_BAD_ENCODING: 'INGEST_BAD_ENCODING',
  INGEST_DUPLICATE_COLUMN: 'INGEST_DUPLICATE_COLUMN',
  INGEST_BAD_ZIP: 'INGEST_BAD_ZIP',
  INGEST_MALFORMED_CSV: 'INGEST_MALFORMED_CSV',
  INGEST_BAD_VALUE: 'INGEST_BAD_VALUE',
  INGEST_UNKNOWN_FORMAT: 'INGEST_UNKNOWN_FORMAT',
  INGEST_MISSING_COLUMNS: 'INGEST_MISSING_COLUMNS',
  INGEST_MIXED_CURRENCIES: 'INGEST_MIXED_CURRENCIES',
  INGEST_MISSING_VALUE: 'INGEST_MISSING_VALUE',
  INGEST_MANIFEST: 'INGEST_MANIFEST',
  /** Files with no delivery identity would replace or double a loaded period: details say which; the caller chooses. */
  INGEST_REPLACE_OR_APPEND: 'INGEST_REPLACE_OR_APPEND',
  /** A utilization metric file whose unit does not fit the metric (bytes for CPUUtilization...). */
  INGEST_METRIC_UNIT: 'INGEST_METRIC_UNIT',
  /** A utilization metric series whose resource (instance, volume), metric or statistic the file does not say. */
  INGEST_METRIC_UNLABELLED: 'INGEST_METRIC_UNLABELLED',
  /** One file gives two different values for one resource, metric and period. */
  INGEST_METRIC_DUPLICATE: 'INGEST_METRIC_DUPLICATE',
  PERIOD_NOT_FOUND: 'PERIOD_NOT_FOUND',
  FOCUS_NONCONFORMANT: 'FOCUS_NONCONFORMANT',
  PACKAGE_INCOMPLETE: 'PACKAGE_INCOMPLETE',
} as const;

export type ErrorCodeName = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface ApiError {
  code: ErrorCodeName | string;
  message: string;
  details?: Record<string, unknown>;
}

/**
 * Messages are read by people and travel in every response and log line: a message built from a
 * huge input (a 60 MB one-line file) is cut here, whatever built it.
 */
export const MAX_MESSAGE_CHARS = 1000;

export function boundedMessage(message: string): string {
  return message.length <= MAX_MESSAGE_CHARS ? message : `${message.slice(0, MAX_MESSAGE_CHARS - 24)}… (message shortened)`;
}

/** A piece of a file's content for a message: quoted, at most `max` characters, its full length said when cut. */
export function snippet(value: unknown, max = 40): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  if (text.length <= max) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, max))}… (${text.length} characters)`;
}

export class WorkbenchError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCodeName | string, message: string, details?: Record<string, unknown>) {
    super(boundedMessage(message));
    this.name = 'WorkbenchError';
    this.code = code;
    this.details = details;
  }

  toData(): ApiError {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

/** Turns anything thrown into error data; unknown failures become INTERNAL with their message. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof WorkbenchError) return err.toData();
  const message = err instanceof Error ? err.message : String(err);
  return { code: ErrorCode.INTERNAL, message: boundedMessage(message) };
}
