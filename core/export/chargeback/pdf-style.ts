// The look of a chargeback PDF, named once: page geometry (A4), colours, type sizes, and the
// font. PDF's built-in Helvetica only has Western European characters (WinAnsi), and owner
// names, services and resources are user data, so a Unicode TrueType font is used when the
// system has one of the usual ones; else Helvetica, with characters it cannot show replaced
// by '?' (and the statement says so).
import { existsSync } from 'node:fs';
import type PDFDocument from 'pdfkit';

export type Doc = InstanceType<typeof PDFDocument>;

export const PAGE = { size: 'A4', width: 595.28, height: 841.89, margin: 48 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const COLOR = { ink: '#1b2430', muted: '#5b6673', accent: '#1f3a5f', bar: '#3b6ea5', negative: '#b23b3b', rule: '#c9d1da', band: '#eef2f7' } as const;
export const SIZE = { title: 22, heading: 11, body: 9, small: 7.5, figure: 18 } as const;

/** Regular and bold TrueType fonts with wide Unicode coverage, tried in order (Linux, macOS, Windows). */
const UNICODE_FONTS: [regular: string, bold: string][] = [
  ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'],
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
  ['/usr/share/fonts/dejavu/DejaVuSans.ttf', '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf'],
  ['/System/Library/Fonts/Supplemental/Arial.ttf', '/System/Library/Fonts/Supplemental/Arial Bold.ttf'],
  ['C:\\Windows\\Fonts\\arial.ttf', 'C:\\Windows\\Fonts\\arialbd.ttf'],
];
export const FONT = { regular: 'statement-regular', bold: 'statement-bold' } as const;

export interface FontChoice { unicode: boolean; clean: (text: string) => string }

/** Registers the statement's two fonts on `doc`; says whether they are Unicode. */
export function registerFonts(doc: Doc): FontChoice {
  const found = UNICODE_FONTS.find(([r, b]) => existsSync(r) && existsSync(b));
  if (found) {
    doc.registerFont(FONT.regular, found[0]);
    doc.registerFont(FONT.bold, found[1]);
    return { unicode: true, clean: (t) => t };
  }
  doc.registerFont(FONT.regular, 'Helvetica');
  doc.registerFont(FONT.bold, 'Helvetica-Bold');
  return { unicode: false, clean: toWinAnsi };
}

// Latin-1 plus the characters WinAnsi adds in 0x80-0x9F
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
export function toWinAnsi(text: string): string {
  return [...text].map((ch) => ((ch.codePointAt(0)! >= 0x20 && ch.codePointAt(0)! <= 0xff) || WIN_ANSI_EXTRA.has(ch) ? ch : '?')).join('');
}

/** `text` cut with an ellipsis to fit `width` at the current font and size. */
export function fit(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${chars.slice(0, mid).join('')}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('')}…`;
}

/** The bytes of `doc` once it is ended: collect them from the start (pdfkit streams as it draws). */
export function pdfBytes(doc: Doc): () => Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  return async () => {
    doc.end();
    await done;
    return Buffer.concat(chunks);
  };
}
