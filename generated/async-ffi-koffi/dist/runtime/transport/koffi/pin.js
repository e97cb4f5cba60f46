"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.pinForProcess = pinForProcess;
/**
 * Keeping what koffi loaded mapped for the life of the process. Node unloads what only a worker
 * loaded when that worker ends (koffi's addon, and the libraries koffi opened), but Rust code may
 * have left thread-local destructors behind, which would then run in unmapped code (a segfault
 * at worker exit). One more `dlopen` of each, never closed, keeps the files mapped. Not needed on
 * Windows, where a thread's destructors run before its module can be freed.
 */
const koffi_1 = __importDefault(require("koffi"));
const host_1 = require("../../host");
const RTLD_NOW = 2;
let dlopen;
const pinned = new Set();
function pin(path) {
    if (host_1.platform === 'win32' || pinned.has(path))
        return;
    pinned.add(path);
    try {
        dlopen ??= koffi_1.default.load(null).func('void *dlopen(const char *path, int flags)');
        dlopen(path, RTLD_NOW);
    }
    catch {
        // Calls still work; only a library used by a worker alone stays at risk when it ends.
    }
}
/** Keeps the library at `path`, and koffi's own addon, mapped until the process ends. */
function pinForProcess(path) {
    pin(path);
    const addon = (0, host_1.loadedModules)().find((module) => /[\\/]koffi\.node$/.test(module));
    if (addon !== undefined)
        pin(addon);
}
