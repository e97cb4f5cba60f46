// Records with defaults (crates/fixtures/real-world/src/records.rs): `R.create(fields)` returns
// the complete record, each omitted field with its Rust default, without a call into Rust (as
// uniffi's reference bindings do: `RecWithDefault().n == 42`); records whose fields all default
// take no argument. Plain object literals keep working: defaults are filled in on the way to Rust.
import {
  AllDefaults,
  Mixed,
  RecWithDefault,
  TestCase,
  debugTestCase,
  echoAllDefaults,
  echoMixed,
  echoTestCase,
  nestedN,
  rustAllDefaults,
  rustMixed,
  rustRecWithDefault,
} from '../../generated/fixture-real-world';

describe('the factory returns the complete record', () => {
  test('one defaulted field: RecWithDefault.create().n === 42, typed as present', () => {
    const value = RecWithDefault.create();
    const n: number = value.n; // not `number | undefined`
    expect(n).toBe(42);
    expect(value).toEqual(rustRecWithDefault());
    expect(RecWithDefault.create({ n: 7 })).toEqual({ n: 7 });
  });

  test('every field defaulted, a nested record of defaults included: equal to what Rust builds', () => {
    const value = AllDefaults.create();
    expect(value).toEqual(rustAllDefaults());
    expect(value.nested.n).toBe(42);
    expect(value.big).toBe(18446744073709551615n);
    expect(value.retries).toBe(5);
    expect('nickname' in value && value.nickname === undefined).toBe(true);
    expect(echoAllDefaults(value)).toEqual(value);
  });

  test('given fields win; undefined selects the default; null is None for an Option defaulting to Some', () => {
    const value = AllDefaults.create({ text: 'given', retries: undefined, list: [1, 2] });
    expect(value).toEqual({ ...rustAllDefaults(), text: 'given', list: [1, 2] });
    // null stays null (None on the way to Rust; undefined would select Some(5) again).
    expect(AllDefaults.create({ retries: null }).retries).toBeNull();
    expect(echoAllDefaults(AllDefaults.create({ retries: null })).retries).toBeUndefined();
    expect(echoAllDefaults({ retries: null }).retries).toBeUndefined();
    expect(echoAllDefaults({ retries: undefined }).retries).toBe(5);
  });

  test('required fields stay required', () => {
    const value = Mixed.create({ name: 'n', secure: true });
    const port: number = value.port;
    expect(port).toBe(8080);
    expect(value).toEqual(rustMixed('n', true));
    expect(echoMixed(value)).toEqual(value);
    // @ts-expect-error `name` and `secure` have no default
    expect(Mixed.create({ port: 1 })).toEqual(expect.objectContaining({ port: 1 }));
  });

  test('each call returns fresh defaults (no shared list or map)', () => {
    const a = AllDefaults.create();
    const b = AllDefaults.create();
    a.list.push(1);
    a.counters.set('k', 1);
    expect(b.list).toEqual([]);
    expect(b.counters.size).toBe(0);
    expect(a.nested).not.toBe(b.nested);
  });
});

describe('plain object literals keep working', () => {
  test('an empty literal is completed on the way to Rust', () => {
    const literal: AllDefaults = {};
    expect(literal.text).toBeUndefined();
    expect(echoAllDefaults(literal)).toEqual(rustAllDefaults());
    const mixed: Mixed = { name: 'm', secure: false };
    expect(echoMixed(mixed)).toEqual(rustMixed('m', false));
  });

  test('an argument defaulting to a record of defaults', () => {
    expect(nestedN()).toBe(42);
    expect(nestedN({ nested: { n: 3 } })).toBe(3);
  });
});

describe("a tuple variant with defaulted fields (uniffi's enum fixture: `Three(#[uniffi(default = 5)] i32)`)", () => {
  test('its constructor takes the defaulted value as optional', () => {
    expect(TestCase.Three()).toEqual({ tag: 'Three', inner: [5] });
    expect(TestCase.Three(8)).toEqual({ tag: 'Three', inner: [8] });
    expect(debugTestCase(TestCase.Three())).toBe('Three(5)');
    expect(echoTestCase(TestCase.Three())).toEqual(TestCase.Three(5));
  });

  test('after a required field; an Option defaulting to Some takes null for None', () => {
    expect(TestCase.Four('a')).toEqual({ tag: 'Four', inner: ['a', 9] });
    expect(debugTestCase(TestCase.Four('a'))).toBe('Four("a", Some(9))');
    expect(debugTestCase(TestCase.Four('a', undefined))).toBe('Four("a", Some(9))');
    expect(debugTestCase(TestCase.Four('a', null))).toBe('Four("a", None)');
    expect(echoTestCase(TestCase.Four('b', 3))).toEqual({ tag: 'Four', inner: ['b', 3] });
  });

  test('the other variants of the same enum keep working', () => {
    expect(debugTestCase(TestCase.One())).toBe('One');
    expect(debugTestCase(TestCase.Two())).toBe('Two { label: "two" }');
    expect(echoTestCase(TestCase.Two({ label: 'x' }))).toEqual({ tag: 'Two', label: 'x' });
  });
});
