/**
 * What a reviewer must look at in the tables besides indicators and goals: a data file deleted
 * outright (the site then quietly shows no editions, goals or spending, which the check allows, since
 * test corpora may lack these files), and a published edition removed or re-dated (its page and every
 * dated citation pointing at it stop working).
 */
import { CSV_TABLES, EDITIONS_TABLE, GOALS_TABLE, SPENDING_TABLE, type TableSpec } from '../../../src/lib/data/csv-schema.ts';
import { formatNumber } from '../../../src/lib/format/danish-number.ts';
import { editionPath } from '../../../src/lib/routes.ts';
import { mdCode } from '../markdown.ts';
import type { ReadTable } from './read-tables.ts';
import { sitePath } from './wording.ts';

type Sides = (spec: TableSpec) => { before: ReadTable; after: ReadTable };

/** What a reader loses when the file goes, said per table. */
const LOSS = new Map<TableSpec, (n: number) => string>([
  [
    EDITIONS_TABLE,
    (n) =>
      n === 1
        ? 'sitets eneste udgave forsvinder, og daterede citater, der peger på den, holder op med at virke'
        : `alle ${formatNumber(n, 0)} udgaver forsvinder fra sitet, og daterede citater, der peger på dem, holder op med at virke`,
  ],
  [
    GOALS_TABLE,
    (n) =>
      n === 1
        ? 'det eneste mål forsvinder fra forvaltningens side, og links til målets side holder op med at virke'
        : `alle ${formatNumber(n, 0)} mål forsvinder fra forvaltningernes sider, og links til målenes sider holder op med at virke`,
  ],
  [
    SPENDING_TABLE,
    (n) =>
      n === 1 ? 'den eneste udgiftspost forsvinder' : `alle ${formatNumber(n, 0)} udgiftsposter forsvinder fra forvaltningernes sider`,
  ],
]);

const plural = (n: number, one: string, many: string) => `${formatNumber(n, 0)} ${n === 1 ? one : many}`;

function deletedFile(spec: TableSpec, before: ReadTable, deleted: boolean): string[] {
  if (!deleted) return [];
  const loss = LOSS.get(spec);
  const rows = before.rows.length;
  const what = loss ? `: ${loss(rows)}` : ` (${plural(rows, 'række', 'rækker')})`;
  return [`${mdCode(before.file)} er slettet${what}. Var det meningen, så skriv det i beskrivelsen af ændringen.`];
}

function editionWarnings(before: ReadTable, after: ReadTable, base: string): string[] {
  if (before.unreadable.length > 0 || after.unreadable.length > 0) return [];
  const dates = (t: ReadTable) => new Set(t.rows.map((r) => r.row.date ?? '').filter((d) => d !== ''));
  const kept = dates(after);
  const added = [...kept].filter((d) => !dates(before).has(d));
  return [...dates(before)]
    .filter((d) => !kept.has(d))
    .map((d) => {
      const moved = added.length === 1 ? ` Den nye dato ${mdCode(added[0] ?? '')} får en ny adresse.` : '';
      return (
        `Udgaven ${mdCode(d)} (${mdCode(after.file)}) er fjernet eller har fået en anden dato: siden ${sitePath(base, editionPath(d))} ` +
        `forsvinder, og daterede citater, der peger på den, holder op med at virke.${moved} En udgivet udgave bør blive stående.`
      );
    });
}

/** Whether the change deletes the table's file (an empty file is not a deleted one). */
export type Exists = (side: 'before' | 'after', spec: TableSpec) => boolean;
export const isDeleted = (exists: Exists, spec: TableSpec): boolean => exists('before', spec) && !exists('after', spec);

/**
 * `sides(spec)`: the table on both sides; `exists(side, spec)`: whether that side has the file at all
 * (an empty file is not a deleted one).
 */
export function tableWarnings(sides: Sides, exists: Exists, base: string): string[] {
  const out: string[] = [];
  for (const spec of CSV_TABLES) {
    const { before, after } = sides(spec);
    const deleted = deletedFile(spec, before, isDeleted(exists, spec));
    out.push(...deleted);
    if (spec === EDITIONS_TABLE && deleted.length === 0) out.push(...editionWarnings(before, after, base));
  }
  return out;
}
