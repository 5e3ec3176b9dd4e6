// Writes to one workspace run one at a time, in the order they were asked for. DuckDB's
// optimistic concurrency lets two transactions that touch the same rows both start, then fails
// one with "Conflict on tuple deletion" (or, for two deliveries of one period, keeps both because
// neither saw the other). Imports, period removals and saved views therefore queue here, on every
// transport; a caller that has to wait is told so, and can cancel while it waits.
import { ErrorCode, WorkbenchError } from '../errors.ts';

function cancelledWhileWaiting(): WorkbenchError {
  return new WorkbenchError(ErrorCode.CANCELLED, 'Cancelled while waiting for another change to this workspace to finish; nothing was changed.');
}

export interface QueueOptions {
  signal?: AbortSignal;
  /** Called once, when the work has to wait for another write to finish. */
  onWait?: () => void;
}

export class WriteQueue {
  private tail: Promise<void> = Promise.resolve();
  private running = 0;

  /** True while a write runs or waits. */
  get busy(): boolean {
    return this.running > 0;
  }

  async run<T>(work: () => Promise<T>, options: QueueOptions = {}): Promise<T> {
    if (options.signal?.aborted) throw cancelledWhileWaiting();
    const previous = this.tail;
    let release!: () => void;
    const done = new Promise<void>((r) => (release = r));
    this.tail = previous.then(() => done);
    this.running++;
    try {
      if (this.running > 1) {
        options.onWait?.();
        await waitOrAbort(previous, options.signal);
      }
      return await work();
    } finally {
      this.running--;
      release();
    }
  }
}

/** Resolves when `turn` does; rejects as cancelled if the signal fires first. */
function waitOrAbort(turn: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return turn;
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(cancelledWhileWaiting());
    signal.addEventListener('abort', onAbort, { once: true });
    turn.then(
      () => {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted) reject(cancelledWhileWaiting());
        else resolve();
      },
      () => resolve(),
    );
  });
}
