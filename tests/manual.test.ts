/**
 * The manual approach end to end: `crates/async-ffi/src/manual.rs` through the hand-written
 * wrapper `examples/demo/src/manual-bindings.ts`, over each of its transports (ffi-rs and koffi):
 * the same `ManualGreeter` tests run once per transport.
 *
 * Needs `cargo build --release -p async-ffi` first. No test asserts timings.
 */

import { spawnSync } from 'child_process';
import * as path from 'path';
import {
  DataType,
  JsExternal,
  PointerType,
  createPointer,
  freePointer,
  funcConstructor,
  load,
  open,
  unwrapPointer,
} from 'ffi-rs';
import {
  MANUAL_TRANSPORTS,
  ManualCancelledError,
  ManualFfiError,
  ManualGreeter,
  ManualNameError,
  ManualStatus,
  type ManualTransport,
  errorForStatus,
  jsThreadInfo,
} from '../examples/demo/src/manual-bindings';

const ROOT = path.resolve(__dirname, '..');
const LIB = path.join(ROOT, 'target/release/libasync_ffi.so');
const BINDINGS = path.join(ROOT, 'examples/demo/src/manual-bindings.ts');

/** A separate ffi-rs key on the same library (same handle, same global runtime) for raw calls. */
const RAW = 'manual-test-raw';

const GREETING = (name: string): RegExp =>
  new RegExp(`^Hello, ${escapeRegExp(name)}! \\(from Rust thread 'manual-tokio-worker' ThreadId\\(\\d+\\)\\)$`);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Polls `condition` until it holds; fails after `limitMs` (a hang detector, not a timing check). */
