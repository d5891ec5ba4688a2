import { describe, expect, it } from 'vitest';
import { findDates, parseDate } from '../../scripts/lib/import/dates.ts';
import { findCaseNumbers, parseCaseLabels } from '../../scripts/lib/import/case-numbers.ts';
import { toLines } from '../../scripts/lib/import/lines.ts';
import { stampDate, findStamp } from '../../scripts/lib/import/stamp.ts';
import { findRoutingSlip, routingNote } from '../../scripts/lib/import/routing-slip.ts';
import { findParties, findLetterDate, findSubject, findLabel } from '../../scripts/lib/import/header.ts';
import { findSignature } from '../../scripts/lib/import/signature.ts';
import { findContact } from '../../scripts/lib/import/contact.ts';
import { findListedAttachments, findMentionedAttachments, mergeAttachments } from '../../scripts/lib/import/attachments.ts';
import { organisationOfEmail, parsePersonAtOrg, resolveOrganisation } from '../../scripts/lib/import/org-names.ts';
import { letterSlug } from '../../scripts/lib/import/slug.ts';
import { documentText } from '../../src/lib/attachments/pdf-layout.ts';
import { htmlToText } from '../../scripts/lib/import/html-to-text.ts';
import { parseArgs } from '../../scripts/lib/import/args.ts';

const none = new Set<number>();

describe('dates', () => {
  it.each([
    ['02-04-2009', '2009-04-02', 'numeric'],
    ['2.4.2009', '2009-04-02', 'numeric'],
    ['02/04/09', '2009-04-02', 'numeric'],
    ['26. marts 2007', '2007-03-26', 'words'],
    ['den 5. oktober 2010', '2010-10-05', 'words'],
    ['mandag den 3. januar 2011', '2011-01-03', 'words'],
    ['6 APR. 2009', '2009-04-06', 'stamp'],
    ['14 JAN. 2011', '2011-01-14', 'stamp'],
    ['06. OKT 2010', '2010-10-06', 'stamp'],
    ['2009-04-02', '2009-04-02', 'iso'],
  ])('%s → %s (%s)', (text, iso, form) => {
    expect(parseDate(text)).toMatchObject({ iso, form });
  });
  it('refuses impossible dates and text around a date', () => {
    expect(parseDate('30-02-2009')).toBeUndefined();
    expect(parseDate('31. april 2009')).toBeUndefined();
    expect(parseDate('Konferencen 22. januar 2009')).toBeUndefined();
    expect(parseDate('2009-9512')).toBeUndefined();
  });
  it('finds every date in a sentence, in order', () => {
    expect(findDates('fra 1. maj 2006 til 02-06-2006').map((d) => d.iso)).toEqual(['2006-05-01', '2006-06-02']);
  });
});

describe('case numbers', () => {
  it('reads labels with the number on the same line, several per line', () => {
    expect(parseCaseLabels('Sagsnr.: 292118 Dok.nr.: 1759012')).toEqual([
      { field: 'sagsnr', value: '292118' },
      { field: 'doknr', value: '1759012' },
    ]);
    expect(parseCaseLabels('J.nr.: 2009-45212')).toEqual([{ field: 'jnr', value: '2009-45212' }]);
    expect(parseCaseLabels('Sags nr. 2010/4411')).toEqual([{ field: 'sagsnr', value: '2010/4411' }]);
    expect(parseCaseLabels('Journalnr.: 09-123')).toEqual([{ field: 'jnr', value: '09-123' }]);
    expect(parseCaseLabels('Dokumentnummer 2011-003341')).toEqual([{ field: 'doknr', value: '2011-003341' }]);
  });
  it('reads a number on the line under its label, and ignores numbers in prose', () => {
    const lines = toLines('Sagsnr.  \n2009-9512\n\nDokumentnr.\n\n2009-194106\n\nOplys venligst sagsnr. 2009-1 ved henvendelse.');
    expect(findCaseNumbers(lines).map((c) => [c.field, c.value, c.lines])).toEqual([
      ['sagsnr', '2009-9512', [1, 2]],
      ['doknr', '2009-194106', [4, 6]],
    ]);
  });
});

