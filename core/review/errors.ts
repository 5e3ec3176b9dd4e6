// Error codes of the review pack. WorkbenchError carries them to every transport.
import { WorkbenchError } from '../errors.ts';

export const ReviewErrorCode = {
  /** The output file's extension names no format the pack is written in (.pptx, .pdf). */
  REVIEW_BAD_FORMAT: 'REVIEW_BAD_FORMAT',
  /** The pack or its export is not built yet on this branch (the contract lands first). */
  REVIEW_NOT_BUILT: 'REVIEW_NOT_BUILT',
} as const;

export function badReviewFormat(message: string, details?: Record<string, unknown>): WorkbenchError {
  return new WorkbenchError(ReviewErrorCode.REVIEW_BAD_FORMAT, message, details);
}
