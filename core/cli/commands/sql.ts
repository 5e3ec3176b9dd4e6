import type { Command } from 'commander';
import { printJson, say } from '../output.ts';
import { withWorkspace } from '../workspace-arg.ts';

export function registerSql(program: Command): void {
  program
    .command('sql')
    .description('Run one read-only SQL query (SELECT) on the workspace; the FOCUS table is "focus". DECIMAL values (money) print as exact decimal text.')
    .requiredOption('--db <path>', 'workspace file')
    .option('--json', 'print the rows as a JSON array of objects on stdout')
    .option('--limit <n>', 'at most this many rows', (v) => Number.parseInt(v, 10))
    .option('--allow-files', 'let the query read files on this computer (read_csv, read_parquet...); off by default, and never possible from the app')
    .argument('<query>', 'the SELECT statement')
    .action(async (query: string, opts: { db: string; json?: boolean; limit?: number; allowFiles?: boolean }) => {
      const result = await withWorkspace(opts.db, (api) => api.sql({ query, ...(opts.limit ? { limit: opts.limit } : {}) }), {
        readOnly: true,
        allowFiles: opts.allowFiles ?? false,
      });
      if (result.note) say(`note: ${result.note}`);
      if (opts.json) return printJson(result.rows);
      console.table(result.rows);
    });
}
