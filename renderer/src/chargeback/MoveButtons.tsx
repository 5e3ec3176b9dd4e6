// Up, down and remove for an item of an ordered list (owner sources, pools): order matters in
// both, so it is edited with buttons a keyboard reaches, each named for the item it moves.
export function MoveButtons<T>({ what, index, count, items, onChange }: { what: string; index: number; count: number; items: readonly T[]; onChange: (items: T[]) => void }) {
  const move = (to: number) => {
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(to, 0, item!);
    onChange(next);
  };
  return (
    <span className="move-buttons">
      <button type="button" className="ghost icon" aria-label={`Move ${what} up`} title="Move up" disabled={index === 0} onClick={() => move(index - 1)}>
        ↑
      </button>
      <button type="button" className="ghost icon" aria-label={`Move ${what} down`} title="Move down" disabled={index === count - 1} onClick={() => move(index + 1)}>
        ↓
      </button>
      <button type="button" className="ghost icon" aria-label={`Remove ${what}`} title="Remove" onClick={() => onChange(items.filter((_, j) => j !== index))}>
        ✕
      </button>
    </span>
  );
}
