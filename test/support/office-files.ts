// Reading back what the exports write, as a person's tools would: a .pptx unzipped to its slide
// and notes XML, a PDF through poppler's pdftotext, PNGs by their signature and header chunk.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

export interface DeckSlide {
  /** Every text run of the slide (a:t), joined by spaces, XML entities decoded. */
  text: string;
  /** The speaker notes' text. */
  notes: string;
  /** Media files the slide's relationships point to (ppt/media/...). */
  media: string[];
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function runs(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!)).join(' ');
}

export function readDeck(bytes: Uint8Array): { slides: DeckSlide[]; files: Record<string, Uint8Array> } {
  const files = unzipSync(bytes);
  const count = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  const slides: DeckSlide[] = [];
  for (let i = 1; i <= count; i++) {
    const rels = strFromU8(files[`ppt/slides/_rels/slide${i}.xml.rels`]!);
    const notesTarget = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    slides.push({
      text: runs(strFromU8(files[`ppt/slides/slide${i}.xml`]!)),
      notes: notesTarget ? runs(strFromU8(files[`ppt/notesSlides/${notesTarget}`]!)) : '',
      media: [...rels.matchAll(/Target="\.\.\/media\/([^"]+)"/g)].map((m) => `ppt/media/${m[1]}`),
    });
  }
  return { slides, files };
}

/** The text of each page of a PDF (pdftotext -layout; pages split on form feeds). */
export function pdfPages(bytes: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'fw-pdf-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    return text.split('\f').slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height of a valid PNG (signature, then an IHDR chunk of 13 bytes), else null. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 33 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(8) !== 13 || strFromU8(bytes.subarray(12, 16)) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
