/**
 * The interface's words in each edition: the header, the footer, the notes, the contents, the
 * heading controls, the language switcher and the translation's own labels. English is the site's
 * text as it always was; Simplified Chinese is written here; Traditional Chinese is converted from
 * the Simplified at build time (ui.node.ts), like the pages, so the two never drift apart.
 */
import { datePrecision, formatDate, formatPartialDate, isoDateParts } from '../dates';
import { EN_CITE_DIALOG, type CiteDialogWords } from './cite-words';
import type { Edition } from './editions';
import { GROUP_TITLES, PEOPLE_GROUPS } from '../people';

/** Every string the interface shows, for one language. Functions take what varies. */
export interface UiStrings {
  siteTitle: string;
  siteTagline: string;
  /** Joins the site title and tagline, and a page's title and the site's. */
  titleTagline: (title: string, tagline: string) => string;
  pageTitle: (page: string, site: string) => string;
  skipLink: string;
  mainNav: string;
  /** The main pages' names in the navigation, by English URL. */
  nav: Readonly<Record<string, string>>;
  /** The footer's first paragraph, around the link to the sources. */
  footerBefore: string;
  footerSources: string;
  footerAfter: string;
  footerDownloadBefore: string;
  footerDownload: string;
  footerDownloadAfter: string;
  notes: string;
  note: string;
  showNotes: (count: number) => string;
  hideNotes: string;
  seePassage: (number: string) => string;
  backToText: (note: number) => string;
  backToCitation: (letter: string, note: number) => string;
  onThisPage: string;
  /** The heading of the summary box that opens a main page (KeyFacts.astro). */
  keyFacts: string;
  contents: string;
  linkToSection: (label: string) => string;
  cite: string;
  citeSection: (label: string) => string;
  updated: string;
  previous: string;
  next: string;
  previousNext: string;
  /** The language switcher. */
  languages: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchButton: string;
  menu: string;
  theme: string;
  themeChoices: Readonly<Record<'auto' | 'light' | 'dark', string>>;
  backToTop: string;
  breadcrumb: string;
  home: string;
  copyParagraph: string;
  /** A <Q>: the Chinese rendering is the site's translation; the English words follow. */
  quoteOpen: string;
  quoteClose: string;
  ourTranslation: string;
  original: string;
  /** The notice on a section whose English changed after it was translated. */
  staleNotice: string;
  staleEnglish: string;
  /** The note at the top of a translated page. */
  translationNote: string;
  translationNoteEnglish: string;
  /** The line under the title on the edition's social cards. */
  cardTagline: string;
  /** The title of the edition's feed of updates (and of the page's link to it). */
  feedTitle: string;
  /** A date (YYYY-MM-DD) as the edition writes it: "18 December 2020", "2020年12月18日". */
  date: (iso: string) => string;
  /** "Cite this page" (CitePage.astro) and the citation dialog of a section (actions.ts). */
  published: string;
  /** Follows the published date when the page was updated since: "; last updated". */
  lastUpdated: string;
  fullStop: string;
  citeThisPage: string;
  citeNote: (site: string) => string;
  /** The dialog's words; `{format}` and `{title}` are filled in by the browser. */
  citeDialog: CiteDialogWords;
  /** The 中英对照 view: its name (the language switcher's link to it), its page title, its note and links. */
  bilingual: string;
  bilingualTitle: (title: string) => string;
  bilingualNote: string;
  /** The switcher's link from a 中英对照 view back to its Chinese page. */
  chineseOnly: string;
  /** For screen readers, before each English block of a 中英对照 view. */
  englishOriginal: string;
  /** The pages built from data: /timeline/ (TimelinePage.astro) and /people/ (PeoplePage.astro). */
  timelineTitle: string;
  timelineDescription: string;
  timelineLede: string;
  /** A date only as precisely as the sources give it (YYYY, YYYY-MM, YYYY-MM-DD): "June 2020", "2020年6月". */
  partialDate: (date: string) => string;
  /** The note on a date known to the year or the month only. */
  dateKnownTo: (precision: 'year' | 'month') => string;
  /** Before the link to the section that covers an event. */
  coveredIn: string;
  /** A section named by its page's title and its heading: "The case: The charges". */
  sectionLabel: (page: string, heading: string) => string;
  peopleTitle: string;
  peopleDescription: string;
  peopleLede: string;
  /** The groups of the people page, by group id (src/lib/people.ts). */
  peopleGroups: Readonly<Record<(typeof PEOPLE_GROUPS)[number], string>>;
  /** After an organization's role: " (organization)". */
  organization: string;
  /** Before the other names the sources use. */
  alsoWrittenAs: string;
  /** Between two items of a list in running text: "; ". */
  listSeparator: string;
}

