// Progress is reported in rows and bytes while a file loads, and cancelling mid-load leaves the
// workspace exactly as it was.
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../core/api/progress.ts';
import { curCsv, write } from '../support/files.ts';
import { expectConformant } from '../support/expect-conformant.ts';
import { openTestWorkspace, query, type TestWorkspace } from '../support/workspace.ts';

const ROWS = 800_000;

/** A legacy CUR CSV of ROWS usage lines of 0.01 each, written by DuckDB (not by the code under test). */
async function bigCur(path: string): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run(`COPY (SELECT 'id' || range AS "identity/LineItemId", '111111111111' AS "bill/PayerAccountId", '2025-11-01T00:00:00Z' AS "bill/BillingPeriodStartDate",
      '2025-12-01T00:00:00Z' AS "bill/BillingPeriodEndDate", '222222222222' AS "lineItem/UsageAccountId", 'Usage' AS "lineItem/LineItemType",
      '2025-11-02T00:00:00Z' AS "lineItem/UsageStartDate", '2025-11-02T01:00:00Z' AS "lineItem/UsageEndDate", 'AmazonEC2' AS "lineItem/ProductCode",
      '1' AS "lineItem/UsageAmount", 'USD' AS "lineItem/CurrencyCode", '0.01' AS "lineItem/UnblendedCost" FROM range(${ROWS})) TO '${path}' (FORMAT csv, HEADER)`);
  c.closeSync();
  db.closeSync();
}

describe('progress and cancellation', () => {
  let t: TestWorkspace;
  let big: string;
  beforeAll(async () => {
    t = await openTestWorkspace();
    await t.api.ingest({ paths: [write(join(t.dir, 'small.csv'), curCsv([{ id: 's', month: '2025-10', cost: '5.00' }]))] });
    big = join(t.dir, 'big.csv');
    await bigCur(big);
  });
  afterAll(() => t.close());

  it('cancelling mid-load leaves the workspace as it was', async () => {
    const controller = new AbortController();
    const seen: Progress[] = [];
    const run = t.api.ingest({ paths: [big] }, {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        if (p.phase === 'load') controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(seen.some((p) => p.phase === 'load')).toBe(true);
    expect(await query(t.api, 'SELECT count(*) AS n FROM focus')).toEqual([{ n: 1 }]);
    expect((await t.api.listImports({})).imports).toHaveLength(1);
  });

  it('reports rows and bytes as it goes, ending at the whole file', async () => {
    const seen: Progress[] = [];
    const r = await t.api.ingest({ paths: [big] }, { onProgress: (p) => seen.push(p) });
    expect(r.rowsLoaded).toBe(ROWS);
    const loads = seen.filter((p) => p.phase === 'load');
    expect(loads.length).toBeGreaterThan(1);
    const bytes = loads.map((p) => p.bytesDone ?? 0);
    expect([...bytes].sort((a, b) => a - b)).toEqual(bytes);
    expect(loads.at(-1)).toMatchObject({ rowsDone: ROWS, fraction: 1 });
    expect(loads.at(-1)!.bytesTotal).toBe(loads.at(-1)!.bytesDone);
    expect(seen.at(-1)).toMatchObject({ phase: 'done', rowsDone: ROWS });
    // 800,000 lines of 0.01
    expect(await query(t.api, `SELECT sum(BilledCost)::VARCHAR AS billed FROM focus WHERE BillingPeriodStart = '2025-11-01'`)).toEqual([{ billed: '8000.000000000000' }]);
    await expectConformant(t.api);
  });
});
