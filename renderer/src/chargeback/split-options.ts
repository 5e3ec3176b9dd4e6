// The split as a Sankey: direct cost and each shared-cost pool on the left, owners (and the
// unallocated amount) on the right, each link an amount the engine gave. A Sankey cannot draw a
// negative flow (a credit larger than an owner's cost): those links are listed, not drawn, and
// the table keeps every figure. Beyond MAX_OWNERS owners the smallest are drawn as one node.
import { formatValue } from '../explore/number-format.ts';
import type { ChargebackResult } from './types.ts';
import { DIRECT_LABEL, UNALLOCATED_LABEL } from './words.ts';

export const MAX_OWNERS = 12;

export interface SplitColors {
  text: string;
  muted: string;
  direct: string;
  pool: string;
  owner: string;
  unallocated: string;
}

export interface SplitLink {
  from: string;
  to: string;
  amount: number;
}

export interface SplitGraph {
  /** Node id → what it reads as; ids keep a pool and an owner of the same name apart. */
  nodes: Array<{ id: string; label: string; side: 'source' | 'owner' }>;
  links: SplitLink[];
  /** Negative flows, not drawn. */
  notDrawn: Array<{ from: string; to: string; amount: number }>;
  /** Owners drawn together as "N other owners". */
  grouped: number;
}

export const DIRECT_ID = 'direct';
export const UNALLOCATED_ID = 'unallocated';
export const OTHERS_ID = 'others';
const poolId = (name: string) => `pool:${name}`;
const ownerId = (name: string) => `owner:${name}`;

export function splitGraph(r: ChargebackResult, maxOwners = MAX_OWNERS): SplitGraph {
  // allocations come largest first; the rest share one node
  const shown = new Set(r.allocations.slice(0, r.allocations.length > maxOwners ? maxOwners - 1 : maxOwners).map((a) => a.owner));
  const grouped = r.allocations.length - shown.size;
  const target = (owner: string) => (shown.has(owner) ? ownerId(owner) : OTHERS_ID);
  const flows = new Map<string, SplitLink>();
  const add = (from: string, to: string, amount: number) => {
    const k = `${from}\u0000${to}`;
    const f = flows.get(k);
    if (f) f.amount += amount;
    else flows.set(k, { from, to, amount });
  };
  for (const a of r.allocations) if (a.direct !== 0) add(DIRECT_ID, target(a.owner), a.direct);
  // a pool's cents that reached no owner are part of the unallocated amount; the rest of it is
  // cost no owner source named (and no pool took)
  let leftCents = 0;
  for (const p of r.pools) {
    let toCents = 0;
    for (const t of p.to) {
      if (t.amount !== 0) add(poolId(p.name), target(t.owner), t.amount);
      toCents += Math.round(t.amount * 100);
    }
    const left = Math.round(p.amount * 100) - toCents;
    if (left !== 0) add(poolId(p.name), UNALLOCATED_ID, left / 100);
    leftCents += left;
  }
  const directUnallocated = Math.round(r.unallocated * 100) - leftCents;
  if (directUnallocated !== 0) add(DIRECT_ID, UNALLOCATED_ID, directUnallocated / 100);

  const label = (id: string) => (id === DIRECT_ID ? DIRECT_LABEL : id === UNALLOCATED_ID ? UNALLOCATED_LABEL : id === OTHERS_ID ? `${grouped} other owners` : id.slice(id.indexOf(':') + 1));
  const all = [...flows.values()].map((f) => ({ ...f, amount: Math.round(f.amount * 100) / 100 }));
  const links = all.filter((f) => f.amount > 0);
  const notDrawn = all.filter((f) => f.amount < 0).map((f) => ({ from: label(f.from), to: label(f.to), amount: f.amount }));
  const used = new Set(links.flatMap((l) => [l.from, l.to]));
  const order = [DIRECT_ID, ...r.pools.map((p) => poolId(p.name)), ...r.allocations.filter((a) => shown.has(a.owner)).map((a) => ownerId(a.owner)), OTHERS_ID, UNALLOCATED_ID];
  const nodes = order.filter((id) => used.has(id)).map((id) => ({ id, label: label(id), side: id === DIRECT_ID || id.startsWith('pool:') ? ('source' as const) : ('owner' as const) }));
  return { nodes, links, notDrawn, grouped };
}

export function splitOption(g: SplitGraph, currency: string | null, colors: SplitColors): Record<string, unknown> {
  const labels = new Map(g.nodes.map((n) => [n.id, n.label]));
  const color = (id: string) => (id === DIRECT_ID ? colors.direct : id === UNALLOCATED_ID ? colors.unallocated : id.startsWith('pool:') ? colors.pool : colors.owner);
  const money = (v: number) => formatValue(v, 'money', currency);
  return {
    animationDuration: 300,
    textStyle: { color: colors.text },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: { dataType?: string; data: { source?: string; target?: string; value?: number; name?: string }; value?: number }) =>
        p.dataType === 'edge' ? `${labels.get(p.data.source!)} → ${labels.get(p.data.target!)}: ${money(p.data.value ?? 0)}` : `${labels.get(p.data.name!)}: ${money(p.value ?? 0)}`,
    },
    series: [
      {
        type: 'sankey',
        left: 8,
        right: 180,
        top: 8,
        bottom: 8,
        nodeGap: 10,
        nodeWidth: 14,
        layoutIterations: 0, // keep the order given: pools as listed, owners largest first
        emphasis: { focus: 'adjacency' },
        label: { color: colors.text, formatter: (p: { name: string; value: number }) => `${labels.get(p.name)}  ${money(p.value)}` },
        lineStyle: { color: 'gradient', opacity: 0.35, curveness: 0.5 },
        data: g.nodes.map((n) => ({ name: n.id, itemStyle: { color: color(n.id), borderColor: color(n.id) }, depth: n.side === 'source' ? 0 : 1 })),
        links: g.links.map((l) => ({ source: l.from, target: l.to, value: l.amount })),
      },
    ],
  };
}
