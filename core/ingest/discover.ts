// From the paths a user gives to the list of files to load. Folders are walked; a delivery
// folder's manifest (legacy CUR `reportKeys`, CUR 2.0 `dataFiles`) says which parts form the
// current delivery: listed parts must all be there, and parts of older deliveries are skipped.
// Files that are plainly not billing data (stray-files.ts) are skipped too, each with its reason;
// utilization metric files (metrics/detect.ts) are kept whatever the manifest lists.
// Each file leaves with its delivery identity (delivery.ts) when its manifest or folder gives one.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { ErrorCode, WorkbenchError } from '../errors.ts';
import { deliveryFolderOf, DeliverySource, LEGACY_PERIOD_FOLDER, makeDelivery, manifestFoldersFor, type Delivery } from './delivery.ts';
import { detectMetricFormat } from './metrics/detect.ts';
import { strayReason } from './stray-files.ts';

export interface InputFile {
  path: string;
  bytes: number;
  /** The AWS delivery the file belongs to, when its manifest or folder says; null when nothing does. */
  delivery: Delivery | null;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

interface Manifest {
  path: string;
  period: string;
  /** assemblyId (legacy CUR) or executionId (Data Exports); null when the manifest has neither. */
  assembly: string | null;
  keys: string[];
  mtimeMs: number;
}



async function walk(dir: string, out: string[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) await walk(full, out);
    else if (e.isFile()) out.push(full);
  }
}

async function readManifest(path: string): Promise<Manifest | null> {
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
  if (typeof doc !== 'object' || doc === null) return null;
  const m = doc as Record<string, unknown>;
  const keys = Array.isArray(m.reportKeys) ? m.reportKeys : Array.isArray(m.dataFiles) ? m.dataFiles : null;
  if (!keys || !keys.every((k) => typeof k === 'string')) return null;
  const bp = m.billingPeriod;
  const period = typeof bp === 'object' && bp !== null ? String((bp as Record<string, unknown>).start ?? '') : String(bp ?? '');
  const id = m.assemblyId ?? m.executionId;
  const { mtimeMs } = await stat(path);
  return { path, period, assembly: typeof id === 'string' && id !== '' ? id : null, keys: keys as string[], mtimeMs };
}

