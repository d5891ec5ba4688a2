/**
 * Feed entries for changes to an indicator's figures, one per commit: values added (new
 * measurements), revised (old → new) and removed, dated by the commit. The editor's commit message
 * is the reason; a developer's commit speaks in the site's own words (history-view.ts decides). Pure.
 */
import type { Indicator } from '../model.ts';
import type { AtomEntry } from '../archive/atom.ts';
import type { ChangeEntry } from '../history/indicator-history.ts';
import { formatCell, publicEntry } from '../history/history-view.ts';
import { periodText } from '../format/period.ts';
import { FEED_TEXT } from '../copy/editions.ts';

/** Values listed in one entry's summary before «og N flere». */
export const MAX_LISTED = 12;

function where(p: { period: string; breakdown: string }): string {
  return p.breakdown ? `${periodText(p.period)} (${p.breakdown})` : periodText(p.period);
}

function listed(items: string[]): string {
  if (items.length <= MAX_LISTED) return items.join('; ');
  return `${items.slice(0, MAX_LISTED).join('; ')} ${FEED_TEXT.more(items.length - MAX_LISTED)}`;
}

function headline(e: ChangeEntry): string {
  const kinds = [
    e.added.length ? FEED_TEXT.newValues : '',
    e.revised.length ? FEED_TEXT.revisedValues.toLowerCase() : '',
    e.removed.length ? FEED_TEXT.removedValues.toLowerCase() : '',
  ].filter(Boolean);
  const text = kinds.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function valueEntries(
  ind: Pick<Indicator, 'id' | 'title' | 'area' | 'illustrative'>,
  changes: readonly ChangeEntry[] | undefined,
  isEditor: (files: readonly string[]) => boolean,
  pageUrl: string,
): AtomEntry[] {
  const mark = ind.illustrative ? ' (eksempeldata)' : '';
  return (changes ?? []).flatMap((e) => {
    if (e.added.length + e.revised.length + e.removed.length === 0) return [];
    const shown = publicEntry(e, isEditor);
    const groups = [
      { label: FEED_TEXT.revisedValues, items: e.revised.map((r) => `${where(r)}: ${formatCell(r.old)} → ${formatCell(r.new)}`) },
      { label: FEED_TEXT.newValues, items: e.added.map((p) => `${where(p)}: ${formatCell(p.value)}`) },
      { label: FEED_TEXT.removedValues, items: e.removed.map((p) => `${where(p)}: ${formatCell(p.value)}`) },
    ].filter((g) => g.items.length > 0);
    const lines = groups.map((g) => `${g.label}: ${listed(g.items)}.`);
    const reason = shown?.message || shown?.note || '';
    const revision = e.revised.length > 0;
    return [
      {
        id: `${pageUrl}#aendring-${e.sha.slice(0, 12)}`,
        title: `${headline(e)}: ${ind.title}${mark}`,
        updated: new Date(e.date),
        link: `${pageUrl}#aendringshistorik-${ind.id}`,
        summary: `${lines.join(' ')}${reason ? ` ${reason}` : ''}`,
        categories: [revision ? FEED_TEXT.categoryRevision : FEED_TEXT.categoryMeasurement, ind.area],
      },
    ];
  });
}
