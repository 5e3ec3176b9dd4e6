import type { Command } from 'commander';
import { printJson, progressPrinter, say } from '../output.ts';
import { count } from '../format/text.ts';
import { expandHome } from '../paths.ts';
import { DEFAULTS, OUTPUT_FORMATS, SynthOptionError, generate, type OutputFormat } from '../../synth/index.ts';
import { WorkbenchError } from '../../api/errors.ts';

export function integer(name: string): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (!Number.isSafeInteger(n)) throw new WorkbenchError('BAD_REQUEST', `${name} must be a whole number, not "${v}".`);
    return n;
  };
}

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description('Write a synthetic organisation’s AWS bill (with truth.json and CloudWatch utilization) for tests, demos and benchmarks.')
    .requiredOption('--out <dir>', 'folder to write into (its billing/ subfolder is replaced)')
    .option('--format <format>', `${OUTPUT_FORMATS.join(' | ')}`, DEFAULTS.format)
    .option('--months <n>', 'billing months', integer('--months'), DEFAULTS.months)
    .option('--seed <n>', 'seed: the same seed writes the same bytes', integer('--seed'), DEFAULTS.seed)
    .option('--scale <n>', 'about how many line items to write', integer('--scale'), DEFAULTS.scale)
    .option('--start <YYYY-MM>', 'first billing month', DEFAULTS.start)
    .option('--grain <grain>', 'hourly | daily (default: hourly when the scale allows it)')
    .option('--no-metrics', 'skip the CloudWatch utilization files')
    .option('--json', 'print the result as JSON on stdout')
    .action(async (opts: { out: string; format: string; months: number; seed: number; scale: number; start: string; grain?: string; metrics: boolean; json?: boolean }) => {
      const bar = progressPrinter(!opts.json);
      try {
        const result = await generate(
          { out: expandHome(opts.out), format: opts.format as OutputFormat, months: opts.months, seed: opts.seed, scale: opts.scale, start: opts.start, grain: opts.grain as 'hourly' | 'daily' | undefined, metrics: opts.metrics },
          (p) => bar.onProgress({ phase: 'write', message: `${count(p.linesDone)} lines: ${p.message}`, fraction: p.linesTarget > 0 ? Math.min(1, p.linesDone / p.linesTarget) : undefined }),
        );
        bar.done();
        if (opts.json) return printJson(result);
        say(`${count(result.lines)} ${result.grain} lines (${result.months.join(', ')}) as ${result.format} in ${result.seconds.toFixed(1)} s`);
        say(`billing files: ${result.billingDir} (ingest this folder)`);
        say(`truth:         ${result.truthPath}`);
      } catch (err) {
        bar.done();
        if (err instanceof SynthOptionError) throw new WorkbenchError(err.code, err.message);
        throw err;
      }
    });
}
