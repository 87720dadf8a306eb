export type SdgTargetResult = { ok: true; value: string } | { ok: false; message: string };

const TARGET_COUNT_BY_GOAL: readonly number[] = [0, 5, 5, 9, 7, 6, 6, 3, 10, 5, 7, 7, 8, 3, 7, 9, 10, 19];
const LETTERED_BY_GOAL: Readonly<Record<number, string>> = {
  1: 'ab',
  2: 'abc',
  3: 'abcd',
  4: 'abc',
  5: 'abc',
  6: 'ab',
  7: 'ab',
  8: 'ab',
  9: 'abc',
  10: 'abc',
  11: 'abc',
  12: 'abc',
  13: 'ab',
  14: 'abc',
  15: 'abc',
  16: 'ab',
};
// "SDG 16", "Goal 5", "SDG16.3", "16 - Peace, justice...", "Target 4.a": a prefix word, the number, then anything after a separator.
const SPELLING =
  /^(?:(?:sdgs?|goal|target|ziel|цур|цель)\s*[:#-]?\s*)?(\d{1,2})(?:\s*\.\s*([0-9]{1,2}|[a-z]))?(?:\s*(?:[-–—:]|\s)\s*\D.*)?$/iu;

/** "16", "16.3", "4.a" from the spellings staff and databases use; anything else is refused with a message saying why. */
export const normaliseSdgTarget = (input: string): SdgTargetResult => {
  const trimmed = input.trim();
  const match = SPELLING.exec(trimmed);
  if (match === null) {
    return {
      ok: false,
      message: `"${trimmed}" is not an SDG goal or target (expected like "16", "16.3", "4.a" or "SDG 16")`,
    };
  }
  const goal = Number(match[1]);
  if (goal < 1 || goal > 17) return { ok: false, message: `"${trimmed}": there are 17 SDGs, not ${goal}` };
  const target = match[2]?.toLowerCase();
  if (target === undefined) return { ok: true, value: String(goal) };
  if (/^\d+$/.test(target)) {
    const number = Number(target);
    if (number < 1 || number > TARGET_COUNT_BY_GOAL[goal]) {
      return {
        ok: false,
        message: `"${trimmed}": goal ${goal} has targets ${goal}.1 to ${goal}.${TARGET_COUNT_BY_GOAL[goal]}`,
      };
    }
    return { ok: true, value: `${goal}.${number}` };
  }
  if (!(LETTERED_BY_GOAL[goal] ?? '').includes(target)) {
    return { ok: false, message: `"${trimmed}": goal ${goal} has no target ${goal}.${target}` };
  }
  return { ok: true, value: `${goal}.${target}` };
};
