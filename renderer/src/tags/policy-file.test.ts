// A picked policy file: JSON goes to the engine as a document; anything else is refused here
// with the file's name and what to do, before any call.
import { describe, expect, it } from 'vitest';
import { parsePolicyFile, ruleText, scopeText } from './policy-file.ts';

describe('parsePolicyFile', () => {
  it('parses JSON', () => {
    expect(parsePolicyFile('p.json', 20, '{"tags": {}}')).toEqual({ ok: true, document: { tags: {} } });
  });
  it('refuses text that is not JSON, naming the file', () => {
    const r = parsePolicyFile('notes.txt', 5, 'hello');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('TAGS_BAD_POLICY');
      expect(r.error.message).toMatch(/^notes\.txt is not JSON \(.+\)\. Pick an AWS Organizations tag policy saved as JSON; nothing was changed\.$/);
    }
  });
  it('refuses a file far larger than a policy', () => {
    const r = parsePolicyFile('bill.csv', 2_500_000, '');
    expect(r.ok || r.error.message).toBe('bill.csv is 2,500 KB: too large for a tag policy. Pick the policy\'s JSON file; nothing was changed.');
  });
});

describe('rule and scope in words', () => {
  it('allowed values, a pattern, or any value; a scope or every line', () => {
    expect(ruleText({ key: 'Environment', allowedValues: ['prod', 'dev', 'stag*'] })).toBe('prod, dev, stag*');
    expect(ruleText({ key: 'CostCenter', pattern: '^[0-9]+$' })).toBe('matches ^[0-9]+$');
    expect(ruleText({ key: 'Team' })).toBe('any value');
    expect(scopeText({ key: 'CostCenter', appliesTo: ['ec2:instance', 's3:*'] })).toBe('ec2:instance, s3:*');
    expect(scopeText({ key: 'Team' })).toBe('every line');
  });
});
