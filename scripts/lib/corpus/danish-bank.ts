/**
 * Phrase bank for generated letters: Danish municipal prose about integration, budgets and committees.
 * Templates use {slots} filled by danish-text.ts. The words vary in inflection (konferencen,
 * konferencerne, udgiften, udgifterne) and compounds on purpose, so search is tested as on real letters.
 */
import { MONTH_NAMES } from '../../../src/lib/format/period.ts';
import type { AreaId } from '../../../src/lib/registry/areas.ts';

export interface AreaPhrases {
  /** The area as a field of policy, e.g. "beskæftigelsesområdet". */
  field: string;
  /** Noun phrases the letters discuss. */
  topics: string[];
  /** Named local initiatives. */
  initiatives: string[];
}

export const AREA_PHRASES: Record<AreaId, AreaPhrases> = {
  beskaeftigelse: {
    field: 'beskæftigelsesområdet',
    topics: [
      'ledigheden blandt nyankomne flygtninge',
      'jobcentrenes virksomhedsrettede indsats',
      'praktikpladser og løntilskudsjob',
      'beskæftigelsesfrekvensen for ikke-vestlige indvandrere',
      'sprogundervisning på arbejdspladsen',
      'mentorordningen for langtidsledige',
      'iværksætteri blandt nydanskere',
      'samarbejdet med virksomhederne om rekruttering',
    ],
    initiatives: ['Jobstart København', 'Brobyggerprojektet', 'Virksomhedspartnerskabet', 'Ung i Job', 'Mentorkorpset'],
  },
  bolig: {
    field: 'boligområdet',
    topics: [
      'den boligsociale helhedsplan',
      'beboersammensætningen i de almene boligafdelinger',
      'de udsatte boligområder',
      'den kommunale anvisningsret til almene boliger',
      'renoveringen af boligafdelingerne',
      'beboerdemokratiet i afdelingsbestyrelserne',
      'fraflytningen fra de store bebyggelser',
    ],
    initiatives: ['Naboskab i Tingbjerg', 'Helhedsplanen for Mjølnerparken', 'Boligsocial Vest', 'Byliv Sydhavn'],
  },
  tryghed: {
    field: 'tryghedsområdet',
    topics: [
      'trygheden i lokalområderne',
      'den kriminalitetsforebyggende indsats',
      'SSP-samarbejdet mellem skole, socialforvaltning og politi',
      'gadeplansarbejdet om aftenen',
      'forebyggelsen af radikalisering',
      'forældrenetværkene i bydelene',
      'borgernes oplevelse af tryghed om aftenen',
    ],
    initiatives: ['Natteravnene på Nørrebro', 'Tryg Bydel', 'Forældrepatruljen', 'Exitprogrammet'],
  },
  uddannelse: {
    field: 'uddannelsesområdet',
    topics: [
      'tosprogede elevers faglige niveau',
      'gennemførelsen af en ungdomsuddannelse',
      'sprogstimuleringen i dagtilbuddene',
      'lektiecaféerne på folkebibliotekerne',
      'modtagelsesklasserne',
      'forældresamarbejdet i folkeskolen',
      'frafaldet på erhvervsuddannelserne',
    ],
    initiatives: ['Lektiecafé Nord', 'Sprogpiloterne', 'Uddannelsesambassadørerne', 'Brobygning til Gymnasiet'],
  },
  'sundhed-og-omsorg': {
    field: 'sundheds- og omsorgsområdet',
    topics: [
      'sundhedsplejens hjemmebesøg',
      'ældre indvandreres brug af hjemmeplejen',
      'tolkebistanden i sundhedsvæsenet',
      'de forebyggende sundhedssamtaler',
      'mangfoldigheden i ældreplejen',
      'den mentale sundhed blandt unge',
      'rygestopkurserne på flere sprog',
    ],
    initiatives: ['Sundhedsformidlerne', 'Bydelsmødrene', 'Sund By Netværket', 'Seniorguiderne'],
  },
  'kultur-og-fritid': {
    field: 'kultur- og fritidsområdet',
    topics: [
      'foreningslivets medlemssammensætning',
      'børns deltagelse i idrætsforeninger',
      'bibliotekernes tilbud til nye borgere',
      'kulturhusenes arrangementer',
      'fritidsjobbene til unge',
      'de frivillige foreningers økonomi',
      'adgangen til svømmehallerne',
    ],
    initiatives: ['Fritidspasset', 'Kulturtrappen', 'Idræt for Alle', 'Foreningsguiderne'],
  },
};

export const GROUPS = [
  'nyankomne flygtninge',
  'indvandrere og efterkommere med ikke-vestlig baggrund',
  'tosprogede børn og unge',
  'ældre indvandrere',
  'familiesammenførte ægtefæller',
  'unge uden uddannelse',
  'kvinder uden for arbejdsmarkedet',
  'etniske minoritetsfamilier',
  'borgere med kort skolegang',
];

export const DISTRICTS = [
  'Nørrebro',
  'Tingbjerg',
  'Bispebjerg',
  'Amager Øst',
  'Amager Vest',
  'Valby',
  'Vesterbro',
  'Sydhavnen',
  'Brønshøj-Husum',
  'Østerbro',
  'Indre By',
  'Vanløse',
];

