import type { Catalogue, Shape } from '../catalogue';

const en = {
  heading: 'Evidence',
  none: 'No evidence has been attached yet.',
  caption: 'Files attached to this recommendation',
  colFile: 'File',
  colType: 'Type',
  colSize: 'Size',
  colNote: 'Note',
  colAttached: 'Attached',
  attachedBy: (when: string, who: string) => `${when}, ${who}`,
  download: (fileName: string) => `Download ${fileName}`,
  attachHeading: 'Attach evidence',
  files: 'Files',
  filesHint:
    'PDF, Word (DOCX), Excel (XLSX), OpenDocument text (ODT), PNG or JPEG; up to 20 MiB each, 10 at a time',
  note: 'Note',
  noteHint: 'What the files show, for example the signed minutes of the session',
  attach: 'Attach the files',
  problemUnsupported: (fileName: string) =>
    `${fileName} is not a PDF, DOCX, XLSX, ODT, PNG or JPEG file (its content was checked, not its name).`,
  problemTooLarge: (fileName: string) => `${fileName} is larger than 20 MiB.`,
  problemRequired: 'Choose at least one file.',
};

export const evidence: Catalogue<Shape<typeof en>> = {
  en,
  ru: {
    heading: 'Подтверждающие документы',
    none: 'Документы ещё не приложены.',
    caption: 'Файлы, приложенные к рекомендации',
    colFile: 'Файл',
    colType: 'Тип',
    colSize: 'Размер',
    colNote: 'Примечание',
    colAttached: 'Приложен',
    attachedBy: (when, who) => `${when}, ${who}`,
    download: (fileName) => `Скачать ${fileName}`,
    attachHeading: 'Приложить документы',
    files: 'Файлы',
    filesHint:
      'PDF, Word (DOCX), Excel (XLSX), текст OpenDocument (ODT), PNG или JPEG; до 20 МиБ каждый, не более 10 за раз',
    note: 'Примечание',
    noteHint: 'Что подтверждают файлы, например подписанный протокол заседания',
    attach: 'Приложить файлы',
    problemUnsupported: (fileName) =>
      `${fileName} не является файлом PDF, DOCX, XLSX, ODT, PNG или JPEG (проверено содержимое, а не имя).`,
    problemTooLarge: (fileName) => `${fileName} больше 20 МиБ.`,
    problemRequired: 'Выберите хотя бы один файл.',
  },
  tk: {
    heading: 'Subutnamalar',
    none: 'Entek hiç hili subutnama goşulmady.',
    caption: 'Bu maslahata goşulan faýllar',
    colFile: 'Faýl',
    colType: 'Görnüşi',
    colSize: 'Ölçegi',
    colNote: 'Bellik',
    colAttached: 'Goşuldy',
    attachedBy: (when, who) => `${when}, ${who}`,
    download: (fileName) => `${fileName} ýükläp al`,
    attachHeading: 'Subutnama goş',
    files: 'Faýllar',
    filesHint:
      'PDF, Word (DOCX), Excel (XLSX), OpenDocument tekst (ODT), PNG ýa-da JPEG; her biri 20 MiB çenli, bir gezekde 10 sany',
    note: 'Bellik',
    noteHint: 'Faýllaryň nämäni görkezýändigi, meselem, mejlisiň gol çekilen beýannamasy',
    attach: 'Faýllary goş',
    problemUnsupported: (fileName) =>
      `${fileName} PDF, DOCX, XLSX, ODT, PNG ýa-da JPEG faýly däl (ady däl-de, mazmuny barlandy).`,
    problemTooLarge: (fileName) => `${fileName} 20 MiB-dan uly.`,
    problemRequired: 'Iň bolmanda bir faýl saýlaň.',
  },
};
