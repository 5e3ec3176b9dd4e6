// Error codes of the commitments engine. WorkbenchError carries them to every transport.
import { WorkbenchError } from '../../errors.ts';

export const CommitmentsErrorCode = {
  COMMITMENTS_BAD_SPEC: 'COMMITMENTS_BAD_SPEC',
  /** A what-if on a workspace without usage rows. */
  COMMITMENTS_NO_USAGE: 'COMMITMENTS_NO_USAGE',
  /** An RI sized in units of an instance type whose on-demand price nothing tells. */
  COMMITMENTS_NO_PRICE: 'COMMITMENTS_NO_PRICE',
} as const;

export function badCommitmentsSpec(message: string, details?: Record<string, unknown>): WorkbenchError {
  return new WorkbenchError(CommitmentsErrorCode.COMMITMENTS_BAD_SPEC, message, details);
}

export function noUsage(): WorkbenchError {
  return new WorkbenchError(CommitmentsErrorCode.COMMITMENTS_NO_USAGE, 'The workspace has no usage to simulate a commitment on. Load a bill first ("finops-workbench ingest --db W PATH").');
}

export function noUnitPrice(instanceType: string, region: string): WorkbenchError {
  return new WorkbenchError(CommitmentsErrorCode.COMMITMENTS_NO_PRICE, `The on-demand price of ${instanceType} in ${region} is not in the usage rows (nor that of another size of its family): give the reservation's hourly cost instead of units (--hourly), or choose an instance type the workspace uses.`, { instanceType, region });
}
