/**
 * The change summary where the check cannot read the data, and around ids: a file it cannot read is
 * not compared (the summary names the file and line instead), a row it cannot place is left out
 * with the row it replaces, a value it rejects is listed apart as written, a value under an unknown
 * id is never a new indicator, an id rename is a move of the page, a main indicator's new title
 * gets a sentence, and a main indicator's newest value removed is for the reviewer.
 */
import { describe, expect, it } from 'vitest';
import type { CheckOutcome } from '../../scripts/lib/changes/check-outcome.ts';
import { renderSummary } from '../../scripts/lib/changes/render-summary.ts';
import type { Layout, Snapshot } from '../../scripts/lib/changes/snapshot.ts';
import { summariseChanges } from '../../scripts/lib/changes/summary.ts';
import { GOALS_TABLE } from '../../src/lib/data/csv-schema.ts';
import { BASE_FILES, csv, indicatorsWith, measurementsWith, type Rec } from '../helpers/changes-fixture.ts';

const layout: Layout = { top: '/repo', dataDir: 'data', contentDir: 'content' };
const MEA = 'data/measurements.csv';
const IND = 'data/indicators.csv';
/** The errors themselves are the check's (a child process); here only the summary's own reading counts. */
const FAILED: CheckOutcome = { status: 'failed', errors: [] };
const NB = '\u00a0';

function render(after: Rec, before: Rec = BASE_FILES, raw?: Map<string, Uint8Array>): string {
  const side = (label: string, files: Rec, bytes?: Map<string, Uint8Array>): Snapshot => ({
    label,
    files: new Map(Object.entries(files)),
    ...(bytes ? { raw: bytes } : {}),
  });
  const s = summariseChanges({
    layout,
    base: side('`main` (1234567)', before),
    head: side('arbejdskopien', after, raw),
    check: FAILED,
    sitePathBase: '/integrationsbarometer/',
  });
  return renderSummary(s, { base: '/integrationsbarometer/', link: () => undefined, command: 'npm run changes -- main' });
}

const text = (files: Rec, path: string): string => files[path] ?? '';
/** The 1-based line of the first line containing `part`. */
const lineOf = (csvText: string, part: string): number => csvText.split('\n').findIndex((l) => l.includes(part)) + 1;
const section = (out: string, from: string, to: string): string => out.slice(out.indexOf(from), out.indexOf(to, out.indexOf(from)));

