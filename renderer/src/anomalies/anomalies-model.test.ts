// The Anomalies view's pure parts: filters, the settings form, the Explore spec of a cause, the
// chart option. Expected values are written by hand.
import { describe, expect, it } from 'vitest';
import type { Anomaly, AnomalyDay } from '../../../core/api/anomaly-contract.ts';
import { anomalyChartOption, peakDay } from './chart-options.ts';
import { exploreSpecOf } from './explore-link.ts';
import { filterAnomalies, NO_FILTER, scopeDimensions } from './filters.ts';
import { detectionSpec, draftOf, readDraft } from './settings.ts';
import { anomalyTitle, dayCount, scopeText, statusOf } from './words.ts';

function anomaly(id: string, impact: number, scope: Record<string, string>, verdict: 'yes' | 'no' | 'planned' | null = null): Anomaly {
  return {
    id,
    start: '2026-03-26',
    end: '2026-03-28',
    scope,
    actual: impact + 10,
    expected: 10,
    impact,
    impactPct: impact * 10,
    score: 5,
    rootCauses: [],
    signature: { SubAccountName: null, ServiceName: null, RegionId: null, x_UsageType: null },
    seenIn: [],
    feedback: verdict ? { verdict, note: null, at: '2026-12-01T00:00:00Z' } : null,
    suppressed: false,
    isNew: false,
  };
}

const list = [anomaly('a', 900, { ServiceName: 'Amazon EC2' }, 'planned'), anomaly('b', 500, {}), anomaly('c', 200, { ServiceName: 'Amazon S3' }, 'no'), anomaly('d', 150, { x_UsageType: 'DataTransfer-Out-Bytes' })];

describe('words', () => {
  it('names scopes, days and status', () => {
    expect(scopeText({})).toBe('All spend');
    expect(scopeText({ 'tag:Team': 'data' })).toBe('Tag: Team = data');
    expect(anomalyTitle({ scope: { ServiceName: 'Amazon EC2' }, start: '2026-03-26', end: '2026-03-26' })).toBe('ServiceName = Amazon EC2 · 2026-03-26');
    expect(dayCount({ start: '2026-02-27', end: '2026-03-02' })).toBe(4);
    expect(statusOf(list[0]!)).toBe('planned');
    expect(statusOf(list[1]!)).toBe('unreviewed');
  });
});

