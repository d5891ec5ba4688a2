/**
 * Rule: no HTML comment (<!-- … -->) and no declaration or processing instruction (<!DOCTYPE …>,
 * <?…?>, <![CDATA[…]]>) in a letter or page, as MDX already refuses them. The page never shows
 * them: an editor's note to a colleague vanishes without a word, and one left open (no -->) takes
 * every line after it with it – the rest of the letter is gone from the page and the check passed.
 * Each is told at its "<", with the first line of it.
 */
import { Parser } from 'htmlparser2';
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import type { BodyScan } from '../body-scan.ts';
import { position } from './body-html.ts';

interface Hidden {
  offset: number;
  source: string;
}

/** The comments and declarations in one HTML node, each with its source from "<" to its end. */
function hiddenParts(html: string): Hidden[] {
  const found: Hidden[] = [];
  const take = () => found.push({ offset: parser.startIndex, source: html.slice(parser.startIndex, parser.endIndex + 1) });
  const parser: Parser = new Parser({ oncomment: take, onprocessinginstruction: take }, { decodeEntities: false });
  parser.end(html);
  // An unclosed <!DOCTYPE is not reported by the parser: the node is the declaration to its end.
  if (found.length === 0 && /^<[!?]/.test(html)) found.push({ offset: 0, source: html });
  return found;
}

/** What ends each kind, as Markdown reads it: without it, the rest of the text is part of it. */
function terminator(source: string): string {
  if (source.startsWith('<!--')) return '-->';
  if (source.startsWith('<?')) return '?>';
  return source.startsWith('<![CDATA[') ? ']]>' : '>';
}

function issue(html: string, part: Hidden): { message: string; expected: string } {
  const comment = part.source.startsWith('<!--');
  const end = terminator(part.source);
  const closed = comment ? /--!?>$/.test(part.source) : html.indexOf(end, part.offset + 2) >= 0;
  const what = comment ? 'en HTML-kommentar (<!-- … -->)' : 'en HTML-erklæring (<!…> eller <?…>)';
  const expected = `teksten uden ${comment ? 'kommentaren; en note til en kollega hører til i pull requesten' : 'erklæringen'}`;
  return closed
    ? { message: `${what} er ikke tilladt i teksten: den vises ikke på siden`, expected }
    : { message: `${what} uden afslutning (${end}) er ikke tilladt: den skjuler resten af teksten på siden`, expected };
}

export function checkHtmlComments(scan: BodyScan, body: string, bodyStartLine: number, file: string): ValidationError[] {
  const bodyLines = body.split('\n');
  const errors: ValidationError[] = [];
  for (const node of scan.nodes) {
    if (node.type !== 'html' || typeof node.value !== 'string' || !/<[!?]/.test(node.value)) continue;
    for (const part of hiddenParts(node.value)) {
      errors.push({
        file,
        ...position(node, node.value, part.offset, bodyLines, bodyStartLine),
        ...issue(node.value, part),
        got: part.source.split('\n')[0]!,
      });
    }
  }
  return errors;
}
