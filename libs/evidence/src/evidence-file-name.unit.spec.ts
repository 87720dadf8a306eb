import { attachmentDisposition, displayFileName } from './evidence-file-name';

describe('evidence file names', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\amina\\scan.png', 'scan.png'],
    ['bad\u0000name\n.pdf', 'badname.pdf'],
    ['..', 'evidence'],
    [undefined, 'evidence'],
  ])('%j is shown as %j', (given, shown) => {
    expect(displayFileName(given)).toBe(shown);
  });

  it('a download names the file in ASCII and exactly, and cannot break out of the header', () => {
    expect(attachmentDisposition('Отчёт "2024".pdf')).toBe(
      `attachment; filename="_____ _2024_.pdf"; filename*=UTF-8''${encodeURIComponent('Отчёт "2024".pdf')}`,
    );
  });
});
