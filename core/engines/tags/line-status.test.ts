import { describe, expect, test } from 'vitest';
import { likePattern, statusSql } from './line-status.ts';

describe('likePattern', () => {
  test('* becomes %, and LIKE wildcards in the value match themselves', () => {
    expect(likePattern('stag*')).toBe('stag%');
    expect(likePattern('100%_a\\b')).toBe('100\\%\\_a\\\\b');
    expect(likePattern('*@example.com')).toBe('%@example.com');
  });
});

describe('statusSql', () => {
  test('the key, allowed values and pattern are bound, never written into the SQL', () => {
    const q = statusSql({ key: "Te'am", allowedValues: ["a'b*"] });
    expect(q.text).not.toContain("Te'am");
    expect(q.text).not.toContain("a'b");
    expect(q.params).toContain("Te'am");
    expect(q.params).toContain("a'b%");
  });
});
