// Main-thread script time of the probe on a 5,000-node page: the same
// page is loaded under a listed hostname (probe injected) and an unlisted one
// (no probe); the difference of the renderer's script time (CDP
// Performance.getMetrics, ScriptDuration) is the probe's cost. Measured twice
// per load: once the load is over (what the probe costs every page), then
// after the counsellor's first gesture on the page, a click on its heading
// (where the probe reads the page and sends its one message; leaving the page
// without a gesture costs the same). Medians over several loads of each,
// alternated.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../e2e/harness';
import { median } from './median';

const LISTED = 'https://wwwd.caf.fr/bench/page';
const UNLISTED = 'https://bench.example.org/bench/page';

/** A CAF-like page of `nodes` elements of ordinary content, with or without a login form. */
export function bigPage(nodes: number, login: boolean): string {
  const items: string[] = [];
  for (let i = 0; items.length * 4 < nodes; i++) {
    items.push(
      // Every fifth item an « info » card and every date in an inline colour: blocks the probe's
      // message selectors match (class*=info, style*=color), as real pages have many of.
      `<li class="item${i % 5 ? '' : ' info-card'}"><a href="/allocataires/article-${i}">Article ${i}</a><p>Texte d’information numéro ${i} sur les prestations.</p><span class="date" style="color: #666">${i % 28} mars</span></li>`,
    );
  }
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Connexion - caf.fr</title></head><body>
<header><a href="/">Caf.fr</a></header>
<main><h1>${login ? 'Mon Compte' : 'Actualités'}</h1>
${
  login
    ? `<form><label for="nir">Numéro d'allocataire</label><input id="nir" type="text">
<label for="mdp">Mot de passe</label><input id="mdp" type="password">
<a id="oubli" href="#">Mot de passe oublié ?</a><button type="submit">Me connecter</button></form>`
    : ''
}
<ul class="actualites">${items.join('')}</ul></main></body></html>`;
}

export async function contentScriptCost(login: boolean, runs = 15) {
  const dir = join('.test-results', 'bench');
  mkdirSync(dir, { recursive: true });
  const file = `big-${login ? 'login' : 'content'}.html`;
  writeFileSync(join(dir, file), bigPage(5000, login));
  const fixture = `../../.test-results/bench/${file}`;
  const session = await launch({ pages: { [LISTED]: fixture, [UNLISTED]: fixture } });
  try {
    const measure = async (url: string) => {
      const page = await session.context.newPage();
      const cdp = await session.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const scriptMs = async () => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
      };
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(400); // document_idle has passed, the probe has run
      const load = await scriptMs();
      const box = await page.locator('h1').boundingBox();
      if (!box) throw new Error('titre introuvable sur la page de mesure');
      await page.mouse.click(box.x + 2, box.y + 2);
      await page.waitForTimeout(300);
      const gesture = (await scriptMs()) - load;
      // Counted outside ScriptDuration, after both readings.
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      await page.close();
      return { load, gesture, nodes };
    };
    await measure(LISTED);
    await measure(UNLISTED);
    const withProbe: Array<{ load: number; gesture: number }> = [];
    const without: Array<{ load: number; gesture: number }> = [];
    let nodes = 0;
    for (let i = 0; i < runs; i++) {
      const a = await measure(LISTED);
      const b = await measure(UNLISTED);
      withProbe.push(a);
      without.push(b);
      nodes = a.nodes;
    }
    const cost = (key: 'load' | 'gesture') => median(withProbe.map((m) => m[key])) - median(without.map((m) => m[key]));
    return {
      nodes,
      runs,
      withMs: median(withProbe.map((m) => m.load)),
      withoutMs: median(without.map((m) => m.load)),
      costMs: cost('load'),
      gestureMs: cost('gesture'),
    };
  } finally {
    await session.close();
  }
}
