// The pivot methods of WorkbenchApi over an open workspace. A workspace whose daily aggregate
// is stale (built before migration 003, or changed by a path that did not refresh it) gets it
// rebuilt once on the first pivot when the workspace is writable; read-only ones read focus.
import type { Workspace } from '../store/workspace.ts';
import { drill } from '../engines/pivot/drill.ts';
import { pivotAggregatesFresh, rebuildPivotAggregates } from '../engines/pivot/aggregates.ts';
import { run } from '../engines/pivot/run.ts';
import { pivotFields } from '../engines/pivot/fields.ts';
import { dimensionValues } from '../engines/pivot/values.ts';
import { deleteView, exportView, getView, importView, listViews, saveView } from '../engines/pivot/saved-views.ts';
import type { PivotSpec } from '../engines/pivot/spec.ts';
import { pivotToCsv } from '../export/pivot-csv.ts';
import { pivotToXlsx } from '../export/pivot-xlsx.ts';
import { pivotExportContext } from '../export/pivot-context.ts';
import { drillExport, drillToCsv, drillToXlsx } from '../export/drill-export.ts';
import { pivotCommandLine } from '../export/pivot-command.ts';
import type { ExportedFile, pivotRequestSchemas, PivotResponseMap } from './pivot-contract.ts';
import type * as z from 'zod';
import type { CallContext } from './progress.ts';

export type PivotApi = {
  [M in keyof PivotResponseMap]: (request: z.infer<(typeof pivotRequestSchemas)[M]>, ctx?: CallContext) => Promise<PivotResponseMap[M]>;
};

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME = 'text/csv';

/** A pivot as a file that says what it is (core/export/context.ts): the header block or the About sheet. */
export async function exportPivot(ws: Workspace, spec: PivotSpec, format: 'csv' | 'xlsx', title?: string): Promise<ExportedFile> {
  const result = await run(ws.db, spec);
  const fileName = `pivot.${format}`;
  const context = await pivotExportContext(ws.db, result.spec, { workspace: ws.path, title, command: pivotCommandLine(result.spec, ws.path, fileName) });
  if (format === 'csv') return { fileName, mimeType: CSV_MIME, encoding: 'utf8', content: pivotToCsv(result, context) };
  return { fileName, mimeType: XLSX_MIME, encoding: 'base64', content: (await pivotToXlsx(result, context)).toString('base64') };
}

export function createPivotMethods(ws: Workspace): PivotApi {
  let checked = false;
  const ensureAggregate = async () => {
    if (checked || ws.readOnly) return;
    checked = true;
    // a write: it queues behind imports, and checks again once its turn comes
    if (!(await pivotAggregatesFresh(ws.db))) await ws.exclusive(async () => (await pivotAggregatesFresh(ws.db)) || ws.db.transaction(() => rebuildPivotAggregates(ws.db)));
  };
  return {
    pivot: async (req) => {
      await ensureAggregate();
      return run(ws.db, req.spec);
    },
    pivotDrill: async (req) => {
      await ensureAggregate();
      return drill(ws.db, req);
    },
    pivotFields: async () => pivotFields(ws.db),
    pivotValues: async (req) => {
      await ensureAggregate();
      return dimensionValues(ws.db, req);
    },
    pivotExport: async (req) => {
      await ensureAggregate();
      return exportPivot(ws, req.spec, req.format, req.title);
    },
    pivotDrillExport: async (req) => {
      await ensureAggregate();
      const { format, title, ...cell } = req;
      const lines = await drillExport(ws.db, cell, { workspace: ws.path, title });
      const fileName = `line-items.${format}`;
      if (format === 'csv') return { fileName, mimeType: CSV_MIME, encoding: 'utf8', content: drillToCsv(lines) };
      return { fileName, mimeType: XLSX_MIME, encoding: 'base64', content: (await drillToXlsx(lines)).toString('base64') };
    },
    saveView: async (req) => saveView(ws.db, req.name, req.spec, req.overwrite),
    listViews: async () => ({ views: await listViews(ws.db) }),
    getView: async (req) => getView(ws.db, req.name),
    deleteView: async (req) => {
      await deleteView(ws.db, req.name);
      return { deleted: req.name };
    },
    exportView: async (req) => exportView(ws.db, req.name),
    importView: async (req) => importView(ws.db, req.document, { ...(req.name ? { name: req.name } : {}), overwrite: req.overwrite }),
  };
}
