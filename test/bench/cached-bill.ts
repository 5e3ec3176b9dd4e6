// A generated CUR 2.0 Parquet bill (3 months, seed 1), kept in .cache/bench/ and rebuilt when the
// generator's code changes; shared by the ingest and scale benches. It is generated in a child
// process of its own (this file, `--phase generate`), so its memory counts against no measurement.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate, type GenerateResult } from '../../core/synth/index.ts';
import { phaseMain, runPhase } from './phases.ts';

const FILE = fileURLToPath(import.meta.url);
const SYNTH_DIR = join(import.meta.dirname, '..', '..', 'core', 'synth');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await phaseMain({
    generate: async (a: { out: string; lines: number }) => generate({ out: a.out, format: 'cur2-parquet', scale: a.lines, months: 3, seed: 1, metrics: false }),
  });
}

/** A digest of the generator's code: the cached bill is rebuilt when it changes. */
export function generatorVersion(): string {
  const h = createHash('sha256');
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((x, y) => x.name.localeCompare(y.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) h.update(e.name).update(readFileSync(p));
    }
  };
  walk(SYNTH_DIR);
  return h.digest('hex').slice(0, 12);
}

export const benchCacheDir = (): string => join(process.cwd(), '.cache', 'bench');

/** The bill of about `lines` CUR lines, generated on first use. */
export async function cachedBill(lines: number, log: (s: string) => void): Promise<GenerateResult> {
  const cache = benchCacheDir();
  const name = `synth-cur2-${lines}-${generatorVersion()}`;
  const dir = join(cache, name);
  const done = join(dir, 'result.json');
  if (existsSync(done)) return JSON.parse(readFileSync(done, 'utf8')) as GenerateResult;
  mkdirSync(cache, { recursive: true });
  // bills of earlier generator versions are stale: drop them
  for (const old of readdirSync(cache)) if (old.startsWith(`synth-cur2-${lines}-`) && old !== name) rmSync(join(cache, old), { recursive: true, force: true });
  const building = `${dir}.building`;
  rmSync(building, { recursive: true, force: true });
  const gen = await runPhase<GenerateResult>(FILE, 'generate', { out: building, lines });
  log(`  generated ${gen.value.lines.toLocaleString('en-US')} CUR 2.0 lines in ${gen.seconds.toFixed(1)} s, peak RSS ${(gen.peakRssBytes / 1e9).toFixed(2)} GB (kept in ${dir})`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  const result: GenerateResult = { ...gen.value, out: dir, billingDir: join(dir, 'billing'), truthPath: join(dir, 'truth.json') };
  writeFileSync(done, JSON.stringify(result));
  return result;
}

/** The bill's Parquet data files (not its manifests). */
export const billDataFiles = (bill: GenerateResult): string[] => bill.files.filter((f) => f.endsWith('.parquet')).map((f) => join(bill.billingDir, f));
