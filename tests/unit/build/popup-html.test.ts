// The build step of popup.html: the page the browser gets must need one
// request only (popup-early.js) before its first paint, and its inline style
// must be allowed by the CSP, by hash and by nothing wider.
import { describe, expect, it } from 'vitest';
import { allowStyles, styleHash, transformPopupHtml } from '../../../lib/build/popup-html';

// popup.html as Vite writes it, before this step.
const built = `<!DOCTYPE html>
<html lang="fr">
  <head>
    <meta charset="utf-8">
    <script async src="/popup-early.js" data-app="" ></script>
    <script type="module" crossorigin src="/chunks/popup-B86Q7Vf9.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/rolldown-runtime-XKyaHtl9.js">
    <link rel="modulepreload" crossorigin href="/chunks/day-DZiFkLSn.js">
    <link rel="stylesheet" crossorigin href="/assets/styles-D11wYL7X.css">
  </head>
  <body class="popup">
    <div id="app"></div>
  </body>
</html>`;
const css = 'body{margin:0}';
const cssOf = (href: string) => (href === '/assets/styles-D11wYL7X.css' ? css : undefined);

describe('popup.html build step', () => {
  const { html, styleHashes } = transformPopupHtml(built, cssOf);

  it('leaves popup-early.js as the only script, with the App’s address to load after the first paint', () => {
    expect([...html.matchAll(/<script[^>]*>/g)].map((m) => m[0])).toEqual([
      '<script async src="/popup-early.js" data-app="/chunks/popup-B86Q7Vf9.js" >',
    ]);
    expect(html).not.toContain('modulepreload');
  });

  it('inlines the stylesheet, and gives its hash for the CSP', () => {
    expect(html).not.toContain('<link');
    expect(html).toContain(`<style>${css}</style>`);
    // sha256 of « body{margin:0} », in base64 (computed with openssl).
    expect(styleHashes).toEqual(["'sha256-IAdwN3biDCQ3brrgp1m8kBEsPQYyqfREKOEfeoREopc='"]);
    expect(styleHash(css)).toBe(styleHashes[0]);
  });

  it('keeps the rest of the page as it was', () => {
    expect(html).toContain('<body class="popup">\n    <div id="app"></div>\n  </body>');
  });

  it('leaves a page without the data-app marker alone (the options page)', () => {
    const options = built.replace(' data-app=""', '');
    expect(transformPopupHtml(options, cssOf)).toEqual({ html: options, styleHashes: [] });
  });

  it('stops the build rather than ship a page it cannot make right', () => {
    expect(() => transformPopupHtml(built, () => undefined)).toThrow(/feuille de style introuvable/);
    const twoModules = built.replace('<link rel="modulepreload"', '<script type="module" src="/x.js"></script><link');
    expect(() => transformPopupHtml(twoModules, cssOf)).toThrow(/un seul module/);
  });

  it('adds the hashes to style-src only', () => {
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'";
    expect(allowStyles(csp, ["'sha256-abc='"])).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-abc='",
    );
    expect(allowStyles(csp, [])).toBe(csp);
  });
});
