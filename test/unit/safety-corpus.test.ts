/**
 * The safety corpus (test/fixtures/safety/, over 100 fixtures written as an editor or an attacker
 * would from README): every hostile or broken file is refused by the editor check with its pinned
 * message (safety-expected.ts) – file:line:column, Danish, the cause first, at most one line per
 * problem, quoted values cut to about 80 characters. The two fixtures the check lets through are
 * harmless once rendered (safety-pipeline.test.ts); none of the others can reach a page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFile } from '../../scripts/lib/check/check-file.ts';
import { checkContentFiles, contentFolderErrors, letterSlugs, listContentFiles } from '../../scripts/lib/check/check-dir.ts';
import { loadBarometer, readIndicatorIds } from '../../src/loaders/barometer.ts';
import { formatError } from '../../src/lib/data/errors.ts';
import { ATTACHMENTS, CONFERENCES, DATA, ENCODING, FOLDERS, LETTERS, S } from '../helpers/safety-expected.ts';
import { attachmentErrors } from '../../scripts/lib/check/attachment-files.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const today = new Date('2026-12-01T12:00:00Z');
const ctx = {
  indicatorIds: readIndicatorIds('data'),
  letterSlugs: letterSlugs('content'),
  today,
  publicFile: (p: string) => existsSync(join('public', p)),
};
const names = (dir: string) => readdirSync(`${S}/${dir}`).sort();

/** Each fixture folder is listed in the expectations and the other way round: none is forgotten. */
function covers(dir: string, expected: Record<string, string[]>): void {
  expect(names(dir)).toEqual(Object.keys(expected).sort());
}

describe('safety corpus', () => {
  it('has at least 60 fixtures, each with a pinned outcome', () => {
    const total = [LETTERS, CONFERENCES, ENCODING, FOLDERS, ATTACHMENTS, DATA].reduce((n, table) => n + Object.keys(table).length, 0);
    expect(total).toBeGreaterThanOrEqual(60);
    covers('letters', LETTERS);
    covers('conferences', CONFERENCES);
    covers('encoding', ENCODING);
    covers('folders', FOLDERS);
    covers('attachments', ATTACHMENTS);
    covers('data', DATA);
  });

  it.each(Object.entries(LETTERS))('letter %s', (name, expected) => {
    const path = `${S}/letters/${name}`;
    expect(checkContentFile(readFileSync(path, 'utf8'), path, 'letters', ctx).map(formatError)).toEqual(expected);
  });

  it.each(Object.entries(CONFERENCES))('conference report %s', (name, expected) => {
    const path = `${S}/conferences/${name}/2009.mdx`;
    expect(checkContentFile(readFileSync(path, 'utf8'), path, 'conferences', ctx).map(formatError)).toEqual(expected);
  });

  it.each(Object.entries(ENCODING))('encoding %s: one message naming the encoding, nothing after it', (name, expected) => {
    expect(checkContentFiles([{ path: `${S}/encoding/${name}`, collection: 'letters' }], ctx).map(formatError)).toEqual(expected);
  });

  it.each(Object.entries(FOLDERS))('content folder %s: no file skipped or published elsewhere without a word', (name, expected) => {
    const dir = `${S}/folders/${name}/content`;
    expect([...contentFolderErrors(dir), ...checkContentFiles(listContentFiles(dir), ctx)].map(formatError)).toEqual(expected);
  });

  it.each(Object.entries(ATTACHMENTS))("a letter's files %s: every file named, declared, allowed and readable", async (name, expected) => {
    const dir = `${S}/attachments/${name}/content`;
    const cacheDir = mkdtempSync(join(tmpdir(), 'safety-attachments-'));
    expect([...contentFolderErrors(dir), ...(await attachmentErrors(dir, { cacheDir }))].map(formatError)).toEqual(expected);
  });

  it.each(Object.entries(DATA))('data %s', (name, expected) => {
    expect(loadBarometer(`${S}/data/${name}`, { today }).errors.map(formatError)).toEqual(expected);
  });

  it('quotes no value longer than about 80 characters', () => {
    const all = [LETTERS, CONFERENCES, ENCODING, FOLDERS, ATTACHMENTS, DATA].flatMap((t) => Object.values(t).flat());
    for (const line of all) {
      const got = /\(fik "(.*?)"(?:, forventede|\)$)/.exec(line)?.[1] ?? '';
      expect([...got].length, line).toBeLessThanOrEqual(82);
    }
  });
});
