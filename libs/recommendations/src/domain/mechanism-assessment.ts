import type { IsoDate } from './iso-date';

/**
 * The grades a mechanism gives on its own follow-up, never mixed with the State's `markImplemented` assessment.
 * `treaty_body_follow_up`: the treaty bodies' follow-up procedure (A largely satisfactory, B1 substantive action
 * but more information needed, B2 initial action but more information and measures needed, C not satisfactory,
 * D no cooperation or no reply, E contrary to or rejecting the recommendation). `odihr`: ODIHR's assessment of
 * prior recommendations in its election reports (fully, mostly, partially or not implemented).
 */
export const MECHANISM_SCALES = {
  treaty_body_follow_up: ['A', 'B1', 'B2', 'C', 'D', 'E'],
  odihr: ['fully', 'mostly', 'partially', 'not_implemented'],
} as const;
export type MechanismScale = keyof typeof MECHANISM_SCALES;
export const MECHANISM_SCALE_NAMES = Object.keys(MECHANISM_SCALES) as MechanismScale[];
export type MechanismGrade = (typeof MECHANISM_SCALES)[MechanismScale][number];
/** Every grade of every scale; no grade is on two scales, so `?mechanismGrade=` needs no scale. */
export const MECHANISM_GRADES: readonly MechanismGrade[] = Object.values(MECHANISM_SCALES).flat();

export const isGradeOn = (scale: MechanismScale, grade: string): boolean =>
  (MECHANISM_SCALES[scale] as readonly string[]).includes(grade);

/** One assessment as recorded: who assessed, when, on which scale, in which document. */
export type MechanismAssessment = {
  scale: MechanismScale;
  grade: MechanismGrade;
  assessedBy: string;
  assessedOn: IsoDate;
  documentSymbol?: string;
  note?: string;
};