async function waitFor(condition: () => boolean, what: string, limitMs = 10_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function rawStatus(funcName: string): number {
  return load({ library: RAW, funcName, retType: DataType.I32, paramsType: [], paramsValue: [] });
}

function callbacksInFlight(): number {
  return load({
    library: RAW,
    funcName: 'manual_callbacks_in_flight',
    retType: DataType.U64,
    paramsType: [],
    paramsValue: [],
  });
}

/** The UniFFI export `set_work_delay_ms` (shared by both approaches), called raw. */
function setWorkDelayMs(ms: number): void {
  const callStatus = Buffer.alloc(32); // RustCallStatus { code: i8, error_buf: RustBuffer }
  load({
    library: RAW,
    funcName: 'uniffi_async_ffi_fn_func_set_work_delay_ms',
    retType: DataType.Void,
    paramsType: [DataType.U64, DataType.U8Array],
    paramsValue: [ms, callStatus],
  });
  expect(callStatus.readInt8(0)).toBe(0);
}

/** The UniFFI export `rust_heap_live_bytes`: bytes this library currently holds on its heap. */
function rustHeapLiveBytes(): number {
  const callStatus = Buffer.alloc(32);
  const bytes = load({
    library: RAW,
    funcName: 'uniffi_async_ffi_fn_func_rust_heap_live_bytes',
    retType: DataType.I64,
    paramsType: [DataType.U8Array],
    paramsValue: [callStatus],
  });
  expect(callStatus.readInt8(0)).toBe(0);
  return bytes;
}

beforeAll(() => {
  open({ library: RAW, path: LIB });
});

describe.each(MANUAL_TRANSPORTS)('ManualGreeter over %s', (transport) => {
  let greeter: ManualGreeter;

  beforeAll(() => {
    greeter = ManualGreeter.open(LIB, { transport });
  });

  beforeEach(() => {
    greeter.init();
  });

  afterAll(async () => {
    greeter.cleanup();
    await waitFor(() => !greeter.isCallbackRegistered, 'the callback to be released');
  });

  test('opens the requested transport', () => {
    expect(greeter.transport).toBe(transport);
  });

  test('a single call resolves, on the JS thread, with a greeting from a tokio worker thread', async () => {
    const text = await greeter.sayHelloAsync('Ann');
    expect(text).toMatch(GREETING('Ann'));
    // The Promise settles on the JS thread that called (the main thread here).
    expect(jsThreadInfo()).toEqual({ pid: process.pid, threadId: 0, isMainThread: true });
  });

  test('50 concurrent calls all resolve with their own names', async () => {
    const names = Array.from({ length: 50 }, (_, i) => `caller ${i} ${i % 2 ? 'Zoë' : '🦀'}`);
    const promises = names.map((name) => greeter.sayHelloAsync(name));
    expect(greeter.pendingCount).toBe(50);
    const greetings = await Promise.all(promises);
    greetings.forEach((text, i) => expect(text).toMatch(GREETING(names[i] ?? '')));
    expect(greeter.pendingCount).toBe(0);
  });

  test('every greeting string is handed back to Rust and freed', async () => {
    const batch = async (): Promise<void> => {
      const names = Array.from({ length: 100 }, (_, i) => `leak check ${i}`);
      const greetings = await Promise.all(names.map((name) => greeter.sayHelloAsync(name)));
      greetings.forEach((text, i) => expect(text).toMatch(GREETING(names[i] ?? '')));
    };
    // Warm up: tokio sizes its internal structures for this much concurrency.
    await batch();
    await batch();
    const before = rustHeapLiveBytes();
    for (let i = 0; i < 5; i++) await batch();
    // 500 leaked greetings would hold about 37,500 bytes. The counter is process-wide, so
    // tokio's own bookkeeping moves it by a few kilobytes either way (3 KB seen once in CI).
    expect(rustHeapLiveBytes() - before).toBeLessThan(16_000);
  });

  test('an empty name is a valid string', async () => {
    await expect(greeter.sayHelloAsync('')).resolves.toMatch(GREETING(''));
  });

  test('the one callback is reused across sequential awaits and released when idle', async () => {
    await waitFor(() => !greeter.isCallbackRegistered, 'the callback to be released');
    const before = greeter.callbackRegistrations;
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      expect(await greeter.sayHelloAsync(name)).toMatch(GREETING(name));
    }
    expect(greeter.callbackRegistrations).toBe(before + 1);
    expect(greeter.isCallbackRegistered).toBe(true); // release is deferred past this continuation
    await waitFor(() => !greeter.isCallbackRegistered, 'the callback to be released');
  });

  test('names that cannot be C strings are rejected with a TypeError before crossing', async () => {
    await waitFor(() => !greeter.isCallbackRegistered, 'the callback to be released');
    const before = greeter.callbackRegistrations;
    for (const bad of ['a\0b', '\0', 'lone \uD800 surrogate', 42 as unknown as string]) {
      const rejection = greeter.sayHelloAsync(bad);
      await expect(rejection).rejects.toBeInstanceOf(TypeError);
      await expect(rejection).rejects.toBeInstanceOf(ManualNameError);
      await expect(rejection).rejects.toMatchObject({ status: undefined });
    }
    // Nothing crossed: the callback was never even registered.
    expect(greeter.callbackRegistrations).toBe(before);
    // A well-formed surrogate pair is fine.
    await expect(greeter.sayHelloAsync('pair 🦀')).resolves.toMatch(GREETING('pair 🦀'));
  });

  test('calls before init and after cleanup reject with an Error that is not a TypeError', async () => {
    expect(greeter.cleanup()).toBe('stopped');
    const before = greeter.sayHelloAsync('early');
    await expect(before).rejects.toBeInstanceOf(ManualFfiError);
    await expect(before).rejects.not.toBeInstanceOf(TypeError);
    await expect(before).rejects.toMatchObject({ status: ManualStatus.NotInitialized });
    await expect(before).rejects.toThrow(/not running; call init\(\) first/);

    expect(greeter.init()).toBe('started');
    await expect(greeter.sayHelloAsync('on time')).resolves.toMatch(GREETING('on time'));

    expect(greeter.cleanup()).toBe('stopped');
    await expect(greeter.sayHelloAsync('late')).rejects.toMatchObject({ status: ManualStatus.NotInitialized });
  });

  test('init and cleanup are idempotent, and init works again after cleanup', async () => {
    expect(greeter.init()).toBe('already-running'); // beforeEach started it
    expect(greeter.cleanup()).toBe('stopped');
    expect(greeter.cleanup()).toBe('not-running');
    for (let round = 0; round < 3; round++) {
      expect(greeter.init()).toBe('started');
      expect(greeter.init()).toBe('already-running');
      await expect(greeter.sayHelloAsync(`round ${round}`)).resolves.toMatch(GREETING(`round ${round}`));
      expect(greeter.cleanup()).toBe('stopped');
    }
  });

  test('cleanup cancels pending calls: they reject with ManualCancelledError', async () => {
    setWorkDelayMs(60_000);
    try {
      const pending = ['x', 'y', 'z'].map((name) => greeter.sayHelloAsync(name));
      // Over koffi this blocks for tokio's 5 s shutdown timeout (see examples/demo/src/manual/koffi.ts).
      expect(greeter.cleanup()).toBe('stopped');
      const outcomes = await Promise.allSettled(pending);
      for (const outcome of outcomes) {
        expect(outcome.status).toBe('rejected');
        if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(ManualCancelledError);
      }
    } finally {
      setWorkDelayMs(10);
    }
    expect(greeter.pendingCount).toBe(0);
    await waitFor(() => !greeter.isCallbackRegistered, 'the callback to be released');
    expect(callbacksInFlight()).toBe(0);
  });
});

