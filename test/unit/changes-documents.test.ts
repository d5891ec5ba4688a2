/** The change summary's documents part, pure: what changed, where it appears, what a reviewer must see. */
import { describe, expect, it } from 'vitest';
import { docChanges, readDocs, type Doc } from '../../scripts/lib/changes/documents.ts';
import { docPlaces, ideaPlaces, siteIndex } from '../../scripts/lib/changes/document-pages.ts';
import { documentWarnings } from '../../scripts/lib/changes/warnings.ts';
import { placeList } from '../../scripts/lib/changes/wording.ts';
import type { Layout, Snapshot } from '../../scripts/lib/changes/snapshot.ts';
import { AREA_BOLIG, CONFERENCE_2009, LETTER_2009 } from '../helpers/changes-fixture.ts';

const layout: Layout = { top: '/repo', dataDir: 'data', contentDir: 'content' };
const docs = (files: Record<string, string>): Doc[] =>
  readDocs({ label: 'x', files: new Map(Object.entries(files)) } satisfies Snapshot, layout);

function letter(date: string, extra = ''): string {
  return `---\ntitle: Brev ${date}\ndate: ${date}\nsagsnr: "${date}-1"\nareas:\n  - bolig\n${extra}---\n\nTekst.\n`;
}

const BASE = {
  'content/letters/2009-04-02-opsamling.md': LETTER_2009,
  'content/conferences/2009.md': CONFERENCE_2009,
  'content/areas/bolig.md': AREA_BOLIG,
  'content/README.md': 'ikke et dokument i en samling',
};

describe('readDocs', () => {
  it('reads each collection file with its id and validated data; other files are not documents', () => {
    const d = docs({ ...BASE, 'content/letters/Store-Bogstaver.md': letter('2010-01-01') });
    expect(d.map((x) => [x.collection, x.id, x.data !== undefined])).toEqual([
      ['areas', 'bolig', true],
      ['conferences', '2009', true],
      ['letters', '2009-04-02-opsamling', true],
      ['letters', 'store-bogstaver', true],
    ]);
  });

  it('keeps a file whose front matter the schema refuses, without data', () => {
    const [d] = docs({ 'content/letters/x.md': '---\ntitle: Uden dato\n---\n' });
    expect(d?.data).toBeUndefined();
    expect(d?.raw).toEqual({ title: 'Uden dato' });
  });
});

describe('docChanges', () => {
  it('added, changed (fields and text), removed and renamed', () => {
    const after = {
      'content/letters/2009-04-02-opsamling-2009.md': LETTER_2009,
      'content/conferences/2009.md': CONFERENCE_2009.replace('theme: Køn, kultur og ligestilling', 'theme: Køn og kultur').replace(
        'Om konferencen.',
        'Om konferencen 2009.',
      ),
      'content/letters/2026-01-01-nyt.md': letter('2026-01-01'),
    };
    const c = docChanges(docs(BASE), docs(after));
    expect(c.map((x) => [x.kind, x.doc.path, x.before?.path])).toEqual([
      ['changed', 'content/conferences/2009.md', 'content/conferences/2009.md'],
      ['renamed', 'content/letters/2009-04-02-opsamling-2009.md', 'content/letters/2009-04-02-opsamling.md'],
      ['added', 'content/letters/2026-01-01-nyt.md', undefined],
      ['removed', 'content/areas/bolig.md', 'content/areas/bolig.md'],
    ]);
    expect(c[0]).toMatchObject({ fields: ['theme'], bodyChanged: true });
  });

  it('ideas added, changed and removed inside a conference, and an illustrative mark removed', () => {
    const after = CONFERENCE_2009.replace(
      '    illustrative: true',
      '    illustrative: false\n    source: Idékataloget 2009, side 4',
    ).replace(
      'ideas:\n',
      'ideas:\n  - id: lektiecafe\n    title: Lektiecafé\n    description: Hjælp til lektier.\n    areas: [uddannelse, kultur-og-fritid]\n    responsible: [KFF]\n    illustrative: true\n',
    );
    const [c] = docChanges(docs(BASE), docs({ ...BASE, 'content/conferences/2009.md': after }));
    expect(c?.fields).toEqual(['ideas']);
    expect(c?.ideas.map((i) => [i.kind, i.idea.id, i.fields, i.illustrativeRemoved])).toEqual([
      ['added', 'lektiecafe', [], false],
      ['changed', 'sprogcafe', ['illustrative', 'source'], true],
    ]);
    expect(documentWarnings([c!], '/')).toEqual([
      'Idéen »Sprogcafé for mødre« i `content/conferences/2009.md`: mærket som eksempeldata er fjernet; tjek kilden (Idékataloget 2009, side 4).',
    ]);
  });

  it("warns when a document's illustrative mark goes, when it is removed, and when its address moves", () => {
    const before = { ...BASE, 'content/letters/2010-01-01-eksempel.md': letter('2010-01-01', 'illustrative: true\n') };
    const after = {
      'content/letters/2009-04-02-opsamling-ny.md': LETTER_2009,
      'content/conferences/2009.md': CONFERENCE_2009,
      'content/letters/2010-01-01-eksempel.md': letter('2010-01-01'),
    };
    expect(documentWarnings(docChanges(docs(before), docs(after)), '/integrationsbarometer/')).toEqual([
      'Brevet »Brev 2010-01-01« (`content/letters/2010-01-01-eksempel.md`): mærket som eksempeldata er fjernet (`illustrative: true` er væk). Tjek, at indholdet er rigtigt.',
      'Brevet »Opsamling fra konferencen 2009« (`content/letters/2009-04-02-opsamling-ny.md`) er omdøbt fra `content/letters/2009-04-02-opsamling.md`: adressen skifter fra `/integrationsbarometer/breve/2009-04-02-opsamling/` til `/integrationsbarometer/breve/2009-04-02-opsamling-ny/`, og links til den gamle adresse holder op med at virke.',
      'Målet for indsatsområdet »Færre skal bo samlet i udsatte boligområder.« (`content/areas/bolig.md`) er fjernet: områdets side kan ikke bygges uden sit mål, så byggeriet stopper.',
    ]);
  });
});

