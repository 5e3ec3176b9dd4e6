// Streaming UTF-8 validation: chunks are checked as they pass (node's isUtf8 is SIMD-fast), a
// character split across two chunks is carried over, and the first bad byte is located, with
// its line, only once one is found.
import { isUtf8 } from 'node:buffer';

export interface BadByte {
  /** 1-based line of the file. */
  line: number;
  byte: number;
}

/** Length of a UTF-8 sequence from its lead byte; 0 for a byte that cannot lead. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Where an unfinished sequence starts at the end of `buf` (buf.length when none). */
function unfinishedTail(buf: Buffer): number {
  for (let i = buf.length - 1; i >= Math.max(0, buf.length - 4); i--) {
    const b = buf[i]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = sequenceLength(b);
    return need > buf.length - i ? i : buf.length;
  }
  return buf.length;
}

/** Offset of the first byte that is not valid UTF-8 (a slow scan, run only on a failing chunk). */
export function firstInvalid(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    const n = sequenceLength(b);
    if (n === 0) return i;
    if (n === 1) {
      i++;
      continue;
    }
    if (i + n > buf.length) return i;
    const second = buf[i + 1]!;
    // overlong forms and surrogates are refused, as isUtf8 refuses them
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (second < lo || second > hi) return i;
    for (let k = 2; k < n; k++) if ((buf[i + k]! & 0xc0) !== 0x80) return i;
    i += n;
  }
  return -1;
}

function countNewlines(buf: Buffer, end = buf.length): number {
  let n = 0;
  for (let i = buf.indexOf(0x0a); i >= 0 && i < end; i = buf.indexOf(0x0a, i + 1)) n++;
  return n;
}

const NOTHING = Buffer.alloc(0);

export class Utf8Checker {
  private carry: Buffer = NOTHING;
  private lines = 0;

  /** Checks the next chunk; returns the first bad byte, or null. */
  push(chunk: Buffer): BadByte | null {
    let body = chunk;
    if (this.carry.length > 0) {
      // finish the character cut at the end of the last chunk on its own: joining whole chunks
      // would copy every megabyte (it cost 10x the check itself)
      const need = sequenceLength(this.carry[0]!) - this.carry.length;
      if (chunk.length < need) {
        this.carry = Buffer.concat([this.carry, chunk]);
        return null;
      }
      const joined = Buffer.concat([this.carry, chunk.subarray(0, need)]);
      this.carry = NOTHING;
      if (!isUtf8(joined)) return this.locate(joined);
      body = chunk.subarray(need);
    }
    const cut = unfinishedTail(body);
    const whole = body.subarray(0, cut);
    this.carry = Buffer.from(body.subarray(cut));
    if (!isUtf8(whole)) return this.locate(whole);
    this.lines += countNewlines(whole);
    return null;
  }

  /** The end of the stream: a sequence still unfinished is bad. */
  end(): BadByte | null {
    return this.carry.length > 0 ? this.locate(this.carry) : null;
  }

  private locate(buf: Buffer): BadByte {
    const at = Math.max(0, firstInvalid(buf));
    return { line: this.lines + countNewlines(buf, at) + 1, byte: buf[at] ?? 0 };
  }
}
