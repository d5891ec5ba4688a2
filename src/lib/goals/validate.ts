/**
 * Validate goals.csv and spending.csv against their specs (csv-schema.ts) with the data folder's own
 * machinery (readCsv, file-level rules, typeTable, one rule per file) and against the indicators and
 * the letters they name. Every error is collected; the result holds the rows that passed.
 * Either file may be absent (GOALS_TABLE and SPENDING_TABLE are optionalFile).
 */
import { GOALS_TABLE, SPENDING_TABLE, type TableSpec } from '../data/csv-schema.ts';
import { sortErrors, type ValidationError } from '../data/errors.ts';
import { readCsv } from '../data/read-csv.ts';
import { fileLevelErrors } from '../data/rules/file-level.ts';
import { checkHeaders } from '../data/rules/headers.ts';
import { typeTable, type TypedRow } from '../data/typed-table.ts';
import type { CsvInput } from '../data/validate.ts';
import { goalDraft, spendingDraft, type GoalDraft, type SpendingDraft } from './drafts.ts';
import { goalContext, type GoalContext, type GoalSources } from './goal-context.ts';
import type { Goal, GoalData, Spending } from './model.ts';
import { checkDuplicateGoalIds } from './rules/duplicate-goal-ids.ts';
import { checkDuplicateSpending } from './rules/duplicate-spending.ts';
import { checkGoalIndicatorKnown } from './rules/goal-indicator-known.ts';
import { checkGoalIndicatorArea } from './rules/goal-indicator-area.ts';
import { checkGoalTargetUnit } from './rules/goal-target-unit.ts';
import { checkGoalTargetRange } from './rules/goal-target-range.ts';
import { checkSourceDocuments } from './rules/source-document.ts';
import { checkBudgetYears } from './rules/budget-year.ts';
import { checkGoalStatusYear } from './rules/goal-status-year.ts';
import { checkGoalStatusText } from './rules/goal-status-text.ts';
import { checkSpendingIllustrative } from './rules/spending-illustrative.ts';
import { checkGoalFormulaCells } from './rules/goal-formula-cells.ts';

/** Rules across rows and tables, each one function. */
export const GOAL_RULES: readonly ((ctx: GoalContext) => ValidationError[])[] = [
  checkDuplicateGoalIds,
  checkDuplicateSpending,
  checkGoalIndicatorKnown,
  checkGoalIndicatorArea,
  checkGoalTargetUnit,
  checkGoalTargetRange,
  checkSourceDocuments,
  checkBudgetYears,
  checkGoalStatusYear,
  checkGoalStatusText,
  checkSpendingIllustrative,
  checkGoalFormulaCells,
];

export interface GoalInputs {
  /** Absent when the data folder has no goals.csv. */
  goals?: CsvInput;
  spending?: CsvInput;
}

export interface GoalResult {
  data: GoalData;
  errors: ValidationError[];
  /** Data rows read (for the check's progress line). */
  rows: number;
}

/** A file's typed rows, or none when the file as a whole cannot be read (its one error says why). */
function typed(input: CsvInput | undefined, spec: TableSpec, errors: ValidationError[]): { rows: TypedRow[]; count: number } {
  if (!input) return { rows: [], count: 0 };
  const read = readCsv(input.text, input.file);
  // A good header and no rows is a legal goal file: no goals yet, or the examples deleted before the real ones.
  const headerOnly =
    read.errors.length === 0 &&
    read.table.header.length > 0 &&
    read.table.rows.length === 0 &&
    checkHeaders(read.table, spec).errors.length === 0;
  if (spec.optionalFile && headerOnly) return { rows: [], count: 0 };
  const fileErrors = fileLevelErrors(read.table, spec, read.errors);
  if (fileErrors.length > 0) {
    errors.push(...fileErrors);
    return { rows: [], count: read.table.rows.length };
  }
  const t = typeTable(read.table, spec);
  errors.push(...t.errors);
  return { rows: t.rows, count: read.table.rows.length };
}

function toGoal(d: GoalDraft, ctx: GoalContext): Goal | undefined {
  const { id, administration, budgetYear, kind, title, description, area, status, sourceDocument, illustrative } = d;
  if (
    !d.valid ||
    !id ||
    !administration ||
    budgetYear === undefined ||
    !kind ||
    !title ||
    !description ||
    !area ||
    !status ||
    !sourceDocument ||
    illustrative === undefined
  )
    return undefined;
  const goal: Goal = {
    id,
    administration,
    budgetYear,
    kind,
    title,
    description,
    area,
    status,
    sourceDocument,
    sourceLetters: ctx.letters.resolve(sourceDocument),
    illustrative,
  };
  if (d.indicator) goal.indicator = d.indicator;
  if (d.target !== undefined) goal.target = d.target;
  if (d.targetUnit) goal.targetUnit = d.targetUnit;
  if (d.statusText) goal.statusText = d.statusText;
  if (d.realistic !== undefined) goal.realistic = d.realistic;
  if (d.initiatives) goal.initiatives = d.initiatives;
  return goal;
}

function toSpending(d: SpendingDraft, ctx: GoalContext): Spending | undefined {
  const { administration, budgetYear, amount, covers, source, illustrative } = d;
  if (!d.valid || !administration || budgetYear === undefined || amount === undefined || !covers || !source || illustrative === undefined)
    return undefined;
  const s: Spending = { administration, budgetYear, amount, covers, source, sourceLetters: [], illustrative };
  if (d.sourceDocument) {
    s.sourceDocument = d.sourceDocument;
    s.sourceLetters = ctx.letters.resolve(d.sourceDocument);
  }
  return s;
}

export function validateGoals(inputs: GoalInputs, sources: GoalSources): GoalResult {
  const errors: ValidationError[] = [];
  const g = typed(inputs.goals, GOALS_TABLE, errors);
  const s = typed(inputs.spending, SPENDING_TABLE, errors);
  const ctx = goalContext(sources, g.rows.map(goalDraft), s.rows.map(spendingDraft));
  for (const rule of GOAL_RULES) errors.push(...rule(ctx));
  const sorted = sortErrors(errors);
  // A row named by an error is not published, even when the error is a cross-row one.
  const bad = new Set(sorted.map((e) => `${e.file}\u0000${e.line}`));
  const ok = (ref: { file: string; line: number }) => !bad.has(`${ref.file}\u0000${ref.line}`);
  const data: GoalData = {
    goals: ctx.goals
      .filter((d) => ok(d.ref))
      .map((d) => toGoal(d, ctx))
      .filter((x): x is Goal => x !== undefined),
    spending: ctx.spending
      .filter((d) => ok(d.ref))
      .map((d) => toSpending(d, ctx))
      .filter((x): x is Spending => x !== undefined),
  };
  return { data, errors: sorted, rows: g.count + s.count };
}
