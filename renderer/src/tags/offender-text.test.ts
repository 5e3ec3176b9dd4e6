// The grid's words for an offender's defects (values from the worked example of the tags SPEC).
import { describe, expect, it } from 'vitest';
import { dayOf, invalidListText, missingText } from './offender-text.ts';

describe('offender text', () => {
  it('lists missing keys', () => {
    expect(missingText({ missing: ['Environment', 'Team'] })).toBe('Environment, Team');
  });
  it('names the value found, a blank value, and a key written another way', () => {
    expect(invalidListText({ invalid: [{ key: 'Environment', reason: 'invalidValue', foundKey: 'Environment', value: 'production' }] })).toBe('Environment = "production"');
    expect(invalidListText({ invalid: [{ key: 'Team', reason: 'invalidValue', foundKey: 'Team', value: '' }] })).toBe('Team = (blank)');
    expect(invalidListText({ invalid: [{ key: 'Team', reason: 'invalidKey', foundKey: 'team', value: 'search' }, { key: 'Environment', reason: 'invalidValue', foundKey: 'Environment', value: 'qa' }] })).toBe(
      'Team: key written "team" = "search"; Environment = "qa"',
    );
  });
  it('shows a timestamp as its day', () => {
    expect(dayOf('2026-10-04 00:00:00')).toBe('2026-10-04');
  });
});
