/**
 * The seed's demo in TypeScript: one async Rust library, called two ways.
 *
 * Test #1: UniFFI. `sayHello` comes from the package uniffi-bindgen-ts generated
 *          (generated/async-ffi); Rust's future is driven by UniFFI's polling protocol.
 * Test #2: manual. Hand-written `extern "C"` functions: requests travel through a
 *          `tokio::sync::mpsc` channel to a tokio runtime, results come back through a C callback
 *          fired from a tokio worker thread (see manual-bindings.ts).
 *
 * Every line names the JavaScript thread that awaited and the Rust thread that did the work.
 */
import { library } from '../../../generated/async-ffi/ffi';
import { checkedGreeting, GreetingError, sayHello, setWorkDelayMs } from '../../../generated/async-ffi';
import { jsThreadLabel, ManualGreeter } from './manual-bindings';

async function uniffiTest(): Promise<void> {
  console.log('Test #1: UniFFI async say_hello, through the generated TypeScript package');
  const greeting = await sayHello('World');
  console.log(`  ${greeting}  <- awaited on ${jsThreadLabel()}`);
  const concurrent = await Promise.all(['Ann', 'Bob', 'Chloé'].map((name) => sayHello(name)));
  for (const line of concurrent) console.log(`  ${line}  <- awaited on ${jsThreadLabel()}`);
  try {
    await checkedGreeting('');
  } catch (error) {
    if (error instanceof GreetingError) console.log(`  checked_greeting("") rejected with ${error.name}`);
    else throw error;
  }
  console.log('  UniFFI polls the Rust future on the thread that calls rust_future_poll: the JS thread.');
}

async function manualTest(): Promise<void> {
  console.log('Test #2: manual mpsc approach, 5 concurrent calls');
  const greeter = ManualGreeter.open(library.path);
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

async function main(): Promise<void> {
  setWorkDelayMs(10n);
  console.log(`Library: ${library.path}\n`);
  await uniffiTest();
  console.log();
  await manualTest();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
