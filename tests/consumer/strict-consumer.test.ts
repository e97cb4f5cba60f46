// A strict TypeScript consumer of the generated packages.
//
// 1. consumer.ts (type-checked by `npm run typecheck` and by ts-jest) runs against the real
//    libraries.
// 2. The exhaustiveness checks bite: `tsc --noEmit --strict` on temporary files whose switches
//    miss one variant (of a tagged enum, of an error's Variant union, of a flat enum) fails,
//    at the `never` assignment, naming the missing variant; the same files with every case
//    handled compile cleanly (the control).
import '../fixture-objects/symbol-dispose'; // before the packages (see the file)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { runConsumer } from './consumer';
import { repoRoot } from '../helpers';

const objectsPackage = resolve(repoRoot, 'generated/fixture-objects');
const typesPackage = resolve(repoRoot, 'generated/fixture-types');

describe('consumer.ts against the real libraries', () => {
  test('runs, prints what each exhaustive switch chose, and leaves no object alive', async () => {
    const report = await runConsumer();
    expect(report.lines).toEqual([
      'counter counter = 3',
      'counter named = 40',
      'value -1',
      'nothing',
      'negative: -5',
      'negative: -1',
      'team: team-0, team-1',
      'error 6: from Rust (retryable: true)',
      '1.2.3 < 2.0.0: true',
      'destroyed objects refuse calls',
      'empty',
      expect.stringMatching(/ out of range: -9223372036854775808 not in .*\.\.18446744073709551615$/),
      'bad character € at 7',
      expect.stringMatching(/^\d+ problems/),
      expect.stringMatching(/^expected [↑→↓←], got [↑→↓←]$/),
      expect.stringMatching(/^ratio NaN, exact (true|false), \d+ raw bytes$/),
      expect.stringMatching(/^async: expected [↑→↓←], got [↑→↓←]$/),
      'big: rectangle 2x3',
      'triangle 3/4/5',
      '→',
      'no host in https:///x',
      '/consumer',
      'Hello, consumer!',
    ]);
    expect(report.liveAfter).toBe(report.liveBefore);
  });
});

// ---- compile-time checks -------------------------------------------------------------------