const en: UiStrings = {
  siteTitle: 'The Zoom Tiananmen Case',
  siteTagline: 'a sourced explainer',
  titleTagline: (title, tagline) => `${title}: ${tagline}`,
  pageTitle: (page, site) => `${page} — ${site}`,
  skipLink: 'Skip to content',
  mainNav: 'Main',
  nav: {
    '/case/': 'The case',
    '/laws/': 'Laws',
    '/corporate-responses/': 'Corporate responses',
    '/related-cases/': 'Related cases',
    '/timeline/': 'Timeline',
    '/people/': 'People',
    '/sources/': 'Sources',
    '/search/': 'Search',
    '/about/': 'About',
  },
  footerBefore: 'Every statement cites one of ',
  footerSources: 'five source texts',
  footerAfter: ', and the build checks each quotation against its source word for word. The accused has been charged, not convicted.',
  footerDownloadBefore: 'To read offline or pass on: ',
  footerDownload: 'download the site',
  footerDownloadAfter: ' as one HTML file, PDF, EPUB, ZIM or ZIP.',
  notes: 'Notes',
  note: 'Note',
  showNotes: (count) => `Show the ${count} notes`,
  hideNotes: 'Hide the notes',
  seePassage: (n) => `see passage ${n} in the source`,
  backToText: (note) => `Back to the text (note ${note})`,
  backToCitation: (letter, note) => `Back to citation ${letter} of note ${note}`,
  onThisPage: 'On this page',
  keyFacts: 'Key facts',
  contents: 'Contents',
  linkToSection: (label) => `Link to this section: ${label}`,
  cite: 'Cite',
  citeSection: (label) => ` this section: ${label}`,
  updated: 'Updated',
  previous: 'Previous',
  next: 'Next',
  previousNext: 'Previous and next page',
  languages: 'This page in other languages',
  searchLabel: 'Search the explainer',
  searchPlaceholder: 'Search',
  searchButton: 'Search',
  menu: 'Menu',
  theme: 'Theme',
  themeChoices: { auto: 'Auto', light: 'Light', dark: 'Dark' },
  backToTop: 'Back to top',
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  copyParagraph: 'Copy link to this paragraph',
  quoteOpen: '“',
  quoteClose: '”',
  ourTranslation: 'our translation',
  original: 'original',
  staleNotice: 'The English text of this section has changed since it was translated.',
  staleEnglish: 'Read the current English',
  translationNote: '',
  translationNoteEnglish: '',
  cardTagline: 'A sourced explainer: every quotation checked against its source',
  feedTitle: 'The Zoom Tiananmen Case: updates',
  date: formatDate,
  published: 'Published',
  lastUpdated: '; last updated',
  fullStop: '.',
  citeThisPage: 'Cite this page',
  citeNote: (site) =>
    `Citations of ${site}. Add the date you read the page where your style asks for it. To cite one section or source passage, use the address of the “#” link beside its heading.`,
  citeDialog: EN_CITE_DIALOG,
  bilingual: '',
  bilingualTitle: (title) => title,
  bilingualNote: '',
  chineseOnly: '',
  englishOriginal: '',
  timelineTitle: 'Timeline',
  timelineDescription:
    'Every dated event in the five sources on the Zoom Tiananmen case, from 1989 to the December 2020 charges, each with its source.',
  timelineLede:
    'Every dated event the sources give, in order. A date is shown only as precisely as the sources give it; where a year is read from context rather than stated, the entry says so.',
  partialDate: formatPartialDate,
  dateKnownTo: (precision) => `Date known to the ${precision} only. `,
  coveredIn: 'Covered in ',
  sectionLabel: (page, heading) => `${page}: ${heading}`,
  peopleTitle: 'People and organizations',
  peopleDescription:
    'Who is who in the Zoom Tiananmen case: the accused, U.S. officials, activists, companies and Chinese and U.S. agencies, as the sources describe them.',
  peopleLede: 'Everyone the sources name who matters to the case, as the sources describe them, with the other spellings they use.',
  peopleGroups: GROUP_TITLES,
  organization: ' (organization)',
  alsoWrittenAs: 'Also written as: ',
  listSeparator: '; ',
};

