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
