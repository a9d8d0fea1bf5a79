// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DetectedFrictions } from '../../components/DetectedFrictions';
import { I18nContext } from '../../components/i18n';
import { createTranslator } from '../../lib/i18n/translator';
import type { Friction } from '../../lib/model/records';
import fr from '../../public/_locales/fr/messages.json';

afterEach(cleanup);

const detected = (id: string, loginMs: number | null): Friction => ({
  id,
  at: new Date('2026-11-24T10:00:00+01:00').getTime(),
  organisationId: 'caf',
  kind: 'mdp_oublie',
  detection: 'auto',
  status: 'pending',
  entryId: null,
  loginMs,
});

describe('detected frictions', () => {
  it('show the time spent on the login and reset pages once it is measured', () => {
    render(
      <I18nContext.Provider value={{ t: createTranslator(fr), lang: 'fr' }}>
        <DetectedFrictions
          frictions={[detected('friction-0001', 4 * 60_000 + 10_000), detected('friction-0002', null)]}
        />
      </I18nContext.Provider>,
    );
    const rows = screen.getAllByTestId('detected').map((li) => li.textContent ?? '');
    expect(rows.filter((text) => text.includes('4 min sur les pages de connexion'))).toHaveLength(1);
    expect(rows.filter((text) => text.includes('pages de connexion'))).toHaveLength(1);
  });
});
