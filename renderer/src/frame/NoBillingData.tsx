// What a view says in a workspace without billing data: why it has nothing to show, and the way to
// Data to import files or open the demo, then what the view will read once there is data.
export function NoBillingData({ testId, nothing, then, onGoToData }: { testId: string; nothing: string; then: string; onGoToData: () => void }) {
  return (
    <div className="card" data-testid={testId}>
      <p className="lead">This workspace has no billing data yet, so {nothing}.</p>
      <p>
        Import CUR or FOCUS files, or open the demo workspace, in{' '}
        <button type="button" className="link" onClick={onGoToData}>
          Data
        </button>
        . {then}
      </p>
    </div>
  );
}
