import {
  FfiConverterBool,
  FfiConverterBytes,
  FfiConverterI32,
  FfiConverterI64,
  FfiConverterString,
  FfiConverterU32,
  FfiConverterU8,
  RecordConverter,
  SequenceConverter,
} from '../src/converters';
import type { FfiConverter } from '../src/converters';
import { AbortError, InternalError, RustPanic, UniffiError } from '../src/errors';
import { ErrorConverter, errorVariant } from '../src/errors-converter';
import type { FfiFunctionDeclaration, RustBuffer } from '../src/ffi-types';
import {
  CALL_CANCELLED,
  CALL_ERROR,
  CALL_SUCCESS,
  CALL_UNEXPECTED_ERROR,
  checkCallStatus,
  checkDeclaration,
  lowerArguments,
} from '../src/rust-call';
import type { Parameter } from '../src/rust-call';
import { FakeNative } from './fake-native';
import { expectThrows, fromHex, hex } from './helpers';

interface Profile {
  name: string;
  scores: number[];
}
const profile = new RecordConverter<Profile>('Profile', {
  name: FfiConverterString,
  scores: new SequenceConverter(FfiConverterU8),
});

function param<T>(name: string, converter: FfiConverter<T>): Parameter {
  return [name, converter as FfiConverter<unknown>];
}

describe('checkDeclaration', () => {
  const declaration: FfiFunctionDeclaration = {
    name: 'say_hello',
    symbol: 'uniffi_ffibuffer_uniffi_demo_fn_func_say_hello',
    args: ['rust_buffer', 'i32', 'i8'],
    returns: 'rust_buffer',
    checksum: ['uniffi_demo_checksum_func_say_hello', 1234],
  };
  const params = [param('name', FfiConverterString), param('times', FfiConverterI32), param('loud', FfiConverterBool)];

  test('matching converters pass', () => {
    expect(() => checkDeclaration(declaration, params, FfiConverterString as FfiConverter<unknown>)).not.toThrow();
    const noReturn: FfiFunctionDeclaration = { ...declaration, returns: 'void' };
    expect(() => checkDeclaration(noReturn, params, undefined)).not.toThrow();
  });

  test('an argument kind mismatch throws InternalError describing both sides', () => {
    const wrong = [param('name', FfiConverterString), param('times', FfiConverterI64), param('loud', FfiConverterBool)];
    expectThrows(
      () => checkDeclaration(declaration, wrong, FfiConverterString as FfiConverter<unknown>),
      InternalError,
      'say_hello: converters (rust_buffer,i64,i8) -> rust_buffer do not match the FFI declaration (rust_buffer,i32,i8) -> rust_buffer',
    );
  });

  test('a missing or extra argument throws', () => {
    expectThrows(
      () => checkDeclaration(declaration, params.slice(0, 2), FfiConverterString as FfiConverter<unknown>),
      InternalError,
      'do not match',
    );
    expectThrows(
      () =>
        checkDeclaration(
          declaration,
          [...params, param('extra', FfiConverterU8)],
          FfiConverterString as FfiConverter<unknown>,
        ),
      InternalError,
      '(rust_buffer,i32,i8,u8)',
    );
  });

  test('a return kind mismatch throws', () => {
    expectThrows(
      () => checkDeclaration(declaration, params, undefined),
      InternalError,
      '-> void do not match',
      '-> rust_buffer',
    );
    expectThrows(
      () => checkDeclaration(declaration, params, FfiConverterU32 as FfiConverter<unknown>),
      InternalError,
      '-> u32 do not match',
    );
    const noReturn: FfiFunctionDeclaration = { ...declaration, returns: 'void' };
    expectThrows(
      () => checkDeclaration(noReturn, params, FfiConverterBytes as FfiConverter<unknown>),
      InternalError,
      '-> rust_buffer do not match',
    );
  });

  test('an async function is checked against the kind its future completes with', () => {
    const asyncDeclaration: FfiFunctionDeclaration = { ...declaration, returns: 'handle', future: 'u32' };
    expect(() => checkDeclaration(asyncDeclaration, params, FfiConverterU32 as FfiConverter<unknown>)).not.toThrow();
    expectThrows(
      () => checkDeclaration(asyncDeclaration, params, FfiConverterI32 as FfiConverter<unknown>),
      InternalError,
      '-> i32',
      '-> u32',
    );
    const asyncVoid: FfiFunctionDeclaration = { ...declaration, returns: 'handle', future: 'void' };
    expect(() => checkDeclaration(asyncVoid, params, undefined)).not.toThrow();
  });
});

