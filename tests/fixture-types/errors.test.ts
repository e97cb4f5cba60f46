// Errors of fixture-types (crates/fixtures/types/src/errors.rs): flat errors carrying Rust's
// Display, rich errors with fields of many types, the same classes from sync and async functions,
// exhaustive switches on the tag, error methods, errors as ordinary values, fields named like
// Error's own properties, and panics.
import * as api from '../../generated/fixture-types';
import {
  ArithmeticError,
  ClashError,
  RustPanic,
  StorageError,
  UniffiError,
  ValidationError,
} from '../../generated/fixture-types';

// Exhaustive switches over each error's variants: a variant added in Rust and not handled here
// stops this file from compiling.
function storageAdvice(error: StorageError.Variant): string {
  switch (error.tag) {
    case 'NotFound':
      return 'create it';
    case 'PermissionDenied':
      return 'ask an admin';
    case 'DiskFull':
      return 'free some space';
    default: {
      const unreachable: never = error;
      return unreachable;
    }
  }
}

function summarize(error: ValidationError.Variant): string {
  switch (error.tag) {
    case 'Empty':
      return 'empty';
    case 'OutOfRange':
      return `${error.field}=${error.value} not in ${error.min}..=${error.max}`;
    case 'BadCharacter':
      return `bad ${error.inner[0]} at ${error.inner[1]}`;
    case 'Many':
      return `${error.messages.join('+')} first at ${error.firstAt === undefined ? '?' : `${error.firstAt.x},${error.firstAt.y}`}`;
    case 'WrongDirection':
      return `${error.expected}->${error.got}`;
    case 'Numeric':
      return `${error.ratio} ${error.exact} [${Array.from(error.raw).join(',')}]`;
    default: {
      const unreachable: never = error;
      return unreachable;
    }
  }
}

/** Runs `f`, which must throw, and returns what it threw. */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

function asValidationError(error: unknown): ValidationError.Variant {
  if (!(error instanceof ValidationError)) throw new Error(`not a ValidationError: ${String(error)}`);
  return error as ValidationError.Variant;
}

describe('flat errors: the variant and the Display message from Rust', () => {
  const cases: Array<
    [
      number,
      typeof StorageError.NotFound | typeof StorageError.PermissionDenied | typeof StorageError.DiskFull,
      string,
      string,
    ]
  > = [
    [1, StorageError.NotFound, 'NotFound', 'key `user/42` not found'],
    [2, StorageError.PermissionDenied, 'PermissionDenied', 'permission denied for uid 1000'],
    [3, StorageError.DiskFull, 'DiskFull', 'disk full'],
  ];

  test('success is a value', async () => {
    expect(api.store(0)).toBe('stored');
    await expect(api.storeAsync(0)).resolves.toBe('stored');
  });

  test.each(cases)('sync: store(%i) throws %p with tag, name and message', (which, variant, tag, message) => {
    const error = thrown(() => api.store(which));
    expect(error).toBeInstanceOf(variant);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toBeInstanceOf(UniffiError);
    expect(error).toBeInstanceOf(Error);
    const storage = error as StorageError.Variant;
    expect(storage.tag).toBe(tag);
    expect(storage.typeName).toBe('StorageError');
    expect(storage.name).toBe(`StorageError.${tag}`);
    expect(storage.message).toBe(message);
    expect(String(storage)).toBe(`StorageError.${tag}: ${message}`);
    expect(typeof storage.stack).toBe('string');
  });

  test.each(cases)(
    'async: storeAsync(%i) rejects with the same class and message',
    async (which, variant, tag, message) => {
      const error: unknown = await api.storeAsync(which).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(variant);
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError.Variant).tag).toBe(tag);
      expect((error as StorageError.Variant).message).toBe(message);
    },
  );

  test('variants are distinct classes', () => {
    const error = thrown(() => api.store(3));
    expect(error).not.toBeInstanceOf(StorageError.NotFound);
    expect(error).not.toBeInstanceOf(ValidationError);
    expect(storageAdvice(error as StorageError.Variant)).toBe('free some space');
    expect([1, 2, 3].map((which) => storageAdvice(thrown(() => api.store(which)) as StorageError.Variant))).toEqual([
      'create it',
      'ask an admin',
      'free some space',
    ]);
  });

  test('a flat error with unit variants, thrown and also passed to Rust', () => {
    expect(api.divide(7, 2)).toBe(3);
    expect(() => api.divide(1, 0)).toThrow(ArithmeticError.DivisionByZero);
    expect(() => api.divide(1, 0)).toThrow('division by zero');
    expect(() => api.divide(-2147483648, -1)).toThrow(ArithmeticError.Overflow);
    expect(() => api.divide(-2147483648, -1)).toThrow('overflow');
    // Passed to Rust, only the variant crosses: Rust formats its own message.
    expect(api.arithmeticErrorMessage(new ArithmeticError.Overflow('anything'))).toBe('overflow');
    expect(api.arithmeticErrorMessage(new ArithmeticError.DivisionByZero(''))).toBe('division by zero');
  });
});

