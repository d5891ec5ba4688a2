/**
 * The importer's reading of a letter on small made-up letters: case numbers in the letterhead only
 * and none dropped, a date in capitals, headers and footers repeated on each page, heading levels,
 * Danish date forms, the sender in a footer, earlier drafts as evidence, and PDF line spacing.
 */
import { describe, expect, it } from 'vitest';
import { draftMarkdown } from '../../scripts/lib/import/draft.ts';
import { findSameLetter } from '../../scripts/lib/import/draft-check.ts';
import { parseCaseLabels } from '../../scripts/lib/import/case-numbers.ts';
import { parseDate } from '../../scripts/lib/import/dates.ts';
import { findLetterDate } from '../../scripts/lib/import/header.ts';
import { readKnownSenders } from '../../scripts/lib/import/known-senders.ts';
import { toLines } from '../../scripts/lib/import/lines.ts';
import { findPageFurniture } from '../../scripts/lib/import/page-furniture.ts';
import { parseLetter } from '../../scripts/lib/import/parse-letter.ts';
import { documentText, pageText } from '../../src/lib/attachments/pdf-layout.ts';

const options = { known: new Map(), sourceName: 'brev.txt', sourceKind: 'tekst' };

/** A letter in the house style, with its parts replaceable. */
function letter(parts: { head?: string; numbers?: string; body?: string; foot?: string } = {}): string {
  return [
    parts.head ?? 'Socialudvalget\nSundheds- og Omsorgsudvalget\n\nDato: 03-12-2026',
    parts.numbers ?? 'Sagsnr.: 2026-0012345\n\nDok.nr.: 2026-0098765',
    'Status for integrationsbarometret 2026',
    parts.body ?? 'Forvaltningen fremsender hermed status for integrationsbarometret for 2026.',
    'Venlig hilsen\n\nAnne Jensen\nKontorchef',
    parts.foot ?? '',
  ].join('\n\n');
}

describe('case numbers', () => {
  it.each([
    ['Sagsnr.: 2026-0012345, 2026-0054321'],
    ['Sagsnr.: 2026-0012345 og 2026-0054321'],
    ['Sagsnr.: 2026-0012345 / 2026-0054321'],
    ['Sagsnr.: 2026-0012345\n\nSagsnr.: 2026-0054321'],
  ])('keeps a second number as a »# tjek:« beside the field (%s)', (numbers) => {
    const parsed = parseLetter(letter({ numbers }), options);
    expect(parsed.data.sagsnr).toBe('2026-0012345');
    const review = parsed.reviews.find((r) => r.path.join('.') === 'sagsnr');
    expect(review?.message).toMatch(/^brevet nævner også sagsnr\. 2026-0054321 \(linje \d+\)/);
    expect(draftMarkdown(parsed.data, parsed.body, parsed.reviews)).toMatch(
      /^sagsnr: "2026-0012345" # tjek: brevet nævner også sagsnr\. 2026-0054321/m,
    );
  });

  it('reads several numbers under one label, and a repeated number once', () => {
    expect(parseCaseLabels('Sagsnr.: 1, 2 og 3 Dok.nr.: 4')).toEqual([
      { field: 'sagsnr', value: '1' },
      { field: 'sagsnr', value: '2' },
      { field: 'sagsnr', value: '3' },
      { field: 'doknr', value: '4' },
    ]);
    const parsed = parseLetter(letter({ numbers: 'Sagsnr.: 2026-1\n\nSagsnr.: 2026-1' }), options);
    expect(parsed.reviews.some((r) => r.path[0] === 'sagsnr')).toBe(false);
  });

  it('leaves a number quoted in the text in the text, and out of front matter', () => {
    const body =
      'Forvaltningen fremsender hermed status for integrationsbarometret for 2026.\n\n' +
      'Sagsnr. 2025-0001111 om tryghed er afsluttet, og tallene viser fremgang på beskæftigelsesområdet.\n\nJ.nr. 2020-5 nævnes her.';
    const parsed = parseLetter(letter({ body }), options);
    expect(parsed.data.sagsnr).toBe('2026-0012345');
    expect(parsed.data.jnr).toBeUndefined();
    expect(parsed.body).toContain('Sagsnr. 2025-0001111 om tryghed er afsluttet');
    expect(parsed.body).toContain('J.nr. 2020-5 nævnes her.');
  });
});

