// Spec -> SQL for representative specs. The first is spelled out whole; the others check the
// parts that matter (which source, what is bound, what is grouped). Subtotals are summed in
// cells.ts, not in SQL (cells.test.ts).
import { describe, expect, it } from 'vitest';
import { buildPivotSql, buildTopNSql } from './build-sql.ts';
import { planPivot } from './plan.ts';
import { NO_TAG_ALIASES } from '../tags/aliases/effective.ts';
import { parsePivotSpec } from './run.ts';
import { AGG_SOURCE, FOCUS_SOURCE } from './source.ts';
import type { PivotSpecInput } from './spec.ts';

const plan = (s: Omit<PivotSpecInput, 'kind'>) => planPivot(parsePivotSpec({ kind: 'pivot', ...s }), NO_TAG_ALIASES);

describe('spec -> SQL', () => {
  it('services by month from the raw table', () => {
    const p = plan({ rows: ['ServiceName'], columns: ['month'], measures: ['EffectiveCost'], period: { from: '2026-01-01', to: '2026-04-01' } });
    const q = buildPivotSql(p, FOCUS_SOURCE, [null, null], p.spec.period);
    expect(q.text).toBe(
      `WITH base AS (SELECT "ServiceName" AS d0, date_trunc('month', "ChargePeriodStart") AS d1, sum("EffectiveCost") AS "s_EffectiveCost", count(*) AS s_lines, min("BillingCurrency") AS currency_min, max("BillingCurrency") AS currency_max FROM "focus" WHERE "ChargePeriodStart" >= CAST(? AS TIMESTAMP) AND "ChargePeriodStart" < CAST(? AS TIMESTAMP) GROUP BY d0, d1)
SELECT d0 AS k0, strftime(d1, '%Y-%m') AS k1, "s_EffectiveCost", CAST(s_lines AS BIGINT) AS s_lines, currency_min, currency_max FROM base`,
    );
    expect(q.params).toEqual(['2026-01-01', '2026-04-01']);
  });

  it('the same spec on the daily aggregate cuts time from ChargeDay and counts LineCount', () => {
    const p = plan({ rows: ['ServiceName'], columns: ['month'], period: { from: '2026-01-01' } });
    const q = buildPivotSql(p, AGG_SOURCE, [null, null], p.spec.period);
    expect(q.text).toContain(`date_trunc('month', "ChargeDay") AS d1`);
    expect(q.text).toContain(`sum("LineCount") AS s_lines`);
    expect(q.text).toContain(`FROM "pivot_agg" WHERE "ChargeDay" >= CAST(? AS DATE)`);
  });

  it('a two-level tree with a tag binds the tag key and every value; nothing user-given is in the text', () => {
    const key = `Team"; DROP TABLE focus; --`;
    const p = plan({ rows: ['SubAccountName', `tag:${key}`], filters: [{ dimension: `tag:${key}`, values: [`it's`, null] }] });
    const q = buildPivotSql(p, FOCUS_SOURCE, [null, null], {});
    expect(q.text).not.toContain('DROP');
    expect(q.text).not.toContain(`it's`);
    expect(q.text).toContain(`"Tags"[?] AS d1`);
    expect(q.text).toContain(`("Tags"[?] IN (?) OR "Tags"[?] IS NULL)`);
    expect(q.text).toContain('GROUP BY d0, d1)');
    expect(q.text).not.toContain('GROUPING');
    expect(q.params).toEqual([key, key, `it's`, key]);
  });

  it('a top-N folds the rest into OTHER with the kept keys bound (null is a keepable key)', () => {
    const p = plan({ rows: ['ServiceName'], topN: [{ dimension: 'ServiceName', n: 2 }] });
    const q = buildPivotSql(p, FOCUS_SOURCE, [['Amazon EC2', null]], {});
    expect(q.text).toContain('CASE WHEN coalesce(d0 IN (?) OR d0 IS NULL, FALSE) THEN d0 END AS k0');
    expect(q.text).toContain('NOT coalesce(d0 IN (?) OR d0 IS NULL, FALSE) AS o0');
    expect(q.params).toEqual(['Amazon EC2', 'Amazon EC2']);
    const top = buildTopNSql(p, FOCUS_SOURCE, p.rowDims[0]!, 2, {});
    expect(top.text).toContain('ORDER BY v DESC NULLS LAST, k ASC NULLS LAST LIMIT ?');
    expect(top.params).toEqual([2]);
  });

  it('a filter on a time key becomes a range DuckDB can prune on; notIn keeps missing values', () => {
    const p = plan({ filters: [{ dimension: 'quarter', values: ['2026-Q1'] }, { dimension: 'RegionId', op: 'notIn', values: ['us-east-1'] }] });
    const q = buildPivotSql(p, FOCUS_SOURCE, [], {});
    expect(q.text).toContain(`WHERE ("ChargePeriodStart" >= CAST(? AS TIMESTAMP) AND "ChargePeriodStart" < CAST(? AS TIMESTAMP)) AND NOT coalesce("RegionId" IN (?), FALSE)`);
    expect(q.params).toEqual(['2026-01-01', '2026-04-01', 'us-east-1']);
    // no dimensions at all: one grand total, no GROUP BY
    expect(q.text).not.toContain('GROUP BY');
  });

  it('a non-text column prints as text and filters on its text', () => {
    const p = plan({ rows: ['x_ImportId'], filters: [{ dimension: 'x_ImportId', values: ['7'] }] });
    const q = buildPivotSql(p, FOCUS_SOURCE, [null], {});
    expect(q.text).toContain('CAST(d0 AS VARCHAR) AS k0');
    expect(q.text).toContain(`CAST("x_ImportId" AS VARCHAR) IN (?)`);
  });

  it('depth 1 of a two-level tree groups by the first level only', () => {
    const p = plan({ rows: ['ServiceName', 'SubAccountName'], columns: ['month'], depth: 1 });
    const q = buildPivotSql(p, AGG_SOURCE, [null, null], {});
    expect(q.text).not.toContain('SubAccountName');
    expect(q.text).toContain('GROUP BY d0, d1)');
  });
});
