import { describe, expect, it } from 'vitest';
import { EN_PREVIEW_WORDS, readPreviewWords } from '../../../src/lib/i18n/preview-words';
import { uiStrings } from '../../../src/lib/i18n/strings';

describe('readPreviewWords', () => {
  it('reads the words a Chinese page writes, each over its English default', () => {
    const zh = uiStrings('zh-hans', (text) => text).previewWords;
    expect(readPreviewWords(JSON.stringify(zh))).toEqual(zh);
    expect(readPreviewWords(JSON.stringify({ noDate: '未注明日期' }))).toEqual({ ...EN_PREVIEW_WORDS, noDate: '未注明日期' });
  });

  it('falls back to English for a page that writes none, unreadable JSON, or words that are not text', () => {
    expect(readPreviewWords(undefined)).toEqual(EN_PREVIEW_WORDS);
    expect(readPreviewWords('{not json')).toEqual(EN_PREVIEW_WORDS);
    expect(readPreviewWords('null')).toEqual(EN_PREVIEW_WORDS);
    expect(readPreviewWords(JSON.stringify({ goToNote: 3, preview: ['x'] }))).toEqual(EN_PREVIEW_WORDS);
  });

  it('gives every edition a template with the placeholders the preview fills', () => {
    for (const edition of ['en', 'zh-hans', 'zh-hant'] as const) {
      const words = uiStrings(edition, (text) => text).previewWords;
      expect(words.preview, edition).toContain('{name}');
      expect(words.goToNote, edition).toContain('{note}');
    }
  });
});
