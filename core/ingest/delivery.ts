// Delivery identity: which AWS delivery (one run of a report or export) a file belongs to. Parts
// of one delivery add up; another delivery of a loaded period restates it. AWS names a delivery
// in its manifest (`assemblyId` for legacy CUR, `executionId` for Data Exports) and, when reports
// are kept as new versions, in the folder it writes the parts to:
//   legacy CUR    <prefix>/<report>/<yyyymmdd-yyyymmdd>/<assemblyId>/<report>-<n>.csv.gz
//   Data Exports  <prefix>/<export>/data/BILLING_PERIOD=YYYY-MM/<timestamp>-<executionId>/<export>-<nnnnn>.<ext>
// In "overwrite" mode the parts sit straight in the period folder and only the manifest (the
// period folder's `<report>-Manifest.json`, or `metadata/BILLING_PERIOD=YYYY-MM/`) names them.
import { basename, dirname, join, sep } from 'node:path';

export const DeliverySource = {
  /** A manifest listing the file names the delivery. */
  Manifest: 'manifest',
  /** The delivery folder AWS wrote the file into. */
  Folder: 'folder',
} as const;
export type DeliverySource = (typeof DeliverySource)[keyof typeof DeliverySource];

export interface Delivery {
  /** What the imports table keeps and compares: the assembly/execution UUID, else the name as written. */
  key: string;
  /** The id as AWS wrote it (a folder name may carry a timestamp before the UUID). */
  label: string;
  source: DeliverySource;
  /** When AWS made the delivery, where its id says so (Data Exports execution folders), in ms. */
  idTime: number | null;
  /** The newest modification time of the delivery's files we were given (manifest included), in ms. */
  fileTime: number;
}

export const LEGACY_PERIOD_FOLDER = /^\d{8}-\d{8}$/;
export const EXPORT_PERIOD_FOLDER = /^BILLING_PERIOD=(\d{4}-\d{2})$/;
const UUID_AT_END = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
// 2024-05-18T20:16:37.306Z-… or 20250307T053621Z-…
const LEADING_TIME = /^(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2}):?(\d{2})(\.\d+)?Z/;

/** The comparable key of an assembly or execution id: its UUID when it ends in one. */
export function deliveryKey(id: string): string {
  const m = UUID_AT_END.exec(id);
  return m ? m[1]!.toLowerCase() : id;
}

/** The time a delivery id starts with, if it does (execution folders do). */
export function deliveryIdTime(id: string): number | null {
  const m = LEADING_TIME.exec(id);
  if (!m) return null;
  const t = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${m[7] ?? ''}Z`);
  return Number.isFinite(t) ? t : null;
}

export function makeDelivery(id: string, source: DeliverySource, fileTime: number): Delivery {
  return { key: deliveryKey(id), label: id, source, idTime: deliveryIdTime(id), fileTime };
}

/**
 * Which of two deliveries AWS made later: by the times their ids carry when both do, else by
 * their files' modification times (S3 and most copies keep the delivery's order). 0 when unknown.
 */
export function compareDeliveries(a: Delivery, b: Delivery): number {
  if (a.idTime !== null && b.idTime !== null && a.idTime !== b.idTime) return a.idTime - b.idTime;
  return a.fileTime - b.fileTime;
}

/** The delivery folder a data file sits in, from the layouts above; null in a period folder itself. */
export function deliveryFolderOf(path: string): string | null {
  const parent = basename(dirname(path));
  const grand = basename(dirname(dirname(path)));
  if (LEGACY_PERIOD_FOLDER.test(grand) && !LEGACY_PERIOD_FOLDER.test(parent)) return parent;
  if (EXPORT_PERIOD_FOLDER.test(grand) && !EXPORT_PERIOD_FOLDER.test(parent)) return parent;
  return null;
}

/**
 * Folders where a manifest naming this file may be: its own folder and the period folder above
 * it (legacy CUR), or `<export>/metadata/BILLING_PERIOD=YYYY-MM/` (Data Exports).
 */
export function manifestFoldersFor(path: string): string[] {
  const parts = dirname(path).split(sep);
  const out = [dirname(path)];
  const legacy = parts.findLastIndex((p) => LEGACY_PERIOD_FOLDER.test(p));
  if (legacy >= 0) out.push(parts.slice(0, legacy + 1).join(sep));
  const exp = parts.findLastIndex((p) => EXPORT_PERIOD_FOLDER.test(p));
  if (exp >= 1 && parts[exp - 1] === 'data') out.push(join(parts.slice(0, exp - 1).join(sep) || sep, 'metadata', parts[exp]!));
  return [...new Set(out)];
}
