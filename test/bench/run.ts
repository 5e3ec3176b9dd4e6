// `npm run bench [-- NAME...] [--json]`: every test/bench/*.bench.ts, one after another, each in
// its own process (so one bench's memory never counts against the next). Each bench prints its
// figures and its ratio to a baseline measured in the same run on stderr; `--json` prints all
// results as one JSON document on stdout and in .cache/bench/results.json (npm prints its own
// banner on stdout: use `npm run -s bench -- --json` to pipe it). NAME picks benches by file name.
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = import.meta.dirname;
const args = process.argv.slice(2);
const json = args.includes('--json');
const wanted = args.filter((a) => !a.startsWith('--'));

const files = readdirSync(DIR).filter((f) => f.endsWith('.bench.ts')).sort();
const chosen = files.filter((f) => wanted.length === 0 || wanted.includes(f.replace('.bench.ts', '')));
if (chosen.length === 0) {
  process.stderr.write(`no bench named ${wanted.join(', ')}; there are: ${files.map((f) => f.replace('.bench.ts', '')).join(', ')}\n`);
  process.exit(2);
}

interface Outcome {
  bench: string;
  seconds: number;
  ok: boolean;
  result: unknown;
}

function runBench(file: string): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(DIR, file), '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (out += d));
    child.on('close', (code) => {
      let result: unknown = null;
      try {
        result = JSON.parse(out.slice(out.indexOf('{')));
      } catch {
        result = { error: `no result (exit ${code})` };
      }
      resolve({ bench: file.replace('.bench.ts', ''), seconds: (performance.now() - started) / 1000, ok: code === 0, result });
    });
  });
}

const started = performance.now();
const outcomes: Outcome[] = [];
for (const file of chosen) {
  process.stderr.write(`\n== ${file}\n`);
  const o = await runBench(file);
  process.stderr.write(`== ${o.bench}: ${o.ok ? 'done' : 'FAILED'} in ${o.seconds.toFixed(0)} s\n`);
  outcomes.push(o);
}
const total = (performance.now() - started) / 1000;
process.stderr.write(`\nbench run: ${outcomes.length} benches in ${total.toFixed(0)} s (${cpus().length} cores)\n`);
if (json) {
  const doc = { node: process.version, cores: cpus().length, cpu: cpus()[0]?.model ?? null, totalSeconds: total, benches: outcomes };
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  const saved = join(process.cwd(), '.cache', 'bench', 'results.json');
  mkdirSync(join(saved, '..'), { recursive: true });
  writeFileSync(saved, text);
  process.stderr.write(`results: ${saved}\n`);
  process.stdout.write(text);
}
process.exitCode = outcomes.every((o) => o.ok) ? 0 : 1;
