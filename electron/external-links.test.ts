import { describe, expect, it } from 'vitest';
import { EXTERNAL_LINK_ORIGINS, isAllowedExternalLink } from './external-links.ts';

describe('links opened in the user browser', () => {
  it('are the documentation sites of the allowlist, over https', () => {
    expect(EXTERNAL_LINK_ORIGINS).toEqual(['https://focus.finops.org', 'https://www.finops.org', 'https://docs.aws.amazon.com']);
    expect(isAllowedExternalLink('https://focus.finops.org/focus-specification/v1-2/')).toBe(true);
    expect(isAllowedExternalLink('https://docs.aws.amazon.com/cur/latest/userguide/what-is-cur.html')).toBe(true);
  });

  it('refuse any other address, however close it looks', () => {
    for (const url of [
      'https://attacker.example/',
      'http://focus.finops.org/',
      'https://focus.finops.org.attacker.example/',
      'https://user:pass@focus.finops.org/',
      'https://focus.finops.org:8443/',
      'https://evil-docs.aws.amazon.com.example/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'not a url',
      '',
    ]) {
      expect(isAllowedExternalLink(url), url).toBe(false);
    }
  });
});
