// Main-thread script time of the probe on a 5,000-node login page: the same
// page is loaded under a listed hostname (probe injected) and an unlisted one
// (no probe); the difference of the renderer's script time (CDP
// Performance.getMetrics, ScriptDuration) is the probe's cost. Medians over
// several loads of each, alternated.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../e2e/harness';

const LISTED = 'https://wwwd.caf.fr/bench/connexion';
const UNLISTED = 'https://bench.example.org/bench/connexion';

/** A CAF-like login page padded to `nodes` elements of ordinary content. */
export function bigLoginPage(nodes: number): string {
  const items: string[] = [];
  for (let i = 0; items.length * 4 < nodes; i++) {
    items.push(
      `<li class="item"><a href="/allocataires/article-${i}">Article ${i}</a><p>Texte d’information numéro ${i} sur les prestations.</p><span class="date">${i % 28} mars</span></li>`,
    );
  }
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Connexion - caf.fr</title></head><body>
<header><a href="/">Caf.fr</a></header>
<main><h1>Mon Compte</h1>
<form><label for="nir">Numéro d'allocataire</label><input id="nir" type="text">
<label for="mdp">Mot de passe</label><input id="mdp" type="password">
<a id="oubli" href="#">Mot de passe oublié ?</a><button type="submit">Me connecter</button></form>
<ul class="actualites">${items.join('')}</ul></main></body></html>`;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export async function contentScriptCost(runs = 15) {
  const dir = join('.test-results', 'bench');
  mkdirSync(dir, { recursive: true });
  const html = bigLoginPage(5000);
  writeFileSync(join(dir, 'big-login.html'), html);
  const session = await launch({
    pages: {
      [LISTED]: '../../.test-results/bench/big-login.html',
      [UNLISTED]: '../../.test-results/bench/big-login.html',
    },
  });
  try {
    const measure = async (url: string) => {
      const page = await session.context.newPage();
      const cdp = await session.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(400); // document_idle has passed, the probe has run
      const { metrics } = await cdp.send('Performance.getMetrics');
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      await page.close();
      const script = metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
      return { ms: script * 1000, nodes };
    };
    await measure(LISTED);
    await measure(UNLISTED);
    const withProbe: number[] = [];
    const without: number[] = [];
    let nodes = 0;
    for (let i = 0; i < runs; i++) {
      const a = await measure(LISTED);
      const b = await measure(UNLISTED);
      withProbe.push(a.ms);
      without.push(b.ms);
      nodes = a.nodes;
    }
    return {
      nodes,
      runs,
      withMs: median(withProbe),
      withoutMs: median(without),
      costMs: median(withProbe) - median(without),
    };
  } finally {
    await session.close();
  }
}
