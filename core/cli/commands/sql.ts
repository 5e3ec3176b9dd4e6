import type { Command } from 'commander';
import { printJson, say } from '../output.ts';
import { withWorkspace } from '../workspace-arg.ts';

export function registerSql(program: Command): void {
  program
    .command('sql')
    .description('Run one read-only SQL query (SELECT) on the workspace; the FOCUS table is "focus".')
    .requiredOption('--db <path>', 'workspace file')
    .option('--json', 'print the rows as a JSON array of objects on stdout')
    .option('--limit <n>', 'at most this many rows', (v) => Number.parseInt(v, 10))
    .argument('<query>', 'the SELECT statement')
    .action(async (query: string, opts: { db: string; json?: boolean; limit?: number }) => {
      const result = await withWorkspace(opts.db, (api) => api.sql({ query, ...(opts.limit ? { limit: opts.limit } : {}) }), { readOnly: true });
      if (result.truncated) say(`note: only the first ${result.rows.length} rows are shown; pass --limit to see more`);
      if (opts.json) return printJson(result.rows);
      console.table(result.rows);
    });
}
