/**
 * Rule: a URL cell holds a full http(s) address, so the link on the site works and says where it
 * goes. `new URL` alone accepts more than that: »https:evil.example« (a link relative to the site
 * once published), an address with »navn:kode@« before the host (»https://www.dst.dk@evil.example«
 * reads as Statistics Denmark but goes elsewhere), and an invisible character such as a bidi
 * override, which turns the link text around on screen. Each is refused with its own reason.
 */
import type { ValidationError } from '../errors.ts';
import { cellError, type RowRef } from '../row-ref.ts';
import { charCode, firstHiddenChar, invisibleKind } from './hidden-chars.ts';

const EXPECTED = 'en fuld adresse, der begynder med https://';

export function checkUrl(ref: RowRef, name: string): { value?: string; error?: ValidationError } {
  const raw = (ref.cells[name]?.raw ?? '').trim();
  const hidden = firstHiddenChar(raw);
  if (hidden !== undefined)
    return {
      error: cellError(ref, name, `adressen har ${invisibleKind(hidden)} (${charCode(hidden)})`, 'en adresse uden usynlige tegn'),
    };
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    // the error below
  }
  if (!url || !/^https?:\/\/[^/]/i.test(raw) || /\s/.test(raw)) return { error: cellError(ref, name, 'ugyldig adresse', EXPECTED) };
  if (url.username !== '' || url.password !== '')
    return {
      error: cellError(
        ref,
        name,
        'adressen har et brugernavn foran værtsnavnet, så linket går et andet sted hen, end det ser ud til',
        'en adresse uden »navn@« før værtsnavnet, fx https://www.statistikbanken.dk/…',
      ),
    };
  return { value: raw };
}
