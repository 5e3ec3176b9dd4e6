// Db.chunks under other calls on the same connection (the review pack's anomaly detection while the
// app's other views query): every row arrives. A streamed result ended early, silently, as soon as
// another statement ran on the connection, and the engine read 2,048 rows as the whole result.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { sql } from '../sql/index.ts';
import { Workspace } from './workspace.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('reads every row of a result while other statements run on the same connection', async () => {
  dir = mkdtempSync(join(tmpdir(), 'fw-chunks-'));
  const ws = await Workspace.open(join(dir, 'w.duckdb'));
  try {
    let rows = 0;
    let sum = 0n;
    const others: Promise<unknown>[] = [];
    await ws.db.chunks(sql`SELECT range AS i FROM range(100000)`, (chunk) => {
      const v = chunk.getColumnVector(0);
      for (let r = 0; r < chunk.rowCount; r++) sum += BigInt(v.getItem(r) as bigint);
      rows += chunk.rowCount;
      // another call's statement on the shared connection, between two chunks
      others.push(ws.db.value(sql`SELECT 42`));
    });
    await Promise.all(others);
    // 0 + 1 + ... + 99,999, by hand: 99,999 × 100,000 / 2
    expect(rows).toBe(100_000);
    expect(sum).toBe(4_999_950_000n);
  } finally {
    ws.close();
  }
});
