// The review methods of WorkbenchApi over an open workspace. Saving a comment is a write: guard.ts
// queues it with the workspace's other writes (WRITE_METHODS).
import type * as z from 'zod';
import { WorkbenchError } from '../errors.ts';
import { saveReviewComment } from '../review/comments.ts';
import { ReviewErrorCode } from '../review/errors.ts';
import type { Workspace } from '../store/workspace.ts';
import type { reviewRequestSchemas, ReviewResponseMap } from './review-contract.ts';
import type { CallContext } from './progress.ts';

export type ReviewApi = {
  [M in keyof ReviewResponseMap]: (request: z.infer<(typeof reviewRequestSchemas)[M]>, ctx?: CallContext) => Promise<ReviewResponseMap[M]>;
};

const notBuilt = (): never => {
  throw new WorkbenchError(ReviewErrorCode.REVIEW_NOT_BUILT, 'The review pack is not built in this version yet (issue 18); the slides land next on branch wip/review-pack.');
};

export function createReviewMethods(ws: Workspace): ReviewApi {
  return {
    reviewPack: async () => notBuilt(),
    reviewCommentSave: async (req) => saveReviewComment(ws.db, req.period, req.slideId, req.comment),
    reviewExport: async () => notBuilt(),
  };
}
