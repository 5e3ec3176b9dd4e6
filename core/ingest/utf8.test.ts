import { describe, expect, it } from 'vitest';
import { firstInvalid, Utf8Checker } from './utf8.ts';

function check(chunks: Buffer[]) {
  const c = new Utf8Checker();
  for (const ch of chunks) {
    const bad = c.push(ch);
    if (bad) return bad;
  }
  return c.end();
}

describe('Utf8Checker', () => {
  it('accepts text whose characters are split across chunks', () => {
    const text = Buffer.from('a,b\né,€,𝄞\n');
    for (let cut = 1; cut < text.length; cut++) expect(check([text.subarray(0, cut), text.subarray(cut)])).toBeNull();
  });

  it('accepts a character split over three chunks', () => {
    const text = Buffer.from('x𝄞y\n');
    expect(check([text.subarray(0, 2), text.subarray(2, 3), text.subarray(3)])).toBeNull();
  });

  it('finds a bad byte right after a character carried over', () => {
    const a = Buffer.from('ok\n€');
    expect(check([a.subarray(0, 4), Buffer.concat([a.subarray(4), Buffer.from([0xff])])])).toEqual({ line: 2, byte: 0xff });
  });

  it('names the line and byte of the first bad byte', () => {
    expect(check([Buffer.from('h1,h2\nok,1\n'), Buffer.concat([Buffer.from('x,'), Buffer.from([0xff]), Buffer.from('\n')])])).toEqual({ line: 3, byte: 0xff });
  });

  it('refuses a sequence left unfinished at the end', () => {
    expect(check([Buffer.from('a\n'), Buffer.from([0xe2, 0x82])])).toEqual({ line: 2, byte: 0xe2 });
  });

  it('finds overlong forms and surrogates as isUtf8 does', () => {
    expect(firstInvalid(Buffer.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalid(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalid(Buffer.from('ok €'))).toBe(-1);
  });
});
