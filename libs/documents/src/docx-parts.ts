import {
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docx stamps its core properties with the clock; this one carries the position's time instead. */
function coreXml(title: string, description: string, time: string): string {
  const stamp = new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>recommendation-follow-up</dc:creator>` +
    `<dc:description>${escapeXml(description)}</dc:description>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`
  );
}

export interface DocxPart {
  children: FileChild[];
  landscape?: boolean;
}

/** Packs sections into a .docx whose only clock-dependent bytes are the ZIP entries' own timestamps. */
export function packDocx(
  meta: { title: string; description: string; time: string },
  parts: readonly DocxPart[],
): Promise<Buffer> {
  const document = new Document({
    creator: 'recommendation-follow-up',
    title: meta.title,
    description: meta.description,
    sections: parts.map((part) => ({
      properties: part.landscape ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {},
      children: part.children,
    })),
  });
  return Packer.toBuffer(document, false, [
    { path: 'docProps/core.xml', data: coreXml(meta.title, meta.description, meta.time) },
  ]);
}

export const heading = (text: string, level: 1 | 2 | 3 = 1): Paragraph =>
  new Paragraph({
    text,
    heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level - 1],
  });

export const title = (text: string): Paragraph => new Paragraph({ text, heading: HeadingLevel.TITLE });

export const paragraph = (text: string, style: { bold?: boolean; italics?: boolean } = {}): Paragraph =>
  new Paragraph({ children: [new TextRun({ text, ...style })] });

/** Text the secretariat replaces: bold, highlighted, in brackets, so nobody sends it by mistake. */
export const placeholder = (marker: string, text: string): Paragraph =>
  new Paragraph({
    children: [new TextRun({ text: `${marker} ${text}`, bold: true, italics: true, highlight: 'yellow' })],
  });

/** A cell's lines as paragraphs: Word shows a newline inside one run as nothing. */
const cell = (text: string, bold = false): TableCell =>
  new TableCell({ children: text.split('\n').map((line) => paragraph(line, { bold })) });

/** A full-width table whose header row repeats on each page. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text) => cell(text, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) })),
    ],
  });
}
