import { describe, expect, it } from 'vitest';
import { chargebackCommandLine } from './context.ts';

describe('chargebackCommandLine', () => {
  it('the flags of the run, the mode and the file', () => {
    expect(chargebackCommandLine({ period: '2026-10', by: 'tag:Team', basis: 'Billed' }, 'chargeback', '/w/my costs.duckdb', 'oct.pdf')).toBe(
      "npx finops-workbench chargeback --db '/w/my costs.duckdb' --period 2026-10 --by tag:Team --basis Billed --mode chargeback --out oct.pdf",
    );
  });

  it('inline rules are written to a file first', () => {
    const line = chargebackCommandLine({ period: '2026-10', rules: { formatVersion: 1, owner: { chain: [{ kind: 'accountOwner' }] } } }, 'showback', 'w.duckdb', 's.csv');
    expect(line).toBe(
      `echo '{"formatVersion":1,"owner":{"chain":[{"kind":"accountOwner"}]}}' > chargeback-rules.json && npx finops-workbench chargeback --db w.duckdb --period 2026-10 --rules chargeback-rules.json --mode showback --out s.csv`,
    );
  });
});
