"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.paths = exports.bufferPrototype = exports.onMainThread = exports.arch = exports.platform = void 0;
exports.environment = environment;
exports.onThreadExit = onThreadExit;
exports.warn = warn;
exports.runsOnGlibc = runsOnGlibc;
exports.exists = exists;
exports.isFile = isFile;
exports.openFile = openFile;
exports.loadAddon = loadAddon;
exports.loadedModules = loadedModules;
exports.resolveModule = resolveModule;
/**
 * What the runtime needs from its host, Node.js: files and paths (to find and check the library),
 * the environment and the platform, module resolution (platform packages), and hooks for the end
 * of a thread. Every other module reaches Node through this one, so the core (codec, converters,
 * calls, futures, objects, callbacks) imports no Node built-in and a host other than Node-API
 * (Deno's or Bun's own FFI, a browser) is one file to replace. The runtime's import-graph test
 * keeps it so.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const node_worker_threads_1 = require("node:worker_threads");
/** The host's platform and architecture, as Node names them (`linux`, `x64`). */
exports.platform = process.platform;
exports.arch = process.arch;
/** Whether this code runs on the process's main thread (not in a worker). */
exports.onMainThread = node_worker_threads_1.isMainThread;
/** The environment variables. */
function environment() {
    return process.env;
}
/** Runs `listener` when this thread ends (the process, or the worker it runs in). */
function onThreadExit(listener) {
    process.once('exit', listener);
}
/** Reports a problem that has no caller to throw to, without stopping the process. */
function warn(message) {
    process.emitWarning(message);
}
/** Whether a Linux process runs on glibc (else musl), from Node's diagnostic report. */
function runsOnGlibc() {
    const report = process.report?.getReport();
    return report?.header?.glibcVersionRuntime !== undefined;
}
/** Node's `Buffer.prototype`: a Buffer is a Uint8Array to the converters. */
exports.bufferPrototype = typeof Buffer === 'function' ? Buffer.prototype : undefined;
/** Path operations. */
exports.paths = { dirname: node_path_1.dirname, join: node_path_1.join, resolve: node_path_1.resolve };
/** Whether `path` exists (any kind of entry). */
function exists(path) {
    return (0, node_fs_1.existsSync)(path);
}
/** Whether `path` is a regular file (following links). */
function isFile(path) {
    try {
        return (0, node_fs_1.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
/** Opens `path` for reading; throws the host's error when it cannot. */
function openFile(path) {
    const fd = (0, node_fs_1.openSync)(path, 'r');
    try {
        const size = (0, node_fs_1.fstatSync)(fd).size;
        return {
            size,
            read(offset, length) {
                const bytes = new Uint8Array(length);
                const got = offset < size ? (0, node_fs_1.readSync)(fd, bytes, 0, length, offset) : 0;
                return bytes.subarray(0, got);
            },
            close: () => (0, node_fs_1.closeSync)(fd),
        };
    }
    catch (error) {
        (0, node_fs_1.closeSync)(fd);
        throw error;
    }
}
/**
 * Loads a native addon: a file of any extension (`.node`, or a cdylib as cargo builds it) is
 * opened with `process.dlopen`; anything else (a package's entry) with `require`.
 */
function loadAddon(path) {
    if (/\.(node|so|dylib|dll)$/.test(path)) {
        const module = { exports: {} };
        process.dlopen(module, path);
        return module.exports;
    }
    return require(path);
}
/** The files of the modules loaded so far (native addons included), as `require.cache` has them. */
function loadedModules() {
    return typeof require === 'undefined' ? [] : Object.keys(require.cache);
}
/**
 * Resolves a module request (`<name>/package.json`) from inside the package, as Node's
 * `require.resolve` does; undefined when it cannot be found, or when this code runs where there
 * is no `require` (bundled into an ES module).
 */
function resolveModule(request) {
    if (typeof require === 'undefined')
        return undefined;
    try {
        return require.resolve(request);
    }
    catch {
        return undefined;
    }
}
