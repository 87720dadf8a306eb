import { normaliseLabel } from './normalise-label';

/** The commission's positions a source response can be translated to; `pending` means the response is deferred. */
export const SOURCE_POSITIONS = ['supported', 'partially_supported', 'noted', 'pending'] as const;
export type SourcePosition = (typeof SOURCE_POSITIONS)[number];
export type ResponseMap = Readonly<Record<string, SourcePosition>>;

/** What UPR Info, UHRI and the UPR reports write, in English, French, Spanish and Russian; keys are compared normalised. */
export const DEFAULT_RESPONSE_MAP: ResponseMap = {
  accepted: 'supported',
  supported: 'supported',
  'enjoys the support': 'supported',
  'already implemented': 'supported',
  'supported in part': 'partially_supported',
  'partially supported': 'partially_supported',
  'partially accepted': 'partially_supported',
  'accepted in part': 'partially_supported',
  noted: 'noted',
  rejected: 'noted',
  'not accepted': 'noted',
  'not supported': 'noted',
  'takes note': 'noted',
  'general response': 'noted',
  pending: 'pending',
  deferred: 'pending',
  'under consideration': 'pending',
  'will be examined': 'pending',
  'no response': 'pending',
  accepte: 'supported',
  'pris note': 'noted',
  aceptada: 'supported',
  'tomada nota': 'noted',
  поддержана: 'supported',
  поддерживается: 'supported',
  принята: 'supported',
  'частично поддержана': 'partially_supported',
  'поддержана частично': 'partially_supported',
  'частично принята': 'partially_supported',
  'принята к сведению': 'noted',
  отклонена: 'noted',
  отложена: 'pending',
  'на рассмотрении': 'pending',
};

/** The position a source's response stands for, or undefined when the map does not know the text (never guessed). */
export const positionForResponse = (
  text: string,
  map: ResponseMap = DEFAULT_RESPONSE_MAP,
): SourcePosition | undefined => {
  const key = normaliseLabel(text);
  if (key === '') return undefined;
  for (const [label, position] of Object.entries(map)) {
    if (normaliseLabel(label) === key) return position;
  }
  return undefined;
};
