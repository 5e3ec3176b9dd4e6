// The pivot part of WorkbenchApi: pivots, drill-down pages, exports and saved views.
// contract.ts spreads these schemas into requestSchemas and extends ResponseMap with these
// responses, so every transport validates and serves them like any other method.
import * as z from 'zod';
import type { DrillResult } from '../engines/pivot/drill.ts';
import { drillRequestSchema } from '../engines/pivot/drill-spec.ts';
import type { PivotResult } from '../engines/pivot/result.ts';
import { viewDocumentSchema, viewName, type SavedView, type SavedViewSummary, type ViewDocument } from '../engines/pivot/saved-views.ts';
import { pivotSpecSchema } from '../engines/pivot/spec.ts';
import type { PivotFields } from '../engines/pivot/fields.ts';
import type { DimensionValues } from '../engines/pivot/values.ts';
import { valuesRequestSchema } from '../engines/pivot/spec.ts';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;

export const pivotRequestSchemas = {
  pivot: z.strictObject({ spec: pivotSpecSchema }),
  pivotDrill: drillRequestSchema,
  /** What can go in rows, columns and filters here: columns with data, tag keys, time buckets. */
  pivotFields: z.strictObject({}),
  /** The keys of one dimension with their cost, for picking filter values. */
  pivotValues: valuesRequestSchema,
  /** `title`: what the screen calls this pivot (a saved view's name), printed in the export's context. */
  pivotExport: z.strictObject({ spec: pivotSpecSchema, format: z.enum(EXPORT_FORMATS), title: z.string().max(200).optional() }),
  /** The line items of a drill-down (same cell, sort and grid filters) as a file with its context. */
  pivotDrillExport: drillRequestSchema.omit({ offset: true, limit: true, withTotals: true }).extend({ format: z.enum(EXPORT_FORMATS), title: z.string().max(300).optional() }),
  saveView: z.strictObject({ name: viewName, spec: pivotSpecSchema, overwrite: z.boolean().default(false) }),
  listViews: z.strictObject({}),
  getView: z.strictObject({ name: viewName }),
  deleteView: z.strictObject({ name: viewName }),
  exportView: z.strictObject({ name: viewName }),
  importView: z.strictObject({ document: viewDocumentSchema, name: viewName.optional(), overwrite: z.boolean().default(false) }),
} as const;

/** A file made by an export, carried as data so any transport can hand it over. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  /** utf8 for text formats, base64 for binary ones. */
  encoding: 'utf8' | 'base64';
  content: string;
}

export interface PivotResponseMap {
  pivot: PivotResult;
  pivotDrill: DrillResult;
  pivotFields: PivotFields;
  pivotValues: DimensionValues;
  pivotExport: ExportedFile;
  pivotDrillExport: ExportedFile;
  saveView: SavedView;
  listViews: { views: SavedViewSummary[] };
  getView: SavedView;
  deleteView: { deleted: string };
  exportView: ViewDocument;
  importView: SavedView;
}

export type { PivotResult, DrillResult, SavedView, SavedViewSummary, ViewDocument, PivotFields, DimensionValues };
export type { PivotColumn, PivotRow } from '../engines/pivot/result.ts';
export type { PivotNotice } from '../engines/pivot/notices.ts';
export type { PivotSpec, PivotSpecInput, PivotKey, PivotFilter } from '../engines/pivot/spec.ts';
export type { PivotFieldColumn } from '../engines/pivot/fields.ts';
export type { DimensionValue } from '../engines/pivot/values.ts';