describe('rich errors: every field crosses', () => {
  test('a unit variant', () => {
    const error = asValidationError(thrown(() => api.failValidation(0)));
    expect(error).toBeInstanceOf(ValidationError.Empty);
    expect(error.tag).toBe('Empty');
    expect(error.name).toBe('ValidationError.Empty');
    // The error exports Display: it is the message.
    expect(error.message).toBe('nothing to validate');
  });

  test('named fields at the 64-bit limits', () => {
    const error = asValidationError(thrown(() => api.failValidation(1)));
    expect(error).toBeInstanceOf(ValidationError.OutOfRange);
    if (error.tag !== 'OutOfRange') throw new Error('narrowing');
    expect(error.field).toBe('age');
    expect(error.value).toBe(-(2n ** 63n));
    expect(error.min).toBe(-5n);
    expect(error.max).toBe(2n ** 64n - 1n);
    // A useful message: Rust's Display of the error.
    expect(error.message).toBe('age = -9223372036854775808 is outside -5..=18446744073709551615');
  });

  test('a tuple variant: fields in `inner`', () => {
    const error = asValidationError(thrown(() => api.failValidation(2)));
    expect(error).toBeInstanceOf(ValidationError.BadCharacter);
    if (error.tag !== 'BadCharacter') throw new Error('narrowing');
    expect(error.inner).toEqual(['€', 7]);
    expect(error.message).toBe(api.validationErrorMessage(error));
  });

  test('a list, an option and a nested record', () => {
    const error = asValidationError(thrown(() => api.failValidation(3)));
    if (error.tag !== 'Many') throw new Error('narrowing');
    expect(error.messages).toEqual(['first', 'second']);
    expect(error.firstAt).toEqual({ x: 1.5, y: -2 });
  });

  test('nested enums, and floats, booleans and bytes', () => {
    const direction = asValidationError(thrown(() => api.failValidation(4)));
    if (direction.tag !== 'WrongDirection') throw new Error('narrowing');
    expect(direction.expected).toBe('North');
    expect(direction.got).toBe('South');
    const numeric = asValidationError(thrown(() => api.failValidation(5)));
    if (numeric.tag !== 'Numeric') throw new Error('narrowing');
    expect(numeric.ratio).toBeNaN();
    expect(numeric.exact).toBe(false);
    expect(numeric.raw).toEqual(new Uint8Array([0, 255]));
  });

  test('the exhaustive switch sees every variant', () => {
    expect(
      [0, 1, 2, 3, 4, 5].map((which) => summarize(asValidationError(thrown(() => api.failValidation(which))))),
    ).toEqual([
      'empty',
      'age=-9223372036854775808 not in -5..=18446744073709551615',
      'bad € at 7',
      'first+second first at 1.5,-2',
      'North->South',
      'NaN false [0,255]',
    ]);
  });

  test('async functions reject with the same classes and fields', async () => {
    for (const which of [0, 1, 2, 3, 4, 5]) {
      const sync = asValidationError(thrown(() => api.failValidation(which)));
      const rejected: unknown = await api.failValidationAsync(which).then(
        () => undefined,
        (e: unknown) => e,
      );
      const error = asValidationError(rejected);
      expect(error.constructor).toBe(sync.constructor);
      expect(error.tag).toBe(sync.tag);
      expect(summarize(error)).toBe(summarize(sync));
      expect(error.message).toBe(sync.message);
    }
  });

  test('a function that can succeed with a record or fail', () => {
    expect(api.parsePercent('42')).toEqual({ x: 42, y: 58 });
    expect(() => api.parsePercent('')).toThrow(ValidationError.Empty);
    const bad = asValidationError(thrown(() => api.parsePercent('4x2')));
    expect(bad.tag === 'BadCharacter' && bad.inner).toEqual(['x', 1]);
    const big = asValidationError(thrown(() => api.parsePercent('101')));
    expect(big.tag === 'OutOfRange' && [big.field, big.value, big.min, big.max]).toEqual(['percent', 101n, 0n, 100n]);
  });
});

