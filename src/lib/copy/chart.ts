/**
 * The words a chart prints: direct labels, the key's names for line styles and flagged values, and
 * the title block and footer of a standalone chart file. Chart modules take them from here.
 */
import type { FlagId } from '../registry/flags.ts';

export const chartCopy = {
  /** Direct label at the target's line: «Mål 2025». */
  targetLabel: (period: string) => `Mål ${period}`,
  /** Line styles in series order, named in the key (never colour alone). */
  seriesStyles: ['fuldt optrukket linje med cirkler', 'stiplet linje med firkanter', 'prikket linje med trekanter', 'streg-prik-linje med romber'],
  /** What a hollow marker stands for. */
  flagNoun: {
    foreløbig: 'foreløbigt tal',
    revideret: 'revideret tal',
    'brud i serien': 'brud i serien',
    skønnet: 'skønnet tal',
  } satisfies Record<FlagId, string>,
  legend: {
    gap: (periods: string) => `Ingen måling: ${periods}; linjen er afbrudt, hvor der ikke er målt`,
    hollow: (noun: string, where: string, brief: boolean) =>
      `Hul markør: ${noun} (${where}); ${brief ? 'se noten på indikatorens side' : 'se noten under tabellen'}`,
    breaks: (where: string) => `Brud i serien ${where}, prikkede lodrette linjer. Se hvorfor på indikatorens side.`,
    break: (where: string, how: string, why: string) => `Brud i serien ${where}, prikket lodret linje; ${how}.${why}`,
    seeWhy: ' Se hvorfor på indikatorens side.',
    breakHow: (startsSeries: boolean, several: boolean) =>
      startsSeries ? (several ? 'serierne begynder her' : 'serien begynder her') : several ? 'linjerne er afbrudt' : 'linjen er afbrudt',
  },
  file: {
    source: (source: string) => `Kilde: ${source}`,
    footer: (pageUrl: string) => `Integrationsbarometeret, Københavns Kommune – ${pageUrl}`,
  },
} as const;
