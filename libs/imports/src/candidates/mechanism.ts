import { normaliseLabel } from '@app/recommendations';
import { MECHANISM_KINDS, type Mechanism, type MechanismKind } from '@app/recommendations';

/** The treaty bodies by acronym, with the names UHRI also uses for them. */
const TREATY_BODIES: Readonly<Record<string, string>> = {
  cat: 'CAT',
  'committee against torture': 'CAT',
  ccpr: 'CCPR',
  'human rights committee': 'CCPR',
  ced: 'CED',
  'committee on enforced disappearances': 'CED',
  cedaw: 'CEDAW',
  'committee on the elimination of discrimination against women': 'CEDAW',
  cerd: 'CERD',
  'committee on the elimination of racial discrimination': 'CERD',
  cescr: 'CESCR',
  'committee on economic social and cultural rights': 'CESCR',
  cmw: 'CMW',
  'committee on migrant workers': 'CMW',
  crc: 'CRC',
  'committee on the rights of the child': 'CRC',
  crpd: 'CRPD',
  'committee on the rights of persons with disabilities': 'CRPD',
  spt: 'SPT',
  'subcommittee on prevention of torture': 'SPT',
};
const UPR = new Set(['upr', 'universal periodic review']);
const SPECIAL_PROCEDURE = /\b(special rapporteur|working group|independent expert|special procedures?|sr)\b/i;

/** The mechanism a UHRI "Body" names: UPR, a treaty body by its acronym, or a special procedure by its mandate. */
export const mechanismForBody = (body: string): Mechanism | undefined => {
  const key = normaliseLabel(body);
  if (key === '') return undefined;
  if (UPR.has(key)) return { kind: 'upr' };
  const committee = TREATY_BODIES[key];
  if (committee !== undefined) return { kind: 'treaty_body', body: committee };
  if (SPECIAL_PROCEDURE.test(body)) return { kind: 'special_procedure', body: body.trim() };
  return undefined;
};

/** The mechanism kind as the template writes it ("upr", "treaty body", "Treaty_Body"). */
export const mechanismKindFor = (label: string): MechanismKind | undefined => {
  const key = normaliseLabel(label).replace(/ /g, '_');
  return MECHANISM_KINDS.find((kind) => kind === key);
};
