/**
 * The content policy for HTML in editors' documents, in one place: which elements and attributes
 * a letter or report may carry, and which addresses. The editor check (npm run check) judges raw
 * HTML in the source with it and tells the editor what will be removed; the rendering pipeline
 * derives its sanitiser schema from the same tables (sanitize-schema.ts), so whatever the check
 * misses is removed from the HTML anyway.
 *
 * Attribute names are HTML's (lower case, "aria-label"), values as the parser decoded them.
 */
import { judgeUrl, type UrlKind, type UrlRefusal } from './url-policy.ts';

/** Elements the Markdown processor produces, plus a few harmless ones an editor may write. */
export const ALLOWED_ELEMENTS: readonly string[] = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'code',
  'dd',
  'del',
  'details',
  'div',
  'dl',
  'dt',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'section',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'ul',
  'var',
];

/**
 * Elements removed together with their content (the rest of a disallowed element's content stays
 * as text): code, styles, embedded documents and form controls, whose text is never prose.
 */
export const STRIPPED_ELEMENTS: readonly string[] = [
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'textarea',
  'select',
  'option',
  'title',
  'xmp',
  'noembed',
  'noframes',
  'svg',
  'math',
];

/** Attributes any allowed element may have. */
const GLOBAL_ATTRIBUTES: readonly string[] = ['title', 'lang', 'dir'];

/** Attributes per element; a value list or pattern restricts the values (generated markup only). */
export const ELEMENT_ATTRIBUTES: Readonly<Record<string, readonly (string | readonly [string, ...(string | RegExp)[]])[]>> = {
  a: [
    'href',
    'hreflang',
    'aria-describedby',
    'aria-label',
    'data-footnote-ref',
    'data-footnote-backref',
    ['id', /^user-content-fnref-/],
    ['class', 'data-footnote-backref'],
  ],
  img: ['src', 'alt', 'width', 'height'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite'],
  ins: ['cite'],
  ol: ['start', 'reversed', ['class', 'contains-task-list']],
  ul: [['class', 'contains-task-list']],
  li: [
    ['id', /^user-content-fn-/],
    ['class', 'task-list-item'],
  ],
  td: ['colspan', 'rowspan', ['class', /^ib-align-(left|center|right)$/]],
  th: ['colspan', 'rowspan', 'scope', ['class', /^ib-align-(left|center|right)$/]],
  code: [['class', /^language-[\w+#.-]+$/]],
  section: ['data-footnotes', ['class', 'footnotes']],
  h2: [
    ['id', 'footnote-label'],
    ['class', 'sr-only'],
  ],
  time: ['datetime'],
  details: ['open'],
};

/** Attributes that hold an address, and what kind. */
export const URL_ATTRIBUTES: Readonly<Record<string, UrlKind>> = { href: 'link', cite: 'link', src: 'image' };

export type Violation =
  | { kind: 'element'; tag: string }
  | { kind: 'event-handler'; tag: string; attribute: string }
  | { kind: 'style'; tag: string }
  | { kind: 'attribute'; tag: string; attribute: string }
  | { kind: 'attribute-value'; tag: string; attribute: string; value: string }
  | { kind: 'url'; tag: string; attribute: string; value: string; refusal: UrlRefusal };

export function isAllowedElement(tag: string): boolean {
  return ALLOWED_ELEMENTS.includes(tag);
}

export function isStrippedElement(tag: string): boolean {
  return STRIPPED_ELEMENTS.includes(tag);
}

/** The rule for one attribute of one element: undefined when not allowed, else its value filter. */
function attributeRule(tag: string, attribute: string): readonly (string | RegExp)[] | undefined {
  if (GLOBAL_ATTRIBUTES.includes(attribute)) return [];
  for (const entry of ELEMENT_ATTRIBUTES[tag] ?? []) {
    if (entry === attribute) return [];
    if (typeof entry !== 'string' && entry[0] === attribute) return entry.slice(1);
  }
  return undefined;
}

function valueAllowed(value: string, allowed: readonly (string | RegExp)[]): boolean {
  if (allowed.length === 0) return true;
  // A class holds several tokens; each one must be allowed.
  const tokens = value.split(/\s+/).filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => allowed.some((a) => (typeof a === 'string' ? a === t : a.test(t))));
}

/** One attribute judged on its own (the element is allowed). */
export function judgeAttribute(tag: string, attribute: string, value: string): Violation | undefined {
  const name = attribute.toLowerCase();
  if (name.startsWith('on')) return { kind: 'event-handler', tag, attribute: name };
  if (name === 'style') return { kind: 'style', tag };
  const rule = attributeRule(tag, name);
  if (!rule) return { kind: 'attribute', tag, attribute: name };
  if (!valueAllowed(value, rule)) return { kind: 'attribute-value', tag, attribute: name, value };
  const kind = URL_ATTRIBUTES[name];
  const refusal = kind ? judgeUrl(value, kind) : undefined;
  return refusal ? { kind: 'url', tag, attribute: name, value, refusal } : undefined;
}

/** Every violation of one element: the element itself, or each attribute that will be removed. */
export function judgeElement(tag: string, attributes: Readonly<Record<string, string>>): Violation[] {
  const name = tag.toLowerCase();
  if (!isAllowedElement(name)) return [{ kind: 'element', tag: name }];
  return Object.entries(attributes)
    .map(([attribute, value]) => judgeAttribute(name, attribute, value))
    .filter((v): v is Violation => v !== undefined);
}
