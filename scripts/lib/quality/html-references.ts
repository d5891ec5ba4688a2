/**
 * Everything in one HTML page that points somewhere (href, src, srcset, poster, action, data,
 * xlink:href, CSS url() in style elements and attributes) and every id a #fragment can land on.
 * htmlparser2 is used because it is fast on thousands of pages and reports source offsets.
 */
import { Parser } from 'htmlparser2';
import { positionLookup } from './text-position.ts';

export interface HtmlReference {
  tag: string;
  attr: string;
  value: string;
  line: number;
  column: number;
}

export interface HtmlDocumentInfo {
  references: HtmlReference[];
  /** Fragment targets: every id, plus name on <a> (legacy anchors still work in browsers). */
  ids: Set<string>;
}

const URL_ATTRS = new Set(['href', 'src', 'poster', 'action', 'data', 'xlink:href', 'formaction', 'cite']);
const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g;

/** The URLs in a srcset: candidates are comma-separated, each "URL [descriptor]". */
export function srcsetUrls(value: string): string[] {
  return value
    .split(/,\s+|,(?=\S+\s+\d)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter((url): url is string => Boolean(url));
}

/** URLs in CSS text (inline style attributes and <style> elements). */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(CSS_URL)].map((m) => (m[2] ?? '').trim());
}

export function extractReferences(html: string): HtmlDocumentInfo {
  const at = positionLookup(html);
  const references: HtmlReference[] = [];
  const ids = new Set<string>();
  let styleText: { start: number; text: string } | undefined;

  const parser = new Parser(
    {
      onopentag(tag, attribs) {
        const pos = at(parser.startIndex);
        const add = (attr: string, value: string) => references.push({ tag, attr, value, ...pos });
        for (const [name, value] of Object.entries(attribs)) {
          if (name === 'id' && value !== '') ids.add(value);
          else if (name === 'name' && tag === 'a' && value !== '') ids.add(value);
          else if (URL_ATTRS.has(name) && !(tag === 'base' && name === 'href')) add(name, value);
          else if (name === 'srcset' || name === 'imagesrcset') srcsetUrls(value).forEach((u) => add(name, u));
          else if (name === 'style') cssUrls(value).forEach((u) => add('style', u));
        }
        if (tag === 'style') styleText = { start: parser.startIndex, text: '' };
      },
      ontext(text) {
        if (styleText) styleText.text += text;
      },
      onclosetag(tag) {
        if (tag === 'style' && styleText) {
          const pos = at(styleText.start);
          cssUrls(styleText.text).forEach((value) => references.push({ tag, attr: 'url()', value, ...pos }));
          styleText = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { references, ids };
}
