import { ACTION_TABLES, TABLES } from '../../read-models';
import type { SummaryDimension } from './summarize-recommendations.query';

/**
 * How each dimension keys a recommendation: `key` is its SQL over `recommendations r`, `group` what rows are counted
 * by (the key unless it differs), `join` the rows it needs. Each join has its own alias, so dimensions combine;
 * a recommendation a join repeats is counted once per group (count of distinct ids).
 */
export interface DimensionSql {
  key: string;
  group?: string;
  join?: string;
}

const tag = (kind: 'sdg' | 'theme'): DimensionSql => ({
  key: `t_${kind}.value`,
  join: `JOIN ${TABLES.tags} t_${kind} ON t_${kind}.recommendation_id = r.id AND t_${kind}.kind = '${kind}'`,
});

export const DIMENSION_SQL: Record<SummaryDimension, DimensionSql> = {
  status: { key: 'r.status' },
  position: { key: 'r.position' },
  mechanism: { key: 'r.mechanism_kind' },
  // One group per party however its name is cased; a recommendation counts once for each of its parties.
  party: {
    key: 'min(p_party.name)',
    group: 'p_party.name_key',
    join: `JOIN ${TABLES.parties} p_party ON p_party.recommendation_id = r.id`,
  },
  // Under each group its parties belong to (once, however many), or null when none of them has a known group.
  regionalGroup: {
    key: 'p_group.regional_group',
    join: `LEFT JOIN ${TABLES.parties} p_group
      ON p_group.recommendation_id = r.id AND p_group.regional_group IS NOT NULL`,
  },
  cycle: { key: 'CAST(r.upr_cycle AS TEXT)', group: 'r.upr_cycle' },
  session: { key: 'CAST(r.upr_session AS TEXT)', group: 'r.upr_session' },
  response: { key: 'min(r.source_response)', group: 'r.source_response_key' },
  language: { key: 'r.language' },
  planId: { key: 'r.plan_id' },
  sdg: tag('sdg'),
  theme: tag('theme'),
  // The lead institution of each linked action: once under each lead however many of its actions; null for none.
  institution: {
    key: 'i_lead.institution_id',
    join: `LEFT JOIN (SELECT l.recommendation_id, i.institution_id FROM ${ACTION_TABLES.actionLinks} l
      JOIN ${ACTION_TABLES.actionInstitutions} i ON i.action_id = l.action_id AND i.role = 'lead') i_lead
      ON i_lead.recommendation_id = r.id`,
  },
};
