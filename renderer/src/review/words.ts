// The Review view's words and fixed values.
import type { ReviewFormat } from '../../../core/api/review-contract.ts';

/** The slide's paper: the pack's charts are drawn for a white slide (the deck and the PDF). */
export const SLIDE_PAPER = '#ffffff';

export const EXPORT_FORMATS: readonly { id: ReviewFormat; label: string; title: string }[] = [
  { id: 'pptx', label: 'PowerPoint', title: 'The deck (.pptx): a slide per section, charts as images, numbers in native tables, the notes as speaker notes' },
  { id: 'pdf', label: 'PDF', title: 'The same pack as a PDF, a page per slide, comments included' },
];

export const PACK_NOTE = 'Reading the engines’ results for the month: spend, budgets and forecast, movers, anomalies, tags, commitments, savings and unit costs. This takes a few seconds on a large workspace.';

/** Keys that move between slides when the focus is not in a field. */
export const NEXT_SLIDE_KEYS: ReadonlySet<string> = new Set(['PageDown', 'ArrowDown', 'ArrowRight']);
export const PREVIOUS_SLIDE_KEYS: ReadonlySet<string> = new Set(['PageUp', 'ArrowUp', 'ArrowLeft']);
