// What "Test connection" found: each call made, and what it says, or what to fix.
import type { ConnectionTestResult } from '../../../../core/api/connections-contract.ts';
import { adviceFor } from '../../advice.ts';

export function TestOutcome({ result }: { result: ConnectionTestResult }) {
  const failed = result.checks.find((c) => !c.ok);
  const advice = failed?.code ? adviceFor(failed.code) : null;
  return (
    <div className={result.ok ? 'notice ok' : 'notice error'} role="status" data-testid="connection-test">
      <p className="notice-title">{result.ok ? `${result.name || 'The connection'} works` : `${result.name || 'The connection'} does not work yet`}</p>
      <ul className="checks">
        {result.checks.map((c) => (
          <li key={c.operation}>
            <strong>{c.ok ? '✓' : '✗'}</strong> {c.message}
            <span className="small muted block">
              {c.operation}
              {c.code ? ` · error code ${c.code}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {advice && <p className="notice-advice">What to do: {advice}</p>}
      <p className="small muted">
        Signed in with {result.credentials}. {result.costUsd > 0 ? `This test cost $${result.costUsd.toFixed(2)} on the AWS bill.` : 'This test cost nothing.'}
      </p>
    </div>
  );
}
