// Error codes of the commitments engine. WorkbenchError carries them to every transport.
import { WorkbenchError } from '../../errors.ts';

export const CommitmentsErrorCode = {
  COMMITMENTS_BAD_SPEC: 'COMMITMENTS_BAD_SPEC',
  /** A what-if on a workspace without usage rows. */
  COMMITMENTS_NO_USAGE: 'COMMITMENTS_NO_USAGE',
  /** A what-if with no rate given and none to observe. */
  COMMITMENTS_NO_RATE: 'COMMITMENTS_NO_RATE',
  /** An RI sized in units of an instance type whose on-demand price nothing tells. */
  COMMITMENTS_NO_PRICE: 'COMMITMENTS_NO_PRICE',
} as const;

export function badCommitmentsSpec(message: string, details?: Record<string, unknown>): WorkbenchError {
  return new WorkbenchError(CommitmentsErrorCode.COMMITMENTS_BAD_SPEC, message, details);
}

export function noUsage(): WorkbenchError {
  return new WorkbenchError(CommitmentsErrorCode.COMMITMENTS_NO_USAGE, 'The workspace has no usage to simulate a commitment on. Load a bill first ("finops-workbench ingest --db W PATH").');
}

export function noRate(from: string, to: string): WorkbenchError {
  return new WorkbenchError(CommitmentsErrorCode.COMMITMENTS_NO_RATE, `No Compute Savings Plan held between ${from} and ${to} shows the rate a new plan would get: give it (--rate, the plan's price as a fraction of on demand, e.g. 0.72 for 28% off).`, { from, to });
}

export function noUnitPrice(instanceType: string, region: string): WorkbenchError {
  return new WorkbenchError(CommitmentsErrorCode.COMMITMENTS_NO_PRICE, `The on-demand price of ${instanceType} in ${region} is not in the usage rows (nor that of another size of its family): give the reservation's hourly cost instead of units (--hourly), or choose an instance type the workspace uses.`, { instanceType, region });
}
