// Sends a request to the background and keeps the last failure as a sentence
// to show. The error text is the page's translation of the error code.
import { useState } from 'preact/hooks';
import type { Request, Response } from '../lib/messages/schema';
import { useSend } from './api';
import { useI18n } from './i18n';

export function useAction() {
  const send = useSend();
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(request: Request): Promise<Response | null> {
    setBusy(true);
    try {
      const response = await send(request);
      if (response.ok) setError(null);
      else {
        const translated = t(`error_${response.error}`);
        setError(translated.startsWith('error_') ? response.message : translated);
      }
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
