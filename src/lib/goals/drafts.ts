/**
 * Typed rows of goals.csv and spending.csv with every field optional: a field is undefined when its
 * cell was empty or broken, so the cross-row rules skip it instead of repeating the cell's error.
 */
import type { AreaId } from '../registry/areas.ts';
import type { GoalKindId } from '../registry/goal-kinds.ts';
import type { GoalStatusId } from '../registry/goal-statuses.ts';
import { booleanCell, filledTextCell, numberCell } from '../data/draft-cells.ts';
import type { RowRef } from '../data/row-ref.ts';
import type { TypedRow } from '../data/typed-table.ts';

export interface GoalDraft {
  ref: RowRef;
  valid: boolean;
  id?: string;
  administration?: string;
  budgetYear?: number;
  kind?: GoalKindId;
  title?: string;
  description?: string;
  area?: AreaId;
  indicator?: string;
  target?: number;
  targetUnit?: string;
  status?: GoalStatusId;
  statusText?: string;
  realistic?: boolean;
  initiatives?: string;
  sourceDocument?: string;
  illustrative?: boolean;
}

export interface SpendingDraft {
  ref: RowRef;
  valid: boolean;
  administration?: string;
  budgetYear?: number;
  amount?: number;
  covers?: string;
  source?: string;
  sourceDocument?: string;
  illustrative?: boolean;
}

const str = filledTextCell;
const num = numberCell;
const bool = booleanCell;

export function goalDraft(row: TypedRow): GoalDraft {
  const v = row.values;
  return {
    ref: row.ref,
    valid: row.valid,
    id: str(v.id),
    administration: str(v.administration),
    budgetYear: num(v.budget_year),
    kind: str(v.kind) as GoalKindId | undefined,
    title: str(v.title),
    description: str(v.description),
    area: str(v.area) as AreaId | undefined,
    indicator: str(v.indicator),
    target: num(v.target),
    targetUnit: str(v.target_unit),
    status: str(v.status) as GoalStatusId | undefined,
    statusText: str(v.status_text),
    realistic: bool(v.realistic),
    initiatives: str(v.initiatives),
    sourceDocument: str(v.source_document),
    illustrative: bool(v.illustrative),
  };
}

export function spendingDraft(row: TypedRow): SpendingDraft {
  const v = row.values;
  return {
    ref: row.ref,
    valid: row.valid,
    administration: str(v.administration),
    budgetYear: num(v.budget_year),
    amount: num(v.amount),
    covers: str(v.covers),
    source: str(v.source),
    sourceDocument: str(v.source_document),
    illustrative: bool(v.illustrative),
  };
}
