import type { Command } from 'commander';
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
      say(`${info.path}: ${info.rows.toLocaleString('en-US')} rows, providers ${info.providers.join(', ') || 'none'}`);
      for (const p of info.periods) {
        say(`  ${p.billingPeriod}  ${p.providerName.padEnd(10)} ${p.billingAccountId.padEnd(14)} ${String(p.rows).padStart(10)} rows  billed ${p.billedCost.toFixed(2)} ${p.currency}  effective ${p.effectiveCost.toFixed(2)}`);
      }
      say(`imports: ${info.imports.length}${info.lastImport ? `, last ${info.lastImport.path} at ${info.lastImport.loadedAt}` : ''}`);
    });
}
