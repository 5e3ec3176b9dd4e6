// Long calls run as jobs: each has an id, a progress stream, a final outcome and a cancel.
// A late subscriber gets the latest progress and, if the job ended, its outcome, so a client
// that connects to the event stream after starting a job misses nothing that matters.
import { randomBytes } from 'node:crypto';
import { ErrorCode, toApiError } from '../api/errors.ts';
import type { CallContext, Progress } from '../api/progress.ts';
import type { JobEvent } from '../api/app-contract.ts';
import { JOB_ID_PATTERN } from '../api/app-contract.ts';

type Listener = (e: JobEvent) => void;

interface Job {
  id: string;
  controller: AbortController;
  lastProgress: JobEvent | null;
  outcome: JobEvent | null;
  listeners: Set<Listener>;
}

export function newJobId(): string {
  return randomBytes(12).toString('base64url');
}

export class JobRegistry {
  private readonly jobs = new Map<string, Job>();
  private readonly finished: string[] = [];

  /** keepFinished: how many ended jobs stay around for late subscribers. */
  constructor(private readonly keepFinished = 100) {}

  /** Starts work now and returns its id; the work gets a signal and a progress callback. */
  start(work: (ctx: CallContext) => Promise<unknown>, id: string = newJobId()): string {
    if (!JOB_ID_PATTERN.test(id)) throw new Error(`bad job id ${JSON.stringify(id)}`);
    if (this.jobs.has(id)) throw new Error(`job ${id} exists`);
    const job: Job = { id, controller: new AbortController(), lastProgress: null, outcome: null, listeners: new Set() };
    this.jobs.set(id, job);
    const onProgress = (progress: Progress) => {
      if (job.outcome) return;
      job.lastProgress = { jobId: id, type: 'progress', progress };
      this.emit(job, job.lastProgress);
    };
    void (async () => {
      let outcome: JobEvent;
      try {
        const result = await work({ signal: job.controller.signal, onProgress });
        outcome = { jobId: id, type: 'done', result };
      } catch (err) {
        const error = toApiError(err);
        // work that stops on our abort may throw its own error: the caller asked to cancel
        outcome = { jobId: id, type: 'failed', error: job.controller.signal.aborted && error.code === ErrorCode.INTERNAL ? { code: ErrorCode.CANCELLED, message: 'Cancelled. Nothing was changed.' } : error };
      }
      job.outcome = outcome;
      this.emit(job, outcome);
      job.listeners.clear();
      this.retire(id);
    })();
    return id;
  }

  has(id: string): boolean {
    return this.jobs.has(id);
  }

  /** Listens to a job; returns an unsubscribe, or null when no such job is known. */
  subscribe(id: string, listener: Listener): (() => void) | null {
    const job = this.jobs.get(id);
    if (!job) return null;
    if (job.lastProgress && !job.outcome) listener(job.lastProgress);
    if (job.outcome) {
      listener(job.outcome);
      return () => {};
    }
    job.listeners.add(listener);
    return () => job.listeners.delete(listener);
  }

  /** Asks a running job to stop; false when it is unknown or already ended. */
  cancel(id: string): boolean {
    const job = this.jobs.get(id);
    if (!job || job.outcome) return false;
    job.controller.abort();
    return true;
  }

  /** Resolves with the job's last event (done or failed). */
  wait(id: string): Promise<JobEvent> {
    return new Promise((resolve, reject) => {
      const unsubscribe = this.subscribe(id, (e) => {
        if (e.type !== 'progress') {
          resolve(e);
          queueMicrotask(() => unsubscribe?.());
        }
      });
      if (!unsubscribe) reject(new Error(`no job ${id}`));
    });
  }

  cancelAll(): void {
    for (const job of this.jobs.values()) if (!job.outcome) job.controller.abort();
  }

  private emit(job: Job, e: JobEvent): void {
    for (const l of [...job.listeners]) {
      try {
        l(e);
      } catch {
        // one broken listener (a closed stream) must not stop the others
      }
    }
  }

  private retire(id: string): void {
    this.finished.push(id);
    while (this.finished.length > this.keepFinished) {
      const old = this.finished.shift();
      if (old) this.jobs.delete(old);
    }
  }
}
