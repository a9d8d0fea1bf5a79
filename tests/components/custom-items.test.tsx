// @vitest-environment happy-dom
// The counsellor's own organisations, procedures and reasons: added in the
// options page (a team code only in the shape the team lead gives), then
// offered in the popup's lists under their label.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ApiContext, sendOver } from '../../components/api';
import { CustomItems } from '../../components/CustomItems';
import { DetailsForm } from '../../components/DetailsForm';
import { I18nContext } from '../../components/i18n';
import { Organisations } from '../../components/Organisations';
import { createBackgroundApp } from '../../lib/background/app';
import { emptyDetails } from '../../lib/db/details';
import { createTranslator } from '../../lib/i18n/translator';
import type { Request } from '../../lib/messages/schema';
import { readSettings } from '../../lib/settings/store';
import fr from '../../public/_locales/fr/messages.json';
import { freshDb, sequentialIds } from '../helpers/db';

afterEach(cleanup);

const t = createTranslator(fr);

function background() {
  const db = freshDb();
  const app = createBackgroundApp(fakeBrowser as never, { db, log: () => {}, newId: sequentialIds('id') });
  const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
  const send = sendOver((r: Request) => app.onMessage(r, page) as never);
  return { db, send };
}

describe('the counsellor’s own items', () => {
  it('adds a procedure with the team’s code, and refuses a code that is free text', async () => {
    const { db, send } = background();
    const settings = await readSettings(db);
    const view = render(
      <I18nContext.Provider value={{ t, lang: 'fr' }}>
        <ApiContext.Provider value={send}>
          <CustomItems settings={settings} />
        </ApiContext.Provider>
      </I18nContext.Provider>,
    );
    fireEvent.input(screen.getByLabelText(fr.customItemLabel.message), { target: { value: 'Permis B' } });
    fireEvent.input(screen.getByLabelText(fr.teamCodeOptional.message), { target: { value: 'Permis B' } });
    fireEvent.click(screen.getByRole('button', { name: fr.customItemAdd.message }));
    expect(await screen.findByText(fr.teamCodeInvalid.message)).toBeTruthy();
    expect((await readSettings(db)).customItems).toEqual([]);

    fireEvent.input(screen.getByLabelText(fr.teamCodeOptional.message), { target: { value: 'x-permis-b' } });
    fireEvent.click(screen.getByRole('button', { name: fr.customItemAdd.message }));
    await waitFor(async () =>
      expect((await readSettings(db)).customItems).toEqual([
        { id: 'c_id00000001', kind: 'procedures', label: 'Permis B', teamCode: 'x-permis-b' },
      ]),
    );
    view.rerender(
      <I18nContext.Provider value={{ t, lang: 'fr' }}>
        <ApiContext.Provider value={send}>
          <CustomItems settings={await readSettings(db)} />
        </ApiContext.Provider>
      </I18nContext.Provider>,
    );
    expect(within(screen.getByTestId('custom-item')).getByText('Permis B')).toBeTruthy();
  });

  it('switches an organisation off from its box, and creates one of the counsellor’s own', async () => {
    const { db, send } = background();
    render(
      <I18nContext.Provider value={{ t, lang: 'fr' }}>
        <ApiContext.Provider value={send}>
          <Organisations settings={await readSettings(db)} />
        </ApiContext.Provider>
      </I18nContext.Provider>,
    );
    fireEvent.click(screen.getByLabelText('CAF'));
    await waitFor(async () => expect((await readSettings(db)).organisationsOff).toEqual(['caf']));
    fireEvent.input(screen.getByLabelText(fr.customOrganisationName.message), { target: { value: 'Le Relais' } });
    fireEvent.click(screen.getByRole('button', { name: fr.customOrganisationAdd.message }));
    await waitFor(async () =>
      expect((await readSettings(db)).customOrganisations).toEqual([{ id: 'c_id00000001', name: 'Le Relais' }]),
    );
  });

  it('offers them in the popup’s lists under their label', () => {
    const custom = {
      organisations: [{ id: 'c_relais', name: 'Le Relais' }],
      items: [
        { id: 'c_permis', kind: 'procedures' as const, label: 'Permis B', teamCode: null },
        { id: 'c_garde', kind: 'reasons' as const, label: 'Pas de garde', teamCode: null },
      ],
    };
    const onChange = vi.fn();
    render(
      <I18nContext.Provider value={{ t, lang: 'fr', custom }}>
        <DetailsForm value={emptyDetails} onChange={onChange} idPrefix="t" />
      </I18nContext.Provider>,
    );
    const organisation = screen.getByLabelText(fr.fieldOrganisation.message) as HTMLSelectElement;
    expect([...organisation.options].map((o) => o.text).slice(-2)).toEqual(['Le Relais', 'Autre site ou hors ligne']);
    const procedure = screen.getByLabelText(fr.fieldProcedure.message) as HTMLSelectElement;
    expect([...procedure.options].map((o) => o.text)).toContain('Permis B');
    fireEvent.click(screen.getByLabelText('Pas de garde'));
    expect(onChange).toHaveBeenCalledWith({ reasonIds: ['c_garde'] });
  });
});
