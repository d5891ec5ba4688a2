/**
 * What in an XLSX Excel would fetch, link or run: the package's macros and external relationships
 * (ooxml-active.ts, which also judges cell hyperlinks by the link policy), links to other workbooks,
 * data connections, and formulas that fetch from, link to or run something outside the workbook
 * (HYPERLINK, WEBSERVICE, a DDE call »=cmd|' /C calc'!A0«). Formulas are read wherever Excel keeps
 * them – cells, defined names, data validation and conditional formats – with entities decoded and
 * any namespace prefix, so »&#72;YPERLINK« or »<x:f>« hides nothing. Ordinary formulas (SUM) are fine.
 */
import type { ActiveContent } from './active-content.ts';
import { contentParts, packageActiveContent } from './ooxml-active.ts';
import { readXml } from './xml-events.ts';
import type { ZipEntry } from './zip-entries.ts';

/** Functions that fetch from, link to or run something outside the workbook. */
const OUTGOING = /\b(HYPERLINK|WEBSERVICE|FILTERXML|IMPORTXML|RTD|CALL|REGISTER|REGISTER\.ID|EXEC|DDE|IMAGE)\s*\(/gi;

/** Elements that hold a formula: a cell's, a defined name's, a validation's or a format's. */
const FORMULA_ELEMENTS = new Set(['f', 'formula', 'formula1', 'formula2', 'definedName']);

export function formulaActiveContent(formula: string, found: Set<ActiveContent>): void {
  for (const m of formula.matchAll(OUTGOING)) found.add(`formula:${(m[1] ?? '').toUpperCase()}`);
  // »cmd|' /C calc'!A0«: a DDE call to another program. Excel has no | operator, so a | outside
  // quoted text and quoted sheet names is one.
  if (formula.replace(/"[^"]*"|'[^']*'/g, '').includes('|')) found.add('formula:DDE');
}

export function xlsxActiveContent(entries: readonly ZipEntry[]): ActiveContent[] {
  const found = new Set<ActiveContent>();
  packageActiveContent(entries, found);
  for (const { name } of entries) {
    if (/^xl\/externalLinks\//i.test(name)) found.add('external-link');
    if (/^xl\/(connections\.xml$|queryTables\/)/i.test(name)) found.add('data-connection');
  }
  for (const { data } of contentParts(entries)) {
    // The text of each formula element, however many pieces the parser gives it in.
    let formula: string | undefined;
    readXml(data, {
      open(element) {
        if (FORMULA_ELEMENTS.has(element)) formula = '';
      },
      text(t) {
        if (formula !== undefined) formula += t;
      },
      close(element) {
        if (!FORMULA_ELEMENTS.has(element) || formula === undefined) return;
        formulaActiveContent(formula, found);
        formula = undefined;
      },
    });
  }
  return [...found];
}
