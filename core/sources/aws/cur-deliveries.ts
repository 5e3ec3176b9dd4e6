// Which objects of a CUR / Data Exports prefix form the newest delivery of each billing period.
// Legacy CUR writes `<report>/<yyyymmdd-yyyymmdd>/[<assemblyId>/]<report>-Manifest.json` with
// `reportKeys`; CUR 2.0 writes `<export>/metadata/BILLING_PERIOD=YYYY-MM/<export>-Manifest.json`
// with `dataFiles` (s3:// URIs). AWS restates a month by delivering it again: per period, the
// manifest written last describes the delivery that counts.
import type { S3Object } from './s3-objects.ts';

export const MANIFEST_SUFFIX = /manifest\.json$/i;
const LEGACY_PERIOD = /(?:^|\/)(\d{4})(\d{2})01-\d{8}\//;
const EXPORT_PERIOD = /BILLING_PERIOD=(\d{4}-\d{2})\//;

/** The billing period (YYYY-MM) a manifest key belongs to, from its folder names. */
export function manifestPeriod(key: string): string | null {
  const e = EXPORT_PERIOD.exec(key);
  if (e) return e[1]!;
  const l = LEGACY_PERIOD.exec(key);
  return l ? `${l[1]}-${l[2]}` : null;
}

export interface ChosenManifest {
  period: string;
  manifest: S3Object;
}

/** Per billing period, the newest manifest; on a tie the shallower one (the period-level pointer). */
export function newestDeliveries(objects: readonly S3Object[], period?: string): ChosenManifest[] {
  const best = new Map<string, S3Object>();
  for (const o of objects) {
    if (!MANIFEST_SUFFIX.test(o.key)) continue;
    const p = manifestPeriod(o.key);
    if (!p || (period && p !== period)) continue;
    const cur = best.get(p);
    const depth = (k: string) => k.split('/').length;
    if (!cur || o.lastModified > cur.lastModified || (o.lastModified.getTime() === cur.lastModified.getTime() && depth(o.key) < depth(cur.key))) best.set(p, o);
  }
  return [...best].sort(([a], [b]) => a.localeCompare(b)).map(([p, manifest]) => ({ period: p, manifest }));
}

/** The object keys a manifest lists, in `bucket`; null when it is not a CUR manifest. */
export function manifestKeys(doc: unknown, bucket: string): string[] | null {
  if (typeof doc !== 'object' || doc === null) return null;
  const m = doc as Record<string, unknown>;
  const keys = Array.isArray(m.reportKeys) ? m.reportKeys : Array.isArray(m.dataFiles) ? m.dataFiles : null;
  if (!keys || !keys.every((k) => typeof k === 'string')) return null;
  return (keys as string[]).map((k) => (k.startsWith(`s3://${bucket}/`) ? k.slice(`s3://${bucket}/`.length) : k.replace(/^s3:\/\/[^/]+\//, '')));
}
