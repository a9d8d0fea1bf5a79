// Sends a request to the background and keeps the last failure as a sentence
// to show: the page's locale words the error code (public/_locales, `error_<code>`).
import { useState } from 'preact/hooks';
import type { ReplyTo, RequestOf } from '../lib/messages/contract';
import type { RequestType } from '../lib/messages/schema';
import { useSend } from './api';
import { useI18n } from './i18n';

export function useAction() {
  const send = useSend();
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run<K extends RequestType>(request: RequestOf<K>): Promise<ReplyTo<K> | null> {
    setBusy(true);
    try {
      const response = await send(request);
      if (response.ok) setError(null);
      else setError(t(`error_${response.error}`));
      return response;
    } catch {
      setError(t('error_unreachable'));
      return null;
    } finally {
      setBusy(false);
    }
  }

  return { run, error, setError, busy };
}
