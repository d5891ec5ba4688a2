/** The whole summary from two in-memory sides (no git): every section as the reader gets it. */
import { describe, expect, it } from 'vitest';
import type { CheckOutcome } from '../../scripts/lib/changes/check-outcome.ts';
import { renderSummary } from '../../scripts/lib/changes/render-summary.ts';
import type { Layout, Snapshot } from '../../scripts/lib/changes/snapshot.ts';
import { summariseChanges } from '../../scripts/lib/changes/summary.ts';
import { BASE_FILES, CONFERENCE_2009, indicatorsWith, measurementsWith, type Rec } from '../helpers/changes-fixture.ts';

const layout: Layout = { top: '/repo', dataDir: 'data', contentDir: 'content' };
const side = (label: string, files: Rec): Snapshot => ({ label, files: new Map(Object.entries(files)) });
const PASSED: CheckOutcome = { status: 'passed' };
const NB = '\u00a0';

function render(after: Rec, check: CheckOutcome = PASSED, before: Rec = BASE_FILES): string {
  const s = summariseChanges({
    layout,
    base: side('`main` (1234567)', before),
    head: side('arbejdskopien', after),
    check,
    sitePathBase: '/integrationsbarometer/',
  });
  return renderSummary(s, { base: '/integrationsbarometer/', link: () => undefined, command: 'npm run changes -- main' });
}

