/**
 * The sender from the pieces that name it: the signature (name, title), the letterhead
 * (committee or administration, office), the contact block, and when the letter itself does not
 * say which organisation, the signer's earlier letters or the e-mail address.
 */
import type { Contact } from './contact.ts';
import { usualOrganisation, type KnownSenders } from './known-senders.ts';
import { organisationName } from '../../../src/lib/registry/organisations.ts';
import { organisationOfEmail } from './org-names.ts';
import { todo, type Review } from './review.ts';
import type { FoundSignature } from './signature.ts';

export interface SenderInput {
  signature?: FoundSignature;
  letterhead?: { organisation: string; unit?: string };
  footerUnit?: string;
  /** The organisation named above the address in the contact block. */
  footerOrganisation?: { abbr: string; text: string };
  contact?: Contact;
  known: KnownSenders;
  /** The document is itself an attachment ("Bilag 2"), which usually has no sender. */
  isAttachment: boolean;
}

/** Titles whose definite form names the office in a letterhead: "Borgmesteren" → "Borgmester". */
const OFFICE_TITLES = ['Overborgmester', 'Borgmester', 'Rådmand', 'Formand', 'Direktør', 'Kontorchef', 'Centerchef'];

function titleOfOffice(unit: string | undefined): string | undefined {
  if (!unit) return undefined;
  return OFFICE_TITLES.find((t) => unit.toLowerCase() === `${t.toLowerCase()}en`);
}

export function assembleSender(input: SenderInput, reviews: Review[]): Record<string, unknown> | undefined {
  const { signature, letterhead, contact, known } = input;
  const hasAny = signature?.name !== undefined || letterhead !== undefined || contact !== undefined;
  if (!hasAny && input.isAttachment) return undefined;
  const sender: Record<string, unknown> = {};
  const name = signature?.name?.text;
  if (name) sender.name = name;
  else {
    sender.name = todo(
      'afsenderens navn blev ikke fundet (ingen underskrift efter »Venlig hilsen«) – skriv navnet, eller slet hele sender, hvis brevet ikke har en afsender',
    );
    reviews.push({ path: ['sender', 'name'], kind: 'todo', message: 'afsenderens navn blev ikke fundet' });
  }
  const unit = letterhead?.unit ?? input.footerUnit;
  const title = signature?.title ?? titleOfOffice(unit);
  if (title) sender.title = title;
  if (!signature?.title && title)
    reviews.push({ path: ['sender', 'title'], kind: 'guess', message: `titlen er udledt af »${unit}« i brevhovedet` });

  const organisation = letterhead?.organisation ?? signature?.organisation;
  if (organisation) sender.organisation = organisation;
  else {
    const usual = name ? usualOrganisation(known, name) : undefined;
    const byEmail = contact?.email ? organisationOfEmail(contact.email) : undefined;
    const footer = input.footerOrganisation;
    if (footer) {
      sender.organisation = footer.abbr;
      reviews.push({
        path: ['sender', 'organisation'],
        kind: 'guess',
        message: `udledt af »${footer.text}« over adressen i kontaktblokken – er afsenderen udvalget, så skriv udvalgets forkortelse`,
      });
    } else if (usual) {
      sender.organisation = usual.organisation;
      reviews.push({
        path: ['sender', 'organisation'],
        kind: 'guess',
        message: `brevet nævner ikke afsenderens udvalg eller forvaltning; ${usual.letters === 1 ? 'et tidligere brev' : `${usual.letters} tidligere breve`} fra ${name} har ${usual.organisation} (${organisationName(usual.organisation)})`,
      });
    } else if (byEmail) {
      sender.organisation = byEmail.abbr;
      reviews.push({
        path: ['sender', 'organisation'],
        kind: 'guess',
        message: `udledt af e-mailadressen ${contact?.email}: ${organisationName(byEmail.abbr)} – er afsenderen udvalget, så skriv udvalgets forkortelse`,
      });
    } else {
      sender.organisation = todo(
        'afsenderens udvalg eller forvaltning blev ikke fundet – skriv forkortelsen (fx BIU eller BIF), eller slet feltet',
      );
      reviews.push({ path: ['sender', 'organisation'], kind: 'todo', message: 'afsenderens udvalg eller forvaltning blev ikke fundet' });
    }
  }
  if (unit) sender.unit = unit;
  if (contact) {
    const c: Record<string, unknown> = {};
    if (contact.address.length > 0) c.address = contact.address;
    for (const k of ['phone', 'directPhone', 'fax', 'email'] as const) if (contact[k]) c[k] = contact[k];
    if (contact.web.length > 0) c.web = contact.web;
    if (Object.keys(c).length > 0) sender.contact = c;
  }
  return sender;
}
