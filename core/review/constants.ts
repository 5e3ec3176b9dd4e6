// The monthly review pack's words (issue 18): slide ids in their order in the deck, the export
// formats, the slide states. Pure constants: the Electron preload bundles them through the contract.

/** The slides of a review pack, in the order the deck and the PDF show them. */
export const REVIEW_SLIDE_IDS = [
  'title',
  'total-vs-budget',
  'month-over-month',
  'top-movers',
  'anomalies',
  'tag-coverage',
  'commitments',
  'savings',
  'unit-costs',
] as const;
export type ReviewSlideId = (typeof REVIEW_SLIDE_IDS)[number];

export const REVIEW_FORMATS = ['pptx', 'pdf'] as const;
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];

export const SLIDE_OK = 'ok';
export const SLIDE_NO_DATA = 'no-data';
export const REVIEW_SLIDE_STATUSES = [SLIDE_OK, SLIDE_NO_DATA] as const;
export type ReviewSlideStatus = (typeof REVIEW_SLIDE_STATUSES)[number];

export const REVIEW_COLUMN_KINDS = ['text', 'money', 'percent', 'number', 'date'] as const;
export type ReviewColumnKind = (typeof REVIEW_COLUMN_KINDS)[number];

/** A slide comment is a few sentences for the meeting, not a document. */
export const MAX_REVIEW_COMMENT_CHARS = 4000;
