/**
 * What one search result shows, computed from Pagefind's fragment: title, type, date and numbers,
 * and the paragraphs that matched with their links. Pure, so the search page (src/client/search-view.ts
 * prints it) and the build's precomputed first results (scripts/lib/search/first-results.ts) show
 * exactly the same thing.
 */
import { searchCopy as copy } from '../copy/index.ts';
import { pdfHit } from './attachment-links.ts';
import { formatDate, typeLabel } from './format.ts';
import { stripParts } from './index-only.ts';
import type { PagefindFragment } from './pagefind-api.ts';
import { paragraphHits, paragraphUrl, tightMarks } from './paragraph-hits.ts';
import { paragraphNumber } from '../archive/paragraph-id.ts';

/** One piece of the result's meta line, in order; `nr` pieces must not break at their hyphen. */
export type MetaPart =
  { kind: 'type' | 'text' | 'nr'; text: string } | { kind: 'date'; text: string; dateTime: string } | { kind: 'mark'; text: string };

export interface HitView {
  /** HTML, escaped by paragraphHits / Pagefind, with <mark> around the words found. */
  excerpt: string;
  href: string;
  jump: string;
}

export interface ResultView {
  url: string;
  title: string;
  meta: MetaPart[];
  /** “Bilag til »…«” for an attachment. */
  attachmentOf?: string;
  /** The excerpt when no matched paragraph has an anchor (HTML, escaped). */
  excerpt?: string;
  hits: HitView[];
}

/** »Gå til afsnit 16« for a document's numbered paragraph (»afsnit-16«), else »Gå til afsnittet«. */
function paragraphJump(id: string | undefined): string {
  const n = paragraphNumber(id);
  return n !== undefined ? copy.goToParagraphNumber(n) : copy.goToParagraph;
}

export function resultView(d: PagefindFragment, searched: boolean): ResultView {
  const m = d.meta;
  const title = stripParts(m.title || d.url);
  const meta: MetaPart[] = [];
  if (m.type) meta.push({ kind: 'type', text: typeLabel(m.type) });
  if (m.forvaltning) meta.push({ kind: 'text', text: m.forvaltning });
  if (m['budgetår']) meta.push({ kind: 'nr', text: `${copy.budgetYear} ${m['budgetår']}` });
  if (m.date) meta.push({ kind: 'date', text: formatDate(m.date), dateTime: m.date });
  if (m.sagsnr) meta.push({ kind: 'nr', text: `${copy.caseNumber} ${m.sagsnr}` });
  if (m.doknr) meta.push({ kind: 'nr', text: `${copy.documentNumber} ${m.doknr}` });
  if (m.jnr) meta.push({ kind: 'nr', text: `${copy.journalNumber} ${m.jnr}` });
  // An attachment carries its letter's case number as a related one (so the letter ranks first).
  // An example goal names the letter it was made after, which does not hold it (goal-view.ts).
  const sourceLabel = m.brev ? copy.caseNumber : m.eksempeldata ? copy.exampleSourceCaseNumber : copy.sourceCaseNumber;
  if (m.kildesagsnr) meta.push({ kind: 'nr', text: `${sourceLabel} ${m.kildesagsnr}` });
  if (m.filtype) meta.push({ kind: 'nr', text: m.filtype });
  if (m.eksempeldata) meta.push({ kind: 'mark', text: copy.illustrative });

  const found = searched ? paragraphHits(d.content, d.weighted_locations, d.anchors, { max: 2, excerptWords: 26 }) : [];
  const anchored = found.filter((hit) => hit.id);
  const hits: HitView[] = anchored.map((hit) => {
    // A hit in an attached PDF's text opens the PDF at its page; others go to the paragraph.
    const pdf = pdfHit(m, hit.id);
    return {
      excerpt: hit.excerpt,
      href: pdf ? pdf.url : paragraphUrl(d.url, hit),
      jump: pdf ? copy.goToPage(pdf.page) : paragraphJump(hit.id),
    };
  });
  return {
    url: d.url,
    title,
    meta,
    ...(m.brev ? { attachmentOf: `${copy.attachmentOf} »${m.brev}«` } : {}),
    ...(anchored.length === 0 ? { excerpt: found[0]?.excerpt ?? tightMarks(stripParts(d.excerpt)) } : {}),
    hits,
  };
}
