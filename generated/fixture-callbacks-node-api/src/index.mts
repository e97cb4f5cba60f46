// The ES module entry of the package. The package itself is CommonJS, so that it has one copy of its
// state whichever module system loads it; Node finds the names of its exports.
export * from './index.js';