describe('a data file the check cannot read at all', () => {
  it('an unclosed quote: the file is not compared, and the summary names the file and the line', () => {
    // A real source change elsewhere in the same file must not show either: the file as a whole is unreadable.
    const mea = measurementsWith((rows) => rows.map((r) => (r.indicator === 'sundhed' ? { ...r, source: 'Sundhedsprofilen' } : r))).replace(
      'besk;2022;;72,0;Testkilde A',
      'besk;2022;;72,0;"Testkilde A',
    );
    const out = render({ ...BASE_FILES, [MEA]: mea });
    expect(out).toContain(
      'Tjekket kan ikke læse `data/measurements.csv` (fejlen i linje 3 ovenfor), så tallene i filen kan ikke sammenlignes, før den er rettet.',
    );
    for (const misread of ['- Fjernet', '- Tilføjet', '- Rettet', 'Kilde ændret', 'kilden til', 'Note ændret', '### ⚠️'])
      expect(out).not.toContain(misread);
    expect(out).toContain('Status og tendens efter ændringen kan ikke beregnes, før fejlene i data er rettet.');
  });

  it('saved as Windows-1252: no cell is compared (the bytes as saved, or the text with »�« in their place)', () => {
    const withSource = (r: Rec) => (r.indicator === 'sundhed' ? { ...r, source: 'Sundhedsprofilen (udtræk)' } : r);
    const good = measurementsWith((rows) => rows.map(withSource));
    const before = { ...BASE_FILES, [MEA]: good };
    const bytes = Buffer.from(good.replace(/^\uFEFF/, ''), 'latin1');
    const line = lineOf(good, 'udtræk');
    const expected = `Tjekket kan ikke læse \`data/measurements.csv\` (fejlen i linje ${line} ovenfor), så tallene i filen kan ikke sammenlignes, før den er rettet.`;
    for (const out of [
      render({ ...BASE_FILES, [MEA]: bytes.toString('utf8') }, before, new Map([[MEA, bytes]])),
      render({ ...BASE_FILES, [MEA]: bytes.toString('utf8') }, before),
    ]) {
      expect(out).toContain(expected);
      expect(out).not.toContain('Kilde ændret');
      expect(out).not.toContain('kilden til');
    }
  });

  it('a file the base cannot read: says which side, with the reason, since the check only ran on the change', () => {
    const broken = text(BASE_FILES, MEA).replace('besk;2022;;72,0;Testkilde A', 'besk;2022;;72,0;"Testkilde A');
    const after = {
      ...BASE_FILES,
      [MEA]: measurementsWith((rows) => rows.map((r) => (r.indicator === 'besk' ? { ...r, value: '71,0' } : r))),
    };
    const out = render(after, { ...BASE_FILES, [MEA]: broken });
    expect(out).toContain(
      'På `main` (1234567) kan tjekket ikke læse `data/measurements.csv` (linje 3: et citationstegn (") er ikke lukket i rækken), så tallene i filen kan ikke sammenlignes; kør `npm run check` dér.',
    );
    expect(out).not.toContain('- Rettet');
  });

  it('indicators.csv unreadable: its fields are not compared, the values still are, under their old names', () => {
    const ind = text(BASE_FILES, IND).replace(';Foreningsliv;', ';"Foreningsliv;');
    const mea = measurementsWith((rows) => rows.map((r) => (r.indicator === 'besk' && r.period === '2023' ? { ...r, value: '73,5' } : r)));
    const out = render({ ...BASE_FILES, [IND]: ind, [MEA]: mea });
    expect(out).toContain(
      `Tjekket kan ikke læse \`data/indicators.csv\` (fejlen i linje ${lineOf(ind, '"Foreningsliv')} ovenfor), så indikatorernes felter i filen kan ikke sammenlignes, før den er rettet.`,
    );
    expect(out).toContain(`#### »Beskæftigelse i alt« (\`besk\`) – Beskæftigelse\n\n- Rettet: 2023: 73,0${NB}pct. → 73,5${NB}pct.`);
    expect(out).not.toContain('Ny indikator');
    expect(out).not.toContain('er fjernet');
  });

  it('goals.csv unreadable: said under its heading, and no page warnings from misread rows', () => {
    const goal = (id: string, administration: string): Rec => ({
      id,
      administration,
      budget_year: '2008',
      kind: 'aktivitetsmål',
      title: `Mål ${id}`,
      description: 'D.',
      area: 'uddannelse',
      status: 'ikke vurderet',
      source_document: '2009-9512',
      illustrative: 'ja',
    });
    const goals = csv(GOALS_TABLE, [goal('buf-a', 'BUF'), goal('buf-b', 'BUF')]);
    const broken = goals.replace(';Mål buf-a;', ';"Mål buf-a;');
    const out = render({ ...BASE_FILES, 'data/goals.csv': broken }, { ...BASE_FILES, 'data/goals.csv': goals });
    expect(out).toContain(
      '### Forvaltningernes mål (`data/goals.csv`)\n\nTjekket kan ikke læse `data/goals.csv` (fejlen i linje 2 ovenfor), så rækkerne i filen kan ikke sammenlignes, før den er rettet.',
    );
    expect(out).not.toContain('er fjernet');
    expect(out).not.toContain('- Fjernet');
  });
});

describe('rows the check cannot place', () => {
  it('a cell too many: the row and the row it replaces are left out, not shown as a deletion and an addition', () => {
    const mea = text(BASE_FILES, MEA).replace('bolig-udsatte;2022;', 'bolig-udsatte;;2022;');
    const out = render({ ...BASE_FILES, [MEA]: mea });
    expect(out).toContain(
      '#### »Bor i udsatte boligområder« (`bolig-udsatte`) – Bolig\n\n- Linje 6 har en fejl (se ovenfor), så værdien for 2022 er ikke sammenlignet.',
    );
    expect(out).not.toContain('- Fjernet');
    expect(out).not.toContain('- Tilføjet');
  });

  it('a key cell the check rejects (a mistyped period): the same', () => {
    const mea = text(BASE_FILES, MEA).replace('bolig-udsatte;2022;', 'bolig-udsatte;2O22;');
    const out = render({ ...BASE_FILES, [MEA]: mea });
    expect(out).toContain('- Linje 6 har en fejl (se ovenfor), så værdien for 2022 er ikke sammenlignet.');
    expect(out).not.toContain('- Fjernet');
    expect(out).not.toContain('- Tilføjet');
  });

  it('a new row it cannot read replaces nothing: a real removal in the same change stays a removal', () => {
    const mea = `${measurementsWith((rows) => rows.filter((r) => !(r.indicator === 'kultur' && r.period === '2014')))}kultur;2024;;46,0;Testkilde A;;;;;ekstra\n`;
    const out = render({ ...BASE_FILES, [MEA]: mea });
    expect(out).toContain(`- Linje ${lineOf(mea, 'ekstra')} har en fejl (se ovenfor) og er ikke med i sammenligningen.`);
    expect(out).toContain(`- Fjernet: 2014: 40,0${NB}pct.`);
  });
});

