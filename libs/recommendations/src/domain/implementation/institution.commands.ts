import type { InstitutionKind, InstitutionNames } from './institution.events';

/** The handler loads `institution-<institutionId>`; the id is the caller's (like a plan's), e.g. `ministry-of-justice`. */
export type RegisterInstitution = {
  type: 'registerInstitution';
  institutionId: string;
  names: InstitutionNames;
  kind: InstitutionKind;
  abbreviation?: string;
};

export type UpdateInstitution = {
  type: 'updateInstitution';
  institutionId: string;
  names?: InstitutionNames;
  kind?: InstitutionKind;
  abbreviation?: string;
};

export type InstitutionCommand = RegisterInstitution | UpdateInstitution;
export type InstitutionCommandType = InstitutionCommand['type'];
