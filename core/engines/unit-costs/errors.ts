// Error codes of unit economics. WorkbenchError carries them to every transport.
import { WorkbenchError } from '../../errors.ts';

export const UnitCostsErrorCode = {
  /** An import that is neither a CSV with the needed header nor a JSON array of rows. Nothing is saved. */
  UNIT_COSTS_BAD_FILE: 'UNIT_COSTS_BAD_FILE',
  /** One row of an import is wrong (bad date, value not a number, missing metric): the message names row and column. Nothing is saved. */
  UNIT_COSTS_BAD_ROW: 'UNIT_COSTS_BAD_ROW',
  /** Two rows of an import give the same date, metric, owner and service. Nothing is saved. */
  UNIT_COSTS_DUPLICATE_ROW: 'UNIT_COSTS_DUPLICATE_ROW',
  /** A metric asked for (unitCosts, unitCost:<metric>, remove) was never imported. */
  UNIT_COSTS_UNKNOWN_METRIC: 'UNIT_COSTS_UNKNOWN_METRIC',
  /** The request cannot be answered as asked (from after to, a range too long...). */
  UNIT_COSTS_BAD_REQUEST: 'UNIT_COSTS_BAD_REQUEST',
} as const;

export function unitCostsError(code: keyof typeof UnitCostsErrorCode, message: string, details?: Record<string, unknown>): WorkbenchError {
  return new WorkbenchError(UnitCostsErrorCode[code], message, details);
}
