// Error codes of the pivot engine and saved views. WorkbenchError carries them to every transport.
import { WorkbenchError } from '../../errors.ts';

export const PivotErrorCode = {
  PIVOT_UNKNOWN_COLUMN: 'PIVOT_UNKNOWN_COLUMN',
  PIVOT_UNKNOWN_MEASURE: 'PIVOT_UNKNOWN_MEASURE',
  PIVOT_BAD_SPEC: 'PIVOT_BAD_SPEC',
  PIVOT_BAD_CELL: 'PIVOT_BAD_CELL',
  PIVOT_EXPORT_TOO_LARGE: 'PIVOT_EXPORT_TOO_LARGE',
  VIEW_NOT_FOUND: 'VIEW_NOT_FOUND',
  VIEW_EXISTS: 'VIEW_EXISTS',
  VIEW_BAD_FILE: 'VIEW_BAD_FILE',
} as const;

export function badSpec(message: string, details?: Record<string, unknown>): WorkbenchError {
  return new WorkbenchError(PivotErrorCode.PIVOT_BAD_SPEC, message, details);
}
