import { Matches } from 'class-validator';
import {
  LINK_KINDS,
  MECHANISM_GRADES,
  MECHANISM_SCALE_NAMES,
  type LinkKind,
  type MechanismGrade,
  type MechanismScale,
} from '@app/recommendations';
import { IsoDateString, OneOf, TrimmedString } from '../../http/validation.decorators';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** `POST` and `DELETE /recommendations/:id/links`: the link the recommendation in the path declares. */
export class RecommendationLinkDto {
  @OneOf(LINK_KINDS, { example: 'carried_over_from' }) kind!: LinkKind;
  /** The other recommendation; for `carried_over_from`, the older one this (newer) one repeats. */
  @TrimmedString({ max: 36, example: '0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b' })
  @Matches(UUID, { message: '$property must be a recommendation id (a UUID)' })
  recommendationId!: string;
}

/** `POST /recommendations/:id/mechanism-assessments`: a mechanism's own grade, beside the State's assessment. */
export class MechanismAssessmentDto {
  @OneOf(MECHANISM_SCALE_NAMES, { example: 'treaty_body_follow_up' }) scale!: MechanismScale;
  /** On the scale: A, B1, B2, C, D, E (treaty bodies) or fully, mostly, partially, not_implemented (ODIHR). */
  @OneOf(MECHANISM_GRADES, { example: 'B1' }) grade!: MechanismGrade;
  @TrimmedString({ max: 200, example: 'Human Rights Committee' }) assessedBy!: string;
  @IsoDateString({ example: '2023-07-28' }) assessedOn!: string;
  @TrimmedString({ max: 200, optional: true, example: 'CCPR/C/138/2' }) documentSymbol?: string;
  @TrimmedString({ max: 5000, optional: true, example: 'Information on the new law awaited.' }) note?: string;
}
