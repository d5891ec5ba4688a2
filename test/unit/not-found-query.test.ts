import { describe, expect, it } from 'vitest';
import { queryFromMissingPath } from '../../src/lib/not-found-query.ts';

describe('queryFromMissingPath', () => {
  it('turns the last path segment into search words, keeping years and dropping other numbers', () => {
    expect(queryFromMissingPath('/breve/2008-05-16-integrationsbarometrets-resultater/', '/')).toBe(
      '2008 integrationsbarometrets resultater',
    );
    expect(queryFromMissingPath('/integrationsbarometer/indikatorer/beskaeftigelse_ikke-vestlige/', '/integrationsbarometer/')).toBe(
      'beskaeftigelse ikke vestlige',
    );
  });
  it('decodes Danish letters and drops file extensions and index files', () => {
    expect(queryFromMissingPath('/s%C3%B8g/bolig%C3%A6ndring.html', '/')).toBe('boligændring');
    expect(queryFromMissingPath('/tryghed/index.html', '/')).toBe('tryghed');
  });
  it('gives nothing for the site root or a malformed escape with no words', () => {
    expect(queryFromMissingPath('/integrationsbarometer/', '/integrationsbarometer/')).toBe('');
    expect(queryFromMissingPath('/%E0%A4%A/', '/')).toBe('');
    expect(queryFromMissingPath('/tryghed%E0%A4%A/', '/')).toBe('tryghed');
  });
});
