import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { plural } from '../format/text.ts';
import { cancelOnSigint, printJson, progressPrinter, say } from '../output.ts';
import { expandHome } from '../paths.ts';
import { removeWorkspaceFile } from '../workspace-arg.ts';
import { buildDemoWorkspace, DEMO_OPTIONS } from '../../synth/index.ts';
import { integer } from './generate.ts';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(`Build the demo workspace: a ${DEMO_OPTIONS.months}-month synthetic organisation, generated and ingested.`)
    .requiredOption('--db <path>', 'workspace file to create')
    .option('--force', 'replace the file if it exists')
    .option('--scale <lines>', `about how many line items (default ${DEMO_OPTIONS.scale?.toLocaleString('en-US')}); fewer build faster`, integer('--scale'))
    .option('--json', 'print the result as JSON on stdout')
    .action(async (opts: { db: string; force?: boolean; scale?: number; json?: boolean }) => {
      const db = expandHome(opts.db);
      if (opts.force && existsSync(db)) removeWorkspaceFile(db);
      const bar = progressPrinter(!opts.json);
      const cancel = cancelOnSigint();
      try {
        // a smaller scale may be too few lines for hourly items: let the generator choose the grain
        const smaller = opts.scale === undefined ? {} : { scale: opts.scale, grain: undefined };
        const result = await buildDemoWorkspace(db, { signal: cancel.signal, onProgress: bar.onProgress }, smaller);
        bar.done();
        if (opts.json) return printJson(result);
        say(`demo workspace ${opts.db}: ${plural(result.ingest.rowsLoaded, 'row')}, ${result.generated.months.join(', ')}`);
      } finally {
        bar.done();
        cancel.dispose();
      }
    });
}
