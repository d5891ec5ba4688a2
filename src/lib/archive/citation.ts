/**
 * The suggested citation for a letter: who, what, when, case numbers, publisher, permanent link.
 * Plain text so it can be copied as is.
 */
import type { LetterData } from '../content-schemas.ts';
import { organisationName } from '../registry/organisations.ts';
import { danishDate } from './dates.ts';

export function letterCitation(data: LetterData, permalink: string, publisher: string): string {
  const sender = data.sender
    ? [data.sender.name, data.sender.organisation ? organisationName(data.sender.organisation) : undefined].filter(Boolean).join(', ')
    : undefined;
  const what = data.label ? `${data.title} (${data.label})` : data.title;
  const numbers = [`sagsnr. ${data.sagsnr}`, data.doknr ? `dok.nr. ${data.doknr}` : undefined].filter(Boolean).join(', ');
  const head = sender ? `${sender}: ${what}` : what;
  return `${head}. ${data.sender ? 'Brev' : 'Dokument'} af ${danishDate(data.date)}, ${numbers}. ${publisher}. ${permalink}`;
}
