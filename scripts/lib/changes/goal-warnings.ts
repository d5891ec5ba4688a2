/**
 * What a reviewer must look at in the administrations' goals and spending: a goal whose page goes
 * or moves (removed, or given to another administration), and a goal or an amount whose
 * »Eksempeldata« mark is removed – it then shows as the administration's real goal or spending.
 */
import { GOALS_TABLE, SPENDING_TABLE, type TableSpec } from '../../../src/lib/data/csv-schema.ts';
import { mdCode, mdText } from '../markdown.ts';
import { diffRows, type Row } from '../../../src/lib/history/row-diff.ts';
import { ADMINISTRATION_ABBRS } from '../../../src/lib/registry/organisations.ts';
import { goalPath } from '../../../src/lib/routes.ts';
import { isYes } from './data-changes.ts';
import { comparableRows, type ReadTable, type TableRow } from './read-tables.ts';
import { sitePath } from './wording.ts';

const keyOf = (spec: TableSpec) => (r: Row) => spec.primaryKey.map((k) => r[k] ?? '').join(' · ');
const known = (abbr: string | undefined) => abbr !== undefined && (ADMINISTRATION_ABBRS as readonly string[]).includes(abbr);
const page = (r: Row, base: string) =>
  known(r.administration) && r.id ? sitePath(base, goalPath({ administration: r.administration as string, id: r.id })) : undefined;

const rows = (m: Map<string, TableRow>) => new Map([...m].map(([k, r]) => [k, r.row]));

/**
 * `tables(spec)`: the table on both sides. Only rows the check can read are compared: a file it
 * cannot read, or a row it cannot place, says nothing about pages (the summary says why).
 */
export function goalWarnings(
  tables: (spec: TableSpec) => { before: ReadTable; after: ReadTable },
  base: string,
  deleted: (spec: TableSpec) => boolean = () => false,
): string[] {
  const out: string[] = [];
  // A deleted file is said once (table-warnings.ts), not once per goal.
  for (const spec of [GOALS_TABLE, SPENDING_TABLE].filter((s) => !deleted(s))) {
    const { before, after } = tables(spec);
    if (before.unreadable.length > 0 || after.unreadable.length > 0) continue;
    const key = keyOf(spec);
    const c = comparableRows(before, after, key);
    const diff = diffRows(rows(c.before), rows(c.after), ['administration', 'illustrative']);
    const what = spec === GOALS_TABLE ? 'Målet' : 'Udgiften';
    const name = (r: Row) => `${what} ${mdCode(key(r))} (${mdCode(after.file)})`;
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
