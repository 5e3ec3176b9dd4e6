// An Athena query shown for the person to read or copy into the Athena console.
import { useState } from 'react';

export function QueryBox({ title, sql, parameters }: { title: string; sql: string; parameters?: string[] }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(sql);
      setCopied('yes');
    } catch {
      // some browsers refuse the clipboard to a page; the text stays selectable
      setCopied('no');
    }
  };
  return (
    <div className="query-box" data-testid="athena-query">
      <div className="query-head">
        <span className="small">{title}</span>
        <button type="button" onClick={() => void copy()}>
          Copy query
        </button>
        {copied && <span className="small muted">{copied === 'yes' ? 'Copied.' : 'Copying was refused: select the text instead.'}</span>}
      </div>
      <pre aria-label="Athena query">{sql}</pre>
      {parameters && parameters.length > 0 && <p className="small muted">Values of the ? placeholders, in order (sent as execution parameters): {parameters.join(', ')}</p>}
    </div>
  );
}
