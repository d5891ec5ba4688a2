/**
 * The content policy's parts on their own: addresses judged as a browser reads them, the element
 * and attribute allowlist, the sanitiser schema derived from it, and the MDX guard's verdicts.
 */
import { describe, expect, it } from 'vitest';
import type { RootContent } from 'hast';
import { browserUrl, judgeUrl } from '../../src/lib/content-policy/url-policy.ts';
import { judgeElement } from '../../src/lib/content-policy/html-policy.ts';
import { sanitizeNode } from '../../src/lib/content-policy/sanitize-tree.ts';
import { attributeName, propertyName, SANITIZE_SCHEMA } from '../../src/lib/content-policy/sanitize-schema.ts';
import { judgeMdxNode } from '../../src/lib/content-policy/mdx-guard.ts';

describe('link policy', () => {
  it.each([
    ['https://www.kk.dk/x', undefined],
    ['http://www.dst.dk', undefined],
    ['mailto:a@kk.dk', undefined],
    ['tel:+4533663366', undefined],
    ['/breve/x/', undefined],
    ['#afsnit-2', undefined],
    ['../x/', undefined],
    ['bilag.pdf', undefined],
    ['?q=x', undefined],
    ['/path:with-colon', undefined],
    ['javascript:alert(1)', 'javascript'],
    [' JaVaScRiPt:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['\u0001javascript:alert(1)', 'javascript'],
    ['vbscript:x', 'vbscript'],
    ['data:text/html,x', 'data'],
    ['file:///etc/passwd', 'file'],
    ['C:\\brev.docx', 'c'],
  ])('%j → %s', (url, scheme) => {
    const verdict = judgeUrl(url, 'link');
    if (scheme === undefined) expect(verdict).toBeUndefined();
    else expect(verdict).toEqual({ reason: 'scheme', scheme });
  });

  it('refuses addresses to another host without a scheme (browsers read \\ as /)', () => {
    for (const url of ['//evil.example', '\\\\evil.example', '/\\evil.example', ' //evil.example']) {
      expect(judgeUrl(url, 'link'), url).toEqual({ reason: 'other-host' });
    }
  });

  it('allows images only from the site itself', () => {
    expect(judgeUrl('/bilag/kort.png', 'image')).toBeUndefined();
    expect(judgeUrl('https://tracker.example/p.gif', 'image')).toEqual({ reason: 'image-not-on-site' });
    expect(judgeUrl('kort.png', 'image')).toEqual({ reason: 'image-not-on-site' });
    expect(judgeUrl('//cdn.example/x.png', 'image')).toEqual({ reason: 'image-not-on-site' });
    expect(judgeUrl('data:image/png;base64,xx', 'image')).toEqual({ reason: 'scheme', scheme: 'data' });
  });

  it('reads a URL as a browser does', () => {
    expect(browserUrl(' \tjava\r\nscript:x \n')).toBe('javascript:x');
  });
});

describe('element and attribute allowlist', () => {
  it('allows Markdown\u2019s own markup and harmless extras', () => {
    expect(judgeElement('a', { href: '/breve/x/', title: 'x' })).toEqual([]);
    expect(judgeElement('abbr', { title: 'Europæiske Union' })).toEqual([]);
    expect(judgeElement('td', { colspan: '2' })).toEqual([]);
    expect(judgeElement('p', { lang: 'en', dir: 'ltr' })).toEqual([]);
    expect(judgeElement('blockquote', { dir: 'auto' })).toEqual([]);
  });

  // dir="rtl" shows »2008 - 1234« as »1234 - 2008«: the reversal a bidi character makes, on any element.
  it.each(['p', 'span', 'abbr', 'td', 'li', 'div'])('refuses dir= other than ltr or auto on <%s>', (tag) => {
    for (const value of ['rtl', 'RTL', ' rtl', 'ltr rtl', 'rtl ltr']) {
      expect(judgeElement(tag, { dir: value }), value).toEqual([{ kind: 'attribute-value', tag, attribute: 'dir', value }]);
    }
  });

  // An editor's id could take a footnote's or a heading's (the real footnote link then jumps into the
  // editor's text), a class could hide text (sr-only) or pass for the site's (ib-…): none is allowed,
  // also those Markdown makes itself, whatever the value.
  it.each([
    ['li', 'id', 'user-content-fn-1'],
    ['a', 'id', 'user-content-fnref-1'],
    ['h2', 'id', 'footnote-label'],
    ['p', 'id', 'ib-letter-title'],
    ['span', 'id', 'afsnit-2'],
    ['h2', 'class', 'sr-only'],
    ['a', 'class', 'data-footnote-backref'],
    ['span', 'class', 'ib-visually-hidden'],
    ['td', 'class', 'ib-align-right'],
    ['code', 'class', 'language-js'],
    ['ul', 'class', 'contains-task-list'],
    ['section', 'class', 'footnotes'],
    ['a', 'data-footnote-ref', ''],
    ['a', 'data-footnote-backref', ''],
    ['section', 'data-footnotes', ''],
  ])('refuses the site\u2019s own <%s %s="%s">', (tag, attribute, value) => {
    expect(judgeElement(tag, { [attribute]: value })).toEqual([{ kind: 'site-attribute', tag, attribute, value }]);
  });

  it.each([
    'script',
    'style',
    'iframe',
    'object',
    'embed',
    'form',
    'input',
    'meta',
    'link',
    'base',
    'svg',
    'math',
    'template',
    'button',
    'font',
  ])('refuses <%s>', (tag) => {
    expect(judgeElement(tag, {})).toEqual([{ kind: 'element', tag }]);
  });

  it('refuses handlers, style, free ids and classes, data- attributes and bad addresses', () => {
    expect(judgeElement('b', { onclick: 'x' })).toEqual([{ kind: 'event-handler', tag: 'b', attribute: 'onclick' }]);
    expect(judgeElement('div', { style: 'position:fixed' })).toEqual([{ kind: 'style', tag: 'div' }]);
    expect(judgeElement('p', { id: 'afsnit-1' })).toEqual([{ kind: 'site-attribute', tag: 'p', attribute: 'id', value: 'afsnit-1' }]);
    expect(judgeElement('p', { 'data-pagefind-body': '' })).toEqual([{ kind: 'attribute', tag: 'p', attribute: 'data-pagefind-body' }]);
    expect(judgeElement('a', { href: 'javascript:x' })).toEqual([
      { kind: 'url', tag: 'a', attribute: 'href', value: 'javascript:x', refusal: { reason: 'scheme', scheme: 'javascript' } },
    ]);
    expect(judgeElement('a', { target: '_blank' })).toEqual([{ kind: 'attribute', tag: 'a', attribute: 'target' }]);
  });
});

describe('sanitiser schema and tree cleaning', () => {
  it('translates attribute names between HTML and hast', () => {
    expect(propertyName('colspan')).toBe('colSpan');
    expect(propertyName('aria-describedby')).toBe('ariaDescribedBy');
    expect(attributeName('className')).toBe('class');
    expect(attributeName('onClick')).toBe('onclick');
    expect(SANITIZE_SCHEMA.tagNames).not.toContain('input');
    expect(SANITIZE_SCHEMA.strip).toContain('script');
  });

  const el = (tagName: string, properties: Record<string, unknown>, children: RootContent[] = []): RootContent =>
    ({ type: 'element', tagName, properties, children }) as RootContent;
  const text = (value: string): RootContent => ({ type: 'text', value });

  it('removes what the policy refuses and keeps prose', () => {
    expect(
      sanitizeNode(
        el('p', {}, [
          el('a', { href: 'javascript:x', onClick: 'y' }, [text('klik')]),
          text(' '),
          el('a', { href: '//evil.example' }, [text('ud')]),
        ]),
      ),
    ).toEqual([el('p', {}, [el('a', {}, [text('klik')]), text(' '), el('a', {}, [text('ud')])])]);
    expect(sanitizeNode(el('script', {}, [text('alert(1)')]))).toEqual([]);
    expect(sanitizeNode(el('div', { style: 'position:fixed' }, [text('Log ind')]))).toEqual([el('div', {}, [text('Log ind')])]);
    expect(sanitizeNode(el('form', { action: 'https://evil.example' }, [el('input', { type: 'password' }), text('Kode')]))).toEqual([
      text('Kode'),
    ]);
    expect(sanitizeNode(el('p', {}, [el('img', { src: 'https://tracker.example/p.gif', alt: 'x' })]))).toEqual([
      el('p', {}, [el('img', { alt: 'x' })]),
    ]);
  });

  it('keeps every address the check allowed, in capitals or with a colon in a relative path', () => {
    const links = ['HTTP://WWW.KK.DK', 'Https://www.kk.dk/a', 'MAILTO:post@kk.dk', 'Tel:33663366', 'side 2:3', '%20javascript:x'];
    const hrefs = links.map((href) => {
      const [a] = sanitizeNode(el('a', { href }, [text('x')]));
      return (a as { properties?: { href?: unknown } }).properties?.href;
    });
    expect(hrefs).toEqual([
      'http://WWW.KK.DK',
      'https://www.kk.dk/a',
      'mailto:post@kk.dk',
      'tel:33663366',
      './side 2:3',
      './%20javascript:x',
    ]);
    // What the policy refuses is still removed, whatever the case.
    expect(sanitizeNode(el('a', { href: 'JaVaScRiPt:alert(1)' }, [text('x')]))).toEqual([el('a', {}, [text('x')])]);
    expect(sanitizeNode(el('img', { src: '/bilag/kort.png', alt: 'k' }))).toEqual([el('img', { src: '/bilag/kort.png', alt: 'k' })]);
  });

  it('turns the processor\u2019s table alignment into a class, since no style attribute is allowed', () => {
    expect(sanitizeNode(el('table', {}, [el('tr', {}, [el('td', { style: 'text-align: right' }, [text('1')])])]))).toEqual([
      el('table', {}, [el('tr', {}, [el('td', { className: ['ib-align-right'] }, [text('1')])])]),
    ]);
  });

  it('removes dir= other than ltr and auto, and keeps those', () => {
    expect(sanitizeNode(el('p', { dir: 'rtl' }, [text('2008 - 1234')]))).toEqual([el('p', {}, [text('2008 - 1234')])]);
    expect(sanitizeNode(el('span', { dir: 'RTL' }, [text('x')]))).toEqual([el('span', {}, [text('x')])]);
    expect(sanitizeNode(el('p', { dir: 'ltr' }, [text('x')]))).toEqual([el('p', { dir: 'ltr' }, [text('x')])]);
    expect(sanitizeNode(el('p', { dir: 'auto' }, [text('x')]))).toEqual([el('p', { dir: 'auto' }, [text('x')])]);
  });

  it('leaves generated footnote markup untouched', () => {
    const ref = el('sup', {}, [
      el('a', { href: '#user-content-fn-1', id: 'user-content-fnref-1', dataFootnoteRef: true, ariaDescribedBy: ['footnote-label'] }, [
        text('1'),
      ]),
    ]);
    expect(sanitizeNode(ref)).toEqual([ref]);
  });
});

describe('MDX guard', () => {
  const at = { position: { start: { line: 3, column: 1 } } };
  it('allows a documented component with literal props, alone at top level', () => {
    expect(
      judgeMdxNode(
        {
          type: 'mdxJsxFlowElement',
          name: 'AreaCard',
          attributes: [{ type: 'mdxJsxAttribute', name: 'area', value: 'bolig' }],
          children: [],
          ...at,
        },
        'root',
      ),
    ).toEqual([]);
    expect(
      judgeMdxNode(
        {
          type: 'mdxJsxFlowElement',
          name: 'IndicatorFigure',
          attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'x' }],
          children: [],
          ...at,
        },
        'root',
      ),
    ).toEqual([]);
  });

  it('refuses code in every form MDX offers', () => {
    const kinds = [
      { type: 'mdxjsEsm', value: 'import x from "y"' },
      { type: 'mdxFlowExpression', value: 'process.env.HOME' },
      { type: 'mdxTextExpression', value: '1+1' },
      { type: 'mdxJsxFlowElement', name: 'script', attributes: [], children: [] },
      { type: 'mdxJsxFlowElement', name: null, attributes: [], children: [] },
      { type: 'mdxJsxFlowElement', name: 'a.b', attributes: [], children: [] },
      {
        type: 'mdxJsxFlowElement',
        name: 'AreaCard',
        attributes: [{ type: 'mdxJsxAttribute', name: 'area', value: { type: 'mdxJsxAttributeValueExpression', value: '"bolig"' } }],
        children: [],
      },
      {
        type: 'mdxJsxFlowElement',
        name: 'AreaCard',
        attributes: [
          { type: 'mdxJsxExpressionAttribute', value: '...p' },
          { type: 'mdxJsxAttribute', name: 'area', value: 'bolig' },
        ],
        children: [],
      },
      {
        type: 'mdxJsxFlowElement',
        name: 'AreaCard',
        attributes: [{ type: 'mdxJsxAttribute', name: 'area', value: 'bolig' }],
        children: [{ type: 'text' }],
      },
      {
        type: 'mdxJsxTextElement',
        name: 'AreaCard',
        attributes: [{ type: 'mdxJsxAttribute', name: 'area', value: 'bolig' }],
        children: [],
      },
    ];
    for (const node of kinds) expect(judgeMdxNode({ ...node, ...at }, 'root').length, JSON.stringify(node)).toBeGreaterThan(0);
    expect(
      judgeMdxNode(
        {
          type: 'mdxJsxFlowElement',
          name: 'AreaCard',
          attributes: [{ type: 'mdxJsxAttribute', name: 'area', value: 'bolig' }],
          children: [],
          ...at,
        },
        'blockquote',
      ).length,
    ).toBe(1);
  });
});
