import type { Catalogue, Shape } from '../catalogue';

/** English counts: `1 stream`, `2 streams` (the numbers arrive formatted). */
const counted = (count: string, one: string, many: string): string =>
  `${count} ${count === '1' ? one : many}`;

const en = {
  title: 'Audit',
  intro:
    'Proof that the event log was not altered since it was written, and the log itself, to check again with your own tools. Everything here reads the log, never a summary of it.',
  verifyHeading: 'Verify the whole log',
  verifyExplain:
    'Recomputes the hash of every event of every stream and checks each link to the event before it, each revision and each position in the log.',
  verifyTakesLong:
    'On a large log this reads every event once and can take a while; the page answers when it is done.',
  verify: 'Verify the whole log',
  intact: (streams: string, events: string) =>
    `The log is intact: ${counted(streams, 'stream', 'streams')} and ${counted(events, 'event', 'events')} checked.`,
  altered: (problems: string, streams: string, events: string) =>
    `The log has been altered: ${counted(problems, 'problem', 'problems')} found; ` +
    `${counted(streams, 'stream', 'streams')} and ${counted(events, 'event', 'events')} checked.`,
  failuresCaption: 'Where the log was altered',
  colStream: 'Stream',
  colRevision: 'Revision',
  colReason: 'What is wrong',
  colDetail: 'Detail',
  omitted: (count: string) => `${counted(count, 'more problem is', 'more problems are')} not listed.`,
  reasonChangedContent:
    'Changed content: the event no longer hashes to its recorded hash (its data, type or metadata was edited).',
  reasonMissingEvent: 'Missing event: this revision is absent (an event was deleted).',
  reasonReorderedEvent:
    'Reordered event: the event is not where its revision puts it (events swapped places or one was moved).',
  reasonBrokenLink:
    'Broken link: its previous hash matches no event of the stream (the previous event was edited and re-hashed, or an event was forged).',
  reasonDuplicateEvent: 'Duplicate event: the same revision appears twice.',
  exportHeading: 'Download an export',
  exportLink: 'Download the whole log (NDJSON)',
  exportExplain:
    'One stored event a line, in the order of the log, exactly as stored: its stream, revision, type, data and metadata with the previous hash and its own hash.',
  exportUsesHeading: 'With an export you can:',
  exportUseVerify:
    'check every hash again offline, with your own script following the rules of the audit guide (docs/audit.md), or with this command:',
  exportUseKeep:
    "keep it, or the last hash of the streams you care about, and compare later: removing a stream's last events leaves a shorter chain that still verifies",
  exportUseRead: 'read and filter it with any tool that reads JSON lines',
};

