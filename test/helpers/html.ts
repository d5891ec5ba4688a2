/**
 * HTML (and SVG/XML fragments) read with htmlparser2 for tests: find elements by tag and attributes,
 * read their text and attributes, instead of matching markup with regular expressions. A test then
 * checks what the page means (this paragraph has this id and links to itself), not how it is spelled.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

export type HtmlNode = ReturnType<typeof parseDocument>;
export type HtmlElement = NonNullable<ReturnType<typeof DomUtils.findOne>>;

/** Parse a page or a fragment; `xml` keeps case and self-closing tags (SVG files, feeds, sitemaps). */
export function parseHtml(html: string, options: { xml?: boolean } = {}): HtmlNode {
  return parseDocument(html, { xmlMode: options.xml ?? false });
}

type AttrTest = string | RegExp | true;

function matches(el: HtmlElement, tag: string, attrs: Record<string, AttrTest>): boolean {
  if (tag !== '*' && el.name !== tag) return false;
  return Object.entries(attrs).every(([name, want]) => {
    const value = el.attribs[name];
    if (value === undefined) return false;
    if (want === true) return true;
    return typeof want === 'string' ? value === want : want.test(value);
  });
}

/** Every element with this tag (`*` for any) and these attribute values (exact, a pattern, or just present). */
export function elements(root: HtmlNode | HtmlElement, tag: string, attrs: Record<string, AttrTest> = {}): HtmlElement[] {
  const children = 'children' in root ? root.children : [];
  return DomUtils.findAll((el) => matches(el, tag, attrs), children);
}

/** The one element that matches; fails the test with what was looked for when there is none or several. */
export function element(root: HtmlNode | HtmlElement, tag: string, attrs: Record<string, AttrTest> = {}): HtmlElement {
  const found = elements(root, tag, attrs);
  if (found.length !== 1)
    throw new Error(
      `Forventede ét <${tag}> med ${JSON.stringify(attrs, (_, v) => (v instanceof RegExp ? String(v) : v))}, fandt ${found.length}`,
    );
  return found[0]!;
}

/** The text an element holds, its descendants' text included. */
export function text(node: HtmlNode | HtmlElement): string {
  return DomUtils.textContent(node);
}

/** The element's own children that are elements, in order. */
export function childElements(el: HtmlElement): HtmlElement[] {
  return el.children.filter((c): c is HtmlElement => 'attribs' in c);
}