describe('filters keep the engine’s order', () => {
  it('by status, impact and dimension', () => {
    expect(filterAnomalies(list, NO_FILTER).map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(filterAnomalies(list, { ...NO_FILTER, status: 'unreviewed' }).map((a) => a.id)).toEqual(['b', 'd']);
    expect(filterAnomalies(list, { ...NO_FILTER, minImpact: 200 }).map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(filterAnomalies(list, { ...NO_FILTER, dimension: 'ServiceName' }).map((a) => a.id)).toEqual(['a', 'c']);
    expect(filterAnomalies(list, { ...NO_FILTER, dimension: 'total' }).map((a) => a.id)).toEqual(['b']);
    expect(filterAnomalies(list, { status: 'no', minImpact: 300, dimension: null })).toEqual([]);
  });

  it('offers the dimensions the list was found in', () => {
    expect(scopeDimensions(list)).toEqual(['ServiceName', 'total', 'x_UsageType']);
  });
});

describe('the settings form', () => {
  it('reads numbers in range and names each bad field', () => {
    const draft = draftOf({ minImpact: 100, minImpactPct: 20, minDailyCost: 10, minScore: 4 });
    expect(draft).toEqual({ minImpact: '100', minImpactPct: '20', minDailyCost: '10', minScore: '4' });
    expect(readDraft({ ...draft, minImpact: ' 1000 ' })).toEqual({ thresholds: { minImpact: 1000, minImpactPct: 20, minDailyCost: 10, minScore: 4 } });
    expect(readDraft({ ...draft, minImpact: '', minImpactPct: '2000000', minScore: 'x' })).toEqual({
      problems: { minImpact: 'Type a number.', minImpactPct: 'Between 0 and 1,000,000.', minScore: 'Type a number.' },
    });
    expect(readDraft({ ...draft, minDailyCost: '-1' })).toEqual({ problems: { minDailyCost: 'Between 0 and 1,000,000,000,000.' } });
  });

  it('sends no thresholds for the engine’s defaults', () => {
    expect(detectionSpec(null)).toEqual({ kind: 'anomalies' });
    expect(detectionSpec({ minImpact: 1, minImpactPct: 2, minDailyCost: 3, minScore: 4 })).toEqual({ kind: 'anomalies', thresholds: { minImpact: 1, minImpactPct: 2, minDailyCost: 3, minScore: 4 } });
  });
});

describe('Explore on the cause', () => {
  const engine = {
    kind: 'pivot' as const,
    rows: ['SubAccountName', 'ServiceName', 'RegionId'],
    columns: ['day'],
    basis: 'Effective' as const,
    grain: 'day' as const,
    period: { from: '2026-01-29', to: '2026-04-10' },
    filters: [{ dimension: 'x_UsageType', op: 'in' as const, values: ['DataTransfer-Out-Bytes'] }],
  };

  it('takes the engine’s spec whole, with Explore’s defaults for the rest', () => {
    expect(exploreSpecOf(engine)).toEqual({
      kind: 'pivot',
      version: 1,
      rows: ['SubAccountName', 'ServiceName', 'RegionId'],
      columns: ['day'],
      measures: ['cost'],
      basis: 'Effective',
      grain: 'day',
      period: { from: '2026-01-29', to: '2026-04-10' },
      filters: [{ dimension: 'x_UsageType', op: 'in', values: ['DataTransfer-Out-Bytes'] }],
      topN: [],
      sort: { by: 'value', direction: 'desc' },
      subtotals: true,
      grandTotals: true,
    });
  });

  it('puts the opened cause’s dimension first', () => {
    expect(exploreSpecOf(engine, 'ResourceId').rows).toEqual(['ResourceId', 'SubAccountName', 'ServiceName', 'RegionId']);
    expect(exploreSpecOf(engine, 'ServiceName').rows).toEqual(['ServiceName', 'SubAccountName', 'RegionId']);
  });
});

describe('the chart', () => {
  const days: AnomalyDay[] = [
    { date: '2026-03-25', actual: 30, expected: 30, lower: 24, upper: 36, anomalous: false },
    { date: '2026-03-26', actual: 630, expected: 30, lower: 24, upper: 36, anomalous: true },
    { date: '2026-03-27', actual: 80, expected: null, lower: null, upper: null, anomalous: true },
  ];
  const colors = { text: 't', muted: 'm', border: 'b', surface: 's', actual: 'a', expected: 'e', anomaly: 'x' };

  it('draws the band as lower edge plus width, the actual, the expected and the anomaly’s days', () => {
    const option = anomalyChartOption({ series: days, start: '2026-03-26', end: '2026-03-27', currency: 'USD', colors }) as { series: { name: string; data: unknown; markArea?: { data: unknown } }[] };
    const byName = new Map(option.series.map((s) => [s.name, s]));
    expect(byName.get('Band lower edge')!.data).toEqual([['2026-03-25', 24], ['2026-03-26', 24], ['2026-03-27', null]]);
    expect(byName.get('Band')!.data).toEqual([['2026-03-25', 12], ['2026-03-26', 12], ['2026-03-27', null]]);
    expect(byName.get('Expected')!.data).toEqual([['2026-03-25', 30], ['2026-03-26', 30], ['2026-03-27', null]]);
    expect(byName.get('Anomalous day')!.data).toEqual([['2026-03-26', 630], ['2026-03-27', 80]]);
    // 2026-03-26T00:00Z is 1774483200000 ms; the shade runs half a day either side of the days
    expect(byName.get('Actual')!.markArea!.data).toEqual([[{ name: 'Anomaly', xAxis: 1774483200000 - 43_200_000 }, { xAxis: 1774483200000 + 86_400_000 + 43_200_000 }]]);
  });

  it('names the largest day', () => {
    expect(peakDay(days)?.date).toBe('2026-03-26');
    expect(peakDay(days.slice(0, 1))).toBeNull();
  });
});
