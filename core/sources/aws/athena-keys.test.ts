// Tag keys and cost categories as each kind of table holds them (spellings written out by hand).
import { describe, expect, it } from 'vitest';
import { chooseKeys } from './athena-keys.ts';
import type { AthenaTable, CurVersionName } from './athena-table.ts';

const table = (version: CurVersionName, columns: string[] = []): AthenaTable => ({
  catalog: 'AwsDataCatalog',
  database: 'cur',
  table: 'report',
  version,
  columns: new Map(columns.map((c) => [c, 'string'])),
  partitionKeys: [],
});

describe('chosen keys', () => {
  it('legacy CUR: the columns the metadata names, an unknown one refused with the known ones', () => {
    const t = table('cur-legacy', ['resource_tags_user_team', 'resource_tags_aws_created_by', 'cost_category_business_unit']);
    expect(chooseKeys(t, ['Team', 'aws:createdBy'], ['BusinessUnit']).columns).toEqual(['resource_tags_user_team', 'resource_tags_aws_created_by', 'cost_category_business_unit']);
    expect(() => chooseKeys(t, [], ['Environment'])).toThrow(/cost category Environment is not a column of cur\.report\. Cost categories there: business_unit\./);
    expect(() => chooseKeys(t, ['Owner'], [])).toThrow(/Tags there: team, aws:created_by/);
  });

  it('CUR 2.0: each key under the spellings of the resource_tags and cost_category maps', () => {
    const k = chooseKeys(table('cur2'), ['Team', 'aws:createdBy', 'user_cost_center'], ['BusinessUnit']);
    expect(k).toEqual({ columns: [], tagKeys: ['user_Team', 'user_team', 'aws_createdBy', 'aws_created_by', 'user_cost_center'], costCategoryKeys: ['BusinessUnit', 'business_unit'] });
  });

  it('FOCUS: a key as given and with the user: prefix; a prefixed key as given', () => {
    expect(chooseKeys(table('focus'), ['Team', 'aws:createdBy'], ['BusinessUnit'])).toEqual({ columns: [], tagKeys: ['Team', 'user:Team', 'aws:createdBy'], costCategoryKeys: ['BusinessUnit'] });
  });
});
