/**
 * The CSV files an editor writes, defined once as data. The validator checks against this, and
 * the data dictionary and the Frictionless datapackage.json are generated from it, so the rules an
 * editor reads and the rules the build applies cannot drift apart.
 */
import { INDICATORS_TABLE } from './csv-schema/indicator-table.ts';
import { EDITIONS_TABLE, MEASUREMENTS_TABLE } from './csv-schema/measurement-tables.ts';
import { GOALS_TABLE, SPENDING_TABLE } from './csv-schema/goal-tables.ts';
import type { TableSpec } from './csv-schema/columns.ts';

// The definitions live by concept in csv-schema/; this module is the one place the rest imports them from.
export * from './csv-schema/columns.ts';
export * from './csv-schema/values.ts';
export * from './csv-schema/indicator-table.ts';
export * from './csv-schema/measurement-tables.ts';
export * from './csv-schema/goal-tables.ts';

export const CSV_TABLES: readonly TableSpec[] = [INDICATORS_TABLE, MEASUREMENTS_TABLE, EDITIONS_TABLE, GOALS_TABLE, SPENDING_TABLE];
