/**
 * The interface's words in each edition: the header, the footer, the notes, the contents, the
 * heading controls, the language switcher and the translation's own labels. English is the site's
 * text as it always was; Simplified Chinese is written here; Traditional Chinese is converted from
 * the Simplified at build time (ui.node.ts), like the pages, so the two never drift apart.
 */
import { formatDate, isoDateParts } from '../dates';
import { EN_CITE_DIALOG, type CiteDialogWords } from './cite-words';
import type { Edition } from './editions';

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
    `${cited} of the text's ${total} paragraphs are cited. Each is shown with the cited words marked; a long paragraph is cut to the cited sentences. The rest of the text is not reproduced here. Paragraphs (¶) are numbered as the text was received, one for each line of text, any date line or headline included.`,
  passageLabel: (name, date, paragraph) => `${name}${date ? `, ${date}` : ''}, ¶ ${paragraph}: `,
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
  linkToPassage: (label) => `本段链接：${label}`,
  citePassage: (label) => `本段：${label}`,
  sources: {
    title: '资料来源',
    description: '本站每一项陈述所依据的五篇英文资料：每篇是什么、由谁发表、何时发表、可信到什么程度，以及它们之间的分歧。',
    lede: '本站的每一项陈述都引用这五篇英文资料之一。每篇都按收到时的原样逐字节保存，网站构建时逐字核对每一处引文。以下说明每篇资料是什么，仅以资料本身所显示的为限。',
    outletNotNamed: '未注明媒体',
    dateNotGiven: '未注明日期',
    differences: '资料之间的分歧',
    differencesIntro:
      '这五篇资料并不总是一致，有些把名字写错，有些夹杂着与此案无关的内容。下面逐一列出每处分歧，并引用每一种说法；资料没有定论的地方，本站不选边。',
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
    citedPassagesEnglish: '段落为资料的英文原文，与本站收到的文本一字不差，段落编号（#p1、#p2……）与英文页面相同。',
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
  sourceDescription: (summary) => `这篇资料是什么，以及本站引用的它的每一段：${summary}`.slice(0, 120),
  passagesCited: (cited, total) =>
    `在这篇文本的 ${total} 段中，本站引用了 ${cited} 段。每段都标出了被引用的文字；较长的段落只保留被引用的句子。文本的其余部分不在此转载。段落（¶）按收到的文本编号，每行文字算一段，日期行和标题也计算在内。`,
  passageLabel: (name, date, paragraph) => `${name}${date ? `，${date}` : ''}，第 ${paragraph} 段：`,
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
