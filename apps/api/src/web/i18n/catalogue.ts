import type { Locale } from './locales';

/** A message is text, or a function of the values it names (counts, dates already formatted). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | ((...values: any[]) => string);
export type Messages = Record<string, Message>;

/** One area's messages in every language; the English entry fixes the keys the others must have. */
export type Catalogue<T extends Messages> = { readonly [L in Locale]: T };

/** Widens the English literals to their kind (text or function), so Russian and Turkmen must give the same keys. */
export type Shape<T extends Messages> = { [K in keyof T]: T[K] extends string ? string : T[K] };
