/**
 * What a reviewer must look at before approving, in Danish Markdown, one line each: a value revised
 * by more than the indicator's tolerance, a baseline or target changed, an illustrative mark removed,
 * a source changed, a main indicator's newest value removed, and pages that disappear or move.
 */
import { columnSpec, INDICATORS_TABLE } from '../../../src/lib/data/csv-schema.ts';
import { decimalsOf, formatDanishNumber, formatDistance } from '../../../src/lib/format/danish-number.ts';
import { mdCode, mdText } from '../markdown.ts';
import { plainNumber } from '../../../src/lib/history/cell-values.ts';
import type { Row } from '../../../src/lib/history/row-diff.ts';
import { isUnitId, type UnitId } from '../../../src/lib/registry/units.ts';
import { areaName, isAreaId } from '../../../src/lib/registry/areas.ts';
import { parsePeriod } from '../../../src/lib/data/parse-period.ts';
import { indicatorPath } from '../../../src/lib/routes.ts';
import { gt } from '../../../src/lib/status/compare.ts';
import { docTitle, type DocChange } from './documents.ts';
import { isYes, type IndicatorDataChange } from './data-changes.ts';
import { primaryPath } from './document-pages.ts';
import { collectionWord, fieldChange, indicatorName, sitePath, valueText, where } from './wording.ts';

const col = (name: string): string => columnSpec(INDICATORS_TABLE, name).name;
const BASELINE = [col('baseline_period'), col('baseline_value')];
const TARGET = [col('target_period'), col('target_value')];
const SOURCE = [col('source'), col('source_url')];
const ILLUSTRATIVE = col('illustrative');
const TOLERANCE = col('tolerance');
const UNIT = col('unit');

function unitOf(row: Row | undefined): UnitId | undefined {
  const u = row?.[UNIT] ?? '';
  return isUnitId(u) ? u : undefined;
}

function revisionsBeyondTolerance(c: IndicatorDataChange): string[] {
  const row = c.after ?? c.before;
  const tolerance = plainNumber(row?.[TOLERANCE] ?? '');
  if (tolerance === undefined) return [];
  const unit = unitOf(row);
  return c.revised.flatMap((r) => {
    if (r.invalid) return [];
    const o = plainNumber(r.old);
    const n = plainNumber(r.new);
    if (o === undefined || n === undefined || !gt(Math.abs(n - o), tolerance)) return [];
    const d = decimalsOf([o, n, tolerance]);
    const size = (x: number) => (unit ? formatDistance(x, unit, d) : formatDanishNumber(x));
    return [
      `${indicatorName(c)}, ${where(r)}: rettet fra ${valueText(r.old, unit)} til ${valueText(r.new, unit)} – ` +
        `en ændring på ${size(n - o)}, mere end indikatorens tolerance på ${size(tolerance)}.`,
    ];
  });
}

function fieldWarnings(c: IndicatorDataChange): string[] {
  if (!c.before || !c.after) return [];
  const pick = (names: string[]) => c.fields.filter((f) => names.includes(f.field));
  const out: string[] = [];
  const baseline = pick(BASELINE);
  if (baseline.length) out.push(`${indicatorName(c)}: basis ændret (${baseline.map(fieldChange).join('; ')}).`);
  // An empty baseline_value takes the baseline period's measurement, so revising that value moves the baseline.
  const basePeriod = c.after[BASELINE[0] ?? ''] ?? '';
  if (!baseline.length && basePeriod && (c.after[BASELINE[1] ?? ''] ?? '') === '') {
    for (const r of c.revised.filter((x) => x.period === basePeriod && x.breakdown === '' && !x.invalid)) {
      out.push(
        `${indicatorName(c)}: basisværdien ændres, fordi målingen for basisperioden ${mdText(basePeriod)} er rettet (${valueText(r.old, unitOf(c.after))} → ${valueText(r.new, unitOf(c.after))}).`,
      );
    }
  }
  const target = pick(TARGET);
  if (target.length) out.push(`${indicatorName(c)}: mål ændret (${target.map(fieldChange).join('; ')}).`);
  if (isYes(c.before[ILLUSTRATIVE]) && !isYes(c.after[ILLUSTRATIVE])) {
    out.push(
      `${indicatorName(c)}: mærket som eksempeldata er fjernet (${mdCode(ILLUSTRATIVE)}: ja → ${mdText(c.after[ILLUSTRATIVE] || '–')}). Tallene vises nu som rigtige tal; tjek kilden.`,
    );
  }
  const source = pick(SOURCE);
  if (source.length) out.push(`${indicatorName(c)}: kilde ændret (${source.map(fieldChange).join('; ')}).`);
  return out;
}

