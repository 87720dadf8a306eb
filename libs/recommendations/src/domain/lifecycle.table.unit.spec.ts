import {
  COMMAND_NAMES,
  LIFECYCLE_ROWS,
  PLAN_LIFECYCLE,
  mayRun,
  rolesFor,
  type CommandName,
} from './lifecycle.table';
import { ROLES, type Role } from './roles';

const EXISTING = ['proposed', 'under_review', 'reviewed', 'planned', 'implemented', 'withdrawn', 'archived'];
const PUBLISHABLE = EXISTING.filter((status) => status !== 'withdrawn');

describe('the lifecycle table', () => {
  it('is the lifecycle docs/lifecycle.md describes', () => {
    expect(
      LIFECYCLE_ROWS.map(({ command, from, to, roles, eventType }) => [command, from, to, roles, eventType]),
    ).toEqual([
      ['propose', ['none'], 'proposed', ['secretariat'], 'RecommendationProposed'],
      ['amend', ['proposed'], 'proposed', ['secretariat'], 'RecommendationAmended'],
      ['scheduleReview', ['proposed'], 'under_review', ['secretariat'], 'ReviewScheduled'],
      ['recordPosition', ['under_review'], 'reviewed', ['reviewer'], 'PositionRecorded'],
      ['deferResponse', ['under_review'], 'under_review', ['reviewer'], 'ResponseDeferred'],
      ['reopenReview', ['reviewed'], 'under_review', ['secretariat'], 'ReviewReopened'],
      ['reflectInPlan', ['reviewed'], 'planned', ['secretariat'], 'RecommendationReflectedInPlan'],
      ['updatePlanLink', ['planned'], 'planned', ['secretariat'], 'PlanLinkUpdated'],
      ['reportProgress', ['planned'], 'planned', ['secretariat'], 'ProgressReported'],
      ['markImplemented', ['planned'], 'implemented', ['reviewer'], 'RecommendationImplemented'],
      ['withdraw', ['proposed', 'under_review'], 'withdrawn', ['secretariat'], 'RecommendationWithdrawn'],
      [
        'archive',
        ['reviewed', 'planned', 'implemented'],
        'archived',
        ['secretariat'],
        'RecommendationArchived',
      ],
      ['correct', EXISTING, 'unchanged', ['secretariat'], 'RecommendationCorrected'],
      ['addTranslation', EXISTING, 'unchanged', ['secretariat'], 'TranslationAdded'],
      ['linkRecommendation', EXISTING, 'unchanged', ['secretariat'], 'RecommendationLinked'],
      ['unlinkRecommendation', EXISTING, 'unchanged', ['secretariat'], 'RecommendationUnlinked'],
      [
        'recordMechanismAssessment',
        ['reviewed', 'planned', 'implemented', 'archived'],
        'unchanged',
        ['secretariat'],
        'MechanismAssessmentRecorded',
      ],
      ['attachEvidence', EXISTING, 'unchanged', ['secretariat', 'reviewer'], 'EvidenceAttached'],
      ['publish', PUBLISHABLE, 'unchanged', ['secretariat'], 'RecommendationPublished'],
      ['unpublish', EXISTING, 'unchanged', ['secretariat'], 'RecommendationUnpublished'],
    ]);
    expect(LIFECYCLE_ROWS.find((row) => row.command === 'reflectInPlan')?.requiresPosition).toEqual([
      'supported',
      'partially_supported',
    ]);
  });

  it('registers plans as admin or secretariat', () => {
    expect(PLAN_LIFECYCLE.registerPlan).toEqual({
      from: ['none'],
      to: 'registered',
      roles: ['admin', 'secretariat'],
      eventType: 'PlanRegistered',
    });
  });

  it('names every command once', () => {
    expect(COMMAND_NAMES).toEqual([
      'propose',
      'amend',
      'scheduleReview',
      'recordPosition',
      'deferResponse',
      'reopenReview',
      'reflectInPlan',
      'updatePlanLink',
      'reportProgress',
      'markImplemented',
      'withdraw',
      'archive',
      'correct',
      'addTranslation',
      'linkRecommendation',
      'unlinkRecommendation',
      'recordMechanismAssessment',
      'attachEvidence',
      'publish',
      'unpublish',
      'registerPlan',
      'registerInstitution',
      'updateInstitution',
      'createAction',
      'updateAction',
      'startAction',
      'delayAction',
      'resumeAction',
      'completeAction',
      'cancelAction',
      'linkRecommendations',
      'unlinkRecommendations',
      'defineIndicator',
      'changeIndicatorSchedule',
      'publishAction',
      'unpublishAction',
      'submitProgressReport',
      'returnProgressReport',
      'resubmitProgressReport',
      'validateProgressReport',
      'publishProgressReport',
      'unpublishProgressReport',
    ]);
  });
});

