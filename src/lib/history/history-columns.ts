/** The columns the change history reads, named by csv-schema.ts so a renamed column cannot silently break it. */
import { columnSpec, INDICATORS_TABLE, MEASUREMENTS_TABLE } from '../data/csv-schema.ts';
import type { HistoryColumns } from './indicator-history.ts';

export function historyColumns(): HistoryColumns {
  const [indicator = '', period = '', breakdown = ''] = MEASUREMENTS_TABLE.primaryKey;
  return {
    measurements: { indicator, period, breakdown, value: columnSpec(MEASUREMENTS_TABLE, 'value').name },
    indicators: { id: INDICATORS_TABLE.primaryKey[0] ?? 'id' },
  };
}
