/**
 * A received letter's text → the draft's front matter, body and review list. Pure: reads nothing
 * but its arguments, so each rule is unit-tested and the accuracy run can replay it.
 */
import { findListedAttachments, findMentionedAttachments, mergeAttachments } from './attachments.ts';
import { findCaseNumbers, type CaseField, type CaseNumber } from './case-numbers.ts';
import { findContact } from './contact.ts';
import { buildBody } from './body.ts';
import { bodyStart, findLabel, findLetterDate, findParties, findSubject, isProse } from './header.ts';
import type { KnownSenders } from './known-senders.ts';
import { logicalLines, toLines, type Line } from './lines.ts';
import { findPageFurniture, type PageFurniture } from './page-furniture.ts';
import { todo, type Review } from './review.ts';
import { findRoutingSlip, routingNote } from './routing-slip.ts';
import { assembleSender } from './sender.ts';
import { findSignature } from './signature.ts';
import { findStamp } from './stamp.ts';

export interface ParseOptions {
  /** What the archive already knows about signers (see known-senders.ts). */
  known: KnownSenders;
  /** The source file's name, for provenance. */
  sourceName: string;
  /** How the text was read: "tekst", "PDF", "DOCX" or "PDF (OCR)". */
  sourceKind: string;
}

export interface ParsedLetter {
  /** Front matter in the order editors know from the published letters. */
  data: Record<string, unknown>;
  body: string;
  reviews: Review[];
  /** Letterhead lines that went neither to front matter nor to the body (e.g. a logo's text). */
  unused: Line[];
}

