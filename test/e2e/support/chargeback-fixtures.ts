// Workspaces for the Chargeback e2e: three-teams, the line items of the worked example in
// core/engines/chargeback/SPEC.md (test/integration/chargeback-fixture.ts), from which every
// figure the e2e expects is worked out by hand; and rules files a person might pick.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../../../core/store/workspace.ts';
import { insertLines, THREE_TEAMS_LINES } from '../../integration/chargeback-fixture.ts';

export async function threeTeams(path: string): Promise<void> {
  const ws = await Workspace.open(path);
  try {
    await insertLines(ws, THREE_TEAMS_LINES);
  } finally {
    ws.close();
  }
}

/** A workspace with no billing data. */
export async function emptyWorkspace(path: string): Promise<void> {
  (await Workspace.open(path)).close();
}

/** Rules written by a newer FinOps Workbench (formatVersion 2). */
export function newerRulesFile(dir: string): string {
  const path = join(dir, 'rules-from-the-future.json');
  writeFileSync(path, JSON.stringify({ formatVersion: 2, owner: { chain: [{ kind: 'tag', key: 'Team' }] }, pools: [], credits: 'owner', basis: 'Effective', routing: 'new' }, null, 2));
  return path;
}

/** The worked example's owner chain with a data-transfer pool split evenly between two teams. */
export function rulesFile(dir: string): string {
  const path = join(dir, 'team-rules.json');
  const rules = {
    formatVersion: 1,
    owner: { chain: [{ kind: 'tag', key: 'Team' }] },
    basis: 'Effective',
    pools: [{ name: 'Unused commitment', match: { kind: 'unusedCommitment' }, split: { method: 'even', among: ['payments', 'search'] } }],
    credits: 'owner',
  };
  writeFileSync(path, JSON.stringify(rules, null, 2));
  return path;
}
