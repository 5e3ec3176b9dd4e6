import type { Command } from 'commander';
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import type { ConformanceReport } from '../../conformance/index.ts';
import { printJson, say } from '../output.ts';
import { withWorkspace } from '../workspace-arg.ts';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description("Check the workspace against the FOCUS 1.2 rules that can be checked on data; exits 1 when a rule is broken where the workbench produced a column, 0 when only a provider's FOCUS file breaks it with its own figures (source findings).")
    .requiredOption('--db <path>', 'workspace file')
    .option('--json', 'print the report as JSON on stdout')
    .option('--samples <n>', 'sample rows shown per broken rule (default 3)', (v) => Number.parseInt(v, 10))
    .action(async (opts: { db: string; json?: boolean; samples?: number }) => {
      const report = await withWorkspace(opts.db, (api) => api.validate(opts.samples === undefined ? {} : { samples: opts.samples }), { readOnly: true });
      if (opts.json) printJson(report);
      else printReport(report);
      if (!report.conformant) {
        const rules = report.violations.length;
        throw new WorkbenchError(ErrorCode.FOCUS_NONCONFORMANT, `${rules} FOCUS ${report.focusVersion} rule${rules === 1 ? ' is' : 's are'} broken (see the report); each names its spec file.`);
      }
      // --json keeps stdout to the document; the reason for exit 0 goes to stderr either way
      if (opts.json && report.sourceFindings.length > 0) {
        say(`FOCUS ${report.focusVersion}: conformant; ${report.sourceFindings.length} rule(s) broken only by a provider's FOCUS file, figures as delivered (sourceFindings), which the workbench does not rewrite.`);
      }
    });
}

function printReport(r: ConformanceReport): void {
  const n = (v: number) => v.toLocaleString('en-US');
  const findings = r.sourceFindings.length;
  const theirs = findings > 0 ? `, ${findings} broken by the provider's own figures` : '';
  say(`FOCUS ${r.focusVersion} conformance: ${n(r.rows)} row${r.rows === 1 ? '' : 's'}, ${r.rulesChecked} rules checked, ${r.violations.length} broken${theirs}.`);
  for (const v of r.violations) {
    say('');
    say(`✗ ${v.rule}  (${v.spec}): ${n(v.count)} ${v.unit}${v.count === 1 ? '' : 's'}`);
    say(`  ${v.requirement}`);
    for (const s of v.samples) say(`  e.g. ${JSON.stringify(s)}`);
  }
  for (const f of r.sourceFindings) {
    const where = f.imports.map((i) => (i.path ?? `import ${i.importId}`) + (f.imports.length > 1 ? ` (${n(i.count)})` : '')).join(', ');
    say('');
    say(`! ${f.rule}  (${f.spec}): ${n(f.count)} ${f.unit}${f.count === 1 ? '' : 's'} in ${where}`);
    say(`  ${f.requirement}`);
    say(`  The provider's file breaks this rule on ${f.reads.join(', ')}, figures as delivered; the workbench does not rewrite them.`);
    for (const s of f.samples) say(`  e.g. ${JSON.stringify(s)}`);
  }
  for (const a of r.absentColumns) {
    const dataset = `${a.providerName ?? '(no provider)'}${a.importId === null ? '' : ` (import ${a.importId})`}`;
    if (a.columns.length > 0) say(`\n${dataset} does not fill these conditional columns, so their rules do not apply to its rows: ${a.columns.join(', ')}`);
  }
  if (r.conformant && findings === 0) say('✓ every rule holds.');
  else if (r.conformant) say(`✓ every rule holds on what the workbench produced; ${findings} rule${findings === 1 ? ' is' : 's are'} broken by the provider’s own figures.`);
}
