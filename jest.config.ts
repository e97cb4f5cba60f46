import type { Config } from 'jest';

const config: Config = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  roots: ['<rootDir>/bindgen-ts/runtime', '<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // Native calls and a few deliberately slow futures; no test asserts timings.
  testTimeout: 30_000,
};

export default config;
