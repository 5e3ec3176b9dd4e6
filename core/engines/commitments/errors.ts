// Error codes of the commitments engine. WorkbenchError carries them to every transport.
import { WorkbenchError } from '../../errors.ts';

export const CommitmentsErrorCode = {
  COMMITMENTS_BAD_SPEC: 'COMMITMENTS_BAD_SPEC',
} as const;

export function badCommitmentsSpec(message: string, details?: Record<string, unknown>): WorkbenchError {
  return new WorkbenchError(CommitmentsErrorCode.COMMITMENTS_BAD_SPEC, message, details);
}
