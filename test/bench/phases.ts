// Benchmarks run their heavy phases in child processes, so each phase's time and peak memory are
// its own (a DuckDB that generated a file keeps its memory; it must not count against the ingest
// that reads it). A bench file calls `phaseMain` first: when started with `--phase NAME` it runs
// that phase and prints one JSON result line; otherwise it goes on as the bench's main program.
import { spawn } from 'node:child_process';

export interface PhaseResult<T> {
  value: T;
  seconds: number;
  /** Peak resident set size of the child, in bytes. */
  peakRssBytes: number;
  /** User + system CPU of the child (all its threads, DuckDB's included), in seconds: on a shared
   *  machine this moves far less with the load than the wall time does. */
  cpuSeconds: number;
}

const MARK = '@@phase-result ';

/** Runs `phase` of `file` in a fresh Node process (TypeScript through tsx). */
export function runPhase<T>(file: string, phase: string, args: unknown): Promise<PhaseResult<T>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file, '--phase', phase, JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(MARK));
      if (code !== 0 || !line) return reject(new Error(`bench phase ${phase} of ${file} failed (exit ${code})`));
      resolve(JSON.parse(line.slice(MARK.length)) as PhaseResult<T>);
    });
  });
}

/** In a child started by `runPhase`: runs the named phase, prints its result and exits. */
export async function phaseMain(phases: Record<string, (args: never) => Promise<unknown>>): Promise<void> {
  const at = process.argv.indexOf('--phase');
  if (at < 0) return;
  const name = process.argv[at + 1] ?? '';
  const run = phases[name];
  if (!run) throw new Error(`no bench phase "${name}"`);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const value = await run(JSON.parse(process.argv[at + 2] ?? 'null') as never);
  const cpu = process.cpuUsage(cpuBefore);
  const result: PhaseResult<unknown> = {
    value, seconds: (performance.now() - started) / 1000, peakRssBytes: process.resourceUsage().maxRSS * 1024, cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
  process.stdout.write(`${MARK}${JSON.stringify(result)}\n`);
  process.exit(0);
}

export const gb = (bytes: number): string => `${(bytes / 1e9).toFixed(2)} GB`;
export const perSecond = (n: number, s: number): string => `${Math.round(n / s).toLocaleString('en-US')}/s`;