export function parseLetter(text: string, options: ParseOptions): ParsedLetter {
  const all = toLines(text);
  const reviews: Review[] = [];
  // Headers, footers and page numbers repeated on each page are no part of the letter's text.
  const furniture = findPageFurniture(all);
  const lines = all.filter((l) => !furniture.lines.has(l.no));
  if (furniture.removed.length > 0) reviews.push(furnitureReview(furniture, options.sourceName));
  const taken = new Set<number>();
  const take = (ns: readonly number[]) => ns.forEach((n) => taken.add(n));

  const caseNumbers = findCaseNumbers(lines);
  const slip = findRoutingSlip(lines);
  if (slip) take(slip.lines);
  const stamp = findStamp(lines, caseNumbers, slip);
  if (stamp) take(stamp.lines);
  const signature = findSignature(lines);
  // The signature is read into front matter but stays in the body, where the letter has it.
  const keep = new Set(signature?.lines ?? []);
  if (signature) take(signature.lines);
  const contact = findContact(lines, taken);
  if (contact) take(contact.lines);

  const start = bodyStart(lines, taken);
  // The letter's own numbers stand in the letterhead (or in a footer after the signature); a
  // number quoted in a sentence of the text stays in the text.
  const afterSignature = signature?.closing.no ?? Infinity;
  const letterNumbers = caseNumbers.filter((c) => {
    if (c === stamp?.jnr) return false;
    const line = lines.find((l) => l.no === c.lines[0]);
    if (!line || isProse(line)) return false;
    return lines.indexOf(line) < start || line.no > afterSignature;
  });
  take(letterNumbers.flatMap((c) => c.lines));
  const header = lines.slice(0, start);
  const date = findLetterDate(header, taken);
  if (date) take(date.lines);
  const label = findLabel(header, taken);
  if (label) take(label.lines);
  const parties = findParties(header, taken);
  take(parties.recipients.lines);
  if (parties.letterhead) take(parties.letterhead.lines);
  const subject = findSubject(header, taken);
  if (subject) take(subject.lines);
  // "Kopi til:" with nothing after it is an empty form field of the letterhead.
  const emptyCopy = lines.find((l) => /^kopi(?:\s+til)?\s*:?$/i.test(l.text));
  if (emptyCopy) take([emptyCopy.no]);

  const data: Record<string, unknown> = {};
  if (subject) data.title = subject.title;
  else {
    data.title = todo('brevet har ingen emnelinje – skriv en kort titel, der siger, hvad brevet handler om');
    data.editorialTitle = true;
    reviews.push({
      path: ['title'],
      kind: 'todo',
      message: 'brevet har ingen emnelinje; titlen skal skrives af redaktøren (editorialTitle: true er sat)',
    });
  }
  if (label) data.label = label.label;
  if (date) data.date = date.date.iso;
  else {
    data.date = todo('brevets dato blev ikke fundet – skriv den som ÅÅÅÅ-MM-DD');
    reviews.push({ path: ['date'], kind: 'todo', message: 'brevets dato blev ikke fundet' });
  }
  const first = (field: CaseField) => letterNumbers.find((c) => c.field === field)?.value;
  const sagsnr = first('sagsnr');
  if (sagsnr) data.sagsnr = sagsnr;
  else {
    data.sagsnr = todo('sagsnummeret blev ikke fundet – skriv det, fx "2009-9512"');
    reviews.push({ path: ['sagsnr'], kind: 'todo', message: 'sagsnummeret blev ikke fundet' });
  }
  const doknr = first('doknr');
  if (doknr) data.doknr = doknr;
  const jnr = first('jnr');
  if (jnr) data.jnr = jnr;
  reviews.push(...extraNumbers(letterNumbers));

  const sender = assembleSender(
    {
      ...(signature ? { signature } : {}),
      ...(parties.letterhead ? { letterhead: parties.letterhead } : {}),
      ...(contact?.unit ? { footerUnit: contact.unit.text } : {}),
      ...(contact?.organisation ? { footerOrganisation: contact.organisation } : {}),
      ...(contact ? { contact: contact.contact } : {}),
      known: options.known,
      isAttachment: label !== undefined,
    },
    reviews,
  );
  if (sender) data.sender = sender;
  else
    reviews.push({
      path: [],
      kind: 'guess',
      message: 'ingen afsender fundet; dokumentet er et bilag og har sandsynligvis ingen – tilføj sender, hvis det har',
    });

  data.recipients = parties.recipients.recipients;
  if (parties.recipients.recipients.length === 0) {
    data.recipientsNote = todo('ingen modtagere fundet – tilføj dem under recipients, eller skriv her, hvem brevet er til (fx hilsenen)');
    reviews.push({ path: ['recipientsNote'], kind: 'todo', message: 'ingen modtagere fundet i brevhovedet' });
  }

  const bodyLines = lines.slice(start).filter((l) => !taken.has(l.no));
  const paragraphs = paragraphsOf(bodyLines);
  const texts = logicalLines(bodyLines);
  const mentioned = mergeAttachments(findMentionedAttachments(paragraphs, texts), findListedAttachments(texts));
  const attachments = mentioned.map((a, i) => {
    const item: Record<string, unknown> = {};
    if (a.label) item.label = a.label;
    if (a.title) item.title = a.title;
    else {
      item.title = todo(`brevet nævner »${a.label}« uden titel – skriv bilagets titel`);
      reviews.push({ path: ['attachments', i, 'title'], kind: 'todo', message: `titlen på ${a.label} blev ikke fundet` });
    }
    item.note = 'Bilaget er ikke digitaliseret.';
    reviews.push({
      path: ['attachments', i],
      kind: 'guess',
      message: `fundet i sætningen »${a.quote.length > 160 ? `${a.quote.slice(0, 157)}…` : a.quote}«`,
    });
    return item;
  });
  if (attachments.length > 0) data.attachments = attachments;

  if (stamp) {
    if (stamp.doubtful) reviews.push({ path: ['receivedStamp'], kind: 'guess', message: stamp.doubtful });
    const rs: Record<string, unknown> = {};
    if (stamp.organisation) rs.organisation = stamp.organisation;
    else {
      rs.organisation = todo('den modtagende forvaltning blev ikke fundet – skriv forkortelsen, fx SOF');
      reviews.push({ path: ['receivedStamp', 'organisation'], kind: 'todo', message: 'modtagelsesstemplets forvaltning blev ikke fundet' });
    }
    if (stamp.unit) rs.unit = stamp.unit;
    rs.date = stamp.date;
    if (stamp.jnr) rs.jnr = stamp.jnr.value;
    if (slip) {
      const routing: Record<string, unknown> = {};
      routing.heading = slip.heading ?? todo('fordelingsskemaets overskrift blev ikke fundet');
      if (!slip.heading)
        reviews.push({
          path: ['receivedStamp', 'routing', 'heading'],
          kind: 'todo',
          message: 'fordelingsskemaets overskrift blev ikke fundet',
        });
      routing.columns = slip.columns;
      routing.rows = slip.rows;
      routing.note = routingNote(slip);
      rs.routing = routing;
    }
    data.receivedStamp = rs;
  }

  data.areas = [];
  reviews.push({ path: ['areas'], kind: 'guess', message: 'vælg de indsatsområder, brevet handler om (valgfrit), fx beskaeftigelse' });
  // Words a reader understands on the page; the file's own name goes in sourceFile, which is never shown.
  data.provenance =
    options.sourceKind === 'tekst'
      ? 'Arkivbrev. Teksten er gengivet efter en digitaliseret udgave af brevet.'
      : `Arkivbrev. Teksten er gengivet efter brevet, som det blev modtaget (${options.sourceKind}).`;
  data.sourceFile = options.sourceName;
  reviews.push({ path: ['provenance'], kind: 'guess', message: 'skrevet af importen; ret, hvis brevet kommer et andet sted fra' });

  const body = buildBody(lines, start, new Set([...taken].filter((n) => !keep.has(n))));
  const notes = notesFor({
    moved: describeMoved(data, parties.letterhead !== undefined),
    contact: contact !== undefined,
    stamp: stamp ? (slip ? 'slip' : 'stamp') : undefined,
    joined: body.joined.length,
    emptyCopy: emptyCopy !== undefined,
  });
  if (notes.length > 0) data.notes = notes;
  const unused = header.filter((l) => !l.blank && !taken.has(l.no));
  return { data, body: body.markdown, reviews, unused };
}

