/**
 * Content rules: one fixture per rule under test/fixtures/content/, each pinning the exact message
 * with file:line:column (the offending key, or the closing --- when a key is missing).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContentFile } from '../../scripts/lib/check/check-file.ts';
import { checkContentFiles, collectionOf, letterSlugs, listContentFiles } from '../../scripts/lib/check/check-dir.ts';
import { readIndicatorIds } from '../../src/loaders/barometer.ts';
import { formatError } from '../../src/lib/data/errors.ts';
import type { CollectionName } from '../../scripts/lib/check/collections.ts';
import { conferenceSchema } from '../../src/lib/content-schemas.ts';

const ctx = {
  indicatorIds: new Set(['beskaeftigelse-ikke-vestlige-ratio']),
  letterSlugs: new Set(['2009-04-02-opsamling-integrationskonference-2009']),
};
const F = 'test/fixtures/content';
const check = (name: string, collection: CollectionName = 'letters'): string[] =>
  checkContentFile(readFileSync(`${F}/${name}`, 'utf8'), `${F}/${name}`, collection, ctx).map(formatError);
const LINKS = 'en adresse, der begynder med https://, http://, mailto: eller tel:, eller en adresse på sitet som /breve/…';
const IMAGES = 'et billede på sitet med en adresse, der begynder med /, fx /bilag/kort.png (filen lægges i public/bilag/)';
const COMMITTEES = '"ØU", "BUU", "KFU", "SUU", "SOU", "TMU", "BIU", "ØKF", "BUF", "KFF", "SUF", "SOF", "TMF" eller "BIF"';

const cases: [string, CollectionName, string[]][] = [
  ['valid-letter.md', 'letters', []],
  [
    'missing-date.md',
    'letters',
    [`${F}/missing-date.md:4:1: feltet "date" mangler (forventede en dato som ÅÅÅÅ-MM-DD, fx date: 2009-04-02)`],
  ],
  [
    'missing-sagsnr.md',
    'letters',
    [`${F}/missing-sagsnr.md:4:1: feltet "sagsnr" er tomt (fik "", forventede et sagsnummer, fx sagsnr: "2009-9512")`],
  ],
  [
    'invalid-date.md',
    'letters',
    [
      `${F}/invalid-date.md:3:1: datoen i "date" kan ikke læses (fik "2. april 2009", forventede en dato som ÅÅÅÅ-MM-DD, fx 2009-04-02)`,
      `${F}/invalid-date.md:7:3: datoen i "receivedStamp.date" kan ikke læses (fik "2009-02-30", forventede en dato som ÅÅÅÅ-MM-DD, fx 2009-04-02)`,
    ],
  ],
  // The file name is the letter's address, `date` its place in the archive: the two must agree.
  [
    '2009-04-01-opsamling.md',
    'letters',
    [
      `${F}/2009-04-01-opsamling.md:3:1: brevets dato i "date" er ikke datoen i filnavnet (2009-04-01) (fik "2009-04-02", forventede 2009-04-01 som i filnavnet, eller filen omdøbt til 2009-04-02-opsamling.md)`,
    ],
  ],
  // One message, not a second "forkert type" from the schema for the same key.
  [
    'impossible-date.md',
    'letters',
    [`${F}/impossible-date.md:3:1: datoen i "date" kan ikke læses (fik "2009-13-02", forventede en dato som ÅÅÅÅ-MM-DD, fx 2009-04-02)`],
  ],
  // Shown as text, but not an address: an editor's slip (or worse) that journalists would copy.
  [
    'bad-contact.md',
    'letters',
    [
      `${F}/bad-contact.md:9:5: feltet "sender.contact.email": forventede en e-mailadresse som navn@kk.dk (fik "jakob.hougaard@bif.kk.dk" onmouseover="alert(1)")`,
      `${F}/bad-contact.md:10:24: feltet "sender.contact.web[2]": forventede en webadresse som www.kk.dk eller https://www.kk.dk/… (fik "javascript:alert(1)")`,
    ],
  ],
  // Nested groups refuse unknown fields too: they would be dropped without a word (and not shown).
  [
    'unknown-nested-field.md',
    'letters',
    [
      `${F}/unknown-nested-field.md:8:3: ukendt felt i "sender" – email skal stå under contact (fik "email", forventede et af felterne name, title, organisation, unit, contact)`,
      `${F}/unknown-nested-field.md:11:5: ukendt felt i "sender.contact" (fik "mobil", forventede et af felterne address, phone, directPhone, fax, email, web)`,
      `${F}/unknown-nested-field.md:14:5: ukendt felt i "recipients[1]" – mente du "name"? (fik "navn", forventede et af felterne name, title, organisation)`,
      `${F}/unknown-nested-field.md:18:3: ukendt felt i "receivedStamp" (fik "stempel", forventede et af felterne organisation, unit, date, jnr, routing)`,
    ],
  ],
  [
    'unknown-committee.md',
    'letters',
    [
      `${F}/unknown-committee.md:10:5: ukendt udvalg eller forvaltning i "recipients[2].organisation" (fik "BIUF", forventede ${COMMITTEES})`,
    ],
  ],
  [
    'unknown-area.md',
    'letters',
    [
      `${F}/unknown-area.md:5:25: ukendt indsatsområde i "areas[2]" (fik "arbejde", forventede "beskaeftigelse", "bolig", "tryghed", "uddannelse", "sundhed-og-omsorg" eller "kultur-og-fritid")`,
    ],
  ],
  [
    'unknown-indicator.md',
    'letters',
    [
      `${F}/unknown-indicator.md:7:5: ukendt indikator – mente du "beskaeftigelse-ikke-vestlige-ratio"? (fik "beskaeftigelse-ikke-vestlig-ratio", forventede et id fra data/indicators.csv)`,
    ],
  ],
  [
    'conference-unknown-letter.md',
    'conferences',
    [
      `${F}/conference-unknown-letter.md:3:1: filnavnet skal være konferencens år (fik "conference-unknown-letter (year: 2009)", forventede filnavnet 2009.md)`,
      `${F}/conference-unknown-letter.md:8:11: ukendt brev (fik "2009-04-02-opsamling", forventede navnet på en fil i content/letters uden .md)`,
      `${F}/conference-unknown-letter.md:14:24: ukendt udvalg eller forvaltning i "ideas[1].responsible[2]" (fik "BIFF", forventede "ØKF", "BUF", "KFF", "SUF", "SOF", "TMF" eller "BIF")`,
    ],
  ],
  [
    'no-front-matter.md',
    'letters',
    [
      `${F}/no-front-matter.md:1:1: filen mangler front matter (fik "# Et brev uden front matter", forventede en første linje med ---, derefter felterne og så --- igen)`,
    ],
  ],
  [
    'unclosed-front-matter.md',
    'letters',
    [`${F}/unclosed-front-matter.md:1:1: front matter slutter aldrig (forventede en linje med --- efter det sidste felt)`],
  ],
  [
    'yaml-syntax.md',
    'letters',
    [
      `${F}/yaml-syntax.md:4:1: front matter er ikke gyldig YAML: feltet "date" står to gange (første gang på linje 3) (fik "date: 2009-04-03", forventede feltet én gang: slet den ene linje, eller ret navnet)`,
    ],
  ],
  [
    'yaml-tag.md',
    'letters',
    [`${F}/yaml-tag.md:2:8: mærket !tekst er ikke tilladt i front matter (fik "!tekst", forventede almindelig tekst uden mærke)`],
  ],
  [
    'raw-script.md',
    'letters',
    [
      `${F}/raw-script.md:9:11: rå <script> er ikke tilladt i teksten (fik "<script src="x.js">", forventede almindelig Markdown; <script> fjernes med sit indhold)`,
    ],
  ],
  [
    'raw-iframe.md',
    'letters',
    [
      `${F}/raw-iframe.md:7:1: rå <iframe> er ikke tilladt i teksten (fik "<iframe src="https://example.org/video">", forventede almindelig Markdown; <iframe> fjernes med sit indhold)`,
    ],
  ],
  [
    'event-handler.md',
    'letters',
    [
      `${F}/event-handler.md:7:16: inline hændelseskode (onclick=) er ikke tilladt i teksten (fik "onclick="steal()"", forventede almindelig Markdown uden on…=)`,
      `${F}/event-handler.md:7:50: billedet ligger ikke på sitet (fik "src="x.png"", forventede ${IMAGES})`,
      `${F}/event-handler.md:7:69: inline hændelseskode (onerror=) er ikke tilladt i teksten (fik "onerror="x()"", forventede almindelig Markdown uden on…=)`,
    ],
  ],
  // What the editor wrote, not what YAML made of it: a list as a list, 1e12 as 1e12.
  [
    'date-as-list.md',
    'letters',
    [
      `${F}/date-as-list.md:3:1: datoen i "date" er en liste, ikke én dato (fik "[2008-01-01]", forventede én dato som ÅÅÅÅ-MM-DD uden [ ], fx date: 2009-04-02)`,
    ],
  ],
  [
    'date-as-number.md',
    'letters',
    [`${F}/date-as-number.md:3:1: datoen i "date" kan ikke læses (fik "1e12", forventede en dato som ÅÅÅÅ-MM-DD, fx 2009-04-02)`],
  ],
  // Front matter that is a list or one value: said as such, at its first line, not »feltet ""«.
  [
    'front-matter-list.md',
    'letters',
    [
      `${F}/front-matter-list.md:2:1: front matter skal være felter (navn: værdi), men er en liste (fik "- title: Et brev", forventede ét felt pr. linje, fx title: Brev om boliger (uden - foran))`,
    ],
  ],
  [
    'front-matter-scalar.md',
    'letters',
    [
      `${F}/front-matter-scalar.md:3:1: front matter skal være felter (navn: værdi), men er en tekst (fik "Et brev om boliger", forventede ét felt pr. linje, fx title: Brev om boliger (uden - foran))`,
    ],
  ],
  // A conference is named by its year; a date in another year would be shown under that name.
  [
    'conferences/2009.mdx',
    'conferences',
    [
      `${F}/conferences/2009.mdx:5:1: datoen i "date" ligger i 2011, men konferencen hedder 2009 ("year: 2009") (fik "2011-01-22", forventede en dato i 2009 (eller, hvis året er forkert: year og filnavnet rettet til 2011))`,
    ],
  ],
  // The named places /om/ puts its tables after, checked before the build: a missing one where it
  // belongs, a misspelt one with the name it was meant to be (told once); a name in code stays text.
  [
    'pages/om.md',
    'pages',
    [
      `${F}/pages/om.md:26:1: afsnittet {#status} mangler: siden sætter tabeller og lister ind efter det (forventede en overskrift, der ender med {#status}, eller en linje med kun {#status}, før {#efter-regeltabellen})`,
      `${F}/pages/om.md:28:13: ukendt afsnitsnavn – mente du {#tendens}? (fik "{#tendensen}", forventede et af navnene {#hovedindikator}, {#omfatter}, {#basisaar}, {#markeringer}, {#efter-markeringerne}, {#storbyer}, {#status}, {#efter-regeltabellen}, {#tendens})`,
    ],
  ],
  // Prose such as "JavaScript: …" on the next line is not a link and stays allowed.
  [
    'javascript-link.md',
    'letters',
    [`${F}/javascript-link.md:7:1: javascript:-links er ikke tilladt i teksten (fik "javascript:alert(1)", forventede ${LINKS})`],
  ],
];

describe('content rules', () => {
  it.each(cases)('%s', (name, collection, expected) => {
    expect(check(name, collection)).toEqual(expected);
  });

  it('names old Mac line endings (CR alone) instead of saying the front matter is missing', () => {
    const valid = readFileSync(`${F}/valid-letter.md`, 'utf8');
    const file = `${F}/cr-only.md`;
    const errors = checkContentFile(valid.replace(/\r?\n/g, '\r'), file, 'letters', ctx).map(formatError);
    expect(errors).toEqual([
      `${file}:1:4: filen har gammeldags Mac-linjeskift (kun CR), så den læses som én lang linje (forventede almindelige linjeskift (LF eller CRLF): gem filen igen i en teksteditor med Unix- eller Windows-linjeskift)`,
    ]);
    // CRLF (Windows) files stay valid.
    expect(checkContentFile(valid.replace(/\r?\n/g, '\r\n'), file, 'letters', ctx)).toEqual([]);
  });

  it('tells where a section name of a page must stand, and names one used twice', () => {
    const file = `${F}/pages/om.md`;
    const base = readFileSync(file, 'utf8').replace('## Sådan beregnes status', '## Sådan beregnes status {#status}');
    const fixed = base.replace('{#tendensen}', '{#tendens}');
    expect(checkContentFile(fixed, file, 'pages', ctx)).toEqual([]);
    const errors = checkContentFile(
      fixed.replace('## Markerede tal {#markeringer}', '# Markerede tal {#markeringer}') + '\nSe også {#omfatter}.\n',
      file,
      'pages',
      ctx,
    ).map(formatError);
    expect(errors).toEqual([
      `${file}:16:17: {#markeringer} bliver stående som tekst: et afsnit begynder kun ved en overskrift (## eller dybere), der ender med navnet, eller ved en linje med kun navnet (fik "{#markeringer}", forventede fx »## Overskrift {#markeringer}« eller {#markeringer} alene på sin egen linje med en tom linje før og efter)`,
      `${file}:18:1: afsnittet {#markeringer} mangler: siden sætter tabeller og lister ind efter det (forventede en overskrift, der ender med {#markeringer}, eller en linje med kun {#markeringer}, før {#efter-markeringerne})`,
      `${file}:32:9: {#omfatter} bliver stående som tekst: et afsnit begynder kun ved en overskrift (## eller dybere), der ender med navnet, eller ved en linje med kun navnet (fik "{#omfatter}", forventede fx »## Overskrift {#omfatter}« eller {#omfatter} alene på sin egen linje med en tom linje før og efter)`,
    ]);
    expect(checkContentFile(`${fixed}\n{#basisaar}\n`, file, 'pages', ctx).map(formatError)).toEqual([
      `${file}:32:1: afsnittet står to gange (første gang på linje 14); hvert navn må kun bruges én gang (fik "{#basisaar}", forventede navnet én gang)`,
    ]);
    // Names missing at one place are told together: a page without any gets one message.
    expect(checkContentFile('---\ntitle: Om\ndescription: Om sitet\n---\n\nTekst.\n', file, 'pages', ctx).map(formatError)).toEqual([
      `${file}:6:1: afsnittene {#hovedindikator}, {#omfatter}, {#basisaar}, {#markeringer}, {#efter-markeringerne}, {#storbyer}, {#status}, {#efter-regeltabellen}, {#tendens} mangler: siden sætter tabeller og lister ind efter dem (forventede for hvert navn en overskrift, der ender med navnet, eller en linje med kun navnet, i den rækkefølge til sidst)`,
    ]);
    // A page of plain prose has no named places to check.
    expect(checkContentFile(fixed, `${F}/pages/tilgaengelighed.md`, 'pages', ctx)).toEqual([]);
  });

  it('refuses a conference dated outside its year in the build\u2019s schema too', () => {
    const conference = { title: 'K', year: 2009, status: 'afholdt', date: '2011-01-22', place: 'R', theme: 'T' };
    const result = conferenceSchema.safeParse(conference);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['date', 'datoen ligger i 2011, men konferencen hedder 2009 (year); ret datoen, eller year og filnavnet'],
    ]);
    expect(conferenceSchema.safeParse({ ...conference, date: '2009-01-22' }).success).toBe(true);
  });

  it('refuses an area, indicator or administration listed twice, at the repeat', () => {
    const text = readFileSync(`${F}/valid-letter.md`, 'utf8').replace('areas: [beskaeftigelse]', 'areas: [bolig, tryghed, bolig]');
    const errors = checkContentFile(text, `${F}/dup.md`, 'letters', ctx).map(formatError);
    expect(errors).toEqual([`${F}/dup.md:10:25: feltet "areas[3]": "bolig" står to gange i listen (fik "bolig")`]);
  });

  it('names a field written twice, nested or in a list, and the line it first stood on', () => {
    const text = [
      '---',
      'title: Et brev',
      'date: 2009-04-02',
      'sagsnr: "2009-9512"',
      'sender:',
      '  name: A',
      '  name: B',
      'attachments:',
      '  - label: Bilag',
      '    file: bilag-1.pdf',
      '    label: Bilag 1',
      '"title": Et andet brev',
      '---',
      '',
      'Tekst.',
    ].join('\n');
    const expected = 'forventede feltet én gang: slet den ene linje, eller ret navnet';
    expect(checkContentFile(text, `${F}/dup.md`, 'letters', ctx).map(formatError)).toEqual([
      `${F}/dup.md:7:3: front matter er ikke gyldig YAML: feltet "sender.name" står to gange (første gang på linje 6) (fik "name: B", ${expected})`,
      `${F}/dup.md:11:5: front matter er ikke gyldig YAML: feltet "attachments[1].label" står to gange (første gang på linje 9) (fik "label: Bilag 1", ${expected})`,
      `${F}/dup.md:12:1: front matter er ikke gyldig YAML: feltet "title" står to gange (første gang på linje 2) (fik ""title": Et andet brev", ${expected})`,
    ]);
  });

  it('reports a misspelt field with the field it probably meant', () => {
    const [message] = check('unknown-key.md');
    expect(message).toMatch(
      /^test\/fixtures\/content\/unknown-key\.md:5:1: ukendt felt – mente du "sagsnr"\? \(fik "sagnr", forventede et af felterne title, .*sagsnr/,
    );
  });
});

describe('content folder', () => {
  it('finds the real letters and they pass every rule, with the real indicator ids', () => {
    const files = listContentFiles('content');
    expect(files.filter((f) => f.collection === 'letters').length).toBeGreaterThanOrEqual(5);
    const errors = checkContentFiles(files, { indicatorIds: readIndicatorIds('data'), letterSlugs: letterSlugs('content') });
    expect(errors.map(formatError)).toEqual([]);
  });

  it('maps a path to its collection only inside the content folder', () => {
    expect(collectionOf('content', 'content/letters/x.md')).toBe('letters');
    expect(collectionOf('content', 'content/conferences/2009.mdx')).toBe('conferences');
    expect(collectionOf('content', 'content/letters/x.txt')).toBeUndefined();
    expect(collectionOf('content', 'data/indicators.csv')).toBeUndefined();
    expect(collectionOf('content', 'content/other/x.md')).toBeUndefined();
  });

  it('reads every indicator id from indicators.csv', () => {
    expect(readIndicatorIds('data').has('beskaeftigelse-ikke-vestlige-ratio')).toBe(true);
    expect(readIndicatorIds('test/fixtures/data/missing-files').size).toBe(0);
  });
});
