import { LIFECYCLE_ROWS, type RecommendationCommandType } from '@app/recommendations';
import type { Locale } from '../i18n/locales';
import type { T } from '../i18n/messages';

const languageNames = new Map<Locale, Intl.DisplayNames>();

/** A language tag as the page's language names it, with the tag itself: `Russian (ru)`, `русский (ru)`. */
export function languageName(locale: Locale, tag: string): string {
  let names = languageNames.get(locale);
  if (names === undefined) {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    languageNames.set(locale, names);
  }
  try {
    const name = names.of(tag);
    return name === undefined || name === tag ? tag : `${name} (${tag})`;
  } catch {
    return tag;
  }
}

/** Whole seconds as the two largest units the language spells out (`3 дня 4 часа`), under a minute in words. */
export function duration(locale: Locale, t: T, seconds: number): string {
  const counts = [
    ['day', Math.floor(seconds / 86_400)],
    ['hour', Math.floor((seconds % 86_400) / 3_600)],
    ['minute', Math.floor((seconds % 3_600) / 60)],
  ] as const;
  const first = counts.findIndex(([, count]) => count > 0);
  if (first < 0) return t.recommendation.underAMinute;
  return counts
    .slice(first, first + 2)
    .filter(([, count]) => count > 0)
    .map(([unit, count]) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count),
    )
    .join(' ');
}

type PublicationCommand = 'publish' | 'unpublish';

/** The history says what each event did, in the words of the command that records it. */
const DONE: Record<Exclude<RecommendationCommandType, PublicationCommand>, keyof T['actions']> = {
  propose: 'proposed',
  amend: 'amended',
  scheduleReview: 'reviewScheduled',
  recordPosition: 'positionRecorded',
  deferResponse: 'responseDeferred',
  reopenReview: 'reviewReopened',
  reflectInPlan: 'reflectedInPlan',
  updatePlanLink: 'planLinkUpdated',
  reportProgress: 'progressReported',
  markImplemented: 'markedImplemented',
  withdraw: 'withdrawn',
  archive: 'archived',
  correct: 'corrected',
  addTranslation: 'translationAdded',
  linkRecommendation: 'linked',
  unlinkRecommendation: 'unlinked',
  recordMechanismAssessment: 'mechanismAssessed',
  attachEvidence: 'evidenceAttached',
};

const PUBLICATION_DONE: Record<PublicationCommand, keyof T['publication']> = {
  publish: 'eventPublished',
  unpublish: 'eventUnpublished',
};

export function eventLabel(t: T, eventType: string): string {
  const row = LIFECYCLE_ROWS.find((candidate) => candidate.eventType === eventType);
  if (row === undefined) return eventType;
  const { command } = row;
  return command === 'publish' || command === 'unpublish'
    ? (t.publication[PUBLICATION_DONE[command]] as string)
    : (t.actions[DONE[command]] as string);
}