describe('lowerArguments', () => {
  const params = [
    param('greeting', FfiConverterString),
    param('count', FfiConverterI32),
    param('profile', profile),
    param('data', FfiConverterBytes),
  ];

  test('lowers scalars directly and the rest into RustBuffers', () => {
    const fake = new FakeNative();
    const lowered = lowerArguments(fake.native, params, ['hé', -3, { name: 'a', scores: [1, 2] }, Uint8Array.of(9)]);
    expect(lowered).toHaveLength(4);
    expect(lowered[1]).toBe(-3);
    expect(fake.allocated).toHaveLength(3);
    const bytesOf = (value: unknown): string => hex(fake.live.get((value as RustBuffer).data) ?? new Uint8Array());
    expect(bytesOf(lowered[0])).toBe('68 c3 a9');
    expect(bytesOf(lowered[2])).toBe('00 00 00 01 61 00 00 00 02 01 02');
    expect(bytesOf(lowered[3])).toBe('00 00 00 01 09');
    expect(fake.freed).toHaveLength(0);
  });

  test('a bad argument throws before anything is lowered', () => {
    const fake = new FakeNative();
    expectThrows(
      () => lowerArguments(fake.native, params, ['hi', 1, { name: 'a', scores: [1, 2, 300] }, Uint8Array.of()]),
      RangeError,
      'profile.scores[2]: 300 is out of range for u8',
    );
    expectThrows(
      () => lowerArguments(fake.native, params, ['hi', 1, { name: 'a', scores: [] }, [1]]),
      TypeError,
      'data: expected a Uint8Array',
    );
    expectThrows(
      () => lowerArguments(fake.native, params, ['hi', 2 ** 31]),
      RangeError,
      'count: 2147483648 is out of range for i32',
    );
    expectThrows(
      () => lowerArguments(fake.native, params, ['\uD800', 1]),
      TypeError,
      'greeting: the string contains a lone',
    );
    expect(fake.allocated).toHaveLength(0);
    expect(fake.freed).toHaveLength(0);
  });

  test('a missing argument is reported by name', () => {
    const fake = new FakeNative();
    expectThrows(
      () => lowerArguments(fake.native, params, ['hi', 1, { name: 'a', scores: [] }]),
      TypeError,
      'data: expected a Uint8Array, got undefined',
    );
    expect(fake.allocated).toHaveLength(0);
  });

  test('when a later lowering throws, the RustBuffers already made are freed (and scalars are not)', () => {
    const fake = new FakeNative();
    fake.failAllocation = 2; // greeting and profile succeed, data fails
    let thrown: unknown;
    try {
      lowerArguments(fake.native, params, ['hi', 7, { name: 'a', scores: [] }, Uint8Array.of(1)]);
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).message).toBe('fake: rustbuffer_from_bytes failed');
    expect(fake.allocated).toHaveLength(2);
    const [first, second] = fake.allocated;
    expect(fake.freeCount(first?.data ?? -1)).toBe(1);
    expect(fake.freeCount(second?.data ?? -1)).toBe(1);
    expect(fake.freed).toHaveLength(2);
    expect(fake.live.size).toBe(0);
  });

  test('a converter whose lower throws: earlier buffers freed, the original error propagates', () => {
    const fake = new FakeNative();
    const failure = new RangeError('cannot lower');
    const failing: FfiConverter<string> = {
      ...FfiConverterString,
      lower: () => {
        throw failure;
      },
    };
    const mixed = [
      param('a', FfiConverterString),
      param('b', FfiConverterBool),
      param('c', failing),
      param('d', FfiConverterString),
    ];
    let thrown: unknown;
    try {
      lowerArguments(fake.native, mixed, ['x', true, 'y', 'z']);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBe(failure);
    expect(fake.allocated).toHaveLength(1);
    expect(fake.freed).toEqual([fake.allocated[0]?.data]);
    expect(fake.live.size).toBe(0);
  });

  test('no parameters lowers to nothing', () => {
    const fake = new FakeNative();
    expect(lowerArguments(fake.native, [], [])).toEqual([]);
  });
});

