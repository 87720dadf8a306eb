/** An institution's name in each language the workspace speaks; English is required, the others fall back to it. */
export type InstitutionNames = { en: string; ru?: string; tk?: string };

export const INSTITUTION_KINDS = [
  'ministry',
  'agency',
  'ombudsperson',
  'parliament',
  'judiciary',
  'local_authority',
  'other',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export type InstitutionRegistered = {
  type: 'InstitutionRegistered';
  data: { institutionId: string; names: InstitutionNames; kind: InstitutionKind; abbreviation?: string };
};

/** Only what changes; a renamed ministry keeps its id, so its actions and focal points stay with it. */
export type InstitutionUpdated = {
  type: 'InstitutionUpdated';
  data: { names?: InstitutionNames; kind?: InstitutionKind; abbreviation?: string };
};

export type InstitutionEvent = InstitutionRegistered | InstitutionUpdated;
export type InstitutionEventType = InstitutionEvent['type'];
export const INSTITUTION_EVENT_TYPES = [
  'InstitutionRegistered',
  'InstitutionUpdated',
] as const satisfies readonly InstitutionEventType[];

export const isInstitutionEventType = (type: string): type is InstitutionEventType =>
  (INSTITUTION_EVENT_TYPES as readonly string[]).includes(type);
