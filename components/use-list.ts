// A list the background reads for the popup (the trash, the entries to
// review), read again whenever `changed` changes: the day's live data, so a
// deletion or a correction shows at once; `reload` reads it again after an
// action on it (which may concern another day).
import { useEffect, useState } from 'preact/hooks';
import type { Replies, RequestOf } from '../lib/messages/contract';
import { useSend } from './api';

type ListRequest = 'trash/list' | 'entry/review-list';

export function useList<K extends ListRequest>(type: K, changed: unknown): [Replies[K] | null, () => void] {
  const send = useSend();
  const [list, setList] = useState<Replies[K] | null>(null);
  const [reads, setReads] = useState(0);
  useEffect(() => {
    let current = true;
    // A list request has no field but its type.
    void send({ type } as RequestOf<K>).then((response) => {
      if (current && response.ok) setList(response.data);
    });
    return () => {
      current = false;
    };
  }, [send, type, changed, reads]);
  return [list, () => setReads((n) => n + 1)];
}
