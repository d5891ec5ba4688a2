/**
 * Front-matter schemas for every content collection. Enums come from the registries, so an unknown
 * area or committee is refused with the list of allowed values. Used by src/content.config.ts and
 * by the editor check (scripts/check.ts), so both judge a file the same way.
 */
import { z } from 'zod';
import { AREA_IDS } from './registry/areas.ts';
import { ORGANISATION_ABBRS } from './registry/organisations.ts';

/** Danish date in front matter: YYYY-MM-DD (YAML may already have turned it into a Date). */
const isoDate = z.coerce.date({ error: 'forventede en dato som ÅÅÅÅ-MM-DD' });
const organisation = z.enum(ORGANISATION_ABBRS);
const area = z.enum(AREA_IDS);

export const personSchema = z.object({
  name: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  organisation: organisation.optional(),
});

export const attachmentSchema = z.object({
  title: z.string().min(1),
  /** Optional file under public/ or an absolute URL. */
  href: z.string().min(1).optional(),
});

export const letterSchema = z.object({
  title: z.string().min(1),
  date: isoDate,
  sagsnr: z.string().min(1, 'sagsnr mangler'),
  doknr: z.string().min(1).optional(),
  jnr: z.string().min(1).optional(),
  sender: personSchema.extend({ name: z.string().min(1) }),
  recipients: z.array(personSchema).default([]),
  /** Free text for a salutation-only addressee, e.g. "Borgmestre, fagudvalg og forvaltninger". */
  recipientsNote: z.string().optional(),
  areas: z.array(area).default([]),
  indicators: z.array(z.string()).default([]),
  attachments: z.array(attachmentSchema).default([]),
  summary: z.string().optional(),
  /** Where the letter comes from, e.g. "Københavns Kommunes arkiv". */
  provenance: z.string().optional(),
  illustrative: z.boolean().default(false),
});

export const ideaSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  description: z.string().min(1),
  areas: z.array(area).min(1),
  responsible: z.array(organisation).min(1),
});

export const conferenceSchema = z.object({
  title: z.string().min(1),
  year: z.number().int(),
  date: isoDate.optional(),
  place: z.string().min(1),
  participants: z.string().optional(),
  theme: z.string().min(1),
  summary: z.string().optional(),
  /** Letters (slugs) that concern this conference. */
  letters: z.array(z.string()).default([]),
  ideas: z.array(ideaSchema).default([]),
  illustrative: z.boolean().default(false),
  illustrativeNote: z.string().optional(),
});

export const areaSchema = z.object({
  area,
  /** The integration policy's goal for the area, one sentence. */
  goal: z.string().min(1),
});

export const pageSchema = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  updated: isoDate.optional(),
});

export type LetterData = z.infer<typeof letterSchema>;
export type ConferenceData = z.infer<typeof conferenceSchema>;
export type IdeaData = z.infer<typeof ideaSchema>;