/** Whether a manifest key names this file: the key's folder and file name end the path. */
function keyNames(key: string, file: string): boolean {
  const parts = key.replace(/^s3:\/\/[^/]+\//, '').split('/');
  return file.endsWith(sep + parts.slice(-2).join(sep));
}

/** The file of the tree that a manifest key names: the longest matching path suffix wins. */
function matchKey(key: string, files: string[]): string | undefined {
  const parts = key.replace(/^s3:\/\/[^/]+\//, '').split('/');
  for (let n = parts.length; n >= 1; n--) {
    const suffix = sep + parts.slice(-n).join(sep);
    const hits = files.filter((f) => f.endsWith(suffix));
    if (hits.length === 1) return hits[0];
    if (hits.length > 1 && n === 1) return undefined;
  }
  return undefined;
}

/**
 * The manifests whose parts load. When a period folder's own manifest names the current assembly,
 * only that one; otherwise every delivery loads with its identity and the load keeps the newest
 * of each period (the others are reported as superseded, never summed).
 */
function governing(manifests: Manifest[]): Manifest[] {
  const byPeriod = new Map<string, Manifest[]>();
  for (const m of manifests) byPeriod.set(m.period, [...(byPeriod.get(m.period) ?? []), m]);
  const chosen: Manifest[] = [];
  for (const group of byPeriod.values()) {
    const assemblies = new Set(group.map((m) => m.assembly ?? m.path));
    if (assemblies.size === 1) {
      chosen.push(group[0]!);
      continue;
    }
    const top = group.filter((m) => LEGACY_PERIOD_FOLDER.test(basename(dirname(m.path))));
    chosen.push(...(top.length === 1 ? top : group));
  }
  return chosen;
}

/** A delivery manifest near a file that lists it (the period folder's, or metadata/BILLING_PERIOD=). */
async function sidecarManifest(file: string, cache: Map<string, Promise<Manifest[]>>): Promise<Manifest | null> {
  for (const folder of manifestFoldersFor(file)) {
    let found = cache.get(folder);
    if (!found) {
      found = readdir(folder)
        .then((names) => Promise.all(names.filter((n) => n.toLowerCase().endsWith('.json')).map((n) => readManifest(join(folder, n)))))
        .then((ms) => ms.filter((m): m is Manifest => m !== null))
        .catch(() => []);
      cache.set(folder, found);
    }
    const hit = (await found).find((m) => m.assembly !== null && m.keys.some((k) => keyNames(k, file)));
    if (hit) return hit;
  }
  return null;
}

/** A file's delivery when no manifest it was loaded through names one: a manifest beside it, else its folder. */
async function identify(file: string, mtimeMs: number, cache: Map<string, Promise<Manifest[]>>): Promise<Delivery | null> {
  const m = await sidecarManifest(file, cache);
  if (m?.assembly) return makeDelivery(m.assembly, DeliverySource.Manifest, Math.max(mtimeMs, m.mtimeMs));
  const folder = deliveryFolderOf(file);
  return folder ? makeDelivery(folder, DeliverySource.Folder, mtimeMs) : null;
}

async function expandFolder(dir: string, named: Map<string, Delivery>, only?: string): Promise<{ files: string[]; skipped: SkippedFile[] }> {
  const all: string[] = [];
  await walk(dir, all);
  const jsons = all.filter((f) => f.toLowerCase().endsWith('.json'));
  const found = (await Promise.all(jsons.map(readManifest))).filter((m): m is Manifest => m !== null);
  const manifestPaths = new Set(found.map((m) => m.path));
  const manifests = found.filter((m) => !only || m.path === only);
  // a licence, a readme, notes, images... are listed as skipped; everything else is a candidate part
  const skipped: SkippedFile[] = [];
  const data: string[] = [];
  for (const f of all.filter((x) => !manifestPaths.has(x))) {
    const reason = await strayReason(f);
    if (reason) skipped.push({ path: f, reason });
    else data.push(f);
  }
  if (manifests.length === 0) return { files: data, skipped };
  const chosen = governing(manifests);
  const files = new Set<string>();
  for (const m of chosen) {
    const parts: string[] = [];
    for (const key of m.keys) {
      const hit = matchKey(key, data);
      if (!hit) {
        throw new WorkbenchError(
          ErrorCode.INGEST_MANIFEST,
          `${m.path} lists the part ${key}, which is not in ${dir}. The delivery is incomplete: copy all its parts and load again.`,
          { manifest: m.path, missing: key },
        );
      }
      files.add(hit);
      parts.push(hit);
    }
    if (m.assembly) {
      const times = await Promise.all(parts.map(async (p) => (await stat(p)).mtimeMs));
      const delivery = makeDelivery(m.assembly, DeliverySource.Manifest, Math.max(m.mtimeMs, ...times));
      for (const p of parts) named.set(p, delivery);
    }
  }
  for (const f of data.filter((x) => !files.has(x))) {
    // utilization metrics beside a delivery (generate writes them so) are no part of it, and load
    if (await detectMetricFormat(f)) files.add(f);
    else skipped.push({ path: f, reason: 'not part of the delivery its folder manifest lists (an older or other delivery)' });
  }
  return { files: [...files], skipped };
}

export async function discover(paths: readonly string[]): Promise<{ files: InputFile[]; skipped: SkippedFile[] }> {
  const found: string[] = [];
  const skipped: SkippedFile[] = [];
  const named = new Map<string, Delivery>();
  for (const p of paths) {
    const full = resolve(p);
    const st = await stat(full).catch(() => null);
    if (!st) throw new WorkbenchError(ErrorCode.INGEST_NOT_FOUND, `${p}: no such file or folder. Check the path; nothing was loaded.`, { file: p });
    if (st.isDirectory()) {
      const r = await expandFolder(full, named);
      found.push(...r.files);
      skipped.push(...r.skipped);
    } else if (full.toLowerCase().endsWith('.json') && (await readManifest(full))) {
      const r = await expandFolder(dirname(full), named, full);
      found.push(...r.files);
    } else found.push(full);
  }
  const unique = [...new Set(found)];
  if (unique.length === 0) {
    const why = skipped.length ? ` Skipped: ${skipped.map((s) => `${basename(s.path)} (${s.reason})`).join('; ')}.` : '';
    throw new WorkbenchError(ErrorCode.INGEST_NO_FILES, `No billing files to load in ${paths.join(', ')}.${why} Choose a folder or files that hold CUR or FOCUS data.`, {
      skipped: skipped.map((s) => s.path),
    });
  }
  const cache = new Map<string, Promise<Manifest[]>>();
  const files = await Promise.all(
    unique.map(async (path) => {
      const st = await stat(path);
      return { path, bytes: st.size, delivery: named.get(path) ?? (await identify(path, st.mtimeMs, cache)) };
    }),
  );
  return { files, skipped };
}
