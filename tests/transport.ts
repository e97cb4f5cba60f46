/**
 * Which transport the current jest project tests (see jest.config.ts), for the few tests that
 * name a package folder themselves (child processes, file reads) or check transport-specific behaviour.
 */
import { resolve } from 'node:path';

export type TransportName = 'ffi-rs' | 'koffi' | 'node-api';

const chosen = process.env.UNIFFI_TS_TEST_TRANSPORT;
export const TRANSPORT: TransportName = chosen === 'koffi' || chosen === 'node-api' ? chosen : 'ffi-rs';

/** The folder name of a generated package on this transport: `async-ffi` or `async-ffi-koffi`. */
export function packageName(name: string): string {
  return TRANSPORT === 'ffi-rs' ? name : `${name}-${TRANSPORT}`;
}

/** The absolute folder of a generated package on this transport. */
export function packageDir(name: string): string {
  return resolve(__dirname, '..', 'generated', packageName(name));
}

/** The folder name of a package whose Rust calls TypeScript: on koffi, or on node-api in its project. */
export function callbackPackageName(name: string): string {
  return TRANSPORT === 'node-api' ? `${name}-node-api` : `${name}-koffi`;
}
