import { describe, expect, it } from 'vitest';
import { conferenceSchema } from '../../src/lib/content-schemas.ts';
import {
  conferenceFacts,
  conferenceWhenWhere,
  conferenceSources,
  conferencesCiting,
  hasIllustrative,
  ideaItems,
  ideasByAdministration,
  ideasByArea,
  ideaTags,
  sortConferences,
} from '../../src/lib/archive/conferences.ts';

const idea = (id: string, areas: string[], responsible: string[], extra: Record<string, unknown> = {}) => ({
  id,
  title: id,
  description: 'd',
  areas,
  responsible,
  illustrative: true,
  ...extra,
});

function conference(year: number, fm: Record<string, unknown> = {}) {
  return {
    id: String(year),
    data: conferenceSchema.parse({ title: `Konference ${year}`, year, status: 'foreslået', place: 'Rådhuset', ...fm }),
  };
}

const c2009 = conference(2009, {
  status: 'afholdt',
  date: '2009-01-22',
  theme: 'Køn, Kultur og Ligestilling',
  participants: 'Over 300 deltagere',
  organiser: 'BIF',
  ideas: [idea('a', ['uddannelse', 'tryghed'], ['BUF']), idea('b', ['beskaeftigelse'], ['BIF', 'BUF'])],
});
const c2008 = conference(2008, { when: 'februar 2008', ideas: [idea('c', ['uddannelse'], ['SOF'])] });

describe('conferenceSchema', () => {
  it('requires date and theme of a held conference', () => {
    const r = conferenceSchema.safeParse({ title: 't', year: 2009, status: 'afholdt', place: 'x' });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('en afholdt konference skal have date og theme');
  });
  it('requires an idea without a source to be marked illustrative', () => {
    const r = conferenceSchema.safeParse({
      title: 't',
      year: 2009,
      status: 'foreslået',
      place: 'x',
      ideas: [idea('a', ['bolig'], ['TMF'], { illustrative: false })],
    });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('illustrative: true');
    const ok = conferenceSchema.safeParse({
      title: 't',
      year: 2009,
      status: 'foreslået',
      place: 'x',
      ideas: [idea('a', ['bolig'], ['TMF'], { illustrative: false, source: 'Idékatalog s. 4' })],
    });
    expect(ok.success).toBe(true);
  });
  it('refuses a committee where an administration is responsible, and duplicate idea ids', () => {
    expect(
      conferenceSchema.safeParse({ title: 't', year: 2009, status: 'foreslået', place: 'x', ideas: [idea('a', ['bolig'], ['TMU'])] })
        .success,
    ).toBe(false);
    const dup = conferenceSchema.safeParse({
      title: 't',
      year: 2009,
      status: 'foreslået',
      place: 'x',
      ideas: [idea('a', ['bolig'], ['TMF']), idea('a', ['bolig'], ['TMF'])],
    });
    // At the second idea's id, so the check quotes that id and not the whole list of ideas.
    expect(dup.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['ideas.1.id', 'idéen har samme id som idé nr. 1']]);
  });
});

