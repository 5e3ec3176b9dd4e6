// Error codes of the review pack. WorkbenchError carries them to every transport.
import { ErrorCode, WorkbenchError } from '../errors.ts';

export const ReviewErrorCode = {
  /** The output file's extension names no format the pack is written in (.pptx, .pdf). */
  REVIEW_BAD_FORMAT: 'REVIEW_BAD_FORMAT',
} as const;

export function badReviewFormat(message: string, details?: Record<string, unknown>): WorkbenchError {
  return new WorkbenchError(ReviewErrorCode.REVIEW_BAD_FORMAT, message, details);
}

export function reviewCancelled(): WorkbenchError {
  return new WorkbenchError(ErrorCode.CANCELLED, 'Review pack cancelled; nothing was written.');
}
