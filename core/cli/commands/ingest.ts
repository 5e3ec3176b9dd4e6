import type { Command } from 'commander';
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import { OverlapChoice } from '../../ingest/overlap-choice.ts';
import { cancelOnSigint, printJson, progressPrinter, say } from '../output.ts';
import { formatIngest } from '../format/ingest.ts';
import { expandHome } from '../paths.ts';
import { withWorkspace } from '../workspace-arg.ts';

/** --replace or --append, never both; neither leaves the ingest to stop and ask when it must. */
function overlapChoice(opts: { replace?: boolean; append?: boolean }): OverlapChoice | undefined {
  if (opts.replace && opts.append) {
    throw new WorkbenchError(ErrorCode.BAD_REQUEST, 'Give --replace or --append, not both: --replace makes the new files replace the periods they deliver, --append adds their rows.');
  }
  return opts.replace ? OverlapChoice.Replace : opts.append ? OverlapChoice.Append : undefined;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Load billing files or folders (AWS CUR legacy/2.0, FOCUS; CSV, gzip, zip, Parquet) into the workspace.')
    .requiredOption('--db <path>', 'workspace file (created if missing)')
    .option('--json', 'print the result as JSON on stdout')
    .option('--replace', 'files with no delivery identity (no manifest, no AWS delivery folder) replace the billing periods they deliver')
    .option('--append', 'files with no delivery identity add their rows to the billing periods they deliver (parts of one delivery)')
    .argument('<paths...>', 'files or folders to load (~ is your home folder)')
    .action(async (paths: string[], opts: { db: string; json?: boolean; replace?: boolean; append?: boolean }) => {
      const overlap = overlapChoice(opts);
      const bar = progressPrinter(!opts.json);
      const cancel = cancelOnSigint();
      try {
        const result = await withWorkspace(opts.db, (api) => api.ingest({ paths: paths.map((p) => expandHome(p)), ...(overlap ? { overlap } : {}) }, { signal: cancel.signal, onProgress: bar.onProgress }));
        bar.done();
        if (opts.json) return printJson(result);
        for (const line of formatIngest(result, opts.db)) say(line);
      } finally {
        bar.done();
        cancel.dispose();
      }
    });
}
