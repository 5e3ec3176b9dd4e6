// What to do with files that carry no delivery identity and would replace or double a billing
// period already loaded (or that overlap one another in one ingest): the ingest stops and asks
// unless the person said which (`--replace` / `--append`, or the app's question).
export const OverlapChoice = {
  /** The new files replace the period (inside one ingest, the file given last wins). */
  Replace: 'replace',
  /** The new rows are added to the period: parts of one delivery. */
  Append: 'append',
} as const;
export type OverlapChoice = (typeof OverlapChoice)[keyof typeof OverlapChoice];

export const OVERLAP_CHOICES = [OverlapChoice.Replace, OverlapChoice.Append] as const;
