/** The summary's data sections in Danish Markdown: areas (status and trend) and indicators (values). */
import { mdCode, mdTable, mdText } from '../markdown.ts';
import { isUnitId, type UnitId } from '../../../src/lib/registry/units.ts';
import { areaName, isAreaId } from '../../../src/lib/registry/areas.ts';
import { INDICATORS_TABLE, MEASUREMENTS_TABLE } from '../../../src/lib/data/csv-schema.ts';
import { indicatorPath } from '../../../src/lib/routes.ts';
import { type StatusColour } from '../../../src/lib/status/labels.ts';
import { KNOWN_TABLES, type CellChange, type LooseRow, type UnreadValue, type ValuePoint } from './data-changes.ts';
import type { StateFacts, StatusComparison } from './status-changes.ts';
import type { ChangeSummary, IndicatorSection, UnreadableFile } from './summary.ts';
import { fieldChange, indicatorName, INVALID_ROW, joinWords, linesText, placeList, sitePath, valueText, where } from './wording.ts';
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
  const lines = changed.flatMap((a) => {
    const parts: string[] = [];
    const why = whyLines(a.before, a.after);
    const was = a.before?.indicatorTitle;
    const now = a.after?.indicatorTitle;
    if (a.otherIndicator) parts.push(`Hovedindikatoren er nu »${mdText(now ?? '')}« (før »${mdText(was ?? '')}«).`);
    else if (was !== undefined && now !== undefined && was !== now) {
      // Only the name moved: say so, and that nothing behind the status did.
      const same = why.length === 0 ? '; status og tendens er uændrede' : '';
      parts.push(`Hovedindikatoren hedder nu »${mdText(now)}« (før »${mdText(was)}«)${same}.`);
    }
    parts.push(...why);
    return parts.length > 0 ? [`- **${mdText(areaName(a.key))}**: ${parts.join(' ')}`] : [];
  });
  if (lines.length > 0) out.push(...lines, '');
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
  const row = p.invalid === 'row' ? ` ${INVALID_ROW}` : '';
  return `${where(p)}: ${valueText(p.value, unit, p.invalid === 'value')}${p.flag ? ` (${mdText(p.flag)})` : ''}${row}`;
}

function cellText(c: CellChange, unit?: UnitId): string {
  return `${where(c)}: ${valueText(c.old, unit)} → ${valueText(c.new, unit, c.invalid)}`;
}

function textChange(c: CellChange): string {
  return `${where(c)}: ${mdText(c.old || '–')} → ${c.invalid ? valueText(c.new, undefined, true) : mdText(c.new || '–')}`;
}

const capital = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/**
 * "Værdien for 2018", "værdierne for 2018 og 2019" ("; " between them when one has a breakdown,
 * whose own comma would blur the list), at most LIST_LIMIT named.
 */
function valuesFor(points: readonly { period: string; breakdown: string }[]): string {
  const names = points.map(where);
  const shown = names.length > LIST_LIMIT ? [...names.slice(0, LIST_LIMIT), `${names.length - LIST_LIMIT} til`] : names;
  const list = points.some((p) => p.breakdown) ? shown.join('; ').replace(/; ([^;]*)$/, ' og $1') : joinWords(shown);
  return `${points.length === 1 ? 'værdien' : 'værdierne'} for ${list}`;
}

/**
 * Rows of this indicator the check cannot read, cause first: they are not compared, and a value
 * moved to an id no version of indicators.csv has is named as such, never as a new indicator.
 */
function unreadLines(unread: readonly UnreadValue[], indicatorsFile: string): string[] {
  const out: string[] = [];
  const errors = (n: number) => (n === 1 ? 'en fejl' : 'fejl');
  const own = unread.filter((u) => u.file === indicatorsFile);
  if (own.length) {
    out.push(
      `Indikatorens række i ${mdCode(indicatorsFile)} har en fejl (${linesText(own.map((u) => u.line))}, se ovenfor), så dens felter er ikke sammenlignet.`,
    );
  }
  const values = unread.filter((u) => u.file !== indicatorsFile);
  for (const id of new Set(values.flatMap((u) => (u.unknownId ? [u.unknownId] : [])))) {
    const moved = values.filter((u) => u.unknownId === id);
    const what = valuesFor(moved.flatMap((u) => (u.replaces ? [u.replaces] : [])));
    out.push(`${capital(what)} er flyttet til et ukendt id ${mdCode(id)} (${linesText(moved.map((u) => u.line))}; se fejlen ovenfor).`);
  }
  const replacing = values.filter((u) => !u.unknownId && u.replaces);
  if (replacing.length) {
    const what = valuesFor(replacing.flatMap((u) => (u.replaces ? [u.replaces] : [])));
    out.push(
      `${capital(linesText(replacing.map((u) => u.line)))} har ${errors(replacing.length)} (se ovenfor), så ${what} er ikke sammenlignet.`,
    );
  }
  const extra = values.filter((u) => !u.unknownId && !u.replaces).map((u) => u.line);
  if (extra.length) out.push(`${capital(linesText(extra))} har ${errors(extra.length)} (se ovenfor) og er ikke med i sammenligningen.`);
  return out;
}

