// What an EC2 family's name says (AWS's naming convention, "Amazon EC2 instance type naming
// conventions"): a series (m, c, r, t, x, hpc, im, is, u…), a generation digit, then attribute
// letters (a AMD, g Graviton, i Intel, d local NVMe, n network, e extra memory or storage, z high
// frequency, b block storage, flex), e.g. m7gd = series m, generation 7, Graviton with local NVMe.
// The rightsizing fit stays within a family; a newer generation or Graviton is offered apart,
// "needs testing" (issue 17), so this is what tells those apart.

import { RDS_CLASS_PREFIX } from './rds-classes.ts';

export const Architecture = { x86: 'x86_64', arm: 'arm64' } as const;
export type Architecture = (typeof Architecture)[keyof typeof Architecture];

export interface FamilyFacts {
  family: string;
  series: string;
  /** null for the first high-memory families (u-6tb1), which carry no generation digit. */
  generation: number | null;
  attributes: string;
  architecture: Architecture;
  /** CPU credits (t2, t3, t3a, t4g): their average CPU says less than other families'. */
  burstable: boolean;
}

const FAMILY = /^([a-z]+)(\d+)([a-z]*)(?:-[a-z0-9]+)?$/;
/** a1 is the first Graviton, before the `g` attribute existed. */
const GRAVITON_WITHOUT_G = new Set(['a1']);
const BURSTABLE_SERIES = 't';

export function familyFacts(family: string): FamilyFacts {
  const m = FAMILY.exec(family);
  if (!m) return { family, series: family.replace(/[^a-z].*$/, ''), generation: null, attributes: '', architecture: Architecture.x86, burstable: false };
  const [, series = '', gen = '', attributes = ''] = m;
  const arm = GRAVITON_WITHOUT_G.has(family) || attributes.includes('g');
  return { family, series, generation: Number(gen), attributes, architecture: arm ? Architecture.arm : Architecture.x86, burstable: series === BURSTABLE_SERIES };
}

/** `db.r6g.large` (an RDS class) is sized as EC2's r6g.large; other names are EC2's own. */
export function ec2TypeOf(instanceClass: string): string {
  return instanceClass.startsWith(RDS_CLASS_PREFIX) ? instanceClass.slice(RDS_CLASS_PREFIX.length) : instanceClass;
}