interface Diagnostic {
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

/** The probe files: each one compiles alone in spirit, all of them in one tsc run (faster). */
const probes: Record<string, string> = {
  // Every case handled: must compile (shows that the failures below come from the missing case).
  'control.ts': `
    import { CounterError, CounterOrValue } from '${objectsPackage}';
    import { Direction, ValidationError } from '${typesPackage}';
    export function tagged(value: CounterOrValue): string {
      switch (value.tag) {
        case 'Counter': return value.counter.label();
        case 'Value': return String(value.value);
        case 'Nothing': return '';
        default: { const unreachable: never = value; return unreachable; }
      }
    }
    export function error(e: CounterError.Variant): string {
      switch (e.tag) {
        case 'InvalidNumber': return e.text;
        case 'Negative': return String(e.value);
        default: { const unreachable: never = e; return unreachable; }
      }
    }
    export function validation(e: ValidationError.Variant): string {
      switch (e.tag) {
        case 'Empty': case 'OutOfRange': case 'BadCharacter': case 'Many': case 'WrongDirection': case 'Numeric': return e.tag;
        default: { const unreachable: never = e; return unreachable; }
      }
    }
    export function flat(d: Direction): number {
      switch (d) {
        case 'North': return 0;
        case 'East': return 1;
        case 'South': return 2;
        case 'West': return 3;
        default: { const unreachable: never = d; return unreachable; }
      }
    }
  `,
  'missing-tagged-variant.ts': `
    import { CounterOrValue } from '${objectsPackage}';
    export function tagged(value: CounterOrValue): string {
      switch (value.tag) {
        case 'Counter': return value.counter.label();
        case 'Value': return String(value.value);
        default: { const unreachable: never = value; return unreachable; } // MISSING
      }
    }
  `,
  'missing-error-variant.ts': `
    import { CounterError } from '${objectsPackage}';
    export function error(e: CounterError.Variant): string {
      switch (e.tag) {
        case 'InvalidNumber': return e.text;
        default: { const unreachable: never = e; return unreachable; } // MISSING
      }
    }
  `,
  'missing-validation-variant.ts': `
    import { ValidationError } from '${typesPackage}';
    export function validation(e: ValidationError.Variant): string {
      switch (e.tag) {
        case 'Empty': case 'OutOfRange': case 'BadCharacter': case 'Many': case 'WrongDirection': return e.tag;
        default: { const unreachable: never = e; return unreachable; } // MISSING
      }
    }
  `,
  'missing-flat-variant.ts': `
    import { Direction } from '${typesPackage}';
    export function flat(d: Direction): number {
      switch (d) {
        case Direction.North: return 0;
        case Direction.East: return 1;
        case Direction.South: return 2;
        default: { const unreachable: never = d; return unreachable; } // MISSING
      }
    }
  `,
  // A Tile has every member of Shape: unless the classes are nominal, TypeScript accepts it
  // where a Shape is expected, and only the runtime check refuses it.
  'tile-as-shape.ts': `
    import { Tile, describeShape } from '${objectsPackage}';
    export function describe(tile: Tile): string {
      return describeShape(tile); // WRONG CLASS
    }
  `,
};

let workDir = '';
let diagnostics = new Map<string, Diagnostic[]>();
let tscOutput = '';

/** The 1-based line of the first line of `file` containing `marker`. */
function lineOf(file: string, marker: string): number {
  const index = (probes[file] ?? '').split('\n').findIndex((line) => line.includes(marker));
  if (index < 0) throw new Error(`no ${marker} in ${file}`);
  return index + 1;
}

beforeAll(() => {
  workDir = realpathSync(mkdtempSync(join(tmpdir(), 'strict-consumer-')));
  for (const [name, text] of Object.entries(probes)) writeFileSync(join(workDir, name), text);
  writeFileSync(
    join(workDir, 'tsconfig.json'),
    JSON.stringify({
      extends: resolve(repoRoot, 'tsconfig.json'),
      compilerOptions: { rootDir: '/', noEmit: true, typeRoots: [resolve(repoRoot, 'node_modules/@types')] },
      files: Object.keys(probes),
    }),
  );
  const tsc = require.resolve('typescript/bin/tsc', { paths: [repoRoot] });
  const result = spawnSync(
    process.execPath,
    [tsc, '-p', join(workDir, 'tsconfig.json'), '--noEmit', '--strict', '--pretty', 'false'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  tscOutput = `${result.stdout}${result.stderr}`;
  diagnostics = new Map();
  let last: { file: string; diagnostic: Diagnostic } | undefined;
  for (const line of tscOutput.split('\n')) {
    const match = /^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/.exec(line);
    if (match !== null) {
      const [, path = '', lineNumber = '0', code = '', message = ''] = match;
      const file = relative(workDir, resolve(repoRoot, path)); // tsc prints paths relative to its cwd
      last = { file, diagnostic: { line: Number(lineNumber), code, message } };
      diagnostics.set(file, [...(diagnostics.get(file) ?? []), last.diagnostic]);
    } else if (last !== undefined && line.startsWith(' ')) {
      (last.diagnostic as { message: string }).message += `\n${line.trim()}`;
    }
  }
}, 180_000);

afterAll(() => {
  if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
});

describe('tsc --noEmit --strict on consumers that miss a variant', () => {
  test('only the probe files have errors: the generated packages themselves compile', () => {
    expect(tscOutput).not.toMatch(/^error TS/m); // no configuration error either
    const files = [...diagnostics.keys()];
    expect(files.filter((f) => !(f in probes))).toEqual([]);
  });

  test('the control, with every case handled, compiles', () => {
    expect(diagnostics.get('control.ts') ?? []).toEqual([]);
  });

  test.each([
    ['missing-tagged-variant.ts', /"Nothing"/],
    ['missing-error-variant.ts', /Negative/],
    ['missing-validation-variant.ts', /Numeric/],
    ['missing-flat-variant.ts', /"West"/],
  ])('%s fails at the never assignment, naming the missing variant', (file, missing) => {
    const errors = diagnostics.get(file) ?? [];
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error?.code).toBe('TS2322'); // Type '...' is not assignable to type 'never'.
    expect(error?.line).toBe(lineOf(file, '// MISSING'));
    expect(error?.message).toMatch(/not assignable to type 'never'/);
    expect(error?.message).toMatch(missing);
  });

  // Generated object classes are nominal (a private brand member per class): a Tile, which has
  // every member of Shape, does not type-check where a Shape is expected.
  test('an object of another class is refused at compile time', () => {
    const errors = diagnostics.get('tile-as-shape.ts') ?? [];
    expect(errors.map((e) => e.line)).toEqual([lineOf('tile-as-shape.ts', '// WRONG CLASS')]);
  });
});
