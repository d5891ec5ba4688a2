/**
 * The components an editor may write in an MDX report, with the props each takes. A prop is always
 * a literal text in quotes; `allowed` lists its values when they are known without the data.
 * The conference page supplies the components (no import in the document).
 */
import { AREA_IDS } from '../registry/areas.ts';

export interface PropSpec {
  required: boolean;
  /** How the value looks, for messages: id="beskaeftigelse-ikke-vestlige-ratio". */
  example: string;
  allowed?: readonly string[];
}

export interface ComponentSpec {
  props: Readonly<Record<string, PropSpec>>;
}

export const MDX_COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  IndicatorFigure: { props: { id: { required: true, example: 'id="beskaeftigelse-ikke-vestlige-ratio"' } } },
  AreaCard: { props: { area: { required: true, example: 'area="beskaeftigelse"', allowed: AREA_IDS } } },
};

export const COMPONENT_NAMES: readonly string[] = Object.keys(MDX_COMPONENTS);

/** How each component is written, for messages: <IndicatorFigure id="…" /> og <AreaCard area="…" />. */
export function componentUsage(conjunction: 'og' | 'eller' = 'og'): string {
  return COMPONENT_NAMES.map(
    (name) =>
      `<${name} ${Object.values(MDX_COMPONENTS[name]?.props ?? {})
        .map((p) => p.example)
        .join(' ')} />`,
  ).join(` ${conjunction} `);
}
