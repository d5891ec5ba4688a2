/**
 * Attachments a letter mentions: "… (Bilag 1)", "vedlagt som bilag 2", "Jeg vedlægger de nærmere
 * retningslinier for …", "Jeg sender hermed Opsamling og Idékatalog …", or a closing list
 * "Bilag: 1. …". The title is the noun phrase the letter uses, its article dropped. "bilag 1 til
 * IC08" names another document's attachment and is not one of this letter's.
 */
import { capitalise } from './signature.ts';

export interface MentionedAttachment {
  label?: string;
  /** Undefined when the letter names the attachment only by its label. */
  title?: string;
  /** The sentence that mentions it, for the editor to check against. */
  quote: string;
}

/** Leading words that are not part of a document's title: articles and pointing adjectives. */
const LEADING =
  /^(?:(?:en|et|de|den|det|vores|vor|min|mit|mine|hermed|derfor|også|samtidig|nu|endvidere|ligeledes|nærmere|omtalte|nævnte|pågældende|følgende|vedlagte|til orientering)\s+)+/i;

/** Split text into sentences, keeping abbreviations such as "jf." and "bl.a." inside. */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-ZÆØÅ"”«„])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Text up to the first of the stop words or punctuation that lies outside quotes. */
function cutPhrase(text: string): string {
  let quoted = false;
  let angled = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '"' || c === '”' || c === '“' || c === '„') quoted = c === '„' ? true : c === '“' && quoted ? false : !quoted;
    else if (c === '«') angled++;
    else if (c === '»') angled = Math.max(0, angled - 1);
    if (quoted || angled > 0) continue;
    const rest = text.slice(i);
    if (/^(?:[.;:!?(]|,\s)/.test(rest) || /^\s(?:til|som|der|hvor|med henblik|så|og\s+(?:beder|håber|ser))\s/i.test(rest))
      return text.slice(0, i);
  }
  return text;
}

function titleOf(phrase: string): string | undefined {
  const t = cutPhrase(phrase).replace(LEADING, '').trim();
  return t.length >= 3 ? capitalise(t) : undefined;
}

/** A list item or line of the letter that starts with a quoted, shortened title gives its full form. */
function complete(title: string, allLines: readonly string[]): string {
  const key = title.toLowerCase();
  for (const raw of allLines) {
    const line = raw.replace(/^\s*(?:\d+[.)]|[-*•])\s+/, '').trim();
    if (line.length > title.length && line.length <= title.length + 80 && line.toLowerCase().startsWith(key))
      return line.replace(/[.;]$/, '');
  }
  return title;
}

const QUOTED_BEFORE = /(?:"([^"]{3,200})"|”([^”]{3,200})”|“([^”“]{3,200})”|«([^»]{3,200})»|„([^“]{3,200})“)\s*$/;
const PAREN_LABEL = /\((?:jf\.\s*|se\s+)?(bilag\s+\d+[a-z]?)\)/gi;
const INLINE_LABEL = /\b(?:jf\.|se|vedlagt som|vedlægges som|i)\s+(bilag\s+\d+[a-z]?)\b(?!\s+til\b)/gi;
const VERB =
  /\b(?:(?:er|er blevet|bliver|har vi)\s+vedlagt|vedlægger\s+(?:jeg|vi)|(?:jeg|vi)\s+vedlægger|vedlægges|vedlagt\s+(?:er|findes|følger|sendes)|vedhæftet\s+(?:er|findes|følger)|(?:jeg|vi)\s+vedhæfter)\s+(.+)$/i;
const SENDS =
  /\b(?:(?:jeg|vi)\s+(?:fremsender|sender)\s+(?:hermed\s+)?|(?:fremsender|sender)\s+(?:jeg|vi)\s+(?:hermed\s+)?|hermed\s+(?:fremsendes|sendes)\s+)(.+)$/i;

function normLabel(label: string): string {
  return capitalise(label.toLowerCase().replace(/\s+/g, ' '));
}

/** Attachments mentioned in the letter's running text, in order, one per label or title. */
export function findMentionedAttachments(paragraphs: readonly string[], allLines: readonly string[]): MentionedAttachment[] {
  const found: MentionedAttachment[] = [];
  const add = (a: MentionedAttachment) => {
    const same = found.find((f) => (a.label && f.label === a.label) || (a.title && f.title?.toLowerCase() === a.title.toLowerCase()));
    if (!same) found.push(a);
    else same.title ??= a.title;
  };
  for (const s of paragraphs.flatMap(sentences)) {
    let labelled = false;
    for (const m of s.matchAll(PAREN_LABEL)) {
      labelled = true;
      const before = s.slice(0, m.index ?? 0).trimEnd();
      const q = QUOTED_BEFORE.exec(before);
      const quoted = q?.slice(1).find((x) => x !== undefined);
      const verb = VERB.exec(before);
      const title = quoted ? complete(quoted.trim(), allLines) : verb ? titleOf(verb[1] ?? '') : undefined;
      add(title ? { label: normLabel(m[1] ?? ''), title, quote: s } : { label: normLabel(m[1] ?? ''), quote: s });
    }
    for (const m of s.matchAll(INLINE_LABEL)) {
      labelled = true;
      add({ label: normLabel(m[1] ?? ''), quote: s });
    }
    if (labelled) continue;
    const verb = VERB.exec(s);
    if (verb) {
      const title = titleOf(verb[1] ?? '');
      if (title) add({ title, quote: s });
      continue;
    }
    // "sender hermed" may be the letter itself ("et inspirationsmateriale"): only a titled document counts.
    const sends = SENDS.exec(s);
    const object = sends?.[1] ?? '';
    if (sends && /^[A-ZÆØÅ"”«„]/.test(object)) {
      const title = titleOf(object);
      if (title) add({ title, quote: s });
    }
  }
  return found;
}

/** A closing list: "Bilag:" followed by items, or lines "Bilag 1: Notat om …". */
export function findListedAttachments(lines: readonly string[]): MentionedAttachment[] {
  const found: MentionedAttachment[] = [];
  let inList = false;
  let n = 0;
  for (const raw of lines) {
    const text = raw.trim();
    const own = /^bilag\s+(\d+[a-z]?)\s*[:.–-]\s*(.+)$/i.exec(text);
    if (own) {
      found.push({ label: `Bilag ${own[1]}`, title: capitalise((own[2] ?? '').replace(/[.;]$/, '')), quote: text });
      continue;
    }
    if (/^bilag\s*:?$/i.test(text)) {
      inList = true;
      continue;
    }
    if (!inList) continue;
    const item = /^(?:(\d+)[.)]|[-*•])\s+(.+)$/.exec(text);
    if (!item) {
      if (text !== '') inList = false;
      continue;
    }
    n++;
    found.push({ label: `Bilag ${item[1] ?? n}`, title: capitalise((item[2] ?? '').replace(/[.;]$/, '')), quote: text });
  }
  return found;
}

/** One entry per attachment: a closing list's title fills in one the text named only by label. */
export function mergeAttachments(mentioned: readonly MentionedAttachment[], listed: readonly MentionedAttachment[]): MentionedAttachment[] {
  const out = mentioned.map((a) => ({ ...a }));
  for (const l of listed) {
    const same = out.find((a) => (l.label && a.label === l.label) || (l.title && a.title?.toLowerCase() === l.title.toLowerCase()));
    if (!same) out.push(l);
    else same.title ??= l.title;
  }
  return out;
}
