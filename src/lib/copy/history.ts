/** The words of an indicator's «Ændringshistorik» (lib/history/history-view.ts, ChangeHistory.astro). */
export const HISTORY_TEXT = {
  heading: 'Ændringshistorik',
  intro:
    'Hver gang redaktionen har ændret tallene bag denne indikator, står det her med dato og redaktørens begrundelse. Historikken læses fra sitets versionsstyring (git), når sitet bygges; tekniske ændringer af selve sitet er ikke med.',
  /** Said for the commit that first put the figures on the site, instead of its (developer's) message. */
  firstVersion: 'Første udgave: tallene kom på sitet.',
  /** Said for an indicator that a developer's commit added, instead of the commit's message. */
  indicatorAdded: 'Indikatoren kom på sitet.',
  unavailable: 'Historikken er ikke tilgængelig i denne udgave af sitet.',
  empty: 'Der er ikke registreret ændringer for denne indikator.',
  change: 'Ændring',
  commit: 'Version',
  added: 'Tilføjet',
  revised: 'Rettet',
  removed: 'Fjernet',
  field: 'Ændret felt',
  created: 'Indikatoren oprettet',
  deleted: 'Indikatoren fjernet',
  /** «2 værdier tilføjet, 1 felt i beskrivelsen ændret»: the one-line summary of a change. */
  counts: {
    value: 'værdi',
    values: 'værdier',
    field: 'felt',
    fields: 'felter',
    addedVerb: 'tilføjet',
    revisedVerb: 'rettet',
    removedVerb: 'fjernet',
    fieldsVerb: 'i beskrivelsen ændret',
  },
  showChanged: (n: number) => `Vis de ændrede tal (${n})`,
} as const;
