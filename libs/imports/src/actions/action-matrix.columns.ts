import type { ProfileColumn } from '../profiles';

/** The columns of a plan's results matrix; aliases are the headings national plans use in English, Russian and Turkmen. */
export const ACTION_MATRIX_COLUMNS: readonly ProfileColumn[] = [
  {
    header: 'Number',
    aliases: ['No', '№', 'Action number', 'Task number', 'Номер', 'Belgi', 'Tertip belgisi'],
    required: true,
    help: 'The action number in the plan, like 2.1.3; rows with the same number add indicators and recommendations',
  },
  {
    header: 'Title',
    aliases: ['Action', 'Task', 'Measure', 'Мероприятие', 'Меры', 'Задача', 'Çäre', 'Çäreler', 'Wezipe'],
    required: true,
    help: 'What is to be done',
  },
  { header: 'Description', aliases: ['Описание', 'Beýany'], required: false, help: 'More detail, optional' },
  {
    header: 'Lead institution',
    aliases: ['Lead', 'Responsible', 'Responsible institution', 'Ответственный исполнитель', 'Jogapkär'],
    required: false,
    help: 'The registered institution leading the action: its id, abbreviation or name in any language',
  },
  {
    header: 'Supporting institutions',
    aliases: ['Co-implementers', 'Соисполнители', 'Bilelikde ýerine ýetirijiler'],
    required: false,
    help: 'Registered institutions, separated by ";"',
  },
  {
    header: 'Start date',
    aliases: ['Start', 'Начало', 'Başlanýan senesi'],
    required: false,
    help: 'YYYY-MM-DD',
  },
  {
    header: 'Target date',
    aliases: ['Deadline', 'Timeline', 'Срок', 'Срок исполнения', 'Möhleti', 'Ýerine ýetiriş möhleti'],
    required: false,
    help: 'YYYY-MM-DD or DD.MM.YYYY, inside the plan period',
  },
  {
    header: 'Recommendations',
    aliases: ['Recommendation references', 'Рекомендации', 'Maslahatlar'],
    required: false,
    help: 'References of recommendations the action addresses, separated by ";"',
  },
  {
    header: 'Indicator',
    aliases: ['Индикатор', 'Показатель', 'Görkeziji'],
    required: false,
    help: 'Its name',
  },
  { header: 'Unit', aliases: ['Единица', 'Birlik'], required: false, help: 'What the indicator counts' },
  { header: 'Baseline', aliases: ['Исходное значение'], required: false, help: 'A number' },
  { header: 'Target', aliases: ['Целевое значение'], required: false, help: 'A number' },
  {
    header: 'Reporting every (months)',
    aliases: ['Reporting frequency', 'Периодичность'],
    required: false,
    help: 'A whole number of months, 1 to 60 (default 12)',
  },
  {
    header: 'Reporting from',
    aliases: ['Schedule start'],
    required: false,
    help: 'The first period starts here (default: the start date, else the plan start)',
  },
];