const S = 'secretariat';
const R = 'reviewer';
const A = 'admin';
const F = 'focal_point';

/** Who may run what, written out by hand rather than read back from the table. */
const allowed: Record<CommandName, readonly Role[]> = {
  propose: [S, A],
  amend: [S, A],
  scheduleReview: [S, A],
  recordPosition: [R, A],
  deferResponse: [R, A],
  reopenReview: [S, A],
  reflectInPlan: [S, A],
  updatePlanLink: [S, A],
  reportProgress: [S, A],
  markImplemented: [R, A],
  withdraw: [S, A],
  archive: [S, A],
  attachEvidence: [S, R, A],
  correct: [S, A],
  addTranslation: [S, A],
  linkRecommendation: [S, A],
  unlinkRecommendation: [S, A],
  recordMechanismAssessment: [S, A],
  publish: [S, A],
  unpublish: [S, A],
  registerPlan: [A, S],
  registerInstitution: [S, A],
  updateInstitution: [S, A],
  createAction: [S, A],
  updateAction: [S, A],
  startAction: [S, A],
  delayAction: [S, A],
  resumeAction: [S, A],
  completeAction: [S, A],
  cancelAction: [S, A],
  linkRecommendations: [S, A],
  unlinkRecommendations: [S, A],
  defineIndicator: [S, A],
  changeIndicatorSchedule: [S, A],
  submitProgressReport: [F, S, A],
  returnProgressReport: [S, A],
  resubmitProgressReport: [F, S, A],
  validateProgressReport: [S, A],
  publishAction: [S, A],
  unpublishAction: [S, A],
  publishProgressReport: [S, A],
  unpublishProgressReport: [S, A],
};

describe('mayRun', () => {
  const pairs = COMMAND_NAMES.flatMap((command) => ROLES.map((role) => [command, role] as const));

  it.each(pairs)('%s as %s', (command, role) => {
    expect(mayRun([role], command)).toBe(allowed[command].includes(role));
  });

  it('lets admin run every command', () => {
    expect(COMMAND_NAMES.filter((command) => !mayRun(['admin'], command))).toEqual([]);
  });

  it('lets a focal point only report progress', () => {
    expect(COMMAND_NAMES.filter((command) => mayRun([F], command))).toEqual([
      'submitProgressReport',
      'resubmitProgressReport',
    ]);
  });

  it('lets auditor and reporter run no command', () => {
    expect(COMMAND_NAMES.filter((command) => mayRun(['auditor', 'reporter'], command))).toEqual([]);
  });

  it('lets a caller with several roles run what any of them may', () => {
    expect(mayRun(['auditor', 'reviewer'], 'recordPosition')).toBe(true);
    expect(mayRun(['auditor', 'reviewer'], 'propose')).toBe(false);
    expect(mayRun([], 'propose')).toBe(false);
  });
});

describe('rolesFor', () => {
  it.each(COMMAND_NAMES)('%s: the table roles plus admin', (command) => {
    expect(rolesFor(command)).toEqual(allowed[command]);
  });
});