describe('a date in capitals', () => {
  it("is the letter's date under the recipient, not a receiving stamp", () => {
    const parsed = parseLetter(letter({ head: 'Socialudvalget\n\n3. DEC. 2026', numbers: 'Sagsnr.: 2026-0012345' }), options);
    expect(parsed.data.date).toBe('2026-12-03');
    expect(parsed.data.recipients).toEqual([{ organisation: 'SOU' }]);
    expect(parsed.data.receivedStamp).toBeUndefined();
    expect(parsed.data.notes).not.toContain('Modtagelsesstemplet og dets fordelingsskema vises i metadata.');
  });

  it('is a stamp to be checked under a forvaltning when the letter has a date of its own', () => {
    const head = 'Socialudvalget\n\nSocialforvaltningen\n3. DEC. 2026\n\nDato: 01-12-2026';
    const parsed = parseLetter(letter({ head }), options);
    expect(parsed.data.date).toBe('2026-12-01');
    expect(parsed.data.receivedStamp).toMatchObject({ organisation: 'SOF', date: '2026-12-03' });
    expect(parsed.reviews.find((r) => r.path.join('.') === 'receivedStamp')?.message).toMatch(/læst som modtagelsesstempel/);
    expect(parsed.data.notes).toContain('Modtagelsesstemplet vises i metadata.');
  });

  it('is a stamp without doubt with its j.nr. below it', () => {
    const head = 'Socialudvalget\n\nSocialforvaltningen\n3. DEC. 2026\n\nJ.nr.: 2026-1\n\nDato: 01-12-2026';
    const parsed = parseLetter(letter({ head }), options);
    expect(parsed.data.receivedStamp).toMatchObject({ organisation: 'SOF', date: '2026-12-03', jnr: '2026-1' });
    expect(parsed.reviews.some((r) => r.path[0] === 'receivedStamp')).toBe(false);
  });
});

describe('headers, footers and page numbers', () => {
  const text = [
    'Københavns Kommune\nBeskæftigelses- og Integrationsforvaltningen\n\nSocialudvalget\n\nDato: 03-12-2026\n\nSagsnr.: 2026-0012345',
    'Status for integrationsbarometret 2026',
    'Tallene viser fremgang på beskæftigelsesområdet, mens tryghed står stille. Forvaltningen vil i løbet af',
    'Side 1 af 2',
    'Københavns Kommune\nBeskæftigelses- og Integrationsforvaltningen\n\nSagsnr.: 2026-0012345',
    'foråret fremlægge en plan for tryghedsområdet.',
    'Venlig hilsen\n\nAnne Jensen\nKontorchef',
    'Side 2 af 2',
  ].join('\n\n');

  it('are left out of a text export, the split paragraph joined again, and the report says what went', () => {
    const parsed = parseLetter(text, options);
    expect(parsed.body).toBe(
      'Tallene viser fremgang på beskæftigelsesområdet, mens tryghed står stille. Forvaltningen vil i løbet af foråret fremlægge en plan for tryghedsområdet.\n\nVenlig hilsen\n\nAnne Jensen\\\nKontorchef\n',
    );
    const review = parsed.reviews.find((r) => r.message.startsWith('sidehoveder'));
    expect(review?.message).toContain('»Side 1 af 2« (linje 14, 28)');
    expect(review?.message).toContain('»Sagsnr.: 2026-0012345« (linje 19)');
    // The first page's copy is the letterhead, read as such (I19: the municipality above it too).
    expect(parsed.data.sender).toMatchObject({ organisation: 'BIF' });
    expect(parsed.unused).toEqual([]);
  });

  it('are found between the pages of a PDF (form feeds), a footer with the page number too', () => {
    const pdf = [
      'Københavns Kommune – Beskæftigelses- og Integrationsforvaltningen\n\nSocialudvalget\n\nDato: 03-12-2026\n\nSagsnr.: 2026-1\n\nStatus\n\nForvaltningen har i året arbejdet videre med indsatserne på alle seks områder, og resultaterne følges\n\nBernstorffsgade 17 · 1592 København V. · Side 1 af 2',
      'Københavns Kommune – Beskæftigelses- og Integrationsforvaltningen\n\ntæt af udvalget.\n\nVenlig hilsen\n\nAnne Jensen\n\nBernstorffsgade 17 · 1592 København V. · Side 2 af 2',
    ].join('\f');
    const furniture = findPageFurniture(toLines(pdf));
    expect(furniture.removed.map((r) => r.text)).toEqual([
      'Bernstorffsgade 17 · 1592 København V. · Side 1 af 2',
      'Københavns Kommune – Beskæftigelses- og Integrationsforvaltningen',
    ]);
    expect(parseLetter(pdf, options).body).toMatch(/^Forvaltningen har .* resultaterne følges tæt af udvalget\.\n\nVenlig hilsen/);
  });

  it('leave a letter of one page, and repeated sentences of the text, alone', () => {
    expect(findPageFurniture(toLines(letter())).removed).toEqual([]);
    const same = 'Forvaltningen har i året arbejdet videre med indsatserne på alle seks områder, og resultaterne følges tæt.';
    const two = `Socialudvalget\n\nDato: 03-12-2026\n\n${same}\n\n${same}\f${same}\n\n${same}`;
    expect(findPageFurniture(toLines(two)).removed).toEqual([]);
  });
});

