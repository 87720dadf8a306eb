import type { EvidenceMediaType } from '@app/recommendations';
import { zipEntryNames, type ReadRange } from './zip-entries';

/** How many leading bytes the sniffer looks at: enough for every signature and an ODT's `mimetype` entry. */
export const SNIFF_BYTES = 128;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const PDF = Buffer.from('%PDF-', 'latin1');
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ODT_TYPE = 'application/vnd.oasis.opendocument.text';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const startsWith = (head: Buffer, signature: Buffer): boolean =>
  head.subarray(0, signature.length).equals(signature);

/** The type of a file told from its bytes alone (never its name); undefined when it is none of the accepted ones. */
export async function sniffEvidenceType(
  size: number,
  read: ReadRange,
): Promise<EvidenceMediaType | undefined> {
  const head = await read(0, Math.min(size, SNIFF_BYTES));
  if (startsWith(head, PDF)) return 'application/pdf';
  if (startsWith(head, PNG)) return 'image/png';
  if (startsWith(head, JPEG)) return 'image/jpeg';
  if (!startsWith(head, ZIP)) return undefined;
  if (isOpenDocumentText(head)) return ODT_TYPE;
  const names = await zipEntryNames(size, read);
  if (names?.includes('word/document.xml')) return DOCX_TYPE;
  if (names?.includes('xl/workbook.xml')) return XLSX_TYPE;
  return undefined;
}

/** OpenDocument puts an uncompressed `mimetype` entry first, so its content is readable in the first bytes. */
function isOpenDocumentText(head: Buffer): boolean {
  if (head.length < 30) return false;
  const nameLength = head.readUInt16LE(26);
  const extraLength = head.readUInt16LE(28);
  const name = head.toString('latin1', 30, 30 + nameLength);
  const start = 30 + nameLength + extraLength;
  return name === 'mimetype' && head.toString('latin1', start, start + ODT_TYPE.length) === ODT_TYPE;
}
