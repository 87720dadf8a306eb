import type { InstitutionKind, InstitutionNames } from './institution.events';

export const INSTITUTION_STATUSES = ['none', 'registered'] as const;

export type InstitutionState =
  | { status: 'none' }
  | {
      status: 'registered';
      institutionId: string;
      names: InstitutionNames;
      kind: InstitutionKind;
      abbreviation?: string;
    };

export const initialInstitutionState: InstitutionState = { status: 'none' };
