// The pivot part of WorkbenchApi: pivots, drill-down pages, exports and saved views.
// contract.ts spreads these schemas into requestSchemas and extends ResponseMap with these
// responses, so every transport validates and serves them like any other method.
import * as z from 'zod';
import type { DrillResult } from '../engines/pivot/drill.ts';
import { drillRequestSchema } from '../engines/pivot/drill.ts';
import type { PivotResult } from '../engines/pivot/result.ts';
import { viewDocumentSchema, viewName, type SavedView, type SavedViewSummary, type ViewDocument } from '../engines/pivot/saved-views.ts';
import { pivotSpecSchema } from '../engines/pivot/spec.ts';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;

export const pivotRequestSchemas = {
  pivot: z.strictObject({ spec: pivotSpecSchema }),
  pivotDrill: drillRequestSchema,
  pivotExport: z.strictObject({ spec: pivotSpecSchema, format: z.enum(EXPORT_FORMATS) }),
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
  pivotExport: ExportedFile;
  saveView: SavedView;
  listViews: { views: SavedViewSummary[] };
  getView: SavedView;
  deleteView: { deleted: string };
  exportView: ViewDocument;
  importView: SavedView;
}

export type { PivotResult, DrillResult, SavedView, SavedViewSummary, ViewDocument };
