import type {
  MechanismKind,
  PositionState,
  PublicRecommendation,
  RecommendationStatus,
} from '@app/recommendations';
import { html, type Html } from '../html/html';
import { mechanismLabel, positionLabel, statusLabel } from '../i18n/labels';
import type { PublicContext } from './public-context';

export const statusText = (context: PublicContext, status: string): string =>
  statusLabel(context.t, status as RecommendationStatus);

export const positionText = (context: PublicContext, position: string | null): string =>
  position === null ? context.t.publicPortal.noPosition : positionLabel(context.t, position as PositionState);

export const mechanismText = (context: PublicContext, mechanism: string): string =>
  mechanismLabel(context.t, mechanism as MechanismKind);

/** The text in the page's language where a translation is published, else the original. */
export const textIn = (context: PublicContext, recommendation: PublicRecommendation): string =>
  recommendation.translations[context.locale] ?? recommendation.text;

/** The footer every portal page shares: the data's licence and the log position it reflects. */
export const publicFooter = (context: PublicContext, licence: string, position: bigint): Html =>
  html`<p>${context.t.publicPortal.licence(licence)}</p>
    <p>${context.t.publicPortal.asOf(context.fmt.number(position))}</p>`;
