import { normaliseSdgTarget, themeFor } from '@app/recommendations';
import { RequestValidationError, type FieldProblem } from '../../http/request-validation.error';

/** Where a client finds the labels it may send (docs/api.md, Vocabulary). */
export const THEME_LIST_HINT = 'the list is at GET /vocabulary/themes and in docs/api.md (Vocabulary)';

interface VocabularyFields {
  themes?: string[];
  sdgTargets?: string[];
}

/**
 * Themes as controlled ids and SDG targets in one spelling, each kept once; every label that is neither is a
 * problem naming its item (`themes.1`). Runs after the DTO checked the lists' shape.
 */
export function withControlledVocabulary<T extends VocabularyFields>(fields: T, prefix = ''): T {
  const problems: FieldProblem[] = [];
  const themes = fields.themes?.map((label, n) => {
    const id = themeFor(label);
    if (id === undefined)
      problems.push({
        field: `${prefix}themes.${n}`,
        message: `"${label}" is not a known theme; ${THEME_LIST_HINT}`,
      });
    return id ?? label;
  });
  const sdgTargets = fields.sdgTargets?.map((spelling, n) => {
    const result = normaliseSdgTarget(spelling);
    if (result.ok) return result.value;
    problems.push({ field: `${prefix}sdgTargets.${n}`, message: result.message });
    return spelling;
  });
  if (problems.length > 0) throw new RequestValidationError(problems);
  return {
    ...fields,
    ...(themes === undefined ? {} : { themes: [...new Set(themes)] }),
    ...(sdgTargets === undefined ? {} : { sdgTargets: [...new Set(sdgTargets)] }),
  };
}
