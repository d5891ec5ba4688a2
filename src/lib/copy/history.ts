/** The words of an indicator's »Ændringshistorik« (lib/history/history-view.ts, ChangeHistory.astro). */
export const HISTORY_TEXT = {
  heading: 'Ændringshistorik',
  intro:
    'Hver ændring af tallene bag denne indikator står her med dato: nye, rettede og fjernede værdier, ændrede markeringer, noter og kilder og ændringer i indikatorens beskrivelse. Har redaktionen foretaget ændringen, står redaktørens begrundelse med. Historikken læses fra sitets versionsstyring (git), når sitet bygges; tekniske ændringer af selve sitet, som ikke ændrer tallene, er ikke med.',
  /** Said for the commit that first put the figures on the site, instead of its (developer's) message. */
  firstVersion: 'Første udgave: tallene kom på sitet.',
  /** Said for an indicator that a developer's commit added, instead of the commit's message. */
  indicatorAdded: 'Indikatoren kom på sitet.',
  /** Said for figures changed in a commit that also changed the site's code, instead of the commit's message. */
  developerChange: 'Ændret sammen med en opdatering af sitet.',
  unavailable: 'Historikken er ikke tilgængelig i denne udgave af sitet.',
  empty: 'Der er ikke registreret ændringer for denne indikator.',
  change: 'Ændring',
  commit: 'Version',
  added: 'Tilføjet',
  revised: 'Rettet',
  removed: 'Fjernet',
  field: 'Ændret felt',
  /** A kept value's flag, note, source or source address changed: the line's label. */
  details: { flag: 'Markering', note: 'Note', source: 'Kilde', sourceUrl: 'Kildens adresse' },
  created: 'Indikatoren oprettet',
  deleted: 'Indikatoren fjernet',
  /** »2 værdier tilføjet, 1 felt i beskrivelsen ændret«: the one-line summary of a change. */
  counts: {
    value: 'værdi',
    values: 'værdier',
    field: 'felt',
    fields: 'felter',
    addedVerb: 'tilføjet',
    revisedVerb: 'rettet',
    removedVerb: 'fjernet',
    fieldsVerb: 'i beskrivelsen ændret',
    /** »2 markeringer ændret«: one and many of each kind of value detail. */
    details: {
      flag: ['markering', 'markeringer'],
      note: ['note', 'noter'],
      source: ['kilde', 'kilder'],
      sourceUrl: ['kildeadresse', 'kildeadresser'],
    },
    detailsVerb: 'ændret',
  },
  showChanged: (n: number) => `Vis ændringerne (${n})`,
  /** The columns of data/indicators.csv as a reader knows them (the facts' words where there are some). */
  fieldNames: {
    id: 'Id',
    area: 'Område',
    title: 'Titel',
    definition: 'Definition',
    unit: 'Enhed',
    direction: 'God retning',
    main: 'Hovedindikator',
    main_label: 'Betegnelse som hovedindikator',
    baseline_period: 'Basisperiode',
    baseline_value: 'Basisværdi',
    target_period: 'Målperiode',
    target_value: 'Målværdi',
    tolerance: 'Tolerance',
    source: 'Kilde',
    source_url: 'Kildens adresse',
    method: 'Metode og forbehold',
    illustrative: 'Eksempeldata',
    coverage: 'Omfatter',
    baseline_note: 'Valg af basisår',
    next_update: 'Næste opdatering forventes',
    unit_noun: 'Hvad antallet tæller',
  } as Readonly<Record<string, string>>,
} as const;
