'use strict';
// Loads the addon built for this platform, from the platform package npm installed with this one
// (napi-rs's convention: one optional dependency per platform, each with `os`, `cpu` and `libc`).

/** This platform as the platform packages name it: `linux-x64-gnu`, `darwin-arm64`, ... */
function target() {
  const { platform, arch } = process;
  if (platform === 'win32') return `${platform}-${arch}-msvc`;
  if (platform !== 'linux') return `${platform}-${arch}`;
  const report = process.report && process.report.getReport();
  const glibc = report && report.header && report.header.glibcVersionRuntime !== undefined;
  return `${platform}-${arch}-${glibc ? 'gnu' : 'musl'}`;
}

const name = `uniffi-bindgen-ts-node-api-${target()}`;
let file;
try {
  file = require.resolve(`${name}/uniffi-bindgen-ts-node-api.node`);
} catch (error) {
  throw new Error(
    `uniffi-bindgen-ts-node-api has no build for ${target()} installed: npm installs ${name} with it ` +
      `when the platform is one it is published for (install without --no-optional / --omit=optional)`,
    { cause: error },
  );
}
module.exports = require(file);
