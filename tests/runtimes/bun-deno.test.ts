// Bun and Deno, as pinned devDependencies (their npm packages carry the binaries): the generated
// packages of every transport run under each through its Node-API support (tests/runtimes/smoke.cjs).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { repoRoot } from '../helpers';

const bin = (name: string): string => resolve(repoRoot, 'node_modules/.bin', name);
/** What a package needs from Deno: FFI, its files, its environment variables, the platform. */
const DENO_PERMISSIONS = ['--allow-ffi', '--allow-read', '--allow-env', '--allow-sys'];

const runtimes: Array<[string, string[]]> = [
  ['bun', [bin('bun')]],
  ['deno', [bin('deno'), 'run', ...DENO_PERMISSIONS]],
];
const transports: Array<[string, string, string | undefined]> = [
  ['ffi-rs', 'async-ffi', undefined],
  ['koffi', 'async-ffi-koffi', 'fixture-callbacks-koffi'],
  ['node-api', 'async-ffi-node-api', 'fixture-callbacks-node-api'],
];

describe.each(runtimes)('under %s', (runtime, command) => {
  test('the runtime is the pinned one', () => {
    const result = spawnSync(command[0] ?? '', ['--version'], { encoding: 'utf8' });
    expect(result.stdout).toMatch(runtime === 'bun' ? /^1\.4\.5/ : /^deno 2\.9\.6/);
  });

  test.each(transports)(
    '%s: sync, async, 2,000 futures at once, callbacks from 4 Rust threads',
    (_t, pkg, callbacks) => {
      const result = spawnSync(command[0] ?? '', [...command.slice(1), resolve(__dirname, 'smoke.cjs')], {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 120_000,
        env: {
          ...process.env,
          SMOKE_ASYNC_FFI: resolve(repoRoot, 'generated', pkg),
          SMOKE_CALLBACKS: callbacks === undefined ? '' : resolve(repoRoot, 'generated', callbacks),
        },
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const expected: unknown[] = [42, 'héllo, 🦀', 'Hello, smoke!', 2000];
      if (callbacks !== undefined) expected.push('[1] logged', '4000');
      expect(JSON.parse(result.stdout)).toEqual(expected);
    },
  );
});
