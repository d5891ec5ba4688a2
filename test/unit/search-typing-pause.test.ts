/**
 * The search page's wait after a keystroke (src/client/typing-pause.ts): the visitor's own pace,
 * within bounds, and a long pause for a one- or two-letter word.
 */
import { describe, expect, it } from 'vitest';
import { SHORT_WORD_PAUSE_MS, searchDelay, typingPause, withGap } from '../../src/client/typing-pause.ts';

describe('typing pause', () => {
  it('waits a quarter more than the usual gap, at least 120 and at most 250 ms', () => {
    expect(typingPause([])).toBe(120);
    expect(typingPause([40, 60, 50])).toBe(120);
    expect(typingPause([150, 160, 170, 2000])).toBe(213);
    expect(typingPause([400, 500])).toBe(250);
  });

  it('waits long for a word of one or two letters, not for a longer word or an empty query', () => {
    expect(searchDelay('i', [])).toBe(SHORT_WORD_PAUSE_MS);
    expect(searchDelay('in', [100])).toBe(SHORT_WORD_PAUSE_MS);
    expect(searchDelay('int', [100])).toBe(125);
    expect(searchDelay('', [])).toBe(120);
  });

  it('remembers the last four gaps between keystrokes, and not a pause of a second or more', () => {
    expect(withGap([10, 20, 30, 40], 1000, 1050)).toEqual([20, 30, 40, 50]);
    expect(withGap([10], 1000, 2000)).toEqual([10]);
    expect(withGap([], 0, 500)).toEqual([500]);
  });
});
