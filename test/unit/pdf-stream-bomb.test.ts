/**
 * A PDF whose streams decode to far more than the file (a »PDF bomb«) is refused before pdf-lib and
 * pdf.js decode it without a limit: page contents and object streams under Flate (also nested, also
 * behind ASCIIHex or an unreadable /Filter), LZW and RunLength, and an image that decodes to more
 * than its size declares. Ordinary PDFs, and large images within their size, pass.
 */
import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { extractText } from '../../src/lib/attachments/extract.ts';
import { AttachmentReadError } from '../../src/lib/attachments/text.ts';
import { pdfStreamExcess } from '../../src/lib/attachments/pdf-streams.ts';
import { decodeAscii85, decodeAsciiHex, decodeLzw, decodeRunLength } from '../../src/lib/attachments/pdf-decoders.ts';
import { flate, lzwEncode, rawPdf, spacedContent } from '../helpers/pdf-bombs.ts';
import { pdfWith } from '../helpers/hostile-files.ts';

const MB = 1_000_000;
const limits = (stream: number, total = 10 * stream, image = 100 * MB) => ({ stream, total, image });
const reason = async (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'ingen fejl',
    (err: unknown) => (err instanceof AttachmentReadError ? `${err.reason} → ${err.expected ?? ''}` : String(err)),
  );

describe('a PDF bomb', () => {
  it('is refused with the cause and what to do, a page content inflating past 100 MB', async () => {
    const bomb = rawPdf([{ dict: '/Filter /FlateDecode', data: flate(spacedContent(110 * MB)) }]);
    expect(bomb.length).toBeLessThan(MB);
    expect(await reason(extractText('pdf', bomb))).toMatch(
      /^en side, en skrift eller et billede i filen \(objekt 4 0\) fylder over 100 MB, når de pakkes ud, men hele filen kun \d+ kB pakket – .* → en PDF, der fylder under 100 MB udpakket: udskriv den til en ny PDF/,
    );
  });

  it('counts every stream together, object streams too, under a cap of its own', () => {
    const part = flate(spacedContent(2 * MB));
    const streams = [0, 1, 2].map(() => ({ dict: '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', data: part }));
    expect(pdfStreamExcess(rawPdf(streams), limits(3 * MB, 5 * MB))).toEqual({ decoded: 5 * MB, object: '6 0', whole: true });
    expect(pdfStreamExcess(rawPdf(streams.slice(0, 2)), limits(3 * MB, 5 * MB))).toBeUndefined();
    // Each within the stream cap, and a thousand pages of drawings pass the real total.
    expect(pdfStreamExcess(rawPdf(streams))).toBeUndefined();
  });

  it('decodes filter chains: nested Flate, Flate behind ASCIIHex, LZW, RunLength, short names', () => {
    const content = spacedContent(600_000);
    const hex = Buffer.from(`${flate(content).toString('hex')}>`, 'latin1');
    const runs = Buffer.from(Array.from({ length: 4_700 }, () => [129, 0x20]).flat());
    for (const [dict, data] of [
      ['/Filter [/FlateDecode /FlateDecode]', flate(flate(content))],
      ['/Filter [/ASCIIHexDecode /FlateDecode]', hex],
      ['/Filter [/AHx /Fl]', hex],
      ['/Filter /LZWDecode', lzwEncode(content)],
      ['/Filter /RunLengthDecode', runs],
    ] as const) {
      expect(pdfStreamExcess(rawPdf([{ dict, data }]), limits(400_000)), dict).toMatchObject({ decoded: 400_000 });
      expect(pdfStreamExcess(rawPdf([{ dict, data }]), limits(700_000)), dict).toBeUndefined();
    }
  });

  it('inflates zlib data whose /Filter cannot be read or names another filter', () => {
    const data = flate(spacedContent(3 * MB));
    for (const dict of ['/Filter 9 0 R', '/Filter /DCTDecode', '', '/Filter [/Crypt]'])
      expect(pdfStreamExcess(rawPdf([{ dict, data }]), limits(2 * MB)), dict).toMatchObject({ decoded: 2 * MB });
  });

  it('refuses an image that decodes to more than its width and height declare, and keeps a large true one', async () => {
    const gray = (w: number, h: number, data: Uint8Array) => ({
      dict: `/Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`,
      data: deflateSync(data),
    });
    const pixels = new Uint8Array(3000 * 2000).map((_, i) => i % 251);
    const page = { dict: '/Filter /FlateDecode', data: flate(spacedContent(1000)) };
    // 6 MB of pixels, under a 1 MB cap for everything else: images are not counted in it.
    expect(pdfStreamExcess(rawPdf([page, gray(3000, 2000, pixels)]), limits(MB, MB))).toBeUndefined();
    expect(pdfStreamExcess(rawPdf([page, gray(300, 200, pixels)]), limits(MB, MB))).toMatchObject({ object: '5 0', image: true });
    // An image declared huge is still decoded no further than the image cap, and refused as too large.
    expect(pdfStreamExcess(rawPdf([page, gray(99_999, 99_999, pixels)]), limits(MB, MB, 2 * MB))).toEqual({
      decoded: 2 * MB,
      object: '5 0',
    });
    expect(await reason(extractText('pdf', rawPdf([page, gray(300, 200, pixels)])))).toMatch(
      /^et billede i filen \(objekt 5 0\) fylder mere, når det pakkes ud, end dets størrelse siger/,
    );
  });

  it('leaves ordinary PDFs alone', async () => {
    const ordinary = await pdfWith(() => undefined);
    expect(pdfStreamExcess(ordinary)).toBeUndefined();
    expect(pdfStreamExcess(rawPdf([{ dict: '/Filter /FlateDecode', data: flate(spacedContent(5 * MB)) }]))).toBeUndefined();
    expect((await extractText('pdf', ordinary)).kind).toBe('pdf');
  });
});

describe('the stream decoders', () => {
  it('LZW round-trips text and data, across table resets', () => {
    const text = Buffer.from('TOBEORNOTTOBEORTOBEORNOT'.repeat(50) + 'æøå Integration'.repeat(30), 'utf8');
    const noise = Uint8Array.from({ length: 50_000 }, (_, i) => ((i * 7919) % 256) ^ (i >> 3));
    for (const data of [text, noise]) expect(Buffer.from(decodeLzw(lzwEncode(data), 10 * MB).bytes)).toEqual(Buffer.from(data));
    expect(decodeLzw(lzwEncode(text), 100).over).toBe(true);
  });

  it('RunLength, ASCIIHex and ASCII85 as the PDF standard defines them', () => {
    expect(Buffer.from(decodeRunLength(Uint8Array.from([2, 65, 66, 67, 254, 68, 128, 1, 2]), 100).bytes).toString()).toBe('ABCDDD');
    expect(Buffer.from(decodeAsciiHex(Buffer.from('48 65 6c\n6C 6f7>ff')).bytes).toString()).toBe('Hellop');
    expect(Buffer.from(decodeAscii85(Buffer.from('87cURD]i,"Ebo80~>')).bytes).toString()).toBe('Hello World!');
    expect(Array.from(decodeAscii85(Buffer.from('z~>')).bytes)).toEqual([0, 0, 0, 0]);
  });
});
