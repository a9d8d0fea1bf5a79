// One item of a correction list (trash, entries to review): what it is, and
// one action on it whose failure shows under it. `onDone` reads the list again.
import type { ComponentChildren } from 'preact';
import type { RequestOf } from '../lib/messages/contract';
import type { RequestType } from '../lib/messages/schema';
import { ErrorMessage } from './ErrorMessage';
import { useAction } from './use-action';

interface Props<K extends RequestType> {
  testId: string;
  children: ComponentChildren;
  action: string;
  actionLabel: string;
  request: RequestOf<K>;
  onDone: () => void;
  /** Shown under the item, below its action (a correction form). */
  below?: ComponentChildren;
}

export function ItemAction<K extends RequestType>({
  testId,
  children,
  action,
  actionLabel,
  request,
  onDone,
  below,
}: Props<K>) {
  const { run, error, busy } = useAction();
  return (
    <li data-testid={testId}>
      {children}{' '}
      <button
        type="button"
        class="link"
        disabled={busy}
        aria-label={actionLabel}
        onClick={async () => {
          if ((await run(request))?.ok) onDone();
        }}
      >
        {action}
      </button>
      <ErrorMessage text={error} />
      {below}
    </li>
  );
}
