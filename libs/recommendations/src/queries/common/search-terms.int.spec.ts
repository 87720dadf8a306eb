import Database from 'better-sqlite3';
import { searchTerms } from './recommendation-filters';

describe('search terms against a real FTS5 table', () => {
  const db = new Database(':memory:');
  db.exec(
    `CREATE VIRTUAL TABLE search USING fts5(reference, text, tokenize = 'unicode61 remove_diacritics 2')`,
  );
  db.prepare('INSERT INTO search (rowid, reference, text) VALUES (1, ?, ?)').run(
    'UPR-1',
    'Çagalaryň hukuklary',
  );
  const match = db.prepare('SELECT rowid FROM search WHERE search MATCH ?');
  const search = (q: string): number[] | 'nothing' => {
    const terms = searchTerms(q);
    return terms === undefined ? 'nothing' : match.all(terms).map((row) => (row as { rowid: number }).rowid);
  };
  afterAll(() => db.close());

  it('runs every code point of the basic plane, alone and inside a word, as a literal search', () => {
    const refused: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const character = String.fromCharCode(code);
      for (const q of [character, `hukuk${character}lary`]) {
        try {
          search(q);
        } catch (error) {
          refused.push(`U+${code.toString(16)}: ${(error as Error).message}`);
        }
      }
    }
    expect(refused).toEqual([]);
  });

  it('reads a NUL or a zero-width space as a word break and a query of them alone as matching nothing', () => {
    expect(search('\u0000')).toBe('nothing');
    expect(search('\u200b\ufeff')).toBe('nothing');
    expect(search('upr\u0000hukuk')).toEqual([1]);
  });

  it('keeps quotes and operators literal and matches prefixes with or without diacritics', () => {
    expect(search('"hukuk')).toEqual([1]);
    expect(search('hukuk NOT upr')).toEqual([]);
    expect(search('çaga')).toEqual([1]);
    expect(search('CAGALARYN')).toEqual([1]);
  });
});
