// Renders the real popup against a fake-indexeddb database, with the real
// background router in the same process standing in for runtime messaging.
import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import { ApiContext, sendOver } from '../../components/api';
import type { DaySource } from '../../components/day-source';
import { I18nContext } from '../../components/i18n';
import type { SiteAccessApi } from '../../components/SiteAccess';
import { App } from '../../entrypoints/popup/App';
import type { ContretempsDB } from '../../lib/db/database';
import { watchDay } from '../../lib/db/live-source';
import { daySnapshot } from '../../lib/db/queries';
import { createTranslator } from '../../lib/i18n/translator';
import type { Response } from '../../lib/messages/contract';
import type { Request } from '../../lib/messages/schema';
import fr from '../../public/_locales/fr/messages.json';
import { backgroundRoute } from './background';
import { fakeClock, freshDb } from './db';

interface PopupOptions {
  activeOrganisation?: string | null;
  /** Answers a request in place of the background, to simulate its failures. */
  intercept?: (request: Request) => Response<unknown> | undefined;
  siteAccess?: SiteAccessApi;
  /** The database of a popup opened before: a popup closed and opened again. */
  db?: ContretempsDB;
}

export function renderPopup(options: PopupOptions = {}) {
  const db = options.db ?? freshDb();
  const clock = fakeClock(new Date('2026-11-24T10:00:00+01:00').getTime());
  const route = backgroundRoute(db, clock, options.activeOrganisation ?? null);
  const sent: Request[] = [];
  const transport = vi.fn(async (request: Request) => {
    sent.push(request);
    return options.intercept?.(request) ?? route(request, {});
  });
  const send = sendOver(transport);
  const source: DaySource = {
    first: (range) => daySnapshot(db, range.from, range.to),
    watch: (range, onChange, onError) => watchDay(db, range, onChange, onError),
  };
  const view = render(
    <I18nContext.Provider value={{ t: createTranslator(fr), lang: 'fr' }}>
      <ApiContext.Provider value={send}>
        <App source={source} clock={clock.now} siteAccess={options.siteAccess} />
      </ApiContext.Provider>
    </I18nContext.Provider>,
  );
  return { ...view, db, clock, sent };
}
