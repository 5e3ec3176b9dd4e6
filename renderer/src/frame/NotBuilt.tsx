// A view that is not built yet says so plainly, and what it will do.
import type { ViewDef } from '../views.ts';

export function NotBuilt({ view, onGoToData }: { view: ViewDef; onGoToData: () => void }) {
  return (
    <section className="view" aria-labelledby="view-title">
      <h1 id="view-title">{view.label}</h1>
      <div className="card not-built">
        <p className="lead">This view is not built yet.</p>
        <p>When it is, it will let you: {view.purpose.charAt(0).toLowerCase() + view.purpose.slice(1)}</p>
        <p className="muted">
          Until then, the data it will use is already in your workspace: see it in{' '}
          <button type="button" className="link" onClick={onGoToData}>
            Data
          </button>
          , or query it from the command line with <code>finops-workbench sql</code>.
        </p>
      </div>
    </section>
  );
}
