/** An institution as the registry answers it; names not given in a language are null. */
export interface InstitutionItem {
  id: string;
  names: { en: string; ru: string | null; tk: string | null };
  kind: string;
  abbreviation: string | null;
  revision: number;
}

export interface ActionSummary {
  id: string;
  planId: string;
  number: string;
  title: string;
  status: string;
  /** True while only version-1 plan links imply the action (no command has run on it yet). */
  implied: boolean;
  leadInstitutionId: string | null;
  supportingInstitutionIds: string[];
  startDate: string | null;
  targetDate: string | null;
  /** Free-text institutions the plan links name. */
  responsibleInstitutions: string[];
  recommendationCount: number;
  /** On the public portal (issue 18); false until the secretariat publishes it. */
  published: boolean;
}

export interface InstitutionRef {
  id: string;
  names: InstitutionItem['names'] | null;
}

export interface IndicatorAnswer {
  indicatorId: string;
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  frequencyMonths: number;
  scheduleStart: string;
  dueDates: string[];
  pastDueDates: string[];
  nextDueDate: string | null;
}

export interface LinkedRecommendation {
  id: string;
  reference: string | null;
  status: string | null;
}

export interface ActionDetailsAnswer extends ActionSummary {
  description: string | null;
  /** The action stream's revision, for If-Match; null while the action is implied. */
  revision: number | null;
  leadInstitution: InstitutionRef | null;
  supportingInstitutions: InstitutionRef[];
  recommendations: LinkedRecommendation[];
  indicators: IndicatorAnswer[];
}

export type InstitutionActionItem = ActionSummary & { role: 'lead' | 'supporting' };

export interface InstitutionDetailsAnswer extends InstitutionItem {
  actions: InstitutionActionItem[];
  workload: { total: number; byStatus: Record<string, number> };
  /** Progress reports past due; counted by the progress-report read model once it exists. */
  overdueReports: number;
}
