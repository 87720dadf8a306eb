import { LINK_KINDS, MECHANISM_GRADES, MECHANISM_SCALE_NAMES } from '@app/recommendations';
import type { Html } from '../html/html';
import type { WebContext } from '../web-context';
import { field } from './form-fields';

type Fields = (web: WebContext, scope: string) => Html[];

/** The link as the API body names it: `kind` and the other recommendation's id. */
const linkFields: Fields = (web, scope) => [
  field(web, scope, {
    name: 'kind',
    label: web.t.links.linkKind,
    kind: 'select',
    required: true,
    choices: LINK_KINDS.map((kind) => ({ value: kind, label: web.t.links[kind] })),
  }),
  field(web, scope, {
    name: 'recommendationId',
    label: web.t.links.otherRecommendation,
    hint: web.t.links.otherRecommendationHint,
    required: true,
  }),
];

/** The forms of the link and assessment commands, as their DTOs in recommendations/dto/links.dto.ts name them. */
export const LINK_FIELDS = {
  linkRecommendation: linkFields,
  unlinkRecommendation: linkFields,
  recordMechanismAssessment: (web: WebContext, scope: string): Html[] => [
    field(web, scope, {
      name: 'scale',
      label: web.t.links.scale,
      kind: 'select',
      required: true,
      choices: MECHANISM_SCALE_NAMES.map((scale) => ({ value: scale, label: web.t.links[scale] })),
    }),
    field(web, scope, {
      name: 'grade',
      label: web.t.links.grade,
      kind: 'select',
      required: true,
      hint: web.t.links.gradeHint,
      choices: MECHANISM_GRADES.map((grade) => ({ value: grade, label: gradeLabel(web, grade) })),
    }),
    field(web, scope, {
      name: 'assessedBy',
      label: web.t.links.assessedBy,
      hint: web.t.links.assessedByHint,
      required: true,
    }),
    field(web, scope, { name: 'assessedOn', label: web.t.links.assessedOn, kind: 'date', required: true }),
    field(web, scope, { name: 'documentSymbol', label: web.t.links.documentSymbol }),
    field(web, scope, { name: 'note', label: web.t.links.note, kind: 'textarea' }),
  ],
};

/** Treaty body grades are the letters themselves; ODIHR's are words. */
export const gradeLabel = (web: WebContext, grade: string): string =>
  grade in web.t.links ? (web.t.links[grade as keyof WebContext['t']['links']] as string) : grade;
