/**
 * A status badge: the label as `statusLabel` words it in the code's vocabulary (2002 is a
 * paused task but a cancelled block record, ruling R2), the colour as a class, and the raw code
 * in `data-status` so tests and styles can select on the code itself.
 */
import { type StatusVocabulary, statusLabel } from '@vwed/task-record';
import { toneOf } from '../browser/format.js';

export function StatusBadge({ code, vocabulary }: { code: number; vocabulary: StatusVocabulary }) {
  return (
    <span
      className={`badge tone-${toneOf(code, vocabulary)}`}
      data-status={code}
      title={`${statusLabel(code, { vocabulary, locale: 'zh' })} (${code})`}
    >
      {statusLabel(code, { vocabulary })}
    </span>
  );
}
