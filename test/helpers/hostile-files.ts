/**
 * Attachments an attacker would write: ordinary DOCX, XLSX and PDF files (written by the corpus's
 * libraries) with a field, formula, relationship or action put into their XML or objects by hand,
 * the way a hostile file is made. Built in the test, never committed as blobs.
 */
import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { PDFDocument, PDFHexString, PDFName, type PDFDict } from 'pdf-lib';
import { textDocx, workbook } from '../../scripts/lib/corpus/attachment-files.ts';

type Patch = string | Uint8Array | ((old: string) => string);

/** The ZIP with parts replaced, changed or added. */
export function patchZip(zip: Uint8Array, patch: Readonly<Record<string, Patch>>): Uint8Array {
  const files: Zippable = unzipSync(zip);
  for (const [name, p] of Object.entries(patch)) {
    const old = files[name];
    files[name] =
      typeof p === 'function' ? strToU8(p(old instanceof Uint8Array ? strFromU8(old) : '')) : typeof p === 'string' ? strToU8(p) : p;
  }
  return zipSync(files);
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A relationship element: `type` is the last segment ("hyperlink"), external when a mode is given. */
export function rel(id: string, type: string, target: string, external = true): string {
  return `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`;
}

const addRels = (rels: readonly string[]) => (old: string) =>
  (
    old || '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
  ).replace('</Relationships>', `${rels.join('')}</Relationships>`);

export interface DocxParts {
  /** WordprocessingML put first in the body. */
  body?: string;
  /** Relationships of word/document.xml. */
  rels?: readonly string[];
  /** Relationships of word/settings.xml (where Word keeps the attached template). */
  settingsRels?: readonly string[];
  /** Content-type overrides or defaults to add. */
  types?: readonly string[];
  parts?: Readonly<Record<string, Patch>>;
}

export async function docxWith(p: DocxParts): Promise<Uint8Array> {
  const patch: Record<string, Patch> = { ...p.parts };
  if (p.body) patch['word/document.xml'] = (old) => old.replace('<w:body>', `<w:body>${p.body}`);
  if (p.rels) patch['word/_rels/document.xml.rels'] = addRels(p.rels);
  if (p.settingsRels) patch['word/_rels/settings.xml.rels'] = addRels(p.settingsRels);
  if (p.types) patch['[Content_Types].xml'] = (old) => old.replace('</Types>', `${p.types?.join('')}</Types>`);
  return patchZip(await textDocx('Et almindeligt afsnit.'), patch);
}

export interface XlsxParts {
  /** SpreadsheetML put in sheet 1's first row, after its cells. */
  cells?: string;
  /** The whole sheet, changed. */
  sheet?: (old: string) => string;
  /** Relationships of sheet 1 (cell hyperlinks). */
  sheetRels?: readonly string[];
  types?: readonly string[];
  parts?: Readonly<Record<string, Patch>>;
}

export async function xlsxWith(p: XlsxParts): Promise<Uint8Array> {
  const patch: Record<string, Patch> = { ...p.parts };
  const cells = p.cells;
  if (cells || p.sheet)
    patch['xl/worksheets/sheet1.xml'] = (old) => {
      const withCells = cells ? old.replace('</row>', `${cells}</row>`) : old;
      return p.sheet ? p.sheet(withCells) : withCells;
    };
  if (p.sheetRels) patch['xl/worksheets/_rels/sheet1.xml.rels'] = addRels(p.sheetRels);
  if (p.types) patch['[Content_Types].xml'] = (old) => old.replace('</Types>', `${p.types?.join('')}</Types>`);
  return patchZip(
    await workbook([
      {
        name: 'Tal',
        rows: [
          ['År', 'Antal'],
          ['2009', 12],
        ],
      },
    ]),
    patch,
  );
}

/** A one-page PDF with text, changed by `change` (its catalog, page and context at hand). */
export async function pdfWith(change: (doc: PDFDocument, page: PDFDict) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.addPage([595, 842]).drawText('Et bilag med tekst nok til at være et tekstlag.', { x: 50, y: 780, size: 12 });
  change(doc, doc.getPage(0).node);
  return doc.save({ useObjectStreams: false });
}

/** A link annotation on the page that runs `action`. */
export function addLink(doc: PDFDocument, page: PDFDict, action: Record<string, unknown>): void {
  const ctx = doc.context;
  const annot = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], A: ctx.obj(action as never) }));
  page.set(PDFName.of('Annots'), ctx.obj([annot]));
}

/** A PDF string as a PDF holds it, whatever its backslashes: written as hex. */
export const pdfText = (s: string): PDFHexString => PDFHexString.of(Buffer.from(s, 'latin1').toString('hex'));

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] ?? 0) + (key[i % key.length] ?? 0)) & 255;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + (s[i] ?? 0)) & 255;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
    out[n] = (data[n] ?? 0) ^ (s[((s[i] ?? 0) + (s[j] ?? 0)) & 255] ?? 0);
  }
  return out;
}

