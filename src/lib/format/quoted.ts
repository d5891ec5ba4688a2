/**
 * A text cut at its »…« quotes, so a page can keep each quoted example on one line: a case number
 * such as »2009-9512« otherwise breaks at its hyphen on a phone and reads as two numbers.
 */
export interface TextPart {
  text: string;
  /** The part is a quotation, marks included. */
  quoted: boolean;
}

export function quotedParts(text: string): TextPart[] {
  return text
    .split(/(»[^»«]*«)/)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, quoted: part.startsWith('»') && part.endsWith('«') }));
}
