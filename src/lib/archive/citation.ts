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
  // A title the editors wrote for a letter without a subject line is set in square brackets, as a
  // bibliography marks a supplied title, so a citation never passes it off as the letter's own.
  const title = data.editorialTitle ? `[${data.title}]` : data.title;
  const what = data.label ? `${title} (${data.label})` : title;
  const numbers = [LETTER_TEXT.caseNumber(data.sagsnr), data.doknr ? LETTER_TEXT.documentNumber(data.doknr) : undefined]
    .filter(Boolean)
    .join(', ');
  const head = sender ? `${sender}: ${what}` : what;
  const kind = data.sender ? LETTER_TEXT.letter : LETTER_TEXT.document;
  return `${head}. ${LETTER_TEXT.dated(kind, danishDate(data.date))}, ${numbers}. ${publisher}. ${permalink}`;
}
