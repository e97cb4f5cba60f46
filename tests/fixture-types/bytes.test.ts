// Bytes of fixture-types (crates/fixtures/types/src/bytes.rs): Vec<u8> both ways and &[u8]
// arguments (ForeignBytes, read by Rust in place) as Uint8Array; Node Buffers, views into larger
// buffers, large buffers, several slices in one call, bytes inside containers and records.
import * as api from '../../generated/fixture-types';

/** Adler-32, as the Rust side computes it. */
function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** The pattern of `make_bytes`: byte i is (i * 31 + seed) mod 256. */
function pattern(length: number, seed: number): Uint8Array {
  const data = new Uint8Array(length);
  for (let i = 0; i < length; i++) data[i] = (i * 31 + seed) & 0xff;
  return data;
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Byte equality without jest's element-by-element diffing (slow on megabytes). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

describe('Vec<u8>', () => {
  test('round-trips as a Uint8Array, every byte value included', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const back = api.echoBytes(all);
    expect(back).toBeInstanceOf(Uint8Array);
    expect(back).toEqual(all);
    expect(back).not.toBe(all);
  });

  test('empty buffers both ways', () => {
    expect(api.emptyBytes()).toEqual(new Uint8Array());
    expect(api.echoBytes(new Uint8Array())).toEqual(new Uint8Array());
    expect(api.checksumVec(new Uint8Array())).toBe(1);
  });

  test('a Node Buffer is accepted', () => {
    const buffer = Buffer.from('héllo, wörld');
    expect(api.echoBytes(buffer)).toEqual(new Uint8Array(buffer));
    expect(api.checksumVec(buffer)).toBe(adler32(buffer));
  });

  test('a view into a larger buffer sends only its own bytes', () => {
    const whole = new Uint8Array([9, 9, 1, 2, 3, 9, 9]);
    const view = whole.subarray(2, 5);
    expect(api.echoBytes(view)).toEqual(new Uint8Array([1, 2, 3]));
    const buffer = Buffer.from('xxhelloxx').subarray(2, 7);
    expect(api.echoBytes(buffer)).toEqual(encode('hello'));
  });

  test('results are independent copies: later calls and mutations do not change them', () => {
    const input = new Uint8Array([1, 2, 3]);
    const first = api.echoBytes(input);
    const second = api.echoBytes(new Uint8Array([4, 5, 6]));
    const made = api.makeBytes(3, 0);
    api.makeBytes(3, 100);
    input[0] = 42;
    expect(first).toEqual(new Uint8Array([1, 2, 3]));
    expect(second).toEqual(new Uint8Array([4, 5, 6]));
    expect(made).toEqual(new Uint8Array([0, 31, 62]));
  });

  test('async functions take and return bytes too', async () => {
    await expect(api.echoBytesAsync(Buffer.from([1, 2, 3]))).resolves.toEqual(new Uint8Array([1, 2, 3]));
    const large = pattern(3 * 1024 * 1024 + 1, 5);
    const back = await api.echoBytesAsync(large);
    expect(back.length).toBe(large.length);
    expect(api.checkPattern(back, 5)).toBe(true);
  });

  test('anything but a Uint8Array is a TypeError naming the parameter', async () => {
    expect(() => api.echoBytes([1, 2] as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => api.echoBytes([1, 2] as unknown as Uint8Array)).toThrow(/^data: expected a Uint8Array, got an array/);
    expect(() => api.echoBytes(new Uint16Array(2) as unknown as Uint8Array)).toThrow(/^data: expected a Uint8Array/);
    expect(() => api.echoBytes(new ArrayBuffer(2) as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => api.echoBytes('abc' as unknown as Uint8Array)).toThrow(TypeError);
    await expect(api.echoBytesAsync(undefined as unknown as Uint8Array)).rejects.toThrow(
      /^data: expected a Uint8Array/,
    );
  });
});

describe('&[u8] (ForeignBytes)', () => {
  test('Rust reads the slice: checksum, length, and the same result as through Vec<u8>', () => {
    const data = encode('Wikipedia');
    expect(api.checksum(data)).toBe(0x11e60398);
    expect(api.checksum(data)).toBe(api.checksumVec(data));
    expect(api.lenOf(data)).toBe(9n);
    expect(api.checksum(new Uint8Array())).toBe(1);
    expect(api.lenOf(new Uint8Array())).toBe(0n);
  });

  test('a Node Buffer, a subarray view and an empty view of a large buffer', () => {
    const buffer = Buffer.from('xxhelloxx');
    expect(api.checksum(buffer)).toBe(adler32(buffer));
    const view = buffer.subarray(2, 7);
    expect(api.lenOf(view)).toBe(5n);
    expect(api.checksum(view)).toBe(adler32(encode('hello')));
    const large = pattern(1_000_000, 1);
    expect(api.lenOf(large.subarray(500, 500))).toBe(0n);
    expect(api.checkPattern(large.subarray(0, 777), 1)).toBe(true);
  });

  test("the caller's bytes are not modified", () => {
    const data = pattern(1000, 9);
    const copy = Uint8Array.from(data);
    api.checksum(data);
    api.sliceOf(10, data, 20);
    expect(data).toEqual(copy);
  });

  test('two slices in one call', () => {
    expect(api.bytesEqual(Buffer.from('ab'), new Uint8Array([97, 98]))).toBe(true);
    expect(api.bytesEqual(encode('ab'), encode('ac'))).toBe(false);
    expect(api.bytesEqual(encode('ab'), encode('abc'))).toBe(false);
    expect(api.bytesEqual(new Uint8Array(), new Uint8Array())).toBe(true);
    const same = pattern(100_000, 3);
    expect(api.bytesEqual(same, same)).toBe(true);
    expect(api.bytesEqual(same, same.subarray(0, 99_999))).toBe(false);
    const shifted = Uint8Array.from(same);
    shifted[99_999] = (shifted[99_999] ?? 0) ^ 1;
    expect(api.bytesEqual(same, shifted)).toBe(false);
  });

  test('a slice between other arguments', () => {
    const data = new Uint8Array([1, 2, 3, 4, 5]);
    expect(api.sliceOf(1, data, 3)).toEqual(new Uint8Array([2, 3, 4]));
    expect(api.sliceOf(3, data, 100)).toEqual(new Uint8Array([4, 5]));
    expect(api.sliceOf(10, data, 5)).toEqual(new Uint8Array());
    expect(api.sliceOf(0, data.subarray(2), 10)).toEqual(new Uint8Array([3, 4, 5]));
    expect(() => api.sliceOf(-1, data, 1)).toThrow(/^start: -1 is out of range for u32/);
    expect(() => api.sliceOf(0, [1] as unknown as Uint8Array, 1)).toThrow(/^data: expected a Uint8Array/);
    expect(() => api.sliceOf(0, data, 2 ** 32)).toThrow(/^len: /);
  });

  test('a &[u8] argument of a record method', () => {
    // (the record Blob is Blob_ in TypeScript: Blob is a global of Node.js)
    const blob = { name: 'b', data: Buffer.from('hello') };
    expect(api.Blob_.startsWith(blob, Buffer.from('he'))).toBe(true);
    expect(api.Blob_.startsWith(blob, new Uint8Array())).toBe(true);
    expect(api.Blob_.startsWith(blob, encode('hello!'))).toBe(false);
  });

  test('bad slices are TypeErrors naming the parameter', () => {
    expect(() => api.checksum('abc' as unknown as Uint8Array)).toThrow(/^data: expected a Uint8Array, got a string/);
    expect(() => api.bytesEqual(new Uint8Array(), new DataView(new ArrayBuffer(1)) as unknown as Uint8Array)).toThrow(
      /^b: expected a Uint8Array/,
    );
  });
});

describe('large buffers', () => {
  // The runtime moves small payloads through a 60 KiB scratch arena and larger ones otherwise:
  // sizes around that boundary, and well beyond it.
  const sizes = [
    60 * 1024 - 5,
    60 * 1024 - 4,
    60 * 1024 - 1,
    60 * 1024,
    60 * 1024 + 1,
    64 * 1024,
    1024 * 1024,
    16 * 1024 * 1024 + 3,
  ];

  test.each(sizes)('%i bytes: Vec<u8> both ways and &[u8], checked on both sides', (size) => {
    const data = pattern(size, 7);
    const back = api.echoBytes(data);
    expect(back.length).toBe(size);
    expect(api.checkPattern(back, 7)).toBe(true);
    expect(api.bytesEqual(back, data)).toBe(true);
    expect(api.lenOf(data)).toBe(BigInt(size));
    expect(api.checksum(data)).toBe(api.checksumVec(data));
  });

  test('made by Rust, checked in TypeScript', () => {
    const made = api.makeBytes(5_000_000, 200);
    expect(made.length).toBe(5_000_000);
    expect(made).toBeInstanceOf(Uint8Array);
    expect(sameBytes(made, pattern(5_000_000, 200))).toBe(true);
    expect(api.checksum(made)).toBe(adler32(made));
  });
});

describe('bytes inside other types', () => {
  test('Option<Vec<u8>>: None and an empty buffer are different', () => {
    expect(api.echoOptionalBytes(undefined)).toBeUndefined();
    expect(api.echoOptionalBytes(new Uint8Array())).toEqual(new Uint8Array());
    expect(api.echoOptionalBytes(Buffer.from([0]))).toEqual(new Uint8Array([0]));
  });

  test('Vec<Vec<u8>> and HashMap<String, Vec<u8>>', () => {
    const lists = [new Uint8Array([1]), new Uint8Array(), Buffer.from([2, 3]), pattern(70_000, 1)];
    const back = api.echoByteLists(lists);
    expect(back.length).toBe(4);
    back.forEach((item, i) => expect(sameBytes(item, lists[i] ?? new Uint8Array([255]))).toBe(true));
    const map = new Map([
      ['a', new Uint8Array([1])],
      ['', new Uint8Array()],
    ]);
    expect(api.echoByteMap(map)).toEqual(map);
    expect(() => api.echoByteLists([new Uint8Array(), [1] as unknown as Uint8Array])).toThrow(
      /^data\[1\]: expected a Uint8Array/,
    );
  });

  test('Vec<i8> is a list of numbers, not bytes', () => {
    expect(api.echoI8List([-128, 0, 127])).toEqual([-128, 0, 127]);
    expect(() => api.echoI8List([128])).toThrow(/^data\[0\]: 128 is out of range for i8/);
  });

  test('bytes in a record', () => {
    const blob = { name: 'blob', data: pattern(100_000, 4) };
    const back = api.echoBlob(blob);
    expect(back.name).toBe('blob');
    expect(sameBytes(back.data, blob.data)).toBe(true);
    expect(api.Blob_.checksum(blob)).toBe(adler32(blob.data));
  });
});
