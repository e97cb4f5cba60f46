/** Shared helpers of the runtime unit tests. */
import { ByteReader, ByteWriter } from '../src/codec';
import type { FfiConverter } from '../src/converters';

/** Bytes as spaced lowercase hex, e.g. `00 00 00 01`. */
export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
}

/** Bytes from spaced hex. */
export function fromHex(text: string): Uint8Array {
  const parts = text.split(/\s+/).filter((part) => part !== '');
  return Uint8Array.from(parts.map((part) => parseInt(part, 16)));
}

/** Writes `value`, asserting that allocationSize is exactly the number of bytes written. */
export function encode<T>(converter: FfiConverter<T>, value: T): Uint8Array {
  const size = converter.allocationSize(value);
  const writer = new ByteWriter(size);
  converter.write(value, writer);
  expect(writer.position).toBe(size);
  return writer.bytes;
}

/** Reads one value that must use every byte. */
export function decode<T>(converter: FfiConverter<T>, bytes: Uint8Array): T {
  const reader = new ByteReader(bytes);
  const value = converter.read(reader);
  reader.finish(converter.typeName);
  return value;
}

export function roundTrip<T>(converter: FfiConverter<T>, value: T): T {
  return decode(converter, encode(converter, value));
}

type ErrorClass = new (...args: never[]) => Error;

/** Asserts that `fn` throws exactly an instance of `cls` whose message contains every fragment. */
export function expectThrows(fn: () => unknown, cls: ErrorClass, ...fragments: string[]): Error {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  if (thrown === undefined) {
    throw new Error(`expected ${cls.name} to be thrown, but nothing was thrown`);
  }
  expect(thrown).toBeInstanceOf(cls);
  const error = thrown as Error;
  expect(error.constructor).toBe(cls);
  for (const fragment of fragments) expect(error.message).toContain(fragment);
  return error;
}

/** A small deterministic PRNG (mulberry32), so property-style loops are reproducible. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
