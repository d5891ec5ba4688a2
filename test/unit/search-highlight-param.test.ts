/** The anchor a search result's link points at, as the highlight script reads it (highlight.ts). */
import { describe, expect, it } from 'vitest';
import { anchorId } from '../../src/lib/search/highlight-param.ts';

describe('anchorId', () => {
  it('decodes the fragment of a result link', () => {
    expect(anchorId('#afsnit-3')).toBe('afsnit-3');
    expect(anchorId('#omraade-kultur-og-fritid')).toBe('omraade-kultur-og-fritid');
    expect(anchorId('#%C3%B8konomi')).toBe('økonomi');
    expect(anchorId('')).toBe('');
  });

  it('keeps a fragment that is not valid percent encoding as written, instead of throwing', () => {
    // Was: »URIError: URI malformed«, and no word was highlighted on the page.
    expect(anchorId('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(anchorId('#100%')).toBe('100%');
  });
});
