/** BCP 47 language tag, e.g. `en`, `ru`, `tk`, `tk-Latn-TM`. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
