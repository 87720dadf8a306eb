/** Dates are ISO 8601 calendar dates (`2025-06-30`), so they compare as strings. */
export type IsoDate = string;
