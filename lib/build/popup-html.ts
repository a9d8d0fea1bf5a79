// Build step of popup.html, for the first text's sake (issue 7 §6). Before the
// first paint the page needs one request only, popup-early.js, which reads
// today's data and writes the first view. So, in the built page:
// - the stylesheet is inlined in a <style> (a render-blocking request less);
//   its sha256 goes into the CSP's style-src, which otherwise allows no inline style;
// - the App's module is not in the page (it and its preloads would compete
//   with popup-early.js): its address goes to popup-early.js's `data-app`
//   attribute, and popup-early.js loads it once the first view is painted.
// A page opts in with a bare `data-app` attribute on its early script.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export interface PopupHtml {
  html: string;
  /** CSP sources (`'sha256-…'`) of the inlined styles. */
  styleHashes: string[];
}

const earlyScript = /<script\b([^>]*)\sdata-app(?:="")?(?=[\s>])([^>]*)>/;
const moduleScript = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\s*/g;
const modulePreload = /<link rel="modulepreload"[^>]*>\s*/g;
const stylesheet = /<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/g;

export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/**
 * popup.html as built by Vite → popup.html as shipped. `cssOf` gives the text
 * of a built stylesheet from its address. A page without the `data-app`
 * marker is returned as it is.
 */
export function transformPopupHtml(html: string, cssOf: (href: string) => string | undefined): PopupHtml {
  if (!earlyScript.test(html)) return { html, styleHashes: [] };
  const modules = [...html.matchAll(moduleScript)].map((m) => m[1] as string);
  if (modules.length !== 1) throw new Error(`popup.html : un seul module attendu, ${modules.length} trouvé(s)`);
  const styleHashes: string[] = [];
  const out = html
    .replace(moduleScript, '')
    .replace(modulePreload, '')
    .replace(earlyScript, (_, before: string, after: string) => `<script${before} data-app="${modules[0]}"${after}>`)
    .replace(stylesheet, (_, href: string) => {
      const css = cssOf(href);
      if (css === undefined) throw new Error(`popup.html : feuille de style introuvable (${href})`);
      if (css.includes('</style')) throw new Error(`popup.html : ${href} ne peut pas être mise en ligne`);
      styleHashes.push(styleHash(css));
      return `<style>${css}</style>`;
    });
  return { html: out, styleHashes };
}

/** Adds `hashes` to the style-src of a CSP (unchanged if it has none). */
export function allowStyles(csp: string, hashes: string[]): string {
  if (hashes.length === 0) return csp;
  return csp.replace(/(style-src [^;]*)/, (directive) => `${directive} ${hashes.join(' ')}`);
}

/**
 * The Vite plugin that transforms the built popup.html, and the WXT hook that
 * adds its style hashes to the manifest's CSP (generated after the pages).
 */
export function popupHtmlBuild() {
  const hashes = new Set<string>();
  const plugin: Plugin = {
    name: 'contretemps:popup-html',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const result = transformPopupHtml(html, (href) => {
          const asset = bundle[href.replace(/^\//, '')];
          if (asset?.type !== 'asset') return undefined;
          return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        });
        for (const hash of result.styleHashes) hashes.add(hash);
        return result.html;
      },
    },
  };
  const manifestGenerated = (_wxt: unknown, manifest: { content_security_policy?: unknown }) => {
    // Manifest V3's CSP is an object; V2's, a string, is not ours to change.
    const csp = manifest.content_security_policy as { extension_pages?: string } | string | undefined;
    if (typeof csp === 'object' && csp.extension_pages) {
      csp.extension_pages = allowStyles(csp.extension_pages, [...hashes]);
    }
  };
  return { plugin, manifestGenerated };
}
