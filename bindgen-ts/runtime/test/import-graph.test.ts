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
    for (const target of targets)
      expect({ module, target, exists: graph.has(target) }).toEqual({ module, target, exists: true });
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
    const above = [...reach(low)].filter((m) =>
      ['rust-call.ts', 'future.ts', 'objects.ts', 'callbacks.ts', 'library.ts'].includes(m),
    );
    expect({ module: low, imports: above }).toEqual({ module: low, imports: [] });
  }
  // Calls do not depend on futures, objects or the library.
  const fromCalls = [...reach('rust-call.ts')].filter((m) => ['future.ts', 'objects.ts', 'library.ts'].includes(m));
  expect(fromCalls).toEqual([]);
});

/** A module's code without its comments (which may well say "the process."). */
function code(module: string): string {
  return readFileSync(join(SOURCE, module), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

test('Node is reached through the host module only: no other module imports a node: built-in or uses process or require', () => {
  const graph = importGraph();
  for (const module of graph.keys()) {
    if (module === 'host.ts') continue;
    const text = code(module);
    const uses = {
      module,
      nodeBuiltin: /from 'node:/.test(text),
      process: /\bprocess\./.test(text),
      require: /\brequire\b/.test(text),
      // Node's Buffer is left to the Node-API backends and the memory they share (transport/).
      buffer: !module.startsWith('transport/') && /\bBuffer\b/.test(text),
    };
    expect(uses).toEqual({ module, nodeBuiltin: false, process: false, require: false, buffer: false });
  }
  // The check sees what it is meant to see.
  expect(/from 'node:/.test(code('host.ts'))).toBe(true);
  expect(/\bprocess\./.test(code('host.ts'))).toBe(true);
});

test('the core (codec, converters, calls, futures, objects, callbacks) reaches Node only through the host', () => {
  const graph = importGraph();
  const core = [...graph.keys()].filter((m) =>
    /^(codec|converters|converters\/.*|rust-call|future|objects|callbacks|lifting|lowering|errors|errors-converter|handle-map|time)\.ts$/.test(
      m,
    ),
  );
  expect(core.length).toBeGreaterThan(10);
  for (const module of core) {
    const imported = graph.get(module) ?? [];
    const outside = imported.filter((target) => target.startsWith('transport/') && target !== 'transport/native.ts');
    expect({ module, backends: outside }).toEqual({ module, backends: [] });
  }
});
