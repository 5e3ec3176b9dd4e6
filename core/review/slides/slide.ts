// What a slide module makes, and the pieces every slide shares: the command lines its notes give,
// the no-data form, and reading an engine that may have nothing to say.
import type { ReviewSlide, ReviewTable } from '../../api/review-contract.ts';
import { WorkbenchError } from '../../errors.ts';
import { SLIDE_NO_DATA, SLIDE_OK, type ReviewSlideId } from '../constants.ts';
import type { ReviewContext } from '../context.ts';
import { CLI, DB_PLACEHOLDER, SLIDE_TITLES } from '../words.ts';

/** A slide before its comment is attached (comments come from the workspace, by pack.ts). */
export type SlideDraft = Omit<ReviewSlide, 'comment'>;

export interface SlideModule {
  id: ReviewSlideId;
  build: (ctx: ReviewContext) => Promise<SlideDraft>;
}

/** `finops-workbench <args> --db W`, as the notes print it. */
export function command(args: string): string {
  return `${CLI} ${args} --db ${DB_PLACEHOLDER}`;
}

export function okSlide(id: ReviewSlideId, parts: Pick<SlideDraft, 'headline' | 'charts' | 'tables' | 'notes'>): SlideDraft {
  return { id, title: SLIDE_TITLES[id], status: SLIDE_OK, ...parts };
}

/** A slide whose engine has nothing for the month: it says what to load or set up instead of failing the pack. */
export function noDataSlide(id: ReviewSlideId, headline: string, reason: string, notes: string, tables: ReviewTable[] = []): SlideDraft {
  return { id, title: SLIDE_TITLES[id], headline, status: SLIDE_NO_DATA, noDataReason: reason, charts: [], tables, notes };
}

/**
 * The engine's answer, or the coded error it gave: an engine that cannot answer for lack of data
 * (no metrics, no usage) says so with a WorkbenchError, which the slide shows as its no-data
 * reason. Anything else (a bug) still fails the pack.
 */
export async function attempt<T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
  try {
    return { ok: true, value: await work() };
  } catch (err) {
    if (err instanceof WorkbenchError) return { ok: false, message: err.message };
    throw err;
  }
}
