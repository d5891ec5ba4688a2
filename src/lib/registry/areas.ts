/** The six policy areas (indsatsområder). Defined once; every schema and page takes ids from here. */
export const AREA_IDS = ['beskaeftigelse', 'bolig', 'tryghed', 'uddannelse', 'sundhed-og-omsorg', 'kultur-og-fritid'] as const;

export type AreaId = (typeof AREA_IDS)[number];

export interface AreaInfo {
  id: AreaId;
  /** Danish name as shown on the site. */
  name: string;
  /** Position on the overview page. */
  order: number;
}

export const AREAS: readonly AreaInfo[] = [
  { id: 'beskaeftigelse', name: 'Beskæftigelse', order: 1 },
  { id: 'bolig', name: 'Bolig', order: 2 },
  { id: 'tryghed', name: 'Tryghed', order: 3 },
  { id: 'uddannelse', name: 'Uddannelse', order: 4 },
  { id: 'sundhed-og-omsorg', name: 'Sundhed og omsorg', order: 5 },
  { id: 'kultur-og-fritid', name: 'Kultur og fritid', order: 6 },
];

export function isAreaId(value: string): value is AreaId {
  return (AREA_IDS as readonly string[]).includes(value);
}

export function areaName(id: AreaId): string {
  const area = AREAS.find((a) => a.id === id);
  if (!area) throw new Error(`Unknown area id ${id}`);
  return area.name;
}