const FIELD_NAME: Record<CaseField, string> = { sagsnr: 'sagsnr.', doknr: 'dok.nr.', jnr: 'j.nr.' };

/**
 * A letter may name two case numbers ("Sagsnr.: 2026-1, 2026-2", or two lines); front matter holds
 * one. The others are never dropped silently: each field says, beside its value, what else the
 * letter names.
 */
function extraNumbers(numbers: readonly CaseNumber[]): Review[] {
  return (['sagsnr', 'doknr', 'jnr'] as const).flatMap((field) => {
    const mine = numbers.filter((c) => c.field === field);
    const kept = mine[0]?.value;
    const others = [...new Set(mine.map((c) => c.value))].filter((v) => v !== kept);
    if (others.length === 0) return [];
    const where = mine.filter((c) => others.includes(c.value)).map((c) => c.lines[0]);
    const list = others.join(' og ');
    return [
      {
        path: [field],
        kind: 'guess' as const,
        message: `brevet nævner også ${FIELD_NAME[field]} ${list} (linje ${[...new Set(where)].join(', ')}); feltet har plads til ét nummer – skriv ${others.length === 1 ? 'det andet' : 'de andre'} i teksten eller i notes, hvis ${others.length === 1 ? 'det' : 'de'} skal med`,
      },
    ];
  });
}

/** What the report says about the headers, footers and page numbers left out. */
function furnitureReview(f: PageFurniture, source: string): Review {
  const items = f.removed.map((r) => `»${r.text}« (linje ${r.lines.join(', ')})`);
  return {
    path: [],
    kind: 'guess',
    message: `sidehoveder, sidefødder og sidetal, der gentages på siderne i ${source}, er udeladt af teksten: ${items.join('; ')} – tjek, at intet af brevets egen tekst mangler`,
  };
}

/** Paragraph texts of the body (lines of one block joined), for sentence-level rules. */
function paragraphsOf(lines: readonly Line[]): string[] {
  const byBlock = new Map<number, string[]>();
  for (const l of lines) if (!l.blank) byBlock.set(l.block, [...(byBlock.get(l.block) ?? []), l.text]);
  return [...byBlock.values()].map((ts) => ts.join(' '));
}

function describeMoved(data: Record<string, unknown>, hasLetterhead: boolean): string[] {
  const parts: string[] = [];
  if (hasLetterhead) parts.push('afsender');
  if (Array.isArray(data.recipients) && data.recipients.length > 0) parts.push('modtagere');
  if (typeof data.date === 'string' && !data.date.startsWith('TODO')) parts.push('dato');
  if (typeof data.sagsnr === 'string' && !data.sagsnr.startsWith('TODO')) parts.push('sagsnr.');
  if (data.doknr) parts.push('dok.nr.');
  if (data.jnr) parts.push('j.nr.');
  return parts;
}

function notesFor(o: { moved: string[]; contact: boolean; stamp?: 'stamp' | 'slip'; joined: number; emptyCopy: boolean }): string[] {
  const notes: string[] = [];
  if (o.moved.length > 0)
    notes.push(
      `Brevhovedet (${o.moved.join(', ').replace(/, ([^,]*)$/, ' og $1')}) vises i metadata, og en eventuel emnelinje er sidens overskrift.`,
    );
  if (o.contact) notes.push('Afsenderens kontaktoplysninger vises i metadata.');
  if (o.stamp === 'slip') notes.push('Modtagelsesstemplet og dets fordelingsskema vises i metadata.');
  else if (o.stamp) notes.push('Modtagelsesstemplet vises i metadata.');
  if (o.joined > 0) notes.push(`${o.joined === 1 ? 'Et afsnit' : `${o.joined} afsnit`}, som et sideskift havde delt, er samlet igen.`);
  if (o.emptyCopy) notes.push('Feltet »Kopi til:« står tomt i brevet.');
  return notes;
}