/** The site's own month names (format/period.ts). */
export const MONTHS = MONTH_NAMES;

/** Words that appear in only a few letters, so search has a rare term to find. */
export const RARE_WORDS = [
  'kolonihaveforeningen',
  'cykelundervisningen',
  'lommepengejob',
  'madklubberne',
  'sommerskoleforløbet',
  'havnebadet',
  'svømmeundervisningen',
  'lektieveninder',
  'skakklubben',
  'bogstartspakkerne',
  'computerkurserne',
  'vuggestuepladserne',
  'fodboldturneringen',
  'bydelsavisen',
  'ramadanarrangementet',
];

/** Sentence templates. Slots: emne, gruppe, indsats, omr, udvalg, forv, bydel, aar, naesteaar, beloeb, pct, antal, maaned. */
export const SENTENCES = [
  'Forvaltningen har i {aar} fulgt udviklingen i {emne} tæt.',
  'Som det fremgår af integrationsbarometeret, er der sket en positiv udvikling for {gruppe} i {bydel}.',
  'Udgiften til {indsats} forventes at udgøre {beloeb} i {naesteaar}.',
  'Udgifterne afholdes inden for den eksisterende ramme på {omr}.',
  '{udvalg} besluttede på sit møde i {maaned} at iværksætte en ny indsats for {gruppe}.',
  'Beslutningen om at videreføre {indsats} blev truffet på baggrund af en evaluering fra {aar}.',
  'Evalueringen viser, at {pct} af deltagerne efter et år var i job eller uddannelse.',
  'Der er i alt {antal} borgere, som har deltaget i {indsats} siden opstarten.',
  'Det er forvaltningens vurdering, at {emne} fortsat kræver en særlig opmærksomhed.',
  'Konferencen samlede over {antal} deltagere fra forvaltningerne, foreningerne og boligorganisationerne.',
  'På konferencerne har der været bred enighed om, at {emne} skal prioriteres.',
  'Konferencens workshops gav en række konkrete forslag til, hvordan {gruppe} kan inddrages bedre.',
  'Idékataloget fra integrationskonferencen indeholder flere forslag, der vedrører {omr}.',
  'Jeg vil derfor opfordre til, at forslagene drøftes i {udvalg} inden budgetforhandlingerne for {naesteaar}.',
  '{forv} vil i samarbejde med de øvrige forvaltninger udarbejde en handleplan for {emne}.',
  'Handleplanen forelægges {udvalg} til godkendelse i {maaned} {naesteaar}.',
  'Indsatsen er finansieret af puljen til integrationsinitiativer med {beloeb} om året.',
  'Målet er, at andelen stiger til {pct} inden udgangen af {naesteaar}.',
  'Andelen af {gruppe}, der oplever diskrimination, er faldet til {pct}.',
  'Der er fortsat en betydelig forskel mellem {gruppe} og den øvrige befolkning.',
  'Forskellen er dog indsnævret en smule siden basisåret.',
  'Tallene for {aar} viser stilstand, og målet for {omr} er derfor ikke nået.',
  'I {bydel} er indsatsen blevet udvidet med to nye medarbejdere i gadeplansarbejdet.',
  'Samarbejdet med de lokale foreninger i {bydel} fungerer efter forvaltningens opfattelse godt.',
  'Budgetforhandlingerne for {naesteaar} vil vise, om der er politisk vilje til at prioritere {emne}.',
  'Forvaltningen anbefaler, at {indsats} gøres permanent fra {naesteaar}.',
  'Det bemærkes, at opgørelsen bygger på registerdata fra Danmarks Statistik.',
  'Målingen gennemføres hvert år i {maaned}, og resultaterne offentliggøres på kommunens hjemmeside.',
  'Integrationsrådet er blevet hørt og støtter forslaget.',
  'Integrationsrådet har i sit høringssvar peget på behovet for en styrket indsats over for {gruppe}.',
  'Ifølge integrationspolitikken skal alle borgere have lige muligheder for at deltage i byens liv.',
  'Med integrationspolitikken har Borgerrepræsentationen fastlagt klare mål for {omr}.',
  'Status for {omr} er beskrevet nærmere i vedlagte bilag.',
  'Som bilag er vedlagt en oversigt over udgifterne fordelt på forvaltninger.',
  'Der henvises i øvrigt til den tidligere fremsendte redegørelse om {emne}.',
  'Forvaltningen har modtaget en henvendelse fra en borger i {bydel} om {emne}.',
  'Henvendelsen giver anledning til at præcisere kommunens praksis på området.',
  'Jeg kan oplyse, at sagen er behandlet i overensstemmelse med gældende regler.',
  'Den samlede økonomi for indsatsen beløber sig til {beloeb} over fire år.',
  'Der er afsat {beloeb} til evaluering og opfølgning.',
  'Midlerne er bevilget af Borgerrepræsentationen ved vedtagelsen af budgettet for {aar}.',
  'Udviklingen følges løbende gennem integrationsbarometerets indikatorer.',
  'Indikatoren for {emne} er forbedret med {pct} siden basisåret.',
  'For {gruppe} gælder det særligt, at tidlig indsats betaler sig.',
  'Erfaringerne fra {indsats} viser, at en fast kontaktperson gør en stor forskel.',
  'Forældrene til {gruppe} inddrages gennem møder på skolerne og i boligafdelingerne.',
  'Det har vist sig vanskeligt at rekruttere deltagere blandt {gruppe}.',
  'Forvaltningen vil derfor styrke den opsøgende indsats i {bydel}.',
  'Jeg ser frem til et fortsat godt samarbejde om integrationsindsatsen.',
  'Der vil blive fulgt op på sagen i forbindelse med den årlige status i {maaned}.',
  'En tværgående arbejdsgruppe med deltagelse af alle syv forvaltninger er nedsat.',
  'Arbejdsgruppen afleverer sine anbefalinger til {udvalg} senest i {maaned} {naesteaar}.',
  'De foreløbige resultater tyder på, at indsatsen har haft en effekt for {gruppe}.',
  'Det er endnu for tidligt at konkludere, om {indsats} har nået sine mål.',
  'Antallet af henvisninger er steget fra {antal} til et højere niveau i løbet af året.',
  'Ventetiden på et forløb er nedbragt til under fire uger.',
  '{forv} har ansvaret for at koordinere indsatsen på tværs af forvaltningerne.',
  'Det foreslås, at der afsættes {beloeb} i {naesteaar} til at udbrede {indsats} til flere bydele.',
  'Borgerrepræsentationen vedtog i {aar} en ny integrationspolitik med fokus på {emne}.',
  'I forhold til målet for {omr} er udviklingen gået for langsomt.',
];

