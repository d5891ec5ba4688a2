/**
 * Frictionless Table Schema (Data Package v2, readable by v1 tools) for one CSV file, generated
 * from the csv-schema module the validator uses, so the published schema cannot drift from the rules.
 */
import { OPEN_DATA_TEXT } from '../copy/open-data.ts';
import type { ColumnSpec, TableSpec } from '../data/csv-schema.ts';
import { BOOLEAN_VALUES } from '../data/csv-schema.ts';
import { UNITS } from '../registry/units.ts';

export interface TableSchemaField {
  name: string;
  /** 'array' only in a JSON file's schema: a column with several values (ColumnSpec.list). */
  type: 'string' | 'number' | 'boolean' | 'year' | 'array';
  description: string;
  format?: 'uri';
  example?: string;
  decimalChar?: string;
  trueValues?: string[];
  falseValues?: string[];
  /** v2: an empty cell here is a value (e.g. the main series), not a missing one. */
  missingValues?: string[];
  constraints: { required: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number; maxLength?: number };
}

export interface TableSchema {
  $schema: string;
  fields: TableSchemaField[];
  /** Only the data folder's CSV files have keys; a derived download or JSON file is described without. */
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  missingValues: string[];
}

/** What a schema is made from: a data folder file's spec (csv-schema.ts) or a derived download's (download-specs.ts). */
export type SchemaSource = Pick<TableSpec, 'columns'> & Partial<Pick<TableSpec, 'primaryKey' | 'foreignKeys'>>;

/** Columns whose value is in the indicator's unit, so the unit registry bounds them. */
export const UNIT_BOUND_COLUMNS = ['value', 'baseline_value', 'target_value'] as const;

/** The loosest bounds any unit allows; the per-unit bounds are stated in the description. */
export function unitBounds(): { minimum?: number; maximum?: number; text: string } {
  const units = Object.values(UNITS);
  const min = Math.min(...units.map((u) => u.min));
  const max = Math.max(...units.map((u) => u.max));
  const words = OPEN_DATA_TEXT.unitBounds;
  const text = units.map((u) => `${u.id}: ${Number.isFinite(u.max) ? words.range(u.min, u.max) : words.atLeast(u.min)}`).join('; ');
  return {
    minimum: Number.isFinite(min) ? min : undefined,
    maximum: Number.isFinite(max) ? max : undefined,
    text: words.text(text),
  };
}

/** The resource name a CSV file gets in the package: its file name without ".csv". */
export function resourceName(file: string): string {
  return file.replace(/\.csv$/, '');
}

export function tableField(col: ColumnSpec, decimal: ',' | '.', inPrimaryKey: boolean): TableSchemaField {
  const field: TableSchemaField = {
    name: col.name,
    type: 'string',
    description: col.description,
    example: col.example,
    constraints: { required: col.required },
  };
  if (col.pattern) field.constraints.pattern = col.pattern;
  if (col.maxLength !== undefined) field.constraints.maxLength = col.maxLength;
  if (col.type === 'url') field.format = 'uri';
  if (col.type === 'enum' && col.allowed) field.constraints.enum = [...col.allowed];
  if (col.type === 'boolean') {
    field.type = 'boolean';
    field.trueValues = Object.entries(BOOLEAN_VALUES)
      .filter(([, v]) => v)
      .map(([k]) => k);
    field.falseValues = Object.entries(BOOLEAN_VALUES)
      .filter(([, v]) => !v)
      .map(([k]) => k);
  }
  if (col.type === 'year') field.type = 'year';
  if (col.type === 'number') {
    field.type = 'number';
    field.decimalChar = decimal;
    if (col.minimum !== undefined) field.constraints.minimum = col.minimum;
    if ((UNIT_BOUND_COLUMNS as readonly string[]).includes(col.name)) {
      const b = unitBounds();
      if (b.minimum !== undefined) field.constraints.minimum = b.minimum;
      if (b.maximum !== undefined) field.constraints.maximum = b.maximum;
      field.description = `${col.description} ${b.text}`;
    }
  }
  if (inPrimaryKey && !col.required) field.missingValues = [];
  return field;
}

/**
 * Columns in the order the file has them (editors may order columns freely, and a Table Schema's
 * fields must match the header in order); the schema's order for any the file lacks.
 */
export function orderedColumns(spec: SchemaSource, header: readonly string[]): ColumnSpec[] {
  const pos = (name: string) => {
    const i = header.indexOf(name);
    return i < 0 ? header.length + spec.columns.findIndex((c) => c.name === name) : i;
  };
  return [...spec.columns].sort((a, b) => pos(a.name) - pos(b.name));
}

export function tableSchema(spec: SchemaSource, decimal: ',' | '.', header: readonly string[] = []): TableSchema {
  const primaryKey = spec.primaryKey ?? [];
  const schema: TableSchema = {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields: orderedColumns(spec, header)
      // A column the file may leave out is described only when the file has it, so fields match the header.
      .filter((c) => !c.optionalInHeader || header.length === 0 || header.includes(c.name))
      .map((c) => tableField(c, decimal, primaryKey.includes(c.name))),
    missingValues: [''],
  };
  if (primaryKey.length > 0) schema.primaryKey = [...primaryKey];
  if (spec.foreignKeys && spec.foreignKeys.length > 0)
    schema.foreignKeys = spec.foreignKeys.map((fk) => ({
      fields: [fk.column],
      reference: { resource: resourceName(fk.table), fields: [fk.tableColumn] },
    }));
  return schema;
}

/**
 * The same fields for a JSON file's rows: values are typed JSON (numbers, true/false, null), so the
 * CSV's decimal comma and ja/nej do not apply, and no keys (null is the main series' breakdown there).
 */
export function jsonTableSchema(spec: SchemaSource, header: readonly string[] = []): TableSchema {
  const { fields } = tableSchema({ columns: spec.columns }, '.', header);
  const lists = new Set(spec.columns.filter((c) => c.list).map((c) => c.name));
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields: fields.map((f) => {
      const field = { ...f };
      // In JSON a column with several values is a list of them, not the CSV's joined text.
      if (lists.has(f.name)) field.type = 'array';
      delete field.decimalChar;
      delete field.trueValues;
      delete field.falseValues;
      delete field.missingValues;
      return field;
    }),
    missingValues: [''],
  };
}
