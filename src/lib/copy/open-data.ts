/**
 * The words in the published data itself (datapackage.json, the Table Schemas, the data dictionary
 * and the dataset list on /data/). The /data/ page's own headings are in pages.ts (openDataCopy).
 */
import type { ColumnType } from '../data/csv-schema.ts';

export const OPEN_DATA_TEXT = {
  attribution: (publisher: string) => `Kilde: ${publisher}, Integrationsbarometeret`,
  /** What the licence covers, in every JSON file and datapackage.json: the compilation, not the sources' figures. */
  licenceScope:
    'CC BY 4.0 gælder Københavns Kommunes sammenstilling: udvalget af indikatorer, deres definitioner og metode, status, filernes opbygning og beskrivelser. ' +
    'Tallene selv kommer fra kilderne i kolonnen source og følger deres vilkår: nævn kilden, når du bruger tallene (se »Licens og kildeangivelse« på siden Åbne data).',
  /** breve.json's licence: the archive's facts are the site's own compilation, with no sources of figures. */
  lettersLicenceScope:
    'CC BY 4.0 gælder Københavns Kommunes sammenstilling af arkivets oplysninger om hvert dokument (dato, numre, afsender, modtagere, udvalg, emner og adresser) og filens opbygning. ' +
    'Dokumenterne selv står på deres sider på sitet; nævn kilden, når du bruger oplysningerne.',
  package: {
    title: (publisher: string) => `Integrationsbarometeret – ${publisher}`,
    description: 'Indikatorer og målinger for integrationspolitikkens seks indsatsområder',
    goalsDescription: ' og forvaltningernes mål og udgifter til integration pr. budgetår',
    keywords: ['integration', 'København', 'integrationsbarometer', 'indikatorer'],
    goalsKeywords: ['forvaltninger', 'mål', 'budget'],
    /** After the description when the package lists the files the site derives from the data folder. */
    downloadsDescription:
      'Pakken beskriver også filerne, sitet afleder af datafilerne – pr. indikator, udgave, forvaltning og statusrapport – med deres fulde adresse på sitet.',
    /** A JSON file's resource: the title of its CSV twin, marked. */
    jsonTitle: (title: string) => `${title} (JSON)`,
    jsonDescription: (file: string) => `Rækkerne i ${file} som JSON: under nøglen rows, typede, og et tomt felt er null.`,
    /** One source's line in the description: who published it and on what terms. */
    sourceTerms: (title: string, publisher: string, terms: string) => `${title}. Udgiver: ${publisher}. ${terms}`,
  },
  /** The data dictionary: a column's type in words, whether it is required, what it allows. */
  typeNames: {
    id: 'id (a–z, 0–9, bindestreg)',
    text: 'tekst',
    url: 'webadresse',
    number: 'tal',
    period: 'periode',
    year: 'år',
    enum: 'fast liste',
    boolean: 'ja/nej',
    indicator: 'indikator-id',
    date: 'dato',
    'expected-date': 'dato, måned eller år',
    letter: 'brev',
  } satisfies Record<ColumnType, string>,
  yes: 'Ja',
  no: 'Nej',
  allowed: {
    period: 'ÅÅÅÅ, ÅÅÅÅK1–ÅÅÅÅK4 eller ÅÅÅÅ-MM',
    year: 'ÅÅÅÅ',
    indicator: 'et id fra indicators.csv',
    date: 'ÅÅÅÅ-MM-DD',
    expectedDate: 'ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ',
    atLeast: (n: string) => `${n} eller mere`,
    url: 'https://… eller http://…',
    maxLength: (n: string) => `tekst, højst ${n} tegn`,
  },
  /** The unit-bound columns' description: "pct: 0 til 100; antal: mindst 0". */
  unitBounds: {
    range: (min: number, max: number) => `${min} til ${max}`,
    atLeast: (min: number) => `mindst ${min}`,
    text: (bounds: string) => `Grænser efter indikatorens enhed – ${bounds}.`,
  },
  /** A dataset's size, rows and CSV format: "UTF-8 med BOM, semikolon som skilletegn, decimalkomma". */
  bytes: (n: string) => `${n} byte`,
  kilobytes: (n: string) => `${n} kB`,
  rows: (n: string, count: number) => `${n} ${count === 1 ? 'række' : 'rækker'}`,
  format: (bom: boolean, semicolon: boolean, decimalComma: boolean) =>
    `UTF-8${bom ? ' med BOM' : ''}, ${semicolon ? 'semikolon' : 'komma'} som skilletegn, ${decimalComma ? 'decimalkomma' : 'decimalpunktum'}`,
} as const;
