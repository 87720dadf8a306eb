import { readFileSync } from 'node:fs';
import { ConfigError } from '@app/config';
import {
  DEFAULT_RESPONSE_MAP,
  SOURCE_POSITIONS,
  normaliseLabel,
  type ResponseMap,
  type SourcePosition,
} from '@app/recommendations';

const VARIABLE = 'IMPORT_RESPONSE_MAP_FILE';
const isPosition = (value: unknown): value is SourcePosition =>
  (SOURCE_POSITIONS as readonly unknown[]).includes(value);

/**
 * The built-in map of source responses to positions, with a commission's own entries on top: a JSON object such as
 * `{ "Accepted with reservations": "partially_supported" }`. Read once at start; a bad file stops the start naming it.
 */
export function loadResponseMap(file: string | undefined): ResponseMap {
  if (file === undefined) return DEFAULT_RESPONSE_MAP;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'is not valid JSON' : 'cannot be read';
    throw new ConfigError([`${VARIABLE}=${JSON.stringify(file)}: the file ${reason}`]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError([
      `${VARIABLE}=${JSON.stringify(file)}: must hold a JSON object of response: position`,
    ]);
  }
  const wrong = Object.entries(parsed).filter(([, position]) => !isPosition(position));
  if (wrong.length > 0) {
    throw new ConfigError(
      wrong.map(
        ([response, position]) =>
          `${VARIABLE}: "${response}" maps to ${JSON.stringify(position)}, not one of ${SOURCE_POSITIONS.join(', ')}`,
      ),
    );
  }
  // The commission's entries come first and replace a built-in one spelled differently ("Noted" and "noted").
  const own = parsed as ResponseMap;
  const overridden = new Set(Object.keys(own).map(normaliseLabel));
  const kept = Object.entries(DEFAULT_RESPONSE_MAP).filter(
    ([label]) => !overridden.has(normaliseLabel(label)),
  );
  return { ...own, ...Object.fromEntries(kept) };
}
