/**
 * Rule: a link to the site's own pages points at something that exists – a letter
 * (/breve/<filnavn>/), an indicator (/indikatorer/<id>/) or an area (/omraader/<område>/) – an image
 * or a linked file (/bilag/kort.png, /bilag/notat.pdf) is in public/, and <IndicatorFigure id="…">
 * names a known indicator; the build would otherwise publish a dead link or a missing image, or stop
 * on the missing indicator.
 */
import { closest } from '../../../../src/lib/data/closest.ts';
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import { oneOf } from '../../../../src/lib/data/errors.ts';
import { AREA_IDS } from '../../../../src/lib/registry/areas.ts';
import type { BodyScan, ScannedNode } from '../body-scan.ts';
import type { ContentContext } from '../context.ts';

interface Target {
  what: string;
  /** Asked one id at a time; the whole list is read only to guess a misspelt one (see check-cache). */
  known: ReadonlySet<string>;
  expected: string;
}

const AREAS: ReadonlySet<string> = new Set(AREA_IDS);

function targets(ctx: ContentContext): Record<string, Target> {
  return {
    breve: {
      what: 'ukendt brev i linket',
      known: ctx.letterSlugs,
      expected: 'navnet på en fil i content/letters uden .md, fx /breve/2009-04-02-opsamling-integrationskonference-2009/',
    },
    indikatorer: {
      what: 'ukendt indikator i linket',
      known: ctx.indicatorIds,
      expected: 'et id fra data/indicators.csv, fx /indikatorer/<id>/',
    },
    omraader: { what: 'ukendt indsatsområde i linket', known: AREAS, expected: oneOf(AREA_IDS) },
  };
}

/** Lists under /breve/ that are not letters. */
const LETTER_LISTS = new Set(['aar', 'udvalg']);

function unknown(id: string, target: Target): { message: string; expected: string } | undefined {
  if (target.known.has(id)) return undefined;
  const guess = closest(id, [...target.known]);
  return { message: `${target.what}${guess ? ` – mente du "${guess}"?` : ''}`, expected: target.expected };
}

function linkError(node: ScannedNode, ctx: ContentContext, file: string): ValidationError | undefined {
  const m = /^\/(breve|indikatorer|omraader)\/([^/?#]+)/.exec(node.url ?? '');
  if (!m || !m[1] || !m[2]) return undefined;
  if (m[1] === 'breve' && LETTER_LISTS.has(m[2])) return undefined;
  const target = targets(ctx)[m[1]];
  let id = m[2];
  try {
    id = decodeURIComponent(m[2]);
  } catch {
    // a malformed %-escape: judge the id as written
  }
  const problem = target ? unknown(id, target) : undefined;
  return problem ? { file, ...node.position.start, ...problem, got: node.url ?? '' } : undefined;
}

/** An address on the site (»/bilag/kort.png?x#y« → path »/bilag/kort.png«, %-escapes decoded), or undefined for any other. */
export function sitePath(url: string): { path: string; decoded: string } | undefined {
  const path = url.trim().split(/[?#]/)[0] ?? '';
  if (!path.startsWith('/') || path.startsWith('//')) return undefined;
  try {
    return { path, decoded: decodeURIComponent(path) };
  } catch {
    // a malformed %-escape: judge the path as written
    return { path, decoded: path };
  }
}

/** A site path with a file extension (/bilag/kort.png) must be a file in public/. */
function fileError(node: ScannedNode, ctx: ContentContext, file: string): ValidationError | undefined {
  const site = sitePath(node.url ?? '');
  if (!ctx.publicFile || !site || !/\.[a-z0-9]{2,5}$/i.test(site.path)) return undefined;
  const { path, decoded } = site;
  if (ctx.publicFile(decoded)) return undefined;
  const what = node.type === 'image' ? 'billedet' : 'filen';
  return {
    file,
    ...node.position.start,
    message: `${what} findes ikke i public/`,
    got: path,
    expected: `en fil public${decoded}, eller en rettet adresse`,
  };
}

function figureError(node: ScannedNode, ctx: ContentContext, file: string): ValidationError | undefined {
  if (node.type !== 'mdxJsxFlowElement' || node.name !== 'IndicatorFigure') return undefined;
  const id = node.attributes?.find((a) => a.name === 'id')?.value;
  if (typeof id !== 'string') return undefined; // written wrongly: the MDX rule says how
  const problem = unknown(id, {
    what: 'ukendt indikator i <IndicatorFigure>',
    known: ctx.indicatorIds,
    expected: 'et id fra data/indicators.csv',
  });
  return problem ? { file, ...node.position.start, ...problem, got: id } : undefined;
}

export function checkInternalLinks(scan: BodyScan, ctx: ContentContext, file: string): ValidationError[] {
  return scan.nodes
    .map((n) =>
      n.url === undefined
        ? figureError(n, ctx, file)
        : n.type === 'image'
          ? fileError(n, ctx, file)
          : (linkError(n, ctx, file) ?? fileError(n, ctx, file)),
    )
    .filter((e): e is ValidationError => e !== undefined);
}
