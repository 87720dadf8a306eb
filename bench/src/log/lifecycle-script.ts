import type { RecommendationCommand } from '@app/recommendations';

/** The plan every reflected recommendation goes into. */
export const BENCH_PLAN = {
  id: 'NHRAP-2021-2025',
  title: 'National Human Rights Action Plan 2021-2025',
  periodStart: '2021-01-01',
  periodEnd: '2025-12-31',
};

const MECHANISMS = ['unct', 'unct', 'upr', 'treaty_body', 'special_procedure', 'osce', 'other'] as const;
const ENTITIES = [
  'UNICEF',
  'UNDP',
  'OHCHR',
  'WHO',
  'ILO',
  'IOM',
  'UNFPA',
  'UNHCR',
  'UNODC',
  'UNESCO',
  'OSCE',
];
const THEMES = [
  'non-discrimination',
  'data',
  'justice',
  'health',
  'education',
  'labour',
  'migration',
  'gender',
];
const POSITIONS = ['supported', 'supported', 'supported', 'partially_supported', 'noted'] as const;
const PROGRESS = ['not_started', 'in_progress', 'in_progress', 'completed', 'stalled'] as const;

/** A small deterministic generator, so every run seeds the same log. */
const pick = <T>(items: readonly T[], n: number): T => items[n % items.length];

/**
 * The commands one recommendation goes through, varied by `n` like a real commission's caseload: most are
 * scheduled and decided, supported ones are planned and reported on, some are implemented. `progressReports`
 * forces a long stream (the audit section's 100-event stream).
 */
export function lifecycleScript(
  n: number,
  recommendationId: string,
  progressReports?: number,
): RecommendationCommand[] {
  const target = { recommendationId };
  const commands: RecommendationCommand[] = [
    {
      type: 'propose',
      ...target,
      reference: `BENCH-${n}`,
      text: `Strengthen the collection of disaggregated data on ${pick(THEMES, n)} (recommendation ${n}).`,
      language: 'en',
      source: {
        mechanism: { kind: pick(MECHANISMS, n) },
        recommendingParties: [{ name: pick(ENTITIES, n * 7) }],
        document: 'Country programme',
        date: '2021-01-15',
      },
      themes: [pick(THEMES, n), pick(THEMES, n * 3 + 1)].filter((t, i, all) => all.indexOf(t) === i),
      sdgTargets: [`${1 + (n % 17)}.${1 + (n % 5)}`, '16.10'],
      affectedGroups: ['children'],
      meetingRef: `Inter-agency Commission, session ${1 + (n % 40)}`,
    },
  ];
  const long = progressReports !== undefined;
  if (!long && n % 10 === 9) return commands;
  commands.push({
    type: 'scheduleReview',
    ...target,
    reviewDueDate: `2021-${String(1 + (n % 12)).padStart(2, '0')}-28`,
  });
  if (!long && n % 10 === 8) return commands;
  if (!long && n % 20 === 7)
    return [...commands, { type: 'withdraw', ...target, reason: 'Superseded by a later one.' }];
  const position = long ? 'supported' : pick(POSITIONS, n * 13);
  commands.push({
    type: 'recordPosition',
    ...target,
    position,
    rationale: 'Consistent with the national strategy.',
    today: '2021-12-31',
  });
  if (position === 'noted') return commands;
  commands.push({
    type: 'reflectInPlan',
    ...target,
    planId: BENCH_PLAN.id,
    actionRef: `Task ${1 + (n % 30)}.${1 + (n % 9)}`,
    responsibleInstitutions: ['Ministry of Justice', 'State Statistics Committee'],
    targetDate: '2024-12-31',
    plan: BENCH_PLAN,
  });
  const reports = progressReports ?? n % 7;
  for (let r = 0; r < reports; r++) {
    commands.push({
      type: 'reportProgress',
      ...target,
      status: pick(PROGRESS, n + r),
      narrative: `Progress report ${r + 1}: survey instruments revised, data collection under way in all regions.`,
      period: `${2021 + (r % 4)}`,
    });
  }
  if (!long && n % 3 === 0) {
    commands.push({
      type: 'markImplemented',
      ...target,
      assessment: 'Indicators are published.',
      evidence: [],
    });
  }
  return commands;
}
