import { ByteReader, ByteWriter } from '../src/codec';
import type { FfiConverter } from '../src/converters';
import {
  FfiConverterBytes,
  FfiConverterI64,
  FfiConverterString,
  FfiConverterU32,
  FfiConverterU8,
  OptionalConverter,
  SequenceConverter,
} from '../src/converters';
import { AbortError, InternalError, LibraryLoadError, RustPanic, UniffiError, abortError } from '../src/errors';
import { ErrorConverter, errorVariant, flatErrorVariant } from '../src/errors-converter';
import { FakeNative } from './fake-native';
import { expectThrows, fromHex } from './helpers';

// Shaped like the generated code: an abstract base narrowing `tag`, one subclass per variant.
abstract class ShopError extends UniffiError {
  declare readonly tag: 'OutOfStock' | 'Closed' | 'Overdrawn';
}
namespace ShopError {
  export class OutOfStock extends ShopError {
    declare readonly tag: 'OutOfStock';
    readonly item: string;
    readonly missing: number;
    constructor(fields: { item: string; missing: number }) {
      super('ShopError', 'OutOfStock', fields);
      this.item = fields.item;
      this.missing = fields.missing;
    }
  }
  export class Closed extends ShopError {
    declare readonly tag: 'Closed';
    constructor() {
      super('ShopError', 'Closed', {});
    }
  }
  export class Overdrawn extends ShopError {
    declare readonly tag: 'Overdrawn';
    readonly balance: bigint;
    readonly history: bigint[];
    readonly note: string | undefined;
    readonly receipt: Uint8Array;
    constructor(fields: { balance: bigint; history: bigint[]; note: string | undefined; receipt: Uint8Array }) {
      super('ShopError', 'Overdrawn', fields);
      this.balance = fields.balance;
      this.history = fields.history;
      this.note = fields.note;
      this.receipt = fields.receipt;
    }
  }
}

const shopErrors = new ErrorConverter<ShopError>('ShopError', [
  errorVariant('OutOfStock', (fields) => new ShopError.OutOfStock(fields), {
    item: FfiConverterString,
    missing: FfiConverterU32,
  }),
  errorVariant('Closed', () => new ShopError.Closed(), {}),
  errorVariant('Overdrawn', (fields) => new ShopError.Overdrawn(fields), {
    balance: FfiConverterI64,
    history: new SequenceConverter(FfiConverterI64),
    note: new OptionalConverter(FfiConverterString),
    receipt: FfiConverterBytes,
  }),
]);

// A flat error: Rust sends the variant index and its Display message.
abstract class IoError extends UniffiError {
  declare readonly tag: 'NotFound' | 'Denied';
}
namespace IoError {
  export class NotFound extends IoError {
    declare readonly tag: 'NotFound';
    constructor(message: string) {
      super('IoError', 'NotFound', message);
    }
  }
  export class Denied extends IoError {
    declare readonly tag: 'Denied';
    constructor(message: string) {
      super('IoError', 'Denied', message);
    }
  }
}
const ioErrors = new ErrorConverter<IoError>('IoError', [
  flatErrorVariant('NotFound', (message) => new IoError.NotFound(message)),
  flatErrorVariant('Denied', (message) => new IoError.Denied(message)),
]);

describe('ErrorConverter: rich variants', () => {
  test('a variant with fields', () => {
    // index 1, item "tea", missing 3
    const error = shopErrors.readAll(fromHex('00 00 00 01 00 00 00 03 74 65 61 00 00 00 03'));
    expect(error).toBeInstanceOf(ShopError.OutOfStock);
    expect(error).toBeInstanceOf(ShopError);
    expect(error).toBeInstanceOf(UniffiError);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(ShopError.Closed);
    expect(error.tag).toBe('OutOfStock');
    expect(error.typeName).toBe('ShopError');
    expect(error.name).toBe('ShopError.OutOfStock');
    expect(error.message).toBe('ShopError.OutOfStock { item: "tea", missing: 3 }');
    if (!(error instanceof ShopError.OutOfStock)) throw new Error('narrowing');
    expect(error.item).toBe('tea');
    expect(error.missing).toBe(3);
    expect(String(error)).toBe('ShopError.OutOfStock: ShopError.OutOfStock { item: "tea", missing: 3 }');
    expect(error.stack).toContain('ShopError.OutOfStock');
  });

  test('a variant without fields', () => {
    const error = shopErrors.readAll(fromHex('00 00 00 02'));
    expect(error).toBeInstanceOf(ShopError.Closed);
    expect(error.tag).toBe('Closed');
    expect(error.name).toBe('ShopError.Closed');
    expect(error.message).toBe('ShopError.Closed');
  });

  test('bigint fields are shown with n; sequences, optionals and bytes are formatted', () => {
    const writer = new ByteWriter(4 + 8 + (4 + 16) + 1 + (4 + 3));
    writer.writeI32(3);
    writer.writeI64(-(2n ** 63n));
    writer.writeI32(2);
    writer.writeI64(1n);
    writer.writeI64(-2n);
    writer.writeI8(0);
    writer.writeI32(3);
    writer.writeBytes(Uint8Array.of(1, 2, 3));
    const error = shopErrors.readAll(writer.bytes);
    expect(error).toBeInstanceOf(ShopError.Overdrawn);
    expect(error.message).toBe(
      'ShopError.Overdrawn { balance: -9223372036854775808n, history: [1n, -2n], note: undefined, receipt: Uint8Array(3) }',
    );
    if (!(error instanceof ShopError.Overdrawn)) throw new Error('narrowing');
    expect(error.balance).toBe(-(2n ** 63n));
    expect(error.history).toEqual([1n, -2n]);
  });

  test('switching on tag narrows like generated code expects', () => {
    const error: ShopError = shopErrors.readAll(fromHex('00 00 00 02'));
    let handled = '';
    switch (error.tag) {
      case 'OutOfStock':
      case 'Overdrawn':
        handled = 'other';
        break;
      case 'Closed':
        handled = 'closed';
        break;
    }
    expect(handled).toBe('closed');
  });

  test('invalid variant index, truncated payload, trailing bytes', () => {
    expectThrows(() => shopErrors.readAll(fromHex('00 00 00 00')), RangeError, 'ShopError: invalid variant index 0');
    expectThrows(() => shopErrors.readAll(fromHex('00 00 00 04')), RangeError, 'ShopError: invalid variant index 4');
    expectThrows(() => shopErrors.readAll(fromHex('00 00 00 01 00 00 00 03 74')), RangeError, 'underflow');
    expectThrows(() => shopErrors.readAll(fromHex('00 00 00 02 00')), RangeError, 'ShopError: 1 unread bytes');
  });

  test('errors can be passed back to Rust (error methods take them as receiver)', () => {
    const closed = new ShopError.Closed();
    shopErrors.check(closed, 'e');
    const writer = new ByteWriter(shopErrors.allocationSize(closed));
    shopErrors.write(closed, writer);
    const back = shopErrors.readAll(writer.bytes);
    expect(back).toBeInstanceOf(ShopError.Closed);
    expectThrows(() => shopErrors.check(new Error('plain'), 'e'), TypeError, 'e: expected a ShopError');
  });

  test('lift through a RustBuffer frees it', () => {
    const fake = new FakeNative();
    const buffer = fake.rustBufferFromBytes(fromHex('00 00 00 02'));
    expect(shopErrors.lift(buffer, fake.native)).toBeInstanceOf(ShopError.Closed);
    expect(fake.freeCount(buffer.data)).toBe(1);
  });
});

