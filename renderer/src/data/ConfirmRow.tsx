// The row under a table row that asks before something is removed: what will go, the red button
// that removes it, and a way to keep it (also Escape). The Data view's tables share it.
import type { ReactNode } from 'react';

interface Props {
  colSpan: number;
  /** The group's accessible name: 'Confirm removing …'. */
  label: string;
  children: ReactNode;
  confirmText: string;
  keepText: string;
  busy?: boolean;
  onConfirm: () => void;
  onKeep: () => void;
  /** data-* attributes that tie the row to its item, as the row above has them. */
  data?: Record<`data-${string}`, string | number>;
}

export function ConfirmRow({ colSpan, label, children, confirmText, keepText, busy = false, onConfirm, onKeep, data }: Props) {
  return (
    <tr className="confirm-row" {...data}>
      <td colSpan={colSpan}>
        <div className="confirm" role="group" aria-label={label} onKeyDown={(e) => e.key === 'Escape' && onKeep()}>
          <span>{children}</span>
          <button type="button" className="danger" autoFocus disabled={busy} onClick={onConfirm}>
            {confirmText}
          </button>
          <button type="button" onClick={onKeep}>
            {keepText}
          </button>
        </div>
      </td>
    </tr>
  );
}
