import { describe, expect, it } from 'vitest';
import { parseRulesFile, rulesFileText } from './rules-file.ts';
import { defaultRules } from './words.ts';

describe('rules file', () => {
  it('reads back what it writes', () => {
    const text = rulesFileText(defaultRules());
    expect(parseRulesFile('r.json', text.length, text)).toEqual({ ok: true, document: defaultRules() });
  });
  it('refuses text that is not JSON, naming the file and saying nothing changed', () => {
    const out = parseRulesFile('notes.txt', 5, 'hello');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.message).toMatch(/^notes\.txt is not JSON \(.*\)\. Choose a rules file .* Nothing was changed\.$/);
  });
  it('refuses a huge file before reading it as JSON', () => {
    const out = parseRulesFile('big.json', 6_000_000, '{}');
    expect(out.ok).toBe(false);
  });
});
