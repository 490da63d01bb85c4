/**
 * The downloadable editions (issue: offline readers, hand-passed copies): what each file is, its
 * name under /download/, and the list on /about/#download. The list is rendered twice by the same
 * function: by the build, which cannot know the files' sizes and says the copy has no downloads
 * yet, and by `npm run editions`, which replaces it in dist/about/index.html with links and sizes.
 */

/** The one name every download shares; the extension tells the formats apart. */
export const EDITION_BASENAME = 'zoom-tiananmen-case';

/** The folder of the downloads, under the site's base path. */
export const DOWNLOADS_DIR = 'download';

/** One downloadable edition. */
export interface Download {
  /** A short key, also the file's extension. */
  readonly id: 'zip' | 'html' | 'epub' | 'zim' | 'pdf';
  /** The file name under /download/. */
  readonly file: string;
  /** What the link says. */
  readonly title: string;
  /** One sentence on what the file is for; plain text. */
  readonly use: string;
}

/** Every edition, in the order the about page lists them. */
export const DOWNLOADS: readonly Download[] = [
  {
    id: 'html',
    file: `${EDITION_BASENAME}.html`,
    title: 'The whole explainer as one HTML file',
    use: 'every page in reading order with its notes and the cited passages, in one file with no scripts that opens in any browser, also offline, and can be passed on through a messaging app.',
  },
  {
    id: 'pdf',
    file: `${EDITION_BASENAME}.pdf`,
    title: 'PDF',
    use: 'the one-file edition printed on A4 paper.',
  },
  {
    id: 'epub',
    file: `${EDITION_BASENAME}.epub`,
    title: 'EPUB e-book',
    use: 'for e-book readers; the notes are footnotes.',
  },
  {
    id: 'zim',
    file: `${EDITION_BASENAME}.zim`,
    title: 'ZIM file for Kiwix',
    use: 'for the Kiwix offline reader.',
  },
  {
    id: 'zip',
    file: `${EDITION_BASENAME}.zip`,
    title: 'The whole site as a ZIP',
    use: 'every file of this site, for any static host or a local web server, with a SHA256SUMS file listing the checksum of every file.',
  },
];

/**
 * The list's words in English; a Chinese page passes its edition's (src/lib/i18n/strings.ts).
 * `{sums}` and `{command}` in `sums` become the checksum file's link and the command.
 */
export const EN_DOWNLOAD_WORDS = {
  titles: Object.fromEntries(DOWNLOADS.map((d) => [d.id, d.title])) as Record<Download['id'], string>,
  uses: Object.fromEntries(DOWNLOADS.map((d) => [d.id, d.use])) as Record<Download['id'], string>,
  /** What the downloads hold, when that is not the page's own edition; empty in English. */
  language: '',
  /** After a linked title: its size (`{size}`), then what stands before the file's use. */
  size: ' ({size})',
  colon: ': ',
  ready: 'Each file is made from the same build as the pages you are reading.',
  none: 'This copy of the site was built without its downloads, so none of the files below is here.',
  sums:
    '{sums} lists the SHA-256 checksum of every file of the site; the ZIP holds the same list. ' +
    'To check a copy against this build, run {command} in the folder the ZIP unpacks to, or in a copy of the site with this file beside it: ' +
    'it names any file that is missing or differs. The site builds reproducibly, so the same sources give the same files.',
};

export type DownloadWords = typeof EN_DOWNLOAD_WORDS;

/** The attribute that carries a page's download words (JSON) for `npm run editions`, when they are not English. */
export const DOWNLOAD_WORDS_MARK = 'data-download-words';

/** The file that lists the SHA-256 of every file of the site (not of the downloads). */
export const SUMS_FILE = 'SHA256SUMS';

/** The attribute that marks the list on the about page, for `npm run editions` to replace. */
export const DOWNLOADS_MARK = 'data-downloads';

/** Sizes of the built downloads in bytes, by id. */
export type DownloadSizes = Readonly<Partial<Record<Download['id'], number>>>;

/**
 * A size as the about page prints it: "812 KB", "2.3 MB" (powers of 1000, as file managers on
 * phones show them). Rounded coarsely on purpose: the ZIP holds the about page that states the
 * ZIP's size, and a coarse figure lets that converge (see scripts/editions.ts).
 */
export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`formatSize: not a size: ${bytes}`);
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The download list for /about/#download, marked with DOWNLOADS_MARK. Without sizes (the build, before
 * `npm run editions` has made the files) it names the editions without links and says this copy has
 * none, which is then true; with sizes, each edition is a link with its size, and the checksum file follows.
 * `hrefOf` turns a file name into its link (the base path and /download/). `words` are the page's
 * edition's (English by default); other than English, they are kept on the list as JSON
 * (DOWNLOAD_WORDS_MARK), so `npm run editions` writes the list again in the same words.
 */
export function downloadListHtml(
  sizes: DownloadSizes | undefined,
  hrefOf: (file: string) => string,
  words: DownloadWords = EN_DOWNLOAD_WORDS,
): string {
  const items = DOWNLOADS.map((d) => {
    const size = sizes?.[d.id];
    if (sizes && size === undefined) throw new Error(`downloadListHtml: no size for the ${d.id} download (${d.file}).`);
    const title = escape(words.titles[d.id]);
    const name =
      size === undefined
        ? title
        : `<a href="${escape(hrefOf(d.file))}" download>${title}</a>${escape(words.size.replace('{size}', formatSize(size)))}`;
    return `<li>${name}${escape(words.colon)}${escape(words.uses[d.id])}</li>`;
  });
  const language = words.language ? `<p>${escape(words.language)}</p>` : '';
  const lead = `<p>${escape(sizes ? words.ready : words.none)}</p>`;
  const sums = sizes
    ? `<p>${escape(words.sums)
        .replace('{sums}', `<a href="${escape(hrefOf(SUMS_FILE))}">${SUMS_FILE}</a>`)
        .replace('{command}', '<code>sha256sum -c SHA256SUMS</code>')}</p>`
    : '';
  const mark = words === EN_DOWNLOAD_WORDS ? DOWNLOADS_MARK : `${DOWNLOADS_MARK} ${DOWNLOAD_WORDS_MARK}="${escape(JSON.stringify(words))}"`;
  return `<div ${mark}>${language}${lead}<ul>${items.join('')}</ul>${sums}</div>`;
}

/** The words a built page's download list was written in (DOWNLOAD_WORDS_MARK), or English. */
export function downloadWordsOf(html: string): DownloadWords {
  const found = new RegExp(`<div ${DOWNLOADS_MARK} ${DOWNLOAD_WORDS_MARK}="([^"]*)"`).exec(html);
  if (!found?.[1]) return EN_DOWNLOAD_WORDS;
  const json = found[1]
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return JSON.parse(json) as DownloadWords;
}

/** `html` with its download list (the element marked DOWNLOADS_MARK) replaced by `list`. Throws if there is not exactly one. */
export function replaceDownloadList(html: string, list: string): string {
  const open = `<div ${DOWNLOADS_MARK}`;
  const start = html.indexOf(open);
  if (start === -1 || html.indexOf(open, start + 1) !== -1) {
    throw new Error(`replaceDownloadList: expected one <div ${DOWNLOADS_MARK}> in the page, found ${start === -1 ? 'none' : 'several'}.`);
  }
  // The list holds no nested <div>, so its first </div> closes it.
  const end = html.indexOf('</div>', start);
  return html.slice(0, start) + list + html.slice(end + '</div>'.length);
}
