import { normaliseLabel } from './normalise-label';
import { THEME_ALIASES, THEME_ROWS } from './themes.table';

export type Theme = { id: string; en: string; ru: string; tk: string };

export const THEMES: readonly Theme[] = THEME_ROWS.map((row) => {
  const [id, en, ru, tk] = row.split('|');
  return { id, en, ru, tk };
});

const ID_BY_KEY = new Map<string, string>();
for (const theme of THEMES) {
  for (const label of [theme.id, theme.en, theme.ru, theme.tk])
    ID_BY_KEY.set(normaliseLabel(label), theme.id);
}
for (const [label, id] of Object.entries(THEME_ALIASES)) ID_BY_KEY.set(normaliseLabel(label), id);

/** The theme id for an id, a name in English, Russian or Turkmen, or a mapped label; case, spaces and punctuation do not matter. */
export const themeFor = (label: string): string | undefined => ID_BY_KEY.get(normaliseLabel(label));
