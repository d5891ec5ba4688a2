/** Cell values of old file versions compared as an editor reads them: 12,5 and 12.50 are the same. */

/** "12,5" and "12.50" are the same value; anything that is not a plain number compares as text. */
export function sameValue(a: string, b: string): boolean {
  const na = plainNumber(a);
  const nb = plainNumber(b);
  if (na !== undefined && nb !== undefined) return na === nb;
  return a.trim() === b.trim();
}

export function plainNumber(raw: string): number | undefined {
  const s = raw.trim();
  if (!/^[-−]?\d+([.,]\d+)?$/.test(s)) return undefined;
  return Number(s.replace('−', '-').replace(',', '.'));
}
