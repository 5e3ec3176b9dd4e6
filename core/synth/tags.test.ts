import { describe, expect, it } from 'vitest';
import { cur2TagKey, hasRequiredKeys, legacyTagColumn } from './tags.ts';

describe('tag keys in each format', () => {
  it('names CUR 2.0 resource_tags keys as AWS does', () => {
    expect(cur2TagKey('Team')).toBe('user_team');
    expect(cur2TagKey('team')).toBe('user_team');
    expect(cur2TagKey('CostCenter')).toBe('user_cost_center');
    expect(cur2TagKey('cost-center')).toBe('user_cost_center');
    // AWS drops the trailing underscore a trailing space would leave (CUR user guide, Athena column names)
    expect(cur2TagKey('Team ')).toBe('user_team');
  });

  it('names legacy tag columns with the user: prefix', () => {
    expect(legacyTagColumn('Team ')).toBe('resourceTags/user:Team ');
  });

  it('counts a resource as tagged only with every required key spelled exactly', () => {
    expect(hasRequiredKeys({ Team: 'a', Project: 'b', Environment: 'prod', CostCenter: 'CC-1' })).toBe(true);
    expect(hasRequiredKeys({ team: 'a', Project: 'b', Environment: 'prod', CostCenter: 'CC-1' })).toBe(false);
    expect(hasRequiredKeys({ Team: 'a', Project: 'b', Environment: 'prod' })).toBe(false);
  });
});