describe('where a document appears', () => {
  const titles = new Map([['bolig-udsatte', 'Bor i udsatte boligområder']]);

  it('a letter: its page, the year and committee pages, area and indicator pages, conferences citing it', () => {
    const d = docs(BASE);
    const site = siteIndex(d, titles);
    const places = docPlaces(
      d.find((x) => x.collection === 'letters')!,
      site,
    );
    expect(placeList('/', places)).toBe(
      'brevets side `/breve/2009-04-02-opsamling/` · forsiden `/` · Breve fra 2009 `/breve/aar/2009/` · ' +
        'Beskæftigelses- og Integrationsudvalget (BIU/BIF) `/breve/udvalg/beskaeftigelse-og-integration/` · ' +
        'Beskæftigelses- og Integrationsudvalget (BIU/BIF), 2009 `/breve/udvalg/beskaeftigelse-og-integration/2009/` · ' +
        'Bolig `/omraader/bolig/` · Integrationskonference 2009 `/konferencer/2009/`',
    );
  });

  it('only the newest letters reach the front page and the area page', () => {
    const files: Record<string, string> = { ...BASE };
    for (let i = 1; i <= 11; i++)
      files[`content/letters/2020-01-${String(i).padStart(2, '0')}-brev.md`] = letter(`2020-01-${String(i).padStart(2, '0')}`);
    const d = docs(files);
    const places = docPlaces(
      d.find((x) => x.id === '2009-04-02-opsamling')!,
      siteIndex(d, titles),
    );
    expect(places.some((p) => p.path === '')).toBe(false);
    expect(places.find((p) => p.path === 'omraader/bolig/')?.note).toBe(
      'kun de 10 nyeste breve står på siden; brevet findes via søgningen',
    );
    const newest = docPlaces(
      d.find((x) => x.id === '2020-01-11-brev')!,
      siteIndex(d, titles),
    );
    expect(newest.filter((p) => p.path === '' || p.path === 'omraader/bolig/').map((p) => p.note)).toEqual([undefined, undefined]);
  });

  it('a conference, an idea and an area goal', () => {
    const d = docs(BASE);
    const site = siteIndex(d, titles);
    expect(
      placeList(
        '/',
        docPlaces(
          d.find((x) => x.collection === 'conferences')!,
          site,
        ),
      ),
    ).toBe(
      'konferencens side `/konferencer/2009/` · idékataloget `/konferencer/2009/idekatalog/` · Konferencer `/konferencer/` · forsiden `/` · ' +
        'brevet »Opsamling fra konferencen 2009« `/breve/2009-04-02-opsamling/`',
    );
    const idea = {
      id: 'sprogcafe',
      title: 'Sprogcafé',
      description: 'd',
      areas: ['uddannelse' as const],
      responsible: ['BUF'],
      illustrative: true,
    };
    expect(placeList('/', ideaPlaces(idea, 2009))).toBe(
      'idékataloget `/konferencer/2009/idekatalog/#sprogcafe` · Uddannelse `/omraader/uddannelse/` · Idéer om uddannelse `/konferencer/ideer/omraade/uddannelse/` · ' +
        'Idéer med Børne- og Ungdomsforvaltningen som ansvarlig `/konferencer/ideer/forvaltning/boerne-og-ungdom/` · alle idéer `/konferencer/ideer/`',
    );
    expect(
      placeList(
        '/sti/',
        docPlaces(
          d.find((x) => x.collection === 'areas')!,
          site,
        ),
      ),
    ).toBe('Bolig `/sti/omraader/bolig/`');
  });
});
