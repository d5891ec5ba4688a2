import { describe, expect, it } from 'vitest';
import { letterSchema, type LetterData } from '../../src/lib/content-schemas.ts';
import {
  groupByYear,
  letterCaseNumbers,
  letterDocumentNumbers,
  letterJournalNumbers,
  letterOrganisationAbbrs,
  sortNewestFirst,
} from '../../src/lib/archive/letters.ts';
import { danishDate, isoDate } from '../../src/lib/archive/dates.ts';
import { letterCitation } from '../../src/lib/archive/citation.ts';
import { letterListItem, letterView, personLabel } from '../../src/lib/archive/letter-view.ts';
import { organisationTitle } from '../../src/lib/archive/archive-nav.ts';
import { buildLetterIndex, markCurrent } from '../../src/lib/archive/letter-index.ts';
import { ORGANISATIONS } from '../../src/lib/registry/organisations.ts';
import { letterPath } from '../../src/lib/routes.ts';

function letter(id: string, fm: Record<string, unknown>): { id: string; data: LetterData } {
  return { id, data: letterSchema.parse({ title: id, sagsnr: '1', ...fm }) };
}

const a = letter('a', {
  date: '2009-04-02',
  sagsnr: '2009-9512',
  sender: { name: 'Jakob Hougaard', organisation: 'BIU' },
  recipients: [{ organisation: 'ØU' }, { organisation: 'SOU' }],
});
const b = letter('b', {
  date: '2007-03-26',
  sagsnr: '2006-742',
  sender: { name: 'Morten Binder', organisation: 'BIF' },
  recipients: [{ name: 'Claus Juhl', organisation: 'ØKF' }],
});
const c = letter('c', { date: '2007-11-20', sagsnr: '2007-102467' });
const d = letter('d', { date: '2007-11-20', sagsnr: '2007-10' });

describe('dates', () => {
  it('formats front-matter days in Danish, independent of the time zone', () => {
    expect(danishDate(new Date('2009-04-02'))).toBe('2. april 2009');
    expect(danishDate(new Date('2007-11-20'))).toBe('20. november 2007');
    expect(isoDate(new Date('2009-04-02'))).toBe('2009-04-02');
  });
});

describe('sorting and grouping', () => {
  it('puts the newest first and breaks same-day ties by sagsnr', () => {
    expect(sortNewestFirst([b, c, a, d]).map((l) => l.id)).toEqual(['a', 'd', 'c', 'b']);
  });
  it('groups by year, newest year first', () => {
    expect(groupByYear([b, c, a, d]).map((g) => [g.year, g.letters.map((l) => l.id)])).toEqual([
      [2009, ['a']],
      [2007, ['d', 'c', 'b']],
    ]);
  });
  it('groups by committee/administration pair in registry order, counting committee and administration as one', () => {
    const groups = buildLetterIndex([a, b, c]).organisations;
    expect(groups.map((g) => [g.organisation.slug, g.letters.map((l) => l.path)])).toEqual([
      ['oekonomi', ['breve/a/', 'breve/b/']],
      ['social', ['breve/a/']],
      ['beskaeftigelse-og-integration', ['breve/a/', 'breve/b/']],
    ]);
  });
  it('collects the abbreviations of sender and recipients once', () => {
    expect(letterOrganisationAbbrs(a.data)).toEqual(['BIU', 'ØU', 'SOU']);
    expect(letterOrganisationAbbrs(c.data)).toEqual([]);
  });
});

