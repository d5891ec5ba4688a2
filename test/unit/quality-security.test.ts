import { describe, expect, it } from 'vitest';
import { parseCsp, scanPageSecurity, sha256Source } from '../../scripts/lib/quality/page-security.ts';

const script = 'console.log(1)';
const style = 'p{margin:0}';
const csp = (extra = '') =>
  `<meta http-equiv="content-security-policy" content="default-src 'self'; object-src 'none'; script-src 'self' ${sha256Source(script)}; style-src 'self' ${sha256Source(style)}${extra}">`;
const doc = (head: string, body = '') =>
  `<!doctype html><html><head>${head}<meta name="referrer" content="no-referrer"></head><body>${body}</body></html>`;

describe('scanPageSecurity', () => {
  it('accepts hashed inline script and style, external same-origin files and JSON data blocks', () => {
    const html = doc(
      `${csp()}<style>${style}</style><script type="module">${script}</script><script src="/a.js"></script>`,
      '<script type="application/ld+json">{"a":1}</script><img src="/x.svg" alt="">',
    );
    expect(scanPageSecurity(html)).toEqual([]);
  });

  it('reports an inline script whose hash is not in the policy, with its position', () => {
    const html = doc(csp(), '\n<script>alert(1)</script>');
    expect(scanPageSecurity(html)).toEqual([
      { line: 2, column: 1, message: `inline <script> uden matchende hash i CSP (${sha256Source('alert(1)')})` },
    ]);
  });

  it('reports inline event handlers and javascript: URLs', () => {
    const msgs = scanPageSecurity(doc(csp(), '<button onclick="x()">x</button><a href="javascript:void(0)">y</a>')).map((p) => p.message);
    expect(msgs).toEqual(['inline event handler onclick="…" på <button> (brug et script-modul i stedet)', 'javascript:-URL i href på <a>']);
  });

  it('reports a missing policy, a missing referrer policy and a policy after a stylesheet', () => {
    expect(scanPageSecurity('<html><head></head><body></body></html>').map((p) => p.message)).toEqual([
      'siden mangler <meta http-equiv="Content-Security-Policy">',
      'siden mangler <meta name="referrer">',
    ]);
    expect(scanPageSecurity(doc(`<link rel="stylesheet" href="/a.css">${csp()}`)).map((p) => p.message)).toEqual([
      'CSP-meta står efter et script eller stylesheet og gælder ikke for det',
    ]);
  });

  it('reports third-party scripts, fonts and images', () => {
    const msgs = scanPageSecurity(
      doc(
        `${csp()}<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=X"><script src="//cdn.example.com/a.js"></script>`,
        '<img src="https://example.com/p.png" alt="">',
      ),
    ).map((p) => p.message);
    expect(msgs).toEqual([
      '<link href> henter fra en anden vært: https://fonts.googleapis.com/css?family=X',
      '<script src> henter fra en anden vært: //cdn.example.com/a.js',
      '<img src> henter fra en anden vært: https://example.com/p.png',
    ]);
  });

  it("refuses 'unsafe-inline' for scripts and a missing object-src", () => {
    const html = doc(`<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'unsafe-inline'">`);
    expect(scanPageSecurity(html).map((p) => p.message)).toEqual([
      "CSP tillader 'unsafe-inline' for scripts",
      "CSP mangler object-src 'none'",
    ]);
  });

  it("lets 'unsafe-inline' styles through only when the policy has no style hashes", () => {
    const loose = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; object-src 'none'; style-src 'self' 'unsafe-inline'">`;
    expect(scanPageSecurity(doc(`${loose}<style>q{}</style>`))).toEqual([]);
  });
});

describe('parseCsp', () => {
  it('splits directives and keeps the first of duplicates, as browsers do', () => {
    const p = parseCsp("default-src 'self'; script-src 'self' 'wasm-unsafe-eval';script-src 'none'; ");
    expect(p.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(p.get('default-src')).toEqual(["'self'"]);
  });
});
