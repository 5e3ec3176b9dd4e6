// The split itself (SPEC "Split", steps 2-5), on exact integers of 10^-12 dollars: each node
// line's cost goes to the windows its charge period overlaps (by time), each window's cost is
// divided among its groups and its idle pool by their weights, what no window (or a window of
// weight 0) covers stays uncovered; then the parts are rounded to cents by largest remainder so
// they add up to the nodes' cost rounded to the cent. No unit is dropped on the way: every
// floor division's remainder is placed (step 3 and 4 say where).
import { allocateCents, roundToCents } from '../../pivot/exact.ts';
import type { WeightSource } from './constants.ts';

export interface CostSegment {
  /** The charge period, epoch ms (end not included). */
  start: number;
  end: number;
  /** Node cost of the lines with this charge period, 10^-12 units. */
  units: bigint;
}

export interface WeightWindow {
  start: number;
  end: number;
  source: WeightSource;
  /** group (namespace or label value) → weight, 10^-12 units; only positive weights. */
  weights: ReadonlyMap<string, bigint>;
  idle: bigint;
}

export interface ExactSplit {
  nodeCost: bigint;
  /** Node cost that fell in each window (same order as the windows given). */
  perWindow: bigint[];
  groups: Map<string, bigint>;
  idle: bigint;
  uncovered: bigint;
}

export interface CentSplit {
  nodeCost: bigint;
  /** Largest first, ties by name (code-point order). */
  groups: Array<{ group: string; cents: bigint }>;
  idle: bigint;
  uncovered: bigint;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function overlap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
}

/** Step 2: each segment's units to the windows it overlaps, by time; the rest uncovered. */
export function costPerWindow(segments: readonly CostSegment[], windows: readonly WeightWindow[]): { perWindow: bigint[]; uncovered: bigint } {
  const perWindow = windows.map(() => 0n);
  let uncovered = 0n;
  for (const seg of segments) {
    const length = seg.end - seg.start;
    if (length <= 0) {
      const at = windows.findIndex((w) => w.start <= seg.start && seg.start < w.end);
      if (at >= 0) perWindow[at]! += seg.units;
      else uncovered += seg.units;
      continue;
    }
    let given = 0n;
    let covered = 0;
    let last = -1;
    windows.forEach((w, i) => {
      const o = overlap(seg.start, seg.end, w.start, w.end);
      if (o === 0) return;
      const part = (seg.units * BigInt(o)) / BigInt(length);
      perWindow[i]! += part;
      given += part;
      covered += o;
      last = i;
    });
    // a segment fully inside windows keeps its division remainder in its last window; else the rest is uncovered
    if (covered === length && last >= 0) perWindow[last]! += seg.units - given;
    else uncovered += seg.units - given;
  }
  return { perWindow, uncovered };
}

/** Steps 3-4: each window's units to its groups and idle pool by weight. */
export function splitExact(segments: readonly CostSegment[], windows: readonly WeightWindow[]): ExactSplit {
  const { perWindow, uncovered: notInWindows } = costPerWindow(segments, windows);
  const groups = new Map<string, bigint>();
  let idle = 0n;
  let uncovered = notInWindows;
  windows.forEach((w, i) => {
    const units = perWindow[i]!;
    if (units === 0n) return;
    const names = [...w.weights.keys()].sort(byCodePoint);
    const total = names.reduce((s, n) => s + w.weights.get(n)!, w.idle);
    if (total <= 0n) {
      uncovered += units;
      return;
    }
    let given = 0n;
    // the division remainder (under one unit per part) goes to the heaviest part, idle last on ties
    let heaviest: string | null = null;
    for (const n of names) {
      const part = (units * w.weights.get(n)!) / total;
      groups.set(n, (groups.get(n) ?? 0n) + part);
      given += part;
      if (heaviest === null || w.weights.get(n)! > w.weights.get(heaviest)!) heaviest = n;
    }
    const idlePart = (units * w.idle) / total;
    idle += idlePart;
    given += idlePart;
    if (heaviest !== null && w.weights.get(heaviest)! >= w.idle) groups.set(heaviest, groups.get(heaviest)! + units - given);
    else idle += units - given;
  });
  const nodeCost = segments.reduce((s, seg) => s + seg.units, 0n);
  return { nodeCost, perWindow, groups, idle, uncovered };
}

/**
 * Step 5: cents. The target is the node cost rounded half away from zero; the parts are the
 * groups in code-point order, then idle, then uncovered; each gets its floor in cents and the
 * cents left go to the largest remainders (ties: that order).
 */
export function toCents(split: ExactSplit): CentSplit {
  const names = [...split.groups.keys()].sort(byCodePoint);
  const parts = [...names.map((n) => split.groups.get(n)!), split.idle, split.uncovered];
  const target = roundToCents(split.nodeCost);
  const cents = allocateCents(parts, target);
  const groups = names.map((group, i) => ({ group, cents: cents[i]! })).sort((a, b) => (a.cents === b.cents ? byCodePoint(a.group, b.group) : a.cents > b.cents ? -1 : 1));
  return { nodeCost: target, groups, idle: cents[names.length]!, uncovered: cents[names.length + 1]! };
}

/** OpenCost's own node cost for [from, to): each window's weights and idle, prorated by its time inside. */
export function windowsTotal(windows: readonly WeightWindow[], from: number, to: number): bigint {
  let total = 0n;
  for (const w of windows) {
    const length = w.end - w.start;
    const inside = overlap(w.start, w.end, from, to);
    if (length <= 0 || inside === 0) continue;
    const sum = [...w.weights.values()].reduce((s, v) => s + v, w.idle);
    total += (sum * BigInt(inside)) / BigInt(length);
  }
  return total;
}
