import {
  POSITION_STATES,
  PROGRESS_STATUSES,
  type PositionState,
  type ProgressStatus,
} from '@app/recommendations';
import type { JsonObject } from '@app/event-store';
import { positionLabel, progressLabel } from '../i18n/labels';
import type { T } from '../i18n/messages';
import type { WebContext } from '../web-context';

type Labels = T['timeline'];

export interface EventDetail {
  label: string;
  value: string;
}

const asText = (_web: WebContext, value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
const asDate = (web: WebContext, value: unknown): string | undefined =>
  typeof value === 'string' ? web.fmt.date(value) : undefined;
const asPosition = (web: WebContext, value: unknown): string | undefined =>
  POSITION_STATES.includes(value as PositionState)
    ? positionLabel(web.t, value as PositionState)
    : asText(web, value);
const asProgress = (web: WebContext, value: unknown): string | undefined =>
  PROGRESS_STATUSES.includes(value as ProgressStatus)
    ? progressLabel(web.t, value as ProgressStatus)
    : asText(web, value);

/** Evidence as recorded: a stored file by its name and the start of its SHA-256, an older text reference as it is. */
const asEvidence = (_web: WebContext, value: unknown): string | undefined => {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const entries = value as unknown[];
  return entries
    .map((entry) => {
      if (typeof entry === 'string') return entry;
      const file = entry as { fileName?: unknown; sha256?: unknown };
      return `${String(file.fileName)} (SHA-256 ${String(file.sha256).slice(0, 12)}…)`;
    })
    .join('; ');
};

/** The proposal fields an amendment or a correction may change, as the page names them. */
const CHANGEABLE: Record<string, keyof Labels> = {
  text: 'fieldText',
  language: 'fieldLanguage',
  source: 'fieldSource',
  themes: 'fieldThemes',
  sdgTargets: 'fieldSdgTargets',
  affectedGroups: 'fieldAffectedGroups',
  meetingRef: 'fieldMeetingRef',
};

const changedFields = (web: WebContext, changes: unknown): string | undefined => {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) return undefined;
  const names = Object.keys(changes).map((key) =>
    key in CHANGEABLE ? (web.t.timeline[CHANGEABLE[key]] as string) : key,
  );
  return names.length === 0 ? undefined : names.join(', ');
};

/** What an event's payload says that a reader of the history needs, in the order a decision reads. */
const FIELDS: readonly {
  key: string;
  label: keyof Labels;
  show: (web: WebContext, value: unknown) => string | undefined;
}[] = [
  { key: 'position', label: 'fieldPosition', show: asPosition },
  { key: 'status', label: 'fieldProgress', show: asProgress },
  { key: 'sourceResponse', label: 'fieldSourceResponse', show: asText },
  { key: 'rationale', label: 'fieldRationale', show: asText },
  { key: 'reason', label: 'fieldReason', show: asText },
  { key: 'assessment', label: 'fieldAssessment', show: asText },
  { key: 'narrative', label: 'fieldNarrative', show: asText },
  { key: 'reviewDueDate', label: 'fieldReviewDueDate', show: asDate },
  { key: 'planId', label: 'fieldPlan', show: asText },
  { key: 'actionRef', label: 'fieldActionRef', show: asText },
  { key: 'targetDate', label: 'fieldTargetDate', show: asDate },
  { key: 'changes', label: 'fieldChanged', show: changedFields },
  { key: 'language', label: 'fieldLanguage', show: asText },
  { key: 'translatedBy', label: 'fieldTranslatedBy', show: asText },
  { key: 'evidence', label: 'fieldEvidence', show: asEvidence },
  { key: 'note', label: 'fieldNote', show: asText },
];

/**
 * The labelled values of an event's stored payload. An amendment's payload is the changed fields themselves, so it
 * is named by what it changed; a proposal's payload is the recommendation, shown on its own page.
 */
export function eventDetails(web: WebContext, type: string, data: JsonObject): EventDetail[] {
  if (type === 'RecommendationProposed') return [];
  if (type === 'RecommendationPublished') {
    const { publication } = web.t;
    const value = data.rationalePublic === true ? publication.rationaleShown : publication.rationaleHidden;
    return [{ label: publication.heading, value }];
  }
  const fields =
    type === 'RecommendationAmended'
      ? [{ label: web.t.timeline.fieldChanged, value: changedFields(web, data) }]
      : FIELDS.map(({ key, label, show }) => ({
          label: web.t.timeline[label] as string,
          value: show(web, data[key]),
        }));
  return fields.filter((field): field is EventDetail => field.value !== undefined);
}

/** When the event says it took effect (a decision back-dated to its review session), if it says so. */
export const effectiveDateOf = (data: JsonObject): string | undefined =>
  typeof data.effectiveDate === 'string' ? data.effectiveDate : undefined;
