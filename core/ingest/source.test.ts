// The fast paths of text -> money must give exactly what the direct DECIMAL(38, 12) cast gives.
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { SourceColumns } from './source.ts';

describe('text to money', () => {
  it('equals the direct cast for small, large, long and scientific values', async () => {
    const values = ['0.0000000133', '1', '-2.5', '999999.999999999999', '1000000', '1234567.25', '-98765432.1234', '12345678.123456789', '2.3E-5', '1.5E+7', '0.1234567890125', ' 7.5 ', ''];
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run('CREATE TABLE t (v VARCHAR)');
    for (const v of values) await c.run('INSERT INTO t VALUES ($1)', [v]);
    const expr = new SourceColumns([{ name: 'v', type: 'VARCHAR' }]).num('v');
    const rows = (await c.runAndReadAll(`SELECT v, (${expr.text})::VARCHAR AS ours, CAST(NULLIF(trim(v), '') AS DECIMAL(38, 12))::VARCHAR AS direct FROM t`, [...expr.params] as string[])).getRowObjectsJson();
    for (const r of rows) expect(r.ours, `value ${JSON.stringify(r.v)}`).toBe(r.direct);
    expect(rows.find((r) => r.v === '12345678.123456789')?.ours).toBe('12345678.123456789000');
    c.closeSync();
    db.closeSync();
  });
});

describe('text to UTC timestamps', () => {
  it('converts offsets to UTC and reads Z and naive times as UTC', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run("SET TimeZone = 'UTC'");
    const expr = new SourceColumns([{ name: 'v', type: 'VARCHAR' }]).ts('v');
    const cases: [string, string][] = [
      ['2023-11-01T00:00:00.000Z', '2023-11-01 00:00:00'],
      ['2023-11-01T00:00:00Z', '2023-11-01 00:00:00'],
      ['2024-09-18 23:00:00', '2024-09-18 23:00:00'],
      ['2023-11-01T00:00:00-05:00', '2023-11-01 05:00:00'],
      ['2023-11-01T02:00:00+0200', '2023-11-01 00:00:00'],
      ['2023-11-01T00:00:00+01', '2023-10-31 23:00:00'],
      ['2023-11-01', '2023-11-01 00:00:00'],
    ];
    for (const [input, expected] of cases) {
      const r = await c.runAndReadAll(`SELECT (${expr.text.replaceAll('"v"', '$1::VARCHAR')})::VARCHAR AS t`, [input]);
      expect(r.getRowObjectsJson()[0]?.t, input).toBe(expected);
    }
    c.closeSync();
    db.closeSync();
  });
});

describe('binary floats to money', () => {
  it('keeps the decimal value a DOUBLE was written from, large or small', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run('CREATE TABLE t (v DOUBLE)');
    const values = ['12345.67', '9007.19925474', '1234567.89', '0.0000001', '98765432.1', '0.1', '-45000.05', '1.5e7'];
    for (const v of values) await c.run(`INSERT INTO t VALUES (${v})`);
    const expr = new SourceColumns([{ name: 'v', type: 'DOUBLE' }]).num('v');
    const rows = (await c.runAndReadAll(`SELECT (${expr.text})::VARCHAR AS ours FROM t`, [...expr.params] as string[])).getRowObjectsJson();
    expect(rows.map((r) => r.ours)).toEqual([
      '12345.670000000000',
      '9007.199254740000',
      '1234567.890000000000',
      '0.000000100000',
      '98765432.100000000000',
      '0.100000000000',
      '-45000.050000000000',
      '15000000.000000000000',
    ]);
    c.closeSync();
    db.closeSync();
  });
});
