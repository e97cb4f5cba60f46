/**
 * The seed's demo in TypeScript: one async Rust library, called two ways, over the native
 * transports (ffi-rs, the default, koffi, and for UniFFI our own node-api addon).
 *
 * Test #1: UniFFI. `sayHello` comes from the packages uniffi-bindgen-ts generated
 *          (generated/async-ffi on ffi-rs, generated/async-ffi-koffi on koffi,
 *          generated/async-ffi-node-api on node-api); Rust's future is driven by UniFFI's polling
 *          protocol.
 * Test #2: manual. Hand-written `extern "C"` functions: requests travel through a
 *          `tokio::sync::mpsc` channel to a tokio runtime, results come back through a C callback
 *          fired from a tokio worker thread (see manual-bindings.ts).
 *
 * Every line names the JavaScript thread that awaited and the Rust thread that did the work.
 */
import * as overFfiRs from '../../../generated/async-ffi';
import * as overKoffi from '../../../generated/async-ffi-koffi';
import * as overNodeApi from '../../../generated/async-ffi-node-api';
import { library } from '../../../generated/async-ffi/dist/ffi';
import { useWorkspaceNodeApiAddon } from '../../bench/util';
import { jsThreadLabel, ManualGreeter } from './manual-bindings';
import type { ManualTransport } from './manual-bindings';

// The two packages have the same API; each is used through its own copy of the runtime.
type Package = Pick<typeof overFfiRs, 'sayHello' | 'checkedGreeting' | 'GreetingError'>;

async function uniffiTest(api: Package, transport: string): Promise<void> {
  console.log(`Test #1: UniFFI async say_hello, through the generated TypeScript package (${transport})`);
  const greeting = await api.sayHello('World');
  console.log(`  ${greeting}  <- awaited on ${jsThreadLabel()}`);
  const concurrent = await Promise.all(['Ann', 'Bob', 'Chloé'].map((name) => api.sayHello(name)));
  for (const line of concurrent) console.log(`  ${line}  <- awaited on ${jsThreadLabel()}`);
  try {
    await api.checkedGreeting('');
  } catch (error) {
    if (error instanceof api.GreetingError) console.log(`  checked_greeting("") rejected with ${error.name}`);
    else throw error;
  }
  console.log('  UniFFI polls the Rust future on the thread that calls rust_future_poll: the JS thread.');
}

async function manualTest(transport: ManualTransport): Promise<void> {
  console.log(`Test #2: manual mpsc approach, 5 concurrent calls (${transport})`);
  const greeter = ManualGreeter.open(library.path, { transport });
  greeter.init();
  try {
    const names = ['Alice', 'Bob', 'Charlie', 'Diana', 'Émile 🦀'];
    const greetings = await Promise.all(names.map((name) => greeter.sayHelloAsync(name)));
    for (const line of greetings) console.log(`  ${line}  <- awaited on ${jsThreadLabel()}`);
    console.log('  The manual approach runs each request as a task on tokio worker threads.');
  } finally {
    greeter.cleanup();
  }
}

// The node-api package loads the addon the workspace builds (an app gets it from npm instead).
useWorkspaceNodeApiAddon();

async function main(): Promise<void> {
  // One library, loaded once per transport; the work delay is a Rust global they share.
  overFfiRs.setWorkDelayMs(10n);
  console.log(`Library: ${library.path}\n`);
  await uniffiTest(overFfiRs, 'ffi-rs');
  console.log();
  await uniffiTest(overKoffi, 'koffi');
  console.log();
  await uniffiTest(overNodeApi, 'node-api');
  console.log();
  await manualTest('ffi-rs');
  console.log();
  await manualTest('koffi');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
