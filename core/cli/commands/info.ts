import type { Command } from 'commander';
import { formatInfo } from '../format/info.ts';
import { printJson, say } from '../output.ts';
import { withWorkspace } from '../workspace-arg.ts';

export function registerInfo(program: Command): void {
  program
    .command('info')
    .description('Show what the workspace holds: billing periods, providers, row counts and imports.')
    .requiredOption('--db <path>', 'workspace file')
    .option('--json', 'print as JSON on stdout')
    .action(async (opts: { db: string; json?: boolean }) => {
      const info = await withWorkspace(opts.db, (api) => api.info({}), { readOnly: true });
      if (opts.json) return printJson(info);
      for (const line of formatInfo(info)) say(line);
    });
}
