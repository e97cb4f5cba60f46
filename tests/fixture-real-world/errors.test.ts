// Error classes in the assertion styles of jest and node:test
// (crates/fixtures/real-world/src/errors.rs): the error type and each variant class are
// constructors (not `abstract`), so `toThrow(HtmlError)` and `assert.throws(f, HtmlError)`
// typecheck and pass, sync and async; so does an object used as an error without a primary
// constructor (`Failure`, from names.rs). This file is type-checked by ts-jest and
// `npm run typecheck`; node-test.ts runs the same assertions under node:test itself.
// Also custom types over an error enum, used as error types (`CustomError`, `CustomRangeError`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import {
  ErrorTrait,
  Failure,
  Gauge,
  HtmlError,
  TupleError,
  UniffiError,
  fail,
  failAsync,
  fallibleMe,
  oopsCustom,
  oopsCustomAsync,
  oopsRange,
  oopsTuple,
  parseHtml,
  parseHtmlAsync,
  toops,
  toopsAsync,
} from '../../generated/fixture-real-world';
import { packageName } from '../transport';
import { caught } from '../helpers';

describe('jest', () => {
  test('toThrow with the error type, a variant class, the runtime base class', () => {
    expect(parseHtml('<p>')).toBe('p');
    expect(() => parseHtml('')).toThrow(HtmlError);
    expect(() => parseHtml('')).toThrow(HtmlError.InvalidHtml);
    expect(() => parseHtml('')).toThrow(UniffiError);
    expect(() => parseHtml('')).toThrow(Error);
    expect(() => parseHtml('x')).toThrowError(HtmlError.Other);
    expect(() => parseHtml('x')).not.toThrow(HtmlError.InvalidHtml);
    expect(() => parseHtml('x')).toThrow(/HtmlError.Other/);
  });

  test('rejects.toThrow, toBeInstanceOf, toMatchObject', async () => {
    await expect(parseHtmlAsync('')).rejects.toThrow(HtmlError);
    await expect(parseHtmlAsync('x')).rejects.toThrow(HtmlError.Other);
    await expect(parseHtmlAsync('x')).rejects.toBeInstanceOf(HtmlError);
    await expect(parseHtmlAsync('x')).rejects.toMatchObject({ tag: 'Other', reason: 'starts with "x"' });
    await expect(parseHtmlAsync('<a>')).resolves.toBe('a');
  });
});

describe('node:assert (what node:test uses)', () => {
  test('assert.throws with a class, an object pattern, a validation function', () => {
    assert.throws(() => parseHtml(''), HtmlError);
    assert.throws(() => parseHtml(''), HtmlError.InvalidHtml);
    assert.throws(() => parseHtml('x'), { tag: 'Other', reason: 'starts with "x"' });
    assert.throws(
      () => parseHtml('x'),
      (error: unknown) => error instanceof HtmlError.Other && error.reason === 'starts with "x"',
    );
    assert.throws(() => assert.throws(() => parseHtml('x'), HtmlError.InvalidHtml));
  });

  test('assert.rejects', async () => {
    await assert.rejects(parseHtmlAsync(''), HtmlError);
    await assert.rejects(parseHtmlAsync('x'), HtmlError.Other);
    await assert.rejects(parseHtmlAsync('x'), { name: 'HtmlError.Other' });
  });
});

describe('the classes themselves', () => {
  test('a variant built in TypeScript is an instance of its type (for mocks and tests)', () => {
    const made = new HtmlError.Other({ reason: 'r' });
    expect(made).toBeInstanceOf(HtmlError);
    expect(made).toBeInstanceOf(UniffiError);
    expect(made.tag).toBe('Other');
    expect(() => {
      throw made;
    }).toThrow(HtmlError);
  });
});

describe('an object used as an error, without a primary constructor (Failure)', () => {
  test('toThrow, rejects.toThrow and assert.throws take the class', async () => {
    expect(() => fail(1)).toThrow(Failure);
    expect(() => fail(1)).toThrow('failure 1');
    await expect(failAsync(2)).rejects.toThrow(Failure);
    assert.throws(() => fail(3), Failure);
    await assert.rejects(failAsync(4), Failure);
  });

  test('its constructor is public only for those types: calling it throws, and TypeScript refuses it', () => {
    // @ts-expect-error Failure has no primary constructor: instances come from Rust.
    expect(() => new Failure()).toThrow(/Failure has no constructor: instances come from Rust/);
    expect(() => new Failure(undefined as never)).toThrow(TypeError);
  });
});

