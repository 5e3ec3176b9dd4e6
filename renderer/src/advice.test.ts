import { describe, expect, it } from 'vitest';
import { adviceFor } from './advice.ts';

describe('adviceFor', () => {
  it('gives a next step for ingest failures', () => {
    expect(adviceFor('INGEST_TRUNCATED_GZIP')).toMatch(/Download the file again/);
    expect(adviceFor('INGEST_UNKNOWN_FORMAT')).toMatch(/Cost and Usage Report/);
  });
  it('says nothing for codes it does not know, rather than guessing', () => {
    expect(adviceFor('SOMETHING_NEW')).toBeNull();
  });
});
