// The monthly review part of WorkbenchApi (issue 18): one period's pack of slides read from the
// engines' results (never recomputed), a comment per slide kept in the workspace, and the pack as a
// PPTX deck or a PDF. contract.ts spreads these schemas into requestSchemas and extends ResponseMap.
// Schemas and types only: the Electron preload bundles this file.
import * as z from 'zod';
import { COST_BASES, type CostBasis } from '../engines/pivot/constants.ts';
import {
  MAX_REVIEW_COMMENT_CHARS,
  REVIEW_FORMATS,
  REVIEW_SLIDE_IDS,
  type ReviewColumnKind,
  type ReviewFormat,
  type ReviewSlideId,
  type ReviewSlideStatus,
} from '../review/constants.ts';
import type { ExportedFile } from './pivot-contract.ts';

const reviewPeriod = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a review period is a month written YYYY-MM');

export const reviewRequestSchemas = {
  /** The pack of one month: every slide with its headline, charts (echarts options), tables, notes and comment. */
  reviewPack: z.strictObject({ period: reviewPeriod, basis: z.enum(COST_BASES).optional() }),
  /** Saves the comment of one slide of one month's pack; an empty comment deletes it. */
  reviewCommentSave: z.strictObject({
    period: reviewPeriod,
    slideId: z.enum(REVIEW_SLIDE_IDS),
    comment: z.string().max(MAX_REVIEW_COMMENT_CHARS, `a slide comment is at most ${MAX_REVIEW_COMMENT_CHARS} characters`),
  }),
  /** The pack as a file (PPTX deck or PDF), comments included; reports progress. */
  reviewExport: z.strictObject({ period: reviewPeriod, format: z.enum(REVIEW_FORMATS), basis: z.enum(COST_BASES).optional() }),
} as const;

/** Review's write methods, for guard.ts: they queue with the workspace's other writes. */
export const REVIEW_WRITE_METHODS = ['reviewCommentSave'] as const;

export interface ReviewColumn {
  key: string;
  label: string;
  kind: ReviewColumnKind;
}

export interface ReviewTable {
  title: string;
  columns: ReviewColumn[];
  rows: Record<string, string | number | null>[];
}

export interface ReviewChart {
  id: string;
  title: string;
  /** A plain-JSON echarts option built in core/review/charts: the view renders it, the export rasterizes it. */
  option: unknown;
  /** The chart in words, for screen readers and the PDF. */
  alt: string;
}

export interface ReviewSlide {
  id: ReviewSlideId;
  title: string;
  /** One sentence with the key number. */
  headline: string;
  status: ReviewSlideStatus;
  /** When status is no-data: what to load or set up. */
  noDataReason?: string;
  charts: ReviewChart[];
  tables: ReviewTable[];
  /** Speaker notes: where the numbers come from, with the command that reproduces them. */
  notes: string;
  comment: string | null;
}

export interface ReviewPack {
  period: string;
  basis: CostBasis;
  generatedAt: string;
  slides: ReviewSlide[];
}

export interface ReviewResponseMap {
  reviewPack: ReviewPack;
  reviewCommentSave: { period: string; slideId: ReviewSlideId; comment: string };
  reviewExport: ExportedFile;
}

export { REVIEW_FORMATS, REVIEW_SLIDE_IDS };
export type { ReviewColumnKind, ReviewFormat, ReviewSlideId, ReviewSlideStatus };
