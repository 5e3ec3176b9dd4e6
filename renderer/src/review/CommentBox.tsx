// A slide's comment for the meeting, saved in the workspace when the box loses focus (and only
// when it changed). The export waits for saves in flight (pending), so the file has every comment.
import { useEffect, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { ReviewSlideId } from '../../../core/api/review-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { toError } from '../frame/use-workspace.ts';
import type { PendingSaves } from './pending-saves.ts';

interface Props {
  client: WorkbenchClient;
  period: string;
  slideId: ReviewSlideId;
  slideLabel: string;
  saved: string | null;
  pending: PendingSaves;
  onSaved: (comment: string) => void;
}

type State = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; empty: boolean } | { kind: 'failed'; error: ApiError };

export function CommentBox({ client, period, slideId, slideLabel, saved, pending, onSaved }: Props) {
  const [text, setText] = useState(saved ?? '');
  const [state, setState] = useState<State>({ kind: 'idle' });
  // another pack (period, basis) brings its own comment
  useEffect(() => setText(saved ?? ''), [saved]);

  const save = () => {
    if (text.trim() === (saved ?? '')) return;
    setState({ kind: 'saving' });
    const call = client.call('reviewCommentSave', { period, slideId, comment: text }).then(
      (r) => {
        setText(r.comment);
        onSaved(r.comment);
        setState({ kind: 'saved', empty: r.comment === '' });
      },
      (err: unknown) => setState({ kind: 'failed', error: toError(err) }),
    );
    pending.add(call);
  };

  const id = `comment-${slideId}`;
  return (
    <div className="rv-comment">
      <label htmlFor={id} className="label">
        Comment for the meeting <span className="muted">(saved with the workspace, in the export)</span>
      </label>
      <textarea id={id} rows={2} value={text} aria-label={`Comment on ${slideLabel}`} onChange={(e) => setText(e.target.value)} onBlur={save} placeholder="What to say about this slide, who acts on it…" />
      <p className="rv-comment-state small" role="status" data-testid={`comment-state-${slideId}`}>
        {state.kind === 'saving' ? 'Saving…' : state.kind === 'saved' ? (state.empty ? 'Comment removed.' : 'Saved.') : ''}
      </p>
      {state.kind === 'failed' && <ErrorNotice error={state.error} title="Could not save the comment" />}
    </div>
  );
}
