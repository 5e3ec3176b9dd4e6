import { describe, expect, it } from 'vitest';
import type { PivotNotice, PivotSpec } from '../../../core/api/pivot-contract.ts';
import { defaultSpec } from './spec-edit.ts';
import { applySuggestion, canApply } from './notice-fix.ts';

const base: PivotSpec = defaultSpec(null);

describe('applying a notice’s suggestion', () => {
  it('renames an unknown tag key in rows, filters and top-N', () => {
    const spec: PivotSpec = { ...base, rows: ['tag:Team', 'ServiceName'], filters: [{ dimension: 'tag:Team', op: 'in', values: ['payments'] }], topN: [{ dimension: 'tag:Team', n: 5 }] };
    const notice: PivotNotice = { code: 'PIVOT_TAG_KEY_UNKNOWN', message: 'm', dimension: 'tag:Team', value: 'Team', suggestions: ['team'] };
    expect(applySuggestion(spec, notice, 'team')).toMatchObject({
      rows: ['tag:team', 'ServiceName'],
      filters: [{ dimension: 'tag:team', op: 'in', values: ['payments'] }],
      topN: [{ dimension: 'tag:team', n: 5 }],
    });
  });

  it('keeps one place when the suggested key is already there', () => {
    const spec: PivotSpec = { ...base, rows: ['tag:team'], columns: ['tag:Team'] };
    const notice: PivotNotice = { code: 'PIVOT_TAG_KEY_UNKNOWN', message: 'm', dimension: 'tag:Team', value: 'Team', suggestions: ['team'] };
    expect(applySuggestion(spec, notice, 'team')).toMatchObject({ rows: ['tag:team'], columns: [] });
  });

  it('renames an unknown cost category the same way (CostCenter in a legacy CSV is cost_center in CUR 2.0)', () => {
    const spec: PivotSpec = { ...base, rows: ['costCategory:cost_center'], filters: [{ dimension: 'costCategory:cost_center', op: 'in', values: ['Data'] }] };
    const notice: PivotNotice = { code: 'PIVOT_COST_CATEGORY_UNKNOWN', message: 'm', dimension: 'costCategory:cost_center', value: 'cost_center', suggestions: ['CostCenter'] };
    expect(canApply(notice)).toBe(true);
    expect(applySuggestion(spec, notice, 'CostCenter')).toMatchObject({
      rows: ['costCategory:CostCenter'],
      filters: [{ dimension: 'costCategory:CostCenter', op: 'in', values: ['Data'] }],
    });
  });

  it('swaps a filter value for the one that exists', () => {
    const spec: PivotSpec = { ...base, filters: [{ dimension: 'ServiceName', op: 'in', values: ['Amazon EC2', 'AWS Lambda'] }] };
    const notice: PivotNotice = { code: 'PIVOT_FILTER_NO_MATCH', message: 'm', dimension: 'ServiceName', value: 'Amazon EC2', suggestions: ['Amazon Elastic Compute Cloud'] };
    expect(applySuggestion(spec, notice, 'Amazon Elastic Compute Cloud').filters).toEqual([{ dimension: 'ServiceName', op: 'in', values: ['Amazon Elastic Compute Cloud', 'AWS Lambda'] }]);
  });

  it('leaves notices without a value alone', () => {
    const notice: PivotNotice = { code: 'PIVOT_NO_LINES', message: 'm', suggestions: [] };
    expect(canApply(notice)).toBe(false);
    expect(applySuggestion(base, notice, 'x')).toBe(base);
  });
});
