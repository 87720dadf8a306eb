import { sniffEvidenceType } from './evidence-type';
import {
  JPEG_HEADER,
  MINIMAL_DOCX,
  MINIMAL_ODT,
  MINIMAL_PDF,
  PLAIN_ZIP,
  PNG_HEADER,
  minimalXlsx,
} from '@app/testing';

const sniff = (bytes: Buffer) =>
  sniffEvidenceType(bytes.length, async (offset, length) => bytes.subarray(offset, offset + length));

describe('evidence type, told from the bytes', () => {
  it.each([
    ['a PDF', MINIMAL_PDF, 'application/pdf'],
    ['a PNG', PNG_HEADER, 'image/png'],
    ['a JPEG', JPEG_HEADER, 'image/jpeg'],
    [
      'a DOCX (word/document.xml inside)',
      MINIMAL_DOCX,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['an ODT (its mimetype entry first)', MINIMAL_ODT, 'application/vnd.oasis.opendocument.text'],
  ])('%s', async (_name, bytes, type) => {
    await expect(sniff(bytes)).resolves.toBe(type);
  });

  it('an XLSX written by exceljs (xl/workbook.xml inside)', async () => {
    await expect(sniff(await minimalXlsx())).resolves.toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it.each([
    ['text that calls itself a PDF', Buffer.from('this is not a PDF at all')],
    ['a ZIP of something else', PLAIN_ZIP],
    ['a ZIP cut short (no central directory)', MINIMAL_DOCX.subarray(0, 60)],
    ['an empty file', Buffer.alloc(0)],
    ['an executable', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1')],
  ])('refuses %s', async (_name, bytes) => {
    await expect(sniff(bytes)).resolves.toBeUndefined();
  });
});
