import {
  MECHANISM_KINDS,
  RECOMMENDATION_STATUSES,
  THEMES,
  type MechanismKind,
  type RecommendationStatus,
  type SummaryDimension,
} from '@app/recommendations';
import { mechanismLabel, statusLabel } from '../i18n/labels';
import type { T } from '../i18n/messages';
import type { WebContext } from '../web-context';

type ReportText = T['reports'];

/** One chart of the Reports page: the summary dimension it counts by, and the texts that name it. */
export interface ReportChart {
  by: SummaryDimension;
  heading: keyof ReportText;
  caption: keyof ReportText;
  column: keyof ReportText;
  /** The domain's own order (the lifecycle, the mechanism list); else most recommendations first, as counted. */
  order?: readonly string[];
}

export const REPORT_CHARTS: readonly ReportChart[] = [
  {
    by: 'status',
    heading: 'byStatus',
    caption: 'captionStatus',
    column: 'colStatus',
    order: RECOMMENDATION_STATUSES,
  },
  {
    by: 'mechanism',
    heading: 'byMechanism',
    caption: 'captionMechanism',
    column: 'colMechanism',
    order: MECHANISM_KINDS,
  },
  { by: 'party', heading: 'byParty', caption: 'captionParty', column: 'colParty' },
  { by: 'theme', heading: 'byTheme', caption: 'captionTheme', column: 'colTheme' },
  { by: 'sdg', heading: 'bySdg', caption: 'captionSdg', column: 'colSdg' },
  { by: 'institution', heading: 'byInstitution', caption: 'captionInstitution', column: 'colInstitution' },
];

const THEME_BY_ID = new Map(THEMES.map((theme) => [theme.id, theme]));

/**
 * A group's key as the page's language names it; `names` are the page's own (the institutions'), keys outside the
 * vocabulary (free-text themes) as stored.
 */
export function groupLabel(
  web: WebContext,
  by: SummaryDimension,
  key: string | null,
  names?: ReadonlyMap<string, string>,
): string {
  const { t } = web;
  if (key === null) return t.reports.noneGiven;
  const named = names?.get(key);
  if (named !== undefined) return named;
  switch (by) {
    case 'status':
      return statusLabel(t, key as RecommendationStatus);
    case 'mechanism':
      return (MECHANISM_KINDS as readonly string[]).includes(key)
        ? mechanismLabel(t, key as MechanismKind)
        : key;
    case 'theme':
      return THEME_BY_ID.get(key)?.[web.locale] ?? key;
    case 'sdg':
      return t.reports.sdgLabel(key);
    default:
      return key;
  }
}

/** Groups in the chart's order: the domain's where it has one, else as the summary answered them. */
export function ordered<G extends { key: string | null }>(chart: ReportChart, groups: readonly G[]): G[] {
  const order = chart.order;
  if (order === undefined) return [...groups];
  const rank = (key: string | null) => (key === null ? order.length : order.indexOf(key));
  return [...groups].sort((a, b) => rank(a.key) - rank(b.key));
}
