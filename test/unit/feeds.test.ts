/** Feeds per indicator and area: value changes per commit, status changes between states, the XSLT stylesheet. */
import { describe, expect, it } from 'vitest';
import { valueEntries, MAX_LISTED } from '../../src/lib/feeds/value-entries.ts';
import { historyView } from '../../src/lib/history/history-view.ts';
import { statusEvents } from '../../src/lib/feeds/status-events.ts';
import { newestEntries, statusEntry } from '../../src/lib/feeds/topic-feeds.ts';
import { feedXsl } from '../../src/lib/feeds/feed-xsl.ts';
import { buildAtom } from '../../src/lib/archive/atom.ts';
import type { ChangeEntry } from '../../src/lib/history/indicator-history.ts';
import type { DataState } from '../../src/lib/editions/data-timeline.ts';
import { INDICATORS_TABLE, MEASUREMENTS_TABLE } from '../../src/lib/data/csv-schema.ts';
import { csv, INDICATORS, MEASUREMENTS, type Rec } from '../helpers/changes-fixture.ts';
import { parseXmlStrict } from '../helpers/archive-xml.ts';
import { changeEntry } from '../helpers/change-entry.ts';

const IND = {
  id: 'tryghed',
  title: 'Tryghed i nabolaget',
  area: 'tryghed' as const,
  illustrative: false,
  unit: 'pct' as const,
  mainLabel: 'København',
  tolerance: 0.5,
};
/** The non-breaking space between a number and its unit. */
const NB = '\u00a0';
const PAGE = 'https://www.kk.dk/indikatorer/tryghed/';
const editorOnly = (files: readonly string[]) => files.every((f) => f.startsWith('data/'));

function change(over: Partial<ChangeEntry>): ChangeEntry {
  return changeEntry(
    { sha: 'abcdef1234567890', date: '2026-09-01T10:00:00+02:00', message: 'Tryghed 2023 rettet', files: ['data/measurements.csv'] },
    over,
  );
}

describe('value entries', () => {
  it("one entry per commit: revisions old → new with the editor's reason, dated by the commit", () => {
    const [e] = valueEntries(
      IND,
      [
        change({
          revised: [{ period: '2023', breakdown: '', old: '72,5', new: '74' }],
          added: [{ period: '2024', breakdown: 'Kvinder', value: '75,5' }],
        }),
      ],
      editorOnly,
      PAGE,
    );
    expect(e).toEqual({
      id: `${PAGE}#aendring-abcdef123456`,
      title: 'Nye tal, rettet: Tryghed i nabolaget',
      updated: new Date('2026-09-01T08:00:00Z'),
      link: `${PAGE}#aendring-abcdef123456`,
      summary: `Rettet (København): 2023: 72,5${NB}pct. → 74,0${NB}pct. Nye tal (Kvinder): 2024: 75,5${NB}pct. Tryghed 2023 rettet`,
      categories: ['rettelse', 'tryghed'],
    });
  });

  it("a developer's commit speaks in the site's words; a change of description only is not a value entry", () => {
    const dev = change({
      files: ['data/measurements.csv', 'src/x.ts'],
      createdFile: true,
      added: [{ period: '2014', breakdown: '', value: '70' }],
    });
    expect(valueEntries(IND, [dev], editorOnly, PAGE)[0]!.summary).toBe(
      `Nye tal (København): 2014: 70,0${NB}pct. Første udgave: tallene kom på sitet.`,
    );
    expect(valueEntries(IND, [change({ fields: [{ field: 'target_value', old: '80', new: '85' }] })], editorOnly, PAGE)).toEqual([]);
    const many = Array.from({ length: MAX_LISTED + 3 }, (_, i) => ({ period: String(2000 + i), breakdown: '', value: '1' }));
    expect(valueEntries(IND, [change({ added: many })], editorOnly, PAGE)[0]!.summary).toContain('og 3 flere.');
  });

  it("links every entry to the same change on the page, a developer's value change included", () => {
    const changes = [
      change({ sha: 'e'.repeat(40), revised: [{ period: '2023', breakdown: '', old: '72,5', new: '74' }] }),
      // A developer's commit that adds values (code and data together): listed in the feed, so shown on the page.
      change({
        sha: 'd'.repeat(40),
        files: ['data/measurements.csv', 'src/x.ts'],
        added: [{ period: '2024', breakdown: 'Aarhus', value: '60' }],
      }),
      change({ sha: 'f'.repeat(40), fields: [{ field: 'target_value', old: '80', new: '85' }] }),
    ];
    const entries = valueEntries(IND, changes, editorOnly, PAGE);
    const view = historyView(true, changes, editorOnly);
    if (!view.available) throw new Error('expected history');
    const anchors = view.items.map((i) => `${PAGE}#${i.anchor}`);
    expect(entries.map((e) => e.link)).toEqual([`${PAGE}#aendring-${'e'.repeat(12)}`, `${PAGE}#aendring-${'d'.repeat(12)}`]);
    for (const e of entries) {
      expect(anchors).toContain(e.link);
      expect(e.id).toBe(e.link);
    }
    expect(entries[1]!.summary).toBe(`Nye tal (Aarhus): 2024: 60,0${NB}pct. Ændret sammen med en opdatering af sitet.`);
  });

  it('names each series, the comparison cities apart from the main one, with unit and the page’s decimals', () => {
    const added = [
      ...['18,62', '20,8', '19,17'].map((value, i) => ({ period: String(2010 + i), breakdown: '', value })),
      ...['13,02', '13,2'].map((value, i) => ({ period: String(2010 + i), breakdown: 'Aarhus', value })),
    ];
    const [e] = valueEntries(IND, [change({ added })], editorOnly, PAGE);
    expect(e!.summary).toBe(
      `Nye tal (København): 2010: 18,62${NB}pct.; 2011: 20,80${NB}pct.; 2012: 19,17${NB}pct. ` +
        `Nye tal (Aarhus): 2010: 13,02${NB}pct.; 2011: 13,20${NB}pct. Tryghed 2023 rettet`,
    );
  });
});

