// A pivot that quietly returns nothing is a wrong answer: filter values and tag keys that match
// no line, a period outside the data, and filters that exclude everything come back as notices
// with the nearest existing values. Suggestions are worked out by hand from tiny-org
// (pivot-fixture.ts); the scoring tiers are in core/engines/pivot/notices.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, PivotNoticeCode, type PivotSpecInput } from '../../core/engines/pivot/index.ts';
import { insertLines, tinyOrgWorkspace, type TempWorkspace } from './pivot-fixture.ts';
import { openTestWorkspace } from '../support/workspace.ts';

let t: TempWorkspace;
beforeAll(async () => {
  t = await tinyOrgWorkspace();
});
afterAll(() => t.dispose());

const pivot = (spec: Omit<PivotSpecInput, 'kind'>) => run(t.ws.db, { kind: 'pivot', ...spec });

describe('pivot notices', () => {
  it('say nothing when every name and value matches', async () => {
    const r = await pivot({ rows: ['ServiceName', 'tag:Team'], filters: [{ dimension: 'ServiceName', values: ['Amazon EC2'] }] });
    expect(r.notices).toEqual([]);
  });

  it('name a filter value that differs only in case and spacing, with the value that exists', async () => {
    const r = await pivot({ rows: ['ServiceName'], filters: [{ dimension: 'ServiceName', values: ['amazon  ec2'] }] });
    expect(r.rows).toEqual([]);
    expect(r.notices).toEqual([
      {
        code: PivotNoticeCode.FILTER_NO_MATCH,
        message: 'No line has ServiceName "amazon  ec2". Did you mean "Amazon EC2"?',
        dimension: 'ServiceName',
        value: 'amazon  ec2',
        suggestions: ['Amazon EC2'],
      },
    ]);
  });

  it('flag the one value of a filter that matches nothing while the others still match', async () => {
    const r = await pivot({ rows: ['ServiceName'], filters: [{ dimension: 'ServiceName', values: ['Amazon EC2', 'EC2'] }] });
    // EC2 alone: 80 + 50.50 + 90 + 40 + 100 - 20 = 340.50
    expect(r.totals).toEqual([340.5]);
    // 'ec2' is part of 'amazonec2' and of no other service name
    expect(r.notices).toEqual([
      { code: PivotNoticeCode.FILTER_NO_MATCH, message: 'No line has ServiceName "EC2". Did you mean "Amazon EC2"?', dimension: 'ServiceName', value: 'EC2', suggestions: ['Amazon EC2'] },
    ]);
  });

  it('say that excluding a value no line has changes nothing', async () => {
    const r = await pivot({ rows: ['ServiceName'], filters: [{ dimension: 'ServiceName', op: 'notIn', values: ['Amazon  S3'] }] });
    expect(r.totals).toEqual([671.88]);
    expect(r.notices).toEqual([
      {
        code: PivotNoticeCode.FILTER_NO_MATCH,
        message: 'No line has ServiceName "Amazon  S3", so excluding it changes nothing. Did you mean "Amazon S3"?',
        dimension: 'ServiceName',
        value: 'Amazon  S3',
        suggestions: ['Amazon S3'],
      },
    ]);
  });

  it('suggest the tag value with the same letters for a tag filter', async () => {
    const r = await pivot({ rows: ['ServiceName'], filters: [{ dimension: 'tag:Team', values: ['Payments'] }] });
    expect(r.notices.map((n) => [n.code, n.value, n.suggestions])).toEqual([[PivotNoticeCode.FILTER_NO_MATCH, 'Payments', ['payments']]]);
  });

  it('name a tag key no line carries, with its case variants, instead of showing only (untagged)', async () => {
    const r = await pivot({ rows: ['tag:team'] });
    expect(r.rows.map((x) => x.labels[0])).toEqual(['(untagged)']);
    expect(r.notices).toEqual([
      {
        code: PivotNoticeCode.TAG_KEY_UNKNOWN,
        message: 'No line has the tag key "team" (tag keys are case-sensitive). Did you mean "Team"?',
        dimension: 'tag:team',
        value: 'team',
        suggestions: ['Team'],
      },
    ]);
  });

  it('fall back to similar tag keys when none has the same letters', async () => {
    // jaro-winkler('tem', 'team') = 0.933, ('tem', 'teamx') = 0.893: both above 0.85, closest first
    const r = await pivot({ rows: ['ServiceName'], columns: ['tag:Tem'] });
    expect(r.notices.map((n) => [n.code, n.value, n.suggestions])).toEqual([[PivotNoticeCode.TAG_KEY_UNKNOWN, 'Tem', ['Team', 'Team"x']]]);
  });

  it('suggest the tag keys the field list offers: a key aliased into another is not one', async () => {
    // two lines tagged Team, one tagged team, and team read as Team: the field list has Team
    // (3 lines) alone, and a pivot by team would show only (untagged), so TEAM suggests Team alone
    const own = await openTestWorkspace();
    try {
      await insertLines(own.ws, [
        ['2026-01-05 10:00:00', 'Amazon EC2', 'prod', 'us-east-1', '1', '1', '1', '1', '1', 'Usage', { Team: 'payments' }],
        ['2026-01-06 10:00:00', 'Amazon EC2', 'prod', 'us-east-1', '1', '1', '1', '1', '1', 'Usage', { Team: 'payments' }],
        ['2026-01-07 10:00:00', 'Amazon EC2', 'dev', 'us-east-1', '1', '1', '1', '1', '1', 'Usage', { team: 'search' }],
      ]);
      await own.api.tagAliasAdd({ kind: 'key', from: ['team'], to: 'Team' });
      expect((await own.api.pivotFields({})).tagKeys).toEqual([{ key: 'Team', lines: 3 }]);
      const r = await run(own.ws.db, { kind: 'pivot', rows: ['tag:TEAM'] });
      expect(r.notices.map((n) => [n.code, n.value, n.suggestions])).toEqual([[PivotNoticeCode.TAG_KEY_UNKNOWN, 'TEAM', ['Team']]]);
    } finally {
      own.close();
    }
  });

  it('report an unknown tag key once, not again for the filter values under it', async () => {
    const r = await pivot({ rows: ['ServiceName'], filters: [{ dimension: 'tag:team', values: ['payments'] }] });
    expect(r.notices.map((n) => [n.code, n.dimension])).toEqual([[PivotNoticeCode.TAG_KEY_UNKNOWN, 'tag:team']]);
  });

  it('say when the period holds no line, and where the data is', async () => {
    const r = await pivot({ rows: ['ServiceName'], period: { from: '2025-01-01', to: '2025-04-01' } });
    expect(r.notices).toEqual([
      {
        code: PivotNoticeCode.PERIOD_NO_DATA,
        message: 'No line falls in the period 2025-01-01 to 2025-03-31: this workspace holds lines from 2026-01-05 to 2026-03-15.',
        suggestions: [],
      },
    ]);
  });

  it('say when filters that each match something match nothing together', async () => {
    // dba is only on RDS
    const r = await pivot({ rows: ['ServiceName'], filters: [{ dimension: 'ServiceName', values: ['Amazon EC2'] }, { dimension: 'tag:Team', values: ['dba'] }] });
    expect(r.rows).toEqual([]);
    expect(r.notices).toEqual([{ code: PivotNoticeCode.NO_LINES, message: 'No line matches these filters in this period.', suggestions: [] }]);
  });
});
