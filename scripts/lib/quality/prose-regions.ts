/**
 * The editors' text on a built page: the inner HTML of every <div class="ib-prose"> (letters,
 * reports) and <div class="ib-editor-text"> (area texts, pages), where nothing active may appear.
 * The components a report may use (<IndicatorFigure>, <AreaCard>) are the site's own markup –
 * inline SVG charts with styles – and are cut out; page-security.ts scans the whole page.
 */
import { Parser } from 'htmlparser2';

/** Wrappers of editors' Markdown: ArchiveProse, and the plain wrapper of area and page texts. */
const TEXT_CLASSES = ['ib-prose', 'ib-editor-text'];
/** Root classes of the components the conference page supplies to MDX. */
const COMPONENT_CLASSES = ['ib-figure', 'ib-area-card'];

export function proseRegions(html: string): string[] {
  const regions: string[] = [];
  let divDepth = 0;
  let start = 0;
  let cuts: [number, number][] = [];
  let component: { depth: number; from: number } | undefined;
  const parser = new Parser({
    onopentag(name, attrs) {
      const classes = (attrs.class ?? '').split(/\s+/);
      if (component) component.depth++;
      else if (divDepth > 0 && COMPONENT_CLASSES.some((c) => classes.includes(c))) component = { depth: 1, from: parser.startIndex };
      if (divDepth > 0 && name === 'div') divDepth++;
      else if (divDepth === 0 && name === 'div' && TEXT_CLASSES.some((c) => classes.includes(c))) {
        divDepth = 1;
        start = parser.endIndex + 1;
        cuts = [];
      }
    },
    onclosetag(name) {
      if (component && --component.depth === 0) {
        cuts.push([component.from, parser.endIndex + 1]);
        component = undefined;
      }
      if (divDepth > 0 && name === 'div' && --divDepth === 0) {
        let region = '';
        let at = start;
        for (const [from, to] of cuts) {
          region += html.slice(at, from);
          at = to;
        }
        regions.push(region + html.slice(at, parser.startIndex));
      }
    },
  });
  parser.write(html);
  parser.end();
  return regions;
}
