/**
 * Rule: an MDX body holds only Markdown and the documented components with literal props – no
 * import, export, {expression}, other component or HTML tag (src/lib/content-policy/mdx-guard.ts,
 * the same judgement the build applies before it generates any code).
 */
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import { MDX_CODE_NODES, judgeMdxNode } from '../../../../src/lib/content-policy/mdx-guard.ts';
import type { BodyScan, ScannedNode } from '../body-scan.ts';

/**
 * A line that begins an import or export statement (MDX requires them at the start of a line); the
 * keyword is followed by a space, {, *, or a quote, so »import: 1« inside an object is not one.
 */
const STATEMENT = /^(import|export)(?=[\s{*"']|$)/;

/**
 * MDX reads consecutive import/export lines as one block (one mdxjsEsm node), and the guard judges a
 * node by its first line: »import …« on line 15 hid »export const x = …« on line 16. Each statement
 * is its own node here, at its own line, so every one is reported in the same run.
 */
function statements(node: ScannedNode): ScannedNode[] {
  const start = node.position?.start;
  if (node.type !== 'mdxjsEsm' || !start || typeof node.value !== 'string') return [node];
  const parts = node.value
    .split('\n')
    .map((text, i) => ({ text, i }))
    .filter(({ text }) => STATEMENT.test(text))
    .map(({ text, i }) => ({ ...node, value: text, position: { start: { line: start.line + i, column: i === 0 ? start.column : 1 } } }));
  return parts.length > 0 ? parts : [node];
}

export function checkMdxCode(scan: BodyScan, file: string): ValidationError[] {
  return scan.nodes
    .filter((n) => MDX_CODE_NODES.includes(n.type))
    .flatMap(statements)
    .flatMap((n) => judgeMdxNode(n, n.parentType))
    .map((issue) => ({ file, ...issue }));
}
