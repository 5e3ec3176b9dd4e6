// Progress and cancellation of long work, the same on every transport.

export interface Progress {
  /** What is happening now, in words: "Reading cur-2024-01.csv.gz". */
  message: string;
  /** queued: waiting for another change to the same workspace to finish. */
  phase: 'queued' | 'discover' | 'read' | 'load' | 'validate' | 'commit' | 'write' | 'done';
  file?: string;
  filesDone?: number;
  filesTotal?: number;
  rowsDone?: number;
  bytesDone?: number;
  bytesTotal?: number;
  /** 0..1 when known. */
  fraction?: number;
}

export interface CallContext {
  /** Aborting it cancels the work; the workspace is left as it was before the call. */
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
}

export const NO_CONTEXT: CallContext = {};
