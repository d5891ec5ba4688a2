/**
 * Independent scan of published editor HTML (a rendered document, or the prose region of a built
 * page) for anything a browser would run, load, submit or lay over the page: code and embedding
 * elements, forms, meta and base, inline event handlers and styles, and addresses with a scheme
 * other than http:, https:, mailto: and tel:, or to //another-host. It is a denylist written apart
 * from the content policy's allowlist, so a gap in one is caught by the other.
 */
import { Parser } from 'htmlparser2';
import { positionLookup } from './text-position.ts';

export interface ActiveContent {
  line: number;
  column: number;
  message: string;
}

const ACTIVE_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'meta',
  'link',
  'base',
  'template',
  'svg',
  'math',
  'noscript',
  'portal',
  'dialog',
]);
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'background',
  'cite',
  'data',
  'xlink:href',
  'longdesc',
  'ping',
  'srcset',
];
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

function unsafeUrl(value: string): string | undefined {
  // As a browser reads it: outer spaces and control characters and inner tabs and newlines removed.
  // eslint-disable-next-line no-control-regex -- a browser drops C0 control characters round a URL; so must this scan
  const url = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) return `${scheme}:`;
  if (/^[/\\]{2}/.test(url)) return '//';
  return undefined;
}

export function findActiveContent(html: string): ActiveContent[] {
  const at = positionLookup(html);
  const found: ActiveContent[] = [];
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        const add = (message: string) => found.push({ ...at(parser.startIndex), message });
        if (ACTIVE_ELEMENTS.has(tag)) add(`<${tag}>`);
        for (const [name, value] of Object.entries(attributes)) {
          if (name.startsWith('on')) add(`${name}= på <${tag}>`);
          else if (name === 'style') add(`style= på <${tag}>`);
          else if (name === 'srcdoc') add(`srcdoc= på <${tag}>`);
          else if (URL_ATTRIBUTES.includes(name)) {
            const values = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
            for (const v of values) {
              const bad = unsafeUrl(v);
              if (bad) add(`${bad}-adresse i ${name}= på <${tag}>`);
            }
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found;
}
