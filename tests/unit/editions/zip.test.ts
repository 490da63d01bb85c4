import { describe, expect, it } from 'vitest';
import { readZip, zipArchive } from '../../../src/lib/editions/zip.node';

describe('zipArchive', () => {
  const entries = [
    { name: 'mimetype', data: 'application/epub+zip', store: true },
    { name: 'a/b.txt', data: 'hello '.repeat(100) },
    { name: 'ü.bin', data: new Uint8Array([0, 1, 2, 255]) },
  ];
  it('round-trips through readZip, in order, stored entries stored', () => {
    const files = readZip(zipArchive(entries));
    expect(files.map((f) => f.name)).toEqual(['mimetype', 'a/b.txt', 'ü.bin']);
    expect(files[0]).toMatchObject({ stored: true });
    expect(files[1]!.data.toString()).toBe('hello '.repeat(100));
    expect([...files[2]!.data]).toEqual([0, 1, 2, 255]);
  });
  it('is reproducible: the same files give the same bytes', () => {
    expect(zipArchive(entries).equals(zipArchive(entries))).toBe(true);
  });
  it('puts a stored first entry where an EPUB reader looks for it: the name at byte 30, the text right after', () => {
    const zip = zipArchive(entries);
    expect(zip.subarray(30, 38).toString()).toBe('mimetype');
    expect(zip.subarray(38, 58).toString()).toBe('application/epub+zip');
  });
  it('refuses a name twice', () => {
    expect(() => zipArchive([entries[1]!, entries[1]!])).toThrow(/"a\/b.txt" is in the list twice/);
  });
});

describe('readZip', () => {
  it('finds a damaged entry by its CRC-32', () => {
    const zip = zipArchive([{ name: 'x', data: 'abc', store: true }]);
    zip[31] = 'z'.charCodeAt(0); // the local header is 30 bytes, the name "x" one: byte 31 is the data's first
    expect(() => readZip(zip)).toThrow(/fails its CRC-32/);
  });
});
