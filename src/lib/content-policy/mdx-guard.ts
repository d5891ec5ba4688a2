/**
 * What an editor's MDX may contain beyond Markdown: only the documented components (components.ts),
 * each on a line of its own, without content, with literal text props. Everything else MDX would
 * turn into code – import, export, {expressions}, other components or HTML tags, {…} props and
 * {...spread} – is refused. The pipeline (mdx-guard-plugin.ts) refuses it before any code is
 * generated, so nothing an editor writes runs while the site builds; the editor check reports the
 * same issues with file:line:column.
 */
import { closest } from '../data/closest.ts';
import { oneOf } from '../data/errors.ts';
import { COMPONENT_NAMES, MDX_COMPONENTS, componentUsage } from './components.ts';

export interface Point {
  line: number;
  column: number;
}

export interface GuardAttribute {
  type: string;
  name?: string;
  value?: unknown;
  position?: { start: Point };
}

export interface GuardNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: readonly GuardAttribute[];
  children?: readonly unknown[];
  position?: { start: Point };
}

export interface GuardIssue extends Point {
  message: string;
  got?: string;
  expected?: string;
}

export const MDX_CODE_NODES: readonly string[] = [
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
];

const PLAIN = `tekst, Markdown og komponenterne ${componentUsage()} (uden import)`;

function at(node: { position?: { start: Point } }, fallback: Point): Point {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : fallback;
}

function firstLine(value: unknown): string {
  return String(value ?? '').split('\n')[0] ?? '';
}

function esmIssue(node: GuardNode, where: Point): GuardIssue {
  const code = firstLine(node.value).trim();
  const word = /^export\b/.test(code) ? 'export' : 'import';
  return { ...where, message: `${word} er ikke tilladt i MDX: kode i dokumentet ville køre, når sitet bygges`, got: code, expected: PLAIN };
}

function expressionIssue(node: GuardNode, where: Point): GuardIssue {
  return {
    ...where,
    message: '{…} er kode i MDX og er ikke tilladt',
    got: `{${String(node.value ?? '')}}`,
    expected: 'almindelig tekst; skriv \\{ og \\} for at vise krøllede parenteser',
  };
}

function attributeIssues(name: string, node: GuardNode, where: Point): GuardIssue[] {
  const spec = MDX_COMPONENTS[name];
  if (!spec) return [];
  const issues: GuardIssue[] = [];
  const seen = new Set<string>();
  const props = Object.keys(spec.props);
  for (const attr of node.attributes ?? []) {
    const pos = at(attr, where);
    if (attr.type !== 'mdxJsxAttribute' || attr.name === undefined) {
      issues.push({
        ...pos,
        message: `{…} er ikke tilladt i <${name}>`,
        got: `{${String(attr.value ?? '')}}`,
        expected: props.map((p) => spec.props[p]?.example).join(' '),
      });
      continue;
    }
    const prop = spec.props[attr.name];
    if (!prop) {
      const guess = closest(attr.name, props);
      issues.push({
        ...pos,
        message: `ukendt egenskab på <${name}>${guess ? ` – mente du "${guess}"?` : ''}`,
        got: attr.name,
        expected: props.map((p) => spec.props[p]?.example).join(' '),
      });
      continue;
    }
    if (seen.has(attr.name)) {
      issues.push({
        ...pos,
        message: `egenskaben "${attr.name}" står to gange i <${name}>`,
        got: attr.name,
        expected: 'hver egenskab én gang',
      });
      continue;
    }
    seen.add(attr.name);
    if (typeof attr.value !== 'string') {
      const got =
        attr.value && typeof attr.value === 'object' && 'value' in attr.value
          ? `${attr.name}={${String((attr.value as { value: unknown }).value)}}`
          : attr.name;
      issues.push({ ...pos, message: `egenskaben "${attr.name}" skal være en tekst i anførselstegn`, got, expected: prop.example });
      continue;
    }
    if (prop.allowed && !prop.allowed.includes(attr.value)) {
      const guess = closest(attr.value, prop.allowed);
      issues.push({
        ...pos,
        message: `ugyldig værdi for "${attr.name}" i <${name}>${guess ? ` – mente du "${guess}"?` : ''}`,
        got: attr.value,
        expected: oneOf(prop.allowed),
      });
    }
  }
  for (const [prop, p] of Object.entries(spec.props)) {
    if (p.required && !seen.has(prop) && !(node.attributes ?? []).some((a) => a.name === prop)) {
      issues.push({ ...where, message: `<${name}> mangler egenskaben "${prop}"`, expected: p.example });
    }
  }
  return issues;
}

function elementIssues(node: GuardNode, parentType: string | undefined, where: Point): GuardIssue[] {
  const name = node.name ?? '';
  const spec = name ? MDX_COMPONENTS[name] : undefined;
  if (!spec) {
    if (/^[a-z]/.test(name)) {
      return [
        {
          ...where,
          message: `HTML-elementet <${name}> er ikke tilladt i MDX`,
          got: `<${name}>`,
          expected: `Markdown i stedet for HTML, og kun komponenterne ${componentUsage()}`,
        },
      ];
    }
    const guess = name ? closest(name, COMPONENT_NAMES) : undefined;
    return [
      {
        ...where,
        message: `ukendt komponent${guess ? ` – mente du "${guess}"?` : ''}`,
        got: `<${name}>`,
        expected: componentUsage('eller'),
      },
    ];
  }
  const issues: GuardIssue[] = [];
  if (node.type === 'mdxJsxTextElement' || parentType !== 'root') {
    issues.push({
      ...where,
      message: `<${name}> skal stå på sin egen linje`,
      got: `<${name}>`,
      expected: `<${name} … /> alene på en linje, med en tom linje før og efter`,
    });
  }
  if ((node.children ?? []).length > 0) {
    issues.push({ ...where, message: `<${name}> kan ikke have indhold`, got: `<${name}>…</${name}>`, expected: `<${name} … />` });
  }
  return [...issues, ...attributeIssues(name, node, where)];
}

/** The issues of one node of an MDX tree; parentType is its parent's type ("root" at top level). */
export function judgeMdxNode(node: GuardNode, parentType: string | undefined): GuardIssue[] {
  const where = at(node, { line: 1, column: 1 });
  switch (node.type) {
    case 'mdxjsEsm':
      return [esmIssue(node, where)];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [expressionIssue(node, where)];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementIssues(node, parentType, where);
    default:
      return [];
  }
}

/** Front-matter keys Astro's MDX compiler turns into code: `layout` becomes an import. */
export function frontMatterIssues(frontmatter: Record<string, unknown> | undefined): GuardIssue[] {
  if (!frontmatter || !('layout' in frontmatter)) return [];
  return [
    {
      line: 1,
      column: 1,
      message: 'feltet "layout" er ikke tilladt: det får sitet til at indlæse en fil som kode',
      got: `layout: ${String(frontmatter.layout)}`,
      expected: 'ingen layout-linje; siden sætter selv layoutet',
    },
  ];
}
