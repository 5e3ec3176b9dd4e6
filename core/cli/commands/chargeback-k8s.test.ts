// The k8s subcommands read their options wherever commander put them: on themselves, or on a
// `chargeback` parent that takes --db, --period, --by, --basis and --json itself (the engine's).
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerChargebackK8s } from './chargeback-k8s.ts';

const MISSING = '/nonexistent-k8s-test/w.duckdb';

function program(withEngineParent: boolean): Command {
  const p = new Command('finops-workbench').exitOverride();
  if (withEngineParent) {
    p.command('chargeback').option('--db <path>').option('--period <p>').option('--by <b>').option('--basis <b>').option('--json').action(() => {
      throw new Error('the parent ran instead of the subcommand');
    });
  }
  registerChargebackK8s(p);
  return p;
}

describe.each([false, true])('chargeback k8s options (under the engine\'s chargeback: %s)', (engine) => {
  it('--db after the subcommand reaches it', async () => {
    await expect(program(engine).parseAsync(['chargeback', 'k8s', 'list', '--db', MISSING], { from: 'user' })).rejects.toMatchObject({ code: 'WORKSPACE_NOT_FOUND', message: expect.stringContaining(MISSING) });
  });

  it('split: --period and --cluster are named when missing', async () => {
    await expect(program(engine).parseAsync(['chargeback', 'k8s', 'split', '--db', MISSING, '--cluster', 'c'], { from: 'user' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/^--period is missing/) });
    await expect(program(engine).parseAsync(['chargeback', 'k8s', 'split', '--db', MISSING, '--period', '2026-10'], { from: 'user' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/^--cluster is missing/) });
    await expect(program(engine).parseAsync(['chargeback', 'k8s', 'split', '--db', MISSING, '--period', '2026-10', '--cluster', 'c', '--by', 'label:team', '--basis', 'Billed'], { from: 'user' })).rejects.toMatchObject({ code: 'WORKSPACE_NOT_FOUND' });
  });

  it('no --db at all', async () => {
    await expect(program(engine).parseAsync(['chargeback', 'k8s', 'list'], { from: 'user' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'No workspace given: pass --db PATH.' });
  });
});
