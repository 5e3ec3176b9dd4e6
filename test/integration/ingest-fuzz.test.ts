// Seeded fuzzing of ingest (issue 8, "Done when"): the real samples in each format, with bytes
// flipped and tails cut, must each give a clean load or a coded, short error; a refused file leaves
// the workspace exactly as it was (focus, imports, saved_views); and browser mode keeps answering
// with the same workspace. Bounded: a fixed number of cases from a fixed seed. A fuzzed file that
// loads is not held to `validate` (expectConformant): a flipped byte makes values no bill has.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../core/api/errors.ts';
import { pivotSpecSchema } from '../../core/engines/pivot/spec.ts';
import { raw, sql } from '../../core/sql/index.ts';
import { generate } from '../../core/synth/index.ts';
import { write } from '../support/files.ts';
import { openTestWorkspace, SHARED_DATA, tempDir, type TestWorkspace } from '../support/workspace.ts';
import { callApi, startHarness, type Harness } from './server-support.ts';

const SEED = 20261201;
const CASES_PER_SAMPLE = 5;
const MAX_MESSAGE = 1500;

/** mulberry32: a small seeded generator, so a failing case can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

interface Sample {
  name: string;
  bytes: Buffer;
}

interface Mutation {
  label: string;
  bytes: Buffer;
}

function mutations(sample: Sample, random: () => number): Mutation[] {
  const out: Mutation[] = [];
  for (let i = 0; i < CASES_PER_SAMPLE; i++) {
    const b = Buffer.from(sample.bytes);
    if (i % 3 === 2) {
      const keep = 1 + Math.floor(random() * (b.length - 1));
      out.push({ label: `${sample.name} cut to ${keep} bytes`, bytes: b.subarray(0, keep) });
    } else {
      const at = Math.floor(random() * b.length);
      const mask = 1 + Math.floor(random() * 255);
      b[at]! ^= mask;
      out.push({ label: `${sample.name} byte ${at} ^ 0x${mask.toString(16)}`, bytes: b });
    }
  }
  return out;
}

const CODES = new Set<string>(Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL));

function expectCoded(label: string, err: unknown): void {
  const e = err as { code?: unknown; message?: unknown };
  expect(typeof e.code === 'string' && (CODES.has(e.code) || /^[A-Z]+(_[A-Z]+)+$/.test(e.code)) && e.code !== 'INTERNAL', `${label}: coded error, got ${String(e.code)}: ${String(e.message).slice(0, 300)}`).toBe(true);
  expect(String(e.message).length, `${label}: message length`).toBeLessThan(MAX_MESSAGE);
}

let dir: string;
let samples: Sample[];

beforeAll(async () => {
  dir = tempDir('fw-fuzz-');
  const legacy = readFileSync(join(SHARED_DATA, 'aws-cur-legacy-sample', 'sample-anonymous-aws-export-dataset.csv'));
  const generated = await generate({ out: join(dir, 'gen'), format: 'cur2-parquet', months: 1, scale: 1500, seed: 3, metrics: false });
  const parquet = join(generated.billingDir, generated.files.find((f) => f.endsWith('.parquet'))!);
  samples = [
    { name: 'legacy.csv', bytes: legacy },
    { name: 'legacy.csv.gz', bytes: gzipSync(legacy) },
    { name: 'focus.csv', bytes: readFileSync(join(SHARED_DATA, 'focus-sample-1.0', 'focus_sample_1000.csv')) },
    { name: 'cur2.parquet', bytes: readFileSync(parquet) },
  ];
}, 60_000);

describe('fuzzed samples, in process', () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await openTestWorkspace();
    await t.api.saveView({ name: 'kept', spec: pivotSpecSchema.parse({ kind: 'pivot', rows: ['ServiceName'] }), overwrite: false });
  });
  afterAll(() => t.close());

  /** Everything the workspace holds that a refused import must not touch. */
  async function contents(): Promise<unknown> {
    // fixed test constants, not user input: raw() is the door for those
    const digest = async (table: string, order: string) =>
      t.ws.db.value(sql`SELECT md5(coalesce(string_agg(CAST(x AS VARCHAR), chr(10) ORDER BY ${raw(order)}), '')) FROM ${raw(table)} AS x`);
    return { focus: await digest('focus', 'CAST(x AS VARCHAR)'), imports: await digest('imports', 'x.id'), views: await digest('saved_views', 'x.name') };
  }

  it('each mutation loads cleanly or is refused with a code, leaving the workspace as it was', async () => {
    const random = rng(SEED);
    let loaded = 0;
    let refused = 0;
    for (const sample of samples) {
      for (const m of mutations(sample, random)) {
        const before = await contents();
        const path = write(join(dir, 'cases', `${loaded + refused}-${sample.name}`), m.bytes);
        const outcome = await t.api.ingest({ paths: [path] }).then(
          () => null,
          (err: unknown) => err,
        );
        if (outcome === null) {
          loaded++;
          continue;
        }
        refused++;
        expectCoded(m.label, outcome);
        expect(await contents(), `${m.label}: workspace unchanged`).toEqual(before);
      }
    }
    expect(loaded + refused).toBe(samples.length * CASES_PER_SAMPLE);
    expect(refused).toBeGreaterThan(0);
  }, 120_000);
});

describe('fuzzed samples, browser mode', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('a refused file leaves the server answering, on the same workspace', async () => {
    const focus = join(h.dir, 'focus.csv');
    copyFileSync(join(SHARED_DATA, 'focus-sample-1.0', 'focus_sample_1000.csv'), focus);
    expect((await callApi(h, 'ingest', { paths: [focus] })).json().ok).toBe(true);
    const info = (await callApi(h, 'info', {})).json().result;
    const random = rng(SEED + 1);
    const legacy = samples[0]!.bytes;
    // a flipped byte in the deflate data, invalid UTF-8 in the middle of a row, a cut Parquet footer
    const gz = gzipSync(legacy);
    gz[Math.floor(gz.length / 3)]! ^= 0x5a;
    const utf = Buffer.from(legacy);
    utf[202_766] = 0xe2;
    const parquet = samples[3]!.bytes.subarray(0, samples[3]!.bytes.length - 1 - Math.floor(random() * 64));
    for (const [name, bytes] of [['flipped.csv.gz', gz], ['latin.csv', utf], ['cut.parquet', parquet]] as const) {
      const answer = (await callApi(h, 'ingest', { paths: [write(join(h.dir, name), bytes)] })).json();
      expect(answer.ok, name).toBe(false);
      expectCoded(name, answer.error);
      const now = (await callApi(h, 'info', {})).json();
      expect(now.ok, `${name}: the server still answers`).toBe(true);
      expect(now.result.path).toBe(info.path);
      expect(now.result.totals).toEqual(info.totals);
      expect(now.result.imports).toEqual(info.imports);
    }
  }, 60_000);
});