describe('received stamp and routing slip', () => {
  const text =
    'Socialforvaltningen  \nRådhuset, Sekretariatet\n\n6 APR. 2009\n\nJ.nr.: 2009-45212\n\nKære alle\n\nSOF SEKR. RÅDHUSET\t\t\n\tBehand.\tOrient.\nBorgmester\t\tX\nDirektør\t\t\n';
  const lines = toLines(text);
  it('reads the stamp date, the office above it and the j.nr. below it', () => {
    expect(stampDate('6 APR. 2009')).toBe('2009-04-06');
    expect(stampDate('Modtaget: 7. april 2009')).toBe('2009-04-07');
    expect(stampDate('02-04-2009')).toBeUndefined();
    const stamp = findStamp(lines, findCaseNumbers(lines));
    expect(stamp).toMatchObject({ date: '2009-04-06', organisation: 'SOF', unit: 'Rådhuset, Sekretariatet', jnr: { value: '2009-45212' } });
  });
  it('reads the routing grid and its marks', () => {
    const slip = findRoutingSlip(lines);
    expect(slip).toMatchObject({
      heading: 'SOF SEKR. RÅDHUSET',
      columns: ['Behand.', 'Orient.'],
      rows: ['Borgmester', 'Direktør'],
      marks: ['Borgmester (Orient.)'],
    });
    expect(routingNote(slip!)).toContain('Borgmester (Orient.)');
  });
  it('takes the organisation from the routing heading when no office is printed above the date', () => {
    const l2 = toLines('14 JAN. 2011\n\nBUF CENTER\t\t\n\tBehand.\tOrient.\nDirektør\t\t\n');
    expect(findStamp(l2, [], findRoutingSlip(l2))?.organisation).toBe('BUF');
  });
});

describe('organisations, recipients and letterhead', () => {
  it('resolves names as letters print them', () => {
    expect(resolveOrganisation('Beskæftigelses- og Integrationsudvalget')).toEqual({ abbr: 'BIU', kind: 'committee' });
    expect(resolveOrganisation('Teknik og Miljøforvaltningen')).toEqual({ abbr: 'TMF', kind: 'administration' });
    expect(resolveOrganisation('Til Økonomiudvalget')?.abbr).toBe('ØU');
    expect(resolveOrganisation('OKF')?.abbr).toBe('ØKF');
    expect(resolveOrganisation('Borgerrepræsentationen')).toBeUndefined();
    expect(organisationOfEmail('Jakob.Hougaard@bif.kk.dk')?.abbr).toBe('BIF');
    expect(organisationOfEmail('a@example.dk')).toBeUndefined();
    expect(parsePersonAtOrg('Claus Juhl, ØKF')).toEqual({ name: 'Claus Juhl', organisation: 'ØKF' });
    expect(parsePersonAtOrg('Else Sommer (BUF)')).toEqual({ name: 'Else Sommer', organisation: 'BUF' });
    expect(parsePersonAtOrg('Anne Holm, direktør, Socialforvaltningen')).toEqual({
      name: 'Anne Holm',
      title: 'direktør',
      organisation: 'SOF',
    });
  });
  it('tells the letterhead (organisation + office) from the recipients (only organisations)', () => {
    const lines = toLines(
      'Beskæftigelses- og Integrationsudvalget  \nBorgmesteren\n\nØkonomiudvalget  \nSocialudvalget\n\nClaus Juhl, ØKF\n',
    );
    const p = findParties(lines, none);
    expect(p.letterhead).toMatchObject({ organisation: 'BIU', unit: 'Borgmesteren' });
    expect(p.recipients.recipients).toEqual([{ organisation: 'ØU' }, { organisation: 'SOU' }, { name: 'Claus Juhl', organisation: 'ØKF' }]);
  });
  it('reads the date, the label and the subject line of the header', () => {
    const lines = toLines('## BILAG 2\n\nKøbenhavn, den 5. oktober 2010\n\nVedr.: Høringssvar om budget 2011\n');
    expect(findLetterDate(lines, none)?.date.iso).toBe('2010-10-05');
    expect(findLabel(lines, none)?.label).toBe('Bilag 2');
    const taken = new Set([1, 3]);
    expect(findSubject(lines, taken)?.title).toBe('Høringssvar om budget 2011');
    expect(findLetterDate(toLines('Dato:\n16-05-2008'), none)?.date.iso).toBe('2008-05-16');
  });
});

