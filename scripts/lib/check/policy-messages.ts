/**
 * The content policy's verdicts (src/lib/content-policy/) in Danish for editors: what is not
 * allowed, and what the site does with it, so the editor learns what would be removed before it
 * is published.
 */
import { isStrippedElement, type Violation } from '../../../src/lib/content-policy/html-policy.ts';
import type { UrlKind, UrlRefusal } from '../../../src/lib/content-policy/url-policy.ts';
import { COMPONENT_NAMES } from '../../../src/lib/content-policy/components.ts';

export interface PolicyText {
  message: string;
  expected: string;
}

/** Elements without content: nothing of them stays. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'col',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const LINK_EXPECTED = 'en adresse, der begynder med https://, http://, mailto: eller tel:, eller en adresse på sitet som /breve/…';
const IMAGE_EXPECTED = 'et billede på sitet med en adresse, der begynder med /, fx /bilag/kort.png (filen lægges i public/bilag/)';

export function urlText(refusal: UrlRefusal, kind: UrlKind): PolicyText {
  const expected = kind === 'image' ? IMAGE_EXPECTED : LINK_EXPECTED;
  switch (refusal.reason) {
    case 'scheme':
      return { message: `${refusal.scheme}:-${kind === 'image' ? 'billeder' : 'links'} er ikke tilladt i teksten`, expected };
    case 'other-host':
      return { message: 'et link, der begynder med //, er ikke tilladt i teksten', expected: 'en fuld adresse med https:// foran' };
    case 'image-not-on-site':
      return { message: 'billedet ligger ikke på sitet', expected };
  }
}

/**
 * id, class and data-footnote… belong to the site: an editor's id could take a heading's or a
 * footnote's (the footnote link would jump into the editor's text), a class could hide text.
 */
function siteAttributeText(tag: string, attribute: string): PolicyText {
  if (attribute === 'id')
    return {
      message: `attributten id= er ikke tilladt på <${tag}>: id'er er sitets egne (overskrifter, afsnit, fodnoter), og et id i teksten kan tage et af dem`,
      expected: `<${tag}> uden id=; sitet giver hver overskrift og hvert afsnit et link`,
    };
  if (attribute === 'class')
    return {
      message: `attributten class= er ikke tilladt på <${tag}>: klasser er sitets egne (fx sr-only, der skjuler tekst)`,
      expected: `<${tag}> uden class=, eller almindelig Markdown; sitet bestemmer selv udseendet`,
    };
  return {
    message: `attributten ${attribute}= er ikke tilladt på <${tag}>: fodnoter laver sitet selv`,
    expected: `<${tag}> uden ${attribute}=; skriv en fodnote som [^1] i teksten og [^1]: … på en linje for sig`,
  };
}

export function violationText(v: Violation): PolicyText {
  switch (v.kind) {
    case 'element': {
      // A report's component written in a letter (.md): say where components work instead of »raw HTML«.
      const component = COMPONENT_NAMES.find((name) => name.toLowerCase() === v.tag);
      if (component)
        return {
          message: `<${component}> virker kun i en konferencerapport (.mdx), ikke i et brev eller en side (.md)`,
          expected: `almindelig Markdown, fx et link til siden; <${component}> fjernes`,
        };
      const removed = isStrippedElement(v.tag)
        ? 'fjernes med sit indhold'
        : VOID_ELEMENTS.has(v.tag)
          ? 'fjernes'
          : 'fjernes, teksten i det bliver stående';
      return { message: `rå <${v.tag}> er ikke tilladt i teksten`, expected: `almindelig Markdown; <${v.tag}> ${removed}` };
    }
    case 'event-handler':
      return { message: `inline hændelseskode (${v.attribute}=) er ikke tilladt i teksten`, expected: 'almindelig Markdown uden on…=' };
    case 'style':
      return {
        message: `style= er ikke tilladt i teksten (på <${v.tag}>)`,
        expected: 'almindelig Markdown; sitet bestemmer selv udseendet',
      };
    case 'attribute':
      return {
        message: `attributten ${v.attribute}= er ikke tilladt på <${v.tag}>`,
        expected: `<${v.tag}> uden ${v.attribute}=, eller almindelig Markdown`,
      };
    case 'attribute-value':
      if (v.attribute === 'dir')
        return {
          message: `dir="${v.value}" er ikke tilladt på <${v.tag}>: det kan vende rækkefølgen af tal og ord på skærmen (2008 - 1234 vises som 1234 - 2008)`,
          expected: `<${v.tag}> uden dir=, eller dir="ltr" eller dir="auto"`,
        };
      return { message: `værdien af ${v.attribute}= er ikke tilladt på <${v.tag}>`, expected: `<${v.tag}> uden ${v.attribute}=` };
    case 'site-attribute':
      return siteAttributeText(v.tag, v.attribute);
    case 'url':
      return urlText(v.refusal, v.attribute === 'src' ? 'image' : 'link');
  }
}
