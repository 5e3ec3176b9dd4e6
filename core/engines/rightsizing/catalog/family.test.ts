import { describe, expect, it } from 'vitest';
import { ec2TypeOf, familyFacts } from './family.ts';

describe('familyFacts', () => {
  it.each([
    ['m5', 'm', 5, '', 'x86_64', false],
    ['m7gd', 'm', 7, 'gd', 'arm64', false],
    ['c7i-flex', 'c', 7, 'i', 'x86_64', false],
    ['g4dn', 'g', 4, 'dn', 'x86_64', false],
    ['g5g', 'g', 5, 'g', 'arm64', false],
    ['is4gen', 'is', 4, 'gen', 'arm64', false],
    ['im4gn', 'im', 4, 'gn', 'arm64', false],
    ['hpc7g', 'hpc', 7, 'g', 'arm64', false],
    ['a1', 'a', 1, '', 'arm64', false],
    ['t4g', 't', 4, 'g', 'arm64', true],
    ['t3a', 't', 3, 'a', 'x86_64', true],
    ['u7in-16tb', 'u', 7, 'in', 'x86_64', false],
    ['p6-b200', 'p', 6, '', 'x86_64', false],
  ] as const)('%s: series %s, generation %d, attributes %s, %s', (family, series, generation, attributes, architecture, burstable) => {
    expect(familyFacts(family)).toEqual({ family, series, generation, attributes, architecture, burstable });
  });

  it('the first high-memory families have no generation', () => {
    expect(familyFacts('u-6tb1')).toMatchObject({ series: 'u', generation: null, architecture: 'x86_64' });
  });

  it('an RDS class is sized as its EC2 type', () => {
    expect(ec2TypeOf('db.r6g.xlarge')).toBe('r6g.xlarge');
    expect(ec2TypeOf('m5.large')).toBe('m5.large');
  });
});
