/** The words around an indicator figure: its key, table, downloads and keyboard hint (barometer/figure-copy.ts). */
export const figureWords = {
  target: (period: string, value: string) => `Mål for ${period}: ${value} (vandret linje)`,
  pace: 'Nødvendigt tempo fra basis til mål (prikket linje)',
  baseline: (period: string, value: string) => `Basis ${period}: ${value} (lodret streg og ring)`,
  coverage: (who: string) => `Omfatter: ${who}`,
  tableLabel: (title: string) => `Tabel: ${title}`,
  noValue: 'ingen måling',
  downloadLead: 'Hent tallene: ',
  csv: 'CSV (til Excel)',
  json: 'JSON',
  keyboardHint: 'Brug piletasterne for at gå gennem målingerne.',
  svgLead: 'Hent grafen:',
  svg: 'SVG',
  empty: 'Der er endnu ingen målinger for denne indikator.',
} as const;
