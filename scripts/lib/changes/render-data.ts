/** The summary's data sections in Danish Markdown: areas (status and trend) and indicators (values). */
import { mdCode, mdTable, mdText } from '../markdown.ts';
import { isUnitId, type UnitId } from '../../../src/lib/registry/units.ts';
import { areaName, isAreaId } from '../../../src/lib/registry/areas.ts';
import { type StatusColour } from '../../../src/lib/status/labels.ts';
import type { CellChange, ValuePoint } from './data-changes.ts';
import type { StateFacts, StatusComparison } from './status-changes.ts';
import type { ChangeSummary, IndicatorSection } from './summary.ts';
import { fieldChange, indicatorName, placeList, valueText, where } from './wording.ts';
import { COLOUR_NAME } from '../../../src/lib/copy/index.ts';

/** Colour is never the only sign: the mark comes with the colour's name and the status in words. */
const MARK: Record<StatusColour, string> = { groen: '🟢', gul: '🟡', roed: '🔴', hvid: '⚪' };

export function statusText(f: StateFacts | undefined): string {
  return f ? `${MARK[f.colour]} ${COLOUR_NAME[f.colour]}: ${mdText(f.status)}` : 'ingen';
}

function beforeAfter<T>(b: T | undefined, a: T | undefined, show: (x: T | undefined) => string, same: boolean): string {
  return same ? `${show(a)} (uændret)` : `${show(b)} → ${show(a)}`;
}

/** At most this many values are listed per kind and indicator; the rest are counted. */
export const LIST_LIMIT = 12;

function listed<T>(items: readonly T[], show: (x: T) => string): string {
  const shown = items.slice(0, LIST_LIMIT).map(show).join('; ');
  return items.length > LIST_LIMIT ? `${shown} og ${items.length - LIST_LIMIT} til` : shown;
}

const sameStatus = (b: StateFacts | undefined, a: StateFacts | undefined): boolean => b?.colour === a?.colour && b?.status === a?.status;

export function renderAreas(s: ChangeSummary): string[] {
  const out = ['### Indsatsområder', ''];
  if (!s.dataChanged) return [...out, 'Data er ikke ændret, så status og tendens er de samme som før.', ''];
  const st: StatusComparison = s.status;
  if (!st.available) {
    const why =
      st.missing === 'before'
        ? `Status og tendens før ændringen kan ikke beregnes, fordi data på ${s.baseLabel} har fejl; kør ${mdCode('npm run check')} dér.`
        : 'Status og tendens efter ændringen kan ikke beregnes, før fejlene i data er rettet.';
    return [...out, why, ''];
  }
  const rows = st.areas.map((a) => [
    mdText(areaName(a.key)),
    beforeAfter(a.before, a.after, statusText, sameStatus(a.before, a.after)),
    beforeAfter(a.before?.trend, a.after?.trend, (t) => mdText(t ?? 'ingen'), a.before?.trend === a.after?.trend),
  ]);
  out.push(mdTable(['Område', 'Status før → efter', 'Tendens før → efter'], rows), '');
  const changed = st.areas.filter((a) => a.changed);
  if (changed.length === 0) out.push('Ændringen flytter ikke tallene bag nogen områdes status eller tendens.', '');
  for (const a of changed) {
    const parts: string[] = [];
    if (a.before && a.after && a.before.indicatorId !== a.after.indicatorId) {
      parts.push(`Hovedindikatoren er nu «${mdText(a.after.indicatorTitle)}» (før «${mdText(a.before.indicatorTitle)}»).`);
    }
    parts.push(...whyLines(a.before, a.after));
    out.push(`- **${mdText(areaName(a.key))}**: ${parts.join(' ')}`);
  }
  if (changed.length > 0) out.push('');
  return out;
}

/**
 * Why the status and the trend are what they are after the change, in as few words as the change
 * needs: the trace's sentence when the status moves, the numbers when only they move.
 */
export function whyLines(b: StateFacts | undefined, a: StateFacts | undefined): string[] {
  if (!a) return [];
  const out: string[] = [];
  if (!b || !sameStatus(b, a)) out.push(`Hvorfor: ${mdText(a.reason)}`);
  else if (b.reason !== a.reason) out.push(`Status er den samme, men tallene bag er ændret: ${mdText(a.reason)}`);
  if (!b || b.trend !== a.trend) out.push(`Tendens: ${mdText(a.trendReason)}.`);
  else if (b.trendReason !== a.trendReason)
    out.push(`Tendensen er den samme, men bygger nu på ${mdText(a.trendReason)} (før ${mdText(b.trendReason)}).`);
  return out;
}