const state = (sha: string, date: string, m: Rec[]): DataState => ({
  sha,
  date,
  landed: date,
  indicators: csv(INDICATORS_TABLE, INDICATORS),
  measurements: csv(MEASUREMENTS_TABLE, m),
});

describe('status changes', () => {
  it('are found between consecutive states, with the main indicator marked, and become entries', () => {
    const revised = MEASUREMENTS.map((r) => (r.indicator === 'tryghed' && r.period === '2023' ? { ...r, value: '85,0' } : r));
    const events = statusEvents([
      state('a1', '2026-02-01T10:00:00+01:00', MEASUREMENTS),
      state('b2', '2026-09-01T10:00:00+02:00', revised),
      state('c3', '2026-10-01T10:00:00+02:00', revised),
    ]);
    expect(events.map((e) => [e.sha, e.indicatorId, e.main, e.from.status, e.to.status])).toEqual([
      ['b2', 'tryghed', true, 'Stilstand', 'På rette kurs'],
    ]);
    const entry = statusEntry(events[0]!, 'https://www.kk.dk/omraader/tryghed/', 'Tryghed');
    expect(entry.title).toBe('Ændret status: Tryghed: gul: Stilstand → grøn: På rette kurs');
    expect(entry.summary).toBe(
      'Tryghed: status ændret fra gul: Stilstand til grøn: På rette kurs. Målet for 2025 på 85\u00a0pct. er nået: målingen for 2023 er 85\u00a0pct.',
    );
  });

  it("skip a state today's rules refuse instead of judging half of it", () => {
    const broken: DataState = { ...state('x', '2026-03-01T10:00:00+01:00', MEASUREMENTS), measurements: 'indicator;period\n' };
    expect(statusEvents([state('a', '2026-02-01T10:00:00+01:00', MEASUREMENTS), broken])).toEqual([]);
  });

  it('newest first, capped', () => {
    const at = (d: string, t: string) => ({ id: t, title: t, updated: new Date(d), link: '', summary: '', categories: [] });
    expect(newestEntries([at('2026-01-01', 'a'), at('2026-03-01', 'b'), at('2026-02-01', 'c')], 2).map((e) => e.title)).toEqual(['b', 'c']);
  });
});

describe('a feed a browser can show', () => {
  it("the stylesheet is well-formed XSLT in Danish with the site's CSS as a file", () => {
    const xsl = feedXsl({
      css: '/integrationsbarometer/feed.css',
      home: '/integrationsbarometer/',
      icon: '/integrationsbarometer/favicon.svg',
      siteName: 'Integrationsbarometeret',
    });
    const root = parseXmlStrict(xsl);
    expect(root.nodeName).toBe('xsl:stylesheet');
    expect(xsl).toContain('<html lang="da">');
    expect(xsl).toContain('<link rel="stylesheet" href="/integrationsbarometer/feed.css"/>');
    expect(xsl).toContain('Sådan følger du med');
    expect(xsl).toContain('<link rel="icon" href="/integrationsbarometer/favicon.svg" type="image/svg+xml"/>');
    expect(xsl).not.toContain('<style');
    expect(xsl).toContain('<xsl:when test="$m = \'12\'">december</xsl:when>');
  });

  it('the feed points at it before the root element', () => {
    const xml = buildAtom({
      id: 'x',
      title: 't',
      subtitle: 's',
      self: 'x',
      alternate: 'y',
      author: 'a',
      lang: 'da',
      entries: [],
      stylesheet: '/feed.xsl',
    });
    expect(xml.split('\n').slice(0, 3)).toEqual([
      '<?xml version="1.0" encoding="utf-8"?>',
      '<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">',
    ]);
    parseXmlStrict(xml);
  });
});
