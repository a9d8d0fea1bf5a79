// @vitest-environment happy-dom
// A demo entry says so on its line (« démo »), so fictitious work is never taken for real work.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EntryRow } from '../../components/EntryRow';
import { I18nContext } from '../../components/i18n';
import { createTranslator } from '../../lib/i18n/translator';
import fr from '../../public/_locales/fr/messages.json';
import { entryAt } from '../helpers/records';

afterEach(cleanup);

function line(id: string) {
  render(
    <I18nContext.Provider value={{ t: createTranslator(fr), lang: 'fr' }}>
      <EntryRow entry={entryAt(Date.UTC(2026, 10, 24, 9), 600_000, id)} />
    </I18nContext.Provider>,
  );
  return screen.getByTestId('entry').querySelector('.entry-line')?.textContent ?? '';
}

describe('entry line', () => {
  it('tags a demo entry « démo »', () => {
    expect(line('demo-entry-00001')).toMatch(/démo/);
    expect(screen.getByTitle('Donnée de démonstration, fictive')).toBeTruthy();
  });

  it('does not tag a real entry', () => {
    expect(line('3b2f-real-entry')).not.toMatch(/démo/);
  });
});
