import { copyFileSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { libraryFileProblem } from '../src/library-file';
import { libraryFileName } from '../src/library-lookup';

const built = resolve(__dirname, '../../../target/release', libraryFileName('async_ffi'));
const dir = mkdtempSync(join(tmpdir(), 'uniffi-ts-libfile-'));

describe('checking a library file before opening it', () => {
  test('a whole library passes', () => {
    expect(libraryFileProblem(built)).toBeUndefined();
  });

  test.each([0.99, 0.5, 0.1])('a copy truncated to %p of its size is refused, saying so', (fraction) => {
    const copy = join(dir, `truncated-${fraction}.so`);
    copyFileSync(built, copy);
    truncateSync(copy, Math.floor(readFileSync(built).length * fraction));
    expect(libraryFileProblem(copy)).toMatch(/truncated/);
  });

  test('a file that is not a library is refused, saying what it is not', () => {
    const text = join(dir, 'not-a-library.so');
    writeFileSync(text, 'this is a text file, not a shared library');
    expect(libraryFileProblem(text)).toMatch(/not a shared library/);
    const tiny = join(dir, 'tiny.so');
    writeFileSync(tiny, 'ab');
    expect(libraryFileProblem(tiny)).toMatch(/too short/);
  });

  test('an ELF header pointing past the end', () => {
    const fake = Buffer.alloc(64);
    fake.set([0x7f, 0x45, 0x4c, 0x46, 2, 1]);
    fake.writeBigUInt64LE(4096n, 40); // section headers at 4096
    fake.writeUInt16LE(64, 58);
    fake.writeUInt16LE(10, 60);
    const file = join(dir, 'fake-elf.so');
    writeFileSync(file, fake);
    expect(libraryFileProblem(file)).toMatch(/section headers end at byte 4736, but the file has 64 bytes/);
  });
});
