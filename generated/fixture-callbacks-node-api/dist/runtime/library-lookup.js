"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.packageFolder = packageFolder;
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
const errors_1 = require("./errors");
const host_1 = require("./host");
const { dirname, join, resolve } = host_1.paths;
/**
 * The package folder of generated code in `codeDir` (its `src/` or `dist/`, one level down), or
 * undefined when no folder is known (bundled into an ES module, there is no `__dirname`).
 */
function packageFolder(codeDir) {
    return codeDir === undefined ? undefined : join(codeDir, '..');
}
/** The platform's file name for a cdylib called `name`. */
function libraryFileName(name, os = host_1.platform) {
    switch (os) {
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
    return (0, host_1.runsOnGlibc)() ? 'gnu' : 'musl';
}
/**
 * The platform-package suffix of napi-rs's convention: `linux-x64-gnu`, `linux-arm64-musl`,
 * `darwin-arm64`, `win32-x64-msvc`, ...
 */
function platformTarget(os = host_1.platform, cpu = host_1.arch, libc = linuxLibc) {
    switch (os) {
        case 'linux':
            return `linux-${cpu}-${libc()}`;
        case 'win32':
            return `win32-${cpu}-msvc`;
        default:
            return `${os}-${cpu}`;
    }
}
/** The npm name of a package's platform package: `@scope/pkg` → `@scope/pkg-linux-x64-gnu`. */
function platformPackageName(packageName, target = platformTarget()) {
    return `${packageName}-${target}`;
}
/** The folder of a bundled prebuild, relative to the package: `prebuilds/linux-x64`. */
function prebuildFolder(os = host_1.platform, cpu = host_1.arch) {
    return join('prebuilds', `${os}-${cpu}`);
}
/**
 * Finds the library file, or throws a LibraryLoadError that lists every place tried.
 * `env` and `resolvePackage` are parameters so that tests can set them.
 */
function findLibrary(location, env = (0, host_1.environment)(), resolvePackage = host_1.resolveModule) {
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
            const candidate = join(dirname(manifest), file);
            if ((0, host_1.isFile)(candidate))
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
            const candidate = resolve(location.packageDir, folder, file);
            if ((0, host_1.isFile)(candidate))
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
    const path = resolve(value);
    if (!(0, host_1.exists)(path)) {
        throw new errors_1.LibraryLoadError(`${variable} names ${path}, but there is no file there (it names the native library of ${location.crateName}).`);
    }
    if (!(0, host_1.isFile)(path)) {
        throw new errors_1.LibraryLoadError(`${variable} names ${path}, which is not a file: set it to the library file itself.`);
    }
    return path;
}
