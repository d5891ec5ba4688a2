/**
 * Front-matter schemas for every content collection. Enums come from the registries, so an unknown
 * area or committee is refused with the list of allowed values. Used by src/content.config.ts and
 * by the editor check (scripts/check.ts), so both judge a file the same way.
 */
import { z } from 'zod';
import { AREA_IDS } from './registry/areas.ts';
import { ADMINISTRATION_ABBRS, ORGANISATION_ABBRS } from './registry/organisations.ts';
import { judgeUrl } from './content-policy/url-policy.ts';
import { ATTACHMENT_EXTENSIONS, attachmentStem, isAttachmentName } from './attachments/kinds.ts';

/** Danish date in front matter: YYYY-MM-DD (YAML may already have turned it into a Date). */
const isoDate = z.coerce.date({ error: 'forventede en dato som ÅÅÅÅ-MM-DD' });
const organisation = z.enum(ORGANISATION_ABBRS);
const area = z.enum(AREA_IDS);
const administration = z.enum(ADMINISTRATION_ABBRS);
/**
 * Front-matter text has a length, as CSV cells have (TEXT_LIMITS): a pasted document in a title or
 * summary was published whole in the page, every list and the feed (a 5 MB summary made feed.xml
 * 5 MB). Far above any real value: the longest title of the real letters is about 190 characters.
 */
const TEXT_MAX = 1_000;
const TITLE_MAX = 300;
const PROSE_MAX = 3_000;
/** Optional free text of up to `max` characters. */
const prose = (max = PROSE_MAX) => z.string().max(max).optional();
/**
 * Text that must say something: "   " would publish an empty heading or label. Trimmed, so the
 * check reports such a value as empty (scripts/lib/check/zod-issues.ts, "feltet … er tomt").
 */
const nonBlank = (max = TEXT_MAX) => z.string().trim().min(1).max(max);
/** A list whose items may stand only once: »areas: [bolig, bolig]« would show the area twice. */
const uniqueList = <T extends z.ZodType<string>>(item: T) =>
  z.array(item).superRefine((list, ctx) => {
    list.forEach((v, i) => {
      if (list.indexOf(v) !== i) ctx.addIssue({ code: 'custom', path: [i], message: `"${v}" står to gange i listen` });
    });
  });

// Nested groups are strict like the top level (scripts/lib/check/rules/unknown-keys.ts): an
// `email:` written under sender instead of under sender.contact would otherwise vanish without a word.
export const personSchema = z
  .object({
    name: nonBlank().optional(),
    title: nonBlank().optional(),
    organisation: organisation.optional(),
  })
  .strict();

/**
 * Case and document numbers are text. YAML reads an unquoted 0012345 as the number 12345 and
 * 2009-04-02 as a date, so such a value is refused with the advice to quote it, never published
 * changed (the editor check says the same, with file:line:column).
 */
/**
 * The characters of a case, document or journal number as printed: digits and letters, joined by
 * hyphens, dots, slashes or spaces (»2009-9512«, »292118«, »00.01.00-A00-1-12«). Anything else is a
 * slip or an attempt (»<script>«, »=1+1«, »2009-7, title:…«), and it would be published in the
 * letter's metadata, the search index and breve.json.
 */
const CASE_NUMBER = /^(?:[\p{L}\d]+(?:[-./ ][\p{L}\d]+)*)?$/u; // empty: »er tomt« alone
const CASE_NUMBER_MAX = 40;
export const CASE_NUMBER_EXPECTED = 'tal og bogstaver, evt. adskilt af bindestreg, punktum, skråstreg eller mellemrum, fx "2009-9512"';

function caseNumber(name: string, message: string) {
  return z
    .string({
      error: (issue) => {
        const input: unknown = issue.input;
        if (input === undefined || input === null) return message;
        const shown = input instanceof Date ? input.toISOString().slice(0, 10) : String(input);
        return `${name} skal stå i anførselstegn: YAML læser ${shown} som ${input instanceof Date ? 'en dato' : 'et tal'} (skriv ${name}: "${shown}")`;
      },
    })
    .trim()
    .min(1, message)
    .max(CASE_NUMBER_MAX)
    .regex(CASE_NUMBER, CASE_NUMBER_EXPECTED);
}

/**
 * An e-mail address as printed in a letterhead: one @, a domain with a dot, nothing that is not part
 * of an address (spaces, quotes, brackets). It is shown as text, but a value that is not an address
 * is an editor's slip or worse, and journalists copy it.
 */
