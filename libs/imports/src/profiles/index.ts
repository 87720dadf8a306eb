import { UnknownProfileError } from '../import-file.errors';
import type { ImportProfile } from './import-profile';
import { TEMPLATE_PROFILE } from './template';
import { UHRI_PROFILE } from './uhri';
import { UPR_INFO_PROFILE } from './upr-info';

export * from './import-profile';
export { TEMPLATE_PROFILE, UHRI_PROFILE, UPR_INFO_PROFILE };

export const IMPORT_PROFILES: readonly ImportProfile[] = [UPR_INFO_PROFILE, UHRI_PROFILE, TEMPLATE_PROFILE];
export const PROFILE_NAMES: readonly string[] = IMPORT_PROFILES.map((profile) => profile.name);

/** The profile of that name, or IMPORT.UNKNOWN_PROFILE naming the ones there are. */
export const importProfile = (name: string): ImportProfile => {
  const profile = IMPORT_PROFILES.find((candidate) => candidate.name === name);
  if (profile === undefined) throw new UnknownProfileError(name, PROFILE_NAMES);
  return profile;
};
