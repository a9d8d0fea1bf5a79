// Text matching for the probe, on the short texts a page shows (headings,
// messages, labels, clicked links), against the keywords of ./words. Texts are lower-cased and stripped of
// French accents and of punctuation first, so « Mot de passe oublié ? », « MOT DE PASSE
// OUBLIE », « mot-de-passe oublié » and « n’a » / « n'a » read alike. Keywords are
// grouped by meaning and matched at the start of a word, not by regular
// expressions: a regular expression costs more to compile on each page load
// than the whole scan of a 5,000-element page. A pattern is one string
// (rules split by `;`, groups by `/`, words by `|`), split when a page is read.
const ACCENTED = 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿ';
const PLAIN = 'aaaaaaceeeeiiiinooooouuuuyy';

export function normalise(text: string): string {
  // A character loop rather than String.normalize and regular expressions:
  // both cost more to set up on each page load than the texts cost to read.
  // « + » is kept as a word of its own: « FranceConnect+ » is not FranceConnect.
  let out = '';
  let space = true;
  for (const char of text.toLowerCase()) {
    const at = ACCENTED.indexOf(char);
    const c = at >= 0 ? (PLAIN[at] as string) : char;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
      space = false;
    } else if (c === 'œ' || c === 'æ' || c === '+') {
      out += c === '+' ? ' +' : c === 'œ' ? 'oe' : 'ae';
      space = false;
    } else if (!space) {
      out += ' ';
      space = true;
    }
  }
  return out.trimEnd();
}

/** Rules split by `;`, a rule's groups by `/`, a group's words by `|`. */
export type Pattern = string;

/** A rule matches when each of its groups has one of its words; a pattern when one of its rules does. */
export function matches(text: string, pattern: Pattern | undefined): boolean {
  if (!pattern) return false;
  const padded = ` ${text}`;
  return pattern
    .split(';')
    .some((rule) => rule.split('/').every((group) => group.split('|').some((word) => padded.includes(` ${word}`))));
}