const EMAIL_PATTERN = /^[^\s@"'<>()[\],;:]+@[^\s@"'<>()[\],;:]+\.[^\s@"'<>()[\],;:.]{2,}$/u;
/** A web address as printed: a host like www.kk.dk, optionally with http(s):// and a path. */
const WEB_PATTERN = /^(?:https?:\/\/)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)+(?::\d+)?(?:\/[^\s"'<>]*)?$/iu;

/** Contact details as printed in a letter's letterhead or footer. */
export const contactSchema = z
  .object({
    /** Address lines as printed, e.g. ["Rådhuset", "1599 København V."]. */
    address: z.array(nonBlank()).default([]),
    phone: nonBlank().optional(),
    directPhone: nonBlank().optional(),
    fax: nonBlank().optional(),
    email: z.string().trim().regex(EMAIL_PATTERN, 'forventede en e-mailadresse som navn@kk.dk').optional(),
    web: z.array(z.string().trim().regex(WEB_PATTERN, 'forventede en webadresse som www.kk.dk eller https://www.kk.dk/…')).default([]),
  })
  .strict();

export const senderSchema = personSchema
  .extend({
    name: nonBlank(),
    /** The unit printed in the letterhead or signature, e.g. "Borgmesteren" or "Direktionen". */
    unit: nonBlank().optional(),
    contact: contactSchema.optional(),
  })
  .strict();

/** A recipient is a committee/administration (organisation), a person, or both. */
export const recipientSchema = personSchema.refine((r) => r.name !== undefined || r.organisation !== undefined, {
  message: 'en modtager skal have name eller organisation',
});

/** A receiving administration's stamp on the letter, e.g. Socialforvaltningen's "6 APR. 2009, J.nr.". */
export const receivedStampSchema = z
  .object({
    organisation,
    /** Office named in the stamp, e.g. "Rådhuset, Sekretariatet". */
    unit: nonBlank().optional(),
    date: isoDate,
    /** The receiving administration's journal number. */
    jnr: caseNumber('jnr', 'j.nr. i modtagelsesstemplet er tomt').optional(),
    /** The stamp's routing grid, kept as printed: one row per addressee, one column per action. */
    routing: z
      .object({
        heading: nonBlank(),
        columns: z.array(nonBlank()).min(1),
        rows: z.array(nonBlank()).min(1),
        note: nonBlank().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const EXTENSIONS = ATTACHMENT_EXTENSIONS.map((e) => `.${e}`);

/**
 * A file in the letter's own folder (content/letters/<slug>/bilag-1.pdf), named by its file name
 * only: the build publishes it at /breve/<slug>/<name> (src/lib/attachments/).
 */
const attachmentFile = z.string().refine(isAttachmentName, {
  message: `skriv filnavnet på en fil i brevets mappe: små bogstaver a–z, tal og bindestreger, og ${EXTENSIONS.slice(0, -1).join(', ')} eller ${EXTENSIONS.at(-1)} til sidst (fx bilag-1.pdf)`,
});

export const attachmentSchema = z
  .object({
    /** The letter's own name for it, e.g. "Bilag 1". */
    label: nonBlank().optional(),
    title: nonBlank(TITLE_MAX),
    /** A file beside the letter (content/letters/<slug>/<file>), published, listed and searchable. */
    file: attachmentFile.optional(),
    /** Or a file under public/ or an absolute URL; the link policy applies as in the text. */
    href: z
      .string()
      .min(1)
      .refine((v) => judgeUrl(v, 'link') === undefined && /^(https?:\/\/|\/(?![/\\]))/i.test(v.trim()), {
        message: 'adressen skal begynde med https://, http:// eller / (en fil på sitet)',
      })
      .optional(),
    note: nonBlank().optional(),
  })
  // A misspelt key ("fil:") would otherwise be dropped without a word and the file left undeclared.
  .strict()
  .refine((a) => a.file === undefined || a.href === undefined, {
    message: 'et bilag har enten file (en fil i brevets mappe) eller href (en adresse), ikke begge',
    path: ['href'],
  });

export const letterSchema = z
  .object({
    title: nonBlank(TITLE_MAX),
    /** True when the letter has no subject line and the title was written by the editor. */
    editorialTitle: z.boolean().default(false),
    /** The document's own label, e.g. "Bilag 2". */
    label: nonBlank().optional(),
    date: isoDate,
    sagsnr: caseNumber('sagsnr', 'sagsnr mangler (forventede fx "2009-9512")'),
    doknr: caseNumber('doknr', 'doknr er tomt').optional(),
    jnr: caseNumber('jnr', 'jnr er tomt').optional(),
    /** Absent when the document names no sender (e.g. an unsigned attachment). */
    sender: senderSchema.optional(),
    recipients: z.array(recipientSchema).default([]),
    /** Free text for a salutation-only addressee, e.g. "Borgmestre, fagudvalg og forvaltninger". */
    recipientsNote: prose(),
    areas: uniqueList(area).default([]),
    indicators: uniqueList(z.string()).default([]),
    attachments: z.array(attachmentSchema).default([]),
    /** The letter as received (a PDF or DOCX in the letter's folder, e.g. original.pdf): published and listed. */
    original: attachmentFile.optional(),
    receivedStamp: receivedStampSchema.optional(),
    summary: prose(),
    /** Where the letter comes from, in words a reader understands; shown under the letter. */
    provenance: prose(),
    /** The file the text was taken from (e.g. the archive's text file); for editors and the importer, never shown. */
    sourceFile: z.string().optional(),
    /** Editorial notes on the digitised text: what was moved to the metadata and why. */
    notes: z.array(nonBlank(PROSE_MAX)).default([]),
    illustrative: z.boolean().default(false),
  })
  .superRefine((letter, ctx) => {
    // Each file once, and no two with one name before the extension: bilag-1.pdf and bilag-1.csv
    // would share the text page /breve/<slug>/bilag-1/.
    const seen = new Map<string, string>();
    const names = new Set<string>();
    const files: { name: string; path: PropertyKey[] }[] = [
      ...(letter.original ? [{ name: letter.original, path: ['original'] }] : []),
      ...letter.attachments.flatMap((a, i) => (a.file ? [{ name: a.file, path: ['attachments', i, 'file'] }] : [])),
    ];
    for (const f of files) {
      const stem = attachmentStem(f.name);
      const earlier = seen.get(stem);
      if (names.has(f.name)) ctx.addIssue({ code: 'custom', message: 'filen er allerede nævnt i brevets front matter', path: f.path });
      else if (earlier !== undefined)
        ctx.addIssue({ code: 'custom', message: `navnet før endelsen er det samme som ${earlier}`, path: f.path });
      else seen.set(stem, f.name);
      names.add(f.name);
    }
  });

/** An idea from a conference's idea catalogue (idékatalog). */
export const ideaSchema = z
  .object({
    /** Stable anchor on the catalogue page: small letters, digits and hyphens. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id må kun have små bogstaver a-z, tal og bindestreger (fx "sprogcafe-for-moedre")'),
    title: nonBlank(TITLE_MAX),
    description: nonBlank(PROSE_MAX),
    areas: uniqueList(area).min(1),
    /** The administrations (forvaltninger) responsible, e.g. "BUF". */
    responsible: uniqueList(administration).min(1),
    /** True for an example idea that is not from a real catalogue; the site marks it "Eksempeldata". */
    illustrative: z.boolean(),
    /** Where a real idea is documented (catalogue page, letter). Required unless illustrative. */
    source: nonBlank().optional(),
  })
  .strict()
  .refine((i) => i.illustrative || i.source !== undefined, {
    message: 'en idé uden kilde skal have illustrative: true (ellers angiv source)',
    path: ['source'],
  });

export const conferenceSchema = z
  .object({
    title: nonBlank(TITLE_MAX),
    year: z.number().int(),
    /** "afholdt" when it took place; "foreslået" when only a proposal is documented. */
    status: z.enum(['afholdt', 'foreslået'], { error: 'status skal være "afholdt" eller "foreslået"' }),
    date: isoDate.optional(),
    /** The planned time when no date is known, e.g. "februar 2008". */
    when: nonBlank().optional(),
    place: nonBlank(),
    participants: prose(),
    theme: nonBlank().optional(),
    /** Proposed themes when the theme was not yet chosen. */
    themeProposals: z.array(z.object({ title: nonBlank(), description: nonBlank(PROSE_MAX).optional() }).strict()).default([]),
    budget: nonBlank().optional(),
    /** The administration that held the conference. */
    organiser: administration.optional(),
    summary: prose(),
    /** Letters (slugs, the file names in content/letters) that document this conference. */
    letters: z.array(z.string()).default([]),
    ideas: z.array(ideaSchema).default([]),
    illustrative: z.boolean().default(false),
    illustrativeNote: prose(),
  })
  .refine((c) => c.status !== 'afholdt' || (c.date !== undefined && c.theme !== undefined), {
    message: 'en afholdt konference skal have date og theme',
    path: ['date'],
  })
  .superRefine((c, ctx) => {
    // The year names the conference, its file and its address (/konferencer/2009/): a date in
    // another year would show »Integrationskonference 2009 … 22. januar 2011«.
    if (c.date !== undefined && c.date.getUTCFullYear() !== c.year)
      ctx.addIssue({
        code: 'custom',
        message: `datoen ligger i ${c.date.getUTCFullYear()}, men konferencen hedder ${c.year} (year); ret datoen, eller year og filnavnet`,
        path: ['date'],
      });
    // Located at the second idea's id, so the message quotes that id and not the whole list.
    const first = new Map<string, number>();
    c.ideas.forEach((idea, i) => {
      const earlier = first.get(idea.id);
      if (earlier === undefined) first.set(idea.id, i);
      else ctx.addIssue({ code: 'custom', message: `idéen har samme id som idé nr. ${earlier + 1}`, path: ['ideas', i, 'id'] });
    });
  });

export const areaSchema = z.object({
  area,
  /** The integration policy's goal for the area, one sentence. */
  goal: nonBlank(),
  /** True when `goal` is the project's paraphrase, not the policy's own wording; the page says so. */
  illustrative: z.boolean().default(false),
});

export const pageSchema = z.object({
  title: nonBlank(),
  description: nonBlank(),
  /** The opening paragraph, printed larger than the text (optional). */
  lead: nonBlank().optional(),
  updated: isoDate.optional(),
});

export type LetterData = z.infer<typeof letterSchema>;
export type ConferenceData = z.infer<typeof conferenceSchema>;
export type IdeaData = z.infer<typeof ideaSchema>;
