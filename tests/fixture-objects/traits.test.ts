// Traits on objects, against the real fixture-objects library:
// - uniffi traits exported on an object (`#[uniffi::export(Display, Debug, Eq, Hash, Ord)]`)
//   become toString(), toDebugString(), equals(), hashCode(), compareTo();
// - a Rust-only trait interface (`#[uniffi::export] trait Shape`, passed as `Arc<dyn Shape>`);
// - objects used as errors (`Result<T, Arc<ObjectError>>`): thrown as Errors that are also
//   objects with methods.
import './symbol-dispose'; // first: jest's realm lacks Symbol.dispose (see the file)
import {
  Counter,
  ObjectDestroyedError,
  ObjectError,
  SemVer,
  SemVerError,
  Shape,
  Tile,
  describeShape,
  drawingNames,
  failWithObject,
  failWithObjectAsync,
  failWithObjectByValue,
  largestShape,
  liveInstances,
  liveInstancesOf,
  makeCircle,
  makeCircleAsync,
  makeSquare,
  objectErrorCode,
  sampleDrawing,
  sortSemvers,
  tileAsShape,
  totalArea,
} from '../../generated/fixture-objects';
import type { ShapeInterface } from '../../generated/fixture-objects';
import { destroyAfterEachTest } from '../helpers';

/** Registers a value (and every object in it) to be destroyed after the test. */
const own = destroyAfterEachTest();

/** Runs `fn`, expects it to throw, and returns (and owns) what it threw. */
function thrown(fn: () => unknown): unknown {
  try {
    own(fn());
  } catch (error) {
    return own(error);
  }
  throw new Error('expected the call to throw');
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      own(value);
      throw new Error('expected the promise to reject');
    },
    (error: unknown) => own(error),
  );
}

const v = (major: number, minor: number, patch: number): SemVer => own(new SemVer(major, minor, patch));