export const audit: Catalogue<Shape<typeof en>> = {
  en,
  ru: {
    title: 'Аудит',
    intro:
      'Доказательство того, что журнал событий не изменялся после записи, и сам журнал для повторной проверки вашими собственными средствами. Всё на этой странице читается из журнала, а не из сводок.',
    verifyHeading: 'Проверить весь журнал',
    verifyExplain:
      'Заново вычисляет хеш каждого события каждого потока и проверяет каждую связь с предыдущим событием, каждую версию и каждую позицию в журнале.',
    verifyTakesLong:
      'В большом журнале проверка читает каждое событие по одному разу и может занять некоторое время; страница ответит, когда она завершится.',
    verify: 'Проверить весь журнал',
    intact: (streams: string, events: string) =>
      `Журнал не нарушен: проверено потоков — ${streams}, событий — ${events}.`,
    altered: (problems: string, streams: string, events: string) =>
      `Журнал изменён: найдено проблем — ${problems}; проверено потоков — ${streams}, событий — ${events}.`,
    failuresCaption: 'Где журнал был изменён',
    colStream: 'Поток',
    colRevision: 'Версия',
    colReason: 'Что не так',
    colDetail: 'Подробности',
    omitted: (count: string) => `Ещё проблем, не показанных в списке: ${count}.`,
    reasonChangedContent:
      'Изменено содержимое: хеш события больше не совпадает с записанным (изменены его данные, тип или метаданные).',
    reasonMissingEvent: 'Пропущено событие: этой версии нет (событие удалено).',
    reasonReorderedEvent:
      'Нарушен порядок: событие стоит не там, где требует его версия (события поменялись местами или одно перемещено).',
    reasonBrokenLink:
      'Разорвана связь: предыдущий хеш не совпадает ни с одним событием потока (предыдущее событие изменено и перехешировано или событие подделано).',
    reasonDuplicateEvent: 'Повтор события: одна и та же версия встречается дважды.',
    exportHeading: 'Скачать выгрузку',
    exportLink: 'Скачать весь журнал (NDJSON)',
    exportExplain:
      'По одному сохранённому событию в строке, в порядке журнала, точно в том виде, в каком оно хранится: поток, версия, тип, данные и метаданные с предыдущим хешем и собственным хешем.',
    exportUsesHeading: 'С выгрузкой можно:',
    exportUseVerify:
      'заново проверить каждый хеш без подключения к системе собственным скриптом по правилам руководства по аудиту (docs/audit.md) или этой командой:',
    exportUseKeep:
      'сохранить её или последний хеш важных для вас потоков и сравнить позже: удаление последних событий потока оставляет более короткую цепочку, которая по-прежнему проходит проверку',
    exportUseRead: 'читать и фильтровать её любым инструментом, который понимает строки JSON',
  },
  tk: {
    title: 'Audit',
    intro:
      'Wakalar žurnalynyň ýazylandan soň üýtgedilmändiginiň subutnamasy we öz guralyňyz bilen gaýtadan barlamak üçin žurnalyň özi. Bu ýerdäki ähli zat jemlemelerden däl-de, žurnalyň özünden okalýar.',
    verifyHeading: 'Tutuş žurnaly barla',
    verifyExplain:
      'Her akymyň her wakasynyň heshini täzeden hasaplaýar we öňki waka bilen her baglanyşygy, her wersiýany we žurnaldaky her orny barlaýar.',
    verifyTakesLong:
      'Uly žurnalda barlag her wakany bir gezek okaýar we birneme wagt alyp biler; barlag tamamlananda sahypa jogap berer.',
    verify: 'Tutuş žurnaly barla',
    intact: (streams: string, events: string) =>
      `Žurnal bozulmandyr: ${streams} akym we ${events} waka barlandy.`,
    altered: (problems: string, streams: string, events: string) =>
      `Žurnal üýtgedilipdir: ${problems} mesele tapyldy; ${streams} akym we ${events} waka barlandy.`,
    failuresCaption: 'Žurnalyň üýtgedilen ýerleri',
    colStream: 'Akym',
    colRevision: 'Wersiýa',
    colReason: 'Näme nädogry',
    colDetail: 'Jikme-jiklik',
    omitted: (count: string) => `Sanawda görkezilmedik ýene ${count} mesele bar.`,
    reasonChangedContent:
      'Mazmuny üýtgedilipdir: wakanyň heshi ýazylan hesh bilen gabat gelmeýär (maglumatlary, görnüşi ýa-da metamaglumatlary üýtgedilipdir).',
    reasonMissingEvent: 'Waka ýok: bu wersiýa ýok (waka pozulypdyr).',
    reasonReorderedEvent:
      'Tertibi bozulypdyr: waka öz wersiýasynyň görkezýän ýerinde däl (wakalar ýerlerini çalşypdyr ýa-da biri süýşürilipdir).',
    reasonBrokenLink:
      'Baglanyşyk üzülipdir: öňki hesh akymyň hiç bir wakasy bilen gabat gelmeýär (öňki waka üýtgedilip täzeden heşlenipdir ýa-da waka galplanypdyr).',
    reasonDuplicateEvent: 'Waka gaýtalanýar: şol bir wersiýa iki gezek duş gelýär.',
    exportHeading: 'Eksport faýlyny ýükläp al',
    exportLink: 'Tutuş žurnaly ýükläp al (NDJSON)',
    exportExplain:
      'Her setirde saklanan bir waka, žurnalyň tertibinde, saklanyşy ýaly: akymy, wersiýasy, görnüşi, maglumatlary we öňki hesh hem öz heshi bilen metamaglumatlary.',
    exportUsesHeading: 'Eksport faýly bilen şulary edip bilersiňiz:',
    exportUseVerify:
      'her heshi ulgama birikmezden gaýtadan barlamak: audit gollanmasynyň (docs/audit.md) düzgünlerine eýerýän öz skriptiňiz bilen ýa-da şu buýruk bilen:',
    exportUseKeep:
      'ony ýa-da möhüm akymlaryň soňky heshini saklap, soňra deňeşdirmek: akymyň soňky wakalaryny aýyrmak barlagdan geçýän has gysga zynjyr galdyrýar',
    exportUseRead: 'ony JSON setirlerini okaýan islendik gural bilen okamak we süzmek',
  },
};
