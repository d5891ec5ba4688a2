/**
 * A letter's case number and declared files, gathered (and cached) with its own check and handed to
 * the attachment rule and the goals' letter look-up instead of parsing every letter again: both must
 * find exactly what they find reading the letters themselves, also for a letter that is not UTF-8.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachmentErrors } from '../../scripts/lib/check/attachment-files.ts';
import { checkContent, letterSlugs, listContentFiles } from '../../scripts/lib/check/check-dir.ts';
import { letterFactsOfBytes } from '../../scripts/lib/check/letter-facts.ts';
import { diskLetterLookup } from '../../scripts/lib/check/letter-lookup.ts';
import { formatError } from '../../src/lib/data/errors.ts';
import { readIndicatorIds } from '../../src/loaders/barometer.ts';

const ATTACHMENTS = 'test/fixtures/safety/attachments';
const ENCODING = 'test/fixtures/safety/encoding';

function gathered(contentDir: string) {
  const files = listContentFiles(contentDir);
  return checkContent(files, { indicatorIds: readIndicatorIds('data'), letterSlugs: letterSlugs(contentDir, files) }).letters;
}

describe("letters' facts from the content check", () => {
  for (const name of readdirSync(ATTACHMENTS)) {
    it(`the attachment rule reports the same with them as without (${name})`, async () => {
      const dir = join(ATTACHMENTS, name, 'content');
      const cacheDir = mkdtempSync(join(tmpdir(), 'letter-facts-'));
      const without = (await attachmentErrors(dir, { cacheDir })).map(formatError);
      // A declared file that is missing is located in the letter's front matter, read only then.
      if (name === 'missing-and-undeclared') expect(without.join('\n')).toMatch(/brev\.md:\d+:\d+: filen findes ikke/);
      expect((await attachmentErrors(dir, { cacheDir, letters: gathered(dir) })).map(formatError)).toEqual(without);
    });
  }

  it('the goals find the same letters by case number with them as without', () => {
    const letters = gathered('content');
    expect(letters.size).toBeGreaterThan(0);
    const plain = diskLetterLookup('content');
    const known = diskLetterLookup('content', letters);
    for (const value of ['2007-114951', '2006-472', 'findes-ikke', '2008-05-16-integrationsbarometrets-resultater-maj-2008']) {
      expect(known.resolve(value)).toEqual(plain.resolve(value));
      expect(known.suggest(value)).toEqual(plain.suggest(value));
    }
    expect(known.resolve('2007-114951')).toEqual(['2008-05-16-integrationsbarometrets-resultater-maj-2008']);
  });

  it('a letter that is not UTF-8: the attachment rule skips it, the case number is read as the look-up reads it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'letter-facts-'));
    const letters = join(root, 'content', 'letters');
    mkdirSync(letters, { recursive: true });
    for (const f of readdirSync(ENCODING)) copyFileSync(join(ENCODING, f), join(letters, f));
    const facts = gathered(join(root, 'content'));
    for (const f of readdirSync(ENCODING)) {
      const bytes = readFileSync(join(ENCODING, f));
      const valid = (() => {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
          return true;
        } catch {
          return false;
        }
      })();
      expect(letterFactsOfBytes(bytes, f).declared !== undefined, f).toBe(valid);
    }
    const cacheDir = join(root, 'cache');
    const content = join(root, 'content');
    expect((await attachmentErrors(content, { cacheDir, letters: facts })).map(formatError)).toEqual(
      (await attachmentErrors(content, { cacheDir })).map(formatError),
    );
    const plain = diskLetterLookup(content);
    const known = diskLetterLookup(content, facts);
    for (const value of ['2009-9512', '2009-1', 'x']) expect(known.resolve(value)).toEqual(plain.resolve(value));
  });
});
