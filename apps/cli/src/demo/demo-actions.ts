import type { IndicatorDefinition, IndicatorValue } from '@app/recommendations';
import { UNCT, UPR, type DemoRecommendation } from './demo-scenario';

/**
 * Actions of the demo's NHRAP 2021-2025, shaped like the plan's results matrix (illustrative: numbers, titles and
 * figures are written for the demo). The follow-ups' `reflect-in-plan` steps link more recommendations by number.
 */
export const DEMO_ACTION_PLAN = 'NHRAP-2021-2025';

/** What a focal point reports, and what the secretariat then does with it (nothing: it waits in the queue). */
export interface DemoReport {
  /** Names the report in the demo's idempotency keys and in its deterministic id. */
  name: string;
  institutionId: string;
  periodStart: string;
  periodEnd: string;
  narrative: string;
  indicatorValues: IndicatorValue[];
  outcome?: { validate: string } | { return: string };
}

export interface DemoAction {
  number: string;
  title: string;
  description?: string;
  leadInstitutionId: string;
  supportingInstitutionIds: string[];
  startDate: string;
  targetDate: string;
  indicators: IndicatorDefinition[];
  /** Linked by the action itself; those reflected in the plan by a follow-up are linked by that step. */
  links: DemoRecommendation[];
  status: 'planned' | 'in_progress' | { delayed: string } | { completed: string };
  reports: DemoReport[];
}

