// Reading allocation files: the forms OpenCost and Kubecost write, recognised by content.
import { describe, expect, it } from 'vitest';
import { costText } from './allocation.ts';
import { readAllocationFile } from './read-file.ts';

const alloc = (name: string, extra: Record<string, unknown> = {}) => ({
  name, properties: { cluster: 'c1', namespace: name }, window: { start: '2026-10-01T00:00:00Z', end: '2026-10-02T00:00:00Z' }, cpuCost: 1, ramCost: 2, ...extra,
});

describe('costs', () => {
  it('exact decimal text: exponents written out, 12 decimals at most, -0 is 0', () => {
    expect(costText(1e-7, 'cpuCost', 'x')).toBe('0.0000001');
    expect(costText(12.5, 'cpuCost', 'x')).toBe('12.5');
    expect(costText('0.1234567890125', 'cpuCost', 'x')).toBe('0.123456789013');
    expect(costText('-0', 'cpuCost', 'x')).toBe('0');
    expect(() => costText(null, 'cpuCost', 'set 1')).toThrow(/^Set 1: cpuCost is null/);
  });
});

describe('JSON', () => {
  it('the API response: sets of allocations, idle recognised by name, null sets skipped', () => {
    const f = readAllocationFile(JSON.stringify({ code: 200, data: [{ web: alloc('web', { properties: { cluster: 'c1', namespace: 'web', labels: { team: 'a' } } }) }, null, { 'c1/__idle__': { ...alloc('c1/__idle__'), properties: { cluster: 'c1' } } }] }));
    expect(f.format).toBe('opencost-json');
    expect(f.rows.map((r) => [r.name, r.namespace, r.idle, r.labels, r.costs.cpuCost, r.costs.gpuCost])).toEqual([
      ['web', 'web', false, { team: 'a' }, '1', '0'],
      ['c1/__idle__', null, true, {}, '1', '0'],
    ]);
  });

  it('a bare set, and data as one set', () => {
    expect(readAllocationFile(JSON.stringify({ web: alloc('web') })).rows).toHaveLength(1);
    expect(readAllocationFile(JSON.stringify({ data: { web: alloc('web'), api: alloc('api') } })).rows).toHaveLength(2);
  });

  it('start/end beside the window, with an offset, to UTC', () => {
    const a = { ...alloc('web'), window: undefined, start: '2026-10-01T02:00:00+02:00', end: '2026-10-02T02:00:00+02:00' };
    expect(readAllocationFile(JSON.stringify({ data: [{ web: a }] })).rows[0]).toMatchObject({ windowStart: '2026-10-01T00:00:00Z', windowEnd: '2026-10-02T00:00:00Z' });
  });
});

describe('CSV', () => {
  it("OpenCost's export: one day per Date, labels as JSON, no cluster", () => {
    const f = readAllocationFile('Date,Namespace,ControllerKind,ControllerName,Pod,Container,CPUCost,RAMCost,NetworkCost,PVCost,GPUCost,TotalCost,Labels\n2026-10-03,web,deployment,api,api-1,api,1.5,2,0,0.25,0,3.75,"{""team"":""a""}"\n');
    expect(f.format).toBe('opencost-csv');
    expect(f.rows[0]).toMatchObject({ cluster: null, windowStart: '2026-10-03T00:00:00Z', windowEnd: '2026-10-04T00:00:00Z', namespace: 'web', controllerKind: 'deployment', controller: 'api', pod: 'api-1', labels: { team: 'a' } });
    expect(f.rows[0]!.costs).toMatchObject({ cpuCost: '1.5', ramCost: '2', pvCost: '0.25', idleCost: '0' });
  });

  it('headers in any spelling, Label_ columns, k=v labels, an idle row', () => {
    const f = readAllocationFile('Window Start,Window End,Cluster,Namespace,CPU Cost,ram_cost,Idle Cost,Labels,Label_app\n2026-10-03T00:00:00Z,2026-10-04T00:00:00Z,c1,web,1,2,0.5,team=a;env=prod,shop\n2026-10-03T00:00:00Z,2026-10-04T00:00:00Z,c1,__idle__,3,4,0,,\n');
    expect(f.rows.map((r) => [r.cluster, r.namespace, r.idle, r.labels, r.costs.cpuCost, r.costs.idleCost])).toEqual([
      ['c1', 'web', false, { team: 'a', env: 'prod', app: 'shop' }, '1', '0.5'],
      ['c1', '__idle__', true, {}, '3', '0'],
    ]);
  });
});
