// On a large workspace a drill-down's first page and the Data view's summary must not scan focus
// for figures the daily aggregate holds (issue 19: a 50-million-line quarter). These tests pin the
// answers by hand on tiny-org, with the aggregate built, and check which table gave them:
// the count and cost of a cell, of an Other bucket and of a tag cell from pivot_agg, equal to
// the sum of the cell's own lines; a grid filter, or an aggregate behind focus, reads focus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkbench } from '../../core/api/service.ts';
import { drill, rebuildPivotAggregates } from '../../core/engines/pivot/index.ts';
import type { SqlQuery } from '../../core/sql/index.ts';
import { insertLines, tinyOrgWorkspace, type TempWorkspace } from './pivot-fixture.ts';

let t: TempWorkspace;
const statements: string[] = [];
beforeAll(async () => {
  t = await tinyOrgWorkspace();
  await rebuildPivotAggregates(t.ws.db);
  // every statement the shared connection runs, to see which table answered
  const db = t.ws.db;
  const read = db.read.bind(db);
  const run = db.run.bind(db);
  db.read = (q: SqlQuery) => (statements.push(q.text), read(q));
  db.run = (q: SqlQuery) => (statements.push(q.text), run(q));
});
afterAll(() => t.dispose());

const COLUMNS = ['ChargePeriodStart', 'ServiceName', 'EffectiveCost'];
const byAccount = { kind: 'pivot', rows: ['SubAccountName', 'ServiceName'], columns: ['month'] } as const;
/** Statements since the last call that summed or counted focus itself. */
function focusScans(): string[] {
  const scans = statements.filter((s) => /FROM "?focus"? (WHERE|GROUP BY)/.test(s) && /count\(\*\)|sum\(/.test(s));
  statements.length = 0;
  return scans;
}

describe('drill-down totals from the daily aggregate', () => {
  it('counts a cell, an Other bucket and a tag cell there, to the cent, equal to their lines', async () => {
    focusScans();
    // prod EC2 in March: 100 and the -20 credit
    const march = await drill(t.ws.db, { spec: byAccount, cell: { rows: ['prod', 'Amazon EC2'], columns: ['2026-03'] }, columns: COLUMNS });
    expect(march.totals).toEqual({ lines: 2, cost: 80 });
    expect(march.rows.map((r) => r.EffectiveCost)).toEqual([100, -20]);
    // top 2 services by effective cost: EC2 340.50, RDS 310; the rest: S3 10.25 + 5.005 + 5.005, Lambda 1.111, CloudWatch 0.005 + 0.005
    const top2 = { kind: 'pivot', rows: ['ServiceName'], topN: [{ dimension: 'ServiceName', n: 2 }] } as const;
    const other = await drill(t.ws.db, { spec: top2, cell: { rows: [{ other: true }] }, columns: COLUMNS });
    expect(other.totals).toEqual({ lines: 6, cost: 21.381 });
    expect(other.rows.map((r) => r.EffectiveCost)).toEqual([10.25, 5.005, 5.005, 1.111, 0.005, 0.005]);
    // Team payments: prod EC2 80, 90, 100, -20; prod S3 10.25; dev CloudWatch 0.005
    const team = await drill(t.ws.db, { spec: { kind: 'pivot', rows: ['tag:Team'] }, cell: { rows: ['payments'] }, columns: COLUMNS });
    expect(team.totals).toEqual({ lines: 6, cost: 260.255 });
    expect(team.rows.map((r) => r.EffectiveCost)).toEqual([80, 10.25, 90, 0.005, 100, -20]);
    expect(focusScans()).toEqual([]);
  });

  it('pages a cell in line order without sorting it, each line once', async () => {
    const cell = { rows: ['prod'], columns: [] };
    const first = await drill(t.ws.db, { spec: byAccount, cell, offset: 0, limit: 5, columns: COLUMNS });
    const rest = await drill(t.ws.db, { spec: byAccount, cell, offset: 5, limit: 5, columns: COLUMNS, withTotals: false });
    // prod's lines as inserted: EC2 80, S3 10.25, RDS 150, EC2 90, Lambda 1.111 | CloudWatch 0.005, EC2 100, EC2 -20, RDS 160
    expect(first.rows.map((r) => r.EffectiveCost)).toEqual([80, 10.25, 150, 90, 1.111]);
    expect(rest.rows.map((r) => r.EffectiveCost)).toEqual([0.005, 100, -20, 160]);
    expect(first.totals).toEqual({ lines: 9, cost: 571.366 });
    expect(rest.rows[0]).toEqual({ ChargePeriodStart: '2026-02-21T00:00:00Z', ServiceName: 'Amazon CloudWatch', EffectiveCost: 0.005 });
  });

  it('counts focus when a grid filter narrows the cell', async () => {
    focusScans();
    const r = await drill(t.ws.db, { spec: byAccount, cell: { rows: ['prod'] }, where: [{ column: 'EffectiveCost', op: 'gt', value: 95 }], columns: COLUMNS });
    // prod lines above 95: RDS 150, EC2 100, RDS 160
    expect(r.totals).toEqual({ lines: 3, cost: 410 });
    expect(focusScans()).toHaveLength(1);
  });
});

describe('the Data view summary from the daily aggregate', () => {
  it('gives the periods and totals by hand, from the aggregate while it is fresh, from focus after it is not', async () => {
    const api = createWorkbench(t.ws);
    focusScans();
    const info = await api.info({});
    expect(focusScans()).toEqual([]);
    // January: billed 100 + 50.50 + 10.25 + 200, effective 80 + 50.50 + 10.25 + 150; February: 110 + 40 + 5.005 + 5.005 +
    // 1.111 + 0.005 + 0.005 (161.131), effective 90 + 40 + ... (141.131); March: 120 - 20 + 200, effective 100 - 20 + 160
    expect(info.periods.map((p) => [p.billingPeriod, p.billingAccountId, p.currency, p.rows, p.billedCost, p.effectiveCost])).toEqual([
      ['2026-01', '111111111111', 'USD', 4, 360.75, 290.75],
      ['2026-02', '111111111111', 'USD', 7, 161.13, 141.13],
      ['2026-03', '111111111111', 'USD', 3, 300, 240],
    ]);
    expect(info.totals).toEqual([{ currency: 'USD', rows: 14, billedCost: 821.88, effectiveCost: 671.88 }]);
    expect(info.rows).toBe(14);
    // a line written straight into focus leaves the aggregate behind: the summary reads focus and counts it
    await insertLines(t.ws, [['2026-03-25 00:00:00', 'Amazon EC2', 'prod', 'us-east-1', '7', '7', '7', '7', '1', 'Usage', null]]);
    focusScans();
    const after = await api.info({});
    expect(focusScans()).toHaveLength(2);
    expect(after.totals).toEqual([{ currency: 'USD', rows: 15, billedCost: 828.88, effectiveCost: 678.88 }]);
  });
});
