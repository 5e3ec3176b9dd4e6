// What every metric parser is given and returns. A parser reads one file and emits its points;
// checks that need the whole file (units, period, duplicates, gaps) run after, on the stage table.
import type { MetricPoint } from './stage.ts';
import type { Locate } from './values.ts';

export interface ParseContext {
  /** The file to read. */
  path: string;
  /** The file as the person knows it, for messages. */
  display: string;
  emit: (p: MetricPoint) => void;
  warn: (warning: string) => void;
  /** The namespace of a metric when the file does not say it. */
  namespaceFor: (metric: string, resourceId: string) => string;
}

export interface ParseOutcome {
  /** The period the file states (a Period field, a period_seconds column); null when it states none. */
  declaredPeriod: number | null;
  /** The period to take when the file states none and its timestamps cannot tell; null: refuse. */
  fallbackPeriod: number | null;
  /** Turns a point's position into words for messages. */
  locate: Locate;
}
