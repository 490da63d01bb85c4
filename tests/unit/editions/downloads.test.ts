import { describe, expect, it } from 'vitest';
import {
  DOWNLOADS,
  downloadListHtml,
  downloadWordsOf,
  EN_DOWNLOAD_WORDS,
  formatSize,
  replaceDownloadList,
} from '../../../src/lib/editions/downloads';
import { uiStrings } from '../../../src/lib/i18n/strings';

const sizes = { zip: 1_245_088, html: 660_886, epub: 135_661, zim: 159_880, pdf: 3_141_855 };

describe('formatSize', () => {
  it('prints bytes, KB and MB in powers of 1000', () => {
    expect(formatSize(999)).toBe('999 bytes');
    expect(formatSize(660_886)).toBe('661 KB');
    expect(formatSize(3_141_855)).toBe('3.1 MB');
  });
  it('rejects what is not a size', () => {
    expect(() => formatSize(-1)).toThrow(/not a size/);
    expect(() => formatSize(Number.NaN)).toThrow(/not a size/);
  });
});

describe('downloadListHtml', () => {
  it('without sizes names every edition without a link and says this copy has none', () => {
    const html = downloadListHtml(undefined, (f) => `/download/${f}`);
    expect(html).not.toContain('<a ');
    expect(html).toContain('built without its downloads');
    for (const d of DOWNLOADS) expect(html).toContain(d.title);
  });
  it('with sizes links every edition under the base path, with its size, and the checksum list', () => {
    const html = downloadListHtml(sizes, (f) => `/explainer/download/${f}`);
    expect(html).toContain('<a href="/explainer/download/zoom-tiananmen-case.epub" download>EPUB e-book</a> (136 KB)');
    expect(html).toContain('(1.2 MB)');
    expect(html).toContain('<a href="/explainer/download/SHA256SUMS">SHA256SUMS</a>');
    expect(html).toContain('sha256sum -c SHA256SUMS');
    expect(html.match(/ download>/g)).toHaveLength(DOWNLOADS.length);
  });
  it('refuses a list with a size missing rather than print a wrong one', () => {
    expect(() => downloadListHtml({ html: 1 }, (f) => f)).toThrow(/no size for the pdf download/);
  });
});

describe('replaceDownloadList', () => {
  const page = `<main><div class="downloads">${downloadListHtml(undefined, (f) => f)}</div><p>after</p></main>`;
  it('replaces the marked list, and only it', () => {
    const out = replaceDownloadList(
      page,
      downloadListHtml(sizes, (f) => `/download/${f}`),
    );
    expect(out).toContain('(661 KB)');
    expect(out).not.toContain('built without');
    expect(out.endsWith('</div><p>after</p></main>')).toBe(true);
  });
  it('can run again on its own output (npm run editions twice)', () => {
    const once = replaceDownloadList(
      page,
      downloadListHtml(sizes, (f) => f),
    );
    expect(
      replaceDownloadList(
        once,
        downloadListHtml({ ...sizes, zip: 2_000_000 }, (f) => f),
      ),
    ).toContain('(2.0 MB)');
  });
  it('fails on a page without the list', () => {
    expect(() => replaceDownloadList('<main></main>', '')).toThrow(/found none/);
  });
});

describe('a download list in another language', () => {
  const zh = uiStrings('zh-hans', (t) => t).downloads;

  it('is written in its words, says what the downloads hold, and keeps its words for `npm run editions`', () => {
    const built = `<main><div class="downloads">${downloadListHtml(undefined, (f) => f, zh)}</div><p>after</p></main>`;
    expect(built).toContain('<p>HTML 文件、PDF、EPUB 和 ZIM 文件收录的是本站的英文版；');
    expect(built).toContain(zh.none);
    expect(built).not.toContain(EN_DOWNLOAD_WORDS.none);
    expect(downloadWordsOf(built)).toEqual(zh);
    const done = replaceDownloadList(
      built,
      downloadListHtml(sizes, (f) => `../../download/${f}`, downloadWordsOf(built)),
    );
    expect(done).toContain(
      '<a href="../../download/zoom-tiananmen-case.epub" download>EPUB 电子书</a>（136 KB）：供电子书阅读器使用；注释为脚注。</li>',
    );
    expect(done).toContain('<a href="../../download/SHA256SUMS">SHA256SUMS</a> 列出本站每一个文件的 SHA-256 校验和');
    expect(done).toContain('运行 <code>sha256sum -c SHA256SUMS</code>：');
    expect(done).toContain('<p>after</p>');
    expect(downloadWordsOf(done)).toEqual(zh);
  });

  it('is English, without words of its own, by default', () => {
    const html = downloadListHtml(undefined, (f) => f);
    expect(html.startsWith('<div data-downloads>')).toBe(true);
    expect(downloadWordsOf(html)).toBe(EN_DOWNLOAD_WORDS);
  });
});
