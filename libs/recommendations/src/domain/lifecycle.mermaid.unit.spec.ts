import { lifecycleMermaid, terminalStatuses } from './lifecycle.mermaid';

describe('lifecycleMermaid', () => {
  it('draws one edge per allowed (status, command), labelled with who may run it', () => {
    expect(lifecycleMermaid().split('\n')).toEqual([
      'stateDiagram-v2',
      '    [*] --> proposed: propose (secretariat, admin)',
      '    proposed --> proposed: amend (secretariat, admin)',
      '    proposed --> under_review: scheduleReview (secretariat, admin)',
      '    under_review --> reviewed: recordPosition (reviewer, admin)',
      '    under_review --> under_review: deferResponse (reviewer, admin)',
      '    reviewed --> under_review: reopenReview (secretariat, admin)',
      '    reviewed --> planned: reflectInPlan (secretariat, admin)',
      '    planned --> planned: updatePlanLink (secretariat, admin)',
      '    planned --> planned: reportProgress (secretariat, admin)',
      '    planned --> implemented: markImplemented (reviewer, admin)',
      '    proposed --> withdrawn: withdraw (secretariat, admin)',
      '    under_review --> withdrawn: withdraw (secretariat, admin)',
      '    reviewed --> archived: archive (secretariat, admin)',
      '    planned --> archived: archive (secretariat, admin)',
      '    implemented --> archived: archive (secretariat, admin)',
      '    withdrawn --> [*]',
      '    archived --> [*]',
      '',
    ]);
  });

  it('ends only the statuses no command leaves', () => {
    expect(terminalStatuses()).toEqual(['withdrawn', 'archived']);
  });
});
