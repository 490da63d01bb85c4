/**
 * The interface's words in each edition: the header, the footer, the notes, the contents, the
 * heading controls, the language switcher and the translation's own labels. English is the site's
 * text as it always was; Simplified Chinese is written here; Traditional Chinese is converted from
 * the Simplified at build time (ui.node.ts), like the pages, so the two never drift apart.
 */
import { datePrecision, formatDate, formatPartialDate, isoDateParts } from '../dates';
import { EN_CITE_DIALOG, type CiteDialogWords } from './cite-words';
import { EN_SEARCH_WORDS, type SearchWords } from './search-words';
import { EN_DOWNLOAD_WORDS, type DownloadWords } from '../editions/downloads';
import { LINK_ADDRESSES } from '../editions/endnotes';
import { EN_OFFLINE_WORDS, type OfflineWords } from './offline-words';
import { EN_PREVIEW_WORDS, type PreviewWords } from './preview-words';
import type { Edition } from './editions';
import { GROUP_TITLES, PEOPLE_GROUPS } from '../people';
import { ENGLISH_GRAPHIC_WORDS, type GraphicWords } from '../timeline-graphic';

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
  /** The title of the numbered list of link addresses a printed page ends with. */
  linkAddresses: string;
  note: string;
  showNotes: (count: number) => string;
  hideNotes: string;
  seePassage: (number: string) => string;
  /** The label of the site's Chinese rendering of a cited English sentence (empty in English, which needs none). */
  siteTranslation: string;
  /** Shown instead of the rendering while a cited sentence has none yet (passages.ts). */
  renderingMissing: string;
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
  /** The words the search scripts write around the results (search-words.ts); `{…}` filled in by the browser. */
  searchWords: SearchWords;
  /** The search page (/search/). */
  searchTitle: string;
  searchDescription: string;
  searchFieldLabel: string;
  searchFilters: string;
  searchTopic: string;
  searchSource: string;
  searchNoJs: string;
  searching: string;
  searchShowMore: string;
  searchResultsLabel: string;
  searchSiteIndex: string;
  /** What to try when a search finds nothing (SearchSuggestions.astro). */
  suggestNames: string;
  suggestNamesLabel: string;
  suggestTopics: string;
  suggestTopicsLabel: string;
  suggestSearchName: string;
  suggestReadTopic: string;
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
  /** The offline controls (OfflineControls.astro): the buttons, the progress bar's label, and the script's messages. */
  offlineSave: (size: string) => string;
  offlineRemove: string;
  offlineProgress: string;
  offlineWords: OfflineWords;
  /** The citation previews' words (preview-words.ts). */
  previewWords: PreviewWords;
  /** The list of changes (ChangeList.astro): how many pages an entry touched, and the link to the feed. */
  changedPages: (count: number) => string;
  changesFeedBefore: string;
  changesFeed: string;
  changesFeedAfter: string;
  /** After changesFeedAfter on a Chinese page: the English feed, which lists every change. */
  changesFeedEnglish: string;
  changesFeedEnd: string;
  /** The download list (Downloads.astro, and `npm run editions`, which writes it again with the sizes). */
  downloads: DownloadWords;
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
  /** A source passage's heading controls ("¶" and "Cite" name the passage, not a section). */
  linkToPassage: (label: string) => string;
  citePassage: (label: string) => string;
  /** The source list (/sources/) and a source's page (/sources/<slug>/). */
  sources: Readonly<Record<SourceWord, string>>;
  /** The kinds of source text (content/sources.json `kind`). */
  sourceKinds: Readonly<Record<string, string>>;
  /** The headings of the kinds of difference between the sources, by group id. */
  differenceGroups: Readonly<Record<string, string>>;
  citedTimes: (count: number) => string;
  sourceDescription: (summary: string) => string;
  passagesCited: (cited: number, total: number) => string;
  /** A passage's heading before its first words: the outlet, the date, the paragraph's number. */
  passageLabel: (name: string, date: string | null, paragraph: number) => string;
  /** The chain figure (Chain.astro): its caption's title (the figure's name). */
  chainTitle: string;
  /** On a Chinese page: the notice on the chain figure when its English changed after it was translated. */
  chainStale: string;
  /** The timeline graphic (TimelineGraphic.astro): the drawing's words (month and year labels, a dot's tooltip). */
  graphicWords: GraphicWords;
  /** Its caption: what it shows, then that the list below tells each event, or that the timeline does (around the link). */
  graphicCaption: (from: number, to: number) => string;
  graphicBelow: string;
  graphicLinkBefore: string;
  graphicLink: string;
  graphicLinkAfter: string;
}

