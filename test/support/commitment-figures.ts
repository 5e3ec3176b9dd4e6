// What the commitments status tests compare with their hand-written figures: a commitment's (or a
// period's) money only, and the status request as the contract takes it.
import type { CommitmentFigures, CommitmentsStatusResult } from '../../core/api/commitments-contract.ts';
import { validateRequest } from '../../core/api/validate.ts';
import type { TestWorkspace } from './workspace.ts';

export function figures(c: CommitmentFigures): Pick<CommitmentFigures, 'committed' | 'used' | 'unused' | 'onDemandEquivalent' | 'netSavings'> {
  return { committed: c.committed, used: c.used, unused: c.unused, onDemandEquivalent: c.onDemandEquivalent, netSavings: c.netSavings };
}

export function commitmentsStatus(t: TestWorkspace, spec: Record<string, unknown> = { kind: 'commitments-status' }): Promise<CommitmentsStatusResult> {
  return t.api.commitmentsStatus(validateRequest('commitmentsStatus', { spec }));
}
