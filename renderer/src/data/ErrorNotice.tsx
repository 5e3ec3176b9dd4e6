// An error as a person reads it: what went wrong (core's message), where, and what to do next.
import type { ApiError } from '../../../core/api/errors.ts';
import { adviceFor } from '../advice.ts';
import { baseName } from '../format.ts';

const TITLES: Record<string, string> = {
  CANCELLED: 'Import cancelled',
};

// cancelledTitle: what a cancel stopped ("Pull cancelled"); an import's by default
export function ErrorNotice({ error, title, cancelledTitle }: { error: ApiError; title?: string; cancelledTitle?: string }) {
  const advice = adviceFor(error.code);
  const file = typeof error.details?.file === 'string' ? error.details.file : null;
  return (
    <div className={error.code === 'CANCELLED' ? 'notice warn' : 'notice error'} role="alert">
      <p className="notice-title">
        {(error.code === 'CANCELLED' && cancelledTitle) || TITLES[error.code] || title || 'Could not complete this'}
        {file && !title && <span className="notice-file"> — {baseName(file)}</span>}
      </p>
      <p className="notice-message">{error.message}</p>
      {advice && <p className="notice-advice">What to do: {advice}</p>}
      <p className="notice-code">Error code {error.code}</p>
    </div>
  );
}
