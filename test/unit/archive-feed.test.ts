import { letterAddedDates } from '../../src/lib/feeds/letters-added.ts';
import { describe, expect, it } from 'vitest';
import { childTexts, parseXmlStrict } from '../helpers/archive-xml.ts';
import { atomDate, buildAtom, type AtomEntry } from '../../src/lib/archive/atom.ts';
import {
  letterEntries,
  measurementChangedAt,
  measurementEntries,
  newestMeasurement,
  periodStart,
  sortEntries,
} from '../../src/lib/archive/feed-entries.ts';
import { letterSchema } from '../../src/lib/content-schemas.ts';
import type { Indicator, Measurement } from '../../src/lib/model.ts';
import type { ChangeEntry } from '../../src/lib/history/indicator-history.ts';

const url = (p: string) => `https://www.kk.dk/integrationsbarometer/${p}`;
const letter = (id: string, date: string, extra: Record<string, unknown> = {}) => ({
  id,
  data: letterSchema.parse({ title: `Brev ${id}`, date, sagsnr: `S-${id}`, ...extra }),
});

const indicator: Indicator = {
  id: 'beskaeftigelse-x',
  area: 'beskaeftigelse',
  title: 'Beskæftigelse & <test>',
  definition: 'd',
  unit: 'pct',
  direction: 'higher',
  main: true,
  tolerance: 0.5,
  source: 'Danmarks Statistik',
  illustrative: false,
};
const m = (period: string, time: number, value: number, breakdown = ''): Measurement => ({
  indicator: 'beskaeftigelse-x',
  period: { label: period, time },
  breakdown,
  value,
  source: '',
  note: '',
});
const measurements = [m('2009', 2009, 60.1), m('2010', 2010, 61.25), m('2011', 2011, 70, 'Kvinder')];

describe('Atom writer', () => {
  const entry: AtomEntry = {
    id: url('breve/a/'),
    title: 'A & B',
    updated: new Date('2009-04-02'),
    link: url('breve/a/'),
    summary: '<s>',
    categories: ['brev'],
  };
  const xml = buildAtom({
    id: url(''),
    title: 'Integrationsbarometeret',
    subtitle: 's',
    self: url('feed.xml'),
    alternate: url(''),
    author: 'Københavns Kommune',
    lang: 'da',
    entries: [entry],
  });

  it('writes a well-formed Atom document with the required elements and absolute links', () => {
    const feed = parseXmlStrict(xml);
    expect(feed.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(childTexts(feed, 'id')).toEqual(['https://www.kk.dk/integrationsbarometer/']);
    expect(childTexts(feed, 'updated')).toEqual(['2009-04-02T00:00:00Z']);
    expect(feed.getElementsByTagName('name')[0]?.textContent).toBe('Københavns Kommune');
    const entries = feed.getElementsByTagName('entry');
    expect(entries).toHaveLength(1);
    expect(childTexts(entries[0]!, 'title')).toEqual(['A & B']);
    expect(childTexts(entries[0]!, 'id')).toEqual(['https://www.kk.dk/integrationsbarometer/breve/a/']);
    const links = Array.from(feed.getElementsByTagName('link')).map((l) => [l.getAttribute('rel'), l.getAttribute('href')]);
    expect(links).toEqual([
      ['self', 'https://www.kk.dk/integrationsbarometer/feed.xml'],
      ['alternate', 'https://www.kk.dk/integrationsbarometer/'],
      ['alternate', 'https://www.kk.dk/integrationsbarometer/breve/a/'],
    ]);
  });
  it('refuses to pass broken XML (the check can fail)', () => {
    expect(() => parseXmlStrict('<feed><entry></feed>')).toThrow();
  });
  it('escapes text and takes the feed date from the newest entry', () => {
    expect(xml).toContain('<summary type="text">&lt;s&gt;</summary>');
    expect(xml).toContain('<updated>2009-04-02T00:00:00Z</updated>');
    expect(atomDate(new Date('2024-01-01T12:30:45.123Z'))).toBe('2024-01-01T12:30:45Z');
  });
  it('drops characters XML cannot hold (control characters, lone surrogates), so the feed stays well-formed', () => {
    const odd = buildAtom({
      id: url(''),
      title: 'Brev med styretegn \u0007\u001b[31m og \u0000 NUL',
      subtitle: 'Halv \uD83D surrogat, tab\there',
      self: url('feed.xml'),
      alternate: url(''),
      author: 'Commit \u0008besked 😀',
      lang: 'da',
      entries: [{ ...entry, title: 'Titel\u000C med sideskift', summary: '\uFFFF' }],
    });
    // eslint-disable-next-line no-control-regex -- the characters under test
    expect(odd).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFF]/);
    const feed = parseXmlStrict(odd);
    expect(childTexts(feed, 'title')).toEqual(['Brev med styretegn [31m og  NUL']);
    expect(childTexts(feed, 'subtitle')).toEqual(['Halv  surrogat, tab\there']);
    expect(feed.getElementsByTagName('name')[0]?.textContent).toBe('Commit besked 😀');
    expect(childTexts(feed.getElementsByTagName('entry')[0]!, 'title')).toEqual(['Titel med sideskift']);
  });
});

