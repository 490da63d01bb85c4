import { describe, expect, it } from 'vitest';
import { EN_OFFLINE_WORDS, fillWords } from '../../../src/lib/i18n/offline-words';
import { uiStrings } from '../../../src/lib/i18n/strings';

describe('fillWords', () => {
  it('fills each placeholder, and leaves an unknown one as it is', () => {
    expect(fillWords(EN_OFFLINE_WORDS.progress, { files: 8, totalFiles: 218, bytes: '0.1 MB', totalBytes: '1.8 MB' })).toBe(
      'Saving: 8 of 218 files, 0.1 MB of 1.8 MB…',
    );
    expect(fillWords('{files} and {other}', { files: 3 })).toBe('3 and {other}');
  });

  it('the Chinese messages have the English placeholders', () => {
    const zh = uiStrings('zh-hans', (t) => t).offlineWords;
    const names = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
    for (const [key, english] of Object.entries(EN_OFFLINE_WORDS)) expect(names(zh[key as keyof typeof zh]), key).toEqual(names(english));
    expect(fillWords(zh.kept, { files: 12 })).toBe('您打开过的页面的 12 个文件已保存在此设备上，可供离线阅读。');
  });
});
