import type { Command } from 'commander';
import { cancelOnSigint, printJson, progressPrinter, say } from '../output.ts';
import { withWorkspace } from '../workspace-arg.ts';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Load billing files or folders (AWS CUR legacy/2.0, FOCUS; CSV, gzip, zip, Parquet) into the workspace.')
    .requiredOption('--db <path>', 'workspace file (created if missing)')
    .option('--json', 'print the result as JSON on stdout')
    .argument('<paths...>', 'files or folders to load')
    .action(async (paths: string[], opts: { db: string; json?: boolean }) => {
      const bar = progressPrinter(!opts.json);
      const cancel = cancelOnSigint();
      try {
        const result = await withWorkspace(opts.db, (api) => api.ingest({ paths }, { signal: cancel.signal, onProgress: bar.onProgress }));
        bar.done();
        if (opts.json) return printJson(result);
        for (const f of result.files) {
          const what = f.status === 'loaded' ? `${f.rows.toLocaleString('en-US')} rows, ${f.billingPeriods.join(', ')}, billed ${f.billedCost.toFixed(2)}` : f.note;
          say(`${f.status.padEnd(9)} ${f.path} (${f.format || 'n/a'}): ${what}`);
        }
        if (result.replacedImports.length) say(`replaced earlier deliveries: imports ${result.replacedImports.join(', ')}`);
        say(`${result.rowsLoaded.toLocaleString('en-US')} rows loaded into ${opts.db}`);
      } finally {
        bar.done();
        cancel.dispose();
      }
    });
}
