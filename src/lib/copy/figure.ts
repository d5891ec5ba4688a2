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
  /** What a screen reader calls the chart once the script makes it keyboard-operable (aria-roledescription). */
  interactiveChart: 'graf',
  svgLead: 'Hent grafen:',
  svg: 'SVG',
  empty: 'Der er endnu ingen målinger for denne indikator.',
  notesTitle: 'Noter til tabellen',
  source: 'Kilde:',
  keyLabel: 'Signaturforklaring',
  /** Copenhagen beside the other big cities (ComparisonFigure.astro). */
  comparison: {
    title: (indicator: string) => `${indicator}: København og de andre storbyer`,
    how: (axis: string) =>
      'Hver lille graf viser én kommune (fuldt optrukket linje med cirkler) og København til sammenligning (grå stiplet ' +
      'linje; et københavnsk tal uden tal året før og efter står som en grå prik). Alle graferne har samme akser; ' +
      `den lodrette akse er ${axis}. Hule cirkler er ` +
      'markerede tal, og en prikket lodret linje er et brud i serien.',
    tableLabel: (indicator: string) => `Tabel: ${indicator}, byerne sammenlignet`,
    downloadLead: 'Hent sammenligningen:',
  },
  /** »Kilder til tallene« (ValueSources.astro). */
  sources: {
    heading: 'Kilder til tallene',
    secondary: 'sekundær kilde',
    values: (n: number) => (n === 1 ? '1 værdi' : `${n} værdier`),
    readAt: 'Læst her:',
  },
} as const;
