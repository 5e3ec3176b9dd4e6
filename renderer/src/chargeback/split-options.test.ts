import { describe, expect, it } from 'vitest';
import { splitGraph, splitOption } from './split-options.ts';
import type { ChargebackResult, OwnerAllocation } from './types.ts';

function owner(name: string, direct: number, shared: number): OwnerAllocation {
  return { owner: name, direct, shared, total: direct + shared, previousTotal: null, byService: [], byAccount: [], topResources: [], received: [] };
}

// direct 100 / 60 / 10, Support 5 split 50/30/20, Tax 4 with 1 reaching nobody, 25 with no owner
const result: ChargebackResult = {
  period: '2026-10',
  basis: 'Effective',
  currency: 'USD',
  sourceTotal: 204,
  allocations: [owner('payments', 100, 4), owner('search', 60, 2.5), owner('data', 10, 1.5)],
  pools: [
    { name: 'Support', amount: 5, method: 'fixed', to: [{ owner: 'payments', amount: 2.5 }, { owner: 'search', amount: 1.5 }, { owner: 'data', amount: 1 }] },
    { name: 'Tax', amount: 4, method: 'even', to: [{ owner: 'payments', amount: 1.5 }, { owner: 'search', amount: 1 }, { owner: 'data', amount: 0.5 }] },
  ],
  unallocated: 26,
  rulesVersion: 0,
};

describe('split graph', () => {
  it('draws direct cost and each pool to its owners, and the unallocated amount from where it came', () => {
    const g = splitGraph(result);
    expect(g.nodes.map((n) => n.label)).toEqual(['Direct cost', 'Support', 'Tax', 'payments', 'search', 'data', 'Unallocated']);
    expect(g.links).toEqual([
      { from: 'direct', to: 'owner:payments', amount: 100 },
      { from: 'direct', to: 'owner:search', amount: 60 },
      { from: 'direct', to: 'owner:data', amount: 10 },
      { from: 'pool:Support', to: 'owner:payments', amount: 2.5 },
      { from: 'pool:Support', to: 'owner:search', amount: 1.5 },
      { from: 'pool:Support', to: 'owner:data', amount: 1 },
      { from: 'pool:Tax', to: 'owner:payments', amount: 1.5 },
      { from: 'pool:Tax', to: 'owner:search', amount: 1 },
      { from: 'pool:Tax', to: 'owner:data', amount: 0.5 },
      // Tax: 4 − 3 = 1 reached nobody; the other 25 had no owner
      { from: 'pool:Tax', to: 'unallocated', amount: 1 },
      { from: 'direct', to: 'unallocated', amount: 25 },
    ]);
    expect(g.notDrawn).toEqual([]);
  });

  it('keeps a pool and an owner of the same name apart', () => {
    const g = splitGraph({ ...result, allocations: [owner('Support', 10, 5)], pools: [{ name: 'Support', amount: 5, method: 'even', to: [{ owner: 'Support', amount: 5 }] }], unallocated: 0, sourceTotal: 15 });
    expect(g.links).toEqual([
      { from: 'direct', to: 'owner:Support', amount: 10 },
      { from: 'pool:Support', to: 'owner:Support', amount: 5 },
    ]);
  });

  it('lists negative flows instead of drawing them, and groups the smallest owners', () => {
    const g = splitGraph({ ...result, allocations: [owner('a', 50, 0), owner('b', 20, 0), owner('c', 10, 0), owner('d', -3, 0)], pools: [], unallocated: 0, sourceTotal: 77 }, 3);
    expect(g.grouped).toBe(2);
    expect(g.nodes.map((n) => n.label)).toEqual(['Direct cost', 'a', 'b', '2 other owners']);
    // c 10 and d −3 meet in one node: 7 is drawn
    expect(g.links.at(-1)).toEqual({ from: 'direct', to: 'others', amount: 7 });
    const credit = splitGraph({ ...result, allocations: [owner('a', 50, 0), owner('b', -3, 0)], pools: [], unallocated: 0, sourceTotal: 47 });
    expect(credit.notDrawn).toEqual([{ from: 'Direct cost', to: 'b', amount: -3 }]);
  });

  it('makes a sankey option that labels nodes by name and amount', () => {
    const option = splitOption(splitGraph(result), 'USD', { text: '#111', muted: '#666', direct: '#00f', pool: '#f80', owner: '#080', unallocated: '#999' }) as { series: Array<{ data: unknown[]; links: unknown[]; label: { formatter: (p: unknown) => string } }> };
    expect(option.series[0]!.data).toHaveLength(7);
    expect(option.series[0]!.links).toHaveLength(11);
    expect(option.series[0]!.label.formatter({ name: 'pool:Support', value: 5 })).toBe('Support  $5.00');
  });
});
