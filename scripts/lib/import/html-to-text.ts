/**
 * mammoth's HTML for a DOCX → text shaped like the archive's text exports: one line per paragraph,
 * short paragraphs (an address, a list of recipients) kept together as a block, running text as its
 * own block, headings as "#", bold as "**", list items as "- " or "1. ", table rows as tab-separated
 * cells (a routing slip). An empty paragraph, as letter templates use for spacing, is a blank line.
 */
import { Parser } from 'htmlparser2';

interface Para {
  text: string;
  kind: 'p' | 'h' | 'li' | 'tr';
  level: number;
}

export function htmlToText(html: string): string {
  const paras: Para[] = [];
  let cur: Para | undefined;
  let cells: string[] | undefined;
  let cell = '';
  const lists: { ordered: boolean; n: number }[] = [];
  const open = (p: Para) => {
    cur = p;
  };
  const close = () => {
    if (cur)
      paras.push({
        ...cur,
        text: cur.text
          .replace(/[ \t]+/g, ' ')
          .replace(/ ?\n ?/g, '\n')
          .trim(),
      });
    cur = undefined;
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'tr') cells = [];
        else if (name === 'td' || name === 'th') cell = '';
        else if (cells) return;
        else if (name === 'p') open({ text: '', kind: 'p', level: 0 });
        else if (/^h[1-6]$/.test(name)) open({ text: '', kind: 'h', level: Number(name[1]) });
        else if (name === 'ol' || name === 'ul') lists.push({ ordered: name === 'ol', n: 0 });
        else if (name === 'li') {
          const list = lists[lists.length - 1];
          if (list) list.n++;
          open({ text: list?.ordered ? `${list.n}. ` : '- ', kind: 'li', level: 0 });
        } else if (name === 'br' && cur) cur.text += '\n';
        else if ((name === 'strong' || name === 'b') && cur) cur.text += '**';
      },
      ontext(data) {
        if (cells) cell += data;
        else if (cur) cur.text += data;
      },
      onclosetag(name) {
        if (name === 'td' || name === 'th') cells?.push(cell.replace(/\s+/g, ' ').trim());
        else if (name === 'tr') {
          paras.push({ text: (cells ?? []).join('\t'), kind: 'tr', level: 0 });
          cells = undefined;
        } else if (cells) return;
        else if (name === 'p' || /^h[1-6]$/.test(name) || name === 'li') close();
        else if (name === 'ol' || name === 'ul') lists.pop();
        else if ((name === 'strong' || name === 'b') && cur) cur.text += '**';
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
