/** The status rule as a table for /om/: each outcome with its colour, words and condition. */
import { OUTCOME_COLOUR, type StatusColour, type StatusOutcome } from './labels.ts';
import { OUTCOME_LABEL } from '../copy/index.ts';

export interface RuleRow {
  outcome: StatusOutcome;
  colour: StatusColour;
  label: string;
  withTarget: string;
  withoutTarget: string;
}

const CONDITIONS: [StatusOutcome, string, string][] = [
  ['target-met', 'Målet er nået', '–'],
  ['on-pace', 'a ≥ 0,95 · r og a > tolerancen', '–'],
  ['progress', '–', 'a > tolerancen'],
  ['too-slow', 'tolerancen < a < 0,95 · r', '–'],
  ['standstill', '|a| ≤ tolerancen', '|a| ≤ tolerancen'],
  ['decline', 'a < −tolerancen', 'a < −tolerancen'],
  ['no-baseline', 'Ingen basis', 'Ingen basis'],
  ['no-measurement', 'Ingen måling efter basis', 'Ingen måling efter basis'],
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