function rowSourceWarnings(c: IndicatorDataChange): string[] {
  if (c.sources.length === 0) return [];
  const shown = c.sources
    .slice(0, 3)
    .map((s) => `${where(s)}: ${mdText(s.old || '–')} → ${s.invalid ? valueText(s.new, undefined, true) : mdText(s.new || '–')}`);
  const more = c.sources.length > 3 ? ` og ${c.sources.length - 3} til` : '';
  return [
    `${indicatorName(c)}: kilden til ${c.sources.length === 1 ? 'en måling' : `${c.sources.length} målinger`} er ændret (${shown.join('; ')}${more}).`,
  ];
}

/**
 * A main indicator's newest value removed, with nothing as new in its place: its area's status then
 * rests on an older period (or on none), which the value lists alone do not make plain.
 */
function newestRemoved(c: IndicatorDataChange): string[] {
  if (!c.after || !isYes(c.after.main)) return [];
  const { before, after } = c.newest;
  const gone = c.removed.find((p) => p.breakdown === '' && p.period === before);
  const time = (p: string | undefined) => (p === undefined ? undefined : parsePeriod(p)?.time);
  const [was, now] = [time(before), time(after)];
  if (!gone || was === undefined || (now !== undefined && now >= was)) return [];
  const area = c.after.area && isAreaId(c.after.area) ? areaName(c.after.area) : (c.after.area ?? '');
  const value = `${where(gone)}: ${valueText(gone.value, unitOf(c.after))}`;
  const rests =
    after === undefined
      ? `der er ingen værdier tilbage, som status for ${mdText(area)} kan bygge på`
      : `status for ${mdText(area)} bygger nu på ${mdText(after)} i stedet for ${mdText(before ?? '')}`;
  return [`${indicatorName(c)}: den nyeste værdi (${value}) er fjernet, så ${rests}.`];
}

/** An indicator given a new id: its page moves, as a renamed letter's does. */
function renamed(c: IndicatorDataChange, base: string): string[] {
  if (!c.renamedFrom) return [];
  return [
    `${indicatorName(c)} har fået nyt id (før ${mdCode(c.renamedFrom)}): adressen skifter fra ${sitePath(base, indicatorPath(c.renamedFrom))} til ${sitePath(base, indicatorPath(c.id))}, og links til den gamle adresse holder op med at virke.`,
  ];
}

/** `base`: the site's base path, for the addresses of pages that move. */
export function dataWarnings(changes: readonly IndicatorDataChange[], base = '/'): string[] {
  return changes.flatMap((c) => {
    if (c.before && !c.after) return [`${indicatorName(c)} er fjernet: indikatorens side forsvinder fra sitet.`];
    return [...renamed(c, base), ...revisionsBeyondTolerance(c), ...fieldWarnings(c), ...newestRemoved(c), ...rowSourceWarnings(c)];
  });
}

function removedConsequence(c: DocChange, base: string): string {
  // Every area page prints its goal: without the file the build stops (src/lib/barometer/area-view.ts).
  if (c.doc.collection === 'areas') return 'områdets side kan ikke bygges uden sit mål, så byggeriet stopper.';
  const path = primaryPath(c.doc);
  return path === undefined
    ? 'dokumentet forsvinder fra sitet.'
    : `siden ${sitePath(base, path)} forsvinder, og links til den holder op med at virke.`;
}

export function documentWarnings(changes: readonly DocChange[], base: string): string[] {
  return changes.flatMap((c) => {
    const name = `${collectionWord(c.doc.collection)} »${mdText(docTitle(c.doc))}« (${mdCode(c.doc.path)})`;
    const out: string[] = [];
    if (c.illustrativeRemoved)
      out.push(`${name}: mærket som eksempeldata er fjernet (${mdCode('illustrative: true')} er væk). Tjek, at indholdet er rigtigt.`);
    for (const idea of c.ideas.filter((i) => i.illustrativeRemoved)) {
      out.push(
        `Idéen »${mdText(idea.idea.title)}« i ${mdCode(c.doc.path)}: mærket som eksempeldata er fjernet; tjek kilden (${mdText(idea.idea.source ?? 'ingen kilde')}).`,
      );
    }
    if (c.kind === 'removed') out.push(`${name} er fjernet: ${removedConsequence(c, base)}`);
    const from = c.before ? primaryPath(c.before) : undefined;
    const to = primaryPath(c.doc);
    if (c.kind === 'renamed' && c.before && from !== undefined && to !== undefined && from !== to) {
      out.push(
        `${name} er omdøbt fra ${mdCode(c.before.path)}: adressen skifter fra ${sitePath(base, from)} til ${sitePath(base, to)}, og links til den gamle adresse holder op med at virke.`,
      );
    }
    return out;
  });
}
