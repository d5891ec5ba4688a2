/**
 * Numbers as editors write them. The file's delimiter decides the decimal sign (comma in Danish `;`
 * files, point in `,` files), so "1.234" in a Danish file is never silently read as 1,234.
 */
export function parseNumber(raw: string, decimal: ',' | '.'): number | undefined {
  const text = raw.trim().replace(/^\u2212/, '-');
  const pattern = decimal === ',' ? /^[-+]?\d+(,\d+)?$/ : /^[-+]?\d+(\.\d+)?$/;
  if (!pattern.test(text)) return undefined;
  return Number(text.replace(',', '.'));
}

/**
 * A double keeps every decimal number of up to 15 digits exactly: more, and the value the site
 * computes with (and writes into its derived downloads) is no longer the one in the file.
 */
export const MAX_DIGITS = 15;

/**
 * The digits of a number as written, from its first non-zero digit to its last digit; zeros at the
 * end of the decimals do not count (they change nothing). "0,0501" → 3, "1200" → 4, "55,10" → 3.
 */
export function writtenDigits(raw: string): number {
  const [whole = '', fraction = ''] = raw.replace(/[^\d,.]/g, '').split(/[,.]/);
  const digits = `${whole}${fraction.replace(/0+$/, '')}`.replace(/^0+/, '');
  return digits.length;
}