describe('case numbers', () => {
  it('refuses a case number YAML read as a number or a date, with the advice to quote it', () => {
    const r = letterSchema.safeParse({ title: 't', date: '2006-02-02', sagsnr: 12345, doknr: new Date('2009-04-02') });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      'sagsnr skal stå i anførselstegn: YAML læser 12345 som et tal (skriv sagsnr: "12345")',
      'doknr skal stå i anførselstegn: YAML læser 2009-04-02 som en dato (skriv doknr: "2009-04-02")',
    ]);
  });
  it('keeps a quoted number as written and takes the j.nr. from a received stamp', () => {
    const l = letter('x', {
      date: '2006-02-02',
      sagsnr: '292118',
      doknr: '1759012',
      receivedStamp: { organisation: 'SOF', date: '2009-04-06', jnr: '2009-45212' },
    });
    expect(l.data.sagsnr).toBe('292118');
    expect(letterCaseNumbers(l.data)).toEqual(['292118']);
    expect(letterJournalNumbers(l.data)).toEqual(['2009-45212']);
    expect(letterDocumentNumbers(l.data)).toEqual(['1759012']);
  });
  it('refuses a letter without sagsnr with a message that says so', () => {
    const r = letterSchema.safeParse({ title: 't', date: '2009-01-01' });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('sagsnr mangler');
  });
  it('refuses a recipient with neither name nor organisation', () => {
    const r = letterSchema.safeParse({ title: 't', date: '2009-01-01', sagsnr: '1', recipients: [{ title: 'Direktør' }] });
    expect(r.success).toBe(false);
  });
});

describe('letterView', () => {
  it('spells out organisations, notes a j.nr. taken from a received stamp and links areas', () => {
    const l = letter('x', {
      date: '2009-04-02',
      sender: {
        name: 'Jakob Hougaard',
        title: 'Borgmester',
        organisation: 'BIU',
        contact: { address: ['Rådhuset', '1599 København'], phone: '3366 2850' },
      },
      recipients: [{ organisation: 'ØU' }, { name: 'Claus Juhl', organisation: 'ØKF' }],
      receivedStamp: { organisation: 'SOF', unit: 'Rådhuset, Sekretariatet', date: '2009-04-06', jnr: '2009-45212' },
      areas: ['uddannelse'],
      indicators: ['ok', 'ukendt'],
      attachments: [{ label: 'Bilag 1', title: 'Orientering' }],
    });
    const { view, unknownIndicators } = letterView(l.data, (id) => (id === 'ok' ? 'En indikator' : undefined));
    expect(view.date).toEqual({ iso: '2009-04-02', text: '2. april 2009' });
    expect(view.sender?.lines).toEqual(['Jakob Hougaard, Borgmester', 'Beskæftigelses- og Integrationsudvalget (BIU)']);
    expect(view.sender?.contact).toEqual([
      { label: 'Adresse', value: 'Rådhuset, 1599 København' },
      { label: 'Telefon', value: '3366 2850' },
    ]);
    expect(view.recipients).toEqual(['Økonomiudvalget (ØU)', 'Claus Juhl, Økonomiforvaltningen (ØKF)']);
    expect(view.jnr).toEqual({ value: '2009-45212', note: 'fra Socialforvaltningens modtagelsesstempel' });
    expect(view.stamp?.text).toBe('Socialforvaltningen, Rådhuset, Sekretariatet');
    expect(view.stamp?.date.text).toBe('6. april 2009');
    expect(view.areas).toEqual([{ text: 'Uddannelse', path: 'omraader/uddannelse/' }]);
    expect(view.indicators).toEqual([{ text: 'En indikator', path: 'indikatorer/ok/' }]);
    expect(unknownIndicators).toEqual(['ukendt']);
    expect(view.attachments).toEqual([{ text: 'Bilag 1: Orientering', note: undefined, href: undefined }]);
  });
  it('labels people with and without organisation', () => {
    expect(personLabel({ name: 'Morten Binder', title: 'Direktør' })).toBe('Morten Binder, Direktør');
    expect(personLabel({ organisation: 'TMU' })).toBe('Teknik- og Miljøudvalget (TMU)');
  });
  it('makes list items with the letter path', () => {
    expect(letterListItem(b)).toMatchObject({
      path: 'breve/b/',
      date: { text: '26. marts 2007' },
      sender: 'Morten Binder, Beskæftigelses- og Integrationsforvaltningen (BIF)',
    });
    expect(letterPath('b')).toBe('breve/b/');
  });
});