describe('conference lists', () => {
  it('sorts newest first and links each idea to its catalogue anchor', () => {
    expect(sortConferences([c2008, c2009]).map((c) => c.data.year)).toEqual([2009, 2008]);
    expect(ideaItems([c2008, c2009]).map((i) => i.path)).toEqual([
      'konferencer/2009/idekatalog/#a',
      'konferencer/2009/idekatalog/#b',
      'konferencer/2008/idekatalog/#c',
    ]);
  });
  it('groups ideas by area in registry order', () => {
    expect(ideasByArea([c2008, c2009]).map((g) => [g.area, g.items.map((i) => i.idea.id)])).toEqual([
      ['beskaeftigelse', ['b']],
      ['tryghed', ['a']],
      ['uddannelse', ['a', 'c']],
    ]);
  });
  it('groups ideas by responsible administration', () => {
    expect(ideasByAdministration([c2008, c2009]).map((g) => [g.abbr, g.organisation.slug, g.items.map((i) => i.idea.id)])).toEqual([
      ['BUF', 'boerne-og-ungdom', ['a', 'b']],
      ['SOF', 'social', ['c']],
      ['BIF', 'beskaeftigelse-og-integration', ['b']],
    ]);
  });
  it('tags an idea with linked area and administration names', () => {
    expect(ideaTags(c2009.data.ideas[1]!)).toEqual({
      // The link says where it goes: the area's own page is »Beskæftigelse« on the same pages (WCAG 2.4.4).
      areas: [{ text: 'Idéer om beskæftigelse', path: 'konferencer/ideer/omraade/beskaeftigelse/' }],
      responsible: [
        {
          text: 'Beskæftigelses- og Integrationsforvaltningen (BIF)',
          path: 'konferencer/ideer/forvaltning/beskaeftigelse-og-integration/',
        },
        { text: 'Børne- og Ungdomsforvaltningen (BUF)', path: 'konferencer/ideer/forvaltning/boerne-og-ungdom/' },
      ],
    });
  });
});

describe('conference facts', () => {
  it('says a proposed conference is only documented as a proposal', () => {
    const f = conferenceFacts(c2008.data);
    expect(f.statusText).toBe('Foreslået; kun forslaget er dokumenteret');
    expect(f.date).toBeUndefined();
    expect(f.when).toBe('februar 2008');
  });
  it('prints a held conference in Danish', () => {
    const f = conferenceFacts(c2009.data);
    expect(f).toMatchObject({
      statusText: 'Afholdt',
      date: { iso: '2009-01-22', text: '22. januar 2009' },
      organiser: 'Beskæftigelses- og Integrationsforvaltningen (BIF)',
    });
    expect(hasIllustrative(c2009.data)).toBe(true);
  });
  it('links a letter to the conferences that cite it, newest first', () => {
    const withLetters = [
      conference(2008, { letters: ['x'] }),
      conference(2009, { status: 'afholdt', date: '2009-01-22', theme: 't', letters: ['x', 'y'] }),
    ];
    expect(conferencesCiting(withLetters, 'x')).toEqual([
      { text: 'Konference 2009', path: 'konferencer/2009/' },
      { text: 'Konference 2008', path: 'konferencer/2008/' },
    ]);
    expect(conferencesCiting(withLetters, 'z')).toEqual([]);
  });
  it('resolves cited letters and names the file and the unknown slug otherwise', () => {
    const data = conferenceSchema.parse({ title: 't', year: 2009, status: 'foreslået', place: 'x', letters: ['b', 'a'] });
    expect(conferenceSources(data, [{ id: 'a' }, { id: 'b' }], 'content/conferences/2009.mdx').map((l) => l.id)).toEqual(['b', 'a']);
    const bad = conferenceSchema.parse({ title: 't', year: 2009, status: 'foreslået', place: 'x', letters: ['nej'] });
    expect(() => conferenceSources(bad, [{ id: 'a' }], 'content/conferences/2009.mdx')).toThrow(
      'content/conferences/2009.mdx: ukendt brev i "letters" (fik "nej", forventede et filnavn fra content/letters uden .md)',
    );
  });
});

describe('a conference in one line', () => {
  it('gives the date, not the year the title already says, and the place', () => {
    const base = { title: 'Integrationskonference 2009', year: 2009, place: 'Rådhuset, København' };
    expect(conferenceWhenWhere({ ...base, date: new Date('2009-01-22T00:00:00Z') })).toBe('22. januar 2009, Rådhuset, København');
    expect(conferenceWhenWhere(base)).toBe('Rådhuset, København');
    expect(conferenceWhenWhere({ ...base, title: 'Integrationskonferencen' })).toBe('2009, Rådhuset, København');
  });
});
