/**
 * What the visitor typed, made searchable. Pagefind already splits "2009-9512" into its parts and
 * also indexes it joined, so case numbers are found as typed; this only evens out what Word and
 * PDFs put in pasted text (dashes, non-breaking spaces, typographic quotes) and the labels people copy with them.
 */
/**
 * The search field's limit (SearchApp.astro's maxlength): a pasted paragraph of about 70 words. The
 * engine searches at most MAX_SOME_WORDS of them one by one; the page says when a paste was cut.
 */
export const MAX_QUERY_LENGTH = 500;

const DASHES = /(\d)\s*[\u2010-\u2015\u2212]\s*(\d)/g;
const SPACES = /[\s\u00a0\u2007\u202f]+/g;
/** Pagefind matches an exact phrase when the whole query is in ASCII double quotes. */
const QUOTES = /[»«“”„]/g;
/**
 * "Sagsnr.: 2009-9512" and "dok.nr. 2009-194106" as copied from a letter head: the label is dropped
 * before a number (the number is what identifies the letter), kept when searched for on its own.
 * The whole family as people write it: sagsnummer, sagsnr., sags-nr., sags nr., sag nr.,
 * dokumentnummer, dokumentnr., dok.nr., dok-nr., journalnummer, journalnr., j.nr., jnr., with or
 * without the full stop and the colon. Pagefind has no such words, so «sagsnummer 2007-114951» found nothing.
 */
const LABELS = /(?<![\p{L}\p{N}])(?:sags?|dok(?:ument)?|j(?:ournal)?)(?:\s*[.-]\s*|\s+)?(?:nummer|nr)\.?\s*:?\s*(?=\d)/giu;

/**
 * A case or document number typed without its hyphen ("2007114951" for 2007-114951): a year, then
 * five to eight digits, as one word. Nine digits at least, so an eight-digit Danish phone number
 * ("20123456") is left as typed.
 */
const JOINED_NUMBER = /(?<![\d-])((?:19|20)\d{2})(\d{5,8})(?![\d-])/g;

export function normaliseQuery(raw: string): string {
  return raw.replace(QUOTES, '"').replace(LABELS, ' ').replace(SPACES, ' ').replace(DASHES, '$1-$2').replace(JOINED_NUMBER, '$1-$2').trim();
}
