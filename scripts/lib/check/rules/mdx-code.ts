/**
 * Rule: an MDX body holds only Markdown and the documented components with literal props – no
 * import, export, {expression}, other component or HTML tag (src/lib/content-policy/mdx-guard.ts,
 * the same judgement the build applies before it generates any code).
 */
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import { MDX_CODE_NODES, judgeMdxNode } from '../../../../src/lib/content-policy/mdx-guard.ts';
import type { BodyScan } from '../body-scan.ts';

export function checkMdxCode(scan: BodyScan, file: string): ValidationError[] {
  return scan.nodes
    .filter((n) => MDX_CODE_NODES.includes(n.type))
    .flatMap((n) => judgeMdxNode(n, n.parentType))
    .map((issue) => ({ file, ...issue }));
}
