import type { Command } from 'commander';
import { cancelOnSigint, printJson, progressPrinter, say } from '../output.ts';
import { formatIngest } from '../format/ingest.ts';
import { expandHome } from '../paths.ts';
import { withWorkspace } from '../workspace-arg.ts';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Load billing files or folders (AWS CUR legacy/2.0, FOCUS; CSV, gzip, zip, Parquet) into the workspace.')
    .requiredOption('--db <path>', 'workspace file (created if missing)')
    .option('--json', 'print the result as JSON on stdout')
    .argument('<paths...>', 'files or folders to load (~ is your home folder)')
    .action(async (paths: string[], opts: { db: string; json?: boolean }) => {
      const bar = progressPrinter(!opts.json);
      const cancel = cancelOnSigint();
      try {
        const result = await withWorkspace(opts.db, (api) => api.ingest({ paths: paths.map((p) => expandHome(p)) }, { signal: cancel.signal, onProgress: bar.onProgress }));
        bar.done();
        if (opts.json) return printJson(result);
        for (const line of formatIngest(result, opts.db)) say(line);
      } finally {
        bar.done();
        cancel.dispose();
      }
    });
}
