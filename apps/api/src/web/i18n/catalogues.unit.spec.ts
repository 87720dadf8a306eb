import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALES } from './locales';
import { CATALOGUES } from './messages';

const WEB_DIR = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'messages' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Where `${…}` that starts at `start` ends (its closing brace), nested braces and templates included. */
function expressionEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length;
}

/** The literal markup of every html`…` template in a file, its interpolations left out (nested templates too). */
function markupOf(text: string): string[] {
  const literals: string[] = [];
  let from = text.indexOf('html`');
  while (from !== -1) {
    let literal = '';
    let i = from + 'html`'.length;
    while (i < text.length && text[i] !== '`') {
      if (text[i] === '\\') {
        literal += text.slice(i, i + 2);
        i += 2;
      } else if (text.startsWith('${', i)) {
        const end = expressionEnd(text, i + 1);
        literals.push(...markupOf(text.slice(i + 2, end)));
        literal += ' ';
        i = end + 1;
      } else {
        literal += text[i++];
      }
    }
    literals.push(literal);
    from = text.indexOf('html`', i + 1);
  }
  return literals;
}

/** Words between tags, or in attributes people read, written into markup instead of taken from a catalogue. */
const TEXT_BETWEEN_TAGS = />([^<>`]*?\p{L}{2,}[^<>`]*?)</gu;
const READABLE_ATTRIBUTE = /\b(?:aria-label|title|alt|placeholder)="([^"$]*\p{L}[^"]*)"/gu;

describe('The workspace message catalogues', () => {
  it('give every message in English, Russian and Turkmen, none blank, functions taking the same values', () => {
    for (const [area, catalogue] of Object.entries(CATALOGUES)) {
      const keys = Object.keys(catalogue.en).sort();
      for (const locale of LOCALES) {
        const messages = catalogue[locale] as Record<string, unknown>;
        expect({ area, locale, keys: Object.keys(messages).sort() }).toEqual({ area, locale, keys });
        for (const key of keys) {
          const message = messages[key];
          const english = (catalogue.en as Record<string, unknown>)[key];
          if (typeof english === 'function') {
            expect({ area, locale, key, arity: (message as () => string).length }).toEqual({
              area,
              locale,
              key,
              arity: english.length,
            });
          } else {
            expect({ area, locale, key, blank: String(message).trim() === '' }).toEqual({
              area,
              locale,
              key,
              blank: false,
            });
          }
        }
      }
    }
  });

  it('hold every text the pages show: no words are written into the markup of a page', () => {
    const found: string[] = [];
    for (const file of sourceFiles(WEB_DIR)) {
      // A command line in <code> is not language: it is typed as shown, whatever the page's language.
      for (const markup of markupOf(readFileSync(file, 'utf8')).map((m) =>
        m.replace(/<code>[^<]*<\/code>/g, ''),
      )) {
        for (const pattern of [TEXT_BETWEEN_TAGS, READABLE_ATTRIBUTE]) {
          for (const match of markup.matchAll(pattern)) {
            const words = match[1].trim();
            if (/\p{L}{2,}/u.test(words)) found.push(`${relative(WEB_DIR, file)}: ${words}`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });
});