describe('values the check rejects', () => {
  it('are listed apart, exactly as written, never as revisions, and never computed with', () => {
    const mea = measurementsWith((rows) =>
      rows.map((r) => {
        if (r.indicator === 'besk' && r.period === '2022') return { ...r, value: '72 pct' };
        // 79.5 would be 6,5 above 73,0: far beyond the tolerance, were it read as a number.
        if (r.indicator === 'besk' && r.period === '2023') return { ...r, value: '79.5' };
        return r;
      }),
    );
    const out = render({ ...BASE_FILES, [MEA]: mea });
    expect(out).toContain(`- Ugyldige værdier – se fejlene ovenfor: 2022: 72 pct (før 72,0${NB}pct.); 2023: 79.5 (før 73,0${NB}pct.)`);
    expect(out).not.toContain('- Rettet');
    expect(out).not.toContain('tolerance');
  });

  it('a new row with a rejected value, and a rejected flag, are marked', () => {
    const mea = measurementsWith((rows) => [
      ...rows.map((r) => (r.indicator === 'besk' && r.period === '2023' ? { ...r, flag: 'forelobig' } : r)),
      { indicator: 'tryghed', period: '2024', value: '84,0 %', source: 'Testkilde A' },
    ]);
    const out = render({ ...BASE_FILES, [MEA]: mea });
    expect(out).toContain('- Ugyldig værdi – se fejlen ovenfor: 2024: 84,0 % (ny række)');
    expect(out).toContain('- Markering (`flag`) ændret: 2023: – → forelobig (ugyldig værdi – se fejlen ovenfor)');
    expect(out).not.toContain('- Tilføjet');
  });
});