describe('methods and Display on a rich error', () => {
  test('methods send the thrown error back to Rust as the receiver', () => {
    const outOfRange = asValidationError(thrown(() => api.failValidation(1)));
    expect(outOfRange.fieldName()).toBe('age');
    expect(outOfRange.problemCount()).toBe(1);
    const many = asValidationError(thrown(() => api.failValidation(3)));
    expect(many.fieldName()).toBeUndefined();
    expect(many.problemCount()).toBe(2);
  });

  test('toString() is the exported Rust Display', () => {
    const messages = [0, 1, 2, 3, 4, 5].map((which) =>
      String(asValidationError(thrown(() => api.failValidation(which)))),
    );
    expect(messages).toEqual([
      'nothing to validate',
      'age = -9223372036854775808 is outside -5..=18446744073709551615',
      'bad character "€" at 7',
      '2 problems',
      'expected north, got south',
      'ratio NaN (exact: false) from 2 bytes',
    ]);
  });

  test('errors built in TypeScript cross as ordinary arguments and come back as values, not throws', () => {
    const built = new ValidationError.BadCharacter(['é', 3]);
    const back = api.echoValidationError(built);
    expect(back).toBeInstanceOf(ValidationError.BadCharacter);
    expect(back).not.toBe(built);
    expect(back.tag).toBe('BadCharacter');
    expect((back as ValidationError.BadCharacter).inner).toEqual(['é', 3]);

    const limits = new ValidationError.OutOfRange({ field: 'f', value: -1n, min: -(2n ** 63n), max: 2n ** 64n - 1n });
    // Same fields; the message differs: Rust's Display once it comes back, the fields before.
    expect({ ...api.echoValidationError(limits) }).toEqual({ ...limits });
    expect(api.validationErrorMessage(limits)).toBe('f = -1 is outside -9223372036854775808..=18446744073709551615');
    expect(api.validationErrorMessage(new ValidationError.Empty())).toBe('nothing to validate');
    expect(api.validationErrorMessage(new ValidationError.WrongDirection({ expected: 'East', got: 'West' }))).toBe(
      'expected east, got west',
    );
    expect(
      api.validationErrorMessage(new ValidationError.Many({ messages: ['a', 'b', 'c'], firstAt: undefined })),
    ).toBe('3 problems');
    expect(new ValidationError.Many({ messages: [], firstAt: { x: 0, y: 0 } }).problemCount()).toBe(0);
  });

  test('a look-alike plain object or an invalid field is rejected before crossing', () => {
    expect(() => api.echoValidationError({ tag: 'Empty' } as unknown as ValidationError)).toThrow(TypeError);
    expect(() => api.echoValidationError({ tag: 'Empty' } as unknown as ValidationError)).toThrow(
      /^error: expected a ValidationError/,
    );
    expect(() =>
      api.echoValidationError(new ValidationError.OutOfRange({ field: 'f', value: 2n ** 63n, min: 0n, max: 0n })),
    ).toThrow(RangeError);
    expect(() => api.validationErrorMessage(new StorageError.DiskFull('x') as unknown as ValidationError)).toThrow(
      TypeError,
    );
  });
});

