// Workspaces for the Tags e2e: tag-audit, the 8 line items of the worked example in
// core/engines/tags/SPEC.md (test/integration/tags-fixture.ts), whose coverage is summed by hand
// there; and the worked example's policy as an AWS Organizations tag policy file to import.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../../../core/store/workspace.ts';
import { insertTagAuditLines } from '../../integration/tags-fixture.ts';

export async function tagAudit(path: string): Promise<void> {
  const ws = await Workspace.open(path);
  try {
    await insertTagAuditLines(ws);
  } finally {
    ws.close();
  }
}

/** Team (any value) and Environment in prod, dev, stag*: SPEC's worked example. */
export function examplePolicyFile(dir: string): string {
  const path = join(dir, 'tag-policy.json');
  const doc = {
    tags: {
      team: { tag_key: { '@@assign': 'Team' } },
      environment: { tag_key: { '@@assign': 'Environment' }, tag_value: { '@@assign': ['prod', 'dev', 'stag*'] } },
    },
  };
  writeFileSync(path, JSON.stringify(doc, null, 2));
  return path;
}

/** A JSON file that is not a tag policy (a saved pivot view, say). */
export function notAPolicyFile(dir: string): string {
  const path = join(dir, 'costs.view.json');
  writeFileSync(path, JSON.stringify({ kind: 'pivotView', name: 'Costs' }));
  return path;
}
