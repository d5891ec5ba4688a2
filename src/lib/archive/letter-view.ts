/**
 * Everything the letter page's metadata block prints, computed from the front matter: dates in
 * Danish, organisations spelled out with their abbreviation, contact lines labelled, and links
 * to areas and indicators. The component only loops over it.
 */
import type { LetterData } from '../content-schemas.ts';
import { areaName, type AreaId } from '../registry/areas.ts';
import { organisationName } from '../registry/organisations.ts';
import { danishDate, isoDate } from './dates.ts';
import { areaPath, indicatorPath, letterPath, attachmentFilePath, attachmentTextPath } from '../routes.ts';
import { archiveCopy } from '../copy/index.ts';
import { LETTER_TEXT } from '../copy/archive.ts';
import { describeFile, type FileFacts } from '../attachments/format.ts';
import { attachmentCopy } from '../copy/attachments.ts';

/** What the build read from a file in the letter's folder (src/loaders/attachments.ts). */
export interface LetterFileFacts extends FileFacts {
  name: string;
  textless: boolean;
}

/** A file published with the letter: its address, its description and its text page. */
export interface FileLinkView {
  /** Site path of the file (without base). */
  path: string;
  /** "PDF, 12 sider, 340 kB". */
  description: string;
  /** Site path of its text page; none for the original, whose text is the letter's. */
  textPath?: string;
  /** Set when the text cannot be read (a scan). */
  textless?: string;
  /** Saved rather than opened (DOCX, XLSX, CSV): a browser shows only PDF itself. */
  download: boolean;
}

export interface DateView {
  iso: string;
  text: string;
}

export interface LinkView {
  text: string;
  /** Site-internal path (without base); the page passes it through href(). */
  path: string;
}

export interface LetterView {
  date: DateView;
  label?: string;
  sagsnr: string;
  doknr?: string;
  jnr?: { value: string; note?: string };
  sender?: { lines: string[]; contact: { label: string; value: string }[] };
  recipients: string[];
  recipientsNote?: string;
  attachments: { text: string; note?: string; href?: string; file?: FileLinkView }[];
  /** The letter as received (original.pdf), when it is published with it. */
  original?: FileLinkView;
  areas: LinkView[];
  indicators: LinkView[];
  stamp?: {
    text: string;
    date: DateView;
    routing?: { heading: string; columns: string[]; rows: string[]; note?: string };
  };
  notes: string[];
  provenance?: string;
}

function dateView(date: Date): DateView {
  return { iso: isoDate(date), text: danishDate(date) };
}

/** "Økonomiforvaltningen (ØKF)". */
export function organisationLabel(abbr: string): string {
  const name = organisationName(abbr);
  return name === abbr ? abbr : `${name} (${abbr})`;
}

/** "Claus Juhl, Økonomiforvaltningen (ØKF)" or "Økonomiudvalget (ØU)". */
export function personLabel(p: { name?: string; title?: string; organisation?: string }): string {
  const who = [p.name, p.title].filter(Boolean).join(', ');
  const org = p.organisation ? organisationLabel(p.organisation) : undefined;
  return [who, org].filter(Boolean).join(', ');
}

function contactLines(contact: NonNullable<NonNullable<LetterData['sender']>['contact']>): { label: string; value: string }[] {
  const c = archiveCopy.contact;
  const rows: { label: string; value: string | undefined }[] = [
    { label: c.address, value: contact.address.join(', ') || undefined },
    { label: c.phone, value: contact.phone },
    { label: c.directPhone, value: contact.directPhone },
    { label: c.fax, value: contact.fax },
    { label: c.email, value: contact.email },
    { label: c.web, value: contact.web.join(', ') || undefined },
  ];
  return rows.filter((r): r is { label: string; value: string } => r.value !== undefined);
}

/**
 * The view of one letter. `indicatorTitle` returns undefined for an unknown id, which is an
 * editor error: it is collected in `unknownIndicators` so the page can stop the build naming it.
 */
function fileLink(slug: string, f: LetterFileFacts, withText: boolean): FileLinkView {
  const link: FileLinkView = { path: attachmentFilePath(slug, f.name), description: describeFile(f), download: f.kind !== 'pdf' };
  // A scan has no text to read: no link to a page that would only say so.
  if (f.textless) link.textless = attachmentCopy.textlessShort;
  else if (withText) link.textPath = attachmentTextPath(slug, f.name);
  return link;
}

