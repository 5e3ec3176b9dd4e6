// AWS Organizations tag policy JSON in and out (SPEC step 0), and what is refused.
import { describe, expect, test } from 'vitest';
import { exportAwsTagPolicy, importAwsTagPolicy } from './aws-tag-policy.ts';

describe('import', () => {
  test('AWS documentation example: casing from tag_key, values with a wildcard, enforced_for as scope', () => {
    const doc = { tags: { costcenter: { tag_key: { '@@assign': 'CostCenter' }, tag_value: { '@@assign': ['100', '200', '300*'] }, enforced_for: { '@@assign': ['secretsmanager:*'] } } } };
    expect(importAwsTagPolicy(doc)).toEqual({ kind: 'tagPolicy', keys: [{ key: 'CostCenter', allowedValues: ['100', '200', '300*'], appliesTo: ['secretsmanager:*'] }] });
  });

  test('without tag_key the key is the policy key in lower case (AWS default); @@append adds; child operators are ignored', () => {
    const doc = { tags: { Team: { tag_value: { '@@assign': ['a'], '@@append': ['b', 'a'], '@@operators_allowed_for_child_policies': ['@@none'] } } } };
    expect(importAwsTagPolicy(doc).keys).toEqual([{ key: 'team', allowedValues: ['a', 'b'] }]);
  });

  test.each([
    ['not an object', [1, 2], /should be a JSON object/],
    ['an IAM policy', { Version: '2012-10-17', Statement: [] }, /has no "tags" field \(it has "Version", "Statement"\)/],
    ['an extra top-level field', { tags: { team: {} }, Version: '1' }, /field "Version" is not part of a tag policy/],
    ['empty tags', { tags: {} }, /"tags" should be an object with one entry per tag key/],
    ['tag_key of another key', { tags: { team: { tag_key: { '@@assign': 'Owner' } } } }, /tags\.team\.tag_key \("Owner"\) should equal the policy key "team" ignoring case/],
    ['@@remove', { tags: { team: { tag_value: { '@@remove': ['x'] } } } }, /tags\.team\.tag_value\.@@remove is an operator this import does not read/],
    ['an unknown field', { tags: { team: { tag_values: { '@@assign': ['x'] } } } }, /tags\.team\.tag_values is not a field this import reads/],
    ['values not a list', { tags: { team: { tag_value: { '@@assign': 'x' } } } }, /should be a list of strings/],
    ['two wildcards in one value', { tags: { team: { tag_value: { '@@assign': ['*@*.com'] } } } }, /one "\*" wildcard at most/],
  ])('refuses %s with TAGS_BAD_POLICY', (_what, doc, message) => {
    expect(() => importAwsTagPolicy(doc)).toThrow(message);
    try {
      importAwsTagPolicy(doc);
    } catch (err) {
      expect((err as { code: string }).code).toBe('TAGS_BAD_POLICY');
    }
  });
});

describe('export', () => {
  test('lower-case policy keys, tag_key with the casing, tag_value and enforced_for only when set', () => {
    const policy = { kind: 'tagPolicy' as const, keys: [{ key: 'Team' }, { key: 'CostCenter', allowedValues: ['1*'], appliesTo: ['ec2:instance'] }] };
    expect(exportAwsTagPolicy(policy)).toEqual({
      document: { tags: { team: { tag_key: { '@@assign': 'Team' } }, costcenter: { tag_key: { '@@assign': 'CostCenter' }, tag_value: { '@@assign': ['1*'] }, enforced_for: { '@@assign': ['ec2:instance'] } } } },
      warnings: [],
    });
  });

  test('a pattern has no AWS form: left out, with a warning', () => {
    const r = exportAwsTagPolicy({ kind: 'tagPolicy', keys: [{ key: 'Project', pattern: 'P-[0-9]+' }] });
    expect(r.document).toEqual({ tags: { project: { tag_key: { '@@assign': 'Project' } } } });
    expect(r.warnings).toEqual(['The pattern of Project (P-[0-9]+) has no place in an AWS tag policy and was left out.']);
  });

  test('a cost category standing in for a key has no AWS form either', () => {
    const r = exportAwsTagPolicy({ kind: 'tagPolicy', keys: [{ key: 'Team', costCategory: 'Owner' }] });
    expect(r.document).toEqual({ tags: { team: { tag_key: { '@@assign': 'Team' } } } });
    expect(r.warnings).toEqual(['The cost category standing in for Team (Owner) has no place in an AWS tag policy and was left out.']);
  });

  test('import of an export gives the policy back', () => {
    const policy = { kind: 'tagPolicy' as const, keys: [{ key: 'Environment', allowedValues: ['prod', 'stag*'] }, { key: 'Owner', appliesTo: ['s3:*'] }] };
    expect(importAwsTagPolicy(exportAwsTagPolicy(policy).document)).toEqual(policy);
  });
});
