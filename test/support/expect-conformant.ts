// After an ingest, the focus table must obey every FOCUS 1.2 rule `validate` checks (issue 10):
// the report's violations, with their sample rows, are the failure message. Hand-built fixtures
// are ours, so a FOCUS fixture must not break a rule with its own figures either (source findings
// are for providers' files, such as the real FOCUS 1.0 sample).
import { expect } from 'vitest';
import type { WorkbenchApi } from '../../core/api/contract.ts';

export async function expectConformant(api: WorkbenchApi): Promise<void> {
  const report = await api.validate({ samples: 2 });
  expect(report.violations, 'FOCUS 1.2 rules broken by the loaded rows').toEqual([]);
  expect(report.sourceFindings, "FOCUS 1.2 rules broken by a fixture's own figures").toEqual([]);
}