/** The words of the source pages. */
export type SourceWord =
  | 'title'
  | 'description'
  | 'lede'
  | 'outletNotNamed'
  | 'dateNotGiven'
  | 'differences'
  | 'differencesIntro'
  | 'differencesEnglish'
  | 'outlet'
  | 'headline'
  | 'date'
  | 'kind'
  | 'theText'
  | 'notNamed'
  | 'notGiven'
  | 'textKeptBefore'
  | 'textKeptMiddle'
  | 'textKeptAfter'
  | 'reliability'
  | 'citedPassages'
  | 'citedPassagesEnglish'
  | 'citedIn'
  | 'translationNote'
  | 'staleNotice';

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
  linkAddresses: LINK_ADDRESSES,
  note: 'Note',
  showNotes: (count) => `Show the ${count} notes`,
  hideNotes: 'Hide the notes',
  seePassage: (n) => `see passage ${n} in the source`,
  siteTranslation: '',
  renderingMissing: '',
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
  searchWords: EN_SEARCH_WORDS,
  searchTitle: 'Search',
  searchDescription:
    'Search the sourced explainer of the Zoom Tiananmen case for a name, an agency, a number or a phrase, and go straight to the section.',
  searchFieldLabel: 'A name, an agency, a number or a phrase',
  searchFilters: 'Filter by topic or source',
  searchTopic: 'Topic',
  searchSource: 'Cites the source',
  searchNoJs:
    'Search needs JavaScript. Where it is off or blocked, every page and section of the site is listed below, and your browser’s find in page (Ctrl-F, or ⌘-F on a Mac) searches the list.',
  searching: 'Searching…',
  searchShowMore: 'Show more results',
  searchResultsLabel: 'Search results',
  searchSiteIndex: 'Every page and section',
  suggestNames: 'Names',
  suggestNamesLabel: 'Names to search for',
  suggestTopics: 'Topics',
  suggestTopicsLabel: 'Topics to read',
  suggestSearchName: 'Search for a name:',
  suggestReadTopic: 'Or read a topic:',
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
  offlineSave: (size) => `Save the whole site for offline reading (${size})`,
  offlineRemove: 'Remove the saved copy',
  offlineProgress: 'Saving for offline reading',
  offlineWords: EN_OFFLINE_WORDS,
  previewWords: EN_PREVIEW_WORDS,
  changedPages: (count) => `(${count} page${count === 1 ? '' : 's'})`,
  changesFeedBefore: 'Follow changes with the ',
  changesFeed: 'Atom feed',
  changesFeedAfter: '.',
  changesFeedEnglish: '',
  changesFeedEnd: '',
  downloads: EN_DOWNLOAD_WORDS,
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
  linkToPassage: (label) => `Link to this passage: ${label}`,
  citePassage: (label) => `this passage: ${label}`,
  sources: {
    title: 'Sources',
    description:
      'The five source texts behind every statement on this site: what each is, who published it, when, how far to trust it, and where they differ.',
    lede: 'Every statement on this site cites one of five texts. Each is kept byte for byte as received, and the build checks every quotation against it. Here is what each text is, as far as the text itself shows.',
    outletNotNamed: 'outlet not named',
    dateNotGiven: 'date not given',
    differences: 'Where the sources differ',
    differencesIntro:
      'The five texts do not always agree, and some garble names or carry material that has nothing to do with the case. Each difference is set out below with every version cited; this site does not pick a side the sources do not settle.',
    differencesEnglish: '',
    outlet: 'Outlet',
    headline: 'Headline',
    date: 'Date',
    kind: 'Kind',
    theText: 'The text',
    notNamed: 'Not named in the text',
    notGiven: 'Not given.',
    textKeptBefore: 'Kept exactly as this site received it, in the file ',
    textKeptMiddle: ', whose SHA-256 checksum is ',
    textKeptAfter: '. The site is not built if a single byte of it changes.',
    reliability: 'Reliability',
    citedPassages: 'Passages this site cites',
    citedPassagesEnglish: '',
    citedIn: 'Cited in:',
    translationNote: '',
    staleNotice: '',
  },
  sourceKinds: {},
  differenceGroups: {},
  citedTimes: (count) => `cited ${count} times`,
  sourceDescription: (summary) => `What this source is and every passage of it that the explainer cites: ${summary}`.slice(0, 215),
  passagesCited: (cited, total) =>
    `${cited} of the text’s ${total} paragraphs are cited. Each is shown with the cited words marked; a long paragraph is cut to the cited sentences. The rest of the text is not reproduced here. Paragraphs (¶) are numbered as the text was received, one for each line of text, any date line or headline included.`,
  passageLabel: (name, date, paragraph) => `${name}${date ? `, ${date}` : ''}, ¶ ${paragraph}: `,
  chainTitle: 'The alleged chain of requests, step by step, as the sources describe it',
  chainStale: '',
  graphicWords: ENGLISH_GRAPHIC_WORDS,
  graphicCaption: (from, to) => `The events of ${from} and ${to} that the sources date to the month or the day, one dot each, by month.`,
  graphicBelow: 'The list below gives every event, with its sources.',
  graphicLinkBefore: 'Each is told, with its sources, on the ',
  graphicLink: 'timeline',
  graphicLinkAfter: '.',
};

