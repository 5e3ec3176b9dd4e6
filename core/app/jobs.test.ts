import { describe, expect, it } from 'vitest';
import type { JobEvent } from '../api/app-contract.ts';
import { WorkbenchError } from '../api/errors.ts';
import { JobRegistry } from './jobs.ts';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('JobRegistry', () => {
  it('streams progress, then the result', async () => {
    const jobs = new JobRegistry();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const id = jobs.start(async (ctx) => {
      ctx.onProgress?.({ phase: 'load', message: 'one', fraction: 0.5 });
      await gate;
      ctx.onProgress?.({ phase: 'load', message: 'two', fraction: 1 });
      return { rows: 3 };
    });
    await tick();
    const seen: JobEvent[] = [];
    jobs.subscribe(id, (e) => seen.push(e));
    release();
    await jobs.wait(id);
    expect(seen.map((e) => (e.type === 'progress' ? e.progress.message : e.type))).toEqual(['one', 'two', 'done']);
    expect(seen.at(-1)).toEqual({ jobId: id, type: 'done', result: { rows: 3 } });
  });

  it('replays the outcome to a subscriber that comes late', async () => {
    const jobs = new JobRegistry();
    const id = jobs.start(async () => {
      throw new WorkbenchError('INGEST_EMPTY_FILE', 'x.csv is empty');
    });
    await tick();
    const seen: JobEvent[] = [];
    jobs.subscribe(id, (e) => seen.push(e));
    expect(seen).toEqual([{ jobId: id, type: 'failed', error: { code: 'INGEST_EMPTY_FILE', message: 'x.csv is empty' } }]);
  });

  it('cancel aborts the work, which ends as CANCELLED', async () => {
    const jobs = new JobRegistry();
    const id = jobs.start(
      (ctx) =>
        new Promise((_, reject) => {
          ctx.signal?.addEventListener('abort', () => reject(new Error('interrupted')));
        }),
    );
    expect(jobs.cancel(id)).toBe(true);
    const end = await jobs.wait(id);
    expect(end.type === 'failed' && end.error.code).toBe('CANCELLED');
    expect(jobs.cancel(id)).toBe(false);
    expect(jobs.cancel('no-such-job')).toBe(false);
  });

  it('forgets old jobs beyond its limit, and refuses odd ids', async () => {
    const jobs = new JobRegistry(2);
    const ids = [1, 2, 3].map(() => jobs.start(async () => 1));
    await tick();
    expect(ids.map((i) => jobs.has(i))).toEqual([false, true, true]);
    expect(() => jobs.start(async () => 1, '../x')).toThrow();
  });
});