export const PARAGRAPH_OPENERS = [
  'Jeg sender hermed forvaltningens redegørelse om {emne} til orientering.',
  'Hermed fremsendes status for integrationsbarometeret for {aar}.',
  'Tak for jeres henvendelse af {dag}. {maaned} om {emne}.',
  'Som opfølgning på integrationskonferencen i {aar} vil jeg orientere om det videre arbejde.',
  'I forlængelse af {udvalg}s behandling af sagen sender jeg hermed det ønskede materiale.',
  'Jeg skal hermed besvare spørgsmålet om {emne}, som blev rejst på seneste møde.',
];

export const HEADINGS = [
  'Baggrund',
  'Status',
  'Økonomi',
  'Videre proces',
  'Indstilling',
  'Resultater',
  'Forslag',
  'Evaluering',
  'Tidsplan',
  'Høring',
  'Sammenfatning',
  'Udfordringer',
];

export const SUBJECTS = [
  'Integrationsbarometeret {aar}: status for {omr}',
  'Opfølgning på integrationskonferencen {aar}',
  'Høringssvar om {emne}',
  'Budgetønsker for {naesteaar} på {omr}',
  'Orientering om {indsats}',
  'Forslag til nye indsatser på {omr}',
  'Svar på henvendelse om {emne}',
  'Idékatalog fra integrationskonferencen {aar}',
  'Afrapportering af {indsats} for {aar}',
  'Indstilling om {emne}',
];

export const SALUTATIONS = ['Kære kollegaer', 'Kære udvalgsmedlemmer', 'Kære borgmestre', 'Til udvalgets medlemmer', 'Kære alle'];
export const CLOSINGS = ['Venlig hilsen', 'Med venlig hilsen', 'Med venlig hilsen og på forhånd tak'];

export const FIRST_NAMES = [
  'Anne',
  'Mette',
  'Lars',
  'Søren',
  'Jens',
  'Hanne',
  'Peter',
  'Camilla',
  'Mikkel',
  'Ayse',
  'Ahmed',
  'Fatima',
  'Kirsten',
  'Henrik',
  'Louise',
  'Rasmus',
  'Birgitte',
  'Thomas',
  'Nadia',
  'Jakob',
  'Pernille',
  'Morten',
  'Lene',
  'Ali',
  'Sofie',
  'Bjørn',
  'Marianne',
  'Kasper',
  'Yasmin',
  'Torben',
];

export const SURNAMES = [
  'Hansen',
  'Jensen',
  'Nielsen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Madsen',
  'Kristensen',
  'Olsen',
  'Thomsen',
  'Poulsen',
  'Møller',
  'Mortensen',
  'Yilmaz',
  'Hussein',
  'Khan',
  'Østergaard',
  'Kjærgaard',
  'Lindberg',
  'Dalsgaard',
  'Bækgaard',
  'Holm',
  'Frandsen',
];

export const STAFF_TITLES = ['Administrerende direktør', 'Kontorchef', 'Chefkonsulent', 'Specialkonsulent', 'Fuldmægtig'];

export const ATTACHMENTS = [
  'Idékatalog fra integrationskonferencen {aar}',
  'Status for integrationsbarometeret {aar}',
  'Oversigt over udgifter fordelt på forvaltninger',
  'Evaluering af {indsats}',
  'Høringssvar fra Integrationsrådet',
  'Handleplan for {omr}',
];