describe('checkCallStatus', () => {
  abstract class DemoError extends UniffiError {
    declare readonly tag: 'Bad';
  }
  class Bad extends DemoError {
    declare readonly tag: 'Bad';
    constructor(fields: { code: number }) {
      super('DemoError', 'Bad', fields);
    }
  }
  const errors = new ErrorConverter<DemoError>('DemoError', [
    errorVariant('Bad', (fields) => new Bad(fields), { code: FfiConverterU32 }),
  ]);
  const asErrors = errors as unknown as ErrorConverter<UniffiError>;

  function run(
    fake: FakeNative,
    code: number,
    errorBytes: Uint8Array,
    declared: ErrorConverter<UniffiError> | undefined,
  ): { error: unknown; buffer: RustBuffer } {
    const buffer = fake.rustBufferFromBytes(errorBytes);
    try {
      checkCallStatus(fake.native, { code, errorBuf: buffer }, declared, 'demo_fn');
    } catch (error) {
      return { error, buffer };
    }
    return { error: undefined, buffer };
  }

  test('success throws nothing and frees nothing', () => {
    const fake = new FakeNative();
    const { error, buffer } = run(fake, CALL_SUCCESS, new Uint8Array(0), asErrors);
    expect(error).toBeUndefined();
    expect(fake.freeCount(buffer.data)).toBe(0);
  });

  test('an error status with a declared error throws the typed error', () => {
    const fake = new FakeNative();
    const { error, buffer } = run(fake, CALL_ERROR, fromHex('00 00 00 01 00 00 00 2a'), asErrors);
    expect(error).toBeInstanceOf(Bad);
    expect(error).toBeInstanceOf(DemoError);
    expect((error as Bad).tag).toBe('Bad');
    expect((error as Bad).message).toBe('DemoError.Bad { code: 42 }');
    expect(fake.freeCount(buffer.data)).toBe(1);
    expect(fake.live.size).toBe(0);
  });

  test('a malformed error buffer throws RangeError, and the buffer is still freed once', () => {
    const fake = new FakeNative();
    const { error, buffer } = run(fake, CALL_ERROR, fromHex('00 00 00 05'), asErrors);
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toContain('DemoError: invalid variant index 5');
    expect(fake.freeCount(buffer.data)).toBe(1);
  });

  test('an error status without a declared error is an InternalError', () => {
    const fake = new FakeNative();
    const { error, buffer } = run(fake, CALL_ERROR, fromHex('00 00 00 01 00 00 00 2a'), undefined);
    expect(error).toBeInstanceOf(InternalError);
    expect((error as Error).message).toBe('demo_fn: Rust returned an error, but the function declares none');
    expect(fake.freeCount(buffer.data)).toBe(1);
  });

  test('a panic is a RustPanic with the panic message', () => {
    const fake = new FakeNative();
    const { error, buffer } = run(fake, CALL_UNEXPECTED_ERROR, Buffer.from('index out of bounds: 😀'), asErrors);
    expect(error).toBeInstanceOf(RustPanic);
    expect((error as Error).name).toBe('RustPanic');
    expect((error as Error).message).toBe('index out of bounds: 😀');
    expect(fake.freeCount(buffer.data)).toBe(1);
  });

  test('a panic without a message names the function', () => {
    const fake = new FakeNative();
    const { error, buffer } = run(fake, CALL_UNEXPECTED_ERROR, new Uint8Array(0), undefined);
    expect(error).toBeInstanceOf(RustPanic);
    expect((error as Error).message).toBe('demo_fn: Rust panicked');
    expect(fake.freeCount(buffer.data)).toBe(1);
  });

  test('cancelled is an AbortError', () => {
    const fake = new FakeNative();
    const { error, buffer } = run(fake, CALL_CANCELLED, new Uint8Array(0), asErrors);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).name).toBe('AbortError');
    expect((error as Error).message).toBe('demo_fn was cancelled');
    expect(fake.freeCount(buffer.data)).toBe(1);
  });

  test('an unknown status is an InternalError', () => {
    const fake = new FakeNative();
    const { error, buffer } = run(fake, 7, fromHex('01'), asErrors);
    expect(error).toBeInstanceOf(InternalError);
    expect((error as Error).message).toBe('demo_fn: unknown call status 7');
    expect(fake.freeCount(buffer.data)).toBe(1);
    expect(fake.live.size).toBe(0);
  });
});