describe('letterCitation', () => {
  it('names sender, title, date, case numbers, publisher and link', () => {
    const l = letter('x', {
      title: 'Vedrørende budgetredegørelse for integrationsindsatsen',
      date: '2007-03-26',
      sagsnr: '2006-742',
      doknr: '2007-86327',
      sender: { name: 'Morten Binder', organisation: 'BIF' },
    });
    expect(letterCitation(l.data, 'https://www.kk.dk/breve/x/', 'Integrationsbarometeret, Københavns Kommune')).toBe(
      'Morten Binder, Beskæftigelses- og Integrationsforvaltningen: Vedrørende budgetredegørelse for integrationsindsatsen. Brev af 26. marts 2007, sagsnr. 2006-742, dok.nr. 2007-86327. Integrationsbarometeret, Københavns Kommune. https://www.kk.dk/breve/x/',
    );
  });
  it('sets a title the editors wrote in square brackets', () => {
    const l = letter('x', {
      title: 'Opsamling og idékatalog fra Integrationskonference 2009',
      editorialTitle: true,
      date: '2009-04-02',
      sagsnr: '2009-9512',
      sender: { name: 'Morten Binder' },
    });
    expect(letterCitation(l.data, 'https://e.org/breve/x/', 'P')).toBe(
      'Morten Binder: [Opsamling og idékatalog fra Integrationskonference 2009]. Brev af 2. april 2009, sagsnr. 2009-9512. P. https://e.org/breve/x/',
    );
  });
  it('cites an unsigned attachment as a document with its label', () => {
    const l = letter('x', {
      title: 'Koncept og tema for integrationskonferencen',
      label: 'Bilag 2',
      date: '2007-11-20',
      sagsnr: '2007-102467',
    });
    expect(letterCitation(l.data, 'https://e.org/breve/x/', 'P')).toBe(
      'Koncept og tema for integrationskonferencen (Bilag 2). Dokument af 20. november 2007, sagsnr. 2007-102467. P. https://e.org/breve/x/',
    );
  });
});

describe('letter index: filter links', () => {
  it('links each year with letters, newest first, marking the current one', () => {
    expect(markCurrent(buildLetterIndex([a, b, c]).yearLinks, 2007)).toEqual([
      { key: '2009', label: '2009', count: 1, path: 'breve/aar/2009/', current: false },
      { key: '2007', label: '2007', count: 2, path: 'breve/aar/2007/', current: true },
    ]);
  });
  it('links each committee/administration pair with letters', () => {
    expect(markCurrent(buildLetterIndex([a, b]).organisationLinks, 'social').map((l) => [l.label, l.count, l.path, l.current])).toEqual([
      ['Økonomiudvalget (ØU/ØKF)', 2, 'breve/udvalg/oekonomi/', false],
      ['Socialudvalget (SOU/SOF)', 1, 'breve/udvalg/social/', true],
      ['Beskæftigelses- og Integrationsudvalget (BIU/BIF)', 2, 'breve/udvalg/beskaeftigelse-og-integration/', false],
    ]);
    expect(organisationTitle(ORGANISATIONS[0])).toBe('Økonomiudvalget og Økonomiforvaltningen');
  });
  it('links the years of one committee to its own year pages', () => {
    const social = letter('s', { date: '2007-05-01', sagsnr: '2007-1', sender: { name: 'X', organisation: 'SOU' } });
    const index = buildLetterIndex([a, social]);
    const g = index.organisations.find((o) => o.organisation.slug === 'social');
    expect(markCurrent(g?.yearLinks ?? [], 2007)).toEqual([
      { key: '2009', label: '2009', count: 1, path: 'breve/udvalg/social/2009/', current: false },
      { key: '2007', label: '2007', count: 1, path: 'breve/udvalg/social/2007/', current: true },
    ]);
  });
});
