import { describe, expect, it } from 'vitest';
import { APP_METHOD_NAMES, shellRequestSchemas } from '../core/api/app-contract.ts';
import { METHOD_NAMES } from '../core/api/contract.ts';
import { CHANNELS } from './channels.ts';
import { createBridge, type IpcRendererLike } from './preload-bridge.ts';

function fakeIpc() {
  const sent: [string, unknown][] = [];
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const ipc: IpcRendererLike = {
    invoke: async (channel, arg) => {
      sent.push([channel, arg]);
      return { ok: true, result: 'answer' };
    },
    on: (channel, l) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l)),
    removeListener: (channel, l) => listeners.get(channel)?.delete(l),
  };
  const emit = (channel: string, data: unknown) => listeners.get(channel)?.forEach((l) => l({ sender: 'SECRET-SENDER' }, data));
  return { ipc, sent, emit, listeners };
}

const ALLOWED = [...APP_METHOD_NAMES, ...Object.keys(shellRequestSchemas)];

describe('preload bridge', () => {
  it('lets every method of the contract through, on the one invoke channel', async () => {
    expect(APP_METHOD_NAMES).toEqual(expect.arrayContaining([...METHOD_NAMES, 'session', 'openWorkspace', 'openDemo']));
    const { ipc, sent } = fakeIpc();
    const bridge = createBridge(ipc, ALLOWED, () => '');
    expect(await bridge.invoke('info', {})).toEqual({ ok: true, result: 'answer' });
    await bridge.invoke('ingest', { paths: ['/a.csv'] }, 'job-12345678');
    expect(sent).toEqual([
      [CHANNELS.invoke, { method: 'info', payload: {} }],
      [CHANNELS.invoke, { method: 'ingest', payload: { paths: ['/a.csv'] }, jobId: 'job-12345678' }],
    ]);
  });

  it('cannot reach a method outside the contract: nothing is sent', async () => {
    const { ipc, sent } = fakeIpc();
    const bridge = createBridge(ipc, ALLOWED, () => '');
    for (const m of ['shell.openExternal', 'constructor', '__proto__', 'eval', '', 42 as unknown as string]) {
      expect(await bridge.invoke(m, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    expect(sent).toEqual([]);
  });

  it('exposes only invoke, cancel, on and pathForFile', () => {
    const bridge = createBridge(fakeIpc().ipc, ALLOWED, () => '');
    expect(Object.keys(bridge).sort()).toEqual(['cancel', 'invoke', 'on', 'pathForFile']);
  });

  it('passes event data without the IPC event object, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const bridge = createBridge(ipc, ALLOWED, () => '');
    const got: unknown[][] = [];
    const off = bridge.on('job', (...args: unknown[]) => got.push(args));
    emit(CHANNELS.job, { jobId: 'j', type: 'done', result: 1 });
    expect(got).toEqual([[{ jobId: 'j', type: 'done', result: 1 }]]);
    off();
    expect(listeners.get(CHANNELS.job)?.size).toBe(0);
    expect(() => bridge.on('ipc-secret' as 'job', () => undefined)).toThrow();
  });

  it('gives the path of a dropped file, or empty when there is none', () => {
    const bridge = createBridge(fakeIpc().ipc, ALLOWED, () => {
      throw new Error('not a file from disk');
    });
    expect(bridge.pathForFile({} as File)).toBe('');
  });
});