describe('uniffi traits on an object (SemVer)', () => {
  test('Display → toString(), used by String() and template literals', () => {
    const version = v(1, 2, 3);
    expect(version.toString()).toBe('1.2.3');
    expect(String(version)).toBe('1.2.3');
    expect(`v${version}`).toBe('v1.2.3');
    expect(own(version.bumpMajor()).toString()).toBe('2.0.0');
  });

  test('Debug → toDebugString()', () => {
    expect(v(1, 2, 3).toDebugString()).toBe('SemVer(1.2.3)');
    expect(own(SemVer.parse('10.0.7')).toDebugString()).toBe('SemVer(10.0.7)');
  });

  test('Eq → equals(): by value, not by identity', () => {
    const a = v(1, 2, 3);
    const b = own(SemVer.parse('1.2.3'));
    expect(a).not.toBe(b);
    expect(a.equals(b)).toBe(true);
    expect(b.equals(a)).toBe(true);
    expect(a.equals(a)).toBe(true);
    expect(a.equals(v(1, 2, 4))).toBe(false);
    expect(a.equals(v(3, 2, 1))).toBe(false);
  });

  test('Hash → hashCode(): a bigint, equal for equal values', () => {
    const a = v(1, 2, 3);
    const hash = a.hashCode();
    expect(typeof hash).toBe('bigint');
    expect(hash).toBeGreaterThanOrEqual(0n);
    expect(hash).toBeLessThan(2n ** 64n);
    expect(own(SemVer.parse('1.2.3')).hashCode()).toBe(hash);
    expect(a.hashCode()).toBe(hash); // stable
    const others = new Set([v(1, 2, 4), v(0, 0, 0), v(3, 2, 1), v(2, 1, 3)].map((x) => x.hashCode()));
    expect(others.has(hash)).toBe(false);
    expect(others.size).toBe(4);
  });

  test('Ord → compareTo(): negative, zero or positive, as Rust orders', () => {
    expect(v(1, 2, 3).compareTo(v(1, 2, 3))).toBe(0);
    expect(v(1, 2, 3).compareTo(v(1, 10, 0))).toBeLessThan(0);
    expect(v(2, 0, 0).compareTo(v(1, 99, 99))).toBeGreaterThan(0);
    expect(v(0, 0, 1).compareTo(v(0, 0, 0))).toBeGreaterThan(0);
  });

  test('compareTo() sorts like Rust’s Ord (sortSemvers)', () => {
    const versions = ['1.10.0', '1.2.3', '0.9.9', '1.2.10', '2.0.0', '1.2.3'].map((t) => own(SemVer.parse(t)));
    const sortedInJs = [...versions].sort((a, b) => a.compareTo(b)).map(String);
    const sortedInRust = own(sortSemvers(versions));
    expect(sortedInRust.map(String)).toEqual(['0.9.9', '1.2.3', '1.2.3', '1.2.10', '1.10.0', '2.0.0']);
    expect(sortedInJs).toEqual(sortedInRust.map(String));
    // New handles to the same Rust objects, not new objects.
    expect(sortedInRust[0]).not.toBe(versions[2]);
    expect(sortedInRust.every((s) => s instanceof SemVer)).toBe(true);
  });

  test('trait methods check their argument and the receiver', () => {
    const a = v(1, 0, 0);
    const counter = own(new Counter(1n));
    expect(() => a.equals(counter as unknown as SemVer)).toThrow(TypeError);
    expect(() => a.compareTo({} as SemVer)).toThrow(TypeError);
    const dead = new SemVer(1, 0, 0);
    dead.destroy();
    expect(() => a.equals(dead)).toThrow(ObjectDestroyedError);
    expect(() => dead.toString()).toThrow(ObjectDestroyedError);
    expect(() => dead.hashCode()).toThrow(ObjectDestroyedError);
  });

  test('a fallible constructor with a typed error', () => {
    const error = thrown(() => SemVer.parse('1.2'));
    expect(error).toBeInstanceOf(SemVerError.Malformed);
    expect((error as SemVerError.Malformed).text).toBe('1.2');
  });

  test('an object without exported traits has none of these methods', () => {
    const counter = own(new Counter(1n));
    expect(String(counter)).toBe('[object Object]');
    expect('toDebugString' in counter).toBe(false);
    expect('equals' in counter).toBe(false);
    // @ts-expect-error Counter exports no Eq.
    expect(() => counter.equals(counter)).toThrow(TypeError);
    // @ts-expect-error Counter exports no Hash.
    expect(counter.hashCode).toBeUndefined();
  });

  test('no leak: trait calls release their clones', () => {
    const before = liveInstancesOf('SemVer');
    for (let i = 0; i < 100; i++) {
      const a = new SemVer(1, 2, i);
      const b = new SemVer(1, 2, i);
      expect(a.equals(b)).toBe(true);
      expect(a.compareTo(b)).toBe(0);
      expect(a.hashCode()).toBe(b.hashCode());
      a.destroy();
      b.destroy();
    }
    expect(liveInstancesOf('SemVer')).toBe(before);
  });
});

