// jest runs each test file in its own vm context, whose `Symbol` lacks the `Symbol.dispose` and
// `Symbol.asyncDispose` that Node (20.4+) adds to its main realm only. Without them, a class
// member `[Symbol.dispose]()` is keyed "undefined" and `using` throws "Symbol.dispose is not
// defined". Node's values are registered symbols, so defining the same ones here makes this
// realm agree with Node's. Import this module before the generated packages.
if (typeof Symbol.dispose !== 'symbol') {
  Object.defineProperty(Symbol, 'dispose', { value: Symbol.for('nodejs.dispose') });
}
if (typeof Symbol.asyncDispose !== 'symbol') {
  Object.defineProperty(Symbol, 'asyncDispose', { value: Symbol.for('nodejs.asyncDispose') });
}

export {};
