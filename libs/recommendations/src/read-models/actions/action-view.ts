import {
  dueDatesOf,
  rescheduledDueDates,
  type ActionDetails,
  type ActionEvent,
  type IndicatorDefinition,
  type IsoDate,
} from '../../domain';

export type IndicatorView = IndicatorDefinition & { dueDates: IsoDate[] };

/** What the actions read model keeps of one action, folded by its own evolve. */
export type ActionView = ActionDetails & {
  actionId: string;
  planId: string;
  number: string;
  status: string;
  /** True while the action is known only from version-1 plan links. */
  implied: boolean;
  /** Free-text institutions the plan links name (version-1 actions have no registry ids). */
  responsibleInstitutions: string[];
  indicators: IndicatorView[];
  /** On the public portal; absent (false) until published. */
  published?: boolean;
};

/** An action known only from a plan link: its number is the link's actionRef, and so is its title until edited. */
export const impliedView = (actionId: string, planId: string, actionRef: string): ActionView => ({
  actionId,
  planId,
  number: actionRef,
  title: actionRef,
  supportingInstitutionIds: [],
  status: 'planned',
  implied: true,
  responsibleInstitutions: [],
  indicators: [],
});

const STATUS_OF: Partial<Record<ActionEvent['type'], string>> = {
  ActionStarted: 'in_progress',
  ActionDelayed: 'delayed',
  ActionResumed: 'in_progress',
  ActionCompleted: 'completed',
  ActionCancelled: 'cancelled',
};

/** Folds an action event; `planEnd` bounds indicator due dates (none while the plan is unknown). */
export function evolveActionView(
  before: ActionView | undefined,
  event: ActionEvent,
  planEnd: IsoDate | undefined,
): ActionView | undefined {
  if (event.type === 'ActionCreated') {
    const kept = before?.responsibleInstitutions ?? [];
    return {
      ...event.data,
      status: 'planned',
      implied: false,
      responsibleInstitutions: kept,
      indicators: [],
    };
  }
  if (before === undefined) return undefined;
  const status = STATUS_OF[event.type];
  if (status !== undefined) return { ...before, status };
  switch (event.type) {
    case 'ActionUpdated':
      return { ...before, ...event.data };
    case 'ActionPublished':
      return { ...before, published: true };
    case 'ActionUnpublished':
      return { ...before, published: false };
    case 'IndicatorDefined': {
      const dueDates = planEnd === undefined ? [] : dueDatesOf(event.data, planEnd);
      return { ...before, indicators: [...before.indicators, { ...event.data, dueDates }] };
    }
    case 'IndicatorScheduleChanged': {
      const { indicatorId, frequencyMonths, scheduleStart, effectiveFrom } = event.data;
      const schedule = { frequencyMonths, scheduleStart };
      const indicators = before.indicators.map((indicator) =>
        indicator.indicatorId !== indicatorId
          ? indicator
          : {
              ...indicator,
              ...schedule,
              dueDates:
                planEnd === undefined
                  ? indicator.dueDates
                  : rescheduledDueDates(indicator.dueDates, schedule, effectiveFrom, planEnd),
            },
      );
      return { ...before, indicators };
    }
    default:
      return before;
  }
}
