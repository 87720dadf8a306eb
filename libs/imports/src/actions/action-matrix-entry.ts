/** An indicator as a results matrix gives it; the schedule's gaps are filled from the plan when it is imported. */
export type ActionMatrixIndicator = {
  name: string;
  unit: string;
  baseline?: number;
  target?: number;
  frequencyMonths?: number;
  scheduleStart?: string;
};

/** One action of a results matrix, as read; institutions and references are resolved when it is imported. */
export type ActionMatrixEntry = {
  /** The first row it was read from (header = 1), and every row that added to it. */
  row: number;
  rows: number[];
  number: string;
  title: string;
  description?: string;
  lead?: string;
  supporting: string[];
  startDate?: string;
  targetDate?: string;
  recommendationReferences: string[];
  indicators: ActionMatrixIndicator[];
};
