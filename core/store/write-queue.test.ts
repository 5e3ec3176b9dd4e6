import { describe, expect, it } from 'vitest';
import { WriteQueue } from './write-queue.ts';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('WriteQueue', () => {
  it('runs work one at a time, in the order asked, and tells the waiting ones', async () => {
    const q = new WriteQueue();
    const log: string[] = [];
    const job = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all(['a', 'b', 'c'].map((n) => q.run(job(n), { onWait: () => log.push(`${n} waits`) })));
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a start', 'b waits', 'c waits', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('a failed write does not block the next; a cancelled waiter never runs', async () => {
    const q = new WriteQueue();
    const controller = new AbortController();
    const failing = q.run(async () => {
      await tick();
      throw new Error('boom');
    });
    let ran = false;
    const waiting = q.run(
      async () => {
        ran = true;
      },
      { signal: controller.signal, onWait: () => controller.abort() },
    );
    const after = q.run(async () => 'after');
    await expect(failing).rejects.toThrow('boom');
    await expect(waiting).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(await after).toBe('after');
    expect(ran).toBe(false);
  });
});