describe('status codes and options, without a transport', () => {
  test('open picks ffi-rs by default and rejects an unknown transport or a missing library', () => {
    expect(MANUAL_TRANSPORTS).toEqual(['ffi-rs', 'koffi']);
    expect(ManualGreeter.open(LIB).transport).toBe('ffi-rs');
    expect(() => ManualGreeter.open(LIB, { transport: 'napi' as ManualTransport })).toThrow(TypeError);
    expect(() => ManualGreeter.open(path.join(ROOT, 'no/such/libasync_ffi.so'), { transport: 'koffi' })).toThrow(
      /not found/,
    );
  });

  test('status codes map to TypeError for bad names and to Error otherwise', () => {
    for (const status of [ManualStatus.NullName, ManualStatus.InvalidUtf8]) {
      const error = errorForStatus('say_hello_async_manual', status);
      expect(error).toBeInstanceOf(TypeError);
      expect(error).toMatchObject({ status });
    }
    for (const status of [ManualStatus.NullCallback, ManualStatus.NotInitialized, ManualStatus.Panic]) {
      const error = errorForStatus('say_hello_async_manual', status);
      expect(error).toBeInstanceOf(ManualFfiError);
      expect(error).not.toBeInstanceOf(TypeError);
    }
  });
});

describe('the C API through raw ffi-rs calls', () => {
  beforeEach(() => {
    rawStatus('init_async_runtime');
  });

  const callbackType = funcConstructor({ paramsType: [DataType.BigInt, DataType.BigInt], retType: DataType.Void });

  test('null name, invalid UTF-8 and null callback return the documented codes and never call back', async () => {
    const received: bigint[] = [];
    const handle: JsExternal[] = createPointer({
      paramsType: [callbackType],
      paramsValue: [
        (userData: unknown, result: unknown): void => {
          if (typeof userData === 'bigint') received.push(userData);
          if (typeof result === 'bigint') {
            load({
              library: RAW,
              funcName: 'free_rust_string',
              retType: DataType.Void,
              paramsType: [DataType.BigInt],
              paramsValue: [result],
            });
          }
        },
      ],
    });
    const callback = unwrapPointer(handle)[0];
    try {
      const say = (paramsType: DataType[], paramsValue: unknown[]): number =>
        load({ library: RAW, funcName: 'say_hello_async_manual', retType: DataType.I32, paramsType, paramsValue });

      expect(say([DataType.BigInt, DataType.External, DataType.BigInt], [0n, callback, 1n])).toBe(
        ManualStatus.NullName,
      );
      // "c", then 0xC3 (starts a two-byte sequence) followed by "(" which does not continue it.
      const invalidUtf8 = Buffer.from([0x63, 0xc3, 0x28, 0x00]);
      expect(say([DataType.U8Array, DataType.External, DataType.BigInt], [invalidUtf8, callback, 2n])).toBe(
        ManualStatus.InvalidUtf8,
      );
      expect(say([DataType.String, DataType.BigInt, DataType.BigInt], ['Ann', 0n, 3n])).toBe(ManualStatus.NullCallback);

      // A valid call through the same callback arrives; the refused ones never do.
      expect(say([DataType.String, DataType.External, DataType.BigInt], ['ok', callback, 4n])).toBe(ManualStatus.Ok);
      await waitFor(() => received.length > 0, 'the accepted call');
      await new Promise((resolve) => setTimeout(resolve, 50)); // room for a wrongly accepted call to show up
      expect(received).toEqual([4n]);

      // Before init / after cleanup, through the raw API too.
      expect(rawStatus('cleanup_async_runtime')).toBe(ManualStatus.Ok);
      expect(rawStatus('cleanup_async_runtime')).toBe(ManualStatus.NotRunning);
      expect(say([DataType.String, DataType.External, DataType.BigInt], ['late', callback, 5n])).toBe(
        ManualStatus.NotInitialized,
      );
      expect(rawStatus('init_async_runtime')).toBe(ManualStatus.Ok);
      expect(rawStatus('init_async_runtime')).toBe(ManualStatus.AlreadyInitialized);
      expect(received).toEqual([4n]);
    } finally {
      await waitFor(() => callbacksInFlight() === 0, 'no callback in flight');
      freePointer({ paramsType: [callbackType], paramsValue: handle, pointerType: PointerType.RsPointer });
    }
  });
});

