// The review methods of WorkbenchApi over an open workspace. The pack reads the engines through
// the workspace's own API (`self`: the guarded methods), read methods only (anomalies through
// anomaliesRead, which records nothing), so building or exporting a pack changes no table.
// Saving a comment is a write (WRITE_METHODS).
import type * as z from 'zod';
import type { CostBasis } from '../engines/pivot/constants.ts';
import { readReviewComments, saveReviewComment } from '../review/comments.ts';
import { reviewFileName, REVIEW_MIME, writeReviewPack } from '../review/export/index.ts';
import { buildReviewPack, PACK_PROGRESS_SHARE } from '../review/pack.ts';
import type { Workspace } from '../store/workspace.ts';
import type { WorkbenchApi } from './contract.ts';
import type { reviewRequestSchemas, ReviewResponseMap } from './review-contract.ts';
import type { CallContext } from './progress.ts';

export type ReviewApi = {
  [M in keyof ReviewResponseMap]: (request: z.infer<(typeof reviewRequestSchemas)[M]>, ctx?: CallContext) => Promise<ReviewResponseMap[M]>;
};

/** The pack's default basis: the engines' own default. */
const DEFAULT_BASIS: CostBasis = 'Effective';

export function createReviewMethods(ws: Workspace, self: () => WorkbenchApi): ReviewApi {
  return {
    reviewPack: async (req, ctx) => buildReviewPack(self(), req.period, req.basis ?? DEFAULT_BASIS, await readReviewComments(ws.db, req.period), ctx),
    reviewCommentSave: async (req) => saveReviewComment(ws.db, req.period, req.slideId, req.comment),
    reviewExport: async (req, ctx) => {
      const pack = await buildReviewPack(self(), req.period, req.basis ?? DEFAULT_BASIS, await readReviewComments(ws.db, req.period), ctx, PACK_PROGRESS_SHARE);
      const bytes = await writeReviewPack(pack, req.format, (i) =>
        ctx?.onProgress?.({ phase: 'write', message: `Writing slide ${i + 1} of ${pack.slides.length} (${req.format.toUpperCase()})`, fraction: PACK_PROGRESS_SHARE + ((1 - PACK_PROGRESS_SHARE) * i) / pack.slides.length }),
      );
      ctx?.onProgress?.({ phase: 'done', message: `Review pack for ${req.period} written`, fraction: 1 });
      return { fileName: reviewFileName(req.period, req.format), mimeType: REVIEW_MIME[req.format], encoding: 'base64', content: bytes.toString('base64') };
    },
  };
}
