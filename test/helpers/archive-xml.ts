/** Strict XML parsing for tests: any warning or error from the parser fails the test. */
import { DOMParser } from '@xmldom/xmldom';

export type XmlElement = ReturnType<DOMParser['parseFromString']>['documentElement'] & {};

export function parseXmlStrict(xml: string): NonNullable<XmlElement> {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
  if (!doc.documentElement) throw new Error('XML without a root element');
  return doc.documentElement;
}

/** Text of the direct children named `name` of an element. */
export function childTexts(el: NonNullable<XmlElement>, name: string): string[] {
  return Array.from(el.childNodes)
    .filter((n) => n.nodeName === name)
    .map((n) => n.textContent ?? '');
}
