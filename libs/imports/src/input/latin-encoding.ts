import iconv from 'iconv-lite';

/**
 * Windows-1252 or Mac Roman, by which decoding reads like text. Each misreading leaves traces the other does not:
 * Mac Roman read as 1252 puts symbols (ˆ ™ ‡ –), capitals (Ž Ÿ Õ) or undefined bytes inside words ("socižtž",
 * "TŸrkiye", "StateÕs"); 1252 read as Mac Roman puts capitals or symbols inside words ("sociÈtÈ", "Tπrkiye"). The decoding with
 * fewer traces wins; a tie (no accented letters at all, only ’ “ ”) goes to Windows-1252, by far the more common.
 */
export const latinEncodingOf = (sample: Buffer): 'windows-1252' | 'macintosh' =>
  oddities(iconv.decode(sample, 'macintosh')) < oddities(iconv.decode(sample, 'windows-1252'))
    ? 'macintosh'
    : 'windows-1252';

const ASCII_LOWER = /[a-z]/;
const ASCII_LETTER = /[A-Za-z]/;

const oddities = (text: string): number => {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char.charCodeAt(0) < 0x80) continue;
    if (char === '\ufffd' || /[\u0080-\u009f]/.test(char)) {
      count += 3;
      continue;
    }
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    const isLetter = /\p{L}/u.test(char);
    const upper = isLetter && char !== char.toLowerCase();
    if (upper && (ASCII_LOWER.test(before) || (ASCII_LETTER.test(before) && ASCII_LOWER.test(after))))
      count += 1;
    else if (!isLetter && !/[’‘]/.test(char) && ASCII_LETTER.test(before) && ASCII_LETTER.test(after))
      count += 1;
  }
  return count;
};
