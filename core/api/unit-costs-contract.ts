// The unit economics part of WorkbenchApi (issue 18): business metrics imported into the workspace
// and cost per unit of them. contract.ts spreads these schemas into requestSchemas and extends
// ResponseMap. Schemas and types only: the Electron preload bundles this file, so nothing here may
// reach the store or a native module.
import * as z from 'zod';
import { COST_BASES } from '../engines/pivot/constants.ts';
import { MAX_IMPORT_TEXT_CHARS, MAX_METRIC_NAME_CHARS, METRIC_GRAINS, UNIT_COST_BY, UNIT_COST_GRAINS } from '../engines/unit-costs/constants.ts';
import type { BusinessMetricsImportResult, BusinessMetricSummary, UnitCostResult } from '../engines/unit-costs/result.ts';
import type { BusinessMetricsPreview } from '../engines/unit-costs/preview.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');
const metric = z.string().min(1).max(MAX_METRIC_NAME_CHARS);
const importText = z.string().max(MAX_IMPORT_TEXT_CHARS, `an import sent as text is at most ${MAX_IMPORT_TEXT_CHARS.toLocaleString('en-US')} characters; import larger files by path or with the command line`);
const fileName = z.string().min(1).max(500);

export const unitCostsRequestSchemas = {
  /**
   * A CSV or JSON file of business metrics (date, metric, value, optional owner, optional service;
   * format from content), all or nothing. Each metric in the file replaces its earlier import.
   * By `path` (CLI, desktop) or, from a browser, by `text` with its `fileName`. `grain` declares
   * every metric of the file daily or monthly (one value a month); without it, the file's `grain`
   * column or key, else detected from the dates.
   */
  businessMetricsImport: z
    .strictObject({
      path: z.string().min(1).optional(),
      text: importText.optional(),
      fileName: fileName.optional(),
      grain: z.enum(METRIC_GRAINS).optional(),
    })
    .refine((r) => (r.path === undefined) !== (r.text === undefined), { message: 'give either the path of a file or its text' }),
  /**
   * What businessMetricsImport would do with this text, saving nothing: each metric of the file with
   * its date range, rows, owners and services, and the import's warnings; a bad file fails with the
   * import's coded error (row and column). Reads only. The app shows it before importing.
   */
  businessMetricsPreview: z.strictObject({ text: importText, fileName }),
  /** The imported metrics, with their date range and row counts. */
  businessMetrics: z.strictObject({}),
  /** Removes every row of one metric. */
  businessMetricsRemove: z.strictObject({ metric }),
  /**
   * Cost ÷ volume of a metric per day or month, optionally by owner or service, with the change vs
   * the previous period. `from` is included, `to` is not (as the pivot's period); by default the
   * days both the bill and the metric cover. The owner is the value of a tag (through the tag
   * aliases): `ownerTag`, else the first tag of the saved chargeback rules' owner chain, else Team.
   */
  unitCosts: z.strictObject({
    metric,
    from: isoDate.optional(),
    to: isoDate.optional(),
    grain: z.enum(UNIT_COST_GRAINS),
    by: z.enum(UNIT_COST_BY).optional(),
    basis: z.enum(COST_BASES).optional(),
    ownerTag: z.string().min(1).max(256).optional(),
  }),
} as const;

/** Unit economics' write methods, for guard.ts: they queue with the workspace's other writes. */
export const UNIT_COSTS_WRITE_METHODS = ['businessMetricsImport', 'businessMetricsRemove'] as const;

export interface UnitCostsResponseMap {
  businessMetricsImport: BusinessMetricsImportResult;
  businessMetricsPreview: BusinessMetricsPreview;
  businessMetrics: { metrics: BusinessMetricSummary[] };
  businessMetricsRemove: { removed: number };
  unitCosts: UnitCostResult;
}

export type { BusinessMetricsImportResult, BusinessMetricSummary, BusinessMetricsPreview, UnitCostResult };
export type { UnitCostRow } from '../engines/unit-costs/result.ts';
export type { MetricGrain, UnitCostBy, UnitCostGrain } from '../engines/unit-costs/constants.ts';
