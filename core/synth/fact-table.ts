// The lines of the part being written, in a DuckDB table: narrow (ids and integer amounts),
// appended 2048 rows at a time through data chunks, so generating millions of lines costs
// little beyond the numbers themselves. Writers join it to the dimension lists on output.
import { DOUBLE, INTEGER, SMALLINT, UTINYINT, DuckDBDataChunk, type DuckDBAppender, type DuckDBConnection, type DuckDBType } from '@duckdb/node-api';
import type { Line, LineSink } from './lines.ts';
import { DOUBLE_SAFE, assertDoubleSafe } from './money.ts';

const COLUMNS: [string, DuckDBType][] = [
  ['seq', INTEGER], ['kind', UTINYINT], ['item', INTEGER], ['cmt', SMALLINT], ['per', INTEGER],
  ['amount', DOUBLE], ['unblended', DOUBLE], ['effective', DOUBLE], ['list', DOUBLE],
  ['m1', DOUBLE], ['m2', DOUBLE], ['m3', DOUBLE], ['m4', DOUBLE], ['m5', DOUBLE],
];
const CHUNK = 2048;


export class FactTable implements LineSink {
  private appender: DuckDBAppender | null = null;
  private readonly cols: Float64Array[] = COLUMNS.map(() => new Float64Array(CHUNK));
  private n = 0;
  private seq = 0;
  /** Rows in the table now (appended chunks plus the open one). */
  rows = 0;

  private constructor(
    private readonly conn: DuckDBConnection,
    readonly name: string,
  ) {}

  /** A fact table with a connection of its own, so it can be refilled while another is written out. */
  static async create(conn: DuckDBConnection, name: string): Promise<FactTable> {
    const t = new FactTable(conn, name);
    await t.reset();
    return t;
  }

  push(l: Line): void {
    if (Math.abs(l.unblended) >= DOUBLE_SAFE) assertDoubleSafe(l.unblended, 'a line cost');
    const i = this.n;
    const c = this.cols;
    (c[0] as Float64Array)[i] = this.seq++;
    (c[1] as Float64Array)[i] = l.kind;
    (c[2] as Float64Array)[i] = l.item;
    (c[3] as Float64Array)[i] = l.cmt;
    (c[4] as Float64Array)[i] = l.per;
    (c[5] as Float64Array)[i] = l.amount;
    (c[6] as Float64Array)[i] = l.unblended;
    (c[7] as Float64Array)[i] = l.effective;
    (c[8] as Float64Array)[i] = l.list;
    (c[9] as Float64Array)[i] = l.m1;
    (c[10] as Float64Array)[i] = l.m2;
    (c[11] as Float64Array)[i] = l.m3;
    (c[12] as Float64Array)[i] = l.m4;
    (c[13] as Float64Array)[i] = l.m5;
    this.n++;
    this.rows++;
    if (this.n === CHUNK) this.appendChunk();
  }

  private appendChunk(): void {
    if (this.n === 0 || !this.appender) return;
    const chunk = DuckDBDataChunk.create(COLUMNS.map(([, t]) => t), this.n);
    COLUMNS.forEach((_, ci) => {
      const v = chunk.getColumnVector(ci);
      const src = this.cols[ci] as Float64Array;
      const nullable = ci === 3 || ci >= 9;
      for (let r = 0; r < this.n; r++) {
        const x = src[r] as number;
        if (nullable && (Number.isNaN(x) || (ci === 3 && x < 0))) v.setItem(r, null);
        else v.setItem(r, x);
      }
      v.flush();
    });
    this.appender.appendDataChunk(chunk);
    this.n = 0;
  }

  /** Makes every pushed line visible to SQL. */
  flush(): void {
    this.appendChunk();
    this.appender?.flushSync();
  }

  /** Empties the table for the next part (sequence numbers go on). */
  async reset(): Promise<void> {
    this.appender?.closeSync();
    await this.conn.run(`CREATE OR REPLACE TABLE ${this.name} (${COLUMNS.map(([n, t]) => `${n} ${t.toString()}`).join(', ')})`);
    this.appender = await this.conn.createAppender(this.name);
    this.rows = 0;
  }

  close(): void {
    this.appender?.closeSync();
    this.appender = null;
    this.conn.closeSync();
  }
}
