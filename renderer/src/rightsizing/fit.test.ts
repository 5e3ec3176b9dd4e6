// The fit line of the detail chart, on SPEC.md's worked example: m5.2xlarge (8 vCPU, 32 GiB) to
// m5.large (2 vCPU, 8 GiB) with 20% headroom carries 2 × 0.8 = 1.6 vCPU = 20% of today's 8, and
// 8 × 0.8 = 6.4 GiB = 20% of today's 32.
import { describe, expect, it } from 'vitest';
import { targetCapacityPct, targetMemoryPct } from './fit.ts';
import { actionLabel, changeText, storageText } from './words.ts';

describe('the fit line', () => {
  it('is the target’s capacity with headroom as a share of today’s', () => {
    expect(targetCapacityPct({ vcpu: { current: 8, target: 2 } }, 20)).toBeCloseTo(20, 10);
    expect(targetMemoryPct({ memoryGiB: { current: 32, target: 8 } }, 20)).toBeCloseTo(20, 10);
    // m5.4xlarge (16) to m5.xlarge (4) with no headroom: 25%
    expect(targetCapacityPct({ vcpu: { current: 16, target: 4 } }, 0)).toBe(25);
  });

  it('has none without a target (terminate, a volume) or without today’s size', () => {
    expect(targetCapacityPct({ vcpu: { current: 2, target: null } }, 20)).toBeNull();
    expect(targetCapacityPct({ vcpu: { current: 0, target: null } }, 20)).toBeNull();
    expect(targetCapacityPct(undefined, 20)).toBeNull();
  });
});

describe('words for any action', () => {
  it('names known actions and prints an unknown one as the engine spells it', () => {
    expect(actionLabel('delete-volume')).toBe('Delete volume');
    expect(actionLabel('archive-snapshot')).toBe('archive snapshot');
  });
  it('says the change, or the type alone when nothing replaces it', () => {
    const base = { currentType: 'm5.2xlarge', recommendedType: 'm5.large' } as Parameters<typeof changeText>[0];
    expect(changeText(base)).toBe('m5.2xlarge → m5.large');
    expect(changeText({ ...base, currentType: 'gp2', recommendedType: null })).toBe('gp2');
  });
});

describe('storage evidence', () => {
  it('says a volume’s size and I/O, a snapshot’s age, and nothing for an instance', () => {
    const volume = { evidence: { storage: { sizeGB: 500, ioOpsPerDay: 0 } } } as unknown as Parameters<typeof storageText>[0];
    expect(storageText(volume)).toBe('500 GB · no I/O');
    const snapshot = { evidence: { storage: { sizeGB: 80.4, ioOpsPerDay: null, ageDays: 120 } } } as unknown as Parameters<typeof storageText>[0];
    expect(storageText(snapshot)).toBe('80 GB · 120 days old');
    expect(storageText({ evidence: { cpu: 5 } } as unknown as Parameters<typeof storageText>[0])).toBeNull();
  });
});