describe('feed entries', () => {
  it('lists the newest letters first, at most max, with absolute links under the base path', () => {
    const e = letterEntries([letter('a', '2007-03-26'), letter('b', '2009-04-02'), letter('c', '2008-05-16')], url, 2);
    expect(e.map((x) => x.link)).toEqual([url('breve/b/'), url('breve/c/')]);
    expect(e[0]?.summary).toBe('Dokument af 2. april 2009. Sagsnr. S-b.');
  });
  it('dates a letter by when it was put on the site, newest first, and its summary names its own date', () => {
    // Was: a letter of 2009 added today dated 2009, below every measurement of this year.
    const letters = [
      letter('a', '2007-03-26'),
      letter('b', '2009-04-02'),
      { ...letter('c', '2008-05-16'), data: { ...letter('c', '2008-05-16').data, summary: 'Om boliger.' } },
    ];
    const added = new Map([
      ['a', new Date('2026-12-03T10:00:00Z')],
      ['c', new Date('2026-12-03T10:00:00Z')],
      ['b', new Date('2026-11-23T18:00:00Z')],
    ]);
    const e = letterEntries(letters, url, 3, added);
    // a and c in one commit: the archive's order between them (newest letter first).
    expect(e.map((x) => [x.link, x.updated.toISOString()])).toEqual([
      [url('breve/c/'), '2026-12-03T10:00:00.000Z'],
      [url('breve/a/'), '2026-12-03T10:00:00.000Z'],
      [url('breve/b/'), '2026-11-23T18:00:00.000Z'],
    ]);
    expect(e[0]?.summary).toBe('Dokument af 16. maj 2008. Om boliger.');
    // Without git's date, the letter's own.
    expect(letterEntries([letter('d', '2008-05-16')], url, 1, added)[0]?.updated.toISOString()).toBe('2008-05-16T00:00:00.000Z');
  });
  it('reads when each letter file was added from git log, the latest addition and renames counted', () => {
    const log = [
      '\x1e2026-12-04T09:00:00+01:00\n\ncontent/letters/2009-04-02-ny.md\ncontent/letters/2009-04-02-ny/original.pdf\ncontent/other.md',
      '\x1e2026-11-30T12:00:00+00:00\n\ncontent/letters/2009-04-02-ny.md\ncontent/letters/Med Mellemrum.MD.md',
      '\x1e2026-11-23T18:29:57+00:00\n\ncontent/letters/2006-02-02-a.mdx\n',
    ].join('');
    const added = letterAddedDates(log, 'content/letters/');
    expect([...added].map(([id, d]) => [id, d.toISOString()])).toEqual([
      ['2009-04-02-ny', '2026-12-04T08:00:00.000Z'],
      ['med-mellemrum.md', '2026-11-30T12:00:00.000Z'],
      ['2006-02-02-a', '2026-11-23T18:29:57.000Z'],
    ]);
    expect(letterAddedDates('', 'content/letters/').size).toBe(0);
  });
  it('takes the main series for the newest measurement', () => {
    expect(newestMeasurement('beskaeftigelse-x', measurements)?.period.label).toBe('2010');
    expect(newestMeasurement('ukendt', measurements)).toBeUndefined();
  });
  it('dates a measurement by the latest commit that added or revised it, else by its period', () => {
    const history = [
      { date: '2024-05-01T10:00:00+02:00', added: [{ period: '2010', breakdown: '', value: '61' }], revised: [] },
      { date: '2025-02-03T09:00:00+01:00', added: [], revised: [{ period: '2010', breakdown: '', old: '61', new: '61,25' }] },
      { date: '2026-01-01T00:00:00Z', added: [{ period: '2010', breakdown: 'Kvinder', value: '1' }], revised: [] },
    ] as unknown as ChangeEntry[];
    expect(measurementChangedAt(history, '2010', '')?.toISOString()).toBe('2025-02-03T08:00:00.000Z');
    expect(measurementChangedAt(undefined, '2010', '')).toBeUndefined();
    expect(periodStart(2010.25).toISOString()).toBe('2010-04-01T00:00:00.000Z');
  });
  it('announces the value in Danish with its unit and says when the date is only the period', () => {
    const [e] = measurementEntries([indicator], measurements, () => undefined, url);
    expect(e?.title).toBe('Nyeste tal: Beskæftigelse & <test>: 61,25\u00a0pct. i 2010');
    expect(e?.link).toBe(url('indikatorer/beskaeftigelse-x/'));
    expect(e?.id).toBe(url('indikatorer/beskaeftigelse-x/') + '#maaling-2010');
    expect(e?.summary).toContain('Datoen er periodens start');
    expect(e?.updated.toISOString()).toBe('2010-01-01T00:00:00.000Z');
  });
  it('says »hele landet« of a national main series, as the indicator list does', () => {
    const national = measurements.map((x): Measurement => (x.breakdown === '' ? { ...x, geo: '000' } : x));
    const [e] = measurementEntries([indicator], national, () => undefined, url);
    expect(e?.title).toBe('Nyeste tal: Beskæftigelse & <test>: 61,25\u00a0pct. i 2010 (hele landet)');
    expect(e?.summary).toContain('61,25\u00a0pct. i 2010 (hele landet).');
    // Copenhagen's own figures name no place.
    const [own] = measurementEntries(
      [indicator],
      measurements.map((x): Measurement => ({ ...x, geo: '101' })),
      () => undefined,
      url,
    );
    expect(own?.title).toBe('Nyeste tal: Beskæftigelse & <test>: 61,25\u00a0pct. i 2010');
  });
  it('marks an illustrative indicator in title and summary', () => {
    const [e] = measurementEntries([{ ...indicator, illustrative: true }], measurements, () => undefined, url);
    expect(e?.title).toContain('(eksempeldata)');
    expect(e?.summary).toContain('Eksempeldata: ikke en rigtig måling.');
  });
  it('sorts all entries newest first', () => {
    const a = { id: 'a', title: 'a', updated: new Date('2008-01-01'), link: 'a', summary: '', categories: [] };
    const b = { ...a, id: 'b', title: 'b', updated: new Date('2009-01-01') };
    expect(sortEntries([a, b]).map((e) => e.id)).toEqual(['b', 'a']);
  });
});
