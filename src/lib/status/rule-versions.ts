/**
 * Which status rule has applied when. Editions are recomputed with today's rule (README, »Udgaver«):
 * an old edition's status is what the current rule says about the figures as they stood then. When a
 * developer changes what the rule decides, they add a version here with the day it took effect and a
 * sentence for readers (in the copy catalogue, RULE_SUMMARY, keyed by that day); the edition pages then say that the status is recomputed with a newer rule.
 * A unit test holds the newest version's fingerprint against the rule's actual decisions
 * (rule-fingerprint.ts), so a change of the rule cannot slip in without a new version.
 */
import { RULE_SUMMARY } from '../copy/status.ts';

export interface RuleVersion {
  /** ÅÅÅÅ-MM-DD: the first day the site published with this rule. */
  since: string;
  /** What the rule decides, for readers, one or two Danish sentences. */
  summary: string;
  /** rule-fingerprint.ts over the decision grid; the newest version's must match the code. */
  fingerprint: string;
}

export const RULE_VERSIONS: readonly RuleVersion[] = [
  {
    since: '2026-11-23',
    summary: RULE_SUMMARY['2026-11-23'],
    fingerprint: 'facc35c8',
  },
];

export function currentRule(): RuleVersion {
  const last = RULE_VERSIONS.at(-1);
  if (!last) throw new Error('RULE_VERSIONS er tom: der skal være mindst én version af statusreglen.');
  return last;
}

/** The rule in force on a day (ÅÅÅÅ-MM-DD): the newest version that had taken effect; the first before any. */
export function ruleOn(day: string): RuleVersion {
  let found = RULE_VERSIONS[0] as RuleVersion;
  for (const v of RULE_VERSIONS) if (v.since <= day) found = v;
  return found;
}

/** Versions that took effect after the day, oldest first: why an old edition's status may differ from what was shown. */
export function rulesChangedSince(day: string): RuleVersion[] {
  const then = ruleOn(day);
  return RULE_VERSIONS.filter((v) => v.since > then.since && v.since > day);
}
