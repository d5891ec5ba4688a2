/**
 * The hast-util-sanitize schema for the rendering pipeline, derived from the content policy
 * (html-policy.ts, generated-markup.ts) so the check and the sanitiser cannot drift apart. hast names attributes by
 * property ("aria-label" → ariaLabel, "class" → className); property-information translates.
 */
import type { Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { ALLOWED_ELEMENTS, ELEMENT_ATTRIBUTES, GLOBAL_ATTRIBUTES, STRIPPED_ELEMENTS } from './html-policy.ts';
import { GENERATED_ATTRIBUTES } from './generated-markup.ts';
import { LINK_SCHEMES } from './url-policy.ts';

/** hast property name of an HTML attribute, e.g. "colspan" → "colSpan". */
export function propertyName(attribute: string): string {
  return find(html, attribute).property;
}

/** HTML attribute name of a hast property, e.g. "onClick" → "onclick", "className" → "class". */
export function attributeName(property: string): string {
  return find(html, property).attribute;
}

type AttributeDefinition = string | [string, ...(string | RegExp)[]];

function definitions(entries: readonly (string | readonly [string, ...(string | RegExp)[]])[]): AttributeDefinition[] {
  return entries.map((e): AttributeDefinition => (typeof e === 'string' ? propertyName(e) : [propertyName(e[0]), ...e.slice(1)]));
}

export const SANITIZE_SCHEMA: Schema = {
  tagNames: [...ALLOWED_ELEMENTS],
  strip: [...STRIPPED_ELEMENTS],
  attributes: {
    '*': definitions(GLOBAL_ATTRIBUTES),
    // An editor's attributes and the ones only the site writes: the tree holds both.
    ...Object.fromEntries(
      [...new Set([...Object.keys(ELEMENT_ATTRIBUTES), ...Object.keys(GENERATED_ATTRIBUTES)])].map((tag) => [
        tag,
        definitions([...(ELEMENT_ATTRIBUTES[tag] ?? []), ...(GENERATED_ATTRIBUTES[tag] ?? [])]),
      ]),
    ),
  },
  // A second lock behind url-policy.ts, which also refuses //other-host links and foreign images.
  protocols: { href: [...LINK_SCHEMES], cite: [...LINK_SCHEMES], src: ['http', 'https'] },
  // Free ids and names are not allowed at all (only the footnote ids the processor generates), so
  // nothing needs the "user-content-" prefix, and heading and paragraph anchors stay as they are.
  clobber: [],
  clobberPrefix: '',
  required: {},
  ancestors: {
    li: ['ol', 'ul'],
    tbody: ['table'],
    td: ['table'],
    th: ['table'],
    thead: ['table'],
    tfoot: ['table'],
    tr: ['table'],
  },
  allowComments: false,
  allowDoctypes: false,
};
