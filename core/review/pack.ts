// One month's review pack: every slide in order (constants.ts), each built from the engines'
// answers through the API, with the comments kept in the workspace attached.
import type { WorkbenchApi } from '../api/contract.ts';
import type { ReviewPack } from '../api/review-contract.ts';
import type { CostBasis } from '../engines/pivot/constants.ts';
import type { CallContext } from '../progress.ts';
import { REVIEW_SLIDE_IDS } from './constants.ts';
import { reviewCancelled } from './errors.ts';
import { reviewContext } from './context.ts';
import { anomaliesSlide } from './slides/anomalies.ts';
import { commitmentsSlide } from './slides/commitments.ts';
import { monthOverMonthSlide } from './slides/month-over-month.ts';
import { savingsSlide } from './slides/savings.ts';
import type { SlideModule } from './slides/slide.ts';
import { tagCoverageSlide } from './slides/tag-coverage.ts';
import { titleSlide } from './slides/title.ts';
import { topMoversSlide } from './slides/top-movers.ts';
import { totalVsBudgetSlide } from './slides/total-vs-budget.ts';
import { unitCostsSlide } from './slides/unit-costs.ts';
import { SLIDE_TITLES } from './words.ts';

const MODULES: SlideModule[] = [titleSlide, totalVsBudgetSlide, monthOverMonthSlide, topMoversSlide, anomaliesSlide, tagCoverageSlide, commitmentsSlide, savingsSlide, unitCostsSlide];

/** The share of an export's progress the slides take (rendering and writing the file take the rest). */
export const PACK_PROGRESS_SHARE = 0.7;

export async function buildReviewPack(api: WorkbenchApi, period: string, basis: CostBasis, comments: Map<string, string>, ctx: CallContext = {}, share = 1): Promise<ReviewPack> {
  const rc = await reviewContext(api, period, basis);
  const slides = [];
  for (const [i, id] of REVIEW_SLIDE_IDS.entries()) {
    if (ctx.signal?.aborted) throw reviewCancelled();
    ctx.onProgress?.({ phase: 'read', message: `Slide ${i + 1} of ${REVIEW_SLIDE_IDS.length}: ${SLIDE_TITLES[id]}`, fraction: (i / REVIEW_SLIDE_IDS.length) * share });
    const draft = await MODULES.find((m) => m.id === id)!.build(rc);
    slides.push({ ...draft, comment: comments.get(id) ?? null });
  }
  return { period, basis, generatedAt: new Date().toISOString(), slides };
}
