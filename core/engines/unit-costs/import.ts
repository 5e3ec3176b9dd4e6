// An import of business metrics: the file's text (read by path here, or sent by a browser), parsed
// all or nothing, then each of its metrics replaces that metric's earlier rows. Owners and services
// that no line of the bill carries are imported as given, and named in the warnings (a typo would
// leave their cost without volume).
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { join, sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { effectiveTagValueSql, keyRule, loadTagAliases } from '../tags/aliases/effective.ts';
import { MAX_IMPORT_FILE_BYTES, NO_KEY, type MetricGrain } from './constants.ts';
import { metricGrains } from './grain.ts';
import { unitCostsError } from './errors.ts';
import { resolveOwnerTag } from './owner-tag.ts';
import { parseMetricsFile, type MetricRow } from './parse.ts';
import type { BusinessMetricsImportResult } from './result.ts';
import { replaceMetrics } from './store.ts';

export async function importMetricsFile(db: Db, path: string, grain?: MetricGrain): Promise<BusinessMetricsImportResult> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw unitCostsError('UNIT_COSTS_BAD_FILE', `No file at ${path}: give the path of a CSV or JSON file of business metrics.`, { path });
  }
  if (size > MAX_IMPORT_FILE_BYTES) throw unitCostsError('UNIT_COSTS_BAD_FILE', `${path} is ${size.toLocaleString('en-US')} bytes; a metrics file is at most ${MAX_IMPORT_FILE_BYTES.toLocaleString('en-US')}: split it by metric. Nothing was imported.`, { path });
  return importMetricsText(db, await readFile(path, 'utf8'), basename(path), grain);
}

/** `grain`: every metric of the file has this grain; else each metric's is the file's or detected (grain.ts). */
export async function importMetricsText(db: Db, text: string, fileName: string, grain?: MetricGrain): Promise<BusinessMetricsImportResult> {
  const rows = parseMetricsFile(text, fileName);
  const grains = metricGrains(rows, fileName, grain);
  const warnings = await unknownKeys(db, rows);
  const metrics = await replaceMetrics(db, rows, fileName, grains);
  return { importedRows: rows.length, metrics, grains: Object.fromEntries(metrics.map((m) => [m, grains.get(m)!])), warnings };
}

/** Warnings about owners and services no line of the bill carries (also shown by the preview). */
export async function unknownKeys(db: Db, rows: readonly MetricRow[]): Promise<string[]> {
  const warnings: string[] = [];
  const owners = [...new Set(rows.map((r) => r.owner).filter((o) => o !== NO_KEY))].sort();
  const services = [...new Set(rows.map((r) => r.service).filter((s) => s !== NO_KEY))].sort();
  if (owners.length) {
    const tag = await resolveOwnerTag(db, undefined);
    const value = effectiveTagValueSql(keyRule(await loadTagAliases(db), tag));
    const known = new Set((await db.all(sql`SELECT DISTINCT ${value} AS v FROM focus WHERE list_contains([${join(owners)}], ${value})`)).map((r) => String(r.v)));
    const missing = owners.filter((o) => !known.has(o));
    if (missing.length) warnings.push(`No line of the bill has tag ${tag} = ${missing.slice(0, 10).map((o) => JSON.stringify(o)).join(', ')}${missing.length > 10 ? ', …' : ''}: their unit cost by owner will be 0 until it does (check the spelling, or the owner tag).`);
  }
  if (services.length) {
    const known = new Set((await db.all(sql`SELECT DISTINCT ServiceName AS v FROM focus WHERE list_contains([${join(services)}], ServiceName)`)).map((r) => String(r.v)));
    const missing = services.filter((s) => !known.has(s));
    if (missing.length) warnings.push(`No line of the bill has ServiceName ${missing.slice(0, 10).map((s) => JSON.stringify(s)).join(', ')}${missing.length > 10 ? ', …' : ''}: write services as the bill names them (e.g. "Amazon Elastic Compute Cloud").`);
  }
  return warnings;
}
