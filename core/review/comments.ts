// The comments of a review pack's slides: table `review_comments` (migration 085), one row per
// period and slide. Saving an empty comment deletes it, so "no comment" has one form (no row).
import { sql } from '../sql/index.ts';
import type { Db } from '../store/db.ts';
import type { ReviewSlideId } from './constants.ts';

export async function saveReviewComment(db: Db, period: string, slideId: ReviewSlideId, comment: string): Promise<{ period: string; slideId: ReviewSlideId; comment: string }> {
  // surrounding blank lines are an editing accident, not part of what the analyst means
  const text = comment.trim();
  if (text === '') await db.run(sql`DELETE FROM review_comments WHERE period = ${period} AND slide_id = ${slideId}`);
  else await db.run(sql`INSERT OR REPLACE INTO review_comments VALUES (${period}, ${slideId}, ${text}, now()::TIMESTAMP)`);
  return { period, slideId, comment: text };
}

/** The period's comments by slide id. */
export async function readReviewComments(db: Db, period: string): Promise<Map<string, string>> {
  // a workspace from before migration 085 opened read-only has no table yet: no comments
  if (!(await db.one(sql`SELECT 1 FROM information_schema.tables WHERE table_name = 'review_comments'`))) return new Map();
  const rows = await db.all(sql`SELECT slide_id, comment FROM review_comments WHERE period = ${period}`);
  return new Map(rows.map((r) => [String(r.slide_id), String(r.comment)]));
}
