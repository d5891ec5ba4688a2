/**
 * What a reviewer must look at in the administrations' goals and spending: a goal whose page goes
 * or moves (removed, or given to another administration), and a goal or an amount whose
 * «Eksempeldata» mark is removed – it then shows as the administration's real goal or spending.
 */
import { GOALS_TABLE, SPENDING_TABLE, type TableSpec } from '../../../src/lib/data/csv-schema.ts';
import { mdCode, mdText } from '../markdown.ts';
import { readCsvRecords } from '../../../src/lib/data/read-csv.ts';
import { diffRows, indexRows, type Row } from '../../../src/lib/history/row-diff.ts';
import { ADMINISTRATION_ABBRS } from '../../../src/lib/registry/organisations.ts';
import { goalPath } from '../../../src/lib/routes.ts';
import { isYes } from './data-changes.ts';
import { sitePath } from './wording.ts';

const keyOf = (spec: TableSpec) => (r: Row) => spec.primaryKey.map((k) => r[k] ?? '').join(' · ');
const known = (abbr: string | undefined) => abbr !== undefined && (ADMINISTRATION_ABBRS as readonly string[]).includes(abbr);
const page = (r: Row, base: string) =>
  known(r.administration) && r.id ? sitePath(base, goalPath({ administration: r.administration as string, id: r.id })) : undefined;

/** `texts(spec)`: the table's text before and after the change (empty when the file is absent). */
export function goalWarnings(
  texts: (spec: TableSpec) => { before: string; after: string },
  files: (spec: TableSpec) => string,
  base: string,
): string[] {
  const out: string[] = [];
  for (const spec of [GOALS_TABLE, SPENDING_TABLE]) {
    const { before, after } = texts(spec);
    if (before === after) continue;
    const key = keyOf(spec);
    const diff = diffRows(indexRows(readCsvRecords(before).rows, key), indexRows(readCsvRecords(after).rows, key), [
      'administration',
      'illustrative',
    ]);
    const what = spec === GOALS_TABLE ? 'Målet' : 'Udgiften';
    const name = (r: Row) => `${what} ${mdCode(key(r))} (${mdCode(files(spec))})`;
    for (const c of diff.changed) {
      if (isYes(c.before.illustrative) && !isYes(c.after.illustrative)) {
        out.push(
          `${name(c.after)}: mærket som eksempeldata er fjernet (${mdCode('illustrative')}: ja → ${mdText(c.after.illustrative || '–')}). Det vises nu som forvaltningens rigtige ${spec === GOALS_TABLE ? 'mål' : 'udgift'}; tjek kilden.`,
        );
      }
      const from = page(c.before, base);
      const to = page(c.after, base);
      if (spec === GOALS_TABLE && from && to && from !== to) {
        out.push(
          `${name(c.after)} har fået en anden forvaltning: adressen skifter fra ${from} til ${to}, og links til den gamle adresse holder op med at virke.`,
        );
      }
    }
    if (spec === GOALS_TABLE) {
      for (const r of diff.removed) {
        const from = page(r, base);
        out.push(`${name(r)} er fjernet${from ? `: siden ${from} forsvinder, og links til den holder op med at virke` : ''}.`);
      }
    }
  }
  return out;
}
