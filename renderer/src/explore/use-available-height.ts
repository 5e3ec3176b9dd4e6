// The height a grid has on screen: from its top to the bottom of the scrolling main area, less
// what must stay visible under it (a hint line). Measured after every render of its owner and
// whenever the window or the view changes size (settings folded, a panel closed), so a long
// pivot fills the screen it has instead of a fixed 620 px, and the page itself does not scroll
// to reach the grid's last rows.
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

export function useAvailableHeight(ref: RefObject<HTMLElement | null>, below: number, min: number): number {
  const [height, setHeight] = useState(min);
  const measure = useCallback(() => {
    const el = ref.current;
    const main = el?.closest('main');
    if (!el || !main) return;
    const top = el.getBoundingClientRect().top - main.getBoundingClientRect().top + main.scrollTop;
    const bottomPadding = parseFloat(getComputedStyle(main).paddingBottom) || 0;
    // same value, same state: React skips the render, so this cannot loop
    setHeight(Math.max(min, Math.floor(main.clientHeight - top - below - bottomPadding)));
  }, [ref, below, min]);

  // anything above the grid may have changed with this render (rows opened, a notice shown)
  useLayoutEffect(measure);

  useLayoutEffect(() => {
    const main = ref.current?.closest('main');
    if (!main) return;
    const observer = new ResizeObserver(measure);
    observer.observe(main);
    // the view changes size when a panel above the grid opens or closes: the grid's top moves
    if (main.firstElementChild) observer.observe(main.firstElementChild);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref, measure]);
  return height;
}