function indicatorLines(sec: IndicatorSection, indicatorsFile: string, base: string): string[] {
  const c = sec.change;
  const unit = unitOf(sec);
  const lines: string[] = [];
  if (!c.before) lines.push('Ny indikator.');
  if (!c.after) lines.push('Indikatoren er fjernet fra ' + mdCode(indicatorsFile) + '.');
  if (c.renamedFrom) {
    lines.push(
      `Nyt id: ${mdCode(c.renamedFrom)} → ${mdCode(c.id)}, så siden flytter fra ${sitePath(base, indicatorPath(c.renamedFrom))} til ${sitePath(base, indicatorPath(c.id))}.`,
    );
  }
  lines.push(...unreadLines(c.unread, indicatorsFile));
  // A value the check rejects is neither a revision nor an addition: it is listed apart, as written.
  const rejected = [
    ...c.revised.filter((r) => r.invalid).map((r) => `${where(r)}: ${mdText(r.new.trim() || '–')} (før ${valueText(r.old, unit)})`),
    ...c.added.filter((p) => p.invalid === 'value').map((p) => `${where(p)}: ${mdText(p.value || '–')} (ny række)`),
  ];
  const added = c.added.filter((p) => p.invalid !== 'value');
  const revised = c.revised.filter((r) => !r.invalid);
  if (rejected.length) {
    const head = rejected.length === 1 ? 'Ugyldig værdi – se fejlen ovenfor' : 'Ugyldige værdier – se fejlene ovenfor';
    lines.push(`${head}: ${listed(rejected, (x) => x)}`);
  }
  if (added.length) lines.push(`Tilføjet: ${listed(added, (p) => pointText(p, unit))}`);
  if (revised.length) lines.push(`Rettet: ${listed(revised, (r) => cellText(r, unit))}`);
  if (c.removed.length) lines.push(`Fjernet: ${listed(c.removed, (p) => pointText(p, unit))}`);
  if (c.flags.length) lines.push(`Markering (${mdCode('flag')}) ændret: ${listed(c.flags, textChange)}`);
  if (c.sources.length) lines.push(`Kilde ændret: ${listed(c.sources, textChange)}`);
  if (c.sourceUrls.length) lines.push(`Kildens adresse ændret: ${listed(c.sourceUrls, textChange)}`);
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

/** What a file the check cannot read means for the comparison, cause first. */
export function unreadableText(u: UnreadableFile, baseLabel: string): string {
  const what =
    u.spec === MEASUREMENTS_TABLE ? 'tallene i filen' : u.spec === INDICATORS_TABLE ? 'indikatorernes felter i filen' : 'rækkerne i filen';
  const lines = linesText(u.errors.map((e) => e.line));
  const errors = u.errors.length === 1 ? 'fejlen' : 'fejlene';
  if (u.side === 'after')
    return `Tjekket kan ikke læse ${mdCode(u.file)} (${errors} i ${lines} ovenfor), så ${what} kan ikke sammenlignes, før ${u.errors.length === 1 ? 'den' : 'de'} er rettet.`;
  const first = u.errors[0];
  const why = first ? `: ${mdText(first.message)}` : '';
  return `På ${baseLabel} kan tjekket ikke læse ${mdCode(u.file)} (${lines}${why}), så ${what} kan ikke sammenlignes; kør ${mdCode('npm run check')} dér.`;
}

/** Rows the check cannot read that belong to no indicator: named by line, and by the unknown id they give. */
function looseLines(rows: readonly LooseRow[]): string[] {
  const groups = new Map<string, LooseRow[]>();
  for (const r of rows) {
    const k = `${r.file}\u0000${r.unknownId ?? ''}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return [...groups.values()].map((g) => {
    const { file, unknownId } = g[0] ?? { file: '' };
    const where = `${capital(linesText(g.map((r) => r.line)))} i ${mdCode(file)}`;
    return unknownId
      ? `${where} har ${g.length === 1 ? 'en værdi' : 'værdier'} for et ukendt id ${mdCode(unknownId)} (se fejlen ovenfor), så ${g.length === 1 ? 'den' : 'de'} er ikke med i sammenligningen.`
      : `${where} har ${g.length === 1 ? 'en fejl' : 'fejl'} (se ovenfor) og er ikke med i sammenligningen.`;
  });
}

export function renderIndicators(s: ChangeSummary, indicatorsFile: string, base: string): string[] {
  const files = s.unreadable.filter((u) => KNOWN_TABLES.includes(u.spec)).map((u) => unreadableText(u, s.baseLabel));
  const loose = looseLines(s.looseRows);
  if (s.indicators.length === 0 && files.length === 0 && loose.length === 0) return [];
  const out = ['### Indikatorer', ''];
  if (files.length > 0) out.push(...files, '');
  if (loose.length > 0) out.push(...loose.map((l) => `- ${l}`), '');
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
    for (const u of s.unreadable.filter((x) => x.spec === t.spec)) out.push(unreadableText(u, s.baseLabel), '');
    const kinds = { added: 'Tilføjet', changed: 'Ændret', removed: 'Fjernet' } as const;
    for (const r of t.rows) {
      if (r.kind === 'unread') {
        const replaces = r.key ? `, så rækken ${mdText(r.key)} er ikke sammenlignet` : ' og er ikke med i sammenligningen';
        out.push(`- Linje ${r.line ?? ''} har en fejl (se ovenfor)${replaces}.`);
        continue;
      }
      const fields = r.fields.length ? `: ${r.fields.map(fieldChange).join('; ')}` : '';
      out.push(`- ${kinds[r.kind]}: ${mdText(r.key)}${fields}${r.invalid ? ` ${INVALID_ROW}` : ''}`);
    }
    if (t.rows.length > 0) out.push('');
  }
  return out;
}
