// Saved views: a spec stored by name in the workspace and given back exactly as saved.
// A view travels as a small JSON document (export/import) so it can be shared as a file.
import * as z from 'zod';
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { WorkbenchError } from '../../errors.ts';
import { PivotErrorCode } from './errors.ts';
import { parsePivotSpec } from './spec.ts';
import { pivotSpecSchema, type PivotSpec } from './spec.ts';

export const VIEW_FILE_FORMAT = 'finops-workbench/view';

export const viewName = z.string().trim().min(1).max(200);

/** The file form of a view. */
export const viewDocumentSchema = z.strictObject({
  format: z.literal(VIEW_FILE_FORMAT),
  version: z.literal(1),
  name: viewName,
  spec: pivotSpecSchema,
});
export type ViewDocument = z.output<typeof viewDocumentSchema>;

export interface SavedViewSummary {
  name: string;
  kind: string;
  createdAt: string;
  updatedAt: string;
}

export interface SavedView extends SavedViewSummary {
  spec: PivotSpec;
}

function notFound(name: string): WorkbenchError {
  return new WorkbenchError(PivotErrorCode.VIEW_NOT_FOUND, `No saved view named "${name}". List the saved views to see their names.`, { name });
}

export async function saveView(db: Db, name: string, input: unknown, overwrite = false): Promise<SavedView> {
  const spec = parsePivotSpec(input);
  const exists = (await db.value(sql`SELECT count(*) FROM saved_views WHERE name = ${name}`)) !== 0;
  if (exists && !overwrite) {
    throw new WorkbenchError(PivotErrorCode.VIEW_EXISTS, `A view named "${name}" already exists. Choose another name or save with overwrite.`, { name });
  }
  const text = JSON.stringify(spec);
  if (exists) await db.run(sql`UPDATE saved_views SET kind = ${spec.kind}, spec = ${text}, updated_at = now()::TIMESTAMP WHERE name = ${name}`);
  else await db.run(sql`INSERT INTO saved_views VALUES (${name}, ${spec.kind}, ${text}, now()::TIMESTAMP, now()::TIMESTAMP)`);
  return getView(db, name);
}

export async function listViews(db: Db): Promise<SavedViewSummary[]> {
  const rows = await db.all(sql`SELECT name, kind, created_at, updated_at FROM saved_views ORDER BY lower(name), name`);
  return rows.map((r) => ({ name: String(r.name), kind: String(r.kind), createdAt: String(r.created_at), updatedAt: String(r.updated_at) }));
}

export async function getView(db: Db, name: string): Promise<SavedView> {
  const r = await db.one(sql`SELECT name, kind, spec, created_at, updated_at FROM saved_views WHERE name = ${name}`);
  if (!r) throw notFound(name);
  return {
    name: String(r.name),
    kind: String(r.kind),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    // stored specs were validated on the way in; parsing again fills defaults added since
    spec: parsePivotSpec(JSON.parse(String(r.spec))),
  };
}

export async function deleteView(db: Db, name: string): Promise<void> {
  const exists = (await db.value(sql`SELECT count(*) FROM saved_views WHERE name = ${name}`)) !== 0;
  if (!exists) throw notFound(name);
  await db.run(sql`DELETE FROM saved_views WHERE name = ${name}`);
}

export async function exportView(db: Db, name: string): Promise<ViewDocument> {
  const view = await getView(db, name);
  return { format: VIEW_FILE_FORMAT, version: 1, name: view.name, spec: view.spec };
}

export function parseViewDocument(input: unknown): ViewDocument {
  const parsed = viewDocumentSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`);
  throw new WorkbenchError(PivotErrorCode.VIEW_BAD_FILE, `This is not a FinOps Workbench view file: ${issues.join('; ')}`, { issues });
}

export async function importView(db: Db, document: unknown, options: { name?: string; overwrite?: boolean } = {}): Promise<SavedView> {
  const doc = parseViewDocument(document);
  return saveView(db, options.name ?? doc.name, doc.spec, options.overwrite ?? false);
}
