/**
 * /forvaltninger/<forvaltning>/<id>/: one goal with everything it links to – its administration,
 * area, indicator (with the indicator's value in the budget year), the status report of its year
 * and the letters it comes from.
 */
import type { Barometer } from '../model.ts';
import { GOAL_KINDS } from '../registry/goal-kinds.ts';
import { GOAL_STATUSES } from '../registry/goal-statuses.ts';
import { organisationOf } from '../registry/organisations.ts';
import type { StatusColour } from '../status/labels.ts';
import { indicatorPath, letterPath, administrationYearPath, statusReportPath } from '../routes.ts';
import { mainPoints } from '../barometer/series.ts';
import { decimalsOf, formatValue } from '../format/danish-number.ts';
import { periodText } from '../format/period.ts';
import { danishDate, isoDate } from '../archive/dates.ts';
import { goalCopy } from '../copy/goals.ts';
import { administrationRef, goalItem, realisticText, targetText, type AdministrationRef } from './goal-items.ts';
import type { Goal } from './model.ts';
import { mainPlace } from '../barometer/main-place.ts';
import { indicatorUnit } from '../registry/units.ts';

/** What a goal page needs to know about a letter it cites. */
export interface LetterInfo {
  title: string;
  date: Date;
  sagsnr: string;
}

export interface GoalView {
  goal: Goal;
  administration: AdministrationRef & { committee: string; yearPath: string };
  kind: { label: string; meaning: string };
  area: { name: string; path: string };
  /** `attribution` says whose words `text` is: the administration's, or invented with an example goal. */
  status: { label: string; colour: StatusColour; text?: string; attribution?: string };
  indicator?: { id: string; title: string; path: string; atYear: string; illustrative: boolean };
  target?: string;
  realistic: string;
  /** »Realistisk ifølge forvaltningen«, or for an example goal that the judgement is invented too. */
  realisticLabel: string;
  sources: { title: string; path: string; iso: string; dateText: string; sagsnr: string }[];
  /**
   * »Kildedokument« for a real goal. An example goal is not in the letter it names, which only asked
   * for goals of its kind: »Kildedokument« told a reader the letter held it.
   */
  sourceLabel: string;
  sourceNote?: string;
  reportPath: string;
  description: string;
}

export function goalView(goal: Goal, barometer: Barometer, letter: (slug: string) => LetterInfo | undefined): GoalView {
  const org = organisationOf(goal.administration);
  const ind = goal.indicator ? barometer.indicators.find((i) => i.id === goal.indicator) : undefined;
  const item = goalItem(goal, barometer.indicators);
  let indicator: GoalView['indicator'];
  if (ind) {
    const points = mainPoints(barometer.measurements, ind.id);
    const decimals = decimalsOf(points.map((p) => p.value));
    const atYear = points.find((p) => p.period.label === String(goal.budgetYear));
    const latest = points.at(-1);
    const place = mainPlace(barometer.measurements, ind.id);
    const then = atYear
      ? goalCopy.indicatorAtYear(formatValue(atYear.value, indicatorUnit(ind), decimals), goal.budgetYear, place)
      : goalCopy.indicatorNoValue(goal.budgetYear);
    const now =
      latest && latest !== atYear
        ? ` ${goalCopy.indicatorNow(formatValue(latest.value, indicatorUnit(ind), decimals), periodText(latest.period.label), place)}`
        : '';
    indicator = {
      id: ind.id,
      title: ind.title,
      path: indicatorPath(ind.id),
      atYear: `${then}${now}`,
      illustrative: ind.illustrative,
    };
  }
  const target = targetText(goal, ind);
  const admin = administrationRef(goal.administration);
  return {
    goal,
    administration: {
      ...admin,
      committee: org ? `${org.committee.name} (${org.committee.abbr})` : '',
      yearPath: administrationYearPath(goal.administration, goal.budgetYear),
    },
    kind: { label: GOAL_KINDS[goal.kind].label, meaning: GOAL_KINDS[goal.kind].meaning },
    area: item.area,
    status: {
      label: GOAL_STATUSES[goal.status].label,
      colour: GOAL_STATUSES[goal.status].colour,
      ...(goal.statusText
        ? {
            text: goal.statusText,
            attribution: goal.illustrative ? goalCopy.statusTextExample : `${goalCopy.statusTextLabel}: ${admin.name}`,
          }
        : {}),
    },
    ...(indicator ? { indicator } : {}),
    ...(target ? { target } : {}),
    realistic: realisticText(goal.realistic),
    realisticLabel: goal.illustrative ? goalCopy.realisticLabelExample : goalCopy.realisticLabel,
    sources: goal.sourceLetters.flatMap((slug) => {
      const l = letter(slug);
      return l ? [{ title: l.title, path: letterPath(slug), iso: isoDate(l.date), dateText: danishDate(l.date), sagsnr: l.sagsnr }] : [];
    }),
    sourceLabel: goal.illustrative ? goalCopy.sourceLabelExample : goalCopy.sourceLabel,
    ...(goal.illustrative ? { sourceNote: goalCopy.sourceNoteExample } : {}),
    reportPath: statusReportPath(goal.budgetYear),
    description: goalCopy.goalDescription(goal.title, admin.name, goal.budgetYear),
  };
}