export const DEMO_ACTIONS: readonly DemoAction[] = [
  {
    number: '1.2.1',
    title: 'Bring the law on the Ombudsperson in line with the Paris Principles and apply for accreditation',
    leadInstitutionId: 'ombudsperson',
    supportingInstitutionIds: ['mejlis', 'ministry-of-foreign-affairs'],
    startDate: '2021-03-01',
    targetDate: '2023-12-31',
    indicators: [],
    links: [],
    status: {
      delayed:
        'The amendments to the law on the Ombudsperson are postponed to the next session of the Mejlis.',
    },
    reports: [],
  },
  {
    number: '1.3.2',
    title:
      'Set up the national mechanism for reporting and follow-up within the interdepartmental commission',
    leadInstitutionId: 'ministry-of-foreign-affairs',
    supportingInstitutionIds: ['ministry-of-justice'],
    startDate: '2021-02-01',
    targetDate: '2022-12-31',
    indicators: [],
    links: [],
    status: 'in_progress',
    reports: [],
  },
  {
    number: '2.1.2',
    title: 'Draft a law on preventing domestic violence, with protection orders and support services',
    leadInstitutionId: 'ministry-of-justice',
    supportingInstitutionIds: ['mejlis', 'ministry-of-internal-affairs', 'ministry-of-labour'],
    startDate: '2021-04-01',
    targetDate: '2023-06-30',
    indicators: [
      {
        indicatorId: 'consultations',
        name: 'Consultations on the draft law with civil society and UN agencies',
        unit: 'meetings',
        baseline: 0,
        target: 6,
        frequencyMonths: 6,
        scheduleStart: '2021-07-01',
      },
    ],
    links: [{ file: UPR, textStart: 'Adopt a new national action plan on gender equality' }],
    status: 'in_progress',
    reports: [
      {
        name: 'domestic-violence-2021-h2',
        institutionId: 'ministry-of-justice',
        periodStart: '2021-07-01',
        periodEnd: '2021-12-31',
        narrative:
          'Working group set up by order of the Minister; first draft discussed with NGOs and UNFPA.',
        indicatorValues: [{ indicatorId: 'consultations', value: 2 }],
      },
    ],
  },
  {
    number: '2.3.1',
    title: 'Adopt and carry out the national action plan against trafficking in persons',
    leadInstitutionId: 'ministry-of-internal-affairs',
    supportingInstitutionIds: ['ministry-of-justice', 'ministry-of-labour', 'ministry-of-foreign-affairs'],
    startDate: '2021-01-15',
    targetDate: '2023-06-30',
    indicators: [],
    links: [],
    status: { completed: 'Action plan adopted; referral guidelines issued to the regional police.' },
    reports: [],
  },
  {
    number: '3.1.2',
    title: 'Register every birth, including of children of undocumented or stateless parents',
    leadInstitutionId: 'ministry-of-justice',
    supportingInstitutionIds: ['ministry-of-health', 'ministry-of-internal-affairs'],
    startDate: '2022-01-01',
    targetDate: '2024-12-31',
    indicators: [],
    links: [{ file: UPR, textStart: 'Continue its efforts to end statelessness' }],
    status: 'planned',
    reports: [],
  },
  {
    number: '4.3.1',
    title: 'Extend free legal aid to rural areas through legal aid centres',
    leadInstitutionId: 'ministry-of-justice',
    supportingInstitutionIds: ['ministry-of-labour'],
    startDate: '2021-04-01',
    targetDate: '2024-06-30',
    indicators: [
      {
        indicatorId: 'legal-aid-centres',
        name: 'Legal aid centres open outside Ashgabat',
        unit: 'centres',
        baseline: 0,
        target: 5,
        frequencyMonths: 6,
        scheduleStart: '2021-04-01',
      },
    ],
    links: [{ file: UPR, textStart: 'Guarantee the independence of the judiciary' }],
    status: 'in_progress',
    reports: [
      {
        name: 'legal-aid-2021-h1',
        institutionId: 'ministry-of-justice',
        periodStart: '2021-04-01',
        periodEnd: '2021-09-30',
        narrative: 'Legal aid centres opened in Dashoguz and Mary with UNDP; 1,240 free consultations given.',
        indicatorValues: [{ indicatorId: 'legal-aid-centres', value: 2 }],
        outcome: { validate: "Figures match the centres' registers." },
      },
    ],
  },
  {
    number: '5.2.1',
    title: 'Open mainstream schools to children with disabilities, with trained teachers',
    leadInstitutionId: 'ministry-of-education',
    supportingInstitutionIds: ['ministry-of-health', 'ministry-of-labour'],
    startDate: '2022-09-01',
    targetDate: '2025-08-31',
    indicators: [
      {
        indicatorId: 'inclusive-schools',
        name: 'Mainstream schools with inclusive classes',
        unit: 'schools',
        baseline: 12,
        target: 60,
        frequencyMonths: 12,
        scheduleStart: '2022-09-01',
      },
    ],
    links: [
      { file: UPR, textStart: 'Continue to improve access to quality inclusive education' },
      { file: UNCT, textStart: 'Adopt an inclusive education policy' },
    ],
    status: 'planned',
    reports: [],
  },
  {
    number: '5.4.2',
    title: 'Strengthen primary health care in rural areas',
    leadInstitutionId: 'ministry-of-health',
    supportingInstitutionIds: [],
    startDate: '2021-01-01',
    targetDate: '2025-12-31',
    indicators: [
      {
        indicatorId: 'rural-clinics',
        name: 'Rural clinics refurbished and equipped',
        unit: 'clinics',
        baseline: 0,
        target: 120,
        frequencyMonths: 12,
        scheduleStart: '2021-01-01',
      },
    ],
    links: [{ file: UPR, textStart: 'Further strengthen primary health care' }],
    status: 'in_progress',
    reports: [
      {
        name: 'rural-health-2021',
        institutionId: 'ministry-of-health',
        periodStart: '2021-01-01',
        periodEnd: '2021-12-31',
        narrative: 'Budget for the refurbishment of rural clinics approved and spent.',
        indicatorValues: [],
        outcome: {
          return: 'Please give the number of clinics refurbished (indicator), not only the budget.',
        },
      },
    ],
  },
];

/** The same recommendation made again: the UN Country Team's 2021 suggestion repeats the 2018 UPR one. */
export const DEMO_CARRY_OVER = {
  newer: { file: UNCT, textStart: 'Adopt a comprehensive law on domestic violence' },
  older: { file: UPR, textStart: 'Adopt a comprehensive law on domestic violence' },
} as const;