describe('process lifetime', () => {
  /** Runs `code` in a fresh Node process that can `require` TypeScript; kills it after `timeoutMs`. */
  function runNode(code: string, timeoutMs: number): ReturnType<typeof spawnSync> {
    return spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', code], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
    });
  }

  test.each(MANUAL_TRANSPORTS)(
    'a script awaiting a few calls over %s exits on its own (the callback is released)',
    (transport) => {
      const script = `
      const { ManualGreeter } = require(${JSON.stringify(BINDINGS)});
      const greeter = ManualGreeter.open(${JSON.stringify(LIB)}, { transport: ${JSON.stringify(transport)} });
      greeter.init();
      (async () => {
        console.log(await greeter.sayHelloAsync('one'));
        console.log(await greeter.sayHelloAsync('two'));
        console.log((await Promise.all(['three', 'four'].map((n) => greeter.sayHelloAsync(n)))).join('\\n'));
        // A call cancelled by cleanup must not keep the process alive either.
        const last = greeter.sayHelloAsync('five').then(() => 'resolved', (e) => e.name);
        greeter.cleanup();
        console.log('last: ' + (await last));
        console.log('done');
      })();
    `;
      const result = runNode(script, 25_000);
      expect(result.error).toBeUndefined();
      expect(result.signal).toBeNull();
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const lines = String(result.stdout).trim().split('\n');
      ['one', 'two', 'three', 'four'].forEach((name, i) => expect(lines[i]).toMatch(GREETING(name)));
      expect(lines[4]).toMatch(/^last: (resolved|ManualCancelledError)$/);
      expect(lines[5]).toBe('done');
    },
  );

  test('control: an ffi-rs callback that is never freed does keep Node alive', () => {
    // Shows that the test above can fail: without freePointer the process does not exit.
    const script = `
      const { createPointer, funcConstructor, DataType } = require('ffi-rs');
      createPointer({
        paramsType: [funcConstructor({ paramsType: [DataType.BigInt, DataType.BigInt], retType: DataType.Void })],
        paramsValue: [() => {}],
      });
      console.log('registered');
    `;
    const result = runNode(script, 3_000);
    expect(String(result.stdout)).toContain('registered');
    expect(result.signal).toBe('SIGKILL');
  });

  test('control: a registered koffi callback does not keep Node alive, nor does a call pending on it', () => {
    // Why the koffi transport holds the event loop open itself while its callback is registered:
    // without that, the script test above would exit before its greetings arrive.
    const script = `
      const koffi = require('koffi');
      const lib = koffi.load(${JSON.stringify(LIB)});
      const callbackType = koffi.pointer(koffi.proto(null, 'void', ['uint64_t', 'void *']));
      const say = lib.func('say_hello_async_manual', 'int32_t', ['const char *', callbackType, 'uint64_t']);
      lib.func('void uniffi_async_ffi_fn_func_set_work_delay_ms(uint64_t ms, void *status)')(1000, Buffer.alloc(32));
      lib.func('int32_t init_async_runtime(void)')();
      const callback = koffi.register(() => console.log('called back'), callbackType);
      console.log('accepted: ' + say('never awaited', callback, 1));
    `;
    const result = runNode(script, 10_000);
    expect(result.error).toBeUndefined();
    expect(result.signal).toBeNull();
    expect(result.status).toBe(0);
    expect(String(result.stdout).trim()).toBe('accepted: 0');
  });
});
