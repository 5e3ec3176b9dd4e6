// `finops-workbench metrics remove --db W ID`: removes one utilization-metrics (or Compute
// Optimizer) import's rows; the import stays in the history ("info") as removed, and loading the
// same file again brings it back. Billing data is removed by period instead (the Data view).
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import { validateRequest } from '../../api/validate.ts';
import { printJson, say } from '../output.ts';
import { expandHome } from '../paths.ts';
import { withWorkspace } from '../workspace-arg.ts';

export function registerMetrics(program: Command): void {
  const metrics = program.command('metrics').description('Utilization metrics loaded by ingest (CloudWatch, Compute Optimizer).');
  metrics
    .command('remove')
    .description('Remove a metrics import (by the id "info" lists) and its metric rows.')
    .requiredOption('--db <path>', 'workspace file')
    .argument('<importId>', 'the import id')
    .option('--json', 'print {importId, rowsRemoved} as JSON on stdout')
    .action(async (id: string, opts: { db: string; json?: boolean }) => {
      if (!/^\d+$/.test(id)) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `An import id is a number ("info" lists the imports with their ids), not "${id}".`);
      const db = expandHome(opts.db);
      if (!existsSync(db)) throw new WorkbenchError(ErrorCode.WORKSPACE_OPEN_FAILED, `No workspace at ${db}: check the --db path.`);
      const r = await withWorkspace(db, (api) => api.removeMetricsImport(validateRequest('removeMetricsImport', { importId: Number(id) })));
      if (opts.json) printJson(r);
      else say(`Import ${r.importId} removed: ${r.rowsRemoved} metric ${r.rowsRemoved === 1 ? 'row' : 'rows'} deleted.`);
    });
}
