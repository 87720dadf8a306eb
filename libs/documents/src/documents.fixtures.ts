import type { DocumentLanguage, DocumentRecommendation, DocumentSnapshot } from '@app/recommendations';

const base: DocumentRecommendation = {
  reference: '',
  text: '',
  parties: [],
  mechanism: { kind: 'upr', body: null },
  cycle: 3,
  themes: [],
  position: null,
  status: 'proposed',
  actions: [],
  institutions: [],
  validatedProgress: [],
  stateAssessment: null,
  mechanismGrade: null,
};

/** Known recommendations: two themes and one without, positions of each kind, actions and validated reports. */
export const KNOWN_RECOMMENDATIONS: DocumentRecommendation[] = [
  {
    ...base,
    reference: 'UPR-3-114.1',
    text: 'Ratify the Optional Protocol to the Convention against Torture.',
    parties: ['Norway', 'Chile'],
    themes: ['Torture and other cruel, inhuman or degrading treatment'],
    position: 'supported',
    status: 'planned',
    actions: [{ number: '2.1.3', title: 'Draft the ratification law' }],
    institutions: ['Ministry of Justice', 'Ombudsperson'],
    validatedProgress: [
      { actionNumber: '2.1.3', periodEnd: '2024-03-31', narrative: 'Draft law sent to the Mejlis.' },
      {
        actionNumber: '2.1.3',
        periodEnd: '2024-06-30',
        narrative: 'Mejlis adopted the law in first reading.',
      },
    ],
    stateAssessment: 'Ratification under way.',
    mechanismGrade: 'B1',
  },
  {
    ...base,
    reference: 'UPR-3-114.2',
    text: 'Train police officers on the prohibition of torture.',
    parties: ['Germany'],
    themes: ['Torture and other cruel, inhuman or degrading treatment'],
    position: 'partially_supported',
    status: 'implemented',
    actions: [{ number: '3.1', title: 'Train the police' }],
    institutions: ['Ministry of Internal Affairs'],
    validatedProgress: [
      { actionNumber: '3.1', periodEnd: '2024-06-30', narrative: '1,200 officers trained.' },
    ],
  },
  {
    ...base,
    reference: 'CRC-C-TKM-CO-2-5-20',
    text: 'Collect data disaggregated by age and sex.',
    parties: ['Committee on the Rights of the Child'],
    mechanism: { kind: 'treaty_body', body: 'CRC' },
    cycle: null,
    themes: ['Rights of the child'],
    position: 'noted',
    status: 'reviewed',
  },
  {
    ...base,
    reference: 'UPR-3-114.9',
    text: 'Abolish exit visas.',
    parties: ['France'],
    status: 'under_review',
  },
];

export const snapshotOf = (
  language: DocumentLanguage = 'en',
  recommendations = KNOWN_RECOMMENDATIONS,
): DocumentSnapshot => ({
  position: '4242',
  positionTime: '2024-07-01T09:30:00.000Z',
  ledgerDigest: null,
  language,
  recommendations,
});

export { docxParagraphs, xmlParts } from '@app/testing';
