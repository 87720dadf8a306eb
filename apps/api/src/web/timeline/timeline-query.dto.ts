import { TIMELINES, type Timeline } from '@app/recommendations';
import { IsoDateString, OneOf } from '../../http/validation.decorators';
import { VerifyPageQueryDto } from '../audit/verify-page-query.dto';

/** The timeline page's GET forms: the day to show the state at, which timeline dates it, and Verify. */
export class TimelinePageQueryDto extends VerifyPageQueryDto {
  @IsoDateString({ optional: true })
  asOf?: string;

  @OneOf(TIMELINES, { optional: true })
  timeline?: Timeline;
}