describe('a Rust-only trait interface (Shape)', () => {
  test('trait objects from functions are Shape instances with working methods', () => {
    const circle = own(makeCircle(1));
    const square = own(makeSquare(2));
    expect(circle).toBeInstanceOf(Shape);
    expect(square).toBeInstanceOf(Shape);
    expect(circle.name()).toBe('circle');
    expect(circle.area()).toBeCloseTo(Math.PI, 12);
    expect(square.name()).toBe('square');
    expect(square.area()).toBe(4);
  });

  test('a trait method returning a trait object', () => {
    const bigger = own(own(makeCircle(1)).scaled(2));
    expect(bigger).toBeInstanceOf(Shape);
    expect(bigger.name()).toBe('circle');
    expect(bigger.area()).toBeCloseTo(4 * Math.PI, 12);
  });

  test('trait objects as arguments, in a Vec, in an Option and in a record', async () => {
    const circle = own(makeCircle(1));
    const square = own(makeSquare(2));
    expect(describeShape(circle)).toBe('circle with area 3.14');
    expect(describeShape(square)).toBe('square with area 4.00');
    expect(totalArea([circle, square, square])).toBeCloseTo(Math.PI + 8, 12);
    expect(totalArea([]) === 0).toBe(true); // Rust's empty f64 sum is -0.0, kept as -0
    const largest = own(largestShape([circle, square]));
    expect(largest).toBeInstanceOf(Shape);
    expect(largest?.name()).toBe('square');
    expect(largestShape([])).toBeUndefined();

    const drawing = own(sampleDrawing());
    expect(drawing.title).toBe('sample');
    expect(drawing.shapes.map((s) => s.name())).toEqual(['circle', 'square']);
    expect(drawing.shapes.every((s) => s instanceof Shape)).toBe(true);
    expect(drawingNames({ title: 'mine', shapes: [square, circle, square] })).toEqual(['square', 'circle', 'square']);

    const asyncCircle = own(await makeCircleAsync(2));
    expect(asyncCircle).toBeInstanceOf(Shape);
    expect(asyncCircle.area()).toBeCloseTo(4 * Math.PI, 12);
  });

  test('Shape has no public constructor', () => {
    const make = (): Shape => {
      // @ts-expect-error Shape's constructor is private: instances come from Rust.
      return new Shape();
    };
    expect(() => make().area()).toThrow(/never attached to a Rust object/);
  });

  test('an exported object implementing the trait (Tile)', () => {
    const tile = own(new Tile(2, 'red'));
    expect(tile).toBeInstanceOf(Tile);
    expect(tile.colour()).toBe('red');
    expect(tile.area()).toBe(4);
    expect(tile.name()).toBe('red tile');
    const half = own(tile.scaled(0.5));
    expect(half).toBeInstanceOf(Shape);
    expect(half.name()).toBe('red tile');
    expect(half.area()).toBe(1);

    // A Tile is not a Shape handle: it must go through tileAsShape. (TypeScript does not stop
    // `describeShape(tile)`, the classes being structurally compatible: see
    // tests/consumer/strict-consumer.test.ts.)
    expect(tile).not.toBeInstanceOf(Shape);
    expect(() => describeShape(tile as unknown as Shape)).toThrow(TypeError);
    const shape = own(tileAsShape(tile));
    expect(shape).toBeInstanceOf(Shape);
    expect(describeShape(shape)).toBe('red tile with area 4.00');
  });

  test('Tile implements ShapeInterface, the interface of the trait, as Shape does', () => {
    // `#[uniffi::export] impl Shape for Tile`: as in the reference bindings, the class declares
    // the trait's methods (Python: `class Tile(ShapeProtocol)`), and code written against the
    // interface takes either. Crossing as an `Arc<dyn Shape>` stays Shape's alone (see above).
    const describe = (shape: ShapeInterface): string => `${shape.name()}: ${shape.area()}`;
    const tile = own(new Tile(3, 'green'));
    const circle = own(makeCircle(1));
    expect(describe(tile)).toBe('green tile: 9');
    expect(describe(circle)).toMatch(/^circle: 3.14/);
    const scaled: ShapeInterface = own(tile.scaled(2));
    expect(scaled.area()).toBe(36);
  });

  test('live instances of trait implementations go up and down', () => {
    const before = liveInstances();
    const circles = Array.from({ length: 5 }, (_, i) => makeCircle(i));
    const tile = new Tile(1, 'blue');
    const asShape = tileAsShape(tile);
    expect(liveInstancesOf('Circle')).toBeGreaterThanOrEqual(5n);
    expect(liveInstances()).toBe(before + 6n); // the Tile once, whatever its handles
    tile.destroy();
    expect(liveInstances()).toBe(before + 6n); // still referenced through asShape
    asShape.destroy();
    circles.forEach((c) => c.destroy());
    expect(liveInstances()).toBe(before);
  });
});

