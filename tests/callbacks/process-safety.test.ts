// Callbacks across realms, package copies, threads and the end of the process (issue 17, cases
// 1-5): each case runs in a child process of its own, since the failures it guards against kill
// the process. On node-api each must pass: exit 0, the right object, an error status in Rust. On
// koffi, whose native layer is not ours, the cases it cannot survive are tested as its known
// limitations (README, "Choosing a transport"): the test proves the limitation is still there,
// so the README cannot go stale.
import { spawn } from 'node:child_process';
import { repoRoot } from '../helpers';
import { TRANSPORT, callbackPackageName, packageDir } from '../transport';

const callbacks = JSON.stringify(`${repoRoot}/generated/${callbackPackageName('fixture-callbacks')}`);
const asyncFfi = JSON.stringify(packageDir('async-ffi'));
const onNodeApi = TRANSPORT === 'node-api';

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `script` (CommonJS) in a new Node process; resolves when it ends, whatever the end. */
function run(script: string, flags: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, '-e', script], { cwd: repoRoot, env: process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}

/** Whether the process was killed by a fatal signal (an abort or a segfault), however reported. */
function crashed(result: Run): boolean {
  return result.signal !== null || (result.status !== null && result.status >= 128);
}

describe('1. a main thread and a worker, each with the package', () => {
  const script = `
    const { Worker } = require('node:worker_threads');
    const api = require(${callbacks});
    const seen = [];
    const sink = new api.LogSink({ log: (m) => seen.push('main ' + m), threshold: () => 0 });
    const worker = new Worker(\`
      const { parentPort } = require('node:worker_threads');
      const api = require(${callbacks});
      const sink = new api.LogSink({ log: (m) => parentPort.postMessage('worker ' + m), threshold: () => 0 });
      sink.write(1, 'one');
    \`, { eval: true });
    worker.on('message', (m) => seen.push(m));
    worker.on('exit', () => {
      sink.write(2, 'two');
      sink.write(3, 'three');
      console.log(JSON.stringify(seen));
    });
  `;

  test(
    onNodeApi
      ? "each realm's calls reach its own logger, before and after the worker ends"
      : 'koffi (limitation): the last realm to load registers the vtable; once the worker has ended, the main thread cannot be called back',
    async () => {
      const result = await run(script);
      if (onNodeApi) {
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(JSON.parse(result.stdout)).toEqual(['worker [1] one', 'main [2] two', 'main [3] three']);
      } else {
        expect(result.status !== 0 || !result.stdout.includes('main [2] two')).toBe(true);
      }
    },
  );
});

describe('2. two copies of the package in one thread (npm duplicates, jest module registries)', () => {
  // The second copy is the same files loaded again after emptying require's cache, as jest's
  // registry per test file does.
  const script = `
    const load = () => {
      for (const key of Object.keys(require.cache)) if (key.includes('fixture-callbacks')) delete require.cache[key];
      return require(${callbacks});
    };
    const first = load();
    const second = load();
    if (first === second) throw new Error('not two copies');
    const seen = [];
    (() => {
      for (let i = 0; i < 1000; i++) new first.LogSink({ log: (m) => seen.push('first ' + m), threshold: () => 0 });
    })();
    const sink = new second.LogSink({ log: (m) => seen.push('second ' + m), threshold: () => 0 });
    const ts = { get: () => 'ts', put: () => {}, kind: () => 'ts' };
    const same = second.sameStore(ts) === ts && first.sameStore(ts) === ts;
    setTimeout(() => {
      gc();
      setTimeout(() => {
        gc();
        sink.write(1, 'after gc');
        console.log(JSON.stringify({ seen, same }));
      }, 50);
    }, 50);
  `;

  test(
    onNodeApi
      ? "one copy's collected objects free only its own handles; the other's objects still answer"
      : "koffi (limitation): each copy registers the vtable again, and one copy's handles reach the other's objects",
    async () => {
      const result = await run(script, ['--expose-gc']);
      if (onNodeApi) {
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(JSON.parse(result.stdout)).toEqual({ seen: ['second [1] after gc'], same: true });
      } else {
        const ok = result.status === 0 && result.stdout.includes('"seen":["second [1] after gc"],"same":true');
        expect(ok).toBe(false);
      }
    },
  );
});

describe('3. the process ends while a Rust thread calls back', () => {
  // The call lands 0 to 5 ms after the last JavaScript, when the process is ending.
  const script = (delay: number) => `
    const api = require(${callbacks});
    api.addLaterFromThread({ add: (n) => n }, 1n, ${delay}n);
  `;
  const delays = [0, 1, 2, 3, 4, 5, 0, 2, 4, 5];

  test(
    onNodeApi
      ? 'exit 0 every time: the call gets an error status in Rust, or runs before the end'
      : 'koffi (limitation): ends with exit 0 or an abort (SIGABRT), nothing else',
    async () => {
      const results = await Promise.all(delays.map((delay) => run(script(delay))));
      for (const result of results) {
        if (onNodeApi) {
          expect({ status: result.status, signal: result.signal }).toEqual({ status: 0, signal: null });
        } else {
          expect(result.status === 0 || result.status === 134 || result.signal === 'SIGABRT').toBe(true);
        }
      }
    },
  );
});

describe('4. a Rust thread calls back into a worker that has ended', () => {
  const script = (end: string) => `
    const { Worker } = require('node:worker_threads');
    const worker = new Worker(\`
      const api = require(${callbacks});
      api.addLaterFromThread({ add: (n) => n }, 1n, 100n);
      require('node:worker_threads').parentPort.postMessage('called');
      ${end === 'terminate' ? 'setInterval(() => {}, 1000);' : end}
    \`, { eval: true });
    ${end === 'terminate' ? 'worker.on("message", () => worker.terminate());' : ''}
    worker.on('exit', () => setTimeout(() => console.log('main still alive'), 300));
  `;
  const ends: Array<[string, string]> = [
    ['naturally', ''],
    ['with process.exit()', 'process.exit(0);'],
    ['by terminate()', 'terminate'],
  ];

  test.each(ends)(
    onNodeApi
      ? 'the worker ends %s: the main thread goes on, the call gets an error status in Rust'
      : 'koffi (limitation): the worker ends %s and the late call kills the process',
    async (_how, end) => {
      const result = await run(script(end));
      if (onNodeApi) {
        expect({ status: result.status, signal: result.signal }).toEqual({ status: 0, signal: null });
        expect(result.stdout).toContain('main still alive');
      } else {
        expect(crashed(result)).toBe(true);
      }
    },
  );
});

describe('5. a package used only in a worker, whose Rust code leaves thread-local destructors', () => {
  const script = `
    const { Worker } = require('node:worker_threads');
    const worker = new Worker(\`
      const api = require(${asyncFfi});
      require('node:worker_threads').parentPort.postMessage(api.sayHelloSync('worker'));
    \`, { eval: true });
    worker.on('message', (m) => console.log(m));
    worker.on('exit', () => setTimeout(() => console.log('main still alive'), 200));
  `;

  test('the worker ends and the process goes on: the library is never unloaded', async () => {
    const result = await run(script);
    expect({ status: result.status, signal: result.signal }).toEqual({ status: 0, signal: null });
    expect(result.stdout).toContain('Hello, worker!');
    expect(result.stdout).toContain('main still alive');
  });
});
