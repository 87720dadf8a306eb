import type { DocumentLanguage } from '@app/recommendations';
import { EN } from './en';
import type { DocumentLabels } from './labels';
import { RU } from './ru';
import { TK } from './tk';

export type { DocumentLabels } from './labels';

const CATALOGUES: Record<DocumentLanguage, DocumentLabels> = { en: EN, ru: RU, tk: TK };

export const labelsFor = (language: DocumentLanguage): DocumentLabels => CATALOGUES[language];
