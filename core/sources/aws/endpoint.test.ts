import { describe, expect, it } from 'vitest';
import { AwsService, resolveEndpoint } from './endpoint.ts';

describe('resolveEndpoint', () => {
  const env = { AWS_ENDPOINT_URL: 'http://all:1', AWS_ENDPOINT_URL_S3: 'http://s3:2' };
  it('takes the flag, then the service variable, then the global one', () => {
    expect(resolveEndpoint(AwsService.S3, 'http://flag:3', env)).toBe('http://flag:3');
    expect(resolveEndpoint(AwsService.S3, undefined, env)).toBe('http://s3:2');
    expect(resolveEndpoint(AwsService.Athena, undefined, env)).toBe('http://all:1');
    expect(resolveEndpoint(AwsService.CostExplorer, undefined, {})).toBeUndefined();
  });
  it('ignores configured endpoints when the SDK is told to', () => {
    expect(resolveEndpoint(AwsService.S3, undefined, { ...env, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' })).toBeUndefined();
  });
});
