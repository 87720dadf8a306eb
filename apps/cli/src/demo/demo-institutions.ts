import type { RegisterInstitution } from '@app/recommendations';

export type DemoInstitution = Omit<RegisterInstitution, 'type'>;

/**
 * The state bodies the demo's plan actions name, in English, Russian and Turkmen. Ids as the README walk uses them
 * (`ministry-of-justice`), so a registry started by hand and the demo's agree.
 */
export const DEMO_INSTITUTIONS: readonly DemoInstitution[] = [
  {
    institutionId: 'ministry-of-foreign-affairs',
    kind: 'ministry',
    names: {
      en: 'Ministry of Foreign Affairs',
      ru: 'Министерство иностранных дел',
      tk: 'Daşary işler ministrligi',
    },
  },
  {
    institutionId: 'ministry-of-justice',
    kind: 'ministry',
    names: { en: 'Ministry of Justice', ru: 'Министерство юстиции', tk: 'Adalat ministrligi' },
  },
  {
    institutionId: 'ministry-of-internal-affairs',
    kind: 'ministry',
    names: {
      en: 'Ministry of Internal Affairs',
      ru: 'Министерство внутренних дел',
      tk: 'Içeri işler ministrligi',
    },
  },
  {
    institutionId: 'ministry-of-health',
    kind: 'ministry',
    names: {
      en: 'Ministry of Health and Medical Industry',
      ru: 'Министерство здравоохранения и медицинской промышленности',
      tk: 'Saglygy goraýyş we derman senagaty ministrligi',
    },
  },
  {
    institutionId: 'ministry-of-education',
    kind: 'ministry',
    names: { en: 'Ministry of Education', ru: 'Министерство образования', tk: 'Bilim ministrligi' },
  },
  {
    institutionId: 'ministry-of-labour',
    kind: 'ministry',
    names: {
      en: 'Ministry of Labour and Social Protection of Population',
      ru: 'Министерство труда и социальной защиты населения',
      tk: 'Zähmet we ilaty durmuş taýdan goramak ministrligi',
    },
  },
  {
    institutionId: 'ombudsperson',
    kind: 'ombudsperson',
    names: {
      en: 'Ombudsperson (Ombudsman)',
      ru: 'Уполномоченный по правам человека',
      tk: 'Adam hukuklary boýunça ygtyýarly wekil',
    },
  },
  {
    institutionId: 'mejlis',
    kind: 'parliament',
    names: { en: 'Mejlis (Parliament)', ru: 'Меджлис (парламент)', tk: 'Mejlis' },
  },
];
