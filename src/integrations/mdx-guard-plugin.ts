/**
 * Sätteri mdast plugin (astro.config.mjs → markdown.processor; @astrojs/mdx uses the same
 * processor for .mdx): refuses an MDX document that holds anything but Markdown and the allowed
 * components (mdx-guard.ts), while it is still a syntax tree – before Sätteri generates the
 * JavaScript module, so no editor code is ever evaluated, in `npm run build`, a direct
 * `astro build` or `astro dev` alike. The build stops with every issue as file:line:column.
 * Plain Markdown has no code and is left to the sanitiser (sanitize-plugin.ts).
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { formatError } from '../lib/data/errors.ts';
import { frontMatterIssues, judgeMdxNode, type GuardIssue, type GuardNode } from '../lib/content-policy/mdx-guard.ts';

interface Context {
  readonly fileURL: URL | undefined;
  readonly sourceFormat: string;
  readonly data: Record<string, unknown>;
  parent(node: GuardNode): { type: string } | undefined;
}

/** The message the build stops with: one line per issue, as `npm run check` prints them. */
export function guardFailure(file: string, issues: readonly GuardIssue[]): Error {
  const lines = issues.map((i) => formatError({ file, ...i }));
  const error = new Error(`MDX-dokumentet indeholder kode, som ikke er tilladt:\n${lines.join('\n')}`);
  error.name = 'IndholdsFejl';
  return error;
}

function displayFile(url: URL | undefined): string {
  if (!url) return 'ukendt fil';
  const rel = relative(process.cwd(), fileURLToPath(url));
  return rel.startsWith('..') ? fileURLToPath(url) : rel.split('\\').join('/');
}

export function mdxGuard() {
  return (doc: { sourceFormat: string }) => {
    if (doc.sourceFormat !== 'mdx') return null;
    const issues: GuardIssue[] = [];
    const visit = (node: GuardNode, ctx: Context) => {
      issues.push(...judgeMdxNode(node, ctx.parent(node)?.type));
    };
    return {
      name: 'ib-mdx-guard',
      options: { position: true },
      before(_root: unknown, ctx: Context) {
        const astro = ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
        issues.push(...frontMatterIssues(astro?.frontmatter));
      },
      mdxjsEsm: visit,
      mdxFlowExpression: visit,
      mdxTextExpression: visit,
      mdxJsxFlowElement: visit,
      mdxJsxTextElement: visit,
      after(_root: unknown, ctx: Context) {
        if (issues.length > 0) throw guardFailure(displayFile(ctx.fileURL), issues);
      },
    };
  };
}
