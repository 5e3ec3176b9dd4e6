import { describe, expect, it } from 'vitest';
import { expandHome } from './paths.ts';

describe('~ in paths', () => {
  it('is the home folder at the start of a path only', () => {
    expect(expandHome('~', '/home/ana')).toBe('/home/ana');
    expect(expandHome('~/cur/my-report/', '/home/ana')).toBe('/home/ana/cur/my-report/');
    expect(expandHome('costs/~/x', '/home/ana')).toBe('costs/~/x');
    expect(expandHome('~bob/x', '/home/ana')).toBe('~bob/x');
    expect(expandHome('/abs/path', '/home/ana')).toBe('/abs/path');
  });
});
