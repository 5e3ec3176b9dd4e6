// The height a grid has on screen: from its top to the bottom of the scrolling main area, less
// what must stay visible under it (a hint line). Recomputed when the window or anything above it
// changes size (settings folded, a notice shown), so a long pivot fills the screen it has
// instead of a fixed 620 px, and the page itself does not scroll to reach the grid's last rows.
import { useLayoutEffect, useState, type RefObject } from 'react';

export function useAvailableHeight(ref: RefObject<HTMLElement | null>, below: number, min: number): number {
  const [height, setHeight] = useState(min);
  useLayoutEffect(() => {
    const el = ref.current;
    const main = el?.closest('main') ?? null;
    if (!el || !main) return;
    const measure = () => {
      const top = el.getBoundingClientRect().top - main.getBoundingClientRect().top + main.scrollTop;
      const bottomPadding = parseFloat(getComputedStyle(main).paddingBottom) || 0;
      setHeight(Math.max(min, Math.floor(main.clientHeight - top - below - bottomPadding)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(main);
    // the view above the grid (settings, zones, notices) changes size: the grid's top moves
    for (const sibling of [...(main.firstElementChild ? [main.firstElementChild] : []), ...Array.from(el.closest('.explore-main')?.children ?? [])]) {
      if (sibling !== el && !sibling.contains(el)) observer.observe(sibling);
    }
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref, below, min]);
  return height;
}
