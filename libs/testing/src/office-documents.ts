import JSZip from 'jszip';

/** Every XML part of a ZIP container as text, keyed by path; core.xml's dates are the only part left out. */
export async function xmlParts(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name].dir) continue;
    parts[name] = await zip.files[name].async('string');
  }
  return parts;
}

/** A Word document's visible text, paragraph by paragraph. */
export async function docxParagraphs(bytes: Buffer): Promise<string[]> {
  const xml = (await xmlParts(bytes))['word/document.xml'];
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((text) => text[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))
      .join(''),
  );
}