describe('objects used as errors (ObjectError)', () => {
  test('a sync function throws an ObjectError: an Error, with Display as its message', () => {
    const before = liveInstancesOf('ObjectError');
    const error = thrown(() => failWithObject(3, 'boom'));
    expect(error).toBeInstanceOf(ObjectError);
    expect(error).toBeInstanceOf(Error);
    const e = error as ObjectError;
    expect(e.name).toBe('ObjectError');
    expect(e.message).toBe('error 3: boom');
    expect(String(e)).toBe('error 3: boom');
    expect(e.stack).toContain('error 3: boom');
    expect(liveInstancesOf('ObjectError')).toBe(before + 1n);
    e.destroy();
    expect(liveInstancesOf('ObjectError')).toBe(before);
    expect(e.message).toBe('error 3: boom'); // the message survives destroy()
  });

  test('its methods work: code(), message_(), isRetryable(), toDebugString()', () => {
    const e = thrown(() => failWithObject(4, 'even')) as ObjectError;
    expect(e.code()).toBe(4);
    expect(e.message_()).toBe('even');
    expect(e.isRetryable()).toBe(true);
    expect(e.toString()).toBe('error 4: even');
    expect(e.toDebugString()).toMatch(/^ObjectError \{ code: 4, message: "even", retryable: true/);
    const odd = thrown(() => failWithObject(5, 'odd')) as ObjectError;
    expect(odd.isRetryable()).toBe(false);
  });

  test('`toThrow` matchers see its message', () => {
    let caught: unknown;
    expect(() => {
      try {
        failWithObject(1, 'x');
      } catch (error) {
        caught = own(error);
        throw error;
      }
    }).toThrow('error 1: x');
    expect(caught).toBeInstanceOf(ObjectError);
  });

  test('an async function rejects with an ObjectError', async () => {
    const error = await rejection(failWithObjectAsync(8, 'later'));
    expect(error).toBeInstanceOf(ObjectError);
    expect(error).toBeInstanceOf(Error);
    const e = error as ObjectError;
    expect(e.message).toBe('error 8: later');
    expect(e.code()).toBe(8);
    expect(e.message_()).toBe('later');
    expect(e.isRetryable()).toBe(true);
  });

  test('`Result<T, ObjectError>` (by value) is the same on the wire', () => {
    expect(failWithObjectByValue(0)).toBe(0);
    const e = thrown(() => failWithObjectByValue(5)) as ObjectError;
    expect(e).toBeInstanceOf(ObjectError);
    expect(e.message).toBe('error 5: by value');
    expect(e.code()).toBe(5);
  });

  test('a method throwing an object error', () => {
    const counter = own(new Counter(1n));
    expect(counter.checkedSub(1n)).toBe(0n);
    const e = thrown(() => counter.checkedSub(100n)) as ObjectError;
    expect(e).toBeInstanceOf(ObjectError);
    expect(e.message).toBe('error 1: cannot subtract 100 from 0');
    expect(e.code()).toBe(1);
    expect(e.isRetryable()).toBe(false);
    expect(counter.get()).toBe(0n);
  });

  test('a caught error object can be passed back to Rust', () => {
    const e = thrown(() => failWithObject(42, 'again')) as ObjectError;
    expect(objectErrorCode(e)).toBe(42);
    expect(objectErrorCode(e)).toBe(42);
    expect(e.code()).toBe(42);
  });

  test('after destroy(), its methods throw ObjectDestroyedError', () => {
    const e = thrown(() => failWithObject(2, 'gone')) as ObjectError;
    e.destroy();
    expect(e.isDestroyed).toBe(true);
    expect(() => e.code()).toThrow(ObjectDestroyedError);
    expect(() => objectErrorCode(e)).toThrow(ObjectDestroyedError);
    e.destroy(); // idempotent
  });

  test('`using` works for error objects too', () => {
    const before = liveInstancesOf('ObjectError');
    try {
      failWithObject(7, 'scoped');
    } catch (error) {
      if (!(error instanceof ObjectError)) throw error;
      using e = error;
      expect(e.code()).toBe(7);
      expect(liveInstancesOf('ObjectError')).toBe(before + 1n);
    }
    expect(liveInstancesOf('ObjectError')).toBe(before);
  });

  test('a look-alike Error is not an ObjectError', () => {
    const fake = Object.assign(new Error('error 1: fake'), { code: () => 1 }) as unknown as ObjectError;
    expect(fake).not.toBeInstanceOf(ObjectError);
    expect(() => objectErrorCode(fake)).toThrow(TypeError);
  });
});
