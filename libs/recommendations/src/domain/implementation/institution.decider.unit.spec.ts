import { deciderSpec } from '@app/testing';
import { InstitutionAlreadyExistsError, InstitutionNotFoundError } from './action.errors';
import type { RegisterInstitution } from './institution.commands';
import { institutionDecider } from './institution.decider';
import type { InstitutionRegistered } from './institution.events';

const institution = deciderSpec(institutionDecider);
const register: RegisterInstitution = {
  type: 'registerInstitution',
  institutionId: 'ministry-of-justice',
  names: { en: 'Ministry of Justice', ru: 'Министерство юстиции' },
  kind: 'ministry',
};
const registered: InstitutionRegistered = {
  type: 'InstitutionRegistered',
  data: { institutionId: 'ministry-of-justice', names: register.names, kind: 'ministry' },
};

describe('institution lifecycle row registerInstitution', () => {
  it('from none: registers it', () => {
    expect(institution.given([]).when(register).then([registered]).status).toBe('registered');
  });
  it('from registered: refuses naming the id (409)', () => {
    institution
      .given([registered])
      .when(register)
      .thenThrows(InstitutionAlreadyExistsError, { code: 'INSTITUTION.ALREADY_EXISTS' });
  });
});

describe('institution lifecycle row updateInstitution', () => {
  const rename = {
    type: 'updateInstitution',
    institutionId: 'ministry-of-justice',
    names: { en: 'Ministry of Justice', ru: 'Министерство юстиции', tk: 'Adalatçylyk ministrligi' },
  } as const;

  it('from registered: records only what changes', () => {
    const after = institution
      .given([registered])
      .when({ ...rename, kind: 'ministry' })
      .then([{ type: 'InstitutionUpdated', data: { names: rename.names } }]);
    expect(after).toMatchObject({ status: 'registered', names: rename.names });
  });
  it('from registered: records nothing when nothing changes', () => {
    institution
      .given([registered])
      .when({ ...rename, names: register.names })
      .then([]);
  });
  it('from none: NOT_FOUND', () => {
    institution.given([]).when(rename).thenThrows(InstitutionNotFoundError, {
      code: 'INSTITUTION.NOT_FOUND',
      institutionId: 'ministry-of-justice',
    });
  });
});
