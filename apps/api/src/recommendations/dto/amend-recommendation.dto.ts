import { affectedGroups, language, meetingRef, sdgTargets, source, text, themes } from './proposal-fields';
import type { SourceDto } from './source.dto';

/** Any proposal field but `reference`; at least one. */
export class AmendRecommendationDto {
  @text(true) text?: string;
  @language() language?: string;
  @source(true) source?: SourceDto;
  @themes() themes?: string[];
  @sdgTargets() sdgTargets?: string[];
  @affectedGroups() affectedGroups?: string[];
  @meetingRef() meetingRef?: string;
}
