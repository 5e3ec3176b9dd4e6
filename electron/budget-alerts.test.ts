// When the desktop app notifies about budgets: once per budget and status change (or new
// period), never on every check; remembered across restarts through the saved memory.
import { describe, expect, it } from 'vitest';
import type { BudgetStatus } from '../core/api/budgets-contract.ts';
import type { MethodSpec } from '../core/app/method-table.ts';
import { afterMethods, createBudgetAlertWatcher, decideNotices, type AlertMemory, type BudgetNotice } from './budget-alerts.ts';

function status(name: string, s: BudgetStatus['status'], periodStart = '2026-03-01'): BudgetStatus {
  return {
    budget: { name, scope: null, period: 'month', start: '2026-01', recurring: true, amount: 2500, currency: 'USD', basis: 'Effective' },
    periodStart,
    periodEnd: '2026-03-31',
    actual: s === 'breached' ? 2600 : 1500,
    forecast: 3100,
    lower80: 2900,
    upper80: 3300,
    status: s,
    breachDate: s === 'ok' ? null : s === 'breached' ? '2026-03-14' : '2026-03-26',
    breachProbability: s === 'ok' ? 0.02 : s === 'breached' ? 1 : 0.9,
    message: null,
  };
}

describe('decideNotices', () => {
  it('the first check notifies every budget not ok, with what a person needs to read', () => {
    const r = decideNotices(undefined, [status('EC2', 'forecast-breach'), status('Total', 'breached'), status('S3', 'ok')]);
    expect(r.notices).toEqual([
      { title: 'Budget forecast to breach: EC2', body: 'Forecast 3,100.00 USD of 2,500.00 USD by 2026-03-31; expected to pass it on 2026-03-26 (probability 90%).' },
      { title: 'Budget breached: Total', body: '2,600.00 USD spent of 2,500.00 USD (2026-03-01 – 2026-03-31), above it since 2026-03-14.' },
    ]);
    expect(r.memory).toEqual({ EC2: 'forecast-breach|2026-03-01', Total: 'breached|2026-03-01', S3: 'ok|2026-03-01' });
  });

  it('the same statuses again notify nothing; a change notifies once; back to ok is remembered quietly; a new period notifies again', () => {
    const memory: AlertMemory = { EC2: 'forecast-breach|2026-03-01', S3: 'ok|2026-03-01' };
    expect(decideNotices(memory, [status('EC2', 'forecast-breach'), status('S3', 'ok')]).notices).toEqual([]);
    const worse = decideNotices(memory, [status('EC2', 'breached'), status('S3', 'ok')]);
    expect(worse.notices.map((n) => n.title)).toEqual(['Budget breached: EC2']);
    const better = decideNotices(worse.memory, [status('EC2', 'ok'), status('S3', 'ok')]);
    expect(better).toEqual({ notices: [], memory: { EC2: 'ok|2026-03-01', S3: 'ok|2026-03-01' } });
    expect(decideNotices(memory, [status('EC2', 'forecast-breach', '2026-04-01')]).notices.map((n) => n.title)).toEqual(['Budget forecast to breach: EC2']);
  });

  it("a budget's name never reaches a notification as markup", () => {
    expect(decideNotices(undefined, [status('<a href="x">EC2</a>', 'breached')]).notices[0]!.title).toBe('Budget breached: ‹a href="x"›EC2‹/a›');
  });

  it('more than three changes at once are one notice naming them', () => {
    const r = decideNotices({}, ['A', 'B', 'C', 'D', 'E', 'F'].map((n, i) => status(n, i < 2 ? 'breached' : 'forecast-breach')));
    expect(r.notices).toEqual([{ title: '6 budgets need attention', body: '2 breached, 4 forecast to breach: A, B, C, D, E, ….' }]);
  });
});

describe('the watcher', () => {
  it('remembers per workspace through load/save, so polling does not repeat a notice; a failing read notifies nothing', async () => {
    const saved = new Map<string, AlertMemory>();
    const shown: BudgetNotice[] = [];
    let statuses = [status('EC2', 'forecast-breach')];
    let fail = false;
    const w = createBudgetAlertWatcher({
      readStatus: async () => {
        if (fail) throw new Error('BUDGETS_NO_DATA');
        return { workspacePath: '/w.duckdb', statuses };
      },
      notify: (n) => shown.push(n),
      loadMemory: (p) => saved.get(p),
      saveMemory: (p, m) => saved.set(p, m),
    });
    await w.check();
    await w.check();
    expect(shown.map((n) => n.title)).toEqual(['Budget forecast to breach: EC2']);
    statuses = [status('EC2', 'breached')];
    await Promise.all([w.check(), w.check(), w.check()]);
    expect(shown.map((n) => n.title)).toEqual(['Budget forecast to breach: EC2', 'Budget breached: EC2']);
    fail = true;
    await expect(w.check()).resolves.toBeUndefined();
    expect(saved.get('/w.duckdb')).toEqual({ EC2: 'breached|2026-03-01' });
  });

  it('afterMethods calls back once a listed method succeeded, not when it failed, not for others', async () => {
    let calls = 0;
    const ok: MethodSpec = { long: false, validate: (p) => p, run: async () => 'done' };
    const bad: MethodSpec = { long: false, validate: (p) => p, run: async () => Promise.reject(new Error('no')) };
    const t = afterMethods(new Map([['budgetsSet', ok], ['ingest', bad], ['info', ok]]), ['budgetsSet', 'ingest', 'absent'], () => calls++);
    await t.get('budgetsSet')!.run({}, {});
    await t.get('ingest')!.run({}, {}).catch(() => undefined);
    await t.get('info')!.run({}, {});
    expect(calls).toBe(1);
    expect([...t.keys()]).toEqual(['budgetsSet', 'ingest', 'info']);
  });
});
