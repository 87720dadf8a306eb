/** A UPR national report may have at most this many words (Human Rights Council resolution 5/1 guidelines). */
export const UPR_WORD_LIMIT = 10_700;

/** Words as a word processor counts them: runs of characters between white space. */
export const wordsIn = (text: string): number => text.split(/\s+/u).filter((word) => word !== '').length;

/** Collects the text a document's body says, so its words are counted as it is written. */
export class CountedText {
  private words = 0;

  add(text: string): string {
    this.words += wordsIn(text);
    return text;
  }

  get count(): number {
    return this.words;
  }
}
