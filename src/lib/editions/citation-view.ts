/**
 * The dated citation on indicator and area pages: which edition the figures belong to, the day the
 * reader retrieved them, and the permanent link. When today's figures are the latest edition's, the
 * citation points to the edition's page, which never changes, also when only words about them (a
 * note, the unit's name) changed since, which the notice then says; when a figure changed, it cites
 * the live page with the day of its latest figure change and links the edition beside it. Pure.
 */
import { CITE_TEXT } from '../copy/editions.ts';
import { dayText, timestampText } from './day-text.ts';
import { editionIndicatorHref, editionPath } from '../routes.ts';
import type { SinceEdition } from './citation-change.ts';

export interface CitationInput {
  /** »Beskæftigelse« or the indicator's title. */
  title: string;
  /** Site path of the page (indikatorer/<id>/ or omraader/<area>/). */
  pagePath: string;
  /** For an indicator: its row on the edition's page; for an area: the page itself. */
  indicatorId?: string;
  editionsAvailable: boolean;
  latestEdition?: { date: string; title: string };
  /** How the page differs from the latest edition (citation-change.ts): not, only in words, or in a figure. */
  sinceEdition: SinceEdition;
  /** ISO timestamp of the latest change to these figures (git), when known. */
  lastUpdated?: string;
  /** ÅÅÅÅ-MM-DD: the build's day, replaced in the browser by the reader's own. */
  retrieved: string;
  publisher: string;
  siteName: string;
}

export interface CitationView {
  edition?: { label: string; path: string };
  /** Figures on the page are the edition's (words about them may have changed: `sinceEdition`). */
  sameAsEdition: boolean;
  sinceEdition: SinceEdition;
  note: string;
  /** Site path the citation links to (pass through the absolute-URL helper). */
  permalinkPath: string;
  retrieved: { iso: string; label: string };
  /** The citation with two placeholders the page fills: {retrieved} and {url}. */
  parts: { before: string; after: string };
}

export function citationView(c: CitationInput): CitationView {
  const edition =
    c.latestEdition && c.editionsAvailable
      ? {
          label: `${c.latestEdition.title} (${dayText(c.latestEdition.date)})`,
          path: c.indicatorId ? editionIndicatorHref(c.latestEdition.date, c.indicatorId) : editionPath(c.latestEdition.date),
        }
      : undefined;
  const same = Boolean(edition) && c.sinceEdition !== 'figures';
  const note = !c.editionsAvailable
    ? CITE_TEXT.unavailable
    : !edition
      ? CITE_TEXT.noEdition
      : !same
        ? CITE_TEXT.changedSinceEdition(edition.label)
        : c.sinceEdition === 'described'
          ? CITE_TEXT.describedSinceEdition(edition.label)
          : CITE_TEXT.sameAsEdition(edition.label);
  const which = same && edition ? edition.label : c.lastUpdated ? CITE_TEXT.latestFigures(timestampText(c.lastUpdated)) : undefined;
  const before = `${c.publisher}: »${c.title}«. ${c.siteName}${which ? `, ${which}` : ''}. ${CITE_TEXT.retrieved} `;
  return {
    ...(edition ? { edition } : {}),
    sameAsEdition: same,
    sinceEdition: c.sinceEdition,
    note,
    permalinkPath: same && edition ? edition.path : c.pagePath,
    retrieved: { iso: c.retrieved, label: dayText(c.retrieved) },
    parts: { before, after: '. ' },
  };
}
