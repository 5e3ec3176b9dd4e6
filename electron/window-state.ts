// Remembering the window's size and place, and putting it back only where a screen still is.
import type { Bounds } from './window-options.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_BOUNDS: Bounds = { width: 1280, height: 820 };

/** Saved bounds if they still fit on one of the work areas, else a default size (centred by the OS). */
export function restoreBounds(saved: Partial<Rect> | undefined, workAreas: Rect[]): Bounds {
  if (!saved || typeof saved.width !== 'number' || typeof saved.height !== 'number') return DEFAULT_BOUNDS;
  const width = Math.max(900, Math.round(saved.width));
  const height = Math.max(600, Math.round(saved.height));
  if (typeof saved.x !== 'number' || typeof saved.y !== 'number') return { width, height };
  const { x, y } = saved;
  // visible enough: the title bar's first 100 px lie on some screen
  const onScreen = workAreas.some((a) => x + 100 > a.x && x < a.x + a.width && y >= a.y && y < a.y + a.height);
  if (!onScreen) return { width, height };
  const area = workAreas.find((a) => x + 100 > a.x && x < a.x + a.width && y >= a.y && y < a.y + a.height) as Rect;
  return { x, y, width: Math.min(width, area.width), height: Math.min(height, area.height) };
}