const md5 = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(createHash('md5').update(Buffer.concat(parts)).digest());

/**
 * An encrypted PDF that opens without a password (RC4, 40 bits, revision 2, as many old PDFs are):
 * one empty page with a link to `uri`, its address ciphertext that only a reader decrypting the
 * file can read.
 */
export async function encryptedPdfWithLink(uri: string): Promise<Uint8Array> {
  const PAD = Uint8Array.from(Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex'));
  const id = new Uint8Array(16).fill(7);
  const p = -4;
  const pBytes = new Uint8Array(new Int32Array([p]).buffer);
  const o = rc4(md5(PAD).subarray(0, 5), PAD);
  const key = md5(PAD, o, pBytes, id).subarray(0, 5);
  const u = rc4(key, PAD);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([595, 842]).node;
  const ctx = doc.context;
  const annot = ctx.nextRef();
  const objectKey = md5(key, new Uint8Array([annot.objectNumber & 255, (annot.objectNumber >> 8) & 255, 0, 0, 0])).subarray(0, 10);
  const cipher = rc4(objectKey, Uint8Array.from(Buffer.from(uri, 'latin1')));
  ctx.assign(
    annot,
    ctx.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [0, 0, 10, 10],
      A: { S: 'URI', URI: PDFHexString.of(Buffer.from(cipher).toString('hex')) },
    }),
  );
  page.set(PDFName.of('Annots'), ctx.obj([annot]));
  ctx.trailerInfo.Encrypt = ctx.register(
    ctx.obj({
      Filter: 'Standard',
      V: 1,
      R: 2,
      Length: 40,
      P: p,
      O: PDFHexString.of(Buffer.from(o).toString('hex')),
      U: PDFHexString.of(Buffer.from(u).toString('hex')),
    }),
  );
  const hexId = PDFHexString.of(Buffer.from(id).toString('hex'));
  ctx.trailerInfo.ID = ctx.obj([hexId, hexId]);
  return doc.save({ useObjectStreams: false });
}

/**
 * A ZIP of `files` plus a zip bomb: `size` zeros deflated (by node:zlib, quickly, to about 1/1000),
 * its size in the directory `declared` – the true size, or a lie so only counting finds it.
 */
export function zipBomb(files: Readonly<Record<string, Uint8Array>>, bomb: { name: string; size: number; declared?: number }): Uint8Array {
  const zeros = Buffer.alloc(bomb.size);
  const entries = [
    ...Object.entries(files).map(([name, data]) => ({ name, size: data.length, crc: crc32(data), raw: deflateRawSync(data) })),
    { name: bomb.name, size: bomb.declared ?? bomb.size, crc: crc32(zeros), raw: deflateRawSync(zeros, { level: 1 }) },
  ];
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(e.crc, 14);
    head.writeUInt32LE(e.raw.length, 18);
    head.writeUInt32LE(e.size, 22);
    head.writeUInt16LE(name.length, 26);
    locals.push(head, name, e.raw);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(e.crc, 16);
    dir.writeUInt32LE(e.raw.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + e.raw.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dirBytes, end]));
}

/**
 * A PDF whose text layer holds invisible characters: its font's ToUnicode map turns the bytes written as characters 1–5 into
 * U+202E (bidi override), U+200B (zero width), U+2028 (line separator), U+0085 (C1) and U+0007 – the
 * way a PDF copied from a web page or made by a hostile tool reads in pdf.js.
 */
export async function pdfWithHiddenChars(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const ctx = doc.context;
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Hidden def /CMapType 2 def',
    '1 begincodespacerange <00> <FF> endcodespacerange',
    '1 beginbfrange <20> <7E> <0020> endbfrange',
    '5 beginbfchar <80> <202E> <81> <200B> <82> <2028> <83> <0085> <84> <0007> endbfchar',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const font = ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: 'Type1',
      BaseFont: 'Helvetica',
      Encoding: 'WinAnsiEncoding',
      ToUnicode: ctx.register(ctx.stream(cmap)),
    }),
  );
  const page = doc.addPage([595, 842]);
  page.node.set(PDFName.of('Resources'), ctx.obj({ Font: { F1: font } }));
  // eslint-disable-next-line no-control-regex -- the characters 1–5 stand for the bytes the font maps
  const escaped = text.replace(/[\\()]/g, '\\$&').replace(/[\u0001-\u0005]/g, (c) => `\\${(0o177 + c.charCodeAt(0)).toString(8)}`);
  page.node.set(PDFName.of('Contents'), ctx.register(ctx.stream(`BT /F1 12 Tf 50 780 Td (${escaped}) Tj ET`)));
  return doc.save({ useObjectStreams: false });
}