describe('signature and contact block', () => {
  it('reads the signer, a title and an organisation under the name', () => {
    const s = findSignature(toLines('Tekst.\n\nMed venlig hilsen\n\nAnne Holm  \nKontorchef  \nSocialforvaltningen\n'));
    expect(s).toMatchObject({ name: { text: 'Anne Holm' }, title: 'Kontorchef', organisation: 'SOF' });
    expect(findSignature(toLines('Venlig hilsen\n\nMorten Binder, direktør'))).toMatchObject({
      name: { text: 'Morten Binder' },
      title: 'Direktør',
    });
    expect(findSignature(toLines('Venlig hilsen\n\n\t\tX\n'))?.name).toBeUndefined();
    expect(findSignature(toLines('Ingen hilsen her.'))).toBeUndefined();
  });
  it('reads labels with values on the same or the next line, the address and the office above it', () => {
    const text =
      'Direktionen\n\n**Bernstorffsgade 17, 3.\n1592 København V.**\n\n**Telefon\n33 17 33 17**\n\nDirekte telefon: 33 17 36 02\n\nTelefax  \n33 17 32 04\n\nE-mail  \nMorten.Binder@bif.kk.dk\n\nwww.kk.dk\n';
    const c = findContact(toLines(text), none);
    expect(c?.contact).toEqual({
      address: ['Bernstorffsgade 17, 3.', '1592 København V.'],
      phone: '33 17 33 17',
      directPhone: '33 17 36 02',
      fax: '33 17 32 04',
      email: 'Morten.Binder@bif.kk.dk',
      web: ['www.kk.dk'],
    });
    expect(c?.unit?.text).toBe('Direktionen');
  });
  it('takes a building name a blank line above the postcode into the address, not "Kopi til:"', () => {
    const c = findContact(toLines('Kopi til:\n\n**Rådhuset**\n\n1599 København\n\nTelefon  \n3366 2850\n\nE-mail  \njh@bif.kk.dk\n'), none);
    expect(c?.contact.address).toEqual(['Rådhuset', '1599 København']);
    expect(c?.unit).toBeUndefined();
  });
  it('does not take a web address in the running text for a contact block', () => {
    expect(findContact(toLines('Se mere på www.kk.dk/integration om konferencen.\n'), none)).toBeUndefined();
  });
});

