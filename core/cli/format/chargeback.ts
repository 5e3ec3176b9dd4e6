// Human output of `chargeback` on stderr: one line per owner, the pools and what reconciles.
import type { ChargebackResult, RulesVersion } from '../../api/chargeback-contract.ts';
import { alignColumns, money } from './text.ts';

export function chargebackLines(r: ChargebackResult): string[] {
  const head = `Chargeback ${r.period}, ${r.basis} cost in ${r.currency}; rules ${r.rulesVersion === 0 ? 'given inline (unsaved)' : `version ${r.rulesVersion}`}`;
  const rows = [['owner', 'direct', 'shared', 'total', 'previous'], ...r.allocations.map((a) => [a.owner, money(a.direct), money(a.shared), money(a.total), a.previousTotal === null ? '–' : money(a.previousTotal)])];
  rows.push(['unallocated', '', '', money(r.unallocated), ''], ['source total', '', '', money(r.sourceTotal), '']);
  const pools = r.pools.map((p) => `pool ${p.name} (${p.method}): ${money(p.amount)} to ${p.to.map((t) => `${t.owner} ${money(t.amount)}`).join(', ') || 'nobody (unallocated)'}`);
  return [head, ...alignColumns(rows, ['left', 'right', 'right', 'right', 'right']), ...pools];
}

export function historyLines(versions: readonly RulesVersion[]): string[] {
  if (versions.length === 0) return ['No chargeback rules saved yet: `chargeback rules import FILE.json` saves the first version.'];
  return alignColumns(
    [['version', 'saved at', 'by', 'change'], ...versions.map((v) => [String(v.version), v.savedAt, v.savedBy, `${v.change}${v.source ? ` (from ${v.source})` : ''}`])],
    ['right', 'left', 'left', 'left'],
  );
}
