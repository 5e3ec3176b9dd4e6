// Hands a file to the person: a download in the browser (and in the desktop app, where
// Electron asks where to save it). Exports arrive as data from the contract (text or base64).
import type { ExportedFile } from '../../../core/api/pivot-contract.ts';

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // the click starts the download synchronously; the URL can go after this turn
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function fileBlob(file: ExportedFile): Blob {
  if (file.encoding === 'utf8') return new Blob([file.content], { type: file.mimeType });
  const bytes = Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: file.mimeType });
}

export function saveExport(file: ExportedFile, fileName = file.fileName): void {
  saveBlob(fileBlob(file), fileName);
}

export function dataUrlBlob(dataUrl: string): Blob {
  const [head, body = ''] = dataUrl.split(',', 2);
  const mime = /data:([^;,]+)/.exec(head ?? '')?.[1] ?? 'application/octet-stream';
  if (head?.includes(';base64')) return new Blob([Uint8Array.from(atob(body), (c) => c.charCodeAt(0))], { type: mime });
  return new Blob([decodeURIComponent(body)], { type: mime });
}

/** A file name from a title: letters, digits, dashes; never empty. */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 80);
  return stem || 'pivot';
}
