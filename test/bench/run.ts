// `npm run bench [-- NAME...] [--json]`: every test/bench/*.bench.ts but the opt-in ones (the
// 50-million-line `scale`), one after another, each in its own process (so one bench's memory
// never counts against the next). Each bench prints its figures and its ratio to a baseline
// measured in the same run on stderr; `--json` prints all results as one JSON document on stdout
// and in .cache/bench/results.json (npm prints its own banner on stdout: use
// `npm run -s bench -- --json` to pipe it). NAME picks benches by file name, opt-in ones included;
// `--lines N` is passed to the scale bench (`npm run bench -- scale --lines 2M`).
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = import.meta.dirname;
/** Benches run only when named: the scale case generates and loads a large organisation's quarter (tens of minutes, gigabytes on disk). */
const OPT_IN = ['scale'];
/** Options passed on to the benches that take them, each with its value. */
const PASSED_ON: Record<string, string[]> = { '--lines': ['scale'] };

const args = process.argv.slice(2);
const json = args.includes('--json');
const passed: { option: string; value: string }[] = [];
const wanted: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--json') continue;
  if (a in PASSED_ON && args[i + 1] !== undefined) passed.push({ option: a, value: args[++i]! });
  else if (a.startsWith('--')) fail(`unknown option ${a}: npm run bench [-- NAME...] [--json] [--lines N (scale)]`);
  else wanted.push(a);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.bench.ts')).sort();
const nameOf = (f: string) => f.replace('.bench.ts', '');
const chosen = files.filter((f) => (wanted.length === 0 ? !OPT_IN.includes(nameOf(f)) : wanted.includes(nameOf(f))));
if (chosen.length === 0 || chosen.length < new Set(wanted).size) fail(`no bench named ${wanted.filter((w) => !files.includes(`${w}.bench.ts`)).join(', ')}; there are: ${files.map(nameOf).join(', ')}`);
for (const p of passed) if (!chosen.some((f) => PASSED_ON[p.option]!.includes(nameOf(f)))) fail(`${p.option} is an option of ${PASSED_ON[p.option]!.join(', ')}: name it (npm run bench -- ${PASSED_ON[p.option]![0]} ${p.option} ${p.value})`);

interface Outcome {
  bench: string;
  seconds: number;
  ok: boolean;
  result: unknown;
}

function runBench(file: string): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const options = passed.filter((p) => PASSED_ON[p.option]!.includes(nameOf(file))).flatMap((p) => [p.option, p.value]);
    const child = spawn(process.execPath, ['--import', 'tsx', join(DIR, file), '--json', ...options], { stdio: ['ignore', 'pipe', 'inherit'] });
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
      resolve({ bench: nameOf(file), seconds: (performance.now() - started) / 1000, ok: code === 0, result });
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
