import { ErrorCode, WorkbenchError } from '../errors.ts';

/** The one error a cancelled ingest ends with. */
export function importCancelled(): WorkbenchError {
  return new WorkbenchError(ErrorCode.CANCELLED, 'Import cancelled; the workspace is unchanged.');
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw importCancelled();
}
