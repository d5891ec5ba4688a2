/** Danish words and small Markdown pieces the change summary repeats: names, values, fields, paths. */
import type { CollectionName } from '../check/collections.ts';
import { NBSP } from '../../../src/lib/format/danish-number.ts';
import { mdCode, mdText } from '../markdown.ts';
import { plainNumber } from '../../../src/lib/history/cell-values.ts';
import { formatCell } from '../../../src/lib/history/history-view.ts';
import type { FieldChange, Row } from '../../../src/lib/history/row-diff.ts';
import { UNITS, type UnitId } from '../../../src/lib/registry/units.ts';
import { withBase } from '../../../src/lib/url.ts';
import type { Place } from './document-pages.ts';

const TITLE = 'title';

/** »Titel« (`id`), from the newest version of the indicator's row. */
export function indicatorName(c: { id: string; after?: Row; before?: Row }): string {
  const title = c.after?.[TITLE] || c.before?.[TITLE];
  return title ? `»${mdText(title)}« (${mdCode(c.id)})` : mdCode(c.id);
}

/** "2023" or "2023, Kvinder". */
export function where(p: { period: string; breakdown: string }): string {
  return mdText(p.breakdown ? `${p.period}, ${p.breakdown}` : p.period);
}

/** After a cell the check rejects: the reader finds the reason in the check's table above. */
export const INVALID_VALUE = '(ugyldig værdi – se fejlen ovenfor)';
/** After a value whose row has another cell the check rejects. */
export const INVALID_ROW = '(fejl i rækken – se fejlen ovenfor)';

/**
 * A cell as written, Danish decimal comma, with the unit's suffix when the indicator has one. A cell
 * the check rejects is shown exactly as written and marked: »87.5« must not read as 87,5.
 */
export function valueText(raw: string, unit?: UnitId, invalid = false): string {
  if (invalid) return `${mdText(raw.trim() || '–')} ${INVALID_VALUE}`;
  const cell = formatCell(raw);
  const suffix = unit && plainNumber(raw) !== undefined ? UNITS[unit].suffix : '';
  return mdText(suffix ? `${cell}${NBSP}${suffix}` : cell);
}

export function fieldChange(f: FieldChange & { invalid?: boolean }): string {
  return `${mdCode(f.field)}: ${mdText(formatCell(f.old))} → ${f.invalid ? valueText(f.new, undefined, true) : mdText(formatCell(f.new))}`;
}

/** "2018", "2018 og 2019", "2018, 2019 og 2020". */
export function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} og ${words.at(-1)}`;
}

/** "linje 100", "linje 2 og 7" (each line once, in order; past `limit` lines, the rest counted). */
export function linesText(lines: readonly number[], limit = 12): string {
  const all = [...new Set(lines)].sort((a, b) => a - b).map(String);
  return `linje ${joinWords(all.length > limit ? [...all.slice(0, limit), `${all.length - limit} andre`] : all)}`;
}

/** neuter: the noun takes "nyt" (et brev), not "ny" (en konference). */
const COLLECTION_WORDS: Record<CollectionName, { one: string; the: string; neuter: boolean }> = {
  letters: { one: 'brev', the: 'Brevet', neuter: true },
  conferences: { one: 'konference', the: 'Konferencen', neuter: false },
  areas: { one: 'mål for et indsatsområde', the: 'Målet for indsatsområdet', neuter: true },
  pages: { one: 'side', the: 'Siden', neuter: false },
};

/** "Nyt brev", "Ny konference", "Ændret brev", "Fjernet side", "Omdøbt brev". */
export function docChangeHeading(c: CollectionName, kind: 'added' | 'changed' | 'removed' | 'renamed'): string {
  const w = COLLECTION_WORDS[c];
  const adjective = { added: w.neuter ? 'Nyt' : 'Ny', changed: 'Ændret', removed: 'Fjernet', renamed: 'Omdøbt' }[kind];
  return `${adjective} ${w.one}`;
}

/** "Brevet", "Konferencen" … (the document as a sentence's subject). */
export function collectionWord(c: CollectionName): string {
  return COLLECTION_WORDS[c].the;
}

/** A site path as the reader will see it in the address bar, with the base path. */
export function sitePath(base: string, path: string): string {
  return mdCode(withBase(base, path));
}

/** "forsiden `/` · Bolig `/omraader/bolig/` (kun de 10 nyeste …)". */
export function placeList(base: string, places: readonly Place[]): string {
  const seen = new Set<string>();
  return places
    .filter((p) => !seen.has(p.path) && seen.add(p.path))
    .map((p) => `${mdText(p.label)} ${sitePath(base, p.path)}${p.note ? ` (${mdText(p.note)})` : ''}`)
    .join(' · ');
}