/**
 * The view of one letter. `indicatorTitle` returns undefined for an unknown id, which is an
 * editor error: it is collected in `unknownIndicators` so the page can stop the build naming it.
 * `files`: the letter's published files as the build read them (empty when it has none).
 */
export function letterView(
  data: LetterData,
  indicatorTitle: (id: string) => string | undefined,
  files: { slug: string; facts: readonly LetterFileFacts[] } = { slug: '', facts: [] },
): { view: LetterView; unknownIndicators: string[] } {
  const facts = new Map(files.facts.map((f) => [f.name, f]));
  const fileOf = (name: string | undefined, withText: boolean) => {
    const f = name ? facts.get(name) : undefined;
    return f ? fileLink(files.slug, f, withText) : undefined;
  };
  const unknownIndicators = data.indicators.filter((id) => indicatorTitle(id) === undefined);
  const stamp = data.receivedStamp;
  const stampOrg = stamp ? organisationName(stamp.organisation) : undefined;
  const jnrValue = data.jnr ?? stamp?.jnr;
  const view: LetterView = {
    date: dateView(data.date),
    label: data.label,
    sagsnr: data.sagsnr,
    doknr: data.doknr,
    jnr: jnrValue ? { value: jnrValue, note: !data.jnr && stampOrg ? archiveCopy.stampJnr(stampOrg) : undefined } : undefined,
    sender: data.sender
      ? {
          lines: [
            [data.sender.name, data.sender.title].filter(Boolean).join(', '),
            ...(data.sender.organisation ? [organisationLabel(data.sender.organisation)] : []),
            ...(data.sender.unit ? [data.sender.unit] : []),
          ],
          contact: data.sender.contact ? contactLines(data.sender.contact) : [],
        }
      : undefined,
    recipients: data.recipients.map(personLabel),
    recipientsNote: data.recipientsNote,
    attachments: data.attachments.map((a) => {
      const item: LetterView['attachments'][number] = { text: a.label ? `${a.label}: ${a.title}` : a.title, note: a.note, href: a.href };
      const file = fileOf(a.file, true);
      if (file) item.file = file;
      return item;
    }),
    original: fileOf(data.original, false),
    areas: data.areas.map((id: AreaId) => ({ text: areaName(id), path: areaPath(id) })),
    indicators: data.indicators
      .filter((id) => indicatorTitle(id) !== undefined)
      .map((id) => ({ text: indicatorTitle(id) ?? id, path: indicatorPath(id) })),
    stamp: stamp
      ? {
          text: [stampOrg, stamp.unit].filter(Boolean).join(', '),
          date: dateView(stamp.date),
          routing: stamp.routing,
        }
      : undefined,
    notes: data.notes,
    provenance: data.provenance,
  };
  return { view, unknownIndicators };
}

export interface LetterListItem {
  path: string;
  title: string;
  label?: string;
  date: DateView;
  sagsnr: string;
  doknr?: string;
  /** "Jakob Hougaard, Beskæftigelses- og Integrationsudvalget (BIU)" or undefined. */
  sender?: string;
  illustrative: boolean;
}

/** One row of a letter list. */
export function letterListItem(entry: { id: string; data: LetterData }): LetterListItem {
  const d = entry.data;
  return {
    path: letterPath(entry.id),
    title: d.title,
    label: d.label,
    date: dateView(d.date),
    sagsnr: d.sagsnr,
    doknr: d.doknr,
    sender: d.sender ? personLabel(d.sender) : undefined,
    illustrative: d.illustrative,
  };
}

/** The page's meta description: the summary, or date, sender and case number. */
export function letterDescription(data: LetterData): string {
  if (data.summary) return data.summary;
  const t = LETTER_TEXT;
  const from = data.sender ? ` ${t.from(personLabel(data.sender))}` : '';
  return `${letterDated(data)}${from}. ${t.caseNumberStart(data.sagsnr)}${data.doknr ? `, ${t.documentNumber(data.doknr)}` : ''}.`;
}

/** »Brev af 2. april 2009«: what the document is and its date. */
export function letterDated(data: LetterData): string {
  const t = LETTER_TEXT;
  return t.dated(data.label ?? (data.sender ? t.letter : t.document), danishDate(data.date));
}
