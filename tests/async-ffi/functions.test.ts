// Sync and async top-level functions through the generated package.
import {
  add,
  checkedGreeting,
  pauseMs,
  sayHello,
  sayHelloSync,
  setWorkDelayMs,
  sumAsync,
  validateName,
} from '../../generated/async-ffi';

const GREETING = /^Hello, (.*)! \(from Rust thread '([^']*)' ThreadId\((\d+)\)\)$/;

beforeAll(() => setWorkDelayMs(5n));

describe('async functions', () => {
  test('say_hello awaits a tokio sleep and names the Rust thread that greeted', async () => {
    const text = await sayHello('World');
    const match = GREETING.exec(text);
    expect(match).not.toBeNull();
    expect(match?.[1]).toBe('World');
  });

  test('many calls in flight resolve with their own results', async () => {
    const names = Array.from({ length: 100 }, (_, i) => `caller ${i} ✓`);
    const results = await Promise.all(names.map((name) => sayHello(name)));
    results.forEach((text, i) => expect(GREETING.exec(text)?.[1]).toBe(names[i]));
  });

  test('an async function returning nothing resolves to undefined', async () => {
    await expect(pauseMs(1n)).resolves.toBeUndefined();
  });

  test('async results are exact 64-bit values', async () => {
    await expect(sumAsync([2n ** 63n, 2n ** 63n - 1n])).resolves.toBe(2n ** 64n - 1n);
    await expect(sumAsync([2n ** 64n - 1n, 2n])).resolves.toBe(1n); // wraps like Rust
  });

  test('an async function that declares an error resolves when it succeeds', async () => {
    await expect(checkedGreeting('Ann')).resolves.toMatch(GREETING);
  });
});

describe('sync functions', () => {
  test('say_hello_sync runs on the calling thread', () => {
    expect(sayHelloSync('Bob')).toMatch(GREETING);
  });

  test('scalars in, scalar out', () => {
    expect(add(40, 2)).toBe(42);
    expect(add(2147483647, 1)).toBe(-2147483648); // wrapping_add
  });

  test('a function returning Result<(), E> returns undefined on success', () => {
    expect(validateName('Ann')).toBeUndefined();
  });
});
