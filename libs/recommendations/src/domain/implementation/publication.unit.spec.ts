import { deciderSpec } from '@app/testing';
import { actionDecider } from './action.decider';
import { actionCommand, actionDecided, historyTo } from './action.fixtures';
import { progressReportDecider } from './progress-report.decider';
import {
  HISTORY_IN,
  publishIt,
  reportPublished,
  reportUnpublished,
  unpublishIt,
} from './progress-report.fixtures';

const action = deciderSpec(actionDecider);
const report = deciderSpec(progressReportDecider);
const { publishAction, unpublishAction } = actionCommand;

describe('publishing a plan action', () => {
  it('is not public by default, and public once published, at any status', () => {
    expect(action.given(historyTo.planned).state()).toMatchObject({ published: false });
    const after = action.given(historyTo.cancelled).when(publishAction).then([actionDecided.publishAction]);
    expect(after).toMatchObject({ status: 'cancelled', published: true });
  });

  it('records nothing when published again, or unpublished while not published', () => {
    action
      .given([...historyTo.in_progress, actionDecided.publishAction])
      .when(publishAction)
      .then([]);
    action.given(historyTo.in_progress).when(unpublishAction).then([]);
  });

  it('takes the action off the portal when unpublished', () => {
    const after = action
      .given([...historyTo.completed, actionDecided.publishAction])
      .when(unpublishAction)
      .then([actionDecided.unpublishAction]);
    expect(after).toMatchObject({ published: false });
  });
});

describe('publishing a validated progress report', () => {
  it('records the publication once; the state keeps it', () => {
    const after = report.given(HISTORY_IN.validated).when(publishIt).then([reportPublished]);
    expect(after).toMatchObject({ status: 'validated', published: true });
    report
      .given([...HISTORY_IN.validated, reportPublished])
      .when(publishIt)
      .then([]);
  });

  it('records the unpublication only while published', () => {
    const after = report
      .given([...HISTORY_IN.validated, reportPublished])
      .when(unpublishIt)
      .then([reportUnpublished]);
    expect(after).not.toHaveProperty('published');
    report.given(HISTORY_IN.validated).when(unpublishIt).then([]);
  });
});
