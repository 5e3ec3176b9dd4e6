// The trend draws the engine's monthly shares as percentages, both denominators of all keys,
// each key's line hidden until picked, and the 85% target as a marked line. Inputs by hand.
import { describe, expect, it } from 'vitest';
import type { CoverageGroup } from '../../../core/api/tags-contract.ts';
import { trendOption } from './trend-options.ts';

const colors = { text: '#000', muted: '#555', border: '#ccc', target: '#f00' };
const month = (value: string, share: number, taggableShare: number, team: number | null): CoverageGroup => ({
  value,
  totalCost: 100,
  taggableCost: 90,
  keys: team === null ? [] : [{ key: 'Team', totalCost: 100, taggableCost: 90, taggedCost: team * 100, share: team, taggableTaggedCost: 0, taggableShare: null }],
  allKeys: { taggedCost: share * 100, share, taggableTaggedCost: 0, taggableShare },
});

type Series = { name: string; data: (number | null)[]; markLine?: { data: { yAxis: number }[]; label: { formatter: string } } };

describe('trendOption', () => {
  const option = trendOption({ byMonth: [month('2026-10', 0.5, 0.51282, 0.85), month('2026-11', 0.6667, 0.6667, null)], requiredKeys: ['Team'], target: 0.85 }, colors);
  const series = option.series as Series[];

  it('draws all keys over both denominators, then each key, in percent with one decimal', () => {
    expect(series.map((s) => s.name)).toEqual(['All keys · of all cost', 'All keys · of taggable cost', 'Team · of all cost']);
    expect(series[0]!.data).toEqual([50, 66.7]);
    expect(series[1]!.data).toEqual([51.3, 66.7]);
    expect(series[2]!.data).toEqual([85, null]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['Oct 2026', 'Nov 2026']);
  });

  it('marks the target and keeps the per-key lines hidden at first', () => {
    expect(series[0]!.markLine!.data).toEqual([{ yAxis: 85 }]);
    expect(series[0]!.markLine!.label.formatter).toBe('Target 85%');
    expect((option.legend as { selected: Record<string, boolean> }).selected).toEqual({ 'Team · of all cost': false });
  });
});
