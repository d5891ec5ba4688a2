/**
 * The site's colours as literal values, read from the custom properties in global.css, so the
 * standalone SVG file (which cannot use CSS variables in every program that opens it) uses the
 * same colours as the page without a second list of them.
 */
export type Palette = Record<string, string>;

/**
 * Every `--name: value;` declaration in the text outside @media blocks (those adapt the page to forced
 * colours or print, not to a file), with var() references resolved.
 */
export function cssCustomProperties(css: string): Palette {
  const raw: Palette = {};
  for (const m of withoutMediaBlocks(css).matchAll(/(--[a-z0-9-]+)\s*:\s*([^;}]+);/gi)) raw[m[1] as string] = (m[2] as string).trim();
  const resolve = (value: string, depth: number): string =>
    depth > 10
      ? value
      : value.replace(/var\((--[a-z0-9-]+)(?:\s*,\s*([^)]+))?\)/gi, (_, name: string, fallback?: string) => {
          const v = raw[name] ?? fallback;
          return v === undefined ? 'currentColor' : resolve(v.trim(), depth + 1);
        });
  const out: Palette = {};
  for (const [k, v] of Object.entries(raw)) out[k] = resolve(v, 0);
  return out;
}

export function colour(p: Palette, name: string, fallback: string): string {
  return p[name] ?? fallback;
}

/** The stylesheet without its @media blocks (one level of nested rules, as global.css writes them). */
export function withoutMediaBlocks(css: string): string {
  return css.replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
}
