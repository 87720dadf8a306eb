import { TrimmedString } from '../../http/validation.decorators';
import { affectedGroups, language, meetingRef, sdgTargets, source, text, themes } from './proposal-fields';
import type { SourceDto } from './source.dto';

export class ProposeRecommendationDto {
  @text(false) text!: string;
  @language() language?: string;
  @TrimmedString({ max: 200, example: 'UNICEF-CPD-2021-12b' }) reference!: string;
  @source(false) source!: SourceDto;
  @themes() themes?: string[];
  @sdgTargets() sdgTargets?: string[];
  @affectedGroups() affectedGroups?: string[];
  @meetingRef() meetingRef?: string;
}