describe("fields named like Error's own properties (message, name, stack, cause)", () => {
  // The generator renames them with a `_` suffix, so that Error's own properties keep their
  // meaning: `message` is the description, `name` the class, `stack` the JavaScript stack.
  test('every field arrives under its renamed property, and Error keeps its own', () => {
    const error = thrown(() => api.failClash());
    expect(error).toBeInstanceOf(ClashError.Clash);
    expect(error).toBeInstanceOf(ClashError);
    const clash = error as ClashError.Clash;
    expect(clash.tag).toBe('Clash');
    expect(clash.message_).toBe('field message');
    expect(clash.name_).toBe('field name');
    expect(clash.stack_).toEqual(['frame 1', 'frame 2']);
    expect(clash.cause_).toBe('field cause');
    expect(clash.code).toBe(-1);

    expect(clash.name).toBe('ClashError.Clash');
    expect(clash.message).toBe(
      'ClashError.Clash { message_: "field message", name_: "field name", stack_: ["frame 1", "frame 2"], cause_: "field cause", code: -1 }',
    );
    expect(typeof clash.stack).toBe('string');
    expect(clash.stack).toContain('ClashError.Clash');
    expect(clash.cause).toBeUndefined();
  });
});

describe('panics', () => {
  // Rust prints each panic and its backtrace on stderr; that output is expected here.
  test('a sync panic is a RustPanic with the panic message, not a declared error', () => {
    const panic = thrown(() => api.panicWith('boom: ünïcode 😀'));
    expect(panic).toBeInstanceOf(RustPanic);
    expect(panic).not.toBeInstanceOf(UniffiError);
    expect((panic as RustPanic).name).toBe('RustPanic');
    expect((panic as RustPanic).message).toBe('boom: ünïcode 😀');
  });

  test('from a function returning a value, and from one declaring an error type', () => {
    expect(() => api.panicReturning('formatted', 7)).toThrow(RustPanic);
    expect(() => api.panicReturning('formatted', 7)).toThrow('formatted #7');
    const panic = thrown(() => api.panicInsteadOfError('not a ValidationError'));
    expect(panic).toBeInstanceOf(RustPanic);
    expect(panic).not.toBeInstanceOf(ValidationError);
    expect((panic as RustPanic).message).toBe('not a ValidationError');
  });

  test('a panic payload that is not a string still becomes a RustPanic', () => {
    const panic = thrown(() => api.panicNonString());
    expect(panic).toBeInstanceOf(RustPanic);
    expect((panic as RustPanic).message.length).toBeGreaterThan(0);
  });

  test('a panic inside a future rejects with a RustPanic', async () => {
    const pending = api.panicAsync('async boom');
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toBeInstanceOf(RustPanic);
    await expect(api.panicAsync('again')).rejects.toThrow('again');
  });

  test('the library keeps working after panics, sync and async', async () => {
    expect(() => api.panicWith('x')).toThrow(RustPanic);
    expect(api.store(0)).toBe('stored');
    await expect(api.panicAsync('y')).rejects.toBeInstanceOf(RustPanic);
    await expect(api.storeAsync(0)).resolves.toBe('stored');
    expect(() => api.failValidation(0)).toThrow(ValidationError.Empty);
  });
});

describe('bad arguments are not Rust errors', () => {
  test('sync: a RangeError or TypeError naming the parameter, before anything crosses', () => {
    expect(() => api.store(-1)).toThrow(RangeError);
    expect(() => api.store(-1)).toThrow(/^which: -1 is out of range for u32/);
    expect(() => api.divide(1, 0.5)).toThrow(/^b: 0\.5 is not an integer/);
  });

  test('async: the same errors, as rejections', async () => {
    const pending = api.storeAsync(2 ** 32);
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toThrow(RangeError);
    await expect(api.failValidationAsync('1' as unknown as number)).rejects.toThrow(/^which: expected an integer/);
  });
});
