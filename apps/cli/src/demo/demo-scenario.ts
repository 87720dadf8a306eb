/**
 * The demo: two plans, the recommendations of the two files in ./data (illustrative, see data/README.md) imported as
 * they are, then a few of them taken further so that every status of the lifecycle appears.
 */
export type DemoRole = 'secretariat' | 'reviewer';

export interface DemoStep {
  as: DemoRole;
  command:
    | 'schedule-review'
    | 'record-position'
    | 'reflect-in-plan'
    | 'report-progress'
    | 'mark-implemented'
    | 'withdraw'
    | 'archive'
    | 'record-mechanism-assessment';
  body: Record<string, unknown>;
}

export interface DemoFile {
  file: string;
  profile: 'template' | 'upr-info';
}

/** Imported in this order, as admin, so the UPR responses are recorded as positions. */
export const DEMO_FILES: readonly DemoFile[] = [
  { file: 'unct-suggestions.template.csv', profile: 'template' },
  { file: 'upr-info-tkm-session30.csv', profile: 'upr-info' },
];

/** A recommendation of the demo: the one of `file` whose text starts with `textStart`. */
export interface DemoRecommendation {
  file: string;
  textStart: string;
}

/** Steps taken after the import on one recommendation. */
export interface DemoFollowUp extends DemoRecommendation {
  steps: DemoStep[];
}

export const DEMO_PLANS = [
  {
    id: 'NHRAP-2021-2025',
    title: 'National Human Rights Action Plan 2021-2025',
    periodStart: '2021-01-01',
    periodEnd: '2025-12-31',
  },
  {
    id: 'IHL-AP-2021-2023',
    title: 'International Humanitarian Law Action Plan 2021-2023',
    periodStart: '2021-01-01',
    periodEnd: '2023-12-31',
  },
];

const review = (due: string): DemoStep => ({
  as: 'secretariat',
  command: 'schedule-review',
  body: { reviewDueDate: due, meetingRef: 'IAC session 2/2021' },
});
const position = (value: string, rationale: string): DemoStep => ({
  as: 'reviewer',
  command: 'record-position',
  body: { position: value, rationale },
});
// Only the plan is required; an actionRef links the recommendation to that action of the plan (demo-actions.ts).
const plan = (planId: string, link: Record<string, unknown> = {}): DemoStep => ({
  as: 'secretariat',
  command: 'reflect-in-plan',
  body: { planId, ...link },
});
const progress = (status: string, narrative: string, period: string): DemoStep => ({
  as: 'secretariat',
  command: 'report-progress',
  body: { status, narrative, period },
});

export const UNCT = 'unct-suggestions.template.csv';
export const UPR = 'upr-info-tkm-session30.csv';

export const DEMO_FOLLOW_UPS: DemoFollowUp[] = [
  {
    file: UPR,
    textStart: 'Adopt a comprehensive law on domestic violence',
    steps: [
      plan('NHRAP-2021-2025', {
        actionRef: '2.1.2',
        responsibleInstitutions: ['Mejlis', 'Ministry of Justice'],
      }),
      progress('in_progress', 'Draft law discussed with civil society and UNFPA.', '2022'),
    ],
  },
  {
    file: UPR,
    textStart: 'Take further measures to combat trafficking',
    steps: [
      plan('NHRAP-2021-2025', {
        actionRef: '2.3.1',
        responsibleInstitutions: ['Ministry of Internal Affairs'],
        targetDate: '2023-06-30',
      }),
      progress(
        'completed',
        'National action plan on trafficking adopted; referral guidelines issued.',
        '2023',
      ),
      {
        as: 'reviewer',
        command: 'mark-implemented',
        body: {
          assessment: 'Action plan adopted and guidelines in use.',
          evidence: ['Resolution on the action plan, 2023'],
        },
      },
    ],
  },
  {
    file: UPR,
    textStart: 'Continue to disseminate international humanitarian law',
    steps: [
      plan('IHL-AP-2021-2023', {
        actionRef: 'Measure 2.1',
        responsibleInstitutions: ['Ministry of Defence'],
      }),
      progress('in_progress', 'Training modules revised with the national IHL committee.', '2022'),
    ],
  },
  {
    file: UPR,
    textStart: 'Ensure the birth registration',
    steps: [plan('NHRAP-2021-2025', { actionRef: '3.1.2' })],
  },
  {
    file: UPR,
    textStart: 'Ensure that the Ombudsperson complies',
    steps: [
      plan('NHRAP-2021-2025', {
        actionRef: '1.2.1',
        responsibleInstitutions: ['Office of the Ombudsperson'],
      }),
      progress('stalled', 'Amendments to the Ombudsperson law postponed.', '2022'),
    ],
  },
  {
    file: UPR,
    textStart: 'Continue its cooperation with the treaty bodies',
    steps: [
      {
        as: 'secretariat',
        command: 'archive',
        body: { reason: 'Overdue reports submitted; nothing further to follow up.' },
      },
    ],
  },
  {
    file: UNCT,
    textStart: 'Extend free legal aid',
    steps: [
      review('2021-05-31'),
      position('supported', 'In line with the law on legal aid under review.'),
      plan('NHRAP-2021-2025', { actionRef: '4.3.1', responsibleInstitutions: ['Ministry of Justice'] }),
      progress('in_progress', 'Legal aid centres opened in two regions with UNDP.', '2022'),
    ],
  },
  {
    file: UNCT,
    textStart: 'Establish a standing national mechanism for reporting',
    steps: [
      review('2021-05-31'),
      position('supported', 'The interdepartmental commission takes this role.'),
      plan('NHRAP-2021-2025', { actionRef: '1.3.2' }),
    ],
  },
  {
    file: UNCT,
    textStart: 'Adopt an inclusive education policy',
    steps: [
      review('2021-05-31'),
      position('partially_supported', 'Supported for primary schools first; funding to be confirmed.'),
    ],
  },
  { file: UNCT, textStart: 'Adopt a statelessness determination procedure', steps: [review('2021-06-30')] },
  {
    file: UNCT,
    textStart: 'Train police officers',
    steps: [review('2021-06-30'), position('noted', 'Covered by the existing police training curriculum.')],
  },
  {
    file: UNCT,
    textStart: 'Follow up the recommendations of the OSCE/ODIHR',
    steps: [
      review('2021-06-30'),
      position('partially_supported', 'Supported for the electoral code; media coverage is left out.'),
      {
        as: 'secretariat',
        command: 'record-mechanism-assessment',
        body: {
          scale: 'odihr',
          grade: 'partially',
          assessedBy: 'OSCE/ODIHR',
          assessedOn: '2021-06-01',
          note: 'Illustrative: the follow-up section of an election assessment report.',
        },
      },
    ],
  },
  {
    file: UNCT,
    textStart: 'Train investigators, prosecutors and judges',
    steps: [
      {
        as: 'secretariat',
        command: 'withdraw',
        body: { reason: "Merged with IOM's suggestion on the national referral mechanism." },
      },
    ],
  },
];