describe('a custom type over an error enum, used as the error type', () => {
  test("throws the enum's variant (as uniffi's reference bindings do)", () => {
    expect(() => oopsTuple(0, 'x')).toThrow(TupleError.Oops);
    const error = caught(() => oopsCustom(7));
    expect(error).toBeInstanceOf(TupleError);
    expect(error).toBeInstanceOf(TupleError.Value);
    expect(error).toMatchObject({ tag: 'Value', inner: [7] });
    expect(() => oopsCustom(1)).toThrow(TupleError.Value);
    assert.throws(() => oopsCustom(2), TupleError.Value);
  });

  test('from async functions and methods too', async () => {
    await expect(oopsCustomAsync(3)).rejects.toThrow(TupleError.Value);
    await expect(oopsCustomAsync(3)).rejects.toMatchObject({ inner: [3] });
    const gauge = new Gauge(10);
    expect(gauge.read(5)).toBe(5);
    expect(() => gauge.read(11)).toThrow(TupleError.Value);
    expect(caught(() => gauge.read(12))).toMatchObject({ inner: [12] });
    gauge.destroy();
  });

  test("through the custom type's TypeScript lift when one is configured (a RangeError caused by the variant)", () => {
    expect(() => oopsRange(9)).toThrow(RangeError);
    const error = caught(() => oopsRange(9)) as RangeError;
    expect(error).not.toBeInstanceOf(UniffiError);
    expect(error.message).toBe('out of range (TupleError.Value: TupleError.Value { inner: [9] })');
    expect(error.cause).toBeInstanceOf(TupleError.Value);
    expect(error.cause).toMatchObject({ inner: [9] });
  });
});

describe('node:test itself', () => {
  test("node-test.ts passes under node's own test runner", () => {
    const script = resolve(__dirname, 'node-test.ts');
    const result = spawnSync(process.execPath, ['--require', 'ts-node/register/transpile-only', script], {
      cwd: resolve(__dirname, '../..'),
      encoding: 'utf8',
      env: { ...process.env, UNIFFI_TS_TEST_PACKAGE: packageName('fixture-real-world') },
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^# fail 0$/m);
    expect(result.stdout).toMatch(/^# pass [1-9]/m);
    expect(result.status).toBe(0);
  }, 60_000);
});

describe("a Rust-only trait as the error type (uniffi's error-types fixture)", () => {
  test('the thrown value is an object of the trait, whose methods work', async () => {
    const error = caught(() => toops());
    expect(error).toBeInstanceOf(ErrorTrait);
    expect(error).toBeInstanceOf(Error);
    expect((error as ErrorTrait).msg()).toBe('trait-oops');
    expect(() => toops()).toThrow(ErrorTrait);
    await expect(toopsAsync('async-oops')).rejects.toBeInstanceOf(ErrorTrait);
    const rejected = await toopsAsync('async-oops').catch((e: unknown) => e);
    expect((rejected as ErrorTrait).msg()).toBe('async-oops');
    (rejected as ErrorTrait).destroy();
    (error as ErrorTrait).destroy();
  });
});

describe('the stack of an error from an async call', () => {
  // V8 keeps the await chain of an error created in an async function: the generated function
  // and the runtime await the call, so the caller appears, as it does for a sync call.
  async function userCaller(): Promise<number> {
    return await fallibleMe(true);
  }

  test('names the function called and its caller', async () => {
    const error = await userCaller().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HtmlError.Other);
    const stack = String((error as Error).stack);
    expect(stack).toMatch(/\bfallibleMe\b/);
    expect(stack).toMatch(/\buserCaller\b/);
    await expect(fallibleMe(false)).resolves.toBe(7);
  });

  test('an object thrown as an error (a Rust-only trait here) has the caller in its stack too, sync and async', async () => {
    function syncTraitCaller(): void {
      toops();
    }
    const sync = String((caught(syncTraitCaller) as Error).stack);
    expect(sync).toMatch(/\btoops\b/);
    expect(sync).toMatch(/\bsyncTraitCaller\b/);
    async function asyncTraitCaller(): Promise<number> {
      return await toopsAsync('x');
    }
    const rejected = await asyncTraitCaller().catch((e: unknown) => e);
    const stack = String((rejected as Error).stack);
    expect(stack).toMatch(/\btoopsAsync\b/);
    expect(stack).toMatch(/\basyncTraitCaller\b/);
  });

  test("three callers deep, the outermost is still there (the runtime's own frames are left out)", async () => {
    async function outer(): Promise<number> {
      return await middle();
    }
    async function middle(): Promise<number> {
      return await fallibleMe(true);
    }
    const stack = String(((await outer().catch((e: unknown) => e)) as Error).stack);
    expect(stack).toMatch(/\bmiddle\b/);
    expect(stack).toMatch(/\bouter\b/);
  });

  test("a sync call's stack names its caller too (what the async one now matches)", () => {
    function syncCaller(): string {
      return parseHtml('');
    }
    const stack = String((caught(syncCaller) as Error).stack);
    expect(stack).toMatch(/\bparseHtml\b/);
    expect(stack).toMatch(/\bsyncCaller\b/);
  });
});
