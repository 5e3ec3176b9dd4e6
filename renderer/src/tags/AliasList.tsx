// The aliases stored in the workspace, newest last, each with a button that removes it.
import type { TagAlias } from './alias-types.ts';
import { formatTimestamp } from '../format.ts';
import { aliasText } from './merge-model.ts';

export function AliasList({ aliases, busy, onRemove }: { aliases: readonly TagAlias[]; busy: boolean; onRemove: (a: TagAlias) => void }) {
  if (aliases.length === 0) return <p className="muted small" data-testid="alias-list">No aliases yet: every report reads the tags as loaded.</p>;
  return (
    <table className="table alias-list" data-testid="alias-list">
      <thead>
        <tr>
          <th scope="col">Alias</th>
          <th scope="col">Kind</th>
          <th scope="col">Added</th>
          <th scope="col" className="actions">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {aliases.map((a) => (
          <tr key={`${a.kind}|${a.key ?? ''}|${a.from}`}>
            <td className="wrap">
              <code>{aliasText(a)}</code>
            </td>
            <td>{a.kind === 'key' ? 'Key' : 'Value'}</td>
            <td>{formatTimestamp(a.createdAt)}</td>
            <td className="actions">
              <button type="button" disabled={busy} onClick={() => onRemove(a)} aria-label={`Remove alias ${aliasText(a)}`}>
                Remove
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
