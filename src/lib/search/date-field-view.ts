/**
 * What the search page's two date fields say about a problem with the range (WCAG 3.3.1): each
 * message is printed next to a field it is about – under the later one, so a range that runs
 * backwards (about both) is said once, under »Til måned« – and every field it concerns is marked
 * invalid and described by it, followed by the fields' shared hint, which stays. With no problems
 * the fields are described by the hint alone and nothing is printed.
 */
import type { DateField, DateProblem } from './date-range.ts';

export interface DateFieldIds {
  /** The hint both fields share (»År og måned, fx …«). */
  hint: string;
  /** The message element next to each field. */
  error: Record<DateField, string>;
}

export interface DateFieldView {
  invalid: boolean;
  /** The messages printed next to this field; none hides its message element. */
  messages: string[];
  /** The field's aria-describedby: the messages about it, then the hint. */
  describedBy: string;
}

/** The field a problem's message is printed next to: the last of the fields it is about. */
function shownAt(problem: DateProblem): DateField {
  return problem.fields.at(-1) ?? 'to';
}

export function dateFieldViews(problems: readonly DateProblem[], ids: DateFieldIds): Record<DateField, DateFieldView> {
  const view = (field: DateField): DateFieldView => {
    const about = problems.filter((p) => p.fields.includes(field));
    const errorIds = [...new Set(about.map((p) => ids.error[shownAt(p)]))];
    return {
      invalid: about.length > 0,
      messages: problems.filter((p) => shownAt(p) === field).map((p) => p.message),
      describedBy: [...errorIds, ids.hint].join(' '),
    };
  };
  return { from: view('from'), to: view('to') };
}
