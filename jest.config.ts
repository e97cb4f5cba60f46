import { resolve } from 'node:path';
import type { Config } from 'jest';

// Every test of the generated packages runs twice: against generated/<name> (ffi-rs) and, in
// the koffi project, against generated/<name>-koffi, the same package on the koffi transport.
// The same test files, imports redirected; tests read the transport from tests/transport.ts.
// The node-api packages load the addon the workspace builds; set here, in the main process, so
// that jest's workers and the child processes tests start inherit it.
process.env.UNIFFI_TS_NODE_API_ADDON ??= resolve(
  __dirname,
  'target/release',
  process.platform === 'darwin' ? 'libuniffi_ts_node_api.dylib' : 'libuniffi_ts_node_api.so',
);

const transform: Config['transform'] = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };

// `../../generated/<name>[/<path>]`, for every <name> that is not a koffi package already.
const toKoffiPackage = {
  '^(?:\\.\\./)+generated/([a-z0-9-]+)(?<!-koffi)$': '<rootDir>/generated/$1-koffi',
  '^(?:\\.\\./)+generated/([a-z0-9-]+)(?<!-koffi)/(.+)$': '<rootDir>/generated/$1-koffi/$2',
};

// The same for node-api packages, which carry what koffi alone carried before too (callbacks, a
// crate without FFI-buffer twins): `generated/<name>-koffi` is `generated/<name>-node-api`.
const toNodeApiPackage = {
  '^(?:\\.\\./)+generated/([a-z0-9-]+)-koffi(/.+)?$': '<rootDir>/generated/$1-node-api$2',
  '^(?:\\.\\./)+generated/([a-z0-9-]+)(?<!-koffi)$': '<rootDir>/generated/$1-node-api',
  '^(?:\\.\\./)+generated/([a-z0-9-]+)(?<!-koffi)/(.+)$': '<rootDir>/generated/$1-node-api/$2',
};

const config: Config = {
  // Native calls and a few deliberately slow futures; no test asserts timings.
  testTimeout: 30_000,
  projects: [
    {
      displayName: 'ffi-rs',
      testEnvironment: 'node',
      transform,
      roots: ['<rootDir>/bindgen-ts/runtime', '<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      // Packages ffi-rs cannot carry: Rust calling TypeScript, a crate without FFI-buffer twins.
      testPathIgnorePatterns: ['/tests/callbacks/', '/tests/udl/', '/tests/fixture-plain/'],
    },
    {
      displayName: 'koffi',
      testEnvironment: 'node',
      transform,
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/setup/koffi.ts'],
      moduleNameMapper: toKoffiPackage,
      // Tests that are not about a generated package, or that cover both transports themselves.
      testPathIgnorePatterns: [
        '/tests/manual.test.ts',
        '/tests/python.test.ts',
        '/tests/demo.test.ts',
        '/tests/consumer/',
        '/tests/transports/',
        '/tests/packaging/',
        '/tests/runtimes/',
      ],
    },
    {
      // Our own Node-API addon: every test of a generated package.
      displayName: 'node-api',
      testEnvironment: 'node',
      transform,
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/setup/node-api.ts'],
      moduleNameMapper: toNodeApiPackage,
      testPathIgnorePatterns: [
        '/tests/manual.test.ts',
        '/tests/python.test.ts',
        '/tests/demo.test.ts',
        '/tests/consumer/',
        '/tests/transports/',
        '/tests/packaging/',
        '/tests/runtimes/',
      ],
    },
    {
      // koffi's portable path, which every platform but x86-64 Linux/macOS takes: RustBuffer
      // helpers through koffi's structs (UNIFFI_TS_KOFFI_PORTABLE), on a crate with FFI-buffer
      // twins and on one without (every call by value).
      displayName: 'koffi-portable',
      testEnvironment: 'node',
      transform,
      roots: ['<rootDir>/tests'],
      testMatch: [
        '**/async-ffi/*.test.ts',
        '**/callbacks/*.test.ts',
        '**/udl/*.test.ts',
        '**/fixture-plain/*.test.ts',
        '**/fixture-objects/objects.test.ts',
      ],
      setupFiles: ['<rootDir>/tests/setup/koffi.ts', '<rootDir>/tests/setup/koffi-portable.ts'],
      moduleNameMapper: toKoffiPackage,
    },
  ],
};

export default config;