describe('attachments mentioned', () => {
  const find = (text: string, lines: string[] = []) =>
    findMentionedAttachments([text], lines).map(({ label, title }) => ({ label, title }));
  it('reads "(Bilag N)" after the attached thing', () => {
    expect(find('Til dette brev er vedlagt en orientering om resultaterne fra maj 2008 (Bilag 1).')).toEqual([
      { label: 'Bilag 1', title: 'Orientering om resultaterne fra maj 2008' },
    ]);
  });
  it('completes a shortened quoted title from a list in the letter', () => {
    expect(find('Vi tager udgangspunkt i "Analyse af styrker" (bilag 1).', ['3. Analyse af styrker og svagheder'])).toEqual([
      { label: 'Bilag 1', title: 'Analyse af styrker og svagheder' },
    ]);
  });
  it('reads "vedlægger" and a titled "sender hermed", but not an untitled thing sent', () => {
    expect(find('Jeg vedlægger de nærmere retningslinier for budgetredegørelsen.')).toEqual([
      { label: undefined, title: 'Retningslinier for budgetredegørelsen' },
    ]);
    expect(find('Jeg sender hermed Opsamling og Idékatalog 2009 – ”Køn, Kultur” til drøftelse i udvalget.')).toEqual([
      { label: undefined, title: 'Opsamling og Idékatalog 2009 – ”Køn, Kultur”' },
    ]);
    expect(find('Derfor fremsender vi et inspirationsmateriale til budget 2007.')).toEqual([]);
  });
  it("skips another document's attachment, keeps a bare reference by label", () => {
    expect(find('I bilag 1 til IC08 indgår derfor et krav.')).toEqual([]);
    expect(find('Se nærmere i bilag 2, side 4.')).toEqual([{ label: 'Bilag 2', title: undefined }]);
  });
  it('reads a closing list and lets it complete a label-only mention', () => {
    const listed = findListedAttachments(['Bilag:', '1. Notat om tryghed', '2. Oversigt over målene', '', 'Bilag 3: Tidsplan.']);
    expect(listed.map(({ label, title }) => ({ label, title }))).toEqual([
      { label: 'Bilag 1', title: 'Notat om tryghed' },
      { label: 'Bilag 2', title: 'Oversigt over målene' },
      { label: 'Bilag 3', title: 'Tidsplan' },
    ]);
    const merged = mergeAttachments([{ label: 'Bilag 2', quote: 'jf. bilag 2' }], listed);
    expect(merged.map((a) => a.label)).toEqual(['Bilag 2', 'Bilag 1', 'Bilag 3']);
    expect(merged[0]?.title).toBe('Oversigt over målene');
  });
});

describe('slug, PDF layout, DOCX HTML and arguments', () => {
  it('makes an ASCII file name from date and title', () => {
    expect(letterSlug({ date: '2007-03-26', title: 'Vedrørende budgetredegørelse for integrationsindsatsen' })).toBe(
      '2007-03-26-budgetredegoerelse-for-integrationsindsatsen',
    );
    expect(letterSlug({ date: 'TODO: x', title: 'TODO: y', sagsnr: '2009-9512' })).toBe('udateret-brev-2009-9512');
  });
  it('turns positioned PDF text into lines, cells and blocks', () => {
    const item = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 5, height: 10 });
    const text = documentText([
      [
        item('Sagsnr.:', 50, 800),
        item('2009-9512', 95, 800),
        item('Dato', 50, 786),
        item('Behand.', 200, 740),
        item('Orient.', 300, 740),
        item('Borgmester', 50, 726),
      ],
    ]);
    expect(text).toBe('Sagsnr.: 2009-9512\nDato\n\n\tBehand.\tOrient.\nBorgmester');
  });
  it('turns mammoth HTML into blocks, headings, bold and table rows', () => {
    const html =
      '<p>Økonomiudvalget</p><p>Socialudvalget</p><p></p><h2>Emne</h2><p><strong>Telefon</strong></p><table><tr><td></td><td>Behand.</td></tr></table>';
    expect(htmlToText(html)).toBe('Økonomiudvalget\nSocialudvalget\n\n## Emne\n\n**Telefon**\n\n\tBehand.');
  });
  it('reads the command line', () => {
    expect(parseArgs(['--', 'brev.pdf', '--out', 'x.md', '--force'])).toEqual({
      ok: true,
      args: { file: 'brev.pdf', out: 'x.md', force: true, noOriginal: false },
    });
    expect(parseArgs(['brev.pdf', '--no-original'])).toEqual({ ok: true, args: { file: 'brev.pdf', force: false, noOriginal: true } });
    expect(parseArgs([])).toMatchObject({ ok: false, error: expect.stringContaining('angiv brevet') });
    expect(parseArgs(['a.txt', 'b.txt'])).toMatchObject({ ok: false, error: expect.stringContaining('ét brev ad gangen') });
    expect(parseArgs(['a.txt', '--owt'])).toMatchObject({ ok: false, error: expect.stringContaining('ukendt tilvalg') });
  });
});