function unitOf(sec: IndicatorSection): UnitId | undefined {
  const u = (sec.change.after ?? sec.change.before)?.unit ?? '';
  return isUnitId(u) ? u : undefined;
}

function pointText(p: ValuePoint, unit: UnitId | undefined): string {
  return `${where(p)}: ${valueText(p.value, unit)}${p.flag ? ` (${mdText(p.flag)})` : ''}`;
}

function cellText(c: CellChange, unit?: UnitId): string {
  return `${where(c)}: ${valueText(c.old, unit)} → ${valueText(c.new, unit)}`;
}

function textChange(c: CellChange): string {
  return `${where(c)}: ${mdText(c.old || '–')} → ${mdText(c.new || '–')}`;
}

function indicatorLines(sec: IndicatorSection, indicatorsFile: string, base: string): string[] {
  const c = sec.change;
  const unit = unitOf(sec);
  const lines: string[] = [];
  if (!c.before) lines.push('Ny indikator.');
  if (!c.after) lines.push('Indikatoren er fjernet fra ' + mdCode(indicatorsFile) + '.');
  if (c.added.length) lines.push(`Tilføjet: ${listed(c.added, (p) => pointText(p, unit))}`);
  if (c.revised.length) lines.push(`Rettet: ${listed(c.revised, (r) => cellText(r, unit))}`);
  if (c.removed.length) lines.push(`Fjernet: ${listed(c.removed, (p) => pointText(p, unit))}`);
  if (c.flags.length) lines.push(`Markering (${mdCode('flag')}) ændret: ${listed(c.flags, textChange)}`);
  if (c.sources.length) lines.push(`Kilde ændret: ${listed(c.sources, textChange)}`);
  if (c.notes.length) lines.push(`Note ændret: ${listed(c.notes, textChange)}`);
  if (c.before && c.after && c.fields.length) lines.push(`Ændret i ${mdCode(indicatorsFile)}: ${c.fields.map(fieldChange).join('; ')}`);
  const st = sec.state;
  const { before: b, after: a } = st ?? {};
  // Only when a label moves; the area section above already explains a main indicator's numbers.
  if (a && (!b || !sameStatus(b, a) || b.trend !== a.trend)) {
    const status = beforeAfter(b, a, statusText, sameStatus(b, a));
    const trend = beforeAfter(b?.trend, a.trend, (t) => mdText(t ?? 'ingen'), b?.trend === a.trend);
    const why = sec.main ? '' : ` ${whyLines(b, a).join(' ')}`;
    lines.push(`Status: ${b ? status : statusText(a)}. Tendens: ${b ? trend : mdText(a.trend)}.${why}`);
  }
  lines.push(`${c.after ? 'Vises på' : 'Stod på'}: ${placeList(base, sec.places)}`);
  return lines;
}

export function renderIndicators(s: ChangeSummary, indicatorsFile: string, base: string): string[] {
  if (s.indicators.length === 0) return [];
  const out = ['### Indikatorer', ''];
  for (const sec of s.indicators) {
    const row = sec.change.after ?? sec.change.before;
    const area = row?.area ? ` – ${mdText(isAreaId(row.area) ? areaName(row.area) : row.area)}` : '';
    out.push(`#### ${indicatorName(sec.change)}${area}`, '');
    out.push(...indicatorLines(sec, indicatorsFile, base).map((l) => `- ${l}`), '');
  }
  return out;
}

export function renderTables(s: ChangeSummary): string[] {
  const out: string[] = [];
  for (const t of s.tables) {
    out.push(`### ${mdText(t.spec.title)} (${mdCode(t.file)})`, '');
    const kinds = { added: 'Tilføjet', changed: 'Ændret', removed: 'Fjernet' } as const;
    for (const r of t.rows) {
      const fields = r.fields.length ? `: ${r.fields.map(fieldChange).join('; ')}` : '';
      out.push(`- ${kinds[r.kind]}: ${mdText(r.key)}${fields}`);
    }
    out.push('');
  }
  return out;
}
