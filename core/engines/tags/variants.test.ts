import { describe, expect, it } from 'vitest';
import { keyForm, valueForm } from './variants.ts';

describe('step 5: spellings set aside', () => {
  it('key variants: case, spaces, separators and a plural s', () => {
    expect(['CostCenter', 'cost-center', ' costcenter', 'Cost_Center', 'cost.centers', 'COST CENTER'].map(keyForm)).toEqual(Array(6).fill('costcenter'));
    expect(keyForm('Team ')).toBe('team');
    // a short key keeps its s (`ips` is not `ip`), and different words stay apart
    expect([keyForm('ips'), keyForm('env'), keyForm('environment')]).toEqual(['ips', 'env', 'environment']);
  });

  it('value variants: case, separators and the synonym table', () => {
    expect(['prod', 'Prod', 'PROD', 'production', 'Production', 'prd'].map(valueForm)).toEqual(Array(6).fill('prod'));
    expect(['dev', 'Dev', 'development'].map(valueForm)).toEqual(['dev', 'dev', 'dev']);
    expect(['staging', 'Staging', 'stage', 'stg'].map(valueForm)).toEqual(Array(4).fill('staging'));
    expect(['web-app', 'Web App', 'web_app'].map(valueForm)).toEqual(['webapp', 'webapp', 'webapp']);
    // values keep a plural: `jobs` and `job` can be different things
    expect(valueForm('jobs')).toBe('jobs');
  });
});
