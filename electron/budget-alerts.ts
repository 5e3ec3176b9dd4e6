// Desktop notifications for budgets, decided here and shown by main.ts (the only file that
// touches electron's Notification). Main reads the statuses itself through the core API: no
// payload from the page takes part. A budget notifies once per status change (and again in a
// new period), never on every check; what was notified is remembered per workspace in the
// settings file, so a restart does not repeat it.
import type { BudgetStatus } from '../core/api/budgets-contract.ts';
import type { MethodTable } from '../core/app/method-table.ts';

/** Budget name → the status and period it was last seen in ("breached|2026-03-01"). */
export type AlertMemory = Record<string, string>;

export interface BudgetNotice {
  title: string;
  body: string;
}

/** More changes than this at once become one notice naming them, not a burst. */
export const MAX_SEPARATE_NOTICES = 3;

const money = (n: number, currency: string) => `${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
const seen = (s: BudgetStatus) => `${s.status}|${s.periodStart}`;
/** Some Linux notification servers read a body as markup: a budget's name (user data) must not become a link or a tag. */
const plain = (text: string) => text.replaceAll('<', '‹').replaceAll('>', '›');

function noticeOf(s: BudgetStatus): BudgetNotice {
  const b = { ...s.budget, name: plain(s.budget.name) };
  if (s.status === 'breached') return { title: `Budget breached: ${b.name}`, body: `${money(s.actual, b.currency)} spent of ${money(b.amount, b.currency)} (${s.periodStart} – ${s.periodEnd}), above it since ${s.breachDate}.` };
  return { title: `Budget forecast to breach: ${b.name}`, body: `Forecast ${money(s.forecast, b.currency)} of ${money(b.amount, b.currency)} by ${s.periodEnd}; expected to pass it on ${s.breachDate} (probability ${Math.round(s.breachProbability * 100)}%).` };
}

/** The notices this check owes, and what to remember. A budget back to ok notifies nothing but is remembered. */
export function decideNotices(memory: AlertMemory | undefined, statuses: readonly BudgetStatus[]): { notices: BudgetNotice[]; memory: AlertMemory } {
  const changed = statuses.filter((s) => s.status !== 'ok' && memory?.[s.budget.name] !== seen(s));
  const next = Object.fromEntries(statuses.map((s) => [s.budget.name, seen(s)]));
  if (changed.length <= MAX_SEPARATE_NOTICES) return { notices: changed.map(noticeOf), memory: next };
  const breached = changed.filter((s) => s.status === 'breached').length;
  const names = changed.map((s) => plain(s.budget.name));
  return {
    notices: [{ title: `${changed.length} budgets need attention`, body: `${breached} breached, ${changed.length - breached} forecast to breach: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}.` }],
    memory: next,
  };
}

export interface AlertWatcherDeps {
  readStatus: () => Promise<{ workspacePath: string; statuses: BudgetStatus[] }>;
  notify: (notice: BudgetNotice) => void;
  loadMemory: (workspacePath: string) => AlertMemory | undefined;
  saveMemory: (workspacePath: string, memory: AlertMemory) => void;
}

/** check() runs one check at a time; one asked for meanwhile runs once after it. Failures (no data yet) notify nothing. */
export function createBudgetAlertWatcher(deps: AlertWatcherDeps): { check: () => Promise<void> } {
  let running: Promise<void> | null = null;
  let again = false;
  const once = async () => {
    try {
      const { workspacePath, statuses } = await deps.readStatus();
      const before = deps.loadMemory(workspacePath);
      const { notices, memory } = decideNotices(before, statuses);
      // the settings file is written only when something changed, not on every check
      if (JSON.stringify(memory) !== JSON.stringify(before)) deps.saveMemory(workspacePath, memory);
      for (const n of notices) deps.notify(n);
    } catch {
      // a workspace with budgets and no data, or one being switched: the next check will tell
    }
  };
  const check = async (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await once();
      } while (again);
    })().finally(() => (running = null));
    return running;
  };
  return { check };
}

/** The same table, with `after` called once each of `methods` has succeeded (a write may change a budget's status). */
export function afterMethods(table: MethodTable, methods: Iterable<string>, after: () => void): MethodTable {
  const out = new Map(table);
  for (const name of methods) {
    const spec = table.get(name);
    if (spec)
      out.set(name, {
        ...spec,
        run: async (request, ctx) => {
          const result = await spec.run(request, ctx);
          after();
          return result;
        },
      });
  }
  return out;
}
