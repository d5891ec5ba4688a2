/**
 * The project's own import graph, read with the TypeScript parser: which file imports which (relative
 * specifiers resolved to repository paths), and which globals and Node modules a file touches. For
 * the architecture test (test/unit/architecture.test.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';

const CODE = /\.(ts|mts|mjs|js|cjs|astro)$/;

/** Every code file below `dir` (repository-relative, "/" separators), fixtures left out. */
export function codeFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures') return [];
    if (statSync(path).isDirectory()) return codeFiles(path);
    return CODE.test(name) ? [path.split('\\').join('/')] : [];
  });
}

/** The code of a file as TypeScript sees it: an .astro file's front matter and its <script> bodies. */
export function scriptOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return [front, ...scripts].join('\n');
}

/** Import and export specifiers, dynamic imports and require() calls, as written. */
export function specifiers(file: string): string[] {
  return ts.preProcessFile(scriptOf(file), true, true).importedFiles.map((f) => f.fileName);
}

/** A relative specifier resolved to a repository path, or undefined for a package or a missing file. */
export function resolveSpecifier(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = normalize(join(dirname(from), spec.split('?')[0] ?? ''))
    .split('\\')
    .join('/');
  return [base, `${base}.ts`, `${base}/index.ts`].find((p) => existsSync(p) && statSync(p).isFile());
}

/** file → the repository files it imports. */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  return new Map(
    files.map((f) => [
      f,
      specifiers(f)
        .map((s) => resolveSpecifier(f, s))
        .filter((p): p is string => p !== undefined),
    ]),
  );
}

/** Every file reachable from `entries` through the graph. */
export function reachable(graph: ReadonlyMap<string, readonly string[]>, entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const f = stack.pop() as string;
    if (seen.has(f)) continue;
    seen.add(f);
    stack.push(...(graph.get(f) ?? []));
  }
  return seen;
}

/** Globals of a browser or of a Node process; a pure module uses none of them. */
export const IMPURE_GLOBALS = new Set([
  'document',
  'window',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'customElements',
  'HTMLElement',
  'fetch',
  'XMLHttpRequest',
  'process',
  'require',
  '__dirname',
  '__filename',
]);

/** Modules that reach outside the module: files, processes, the network, the machine, and Astro's content store (loaders read it). */
export const IMPURE_MODULES =
  /^(node:)?(fs|fs\/promises|child_process|os|net|http|https|http2|dgram|dns|tls|worker_threads|cluster|module|readline|vm)$|^astro:content$/;

/**
 * Where a file touches the outside world: a global from IMPURE_GLOBALS used as a value (not as a
 * property name such as `x.location`, nor a type), or an import of an IMPURE_MODULES module.
 * Returns "line: what" strings.
 */
export function impurities(file: string): string[] {
  const code = scriptOf(file);
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  // Names the file declares itself (a parameter called `location`) shadow the globals.
  const local = new Set<string>();
  const declare = (node: ts.Node): void => {
    if (
      (ts.isParameter(node) ||
        ts.isVariableDeclaration(node) ||
        ts.isBindingElement(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isImportSpecifier(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    ) {
      local.add(node.name.text);
    }
    ts.forEachChild(node, declare);
  };
  declare(source);
  const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isTypeNode(node)) return;
    if (ts.isIdentifier(node) && IMPURE_GLOBALS.has(node.text) && !local.has(node.text)) {
      const parent = node.parent;
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        (ts.isPropertySignature(parent) && parent.name === node) ||
        (ts.isMethodDeclaration(parent) && parent.name === node) ||
        (ts.isPropertyDeclaration(parent) && parent.name === node) ||
        ts.isBindingElement(parent) ||
        ts.isParameter(parent) ||
        ts.isVariableDeclaration(parent);
      if (!isPropertyName) found.push(`${at(node)}: ${node.text}`);
    }
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      if (IMPURE_MODULES.test(node.moduleSpecifier.text)) found.push(`${at(node)}: import ${node.moduleSpecifier.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Repository-relative path with "/" separators. */
export function repoPath(path: string): string {
  return relative(process.cwd(), path).split('\\').join('/');
}
