import type { RawBody } from './hostile-values';
import type { SeededRandom } from './seeded-random';

export interface HostileRequest {
  /** What kind of attack this is, for the report. */
  label: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: object | RawBody;
}

/** What the run knows of the system under attack: who may call, and records to aim at. */
export interface Targets {
  tokens: Record<'admin' | 'secretariat' | 'reviewer' | 'auditor' | 'reporter', string>;
  recommendationIds: string[];
  planIds: string[];
}

export type Role = keyof Targets['tokens'];

let serial = 0;
/** A number never used before in this process: references and plan ids stay unique. */
export const unique = (): number => ++serial;

const HOSTILE_IDS: readonly string[] = [
  'x'.repeat(5000),
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '..%2F..%2Fetc',
  '%00',
  'ş',
  'FUZZ-1',
];

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
export const json = { 'content-type': 'application/json' };

/** Mostly a record that exists, so attacks reach the decider; sometimes an id that is itself the attack. */
export function aRecommendationId(random: SeededRandom, targets: Targets): string {
  return random.chance(0.9) && targets.recommendationIds.length > 0
    ? random.pick(targets.recommendationIds)
    : encodeURIComponent(random.pick(HOSTILE_IDS));
}
