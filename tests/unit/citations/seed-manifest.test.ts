import { describe, expect, it } from 'vitest';
import { checkSeeds, parseManifest, sha256 } from '../../../src/lib/citations/seed-manifest.node.ts';

const HASH_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const HASH_EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('sha256', () => {
  it('gives the hex SHA-256 of a string', () => {
    expect(sha256('abc')).toBe(HASH_ABC);
    expect(sha256('')).toBe(HASH_EMPTY);
  });

  it('gives the same hash for bytes as for the string they encode', () => {
    expect(sha256(new TextEncoder().encode('abc'))).toBe(HASH_ABC);
    expect(sha256(Buffer.from('Zoom\u2019s', 'utf8'))).toBe(sha256('Zoom\u2019s'));
  });
});

describe('parseManifest', () => {
  it('reads "<hash>  <file>" lines as written by sha256sum', () => {
    const manifest = parseManifest(`${HASH_ABC}  000_a.txt\n${HASH_EMPTY}  001_b.txt\n`);
    expect([...manifest]).toEqual([
      ['000_a.txt', HASH_ABC],
      ['001_b.txt', HASH_EMPTY],
    ]);
  });

  it('reads the binary-mode form "<hash> *<file>"', () => {
    expect(parseManifest(`${HASH_ABC} *000_a.txt`).get('000_a.txt')).toBe(HASH_ABC);
  });

  it('reads CRLF line endings and surrounding whitespace', () => {
    const manifest = parseManifest(`  ${HASH_ABC}  a.txt  \r\n${HASH_EMPTY}  b.txt\r\n`);
    expect([...manifest.keys()]).toEqual(['a.txt', 'b.txt']);
  });

  it('keeps spaces inside file names', () => {
    expect([...parseManifest(`${HASH_ABC}  my seed.txt`).keys()]).toEqual(['my seed.txt']);
  });

  it('ignores blank lines, comments and malformed lines', () => {
    const text = [
      '',
      '# checksums',
      `${HASH_ABC.slice(1)}  short-hash.txt`,
      `${HASH_ABC}x  long-hash.txt`,
      `${HASH_ABC.toUpperCase()}  upper.txt`,
      `${HASH_ABC} one-space.txt`,
      `${HASH_ABC}  `,
      `${HASH_EMPTY}  good.txt`,
    ].join('\n');
    expect([...parseManifest(text)]).toEqual([['good.txt', HASH_EMPTY]]);
  });

  it('returns an empty manifest for empty text', () => {
    expect(parseManifest('').size).toBe(0);
  });
});

describe('checkSeeds', () => {
  // Pins: file name → SHA-256, as src/lib/citations/seed-pins.ts holds them.
  const manifest = new Map([
    ['000_a.txt', HASH_ABC],
    ['001_b.txt', HASH_EMPTY],
  ]);

  it('finds no problem when every listed seed is present and unchanged', () => {
    expect(
      checkSeeds(
        manifest,
        new Map<string, Uint8Array | string>([
          ['000_a.txt', 'abc'],
          ['001_b.txt', new Uint8Array()],
        ]),
      ),
    ).toEqual([]);
  });

  it('reports a listed seed that is missing', () => {
    expect(checkSeeds(manifest, new Map([['000_a.txt', 'abc']]))).toEqual([
      "seeds/001_b.txt is missing. It is one of the site's sources: copy it back, byte for byte, from the copy received (../shared/seeds/001_b.txt).",
    ]);
  });

  it('reports a seed whose bytes changed, with both hashes shortened', () => {
    expect(
      checkSeeds(
        manifest,
        new Map([
          ['000_a.txt', 'abd'],
          ['001_b.txt', ''],
        ]),
      ),
    ).toEqual([
      `seeds/000_a.txt has changed (sha256 ${sha256('abd').slice(0, 12)}\u2026, expected ba7816bf8f01\u2026). Seeds must stay byte for byte as received: restore it from ../shared/seeds/000_a.txt. The expected hashes are fixed in the site's code.`,
    ]);
  });

  it('notices a change of a single invisible byte', () => {
    expect(checkSeeds(new Map([['a.txt', HASH_ABC]]), new Map([['a.txt', 'abc\n']]))).toHaveLength(1);
    expect(checkSeeds(new Map([['a.txt', sha256('a\u2019b')]]), new Map([['a.txt', "a'b"]]))).toHaveLength(1);
  });

  it('reports a seed file the manifest does not list', () => {
    expect(
      checkSeeds(
        manifest,
        new Map([
          ['000_a.txt', 'abc'],
          ['001_b.txt', ''],
          ['002_new.txt', 'x'],
        ]),
      ),
    ).toEqual(["seeds/002_new.txt is not one of the site's sources, which are fixed in its code: remove the file."]);
  });

  it('reports that no seed is pinned', () => {
    expect(checkSeeds(new Map(), new Map())).toEqual([
      'no seed is pinned: every source must be pinned by its SHA-256 in src/lib/citations/seed-pins.ts.',
    ]);
  });

  it('reports no pins and every file that is not pinned', () => {
    expect(checkSeeds(new Map(), new Map([['a.txt', 'abc']]))).toEqual([
      'no seed is pinned: every source must be pinned by its SHA-256 in src/lib/citations/seed-pins.ts.',
      "seeds/a.txt is not one of the site's sources, which are fixed in its code: remove the file.",
    ]);
  });

  it('reports every problem: missing and changed in manifest order, then unlisted', () => {
    const problems = checkSeeds(
      manifest,
      new Map([
        ['001_b.txt', 'not empty'],
        ['zz.txt', ''],
      ]),
    );
    expect(problems.map((p) => p.split(' ').slice(0, 3).join(' '))).toEqual([
      'seeds/000_a.txt is missing.',
      'seeds/001_b.txt has changed',
      'seeds/zz.txt is not',
    ]);
  });
});
