/** The columns the change history reads, named by csv-schema.ts so a renamed column cannot silently break it. */
import { columnSpec, INDICATORS_TABLE, MEASUREMENTS_TABLE } from '../data/csv-schema.ts';
import type { HistoryColumns } from './indicator-history.ts';

export function historyColumns(): HistoryColumns {
  const [indicator = '', period = '', breakdown = ''] = MEASUREMENTS_TABLE.primaryKey;
  const column = (name: string) => columnSpec(MEASUREMENTS_TABLE, name).name;
  return {
    measurements: {
      indicator,
      period,
      breakdown,
      value: column('value'),
      flag: column('flag'),
      note: column('note'),
      source: column('source'),
      sourceUrl: column('source_url'),
    },
    indicators: { id: INDICATORS_TABLE.primaryKey[0] ?? 'id' },
  };
}
