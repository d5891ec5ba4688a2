/**
 * Danish messages for front matter that is not valid YAML: one for every error code of the `yaml`
 * package (its ErrorCode type) and for the reasons js-yaml gives when it alone refuses the text.
 * The libraries' English text is never shown; a reason not listed gets PLAIN_FIELDS, with the line.
 */

export interface YamlHint {
  /** Danish, after »front matter er ikke gyldig YAML: « unless `alone`. */
  message: string;
  expected: string;
  /** The message says what is wrong on its own (no »ikke gyldig YAML« before it). */
  alone?: boolean;
  /** »fik«, when it is not the line itself. */
  got?: string;
}

const FIELD_LINE = 'ét felt pr. linje som navn: værdi';
const QUOTE = 'en tekst med : # [ ] { } eller et tegn som @ og ` forrest i anførselstegn, fx title: "Brev: om boliger"';

export const PLAIN_FIELDS: YamlHint = { message: 'linjen kan ikke læses', expected: `${FIELD_LINE}; ${QUOTE}` };

export const NESTING: YamlHint = {
  message: 'listerne eller grupperne er indlejret for dybt ([ eller { inde i hinanden)',
  expected: 'en liste uden lister inde i sig, fx areas: [bolig, tryghed]',
};

const UNCLOSED: YamlHint = {
  message: 'et tegn mangler, fx et afsluttende anførselstegn eller ]',
  expected: 'hvert " og \' lukket, og hver [ og { lukket med ] og }',
};
const KEY: YamlHint = { message: 'et felt mangler ": " eller er indrykket forkert', expected: `${FIELD_LINE}; ${QUOTE}` };
const INDENT: YamlHint = { message: 'forkert indrykning', expected: 'felter på samme niveau indrykket lige meget, med mellemrum' };
const TAB: YamlHint = { message: 'tabulator bruges til indrykning', expected: 'indrykning med mellemrum' };
const ESCAPE: YamlHint = {
  message: 'en ukendt \\-kode i en tekst i dobbelte anførselstegn',
  expected: 'skriv \\\\ for en omvendt skråstreg, eller sæt teksten i enkelte anførselstegn',
};
const DOCS: YamlHint = {
  message: 'front matter har mere end ét YAML-dokument (en linje med --- eller ...)',
  expected: 'felterne mellem de to linjer med ---, uden flere --- eller ... imellem',
};
const ANCHOR: YamlHint = {
  message: 'et anker eller en henvisning (&navn, *navn) er skrevet forkert',
  expected: 'værdien skrevet ud, hvor den skal stå',
};
const TAGS: YamlHint = {
  message: 'et mærke (!…) står det forkerte sted eller passer ikke til værdien',
  expected: 'almindelig tekst uden mærke',
};

/** Every code of the `yaml` package's ErrorCode (node_modules/yaml/dist/errors.d.ts). */
export const YAML_CODES: Record<string, YamlHint> = {
  ALIAS_PROPS: ANCHOR,
  BAD_ALIAS: ANCHOR,
  BAD_DIRECTIVE: {
    message: 'en linje, der begynder med %, er ikke et felt',
    expected: `${FIELD_LINE}; en tekst med % forrest i anførselstegn`,
  },
  BAD_DQ_ESCAPE: ESCAPE,
  BAD_INDENT: INDENT,
  BAD_PROP_ORDER: TAGS,
  BAD_SCALAR_START: { message: 'en værdi kan ikke begynde med det tegn (fx @ eller `)', expected: QUOTE },
  BLOCK_AS_IMPLICIT_KEY: KEY,
  BLOCK_IN_FLOW: { message: 'en liste med - står inde i [ ] eller { }', expected: 'enten [a, b] eller én linje med - pr. værdi' },
  DUPLICATE_KEY: { message: 'feltet står to gange', expected: 'feltet én gang: slet den ene linje, eller ret navnet' },
  IMPOSSIBLE: PLAIN_FIELDS,
  MISSING_CHAR: UNCLOSED,
  MULTILINE_IMPLICIT_KEY: KEY,
  MULTIPLE_ANCHORS: ANCHOR,
  MULTIPLE_DOCS: DOCS,
  MULTIPLE_TAGS: TAGS,
  NON_STRING_KEY: { message: 'et feltnavn er en liste eller en gruppe, ikke et navn', expected: FIELD_LINE },
  RESOURCE_EXHAUSTION: NESTING,
  TAB_AS_INDENT: TAB,
  TAG_RESOLVE_FAILED: TAGS,
  UNEXPECTED_TOKEN: { message: 'et uventet tegn', expected: `${FIELD_LINE}; ${QUOTE}` },
  BAD_COLLECTION_TYPE: TAGS,
};

/** js-yaml's reasons (lib/loader.js), by their beginning; the rest read as PLAIN_FIELDS. */
const JS_YAML_REASONS: readonly [RegExp, YamlHint][] = [
  [/^nesting exceeded maxDepth/, NESTING],
  [/^(unknown tag|cannot resolve a node with|unacceptable node kind|undeclared tag handle|tag )/, TAGS],
  [/within a (double|single) quoted scalar|within a flow collection|within a verbatim tag/, UNCLOSED],
  [
    /^missed comma between flow collection entries/,
    { message: 'et komma mangler mellem værdierne i [ ] eller { }', expected: 'værdierne adskilt af komma, fx [bolig, tryghed]' },
  ],
  [/^tab characters must not be used in indentation/, TAB],
  [/^bad indentation/, INDENT],
  [/^duplicated mapping key/, YAML_CODES.DUPLICATE_KEY!],
  [/^(can not read|a whitespace character is expected|incomplete explicit mapping pair)/, KEY],
  [/^(unknown escape sequence|expected hexadecimal character)/, ESCAPE],
  [/^expected a single document/, DOCS],
  [/alias|anchor|merge/, ANCHOR],
];

export function jsYamlHint(reason: string): YamlHint {
  return JS_YAML_REASONS.find(([pattern]) => pattern.test(reason))?.[1] ?? PLAIN_FIELDS;
}
