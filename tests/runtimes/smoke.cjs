'use strict';
// A smoke run of generated packages under whichever runtime runs this file (Node, Bun or Deno):
// sync and async calls, 2,000 futures at once, and, when a callbacks package is named, Rust
// calling TypeScript on the JS thread and from 4 Rust threads. Prints one JSON line.
const asyncFfi = require(process.env.SMOKE_ASYNC_FFI);

(async () => {
  const out = [asyncFfi.add(40, 2), asyncFfi.echoString('héllo, 🦀')];
  out.push((await asyncFfi.sayHello('smoke')).split(' (')[0]);
  const many = await Promise.all(Array.from({ length: 2000 }, (_, i) => asyncFfi.sayHello(String(i))));
  out.push(many.filter((greeting, i) => greeting.startsWith(`Hello, ${i}!`)).length);
  if (process.env.SMOKE_CALLBACKS) {
    const callbacks = require(process.env.SMOKE_CALLBACKS);
    const lines = [];
    new callbacks.LogSink({ log: (line) => lines.push(line), threshold: () => 0 }).write(1, 'logged');
    out.push(lines[0]);
    let total = 0n;
    await callbacks.addFromThreads({ add: (n) => (total += n) }, 4, 1000);
    out.push(String(total));
  }
  console.log(JSON.stringify(out));
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
