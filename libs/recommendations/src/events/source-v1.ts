import type { JsonObject } from '@app/event-store';
import type { MechanismKind, RecommendationSource } from '../domain';

/** Model version 1's source kinds, still accepted by the deprecated `sourceKind` filter. */
export const V1_SOURCE_KINDS = [
  'unct',
  'un_agency',
  'upr',
  'treaty_body',
  'special_procedure',
  'regional',
  'other',
] as const;
export type V1SourceKind = (typeof V1_SOURCE_KINDS)[number];

/** `source` as RecommendationProposed and RecommendationAmended stored it at schemaVersion 1. */
export type V1Source = {
  kind: V1SourceKind;
  entity: string;
  document?: string;
  paragraph?: string;
  date?: string;
};

/** Kinds that name their body (committee, mandate) in version 2's `mechanism.body`. */
const NAMES_ITS_BODY: readonly V1SourceKind[] = ['treaty_body', 'special_procedure'];

/** The mechanism a version 1 kind became; `regional` is OSCE when its entity says so, else other. */
export function mechanismOfV1(kind: V1SourceKind, entity: string): MechanismKind {
  switch (kind) {
    case 'unct':
    case 'un_agency':
      return 'unct';
    case 'regional':
      return /OSCE/i.test(entity) ? 'osce' : 'other';
    case 'upr':
    case 'treaty_body':
    case 'special_procedure':
    case 'other':
      return kind;
    default: {
      const _never: never = kind;
      return _never;
    }
  }
}

/** Every mechanism a version 1 kind can have become, for the deprecated `sourceKind` filter. */
export const mechanismsOfV1Kind = (kind: V1SourceKind): MechanismKind[] =>
  kind === 'regional' ? ['osce', 'other'] : [mechanismOfV1(kind, '')];

/** Version 1's `{ kind, entity, document?, paragraph?, date? }` in the version 2 shape; the entity is the party. */
export function sourceV2Of(v1: V1Source): RecommendationSource {
  const { kind, entity, document, paragraph, date } = v1;
  const body = NAMES_ITS_BODY.includes(kind) ? { body: entity } : {};
  return {
    mechanism: { kind: mechanismOfV1(kind, entity), ...body },
    recommendingParties: [{ name: entity }],
    ...(document === undefined ? {} : { document }),
    ...(paragraph === undefined ? {} : { paragraph }),
    ...(date === undefined ? {} : { date }),
  };
}

const isV1Source = (value: unknown): value is V1Source =>
  typeof value === 'object' && value !== null && 'kind' in value && 'entity' in value;

/** A version 1 payload with its `source` (when it has one) in the version 2 shape; other fields untouched. */
export function withV2Source(data: JsonObject): JsonObject {
  return isV1Source(data.source) ? { ...data, source: sourceV2Of(data.source) } : data;
}
