// @vitest-environment happy-dom
// « Vérifier un fichier »: a file picked (or dropped) is checked by the real
// reading code and described in French, or its problems listed; the result is
// announced (live region) and takes the focus. And « Votre fichier figure-t-il
// dans cette synthèse ? » answers yes or no from the digests.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import VerifyView from '../../components/evidence/VerifyView';
import { I18nContext } from '../../components/i18n';
import { buildIndividual } from '../../lib/evidence/individual';
import type { IndividualFile, TeamFile } from '../../lib/evidence/schema';
import { defaultRules } from '../../lib/evidence/schema';
import { mergeTeam } from '../../lib/evidence/team';
import { createTranslator } from '../../lib/i18n/translator';
import { type Week, weekFromId } from '../../lib/stats/week';
import fr from '../../public/_locales/fr/messages.json';
import { entryAt, frictionAt } from '../helpers/records';

afterEach(cleanup);

const MIN = 60_000;
const TZ = 'Europe/Paris';
const NOW = new Date('2026-11-25T15:00:00+01:00').getTime();
const W47 = weekFromId('2026-W47', TZ) as Week;

/** Six counsellors' files of week 47, each with a different amount of work; the team summary merges the first five. */
let files: IndividualFile[];
let team: TeamFile;
beforeAll(async () => {
  files = await Promise.all(
    [1, 2, 3, 4, 5, 6].map((n) =>
      buildIndividual(
        {
          entries: [entryAt(W47.from + 10 * 3_600_000 + n * MIN, (20 + 5 * n) * MIN, `entry-${n}`)],
          frictions: [frictionAt(n, W47.from + 11 * 3_600_000, `entry-${n}`)],
          siteTime: [],
        },
        [W47],
        { salt: String(n).repeat(32), demonstration: false, timeZone: TZ },
      ),
    ),
  );
  const merged = await mergeTeam(files.slice(0, 5), defaultRules);
  if (!merged.ok) throw new Error(JSON.stringify(merged.problems));
  team = merged.summary;
});

function view() {
  return render(
    <I18nContext.Provider value={{ t: createTranslator(fr), lang: 'fr' }}>
      <VerifyView now={() => NOW} />
    </I18nContext.Provider>,
  );
}

function pick(label: string, name: string, text: string) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  fireEvent.change(input);
}

const asText = (file: object) => JSON.stringify(file, null, 2);

describe('checking one file', () => {
  it('describes a valid individual file and moves the focus to the result, announced', async () => {
    view();
    pick('Fichier à vérifier (.json)', 'contretemps-2026-W47.json', asText(files[0] as IndividualFile));
    const verdict = await screen.findByText(
      /« contretemps-2026-W47.json » est un fichier Contretemps valide et intact/,
    );
    const region = verdict.closest('.verify-result') as HTMLElement;
    expect(region.getAttribute('aria-live')).toBe('polite');
    await waitFor(() => expect(document.activeElement).toBe(region));
    expect(region.textContent).toContain('1 semaine entière, du lundi au dimanche');
    expect(region.textContent).toContain((files[0] as IndividualFile).digest);
  });

  it('says a file changed after its export was changed, in French, and describes nothing of it', async () => {
    view();
    const changed = { ...(files[0] as IndividualFile) };
    changed.cells = changed.cells.map((c) => ({ ...c, minutes: c.minutes + 5 }));
    pick('Fichier à vérifier (.json)', 'modifie.json', asText(changed));
    const refused = await screen.findByText('« modifie.json » ne peut pas être pris en compte :');
    const region = refused.closest('.verify-result') as HTMLElement;
    expect(region.textContent).toContain(fr.error_file_modified.message);
    expect(region.textContent).not.toContain('semaine entière');
  });

  it('refuses a CSV renamed to .json with the sentence that says so', async () => {
    view();
    pick('Fichier à vérifier (.json)', 'renomme.json', '\ufeffTableau;Semaine\r\nDémarches;2026-W47\r\n');
    expect(await screen.findByText(fr.error_file_not_json.message)).toBeTruthy();
  });

  it('describes a team summary: period, contributors, inputs, digest', async () => {
    view();
    pick('Fichier à vérifier (.json)', 'equipe.json', asText(team));
    const region = (await screen.findByText(/« equipe.json » est un fichier Contretemps valide/)).closest(
      '.verify-result',
    ) as HTMLElement;
    expect(region.textContent).toContain('Synthèse d’équipe Contretemps (version 1).');
    expect(region.textContent).toContain('Période : 2026-W47 (du 16 novembre');
    expect(region.textContent).toContain('Nombre de contributeurs : 5.');
    expect(region.textContent).toContain('Fichiers d’entrée listés par leur empreinte : 5.');
    expect(region.textContent).toContain(`Empreinte : ${team.digest}.`);
  });

  it('checks a dropped file like a picked one', async () => {
    view();
    const zone = screen.getByRole('region', { name: 'Que contient ce fichier, et est-il intact ?' });
    // happy-dom's DataTransfer holds no files: the event carries a plain one, as the browser's would.
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [new File([asText(team)], 'depose.json')] } });
    zone.dispatchEvent(drop);
    expect(await screen.findByText(/« depose.json » est un fichier Contretemps valide/)).toBeTruthy();
  });
});

describe('is my file in this summary?', () => {
  const mine = 'Votre relevé individuel (.json)';
  const summary = 'La synthèse d’équipe (.json)';

  it('answers yes when the file’s digest is among the summary’s inputs, and focuses the answer', async () => {
    view();
    pick(mine, 'moi.json', asText(files[2] as IndividualFile));
    pick(summary, 'equipe.json', asText(team));
    const answer = await screen.findByText(/^Oui : votre fichier \(empreinte sha256:/);
    expect(answer.textContent).toContain((files[2] as IndividualFile).digest);
    await waitFor(() => expect(document.activeElement).toBe(answer.closest('.verify-result')));
  });

  it('answers no for a file that was not merged', async () => {
    view();
    pick(mine, 'moi.json', asText(files[5] as IndividualFile));
    pick(summary, 'equipe.json', asText(team));
    expect(await screen.findByText(/^Non : votre fichier \(empreinte sha256:/)).toBeTruthy();
  });

  it('says which file is not of the right kind, and why a file is refused', async () => {
    view();
    pick(mine, 'equipe.json', asText(team));
    expect(await screen.findByText(/« equipe.json » n’est pas un relevé individuel/)).toBeTruthy();
    pick(mine, 'moi.json', '{"format":"autre"}');
    expect(await screen.findByText(fr.error_format_unknown.message)).toBeTruthy();
  });
});
