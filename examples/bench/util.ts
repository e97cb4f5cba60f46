import { resolve } from 'node:path';
/** Small helpers shared by `bench.ts` and `soak.ts`. */

/** Runs a full garbage collection; the scripts are run with `node --expose-gc`. */
export function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with node --expose-gc (npm run bench / npm run soak do)');
  collect();
}

/** `12 ns`, `3.45 µs`, `1.23 ms`. */
export function formatNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(0)} ns`;
}

/** A signed figure: `+1.2`, `-0.3`, `0.0` (never `-0.0`). */
export function signed(value: number, digits = 1): string {
  const text = value.toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return value > 0 ? `+${text}` : text;
}

/** A Markdown table, one line per row. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Points the node-api packages at the addon the workspace builds (`target/release`), unless
 * `UNIFFI_TS_NODE_API_ADDON` names one already; workers and child processes inherit it. Call it
 * before the first call into a node-api package (the addon loads at the first call).
 */
export function useWorkspaceNodeApiAddon(): void {
  const file = process.platform === 'darwin' ? 'libuniffi_ts_node_api.dylib' : 'libuniffi_ts_node_api.so';
  process.env.UNIFFI_TS_NODE_API_ADDON ??= resolve(__dirname, '../../target/release', file);
}
