import { describe, expect, it } from 'vitest';
import { rightSize } from './instances.ts';

describe('the right size of an instance', () => {
  it('is the smallest of its family whose capacity × 0.8 covers the peak', () => {
    // m6i.2xlarge (8 vCPU, 32 GiB) peaking at 9.67% CPU (0.77 vCPU) and 15.88% memory (5.08 GiB):
    // m6i.large (2 vCPU, 8 GiB) covers it with 1.6 vCPU and 6.4 GiB of headroom.
    expect(rightSize('m6i.2xlarge', 9.67, 15.88)).toBe('m6i.large');
    // r6i.2xlarge (8 vCPU, 64 GiB) at 18% CPU (1.44 vCPU) and 25% memory (16 GiB): r6i.large offers
    // 16 GiB × 0.8 = 12.8 GiB, too little; r6i.xlarge (32 GiB × 0.8 = 25.6) fits.
    expect(rightSize('r6i.2xlarge', 18, 25)).toBe('r6i.xlarge');
    // At 20% memory (12.8 GiB) r6i.large is just enough.
    expect(rightSize('r6i.2xlarge', 18, 20)).toBe('r6i.large');
  });

  it('keeps an instance whose peak needs its size', () => {
    // c5.xlarge (4 vCPU) at 48% CPU needs 1.92 vCPU; c5.large gives only 1.6.
    expect(rightSize('c5.xlarge', 48, 10)).toBe('c5.xlarge');
  });
});
