import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { AppApi } from '../api/app-contract.ts';
import { appMethodTable, dispatch, mergeTables, resolveCall, type MethodTable } from './method-table.ts';

// A stand-in AppApi that records calls: the table's job is routing and validation, not the work.
function recordingApi(): { api: AppApi; calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  const api = new Proxy({} as AppApi, {
    get: (_t, name: string) => async (req: unknown) => {
      calls.push([name, req]);
      return { called: name };
    },
  });
  return { api, calls };
}

describe('appMethodTable', () => {
  it('runs a valid call', async () => {
    const { api, calls } = recordingApi();
    const out = await dispatch(appMethodTable(api), 'removePeriod', { billingPeriod: '2024-09' });
    expect(out).toEqual({ ok: true, result: { called: 'removePeriod' } });
    expect(calls).toEqual([['removePeriod', { billingPeriod: '2024-09' }]]);
  });
  it('refuses a payload with unknown fields before it reaches core', async () => {
    const { api, calls } = recordingApi();
    const out = await dispatch(appMethodTable(api), 'ingest', { paths: ['/x.csv'], deleteEverything: true });
    expect(out.ok).toBe(false);
    expect(!out.ok && out.error.code).toBe('BAD_REQUEST');
    expect(!out.ok && out.error.message).toMatch(/deleteEverything/);
    expect(calls).toEqual([]);
  });
  it('refuses wrong types and session payloads with extras', async () => {
    const { api, calls } = recordingApi();
    const table = appMethodTable(api);
    expect((await dispatch(table, 'ingest', { paths: 'x' })).ok).toBe(false);
    expect((await dispatch(table, 'removePeriod', { billingPeriod: '2024-9' })).ok).toBe(false);
    expect((await dispatch(table, 'openWorkspace', { path: '/w.duckdb', readOnly: false })).ok).toBe(false);
    expect((await dispatch(table, 'openDemo', [])).ok).toBe(false);
    expect(calls).toEqual([]);
  });
  it('refuses names outside the table, including object built-ins', async () => {
    const { api, calls } = recordingApi();
    const table = appMethodTable(api);
    for (const name of ['dropWorkspace', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 42, null]) {
      const out = await dispatch(table, name, {});
      expect(!out.ok && out.error.code).toBe('UNKNOWN_METHOD');
    }
    expect(calls).toEqual([]);
  });
  it('marks long methods', () => {
    const table = appMethodTable(recordingApi().api);
    expect(table.get('ingest')?.long).toBe(true);
    expect(table.get('openDemo')?.long).toBe(true);
    expect(table.get('info')?.long).toBe(false);
  });
});

describe('mergeTables', () => {
  const one = (name: string): MethodTable => new Map([[name, { long: false, validate: (p: unknown) => z.strictObject({}).parse(p), run: async () => name }]]);
  it('joins tables and refuses a name defined twice', () => {
    expect([...mergeTables(one('a'), one('b')).keys()]).toEqual(['a', 'b']);
    expect(() => mergeTables(one('a'), one('a'))).toThrow(/twice/);
  });
  it('resolveCall names the known methods when it refuses one', () => {
    expect(() => resolveCall(one('a'), 'b', {})).toThrow(/Known methods: a/);
  });
});
