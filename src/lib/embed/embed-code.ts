/**
 * Embedding an indicator's chart on another site: the embed page's address, the standalone SVG's
 * address, and the <iframe> code shown on the indicator page for copying.
 */
import { escapeXml } from './chart-svg-file.ts';

export function embedPath(id: string): string {
  return `indikatorer/${id}/indlejr/`;
}

export function chartFilePath(id: string): string {
  return `indikatorer/${id}/graf.svg`;
}

/**
 * Tall enough for the wide chart, its title, whom it covers, the flag legend, source and link at common
 * column widths (measured on every indicator's embed page at 700 px; most fit at 360 px too).
 */
export const EMBED_HEIGHT = 600;

/** The code an editor of another site pastes: a titled, lazy, borderless iframe at full width. */
export function iframeCode(embedUrl: string, title: string): string {
  const t = escapeXml(`Graf: ${title} (Integrationsbarometeret)`);
  return `<iframe src="${escapeXml(embedUrl)}" title="${t}" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy"></iframe>`;
}

export const EMBED_TEXT = {
  heading: 'Brug grafen på din egen side',
  intro: 'Grafen kan indlejres på andre hjemmesider. Vælg, om den skal følge med, når der kommer nye tal, eller vise tallene fra en udgave uændret; kopiér koden, og sæt den ind i din sides HTML.',
  codeLabel: 'HTML-kode til indlejring',
  copy: 'Kopiér koden',
  copied: 'Koden er kopieret.',
  copyFailed: 'Kunne ikke kopiere. Markér koden, og kopiér den selv.',
  preview: 'Se den indlejrede graf',
  svg: 'Hent grafen som SVG-billede',
  backLink: 'Se tallene og hele indikatoren på Integrationsbarometeret',
  newWindow: '(åbner i et nyt vindue)',
} as const;
