/**
 * mammoth's HTML for a DOCX → text shaped like the archive's text exports: one line per paragraph,
 * short paragraphs (an address, a list of recipients) kept together as a block, running text as its
 * own block, headings as "#", bold as "**", list items as "- " or "1. ", table rows as tab-separated
 * cells (a routing slip). An empty paragraph, as letter templates use for spacing, is a blank line.
 * The DOCX's own text is literal, so it is escaped (markdown-safety.ts); the Markdown made here is
 * not: headings, bold, list markers, and links to web and e-mail addresses (others keep their text).
 */
import { Parser } from 'htmlparser2';
import { escapeLiteralLine } from './markdown-safety.ts';

interface Para {
  text: string;
  kind: 'p' | 'h' | 'li' | 'tr';
  level: number;
}

/** A paragraph as it is read: the document's literal text and the Markdown made from its markup. */
interface OpenPara {
  parts: { text: string; literal: boolean }[];
  kind: Para['kind'];
  level: number;
}

/** A link the reader can follow from the page; anything else (javascript:, a bookmark) keeps only its text. */
const LINKABLE = /^(?:https?:\/\/|mailto:)\S+$/i;
const URL_UNSAFE: Record<string, string> = { ' ': '%20', '(': '%28', ')': '%29', '<': '%3C', '>': '%3E' };

/** Literal runs escaped, the markup between them as it is. */
function paraText(p: OpenPara): string {
  let out = '';
  let literal = '';
  for (const part of p.parts) {
    if (part.literal) literal += part.text;
    else {
      out += escapeLiteralLine(literal) + part.text;
      literal = '';
    }
  }
  return out + escapeLiteralLine(literal);
}

export function htmlToText(html: string): string {
  const paras: Para[] = [];
  let cur: OpenPara | undefined;
  let cells: string[] | undefined;
  let cell = '';
  const lists: { ordered: boolean; n: number }[] = [];
  /** Open links: the address, and where the link's text starts; undefined for a link not kept. */
  const links: ({ href: string; from: number } | undefined)[] = [];
  const open = (kind: Para['kind'], level: number, markup = '') => {
    cur = { parts: markup ? [{ text: markup, literal: false }] : [], kind, level };
  };
  const markup = (text: string) => cur?.parts.push({ text, literal: false });
  const close = () => {
    if (cur)
      paras.push({
        kind: cur.kind,
        level: cur.level,
        text: paraText(cur)
          .replace(/[ \t]+/g, ' ')
          .replace(/ ?\n ?/g, '\n')
          .trim(),
      });
    cur = undefined;
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'tr') cells = [];
        else if (name === 'td' || name === 'th') cell = '';
        else if (cells) return;
        else if (name === 'p') open('p', 0);
        else if (/^h[1-6]$/.test(name)) open('h', Number(name[1]));
        else if (name === 'ol' || name === 'ul') lists.push({ ordered: name === 'ol', n: 0 });
        else if (name === 'li') {
          const list = lists[lists.length - 1];
          if (list) list.n++;
          open('li', 0, list?.ordered ? `${list.n}. ` : '- ');
        } else if (name === 'br') markup('\n');
        else if (name === 'strong' || name === 'b') markup('**');
        else if (name === 'a') {
          const href = (attrs.href ?? '').trim().replace(/[ ()<>]/g, (c) => URL_UNSAFE[c] ?? c);
          const keep = cur && LINKABLE.test(href);
          links.push(keep && cur ? { href, from: cur.parts.length } : undefined);
          if (keep) markup('[');
        }
      },
      ontext(data) {
        if (cells) cell += data;
        else cur?.parts.push({ text: data, literal: true });
      },
      onclosetag(name) {
        if (name === 'td' || name === 'th') cells?.push(escapeLiteralLine(cell.replace(/\s+/g, ' ').trim()));
        else if (name === 'a' && !cells) {
          const link = links.pop();
          if (!link || !cur) return;
          // A link without text would show nothing: the address itself is shown instead.
          const text = cur.parts.slice(link.from + 1).some((p) => p.literal && p.text.trim() !== '');
          if (text) markup(`](${link.href})`);
          else {
            cur.parts.splice(link.from, 1);
            markup(`<${link.href}>`);
          }
        } else if (name === 'tr') {
          paras.push({ text: (cells ?? []).join('\t'), kind: 'tr', level: 0 });
          cells = undefined;
        } else if (cells) return;
        else if (name === 'p' || /^h[1-6]$/.test(name) || name === 'li') close();
        else if (name === 'ol' || name === 'ul') lists.pop();
        else if (name === 'strong' || name === 'b') markup('**');
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return layout(paras);
}

/** Running text: a sentence, or a long line. */
function isRunning(p: Para): boolean {
  const words = p.text.split(/\s+/).length;
  return p.kind === 'p' && ((words >= 6 && /[.!?;:]\**$/.test(p.text)) || words >= 18);
}

function layout(paras: readonly Para[]): string {
  const out: string[] = [];
  let prev: Para | undefined;
  for (const p of paras) {
    const text = p.text.replace(/\*\*\*\*/g, '').replace(/\*\*(\s*)\*\*/g, '$1');
    if (p.kind === 'p' && text === '') {
      if (out[out.length - 1] !== '') out.push('');
      prev = undefined;
      continue;
    }
    const line = p.kind === 'h' ? `${'#'.repeat(p.level)} ${text}` : text;
    const apart =
      prev !== undefined &&
      (p.kind === 'h' ||
        prev.kind === 'h' ||
        isRunning(p) ||
        isRunning(prev) ||
        (prev.kind === 'li') !== (p.kind === 'li') ||
        (prev.kind === 'tr') !== (p.kind === 'tr'));
    if (apart && out[out.length - 1] !== '') out.push('');
    out.push(line);
    prev = p;
  }
  return out.join('\n').trim();
}
