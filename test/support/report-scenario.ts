import { PLAN, type ApiHarness } from './api-harness';
import { proposeOne, runCommand } from './read-model-commands';

const DAY = 24 * 3600;

const source = (kind: string, party: string) => ({
  source: { mechanism: { kind }, recommendingParties: [{ name: party }] },
});

/**
 * Five recommendations through the API over four months (the clock starts on 1 February 2021): two reflected in the
 * plan in February, one of them implemented in March, one more reflected in April whose target passes in May; one
 * under review and one only proposed. Answers the log position of the last command.
 */
export async function seedReportScenario(api: ApiHarness): Promise<string> {
  await api.as('secretariat').post('/plans', PLAN).expect(201);
  const a = await proposeOne(api, {
    ...source('upr', 'Germany'),
    themes: ['education'],
    sdgTargets: ['4.1'],
  });
  const b = await proposeOne(api, {
    ...source('upr', 'France'),
    themes: ['education', 'elections'],
    sdgTargets: ['16.7'],
  });
  const c = await proposeOne(api, {
    ...source('osce', 'OSCE/ODIHR'),
    themes: ['elections'],
    sdgTargets: ['16.7'],
  });
  const d = await proposeOne(api, {
    ...source('treaty_body', 'CEDAW'),
    themes: ['womens-rights'],
    sdgTargets: ['5.1'],
  });
  await proposeOne(api, { ...source('upr', 'Germany'), themes: [], sdgTargets: [] });
  for (const { id } of [a, b, c, d]) {
    await runCommand(api, 'secretariat', `/recommendations/${id}/schedule-review`, {
      reviewDueDate: '2031-06-30',
    });
  }
  for (const { id } of [a, b, c]) {
    await runCommand(api, 'reviewer', `/recommendations/${id}/record-position`, {
      position: 'supported',
      rationale: 'Agreed at the commission.',
    });
  }
  const reflect = (id: string, link: object) =>
    runCommand(api, 'secretariat', `/recommendations/${id}/reflect-in-plan`, { planId: PLAN.id, ...link });
  await reflect(a.id, { responsibleInstitutions: ['Ministry of Justice'], targetDate: '2021-12-31' });
  await reflect(b.id, {
    responsibleInstitutions: ['Ministry of Justice', 'Ombudsperson'],
    targetDate: '2025-06-30',
  });
  api.clock.advance(35 * DAY); // 8 March
  await runCommand(api, 'reviewer', `/recommendations/${a.id}/mark-implemented`, {
    assessment: 'The law is in force.',
  });
  api.clock.advance(31 * DAY); // 8 April
  const last = await reflect(c.id, { targetDate: '2021-04-30' });
  api.clock.advance(30 * DAY); // 8 May: C's target has passed
  return last;
}

/** What the scenario's reports must say. */
export const SCENARIO = {
  byStatus: { planned: 2, implemented: 1, under_review: 1, proposed: 1 },
  byMechanism: { upr: 3, osce: 1, treaty_body: 1 },
  byParty: { Germany: 2, France: 1, 'OSCE/ODIHR': 1, CEDAW: 1 },
  byTheme: { education: 2, elections: 2, 'womens-rights': 1 },
  bySdg: { '16.7': 2, '4.1': 1, '5.1': 1 },
  overTime: [
    { month: '2021-02', reflectedInPlan: 2, implemented: 0, reflectedInPlanToDate: 2, implementedToDate: 0 },
    { month: '2021-03', reflectedInPlan: 0, implemented: 1, reflectedInPlanToDate: 2, implementedToDate: 1 },
    { month: '2021-04', reflectedInPlan: 1, implemented: 0, reflectedInPlanToDate: 3, implementedToDate: 1 },
    { month: '2021-05', reflectedInPlan: 0, implemented: 0, reflectedInPlanToDate: 3, implementedToDate: 1 },
  ],
  institutions: [
    {
      institution: 'Ministry of Justice',
      total: 2,
      planned: 1,
      implemented: 1,
      archived: 0,
      overdueTargets: 0,
    },
    { institution: 'Ombudsperson', total: 1, planned: 1, implemented: 0, archived: 0, overdueTargets: 0 },
    { institution: null, total: 1, planned: 1, implemented: 0, archived: 0, overdueTargets: 1 },
  ],
} as const;
