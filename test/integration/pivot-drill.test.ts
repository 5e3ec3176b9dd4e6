// Drill-down pages come from a per-cell copy after the first page: later pages, other sorts and
// changed data must still give exactly the lines a direct query gives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drill } from '../../core/engines/pivot/index.ts';
import { insertLines, tinyOrgWorkspace, type TempWorkspace } from './pivot-fixture.ts';

let t: TempWorkspace;
beforeAll(async () => {
  t = await tinyOrgWorkspace();
});
afterAll(() => t.dispose());

const spec = { kind: 'pivot', rows: ['SubAccountName', 'ServiceName'], columns: ['month'] };
const page = (offset: number, limit: number, sort: { column: string; direction: 'asc' | 'desc' }[], cell = { rows: ['prod'], columns: [] as string[] }) =>
  drill(t.ws.db, { spec, cell, offset, limit, sort, columns: ['ChargePeriodStart', 'ServiceName', 'EffectiveCost'], withTotals: offset === 0 });

describe('drill-down pages', () => {
  it('pages the prod lines by cost, then by date, then by service', async () => {
    // prod lines by EffectiveCost: RDS 160, RDS 150, EC2 100, EC2 90, EC2 80, S3 10.25, Lambda 1.111, CloudWatch 0.005, EC2 -20
    const first = await page(0, 4, [{ column: 'EffectiveCost', direction: 'desc' }]);
    expect(first.totals).toEqual({ lines: 9, cost: 571.366 });
    expect(first.rows.map((r) => r.EffectiveCost)).toEqual([160, 150, 100, 90]);
    const rest = await page(4, 10, [{ column: 'EffectiveCost', direction: 'desc' }]);
    expect(rest.rows.map((r) => r.EffectiveCost)).toEqual([80, 10.25, 1.111, 0.005, -20]);
    const byDate = await page(0, 3, [{ column: 'ChargePeriodStart', direction: 'asc' }]);
    expect(byDate.rows.map((r) => r.ChargePeriodStart)).toEqual(['2026-01-05T10:00:00Z', '2026-01-10T00:00:00Z', '2026-01-31T23:00:00Z']);
    const byService = await page(0, 9, [{ column: 'ServiceName', direction: 'asc' }, { column: 'EffectiveCost', direction: 'asc' }]);
    expect(byService.rows.map((r) => `${r.ServiceName} ${r.EffectiveCost}`)).toEqual([
      'AWS Lambda 1.111', 'Amazon CloudWatch 0.005', 'Amazon EC2 -20', 'Amazon EC2 80', 'Amazon EC2 90', 'Amazon EC2 100', 'Amazon RDS 150', 'Amazon RDS 160', 'Amazon S3 10.25',
    ]);
  });

  it('never serves lines from before the data changed', async () => {
    await page(0, 100, []);
    await insertLines(t.ws, [['2026-03-25 00:00:00', 'Amazon EC2', 'prod', 'us-east-1', '7', '7', '7', '7', '1', 'Usage', null]]);
    const after = await page(0, 100, []);
    expect(after.totals).toEqual({ lines: 10, cost: 578.366 });
    expect(after.rows.map((r) => r.EffectiveCost)).toContain(7);
  });

  it('keeps pages right while cells come and go from the cache', async () => {
    const cells = [['prod'], ['dev'], ['prod', 'Amazon EC2'], ['dev', 'Amazon S3'], ['prod']];
    const counts = [];
    for (const rows of cells) counts.push((await page(0, 100, [], { rows, columns: [] })).rows.length);
    // prod 10 lines (with the one added above), dev 5, prod EC2 5, dev S3 2
    expect(counts).toEqual([10, 5, 5, 2, 10]);
    const feb = await page(0, 100, [], { rows: ['dev'], columns: ['2026-02'] });
    expect(feb.rows.map((r) => r.ServiceName)).toEqual(['Amazon EC2', 'Amazon S3', 'Amazon S3', 'Amazon CloudWatch']);
  });

  it('answers pages asked for at the same time, as a grid does while sorts and cells change', async () => {
    // the grid keeps two requests in flight: two new sorts of one cell, and cells copied while
    // another evicts them, must each get their own lines (not a table of the same name, nor one dropped)
    const desc = [{ column: 'EffectiveCost', direction: 'desc' as const }];
    const asc = [{ column: 'EffectiveCost', direction: 'asc' as const }];
    const [byCostDown, byCostUp, byDate] = await Promise.all([
      page(0, 3, desc, { rows: ['dev'], columns: [] }),
      page(0, 3, asc, { rows: ['dev'], columns: [] }),
      page(0, 2, [{ column: 'ChargePeriodStart', direction: 'desc' }], { rows: ['dev'], columns: [] }),
    ]);
    // dev lines by EffectiveCost: EC2 50.50 (Jan 20), EC2 40 (Feb 14), S3 5.005 (Feb 15 and 16), CloudWatch 0.005 (Feb 22)
    expect(byCostDown.rows.map((r) => r.EffectiveCost)).toEqual([50.5, 40, 5.005]);
    expect(byCostUp.rows.map((r) => r.EffectiveCost)).toEqual([0.005, 5.005, 5.005]);
    expect(byDate.rows.map((r) => r.ChargePeriodStart)).toEqual(['2026-02-22T00:00:00Z', '2026-02-16T00:00:00Z']);
    const cells = [['prod', 'Amazon RDS'], ['dev', 'Amazon EC2'], ['prod', 'Amazon S3'], ['dev', 'Amazon S3'], ['prod', 'AWS Lambda'], ['dev', 'Amazon CloudWatch']];
    const sizes = await Promise.all(cells.map((rows) => page(0, 100, desc, { rows, columns: [] }).then((r) => r.rows.length)));
    // prod RDS 2 lines, dev EC2 2, prod S3 1, dev S3 2, prod Lambda 1, dev CloudWatch 1
    expect(sizes).toEqual([2, 2, 1, 2, 1, 1]);
  });
});
