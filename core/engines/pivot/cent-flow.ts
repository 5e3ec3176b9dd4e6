// A feasible circulation with lower and upper bounds (Hoffman), solved as a max-flow (Dinic)
// between a super source and a super sink. Used for the whole-grid rounding of cents
// (grid-cents.ts): every displayed value is an arc whose flow is its cents, bounded by the floor
// and ceiling of its exact value, and flow conservation is "the parts add up to the whole".
// The constraint matrix of a row tree × columns is totally unimodular, so an integral
// circulation exists whenever any exists; bounds differ by at most one cent, so flows are small.

export interface FlowArc {
  from: number;
  to: number;
  lo: bigint;
  hi: bigint;
  /** Preference for the upper bound (the exact remainder): arcs with more are tried first. */
  rem: bigint;
}

interface Edge {
  to: number;
  cap: number;
  rev: number;
  arc: number; // index of the FlowArc this edge carries forward, -1 otherwise
}

/** The flow of every arc, or null when the bounds cannot all hold. */
export function feasibleCirculation(nodeCount: number, arcs: readonly FlowArc[]): bigint[] | null {
  const source = nodeCount;
  const sink = nodeCount + 1;
  const graph: Edge[][] = Array.from({ length: nodeCount + 2 }, () => []);
  const add = (from: number, to: number, cap: number, arc: number) => {
    graph[from]!.push({ to, cap, rev: graph[to]!.length, arc });
    graph[to]!.push({ to: from, cap: 0, rev: graph[from]!.length - 1, arc: -1 });
  };
  const excess = new Array<bigint>(nodeCount).fill(0n);
  const order = arcs.map((_, i) => i).sort((a, b) => (arcs[a]!.rem === arcs[b]!.rem ? a - b : arcs[a]!.rem > arcs[b]!.rem ? -1 : 1));
  for (const i of order) {
    const a = arcs[i]!;
    if (a.hi < a.lo) return null;
    excess[a.to]! += a.lo;
    excess[a.from]! -= a.lo;
    if (a.hi > a.lo) add(a.from, a.to, Number(a.hi - a.lo), i);
  }
  let need = 0;
  excess.forEach((e, v) => {
    if (e > 0n) {
      add(source, v, Number(e), -1);
      need += Number(e);
    } else if (e < 0n) add(v, sink, Number(-e), -1);
  });
  if (maxFlow(graph, source, sink) !== need) return null;
  const flow = arcs.map((a) => a.lo);
  for (const edges of graph) for (const e of edges) if (e.arc >= 0) flow[e.arc] = arcs[e.arc]!.hi - BigInt(e.cap);
  return flow;
}

function maxFlow(graph: Edge[][], s: number, t: number): number {
  let total = 0;
  const level = new Array<number>(graph.length);
  const next = new Array<number>(graph.length);
  for (;;) {
    level.fill(-1);
    level[s] = 0;
    const queue = [s];
    for (let q = 0; q < queue.length; q++) {
      const v = queue[q]!;
      for (const e of graph[v]!) {
        if (e.cap > 0 && level[e.to] === -1) {
          level[e.to] = level[v]! + 1;
          queue.push(e.to);
        }
      }
    }
    if (level[t] === -1) return total;
    next.fill(0);
    for (let f = push(graph, level, next, s, t, Infinity); f > 0; f = push(graph, level, next, s, t, Infinity)) total += f;
  }
}

/** One blocking-flow path, depth first along the level graph (iterative: trees can be deep). */
function push(graph: Edge[][], level: number[], next: number[], s: number, t: number, limit: number): number {
  const path: Edge[] = [];
  let v = s;
  for (;;) {
    if (v === t) {
      const f = Math.min(limit, ...path.map((e) => e.cap));
      for (const e of path) {
        e.cap -= f;
        graph[e.to]![e.rev]!.cap += f;
      }
      return f;
    }
    const edges = graph[v]!;
    let advanced = false;
    while (next[v]! < edges.length) {
      const e = edges[next[v]!]!;
      if (e.cap > 0 && level[e.to] === level[v]! + 1) {
        path.push(e);
        v = e.to;
        advanced = true;
        break;
      }
      next[v]!++;
    }
    if (advanced) continue;
    if (path.length === 0) return 0;
    // dead end: never come back here in this phase
    level[v] = -1;
    const back = path.pop()!;
    v = graph[back.to]![back.rev]!.to;
    next[v]!++;
  }
}
