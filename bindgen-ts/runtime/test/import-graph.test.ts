// The runtime reads top-down: codec, converters, calls, then futures and objects. No module may
// import, even for types only, a module that imports it back.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const SOURCE = join(__dirname, '..', 'src');

function modules(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith('.ts') ? [relative(SOURCE, path)] : [];
  });
}

/** Each module's relative imports, as module paths (`transport/native.ts`). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const module of modules(SOURCE)) {
    const text = readFileSync(join(SOURCE, module), 'utf8');
    const targets = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom '(\.{1,2}\/[^']+)'/gms)].map((match) =>
      normalize(join(dirname(module), `${match[1] as string}.ts`)),
    );
    graph.set(module, [...new Set(targets)]);
  }
  return graph;
}

/** A cycle of the graph, if it has one, as the modules along it. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (module: string): string[] | undefined => {
    if (state.get(module) === 'done') return undefined;
    if (state.get(module) === 'visiting') return [...path.slice(path.indexOf(module)), module];
    state.set(module, 'visiting');
    path.push(module);
    for (const target of graph.get(module) ?? []) {
      const cycle = visit(target);
      if (cycle !== undefined) return cycle;
    }
    path.pop();
    state.set(module, 'done');
    return undefined;
  };
  for (const module of graph.keys()) {
    const cycle = visit(module);
    if (cycle !== undefined) return cycle;
  }
  return undefined;
}

test('every relative import names a module of the runtime', () => {
  const graph = importGraph();
  expect(graph.size).toBeGreaterThan(15);
  for (const [module, targets] of graph) {
    for (const target of targets) expect({ module, target, exists: graph.has(target) }).toEqual({ module, target, exists: true });
  }
});

test('the runtime has no import cycle', () => {
  expect(findCycle(importGraph())?.join(' -> ')).toBeUndefined();
});

test('the cycle finder finds a cycle', () => {
  const graph = new Map([
    ['future.ts', ['rust-call.ts']],
    ['rust-call.ts', ['objects.ts']],
    ['objects.ts', ['future.ts']],
    ['codec.ts', []],
  ]);
  expect(findCycle(graph)).toEqual(['future.ts', 'rust-call.ts', 'objects.ts', 'future.ts']);
});

test('the lower layers import nothing above them', () => {
  const graph = importGraph();
  const reach = (module: string, seen = new Set<string>()): Set<string> => {
    for (const target of graph.get(module) ?? []) {
      if (!seen.has(target)) {
        seen.add(target);
        reach(target, seen);
      }
    }
    return seen;
  };
  // The transport seam and the codec know nothing of converters, calls, futures or objects.
  for (const low of ['codec.ts', 'transport/native.ts', 'converters.ts']) {
    const above = [...reach(low)].filter((m) => ['rust-call.ts', 'future.ts', 'objects.ts', 'callbacks.ts', 'library.ts'].includes(m));
    expect({ module: low, imports: above }).toEqual({ module: low, imports: [] });
  }
  // Calls do not depend on futures, objects or the library.
  const fromCalls = [...reach('rust-call.ts')].filter((m) => ['future.ts', 'objects.ts', 'library.ts'].includes(m));
  expect(fromCalls).toEqual([]);
});