/** A date only as precisely as the sources give it, in Chinese: 2020年, 2020年6月, 2020年6月3日. */
function zhPartialDate(date: string): string {
  const precision = datePrecision(date);
  if (precision === 'year') return `${date}年`;
  if (precision === 'month') return `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月`;
  const { year, month, day } = isoDateParts(date);
  return `${year}年${month}月${day}日`;
}

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
  footerSources: '五篇原始资料',
  footerAfter: '之一，网站构建时会将每一处引文与其资料逐字核对。被告已被起诉，但未被定罪。',
  footerDownloadBefore: '如需离线阅读或转发：',
  footerDownload: '下载本站',
  footerDownloadAfter: '（HTML 单文件、PDF、EPUB、ZIM 或 ZIP）。',
  notes: '注释',
  linkAddresses: '链接地址',
  note: '注释',
  showNotes: (count) => `显示全部 ${count} 条注释`,
  hideNotes: '收起注释',
  seePassage: (n) => `见资料第 ${n} 段`,
  siteTranslation: '本站译文',
  renderingMissing: '本站尚未将这段引文译成中文。',
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
  searchWords: {
    count: { one: '{n} 个页面相符', other: '{n} 个页面相符' },
    statusFor: '{q}：{count}。最相关的章节在前。',
    statusForFiltered: '{q}（按所选筛选条件）：{count}。最相关的章节在前。',
    statusFilters: '所选筛选条件：{count}。最相关的章节在前。',
    noneFor: '没有与{q}相符的结果。',
    noneForFiltered: '按所选筛选条件，没有与{q}相符的结果。',
    noneForFilters: '没有符合所选筛选条件的页面。',
    countSaid: '{count}。',
    showingFor: '显示的是{to}的结果。',
    correction: '显示的是{to}的结果。改为搜索{from}。',
    alsoSearched: '同时搜索了：{words}。',
    wordJoin: '、',
    tooShort: '请至少输入一个汉字或两个字母。',
    failed: '搜索无法加载。',
    failedPage: '搜索无法加载。下面列出本站的每一页和每一节。',
    moreFailed: '更多结果无法加载。',
    source: '资料',
    chosen: '（已选 {n} 项）',
    summaryFor: '{q}：{count}',
    summaryInstead: '（显示的是这个词的结果，而不是{from}）',
    noneTry: '没有与{q}相符的结果。可以试试：',
    seeAll: '在搜索页查看全部结果',
    tryPage: '改用搜索页',
    listed: { one: '列出 1 节。', other: '列出 {n} 节。' },
    close: '关闭',
    quoteOpen: '“',
    quoteClose: '”',
  },
  searchTitle: '搜索',
  searchDescription: '在这份注明出处的 Zoom 天安门案解读中搜索人名、机构、数字或词句，直接跳到相关的一节。',
  searchFieldLabel: '人名、机构、数字或词句',
  searchFilters: '按主题或资料筛选',
  searchTopic: '主题',
  searchSource: '引用的资料',
  searchNoJs:
    '搜索需要 JavaScript。JavaScript 关闭或被拦截时，下面列出本站的每一页和每一节，可用浏览器的页内查找（Ctrl-F，Mac 上按 ⌘-F）搜索这份列表。',
  searching: '正在搜索…',
  searchShowMore: '显示更多结果',
  searchResultsLabel: '搜索结果',
  searchSiteIndex: '每一页和每一节',
  suggestNames: '人名',
  suggestNamesLabel: '可以搜索的人名',
  suggestTopics: '主题',
  suggestTopicsLabel: '可以阅读的主题',
  suggestSearchName: '搜索一个人名：',
  suggestReadTopic: '或阅读一个主题：',
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
  staleNotice: '本节的英文原文在翻译之后有所修改。',
  staleEnglish: '阅读最新的英文版',
  translationNote: '本页是本站对英文页面的翻译。注释中的引文保留英文原文，并已在构建时与资料逐字核对；以英文引文为准。',
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
  offlineSave: (size) => `保存整个网站以供离线阅读（${size}）`,
  offlineRemove: '删除已保存的副本',
  offlineProgress: '正在保存以供离线阅读',
  previewWords: {
    preview: '{name} 的预览',
    theNote: '注释',
    noDate: '未注明日期',
    goToNote: '转到注释 {note}',
  },
  offlineWords: {
    saving: '正在保存……',
    progress: '正在保存：{totalFiles} 个文件中的 {files} 个，{totalBytes} 中的 {bytes}……',
    saved: '整个网站及其搜索功能已保存在此设备上。网站更新时，副本会自动更新。',
    kept: '您打开过的页面的 {files} 个文件已保存在此设备上，可供离线阅读。',
    failed: '保存已中断（{reason}）。已保存的内容会保留；请在网络连接较好时再试。',
    noConnection: '没有网络连接',
    unsupported: '此浏览器无法在这里保存本站的副本。',
    removed: '副本已从此设备上删除。在您再次保存本站之前，页面不会被保存。',
  },
  changedPages: (count) => `（${count} 个页面）`,
  changesFeedBefore: '可通过',
  changesFeed: 'Atom 订阅源',
  changesFeedAfter: '关注中文版页面的更新；本站的全部更新见',
  changesFeedEnglish: '英文订阅源',
  changesFeedEnd: '。',
  downloads: {
    titles: {
      html: '整个解读的 HTML 单文件',
      pdf: 'PDF',
      epub: 'EPUB 电子书',
      zim: '供 Kiwix 使用的 ZIM 文件',
      zip: '整个网站的 ZIP 压缩包',
    },
    uses: {
      html: '按阅读顺序收录每一个页面及其注释和被引用的段落，合为一个不含脚本的文件，可在任何浏览器中打开（离线也可以），也可以通过即时通讯应用转发。',
      pdf: '打印在 A4 纸上的 HTML 单文件版。',
      epub: '供电子书阅读器使用；注释为脚注。',
      zim: '供 Kiwix 离线阅读器使用。',
      zip: '本站的每一个文件，可用于任何静态主机或本地网络服务器，附有一个列出每个文件校验和的 SHA256SUMS 文件。',
    },
    language: 'HTML 文件、PDF、EPUB 和 ZIM 文件收录的是本站的英文版；ZIP 压缩包包含本站的全部文件，中文页面也在其中。',
    size: '（{size}）',
    colon: '：',
    ready: '每个文件都与您正在阅读的页面出自同一次构建。',
    none: '本站的这个副本在构建时没有生成下载文件，因此下面的文件都不在这里。',
    sums: '{sums} 列出本站每一个文件的 SHA-256 校验和；ZIP 压缩包中也有同一份清单。如需将一个副本与此次构建核对，请在 ZIP 解压后的文件夹中，或在旁边放有此文件的本站副本中，运行 {command}：它会指出缺失或不同的任何文件。本站的构建是可复现的，因此同样的源文件会生成同样的文件。',
  },
  timelineTitle: '时间线',
  timelineDescription: '五篇资料中有关 Zoom 天安门案的每一个有日期的事件，从 1989 年到 2020 年 12 月的指控，每一项都注明出处。',
  timelineLede:
    '资料给出的每一个有日期的事件，按时间排列。日期只按资料给出的精确程度显示；年份若是从上下文推断而不是资料明言的，条目会加以说明。',
  partialDate: zhPartialDate,
  dateKnownTo: (precision) => (precision === 'year' ? '日期仅精确到年份。' : '日期仅精确到月份。'),
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
  linkToPassage: (label) => `本段链接：${label}`,
  citePassage: (label) => `本段：${label}`,
  sources: {
    title: '资料来源',
    description: '本站每一项陈述所依据的五篇资料：每篇是什么、由谁发表、何时发表、可信到什么程度，以及它们之间的分歧。',
    lede: '本站的每一项陈述都引用五篇资料之一。每篇都按收到时的原样逐字节保存，网站构建时会将每一处引文与之核对。以下说明每篇资料是什么，仅以资料本身所显示的为限。',
    outletNotNamed: '未注明媒体',
    dateNotGiven: '未注明日期',
    differences: '资料之间的分歧',
    differencesIntro:
      '这五篇资料并不总是一致，有些把名字写错，有些夹杂着与此案无关的内容。下面逐一列出每处分歧，并引用每一种说法；资料没有定论的地方，本站不偏向任何一方。',
    differencesEnglish: '各处分歧的说明尚未翻译，暂以英文显示；注释中的引文同样是英文原文。',
    outlet: '发表媒体',
    headline: '标题',
    date: '日期',
    kind: '类型',
    theText: '文本',
    notNamed: '文本中未注明',
    notGiven: '未注明。',
    textKeptBefore: '按本站收到时的原样保存在文件 ',
    textKeptMiddle: ' 中，其 SHA-256 校验值为 ',
    textKeptAfter: '。只要有一个字节改变，网站就不会构建。',
    reliability: '可靠性',
    citedPassages: '本站引用的段落',
    citedPassagesEnglish:
      '段落为资料的英文原文，与本站收到的文本一字不差，段落编号（#p1、#p2……）与英文页面相同。每段之后标为本站译文的，是本站对其中所引句子的中文翻译，以英文原文为准。',
    citedIn: '引用于：',
    translationNote: '本页是本站对英文页面的翻译：资料说明由本站译成中文，资料本身的文字保留英文原文。',
    staleNotice: '这篇资料的英文说明在翻译之后有所修改，以下中文说明可能已经过时。',
  },
  sourceKinds: {
    'news report': '新闻报道',
    'news analysis': '新闻分析',
    opinion: '评论文章',
    republication: '转载',
    translation: '译文',
  },
  differenceGroups: {
    disagreements: '资料说法不一之处',
    garbles: '写错的名字和术语',
    unrelated: '与此案无关的内容',
  },
  citedTimes: (count) => `被引用 ${count} 次`,
  sourceDescription: (summary) => `这篇资料是什么，以及本站引用的其中每一段：${summary}`.slice(0, 120),
  passagesCited: (cited, total) =>
    `在这篇文本的 ${total} 段中，本站引用了 ${cited} 段。每段都标出了被引用的文字；较长的段落只保留被引用的句子。文本的其余部分不在此处刊出。段落（¶）按收到的文本编号，每行文字算一段，日期行和标题也计算在内。`,
  passageLabel: (name, date, paragraph) => `${name}${date ? `，${date}` : ''}，第 ${paragraph} 段：`,
  chainTitle: '指控中的一连串要求，按资料的描述逐步列出',
  chainStale: '这幅图的英文原文在翻译之后有所修改。',
  graphicWords: {
    // Every other month: two-digit numbers (10, 11, 12) do not fit side by side in a month's column.
    month: (month) => (month % 2 === 1 ? String(month) : ''),
    year: (year) => zhPartialDate(String(year)),
    dot: (date, title) => `${zhPartialDate(date)}：${title}`,
  },
  graphicCaption: (from, to) => `资料给出的日期精确到月或日的 ${from} 年和 ${to} 年事件，每个事件一个圆点，按月份排列。`,
  graphicBelow: '下面的列表列出每一个事件及其出处。',
  graphicLinkBefore: '每个事件的经过及其出处见',
  graphicLink: '时间线',
  graphicLinkAfter: '。',
};

/** The strings of an edition; Traditional comes from Simplified through `toTraditional`. */
export function uiStrings(edition: Edition, toTraditional: (text: string) => string): UiStrings {
  if (edition === 'en') return en;
  if (edition === 'zh-hans') return zhHans;
  return convertStrings(zhHans, toTraditional);
}

/**
 * Converts every string of a table, the strings each function returns, and the strings of the
 * tables it holds (at any depth). Traditional Chinese takes 「」 for quotation marks where
 * Simplified takes “”: the marks are set here, not converted.
 */
export function convertStrings(table: UiStrings, convert: (text: string) => string): UiStrings {
  const out = convertValue(table, convert) as UiStrings;
  return { ...out, quoteOpen: '「', quoteClose: '」', searchWords: { ...out.searchWords, quoteOpen: '「', quoteClose: '」' } };
}

/** A string converted; a function's results converted; an object's values converted, at any depth. */
function convertValue(value: unknown, convert: (text: string) => string): unknown {
  if (typeof value === 'string') return convert(value);
  if (typeof value === 'function') return (...args: unknown[]) => convert((value as (...a: unknown[]) => string)(...args));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, convertValue(v, convert)]));
  return value;
}
