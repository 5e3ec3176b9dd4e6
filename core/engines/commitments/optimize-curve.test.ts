// SPEC "Optimize" on a 20-hour Compute SP pool worked on paper; every expected figure by hand.
// Each hour: 2 of on demand already covered by a plan held, and open (not covered) 2, 4, 8 or 10.
import { describe, expect, it } from 'vitest';
import { capacityForCoverage, levelAt, optimizePool, percentile, usageDrop } from './optimize-curve.ts';
import type { HourInput } from './simulate.ts';

const OPEN = [...Array(2).fill(2), ...Array(6).fill(4), ...Array(8).fill(8), ...Array(4).fill(10)] as number[];
const HOURS: HourInput[] = OPEN.map((o, i) => ({ hour: `2026-03-01T${String(i).padStart(2, '0')}:00:00Z`, eligible: o + 2, covered: 2 }));
// eligible Σ = 132 open + 40 covered = 172
const OPTIONS = { rate: 0.75, term: '1y', payment: 'NoUpfront', targetCoverage: 0.8, conservativePercentile: 10 } as const;

describe('step 1: the open spend and its levels', () => {
  it('the best capacity is the open spend of the hour ranked ⌊N·rate⌋ from the top: ⌊20 × 0.75⌋ = 15 → 4', () => {
    // descending: 10 ×4 (ranks 0-3), 8 ×8 (4-11), 4 ×6 (12-17), 2 ×2 (18-19)
    expect(levelAt(OPEN, 0.75)).toBe(4);
    expect(levelAt(OPEN, 0.2)).toBe(8);
    expect(levelAt(OPEN, 1)).toBe(0);
  });
  it('nearest-rank percentiles: P10 is the 2nd smallest (2), P40 the 8th (4), P50 the 10th (8), P0 the smallest', () => {
    expect(percentile(OPEN, 10)).toBe(2);
    expect(percentile(OPEN, 40)).toBe(4);
    expect(percentile(OPEN, 50)).toBe(8);
    expect(percentile(OPEN, 0)).toBe(2);
    expect(percentile([], 10)).toBe(0);
  });
  it('80% coverage needs 0.8 × 172 − 40 = 97.6 more; Σ min(o, c) = 76 + 12 (c − 4) on [4, 8] → c = 5.8', () => {
    expect(capacityForCoverage(HOURS, 0.8)).toBeCloseTo(5.8, 12);
    // the plans held cover 40 ÷ 172 = 23%: a 20% target needs nothing more
    expect(capacityForCoverage(HOURS, 0.2)).toBe(0);
    expect(capacityForCoverage(HOURS, 1)).toBe(10);
  });
});

describe('step 2: the three choices', () => {
  const r = optimizePool(HOURS, OPTIONS);
  const byKind = Object.fromEntries(r.choices.map((c) => [c.kind, c]));

  it('max savings: $3.00/h covers min(o, 4): 76 for 60 committed, 16 saved in 20 h = 584 a month', () => {
    expect(byKind['max-savings']).toMatchObject({ hourlyCommitment: 3, monthlySavings: 584, upfront: 0, breakEvenMonths: 0 });
    expect(byKind['max-savings']!.utilization).toBeCloseTo(57 / 60, 12); // 76 × 0.75 = 57 used
    expect(byKind['max-savings']!.coverage).toBeCloseTo(116 / 172, 12);
    expect(byKind['max-savings']!.roi).toBeCloseTo(16 / 60, 12);
  });
  it('target coverage: capacity 5.8 is $4.35/h: covers 97.6 for 87, saves 10.6 = 386.90 a month, exactly 80%', () => {
    expect(byKind['target-coverage']).toMatchObject({ hourlyCommitment: 4.35, monthlySavings: 386.9 });
    expect(byKind['target-coverage']!.coverage).toBeCloseTo(0.8, 9);
    expect(byKind['target-coverage']!.utilization).toBeCloseTo(73.2 / 87, 9);
  });
  it('conservative: P10 of the open spend (2) is $1.50/h, always used: 40 for 30, 365 a month', () => {
    expect(byKind.conservative).toMatchObject({ hourlyCommitment: 1.5, monthlySavings: 365, utilization: 1 });
    expect(byKind.conservative!.coverage).toBeCloseTo(80 / 172, 12);
  });
  it('risk: usage 10/20/30% lower leaves 1.6/3.4/7/8.8, 1.2/2.8/6/7.6, 0.8/2.2/5/6.4 open; the $3 plan saves 423.40, 262.80, 102.20 a month', () => {
    // e.g. −10%: 0.9 × (o + 2) − 2; Σ min(·, 4) = 2 × 1.6 + 6 × 3.4 + 12 × 4 = 71.6; 71.6 − 60 = 11.6 in 20 h
    expect(byKind['max-savings']!.risk).toEqual([
      { usageDropPct: 10, monthlySavings: 423.4 }, { usageDropPct: 20, monthlySavings: 262.8 }, { usageDropPct: 30, monthlySavings: 102.2 },
    ]);
    // the conservative plan (capacity 2) keeps saving: min(1.6, 2) × 2 + 2 × 18 = 39.2 − 30 = 9.2 → 335.80
    expect(byKind.conservative!.risk[0]).toEqual({ usageDropPct: 10, monthlySavings: 335.8 });
  });
  it('All Upfront: 3 × 8,760 = 26,280 at once, back after 26,280 ÷ (76 ÷ 20 × 730 = 2,774) = 9.47 months', () => {
    const up = optimizePool(HOURS, { ...OPTIONS, payment: 'AllUpfront' }).choices[0]!;
    expect(up).toMatchObject({ hourlyCommitment: 3, upfront: 26280, breakEvenMonths: 9.47, monthlySavings: 584 });
  });
});

describe('step 3: the curve', () => {
  const { curve } = optimizePool(HOURS, OPTIONS);
  it('from 0 up to the most open hour (10 × 0.75 = 7.50) in 60 steps of 0.125, plus 4.35; 0 commits nothing and saves nothing', () => {
    expect(curve).toHaveLength(62);
    expect(curve[0]).toEqual({ hourlyCommitment: 0, monthlySavings: 0, coverage: 40 / 172, utilization: null });
    expect(curve.at(-1)!.hourlyCommitment).toBe(7.5);
    expect(curve.map((p) => p.hourlyCommitment)).toEqual([...curve.map((p) => p.hourlyCommitment)].sort((a, b) => a - b));
  });
  it('its highest point is the max-savings choice; beyond the most open hour it only loses: 7.50 saves 132 − 150 = −18 → −657', () => {
    const best = curve.reduce((a, b) => (b.monthlySavings > a.monthlySavings ? b : a));
    expect(best).toMatchObject({ hourlyCommitment: 3, monthlySavings: 584 });
    expect(curve.at(-1)).toMatchObject({ monthlySavings: -657, coverage: 1 });
  });
});

describe('usage falling', () => {
  it('scales eligible; the commitments held keep covering what they can', () => {
    expect(usageDrop([{ hour: 'h', eligible: 10, covered: 2 }, { hour: 'h', eligible: 2, covered: 2 }], 30)).toEqual([
      { hour: 'h', eligible: 7, covered: 2 }, { hour: 'h', eligible: 1.4, covered: 1.4 },
    ]);
  });
});