describe('renderSummary', () => {
  it('nothing changed: says so and stops after the check', () => {
    const out = render(BASE_FILES);
    expect(out).toBe(
      [
        '## Hvad ændringen gør ved barometeret',
        '',
        'Sammenligner arbejdskopien med `main` (1234567). Ingen data- eller indholdsfiler er ændret.',
        '',
        '### ✅ Tjekket fandt ingen fejl',
        '',
        'Ændringen rører hverken tal eller dokumenter, så barometeret er det samme som før.',
        '',
        '<sub>Lavet med `npm run changes -- main`, som alle kan køre i en kopi af projektet.</sub>',
        '',
      ].join('\n'),
    );
  });

  it('a sub-indicator whose status moves gets its own reason; page addresses carry the base path', () => {
    const after = {
      ...BASE_FILES,
      'data/measurements.csv': measurementsWith((rows) => [
        ...rows,
        { indicator: 'tryghed-sub', period: '2024', value: '25,0', source: 'Testkilde A' },
      ]),
    };
    const out = render(after);
    expect(out).toContain('Ændringen flytter ikke tallene bag nogen områdes status eller tendens.');
    expect(out).toContain(
      `- Status: 🟢 grøn: På rette kurs → 🔴 rød: Tilbagegang. Tendens: Fremgang → Tilbagegang. Hvorfor: Fra basisåret 2014 (20,0${NB}pct.) til 2024 (25,0${NB}pct.) er der sket en forværring på 5,0${NB}procentpoint, mere end tolerancen på 0,5${NB}procentpoint. Tendens: +7,0${NB}procentpoint fra 2023 til 2024.`,
    );
    expect(out).toContain(
      '- Vises på: indikatorens side `/integrationsbarometer/indikatorer/tryghed-sub/` · Tryghed `/integrationsbarometer/omraader/tryghed/`',
    );
  });

  it('a new main indicator for an area: the area says which indicator it now follows', () => {
    const after = {
      ...BASE_FILES,
      'data/indicators.csv': indicatorsWith((rows) =>
        rows.map((r) => (r.id === 'tryghed' ? { ...r, main: 'nej' } : r.id === 'tryghed-sub' ? { ...r, main: 'ja' } : r)),
      ),
    };
    const out = render(after);
    expect(out).toContain('| Tryghed | 🟡 gul: Stilstand → 🟢 grøn: På rette kurs | Stilstand → Fremgang |');
    expect(out).toContain('- **Tryghed**: Hovedindikatoren er nu »Oplevet diskrimination« (før »Tryghed i nabolaget«). Hvorfor:');
    expect(out).toContain('- Ændret i `data/indicators.csv`: `main`: ja → nej');
  });

  it('the check crashed: says it is the check, not the files', () => {
    const out = render(BASE_FILES, { status: 'crashed', reason: 'EISDIR: illegal operation' });
    expect(out).toContain(
      '### ❌ Tjekket stoppede uventet\n\nEISDIR: illegal operation. Det er en fejl i selve tjekket, ikke nødvendigvis i filerne. Kontakt en udvikler.',
    );
  });

  it('data broken before the change: no status, and the reader learns which side is at fault', () => {
    const before = {
      ...BASE_FILES,
      'data/measurements.csv': measurementsWith((rows) => rows.map((r) => (r.indicator === 'udd' ? { ...r, value: 'x' } : r))),
    };
    expect(render(BASE_FILES, PASSED, before)).toContain(
      'Status og tendens før ændringen kan ikke beregnes, fordi data på `main` (1234567) har fejl; kør `npm run check` dér.',
    );
  });

  it('documents: a changed conference with a new idea, where each appears, and the idea list', () => {
    const conference = CONFERENCE_2009.replace(
      'ideas:\n',
      'ideas:\n  - id: lektiecafe\n    title: Lektiecafé\n    description: Hjælp til lektier.\n    areas: [kultur-og-fritid]\n    responsible: [KFF]\n    illustrative: true\n',
    );
    const out = render({ ...BASE_FILES, 'content/conferences/2009.md': conference });
    expect(out).toContain('- **Ændret konference**: »Integrationskonference 2009« (`content/conferences/2009.md`): feltet `ideas` ændret');
    expect(out).toContain(
      '  - Ny idé: »Lektiecafé« – vises på: idékataloget `/integrationsbarometer/konferencer/2009/idekatalog/#lektiecafe` · Kultur og fritid `/integrationsbarometer/omraader/kultur-og-fritid/` · ' +
        'Idéer om kultur og fritid `/integrationsbarometer/konferencer/ideer/omraade/kultur-og-fritid/` · Idéer med Kultur- og Fritidsforvaltningen som ansvarlig `/integrationsbarometer/konferencer/ideer/forvaltning/kultur-og-fritid/` · alle idéer `/integrationsbarometer/konferencer/ideer/`',
    );
    expect(out).toContain('  - Vises på: konferencens side `/integrationsbarometer/konferencer/2009/`');
  });

  it('a removed letter says where it stood, and a file the schema refuses says its pages are unknown', () => {
    const after: Rec = { ...BASE_FILES, 'content/letters/2026-01-01-uden-dato.md': '---\ntitle: Uden dato\nsagsnr: "1"\n---\n' };
    delete after['content/letters/2009-04-02-opsamling.md'];
    const out = render(after);
    expect(out).toContain('- **Fjernet brev**: »Opsamling fra konferencen 2009« (`content/letters/2009-04-02-opsamling.md`)');
    expect(out).toContain('  - Stod på: brevets side `/integrationsbarometer/breve/2009-04-02-opsamling/`');
    expect(out).toContain(
      '- **Nyt brev**: »Uden dato« (`content/letters/2026-01-01-uden-dato.md`)\n  - Dokumentets oplysninger kan ikke læses (se fejlene ovenfor), så det vides ikke, hvor det vises.',
    );
    expect(out).toContain(
      '- Brevet »Opsamling fra konferencen 2009« (`content/letters/2009-04-02-opsamling.md`) er fjernet: siden `/integrationsbarometer/breve/2009-04-02-opsamling/` forsvinder, og links til den holder op med at virke.',
    );
  });

  it('long value lists are cut with a count', () => {
    const extra = Array.from({ length: 15 }, (_, i) => ({
      indicator: 'besk',
      period: String(1990 + i),
      value: '70,0',
      source: 'Testkilde A',
    }));
    const out = render({ ...BASE_FILES, 'data/measurements.csv': measurementsWith((rows) => [...rows, ...extra]) });
    expect(out).toMatch(/- Tilføjet: 1990: 70,0\u00a0pct\.; .*2001: 70,0\u00a0pct\. og 3 til\n/);
  });
});
