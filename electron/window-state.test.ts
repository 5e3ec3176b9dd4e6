import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, restoreBounds } from './window-state.ts';

const screen = { x: 0, y: 0, width: 1920, height: 1040 };

describe('restoreBounds', () => {
  it('puts the window back where it was', () => {
    expect(restoreBounds({ x: 100, y: 50, width: 1400, height: 900 }, [screen])).toEqual({ x: 100, y: 50, width: 1400, height: 900 });
  });
  it('uses the default size the first time', () => {
    expect(restoreBounds(undefined, [screen])).toEqual(DEFAULT_BOUNDS);
  });
  it('drops the position when that screen is gone, keeping the size', () => {
    expect(restoreBounds({ x: 2500, y: 100, width: 1200, height: 800 }, [screen])).toEqual({ width: 1200, height: 800 });
  });
  it('never restores smaller than the minimum or larger than the screen', () => {
    expect(restoreBounds({ x: 0, y: 0, width: 200, height: 100 }, [screen])).toEqual({ x: 0, y: 0, width: 900, height: 600 });
    expect(restoreBounds({ x: 0, y: 0, width: 5000, height: 5000 }, [screen])).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });
});
