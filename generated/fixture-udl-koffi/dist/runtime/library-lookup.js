"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.libraryFileName = libraryFileName;
exports.linuxLibc = linuxLibc;
exports.platformTarget = platformTarget;
exports.platformPackageName = platformPackageName;
exports.prebuildFolder = prebuildFolder;
exports.findLibrary = findLibrary;
/**
 * Finding the cdylib of a generated package. First hit wins:
 * 1. the environment variable the package names (e.g. `ASYNC_FFI_LIBRARY_PATH`): a file path.
 *    Once set, it is the only place looked at: a set variable that names no file (or is empty)
 *    is an error, never a silent fallback to another library;
 * 2. the platform package, napi-rs style: `<package>-<platform>-<arch>[-<abi>]` (for example
 *    `async-ffi-linux-x64-gnu`), an optional dependency found with `require.resolve`;
 * 3. the prebuild bundled in the package: `prebuilds/<platform>-<arch>/<file>`;
 * 4. the package's `library_search_paths` from uniffi.toml, relative to the package folder.
 * Nothing found: a LibraryLoadError listing every place tried.
 */
const node_path_1 = require("node:path");
const node_fs_1 = require("node:fs");
const errors_1 = require("./errors");
/** The platform's file name for a cdylib called `name`. */
function libraryFileName(name, platform = process.platform) {
    switch (platform) {
        case 'win32':
            return `${name}.dll`;
        case 'darwin':
            return `lib${name}.dylib`;
        default:
            return `lib${name}.so`;
    }
}
/** Which C library a Linux process runs on: glibc (`gnu`) or musl. */
function linuxLibc() {
    const report = process.report?.getReport();
    return report?.header?.glibcVersionRuntime === undefined ? 'musl' : 'gnu';
}
/**
 * The platform-package suffix of napi-rs's convention: `linux-x64-gnu`, `linux-arm64-musl`,
 * `darwin-arm64`, `win32-x64-msvc`, ...
 */
function platformTarget(platform = process.platform, arch = process.arch, libc = linuxLibc) {
    switch (platform) {
        case 'linux':
            return `linux-${arch}-${libc()}`;
        case 'win32':
            return `win32-${arch}-msvc`;
        default:
            return `${platform}-${arch}`;
    }
}
/** The npm name of a package's platform package: `@scope/pkg` → `@scope/pkg-linux-x64-gnu`. */
function platformPackageName(packageName, target = platformTarget()) {
    return `${packageName}-${target}`;
}
/** The folder of a bundled prebuild, relative to the package: `prebuilds/linux-x64`. */
function prebuildFolder(platform = process.platform, arch = process.arch) {
    return (0, node_path_1.join)('prebuilds', `${platform}-${arch}`);
}
/** Node's own resolution, from this file, so from inside the generated package. */
function resolveFromHere(request) {
    if (typeof require === 'undefined')
        return undefined;
    try {
        return require.resolve(request);
    }
    catch {
        return undefined;
    }
}
/**
 * Finds the library file, or throws a LibraryLoadError that lists every place tried.
 * `env` and `resolvePackage` are parameters so that tests can set them.
 */
function findLibrary(location, env = process.env, resolvePackage = resolveFromHere) {
    const file = libraryFileName(location.libraryName);
    const variable = location.pathVariable;
    const override = env[variable];
    if (override !== undefined)
        return checkOverride(location, variable, override);
    const tried = [];
    if (location.packageName !== undefined) {
        const name = platformPackageName(location.packageName);
        const manifest = resolvePackage(`${name}/package.json`);
        if (manifest === undefined) {
            tried.push({ place: `the platform package ${name}`, outcome: 'not installed' });
        }
        else {
            const candidate = (0, node_path_1.join)((0, node_path_1.dirname)(manifest), file);
            if (isFile(candidate))
                return candidate;
            tried.push({ place: candidate, outcome: `no ${file} in the installed ${name}` });
        }
    }
    if (location.packageDir === undefined) {
        tried.push({
            place: 'the package folder',
            outcome: 'unknown here (the code runs without __dirname, e.g. bundled into an ES module)',
        });
    }
    else {
        const folders = [prebuildFolder(), ...location.searchPaths];
        for (const folder of folders) {
            const candidate = (0, node_path_1.resolve)(location.packageDir, folder, file);
            if (isFile(candidate))
                return candidate;
            tried.push({ place: candidate, outcome: 'no file' });
        }
    }
    const library = `${variable} to the library file (built with cargo build --release)`;
    const advice = location.packageName === undefined
        ? `Set ${library}.`
        : `Install ${platformPackageName(location.packageName)}, or set ${library}.`;
    throw new errors_1.LibraryLoadError(`Cannot find the native library ${file} of ${location.crateName} for ${platformTarget()}. Tried:\n` +
        tried.map((t) => `  - ${t.place}: ${t.outcome}`).join('\n') +
        `\n${advice}`);
}
function checkOverride(location, variable, value) {
    if (value.trim() === '') {
        throw new errors_1.LibraryLoadError(`${variable} is set but empty: set it to the path of the ${location.crateName} library file, or unset it ` +
            `to use the installed one.`);
    }
    const path = (0, node_path_1.resolve)(value);
    if (!(0, node_fs_1.existsSync)(path)) {
        throw new errors_1.LibraryLoadError(`${variable} names ${path}, but there is no file there (it names the native library of ${location.crateName}).`);
    }
    if (!isFile(path)) {
        throw new errors_1.LibraryLoadError(`${variable} names ${path}, which is not a file: set it to the library file itself.`);
    }
    return path;
}
function isFile(path) {
    try {
        return (0, node_fs_1.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
