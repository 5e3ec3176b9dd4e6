// SPEC.md step 2's percentile: quantile_cont of the per-period maxima, to the bit, whether
// read-metrics.ts takes it from each group's top values (the fast way) or, for a group with more
// periods than the top it keeps (a metric finer than CPU's), from quantile_cont itself.
// Hand-worked values first; then DuckDB's own quantile_cont as the oracle on hashed data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMetrics, readWindow, type Window } from '../../core/engines/rightsizing/read-metrics.ts';
import { PERCENTILE_FRACTION, PERCENTILES } from '../../core/engines/rightsizing/constants.ts';
import { sql, trusted } from '../../core/sql/index.ts';
import { openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';

let t: TestWorkspace;
let window: Window;

// `value`: a fixed SQL expression of the row number i, written in this file.
const insert = (resource: string, metric: string, periodSeconds: number, value: string, count: number) => sql`
  INSERT INTO resource_metrics (import_id, resource_id, account_id, region, namespace, metric, period_start, period_seconds, maximum, average, minimum, sample_count, unit)
  SELECT 0, ${resource}, '222222222222', 'us-east-1', 'AWS/EC2', ${metric}, TIMESTAMP '2026-03-01' + to_seconds(i * ${periodSeconds}), ${periodSeconds},
    ${trusted(value)}, 1, 0, 1, 'Percent'
  FROM range(${count}) AS r(i)`;

beforeAll(async () => {
  t = await openTestWorkspace();
  // One day of hourly CPU: the values 1 to 24 in a shuffled order (7i mod 24 + 1, 7 being prime to 24).
  await t.ws.db.run(insert('i-hand', 'CPUUtilization', 3600, '(i * 7) % 24 + 1', 24));
  // Memory every 30 minutes, finer than the CPU: 1 to 48 shuffled (5i mod 48 + 1).
  await t.ws.db.run(insert('i-hand', 'mem_used_percent', 1800, '(i * 5) % 48 + 1', 48));
  window = (await readWindow(t.ws.db, 1))!;
});
afterAll(() => t?.close());

describe('step 2: the percentile of the maxima', () => {
  it('ends the window at the last CPU period and knows the shortest CPU period', () => {
    expect(window.to.toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(window.from.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(window.shortestPeriodSeconds).toBe(3600);
  });

  it('interpolates between the ranks quantile_cont reads (24 hourly values 1..24)', async () => {
    const cpu = async (p: (typeof PERCENTILES)[number]) => (await readMetrics(t.ws.db, window, p, true)).get('i-hand')!.get('CPUUtilization')!.percentile;
    // rank (24 − 1) × 0.95 = 21.85: between the 22nd and 23rd smallest (22 and 23), 0.85 of the way.
    expect(await cpu('p95')).toBeCloseTo(22.85, 12);
    // 23 × 0.9 = 20.7 → 21.7; 23 × 0.99 = 22.77 → 23.77; 23 × 0.995 = 22.885 → 23.885; max → 24.
    expect(await cpu('p90')).toBeCloseTo(21.7, 12);
    expect(await cpu('p99')).toBeCloseTo(23.77, 12);
    expect(await cpu('p99.5')).toBeCloseTo(23.885, 12);
    expect(await cpu('max')).toBe(24);
  });

  it('takes a metric with more periods than the CPU from quantile_cont itself (48 half-hourly values 1..48)', async () => {
    const m = (await readMetrics(t.ws.db, window, 'p95', true)).get('i-hand')!;
    // 47 × 0.95 = 44.65: between 45 and 46 → 45.65 (the top 3 kept for 24 hourly periods hold only 46..48).
    expect(m.get('mem_used_percent')!.percentile).toBeCloseTo(45.65, 12);
    expect(m.get('mem_used_percent')!.peak).toBe(48);
    expect(m.get('mem_used_percent')!.days).toBe(1);
  });

  it('equals quantile_cont bit for bit on 40 resources of hashed hourly maxima over 9 days', async () => {
    const o = await openTestWorkspace();
    try {
      await o.ws.db.run(sql`
        INSERT INTO resource_metrics (import_id, resource_id, account_id, region, namespace, metric, period_start, period_seconds, maximum, average, minimum, sample_count, unit)
        SELECT 0, 'i-' || r, '222222222222', 'us-east-1', 'AWS/EC2', m, TIMESTAMP '2026-03-01' + to_hours(h), 3600,
          CASE WHEN hash(r, h, m) % 97 = 0 THEN NULL ELSE (hash(r, h, m) % 100000) / 1000.0 * (1 + r % 3) / 3 END, 1, 0, 60, 'Percent'
        FROM range(40) AS a(r), range(9 * 24) AS b(h), (VALUES ('CPUUtilization'), ('mem_used_percent')) AS c(m)
        WHERE NOT (r = 3 AND h % 5 = 0)`);
      const w = (await readWindow(o.ws.db, 9))!;
      for (const p of PERCENTILES) {
        const mine = await readMetrics(o.ws.db, w, p, true);
        const oracle = await o.ws.db.all(sql`SELECT resource_id, metric, CAST(quantile_cont(maximum, ${PERCENTILE_FRACTION[p]}) AS DOUBLE) AS q
          FROM resource_metrics GROUP BY resource_id, metric`);
        expect(oracle).toHaveLength(80);
        for (const r of oracle) expect(mine.get(String(r.resource_id))!.get(String(r.metric))!.percentile, `${p} ${String(r.resource_id)} ${String(r.metric)}`).toBe(r.q);
      }
    } finally {
      o.close();
    }
  });
});
