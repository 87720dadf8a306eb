/** Stable codes of row errors, so a client can tell them apart without reading the message. */
export const ROW_ERROR_CODES = {
  required: 'IMPORT.ROW.REQUIRED',
  unknownTheme: 'IMPORT.ROW.UNKNOWN_THEME',
  invalidSdg: 'IMPORT.ROW.INVALID_SDG',
  invalidSession: 'IMPORT.ROW.INVALID_SESSION',
  unknownState: 'IMPORT.ROW.UNKNOWN_STATE',
  invalidMechanism: 'IMPORT.ROW.INVALID_MECHANISM',
  invalidLanguage: 'IMPORT.ROW.INVALID_LANGUAGE',
  invalidDate: 'IMPORT.ROW.INVALID_DATE',
  invalidNumber: 'IMPORT.ROW.INVALID_NUMBER',
  tooLong: 'IMPORT.ROW.TOO_LONG',
} as const;