const zhHans: UiStrings = {
  siteTitle: 'Zoom 天安门案',
  siteTagline: '注明出处的解读',
  titleTagline: (title, tagline) => `${title}：${tagline}`,
  pageTitle: (page, site) => `${page} — ${site}`,
  skipLink: '跳到正文',
  mainNav: '主导航',
  nav: {
    '/case/': '案件',
    '/laws/': '法律',
    '/corporate-responses/': '企业回应',
    '/related-cases/': '相关案例',
    '/timeline/': '时间线',
    '/people/': '人物与机构',
    '/sources/': '资料来源',
    '/search/': '搜索',
    '/about/': '关于本站',
  },
  footerBefore: '本站每一项陈述都引用',
  footerSources: '五篇英文原始资料',
  footerAfter: '之一，网站构建时逐字核对每一处引文。被告已被起诉，但未被定罪。',
  footerDownloadBefore: '如需离线阅读或转发：',
  footerDownload: '下载本站',
  footerDownloadAfter: '（HTML 单文件、PDF、EPUB、ZIM 或 ZIP，目前为英文版）。',
  notes: '注释',
  note: '注释',
  showNotes: (count) => `显示全部 ${count} 条注释`,
  hideNotes: '收起注释',
  seePassage: (n) => `见原文第 ${n} 段`,
  backToText: (note) => `返回正文（注释 ${note}）`,
  backToCitation: (letter, note) => `返回注释 ${note} 的引用 ${letter}`,
  onThisPage: '本页目录',
  keyFacts: '要点',
  contents: '目录',
  linkToSection: (label) => `本节链接：${label}`,
  cite: '引用',
  citeSection: (label) => `本节：${label}`,
  updated: '更新于',
  previous: '上一页',
  next: '下一页',
  previousNext: '上一页和下一页',
  languages: '本页的其他语言版本',
  searchLabel: '搜索本站',
  searchPlaceholder: '搜索',
  searchButton: '搜索',
  menu: '菜单',
  theme: '配色',
  themeChoices: { auto: '自动', light: '浅色', dark: '深色' },
  backToTop: '回到顶部',
  breadcrumb: '路径',
  home: '首页',
  copyParagraph: '复制本段链接',
  quoteOpen: '“',
  quoteClose: '”',
  ourTranslation: '本站译文',
  original: '原文',
  staleNotice: '本节的英文原文在翻译之后有所修改，以下译文可能已经过时。',
  staleEnglish: '阅读最新的英文版',
  translationNote: '本页是本站对英文页面的翻译。注释中的引文保留英文原文，并已在构建时与资料逐字核对；英文引文为准。',
  translationNoteEnglish: '阅读英文原页',
  cardTagline: '注明出处的解读：每一处引文都已与出处核对',
  feedTitle: 'Zoom 天安门案：更新',
  date: (iso) => {
    const { year, month, day } = isoDateParts(iso);
    return `${year}年${month}月${day}日`;
  },
  published: '发布于',
  lastUpdated: '；最近更新于',
  fullStop: '。',
  citeThisPage: '引用本页',
  citeNote: (site) =>
    `${site}的引用格式。GB/T 7714 格式中，方括号内的日期为引用日期；若您的格式要求注明阅读日期，请自行补充。如需引用某一节或资料中的某一段，请使用其标题旁 # 链接的地址。`,
  citeDialog: {
    close: '关闭',
    copy: '复制 {format}',
    copied: '已复制',
    copiedStatus: '已复制 {format} 格式的引用。',
    blockedStatus: '无法自动复制。{format} 格式的引用已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。',
    section: '引用本节：{title}',
  },
  bilingual: '中英对照',
  bilingualTitle: (title) => `${title}（中英对照）`,
  bilingualNote:
    '本页逐段对照显示本站的中文译文和英文原文：每段中文之后是它所翻译的英文。引用标记和注释只随中文段落出现，英文段落引用的资料相同。',
  chineseOnly: '只看中文',
  englishOriginal: '英文原文：',
  timelineTitle: '时间线',
  timelineDescription: '五篇资料中有关 Zoom 天安门案的每一个有日期的事件，从 1989 年到 2020 年 12 月的指控，每一项都注明出处。',
  timelineLede:
    '资料给出的每一个有日期的事件，按时间排列。日期只按资料给出的精确程度显示；年份若是从上下文推断而不是资料明言的，条目会加以说明。',
  partialDate: (date) => {
    const precision = datePrecision(date);
    if (precision === 'year') return `${date}年`;
    if (precision === 'month') return `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月`;
    const { year, month, day } = isoDateParts(date);
    return `${year}年${month}月${day}日`;
  },
  dateKnownTo: (precision) => (precision === 'year' ? '日期只知道年份。' : '日期只知道年份和月份。'),
  coveredIn: '详见',
  sectionLabel: (page, heading) => `${page}：${heading}`,
  peopleTitle: '人物与机构',
  peopleDescription: 'Zoom 天安门案中的各方：被告、美国官员、活动人士、公司，以及中美两国的机构，均按资料的描述。',
  peopleLede: '资料提到的、与本案有关的每一个人和机构，按资料的描述，并附上资料使用的其他拼写。',
  peopleGroups: {
    accused: '被告',
    officials: '美国官员',
    activists: '活动人士与批评者',
    companies: '公司及其人员',
    agencies: '政府部门与机构',
    others: '其他',
  },
  organization: '（机构）',
  alsoWrittenAs: '其他写法：',
  listSeparator: '；',
};

/** The strings of an edition; Traditional comes from Simplified through `toTraditional`. */
export function uiStrings(edition: Edition, toTraditional: (text: string) => string): UiStrings {
  if (edition === 'en') return en;
  if (edition === 'zh-hans') return zhHans;
  return convertStrings(zhHans, toTraditional);
}

/**
 * Converts every string of a table, and the strings each function returns. Traditional Chinese
 * takes 「」 for quotation marks where Simplified takes “”: the marks are set here, not converted.
 */
export function convertStrings(table: UiStrings, convert: (text: string) => string): UiStrings {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(table)) {
    if (typeof value === 'string') out[key] = convert(value);
    else if (typeof value === 'function') out[key] = (...args: unknown[]) => convert((value as (...a: unknown[]) => string)(...args));
    else out[key] = Object.fromEntries(Object.entries(value as Record<string, string>).map(([k, v]) => [k, convert(v)]));
  }
  return { ...(out as unknown as UiStrings), quoteOpen: '「', quoteClose: '」' };
}
