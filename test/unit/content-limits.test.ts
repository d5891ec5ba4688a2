/**
 * What an editor's document may hold, in size and in its numbers: front-matter text has a length
 * (content-schemas.ts), case numbers have the characters of a number, and a document fits on one
 * page (scripts/lib/check/rules/document-size.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContentFile } from '../../scripts/lib/check/check-file.ts';
import { documentSizeError, MAX_DOCUMENT_BYTES } from '../../scripts/lib/check/rules/document-size.ts';
import { formatError } from '../../src/lib/data/errors.ts';

const ctx = { indicatorIds: new Set(['beskaeftigelse-ikke-vestlige-ratio']), letterSlugs: new Set<string>() };
const FILE = 'test/fixtures/content/valid-letter.md';
const valid = readFileSync(FILE, 'utf8');
const check = (text: string) => checkContentFile(text, FILE, 'letters', ctx).map(formatError);
const NUMBER = 'tal og bogstaver, evt. adskilt af bindestreg, punktum, skråstreg eller mellemrum, fx "2009-9512"';

describe('front-matter text has a length', () => {
  it('refuses a title or summary far longer than any real one, saying how long it is and may be', () => {
    const [title] = check(valid.replace('title: Et gyldigt brev', `title: ${'A'.repeat(400)}`));
    expect(title).toMatch(/:2:1: feltet "title" er for langt \(400 tegn\) \(fik "A+…", forventede højst 300 tegn – /);
    const [summary] = check(valid.replace('sagsnr:', `summary: "${'B'.repeat(5000)}"\nsagsnr:`));
    expect(summary).toMatch(/:4:1: feltet "summary" er for langt \(5\.000 tegn\) .*forventede højst 3\.000 tegn/);
    const [name] = check(valid.replace('name: Jakob Hougaard', `name: ${'C'.repeat(1001)}`));
    expect(name).toMatch(/feltet "sender\.name" er for langt \(1\.001 tegn\)/);
  });

  it('keeps a long real title', () => {
    expect(check(valid.replace('title: Et gyldigt brev', `title: ${'Integrationsbarometerets resultater '.repeat(8)}`))).toEqual([]);
  });
});

describe('a case, document or journal number', () => {
  it.each(['<script>', 'javascript:alert(1)', '=1+1', '2009-7, title:FORFALSKET', '2009--9512', ' ', `${'1'.repeat(41)}`])(
    'refuses %j',
    (bad) => {
      const errors = check(valid.replace('sagsnr: "2009-9512"', `sagsnr: ${JSON.stringify(bad)}`));
      expect(errors.length).toBe(1);
      expect(errors[0]).toMatch(/:4:1: feltet "sagsnr" (har tegn, et nummer ikke har|er tomt|er for langt)/);
    },
  );

  it('names the characters a number may have', () => {
    expect(check(valid.replace('sagsnr: "2009-9512"', 'sagsnr: "<script>"'))).toEqual([
      `${FILE}:4:1: feltet "sagsnr" har tegn, et nummer ikke har (fik "<script>", forventede ${NUMBER})`,
    ]);
  });

  it.each(['2009-9512', ' 2009-9512 ', '292118', '00.01.00-A00-1-12', '2009/123', 'KK 2009-12', 'Ø-2009-1'])('keeps %j', (good) => {
    expect(check(valid.replace('sagsnr: "2009-9512"', `sagsnr: "${good}"`))).toEqual([]);
  });
});

describe('a document fits on one page', () => {
  it('is refused over the limit, with its size and what to do', () => {
    expect(documentSizeError('content/letters/x.md', MAX_DOCUMENT_BYTES)).toBeUndefined();
    const error = documentSizeError('content/letters/x.md', 2_203_334);
    expect(error && formatError(error)).toBe(
      'content/letters/x.md:1:1: dokumentet er for stort til én side på sitet, som højst må fylde 150 kB (fik "2,2 MB (2.203.334 byte)", forventede højst 100 kB (100.000 byte) – del teksten i flere dokumenter, eller læg det lange dokument som bilag (original) og skriv et resumé i brevet)',
    );
  });
});
