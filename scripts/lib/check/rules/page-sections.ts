/**
 * Rule: a page in content/pages/ whose page file places tables and lists between its sections
 * (PAGE_SECTIONS, src/lib/page-text/page-sections.ts) names each of those places once and no other:
 * a heading (## or deeper) ending in {#name}, or a paragraph of only {#name}, at the top level –
 * where the build looks for them. Each problem is told at its line: a missing name at the place it
 * belongs (before the next name the page expects), an unknown one with the likely intended name, a
 * {#name} the build would print as text with where it must stand instead. The build refuses the
 * same page, but without a line (src/loaders/page-text.ts).
 */
import { markdownToHtml } from 'satteri';
import { closest } from '../../../../src/lib/data/closest.ts';
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import { MARK_ALONE, MARK_AT_END, PAGE_SECTIONS } from '../../../../src/lib/page-text/page-sections.ts';
import { PROCESSOR_FEATURES } from '../body-scan.ts';

interface Place {
  id: string;
  /** Offset of the "{#" in the body. */
  offset: number;
  /** False for a {#name} the build leaves as text. */
  marker: boolean;
}

interface TextNode {
  type: string;
  depth?: number;
  position?: { start: { offset?: number }; end: { offset?: number } };
}

interface VisitContext {
  parent(node: TextNode): { type: string } | undefined;
  textContent(node: TextNode): string;
}

const ANY_MARK = /\{#([a-z0-9-]+)\}/g;

/**
 * The sections a page's Markdown names, and any {#name} in its text that is not where a section
 * can start (not in code: that is shown as written). The processor visits a paragraph or heading
 * before its text, so a name that starts a section is known before its text is seen.
 */
function places(body: string): Place[] {
  const found: Place[] = [];
  /** Offsets of the names that start a section: their text is not a stray name. */
  const markerAt = new Set<number>();
  const span = (node: TextNode) => {
    const from = node.position?.start.offset ?? 0;
    return { from, source: body.slice(from, node.position?.end.offset ?? from) };
  };
  const block = (node: TextNode, ctx: VisitContext) => {
    if (ctx.parent(node)?.type !== 'root') return;
    const text = ctx.textContent(node);
    const id = node.type === 'heading' ? ((node.depth ?? 1) >= 2 ? MARK_AT_END.exec(text)?.[1] : undefined) : MARK_ALONE.exec(text)?.[1];
    if (!id) return;
    const { from, source } = span(node);
    const offset = from + Math.max(0, source.lastIndexOf(`{#${id}}`));
    markerAt.add(offset);
    found.push({ id, offset, marker: true });
  };
  const text = (node: TextNode) => {
    const { from, source } = span(node);
    for (const m of source.matchAll(ANY_MARK)) {
      const offset = from + m.index;
      if (!markerAt.has(offset)) found.push({ id: m[1]!, offset, marker: false });
    }
  };
  markdownToHtml(body, {
    features: { ...PROCESSOR_FEATURES, frontmatter: false },
    mdastPlugins: [{ name: 'ib-check-page-sections', options: { position: true }, heading: block, paragraph: block, text }],
  });
  return found.sort((a, b) => a.offset - b.offset);
}

/** The page's sections, when the page places parts between them; undefined for a page of plain prose. */
export function sectionsOfPage(name: string): readonly string[] | undefined {
  return (PAGE_SECTIONS as Record<string, readonly string[]>)[name];
}

export function checkPageSections(name: string, body: string, bodyStartLine: number, file: string): ValidationError[] {
  const ids = sectionsOfPage(name);
  if (!ids) return [];
  const at = (offset: number) => {
    const before = body.slice(0, offset);
    const newlines = before.split('\n').length - 1;
    return { line: bodyStartLine + newlines, column: offset - before.lastIndexOf('\n') };
  };
  const known = ids.map((id) => `{#${id}}`).join(', ');
  const found = places(body);
  const markers = found.filter((p) => p.marker);
  const named = new Set(markers.map((p) => p.id));
  const missing = ids.filter((id) => !named.has(id));
  const errors: ValidationError[] = [];
  const first = new Map<string, number>();
  for (const p of found) {
    const where = at(p.offset);
    const got = `{#${p.id}}`;
    if (!p.marker) {
      errors.push({
        file,
        ...where,
        message: `${got} bliver stående som tekst: et afsnit begynder kun ved en overskrift (## eller dybere), der ender med navnet, eller ved en linje med kun navnet`,
        got,
        expected: `fx »## Overskrift ${got}« eller ${got} alene på sin egen linje med en tom linje før og efter`,
      });
    } else if (!ids.includes(p.id)) {
      const guess = closest(p.id, missing) ?? closest(p.id, ids);
      errors.push({
        file,
        ...where,
        message: `ukendt afsnitsnavn${guess ? ` – mente du {#${guess}}?` : ''}`,
        got,
        expected: `et af navnene ${known}`,
      });
    } else if (first.has(p.id)) {
      errors.push({
        file,
        ...where,
        message: `afsnittet står to gange (første gang på linje ${at(first.get(p.id)!).line}); hvert navn må kun bruges én gang`,
        got,
        expected: 'navnet én gang',
      });
    } else first.set(p.id, p.offset);
  }
  // Names missing at the same place are told together (a page without any gets one message).
  const groups = new Map<string, { where: { line: number; column: number }; next?: string; ids: string[] }>();
  for (const id of missing) {
    // A misspelt name is one slip: its »mente du« above tells it.
    if (markers.some((p) => !ids.includes(p.id) && (closest(p.id, missing) ?? closest(p.id, ids)) === id)) continue;
    // Where it belongs: before the next name the page expects that is there, else at the end.
    const next = ids.slice(ids.indexOf(id) + 1).find((n) => first.has(n));
    const where = next ? at(first.get(next)!) : { line: at(body.replace(/\s+$/, '').length).line, column: 1 };
    const key = next ?? '';
    const group = groups.get(key) ?? { where, ...(next && { next }), ids: [] };
    group.ids.push(id);
    groups.set(key, group);
  }
  for (const { where, next, ids: names } of groups.values()) {
    const place = next ? `, før {#${next}}` : ' til sidst';
    const one = names.length === 1;
    errors.push({
      file,
      ...where,
      message: one
        ? `afsnittet {#${names[0]}} mangler: siden sætter tabeller og lister ind efter det`
        : `afsnittene ${names.map((n) => `{#${n}}`).join(', ')} mangler: siden sætter tabeller og lister ind efter dem`,
      expected: one
        ? `en overskrift, der ender med {#${names[0]}}, eller en linje med kun {#${names[0]}}${place}`
        : `for hvert navn en overskrift, der ender med navnet, eller en linje med kun navnet, i den rækkefølge${place}`,
    });
  }
  return errors;
}
