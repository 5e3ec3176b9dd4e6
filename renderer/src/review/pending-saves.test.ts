import { describe, expect, it } from 'vitest';
import { PendingSaves } from './pending-saves.ts';

describe('PendingSaves', () => {
  it('settles only after every save started so far has ended, failed ones included', async () => {
    const pending = new PendingSaves();
    const ended: string[] = [];
    let finishA!: () => void;
    let failB!: (e: Error) => void;
    pending.add(new Promise<void>((r) => (finishA = r)).then(() => void ended.push('a')));
    pending.add(new Promise<void>((_r, j) => (failB = j)).catch(() => void ended.push('b')));
    const settled = pending.settled().then(() => [...ended]);
    finishA();
    failB(new Error('write refused'));
    expect(await settled).toEqual(['a', 'b']);
  });

  it('settles at once with nothing in flight', async () => {
    await expect(new PendingSaves().settled()).resolves.toBeUndefined();
  });
});
