/**
 * The suggested citation for a letter: who, what, when, case numbers, publisher, permanent link.
 * Plain text so it can be copied as is.
 */
import { LETTER_TEXT } from '../copy/archive.ts';
import type { LetterData } from '../content-schemas.ts';
import { organisationName } from '../registry/organisations.ts';
import { danishDate } from './dates.ts';

export function letterCitation(data: LetterData, permalink: string, publisher: string): string {
  const sender = data.sender
    ? [data.sender.name, data.sender.organisation ? organisationName(data.sender.organisation) : undefined].filter(Boolean).join(', ')
    : undefined;
  const what = data.label ? `${data.title} (${data.label})` : data.title;
  const numbers = [LETTER_TEXT.caseNumber(data.sagsnr), data.doknr ? LETTER_TEXT.documentNumber(data.doknr) : undefined]
    .filter(Boolean)
    .join(', ');
  const head = sender ? `${sender}: ${what}` : what;
  const kind = data.sender ? LETTER_TEXT.letter : LETTER_TEXT.document;
  return `${head}. ${LETTER_TEXT.dated(kind, danishDate(data.date))}, ${numbers}. ${publisher}. ${permalink}`;
}
