/**
 * The content policy for HTML in editors' documents, in one place: which elements and attributes
 * a letter or report may carry, and which addresses. The editor check (npm run check) judges raw
 * HTML in the source with it and tells the editor what will be removed; the rendering pipeline
 * derives its sanitiser schema from the same tables (sanitize-schema.ts), so whatever the check
 * misses is removed from the HTML anyway. The markup only the site writes (footnotes, table
 * alignment, ids and classes) is in generated-markup.ts: the sanitiser keeps it, the check refuses it.
 *
 * Attribute names are HTML's (lower case, "aria-label"), values as the parser decoded them.
 */
import { judgeUrl, type UrlKind, type UrlRefusal } from './url-policy.ts';
import { isSiteAttribute, type AttributeEntry } from './generated-markup.ts';

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

/**
 * Attributes any allowed element may have. dir only as ltr or auto: dir="rtl" shows »2008 - 1234«
 * as »1234 - 2008«, the same reversal the check refuses as a bidi character (hidden-chars.ts).
 */
export const GLOBAL_ATTRIBUTES: readonly AttributeEntry[] = ['title', 'lang', ['dir', 'ltr', 'auto']];

/**
 * Attributes an editor may write, per element; a value list or pattern restricts the values. No
 * id, class or data- attribute: those on a page are the site's own (generated-markup.ts).
 */
export const ELEMENT_ATTRIBUTES: Readonly<Record<string, readonly AttributeEntry[]>> = {
  a: ['href', 'hreflang', 'aria-describedby', 'aria-label'],
  img: ['src', 'alt', 'width', 'height'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite'],
  ins: ['cite'],
  ol: ['start', 'reversed'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
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
  /** id, class or data-footnote…: only the site writes them (headings, paragraphs, footnotes, hidden text). */
  | { kind: 'site-attribute'; tag: string; attribute: string; value: string }
  | { kind: 'url'; tag: string; attribute: string; value: string; refusal: UrlRefusal };

export function isAllowedElement(tag: string): boolean {
  return ALLOWED_ELEMENTS.includes(tag);
}

export function isStrippedElement(tag: string): boolean {
  return STRIPPED_ELEMENTS.includes(tag);
}

/** The rule for one attribute of one element: undefined when not allowed, else its value filter. */
function attributeRule(tag: string, attribute: string): readonly (string | RegExp)[] | undefined {
  for (const entry of [...GLOBAL_ATTRIBUTES, ...(ELEMENT_ATTRIBUTES[tag] ?? [])]) {
    if (entry === attribute) return [];
    if (typeof entry !== 'string' && entry[0] === attribute) return entry.slice(1);
  }
  return undefined;
}

/** The whole value, as the sanitiser compares it (dir="rtl ltr" is not "ltr"). */
function valueAllowed(value: string, allowed: readonly (string | RegExp)[]): boolean {
  return allowed.length === 0 || allowed.some((a) => (typeof a === 'string' ? a === value : a.test(value)));
}

/** One attribute judged on its own (the element is allowed). */
export function judgeAttribute(tag: string, attribute: string, value: string): Violation | undefined {
  const name = attribute.toLowerCase();
  if (name.startsWith('on')) return { kind: 'event-handler', tag, attribute: name };
  if (name === 'style') return { kind: 'style', tag };
  if (isSiteAttribute(name)) return { kind: 'site-attribute', tag, attribute: name, value };
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
