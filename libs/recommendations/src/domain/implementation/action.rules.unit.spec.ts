import { deciderSpec } from '@app/testing';
import { PlanNotFoundError, TargetOutsidePeriodError } from '../domain.errors';
import {
  ActionDatesOutOfOrderError,
  ActionJustificationRequiredError,
  IndicatorAlreadyDefinedError,
  IndicatorNotFoundError,
  InstitutionUnknownError,
  InvalidReportingFrequencyError,
  LeadAlsoSupportingError,
  RecommendationsUnknownError,
} from './action.errors';
import { actionDecider } from './action.decider';
import { actionCommand, historyTo, knownContext } from './action.fixtures';

const action = deciderSpec(actionDecider);
const planned = action.given(historyTo.planned);
const create = actionCommand.createAction;

describe('action rules', () => {
  it.each(['delayAction', 'cancelAction'] as const)('%s requires a non-blank reason', (type) => {
    planned.when({ ...actionCommand[type], reason: '  ' }).thenThrows(ActionJustificationRequiredError, {
      code: 'ACTION.JUSTIFICATION_REQUIRED',
      field: 'reason',
    });
  });

  it('refuses an action in a plan that is not registered', () => {
    action
      .given([])
      .when({ ...create, context: { ...knownContext, plan: undefined } })
      .thenThrows(PlanNotFoundError, { planId: create.planId });
  });

  it('refuses a start after the target, and a target outside the plan period', () => {
    action
      .given([])
      .when({ ...create, startDate: '2023-01-01', targetDate: '2022-12-31' })
      .thenThrows(ActionDatesOutOfOrderError, { code: 'ACTION.DATES_OUT_OF_ORDER' });
    action
      .given([])
      .when({ ...create, targetDate: '2026-01-01' })
      .thenThrows(TargetOutsidePeriodError, { code: 'PLAN.TARGET_OUTSIDE_PERIOD' });
    planned
      .when({
        type: 'updateAction',
        actionId: create.actionId,
        startDate: '2023-06-01',
        context: knownContext,
      })
      .thenThrows(ActionDatesOutOfOrderError);
  });

  it('refuses unregistered institutions, and a lead that also supports', () => {
    action
      .given([])
      .when({ ...create, context: { ...knownContext, unknownInstitutionIds: ['ministry-of-magic'] } })
      .thenThrows(InstitutionUnknownError, { institutionIds: ['ministry-of-magic'] });
    action
      .given([])
      .when({ ...create, supportingInstitutionIds: ['ministry-of-justice'] })
      .thenThrows(LeadAlsoSupportingError, { institutionId: 'ministry-of-justice' });
  });

  it('records nothing for an update that changes nothing', () => {
    planned
      .when({ type: 'updateAction', actionId: create.actionId, title: create.title, context: knownContext })
      .then([]);
  });

  it('refuses links to unknown recommendations, and records nothing for a repeated link or unlink', () => {
    planned
      .when({ ...actionCommand.linkRecommendations, unknownRecommendationIds: ['rec-9'] })
      .thenThrows(RecommendationsUnknownError, { recommendationIds: ['rec-9'] });
    planned.when({ ...actionCommand.linkRecommendations, recommendationIds: ['rec-1', 'rec-1'] }).then([]);
    planned.when({ ...actionCommand.unlinkRecommendations, recommendationIds: ['rec-7'] }).then([]);
  });

  it('keeps indicator ids unique per action', () => {
    planned
      .when({ ...actionCommand.defineIndicator, indicatorId: 'ind-1' })
      .thenThrows(IndicatorAlreadyDefinedError, { code: 'ACTION.INDICATOR_EXISTS' });
  });

  it.each([0, 61, 1.5])('refuses a reporting frequency of %p months', (frequencyMonths) => {
    planned
      .when({ ...actionCommand.defineIndicator, frequencyMonths })
      .thenThrows(InvalidReportingFrequencyError, { frequencyMonths });
    planned
      .when({ ...actionCommand.changeIndicatorSchedule, frequencyMonths })
      .thenThrows(InvalidReportingFrequencyError);
  });

  it('accepts 1 and 60 months', () => {
    expect(
      actionDecider.decide({ ...actionCommand.defineIndicator, frequencyMonths: 1 }, planned.state()),
    ).toHaveLength(1);
    expect(
      actionDecider.decide({ ...actionCommand.defineIndicator, frequencyMonths: 60 }, planned.state()),
    ).toHaveLength(1);
  });

  it('changes the schedule of a known indicator only, and records nothing when it stays the same', () => {
    planned
      .when({ ...actionCommand.changeIndicatorSchedule, indicatorId: 'ind-9' })
      .thenThrows(IndicatorNotFoundError, { indicatorId: 'ind-9' });
    planned
      .when({ ...actionCommand.changeIndicatorSchedule, frequencyMonths: 6, scheduleStart: '2021-06-30' })
      .then([]);
  });
});
