// Writing the bill in parts while it is generated. Lines go into one of two fact tables; when a
// part is full (or the month ends) its table is written out by a COPY on a connection of its own,
// while the simulation goes on filling the other table: DuckDB writes on its threads as the
// lines are made. At most one COPY runs at a time, so parts are written in order. A format whose
// parts are gzipped in Node (legacy CUR CSV) has each part compressed while the next is being
// written: at most two parts' plain text exist at once in the work folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { gzipPart } from './gzip-part.ts';
import { FactTable } from './fact-table.ts';
import { loadPeriods } from './dims.ts';
import type { Periods } from './calendar.ts';
import type { Line, LineSink } from './lines.ts';
import type { FormatWriter } from './writers/format.ts';
import type { PartContext } from './writers/sql.ts';

export interface PartProgress {
  part: string;
  linesWritten: number;
}

export class PartWriter implements LineSink {
  readonly files: string[] = [];
  linesWritten = 0;
  writeMs = 0;
  private active = 0;
  private pending: Promise<void> = Promise.resolve();
  /** Gzip of the last part handed to Node, and of the one before it. */
  private gzipping: Promise<void> = Promise.resolve();
  private gzippingBefore: Promise<void> = Promise.resolve();
  private failure: unknown = null;
  private monthParts: string[] = [];
  private loadedPeriods = -1;

  private constructor(
    private readonly tables: [FactTable, FactTable],
    private readonly copyConn: DuckDBConnection,
    private readonly writer: FormatWriter,
    private readonly billingDir: string,
    private readonly work: string,
    private readonly periods: Periods,
    private readonly partRows: number,
    private readonly onPart?: (p: PartProgress) => void,
  ) {}

  static async create(
    instance: DuckDBInstance,
    o: { writer: FormatWriter; billingDir: string; work: string; periods: Periods; partRows: number; onPart?: (p: PartProgress) => void },
  ): Promise<PartWriter> {
    const tables: [FactTable, FactTable] = [await FactTable.create(await instance.connect(), 'facts_a'), await FactTable.create(await instance.connect(), 'facts_b')];
    return new PartWriter(tables, await instance.connect(), o.writer, o.billingDir, o.work, o.periods, o.partRows, o.onPart);
  }

  push(line: Line): void {
    (this.tables[this.active] as FactTable).push(line);
  }

  /** After a step: starts writing the part if it is full. */
  async maybeWrite(ctx: PartContext): Promise<void> {
    if ((this.tables[this.active] as FactTable).rows >= this.partRows) await this.startPart(ctx);
  }

  /** After the month's last line: writes its last part, waits for it, then the month's manifest. */
  async endMonth(ctx: PartContext): Promise<void> {
    await this.startPart(ctx);
    await this.settle();
    const manifest = this.writer.manifest(ctx, this.monthParts);
    if (manifest) {
      const path = join(this.billingDir, manifest.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, `${JSON.stringify(manifest.json, null, 2)}\n`);
      this.files.push(manifest.path);
    }
    this.monthParts = [];
  }

  private async settle(): Promise<void> {
    await this.pending;
    if (this.failure) throw this.failure;
  }

  private async startPart(ctx: PartContext): Promise<void> {
    const table = this.tables[this.active] as FactTable;
    table.flush();
    if (table.rows === 0) return;
    await this.settle();
    if (this.periods.starts.length !== this.loadedPeriods) {
      await loadPeriods(this.copyConn, this.work, this.periods);
      this.loadedPeriods = this.periods.starts.length;
    }
    const rel = this.writer.partPath(ctx, this.monthParts.length + 1);
    this.monthParts.push(rel);
    this.files.push(rel);
    const path = join(this.billingDir, rel);
    mkdirSync(dirname(path), { recursive: true });
    const rows = table.rows;
    const done = (): void => {
      this.linesWritten += rows;
      this.onPart?.({ part: rel, linesWritten: this.linesWritten });
    };
    const plain = this.writer.gzipAfterWrite ? join(this.work, `part-${this.files.length}.csv`) : path;
    // Bounds the work folder: part n is written only once part n-2 is compressed.
    const room = this.gzippingBefore;
    this.pending = (async () => {
      await room;
      const t0 = Date.now();
      await this.writer.writePart(this.copyConn, { ...ctx, factTable: table.name }, plain);
      this.writeMs += Date.now() - t0;
      await table.reset();
      if (plain === path) return done();
      const previous = this.gzipping;
      this.gzippingBefore = previous;
      this.gzipping = (async () => {
        await previous;
        const t1 = Date.now();
        await gzipPart(plain, path);
        this.writeMs += Date.now() - t1;
        done();
      })().catch((err: unknown) => {
        this.failure = err;
      });
    })().catch((err: unknown) => {
      this.failure = err;
    });
    this.active = 1 - this.active;
  }

  async close(): Promise<void> {
    await this.pending;
    await this.gzipping;
    for (const t of this.tables) t.close();
    this.copyConn.closeSync();
    // A part that failed to compress after the last settle() must not pass for written.
    if (this.failure) throw this.failure;
  }
}
