// The sparkline's geometry: 96 × 24, a row scaled to its peak rounded up to a tenth, gaps for days
// without data. Points worked out by hand: y = 23 − v ÷ top × 22.
import { describe, expect, it } from 'vitest';
import { sparkPaths, sparkTop } from './Sparkline.tsx';

describe('sparkline', () => {
  it('scales a row to its peak rounded up to 10%, never under 10% nor over 100%', () => {
    expect(sparkTop([5, 13.75, 2])).toBe(20);
    expect(sparkTop([0.8, 0.5])).toBe(10);
    expect(sparkTop([100, 120])).toBe(100);
    expect(sparkTop([null, null])).toBe(10);
  });
  it('breaks the line where a day has no data', () => {
    // 5 points over 96 px: x = 0, 24, 48, 72, 96; top 20: 10% → y = 23 − 11 = 12, 20% → 1
    expect(sparkPaths([10, 20, null, 10, 10], 20)).toEqual(['M0.0,12.0L24.0,1.0', 'M72.0,12.0L96.0,12.0']);
  });
});