describe('ErrorConverter: flat variants', () => {
  test('a flat variant carries the message Rust sent', () => {
    // index 2, message "no access to é"
    const message = 'no access to é';
    const bytes = new ByteWriter(4 + 4 + Buffer.byteLength(message));
    bytes.writeI32(2);
    FfiConverterString.write(message, bytes);
    const error = ioErrors.readAll(bytes.bytes);
    expect(error).toBeInstanceOf(IoError.Denied);
    expect(error).toBeInstanceOf(IoError);
    expect(error).toBeInstanceOf(UniffiError);
    expect(error).not.toBeInstanceOf(ShopError);
    expect(error.tag).toBe('Denied');
    expect(error.name).toBe('IoError.Denied');
    expect(error.message).toBe(message);
  });

  test('an empty message stays empty', () => {
    const error = ioErrors.readAll(fromHex('00 00 00 01 00 00 00 00'));
    expect(error).toBeInstanceOf(IoError.NotFound);
    expect(error.message).toBe('');
  });

  test('a flat variant without its message underflows', () => {
    expectThrows(() => ioErrors.readAll(fromHex('00 00 00 01')), RangeError, 'underflow');
  });
});

describe('UniffiError message formatting', () => {
  class Detailed extends UniffiError {
    constructor(fields: Readonly<Record<string, unknown>>) {
      super('Detailed', 'Case', fields);
    }
  }
  const cases: ReadonlyArray<readonly [string, Readonly<Record<string, unknown>>]> = [
    ['Detailed.Case { n: 5n }', { n: 5n }],
    ['Detailed.Case { s: "a\\"b" }', { s: 'a"b' }],
    ['Detailed.Case { m: Map(1) }', { m: new Map([[1, 2]]) }],
    ['Detailed.Case { b: Uint8Array(2) }', { b: Buffer.from('xy') }],
    ['Detailed.Case { o: { x: 1n, y: ["z"] } }', { o: { x: 1n, y: ['z'] } }],
    ['Detailed.Case { nothing: null, flag: false, f: 1.5 }', { nothing: null, flag: false, f: 1.5 }],
  ];
  test.each(cases)('%s', (message, fields) => {
    expect(new Detailed(fields).message).toBe(message);
  });

  test('field converters in a rich variant are read in declaration order', () => {
    const order: string[] = [];
    // A u8 converter that records when it is read.
    const probe = (name: string): FfiConverter<number> =>
      Object.assign(Object.create(FfiConverterU8) as FfiConverter<number>, {
        read(reader: ByteReader): number {
          order.push(name);
          return FfiConverterU8.read(reader);
        },
      });
    class Pair extends UniffiError {
      constructor(fields: { second: number; first: number }) {
        super('Pair', 'P', fields);
      }
    }
    const converter = new ErrorConverter<Pair>('Pair', [
      errorVariant('P', (fields) => new Pair(fields), { second: probe('second'), first: probe('first') }),
    ]);
    expect(converter.readAll(fromHex('00 00 00 01 0a 0b')).message).toBe('Pair.P { second: 10, first: 11 }');
    expect(order).toEqual(['second', 'first']);
  });
});

describe('the other runtime errors', () => {
  test.each([
    ['RustPanic', new RustPanic('boom')],
    ['AbortError', new AbortError('stop')],
    ['LibraryLoadError', new LibraryLoadError('missing')],
    ['InternalError', new InternalError('bug')],
  ] as const)('%s has its name and is an Error', (name, error) => {
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(UniffiError);
    expect(error.name).toBe(name);
    expect(String(error)).toBe(`${name}: ${error.message}`);
  });

  test('abortError carries the signal reason as cause', () => {
    const controller = new AbortController();
    const reason = new Error('user left');
    controller.abort(reason);
    const error = abortError(controller.signal);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.cause).toBe(reason);
    expect(abortError(undefined).cause).toBeUndefined();
  });
});