describe('body', () => {
  it('gives sections numbered as siblings one heading level, and skips no level', () => {
    const body =
      'Forvaltningen fremsender hermed status for barometret.\n\n#### 1. Resultatkrav\n\nTekst om krav til resultaterne her.\n\n## 2. Vurdering\n\nTekst.\n\n#### Detaljer\n\nMere.';
    const parsed = parseLetter(letter({ body }), options);
    expect(parsed.body.match(/^#+ .*$/gm)).toEqual(['## 1. Resultatkrav', '## 2. Vurdering', '### Detaljer']);
  });

  it('shows a table as a table', () => {
    const parsed = parseLetter(
      letter({
        body: 'Forvaltningen fremsender hermed tallene for barometret for året 2026.\n\nTallene:\n\nOmråde\t2025\t2026\nBeskæftigelse\t74,3\t75,1',
      }),
      options,
    );
    expect(parsed.body).toContain('| Område | 2025 | 2026 |\n| --- | --- | --- |\n| Beskæftigelse | 74,3 | 75,1 |');
  });
});

describe('dates and the sender', () => {
  it.each(['København d. 3. december 2026', 'Dato: 3/12 2026', '3/12-2026', 'København, den 3. december 2026'])('reads »%s«', (line) => {
    expect(findLetterDate(toLines(line), new Set())?.date.iso).toBe('2026-12-03');
  });

  it('reads »d. 3. december 2026« as a date', () => {
    expect(parseDate('d. 3. december 2026')?.iso).toBe('2026-12-03');
  });

  it('takes the organisation above the address in the footer for the sender, not for the address', () => {
    const foot = 'Beskæftigelses- og Integrationsforvaltningen\nBernstorffsgade 17, 3.\n1592 København V.\n\nTelefon\n33 17 33 17';
    const parsed = parseLetter(letter({ foot }), options);
    expect(parsed.data.sender).toMatchObject({
      organisation: 'BIF',
      contact: { address: ['Bernstorffsgade 17, 3.', '1592 København V.'], phone: '33 17 33 17' },
    });
  });
});

describe('what the archive knows about signers', () => {
  it('ignores TODO values and drafts still marked »# tjek:«', () => {
    // a-todo.md and b-tjek.md name other organisations for the same signer; c-gennemset.md is reviewed.
    expect(readKnownSenders('test/fixtures/import/known-senders').get('anne jensen')).toEqual(new Map([['BIF', 1]]));
  });
});

describe('the same letter in the archive', () => {
  it('is found by its dok.nr., or by sagsnr. and date, whatever its title', () => {
    const letter = 'content/letters/2007-11-20-koncept-og-tema-for-integrationskonferencen.md';
    expect(findSameLetter('content/letters', { title: 'Koncept', doknr: '2007-432793' })).toEqual({
      file: letter,
      reason: 'samme dok.nr. 2007-432793',
    });
    expect(findSameLetter('content/letters', { sagsnr: '2007-102467', date: '2007-11-20' })).toEqual({
      file: letter,
      reason: 'samme sagsnr. 2007-102467 og dato 2007-11-20',
    });
    // One case has many documents: the same sagsnr. on another day, or with another dok.nr., is another letter.
    expect(findSameLetter('content/letters', { sagsnr: '2007-102467', date: '2007-11-21' })).toBeUndefined();
    expect(findSameLetter('content/letters', { sagsnr: '2007-102467', date: '2007-11-20', doknr: '2007-1' })).toBeUndefined();
    expect(findSameLetter('content/letters', { doknr: 'TODO: skriv det' })).toBeUndefined();
  });
});

describe('PDF line spacing', () => {
  const item = (str: string, y: number) => ({ str, x: 50, y, width: str.length * 5, height: 10 });

  it('tells paragraphs apart on a short page with as many paragraph gaps as line gaps', () => {
    // Line gap 14, paragraph gap 26: the median gap is the paragraph gap.
    const page = [
      item('tæt af udvalget.', 800),
      item('8. Forvaltningen har', 774),
      item('resultaterne følges.', 760),
      item('Venlig hilsen', 734),
      item('Anne Jensen', 708),
      item('Kontorchef', 694),
    ];
    expect(pageText(page)).toBe(
      'tæt af udvalget.\n\n8. Forvaltningen har\nresultaterne følges.\n\nVenlig hilsen\n\nAnne Jensen\nKontorchef',
    );
  });

  it('takes the spacing from the whole document for a page with too few lines to tell', () => {
    const full = Array.from({ length: 8 }, (_, i) => item(`linje ${i}`, 800 - 14 * i));
    const short = [item('sidste linje.', 800), item('Venlig hilsen', 774), item('Anne Jensen', 748)];
    expect(documentText([full, short]).split('\n\n').slice(-3)).toEqual(['sidste linje.', 'Venlig hilsen', 'Anne Jensen']);
    // An ordinary page reads as before.
    expect(pageText(full)).toBe(full.map((i) => i.str).join('\n'));
  });
});
