// Every saved version of the rules, newest first: when, who, what changed, where it came from;
// any version opens in the editor (saving it again makes a new version) or downloads as JSON.
import { saveBlob } from '../explore/download.ts';
import { savedAtText } from './RulesBar.tsx';
import { RULES_FILE_NAME, rulesFileText } from './rules-file.ts';
import type { RulesVersion } from './types.ts';

interface Props {
  versions: readonly RulesVersion[];
  current: number;
  onOpen: (v: RulesVersion) => void;
}

export function RulesHistory({ versions, current, onOpen }: Props) {
  return (
    <section className="card history" aria-labelledby="history-title">
      <div className="section-head">
        <h2 id="history-title">Version history</h2>
        <span className="muted small">Exports name the version that produced them.</span>
      </div>
      {versions.length === 0 ? (
        <p className="muted" data-testid="history-empty">
          No version saved yet. Save the rules to start the history.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="rules-history">
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Saved</th>
                <th scope="col">By</th>
                <th scope="col">What changed</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.version} aria-current={v.version === current ? 'true' : undefined}>
                  <td>
                    {v.version}
                    {v.version === current && <span className="pill">in force</span>}
                  </td>
                  <td>{savedAtText(v.savedAt)}</td>
                  <td>{v.savedBy}</td>
                  <td className="wrap">
                    {v.change}
                    {v.source && <span className="muted small"> · from {v.source}</span>}
                  </td>
                  <td className="actions">
                    <button type="button" onClick={() => onOpen(v)} aria-label={`Open version ${v.version} in the editor`}>
                      Open
                    </button>
                    <button
                      type="button"
                      onClick={() => saveBlob(new Blob([rulesFileText(v.rules)], { type: 'application/json' }), RULES_FILE_NAME.replace('.json', `-v${v.version}.json`))}
                      aria-label={`Download version ${v.version} as JSON`}
                    >
                      JSON
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
