// Files inside a folder that are plainly not billing data: a licence, a readme, notes, images,
// checksums, job markers. A folder copied from a repository, a shared drive or an S3 export
// carries them, and refusing the whole folder for its LICENSE helps nobody. They are skipped and
// listed with the reason. Anything that may be billing data is kept, so that a broken bill still
// fails the whole ingest: a data extension (.csv, .gz, .parquet, .zip…), a data container
// (gzip, zip, Parquet) whatever its name, or text whose header is a billing format, or
// utilization metrics (CloudWatch JSON, the metrics CSV: core/ingest/metrics).
import { basename } from 'node:path';
import { detectFormat } from './formats.ts';
import { detectMetricFormat } from './metrics/detect.ts';
import { readFirstLine, readMagic, splitCsvLine } from './sniff.ts';

export const StrayReason = {
  LICENCE: 'a licence file, not billing data',
  README: 'a readme or documentation file, not billing data',
  DOCUMENT: 'a document or notes, not billing data',
  IMAGE: 'an image, not billing data',
  CHECKSUM: 'a checksum or signature file, not billing data',
  MARKER: 'a job marker file (no data)',
  SYSTEM: 'a system file, not billing data',
  CONFIG: 'a configuration or log file, not billing data',
  JSON: 'a JSON file that is not a delivery manifest (only CSV, gzip, zip and Parquet parts hold billing data)',
  PLAIN_TEXT: 'a text file without billing columns (no extension, so not a data export)',
} as const;

/** Extensions billing parts come with: such a file is always loaded, and fails loudly if broken. */
const DATA_EXTENSIONS = ['.csv', '.gz', '.parquet', '.zip', '.tsv', '.snappy.parquet'];

const BY_NAME: readonly [RegExp, string][] = [
  [/^(licen[cs]e|copying|copyright|notice|unlicense)([._-].*)?$/, StrayReason.LICENCE],
  [/^(readme|changelog|changes|history|authors|contributing|contributors|code_of_conduct)([._-].*)?$/, StrayReason.README],
  [/^((sha\d*|md5)sums?|checksums?)([._-].*)?$/, StrayReason.CHECKSUM],
  [/^_(success|committed.*|started.*)$/, StrayReason.MARKER],
  [/^(thumbs\.db|desktop\.ini|icon\r?)$/, StrayReason.SYSTEM],
];

const BY_EXTENSION: Readonly<Record<string, string>> = {
  ...Object.fromEntries(['md', 'markdown', 'txt', 'rst', 'html', 'htm', 'pdf', 'doc', 'docx', 'odt', 'rtf'].map((e) => [e, StrayReason.DOCUMENT])),
  ...Object.fromEntries(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'bmp', 'ico', 'tif', 'tiff', 'heic'].map((e) => [e, StrayReason.IMAGE])),
  ...Object.fromEntries(['md5', 'sha1', 'sha256', 'sha512', 'crc', 'sum', 'asc', 'sig'].map((e) => [e, StrayReason.CHECKSUM])),
  ...Object.fromEntries(['yml', 'yaml', 'xml', 'log', 'ini', 'toml', 'cfg'].map((e) => [e, StrayReason.CONFIG])),
  json: StrayReason.JSON,
};

function extensionOf(name: string): string | null {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1) : null;
}

/** True when the content says billing data: a data container, or a header of a known format. */
async function contentIsData(path: string): Promise<boolean> {
  const magic = await readMagic(path).catch(() => 'binary' as const);
  if (magic === 'gzip' || magic === 'zip' || magic === 'parquet') return true;
  if (magic !== 'text') return false;
  const header = await readFirstLine(path, false);
  if (detectFormat(splitCsvLine(header).map((name) => ({ name, type: 'VARCHAR' })), 'csv') !== null) return true;
  return (await detectMetricFormat(path)) !== null;
}

/** Why a file found in a folder is skipped, or null when it may be billing data and is loaded. */
export async function strayReason(path: string): Promise<string | null> {
  const name = basename(path).toLowerCase();
  if (DATA_EXTENSIONS.some((e) => name.endsWith(e))) return null;
  const ext = extensionOf(name);
  const reason = BY_NAME.find(([re]) => re.test(name))?.[1] ?? (ext ? BY_EXTENSION[ext] : undefined);
  if (reason) return (await contentIsData(path)) ? null : reason;
  // no extension at all (notes, a licence under another name): skipped when it is text with no
  // billing header; any other extension is kept, and refused with the reason if it is not a bill
  if (ext !== null) return null;
  const magic = await readMagic(path).catch(() => 'binary');
  return magic === 'text' && !(await contentIsData(path)) ? StrayReason.PLAIN_TEXT : null;
}
