import iconv from 'iconv-lite';
import { detectEncoding } from './detect-encoding';

const TEXTS = [
  'Adopt measures to reduce the gender pay gap and promote women’s participation',
  'Türkiye; Côte d’Ivoire; Réforme de la société civile',
  'Garantizar la participación de las niñas en la educación; “libertad” de expresión',
  'Bosnia and Herzegovina – Égalité des droits',
];

describe('detectEncoding', () => {
  it.each(TEXTS)('given %p in UTF-8, with or without a BOM, answers utf-8', (text) => {
    expect(detectEncoding(Buffer.from(text), true)).toBe('utf-8');
    expect(detectEncoding(iconv.encode(text, 'utf-8', { addBOM: true }), true)).toBe('utf-8');
  });

  it.each(TEXTS)('given %p in Windows-1252, answers windows-1252', (text) => {
    expect(detectEncoding(iconv.encode(text, 'windows-1252'), true)).toBe('windows-1252');
  });

  it.each(TEXTS)('given %p in Mac Roman, answers macintosh', (text) => {
    expect(detectEncoding(iconv.encode(text, 'macintosh'), true)).toBe('macintosh');
  });

  it('given a sample cut inside a UTF-8 character, still answers utf-8', () => {
    const bytes = Buffer.from('Türkiye and Côte');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1 - 'te'.length), false)).toBe('utf-8');
  });

  it('given plain ASCII, answers utf-8 (its subset)', () => {
    expect(detectEncoding(Buffer.from('To,Text,From\n'), true)).toBe('utf-8');
  });
});
