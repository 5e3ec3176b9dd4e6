// How the room of a grid is shared among its columns, as plain arithmetic (tested alone).

/**
 * The room left beside the columns' widths, shared among flex columns by their flex; or, when
 * the columns are wider than the view and giving up room (down to their least width) makes them
 * fit, taken from the flex columns, as CSS flex-shrink does. When even that would not fit, the
 * columns keep their widths and the grid scrolls sideways: cutting labels would buy nothing.
 */
export function flexExtra(leaves: readonly { id: string; flex?: number; width: number; min: number }[], width: number): Map<string, number> {
  const out = new Map<string, number>();
  if (width <= 0) return out;
  const spare = width - leaves.reduce((s, c) => s + c.width, 0);
  let shrinkable = leaves.filter((c) => c.flex && (spare > 0 || c.width > c.min));
  if (spare > 0) {
    const flex = shrinkable.reduce((s, c) => s + c.flex!, 0);
    for (const c of shrinkable) out.set(c.id, Math.floor((spare * c.flex!) / flex));
    return out;
  }
  let deficit = -spare;
  if (shrinkable.reduce((s, c) => s + c.width - c.min, 0) < deficit) return out;
  // a column stopped at its least width leaves the rest of the deficit to the others
  while (deficit > 0.5 && shrinkable.length > 0) {
    const flex = shrinkable.reduce((s, c) => s + c.flex!, 0);
    let taken = 0;
    for (const c of shrinkable) {
      const now = c.width + (out.get(c.id) ?? 0);
      const cut = Math.min(now - c.min, Math.ceil((deficit * c.flex!) / flex));
      out.set(c.id, (out.get(c.id) ?? 0) - cut);
      taken += cut;
    }
    deficit -= taken;
    shrinkable = shrinkable.filter((c) => c.width + (out.get(c.id) ?? 0) > c.min);
    if (taken === 0) break;
  }
  return out;
}
