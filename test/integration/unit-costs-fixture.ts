// "two-teams": four days of bill for the unit cost tests (effective = billed). Totals by hand:
// September (29, 30) 100.00 = payments 60 + search 20 + untagged 20; EC2 90, S3 10.
// October (1, 2) 120.00 = payments 90 + search 30; EC2 75, S3 45.
import { join } from 'node:path';
import { FIXTURES, openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';
import { ACCOUNT_A, insertLines, type FixtureLine } from './chargeback-fixture.ts';

export const UNIT_COST_FIXTURES = join(FIXTURES, 'unit-costs');
const EC2 = 'Amazon Elastic Compute Cloud';
const S3 = 'Amazon S3';

const line = (start: string, service: string, cost: string, team?: string): FixtureLine => ({ start, account: ACCOUNT_A, service, resource: null, effective: cost, billed: cost, category: 'Usage', team });

export const TWO_TEAMS_LINES: FixtureLine[] = [
  line('2026-09-29', EC2, '30', 'payments'),
  line('2026-09-29', EC2, '10', 'search'),
  line('2026-09-30', EC2, '30', 'payments'),
  line('2026-09-30', S3, '10', 'search'),
  line('2026-09-30', EC2, '20'),
  line('2026-10-01', EC2, '45', 'payments'),
  line('2026-10-01', EC2, '15', 'search'),
  line('2026-10-02', S3, '45', 'payments'),
  line('2026-10-02', EC2, '15', 'search'),
];

export async function twoTeamsWorkspace(): Promise<TestWorkspace> {
  const t = await openTestWorkspace();
  await insertLines(t.ws, TWO_TEAMS_LINES);
  return t;
}
