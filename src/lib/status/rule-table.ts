/** The status rule as a table for /om/: each outcome with its colour, words and condition. */
import { OUTCOME_COLOUR, type StatusColour, type StatusOutcome } from './labels.ts';
import { OUTCOME_LABEL, RULE_CONDITION as c } from '../copy/index.ts';
import { formatNumber } from '../format/danish-number.ts';
import { PACE_SHARE } from './status.ts';

export interface RuleRow {
  outcome: StatusOutcome;
  colour: StatusColour;
  label: string;
  withTarget: string;
  withoutTarget: string;
}

const share = formatNumber(PACE_SHARE, 2);
const CONDITIONS: [StatusOutcome, string, string][] = [
  ['target-met', c.targetMet, c.notApplicable],
  ['on-pace', c.onPace(share), c.notApplicable],
  ['progress', c.notApplicable, c.progress],
  ['too-slow', c.tooSlow(share), c.notApplicable],
  ['standstill', c.standstill, c.standstill],
  ['decline', c.decline, c.decline],
  ['no-baseline', c.noBaseline, c.noBaseline],
  ['no-measurement', c.noMeasurement, c.noMeasurement],
];

export function ruleTable(): RuleRow[] {
  return CONDITIONS.map(([outcome, withTarget, withoutTarget]) => ({
    outcome,
    colour: OUTCOME_COLOUR[outcome],
    label: OUTCOME_LABEL[outcome],
    withTarget,
    withoutTarget,
  }));
}
