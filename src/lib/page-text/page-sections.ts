/**
 * A page's prose lives in content/pages/<name>.md; the page file only places computed parts (tables,
 * lists from the registries, worked examples) between its sections. The Markdown names the places:
 * a heading that ends in `{#id}` starts section `id` and gets that id (the page's anchors stay stable
 * when the wording changes); a paragraph that holds only `{#id}` starts section `id` without a
 * heading. Text before the first named place is the intro.
 *
 * Input is the HTML the site's Markdown pipeline rendered (sanitised, with search-only hidden parts);
 * output is the HTML of each section with the markers removed, site-internal links given the base
 * path and definition lists in the site's style.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { closest } from '../data/closest.ts';

type ParsedDocument = ReturnType<typeof parseDocument>;
type DomNode = ParsedDocument['children'][number];
type DomElement = NonNullable<ReturnType<typeof DomUtils.findOne>>;

export const MARK_AT_END = /\s*\{#([a-z0-9-]+)\}\s*$/;
export const MARK_ALONE = /^\s*\{#([a-z0-9-]+)\}\s*$/;

/**
 * The named places each page in content/pages/ must have, in the order the page (src/pages/<name>.astro)
 * puts its tables and lists after them. The editor check holds the Markdown to the same list
 * (scripts/lib/check/rules/page-sections.ts), and pageText() refuses a page asking for another.
 */
export const PAGE_SECTIONS = {
  om: [
    'hovedindikator',
    'omfatter',
    'basisaar',
    'markeringer',
    'efter-markeringerne',
    'storbyer',
    'status',
    'efter-regeltabellen',
    'tendens',
  ],
} as const satisfies Record<string, readonly string[]>;

const marks = (ids: readonly string[]) => ids.map((id) => `{#${id}}`).join(', ');

/** How a page's Markdown names differ from the ones the page places. */
export interface SectionProblems {
  /** Names the page places that the Markdown lacks (and no misspelling explains). */
  absent: string[];
  /** Unknown names close to a missing one: [written, meant]. One slip, told as one. */
  misspelt: [string, string][];
  /** Unknown names like no missing one. */
  unplaced: string[];
}

/** The names a page's Markdown uses compared with the names the page places; undefined when they agree. */
export function sectionProblems(found: readonly string[], ids: readonly string[]): SectionProblems | undefined {
  const missing = ids.filter((id) => !found.includes(id));
  const unknown = found.filter((id) => !ids.includes(id));
  const misspelt = unknown.flatMap((id): [string, string][] => {
    const guess = closest(id, missing);
    return guess ? [[id, guess]] : [];
  });
  const guessed = new Set(misspelt.map(([, meant]) => meant));
  const absent = missing.filter((id) => !guessed.has(id));
  const unplaced = unknown.filter((id) => !misspelt.some(([written]) => written === id));
  return absent.length || misspelt.length || unplaced.length ? { absent, misspelt, unplaced } : undefined;
}

/** The class the site's definition lists carry (global.css). */
const DEFINITION_LIST_CLASS = 'ib-meta';

export interface PageSections<Id extends string> {
  /** The text before the first named section. */
  intro: string;
  /** Each section's HTML, by its name. */
  sections: Record<Id, string>;
}

const isElement = (n: DomNode): n is DomElement => 'attribs' in n;
const isHeading = (el: DomElement): boolean => /^h[2-6]$/.test(el.name);

/** Text nodes that a reader sees (not those inside the search-only hidden parts). */
function visibleTextNodes(node: DomElement): { data: string }[] {
  return node.children.flatMap((c) => {
    if (c.type === 'text') return [c as { data: string }];
    return isElement(c) && c.attribs.hidden === undefined ? visibleTextNodes(c) : [];
  });
}

/** The id a node names, with the marker removed from the node; undefined when it names none. */
function takeMarker(node: DomNode): { id: string; keep: boolean } | undefined {
  if (!isElement(node)) return undefined;
  const texts = visibleTextNodes(node);
  if (isHeading(node)) {
    const last = [...texts].reverse().find((t) => t.data.trim() !== '');
    const id = last && MARK_AT_END.exec(last.data)?.[1];
    if (!last || !id) return undefined;
    last.data = last.data.replace(MARK_AT_END, '');
    node.attribs.id = id;
    return { id, keep: true };
  }
  const id = node.name === 'p' ? MARK_ALONE.exec(texts.map((t) => t.data).join(''))?.[1] : undefined;
  return id ? { id, keep: false } : undefined;
}

/** Site-internal links get the base path; definition lists get the site's style. */
function polish(nodes: DomNode[], href: (path: string) => string): void {
  for (const el of DomUtils.findAll(() => true, nodes)) {
    const target = el.attribs.href;
    if (el.name === 'a' && target?.startsWith('/') && !target.startsWith('//')) el.attribs.href = href(target);
    if (el.name === 'dl' && el.attribs.class === undefined) el.attribs.class = DEFINITION_LIST_CLASS;
  }
}

/**
 * Split a rendered page into the sections the page places, in the page's order. `file` names the
 * Markdown in errors; `href` prefixes a site-internal path with the base path. A section the page
 * asks for and the Markdown lacks, or one the Markdown has and the page does not place (its text
 * would vanish), stops the build with a message naming both.
 */
export function pageSections<Id extends string>(
  html: string,
  file: string,
  href: (path: string) => string,
  ids: readonly Id[],
): PageSections<Id> {
  const doc = parseDocument(html);
  const intro: DomNode[] = [];
  const named = new Map<string, DomNode[]>();
  let current = intro;
  for (const node of doc.children) {
    const marker = takeMarker(node);
    if (marker) {
      if (named.has(marker.id)) throw new Error(`${file}: afsnittet {#${marker.id}} står to gange; hvert navn må kun bruges én gang`);
      current = [];
      named.set(marker.id, current);
      if (!marker.keep) continue;
    }
    current.push(node);
  }
  // Missing and unknown names in one message: {#tendensen} for {#tendens} is one slip, told as one.
  const problems = sectionProblems([...named.keys()], ids);
  if (problems) {
    const { absent, misspelt, unplaced } = problems;
    throw new Error(
      `${file}: ${[
        absent.length ? `${marks(absent)} mangler; siden sætter tabeller og lister ind efter de afsnit` : '',
        misspelt.length ? `${marks(misspelt.map((m) => m[0]))} er ukendt – mente du ${marks(misspelt.map((m) => m[1]))}?` : '',
        unplaced.length ? `${marks(unplaced)} har ingen plads på siden (kendte afsnit: ${ids.join(', ')})` : '',
      ]
        .filter(Boolean)
        .join('. ')}`,
    );
  }
  const serialise = (nodes: DomNode[]) => {
    polish(nodes, href);
    return DomUtils.getOuterHTML(nodes, { encodeEntities: 'utf8' }).trim();
  };
  return {
    intro: serialise(intro),
    sections: Object.fromEntries(ids.map((id) => [id, serialise(named.get(id) ?? [])])) as Record<Id, string>,
  };
}