describe('ids', () => {
  it('a value moved to an id no version of indicators.csv has: said in the real indicator, no section for the id', () => {
    const mea = measurementsWith((rows) =>
      rows.map((r) => (r.indicator === 'kultur' && r.period === '2023' ? { ...r, indicator: 'kultr' } : r)),
    );
    const out = render({ ...BASE_FILES, [MEA]: mea });
    expect(out).toContain(
      '#### »Foreningsliv« (`kultur`) – Kultur og fritid\n\n- Værdien for 2023 er flyttet til et ukendt id `kultr` (linje 15; se fejlen ovenfor).',
    );
    for (const wrong of ['`kultr`)', '#### `kultr`', 'Ny indikator', 'er fjernet', '- Fjernet', '/indikatorer/kultr/'])
      expect(out).not.toContain(wrong);
  });

  it('a new row under an unknown id belongs to no indicator: named by its line and id', () => {
    const mea = measurementsWith((rows) => [...rows, { indicator: 'ny-id', period: '2023', value: '1,0', source: 'Testkilde A' }]);
    const out = render({ ...BASE_FILES, [MEA]: mea });
    expect(out).toContain(
      `### Indikatorer\n\n- Linje ${lineOf(mea, 'ny-id')} i \`data/measurements.csv\` har en værdi for et ukendt id \`ny-id\` (se fejlen ovenfor), så den er ikke med i sammenligningen.`,
    );
    expect(out).not.toContain('Ny indikator');
    expect(out).not.toContain('#### `ny-id`');
  });

  const renamed = (rows: Rec[], id: string) =>
    rows.map((r) => (r.id === 'kultur' ? { ...r, id } : r.indicator === 'kultur' ? { ...r, indicator: id } : r));

  it('an id renamed in both files: one move of the page for the reviewer, not every value removed and added again', () => {
    const out = render({
      ...BASE_FILES,
      [IND]: indicatorsWith((rows) => renamed(rows, 'kultur-og-foreninger')),
      [MEA]: measurementsWith((rows) => renamed(rows, 'kultur-og-foreninger')),
    });
    expect(section(out, '### ⚠️', '### Indsatsområder')).toContain(
      '- »Foreningsliv« (`kultur-og-foreninger`) har fået nyt id (før `kultur`): adressen skifter fra `/integrationsbarometer/indikatorer/kultur/` til `/integrationsbarometer/indikatorer/kultur-og-foreninger/`, og links til den gamle adresse holder op med at virke.',
    );
    expect(out).toContain(
      '#### »Foreningsliv« (`kultur-og-foreninger`) – Kultur og fritid\n\n- Nyt id: `kultur` → `kultur-og-foreninger`, så siden flytter fra `/integrationsbarometer/indikatorer/kultur/` til `/integrationsbarometer/indikatorer/kultur-og-foreninger/`.',
    );
    for (const wrong of ['- Tilføjet', '- Fjernet', 'Ny indikator', 'forsvinder fra sitet', '- **Kultur og fritid**'])
      expect(out).not.toContain(wrong);
    expect(out).toContain('| Kultur og fritid | 🟢 grøn: På rette kurs (uændret) | Fremgang (uændret) |');
  });

  it('a rename is found by its values when the title changes too, and by its title when a value changes too', () => {
    const byValues = render({
      ...BASE_FILES,
      [IND]: indicatorsWith((rows) =>
        renamed(rows, 'foreninger').map((r) => (r.id === 'foreninger' ? { ...r, title: 'Foreningslivet' } : r)),
      ),
      [MEA]: measurementsWith((rows) => renamed(rows, 'foreninger')),
    });
    expect(byValues).toContain('- Nyt id: `kultur` → `foreninger`');
    expect(byValues).toContain('- Ændret i `data/indicators.csv`: `title`: Foreningsliv → Foreningslivet');
    const byTitle = render({
      ...BASE_FILES,
      [IND]: indicatorsWith((rows) => renamed(rows, 'foreninger')),
      [MEA]: measurementsWith((rows) =>
        renamed(rows, 'foreninger').map((r) => (r.period === '2023' && r.indicator === 'foreninger' ? { ...r, value: '45,3' } : r)),
      ),
    });
    expect(byTitle).toContain('- Nyt id: `kultur` → `foreninger`');
    expect(byTitle).toContain(`- Rettet: 2023: 45,0${NB}pct. → 45,3${NB}pct.`);
    expect(byTitle).not.toContain('- Fjernet');
  });

  it("a main indicator's new title: a sentence, not an empty line, when status and trend stay", () => {
    const out = render({
      ...BASE_FILES,
      [IND]: indicatorsWith((rows) => rows.map((r) => (r.id === 'kultur' ? { ...r, title: 'Foreningslivet' } : r))),
    });
    expect(out).toContain(
      '- **Kultur og fritid**: Hovedindikatoren hedder nu »Foreningslivet« (før »Foreningsliv«); status og tendens er uændrede.',
    );
    expect(out).not.toMatch(/^- \*\*[^*]+\*\*: *$/m);
  });
});

describe("a main indicator's newest value removed", () => {
  const warnings = (out: string) => (out.includes('### ⚠️') ? section(out, '### ⚠️', '### Indsatsområder') : '');

  it('is for the reviewer: the area status now rests on an older period', () => {
    const out = render({
      ...BASE_FILES,
      [MEA]: measurementsWith((rows) => rows.filter((r) => !(r.indicator === 'udd' && r.period === '2023'))),
    });
    expect(warnings(out)).toContain(
      `- »Ungdomsuddannelse« (\`udd\`): den nyeste værdi (2023: 65,0${NB}pct.) er fjernet, så status for Uddannelse bygger nu på 2014 i stedet for 2023.`,
    );
  });

  it('not when a newer value takes its place, nor for an indicator that is not its area’s main one', () => {
    const replaced = measurementsWith((rows) => [
      ...rows.filter((r) => !(r.indicator === 'udd' && r.period === '2023')),
      { indicator: 'udd', period: '2024', value: '66,0', source: 'Testkilde A' },
    ]);
    expect(warnings(render({ ...BASE_FILES, [MEA]: replaced }))).not.toContain('den nyeste værdi');
    const sub = measurementsWith((rows) =>
      rows.filter((r) => !(r.indicator === 'tryghed-sub' && r.period === '2023' && r.breakdown === '')),
    );
    expect(warnings(render({ ...BASE_FILES, [MEA]: sub }))).not.toContain('den nyeste værdi');
  });
});
