#!/usr/bin/env node
// Writes the platform package of the node-api addon for this machine, from the workspace's build:
// `node scripts/node-api-addon-package.js <out-dir> [<addon file>]`. The package
// `uniffi-bindgen-ts-node-api` (bindgen-ts/native/node-api/npm) lists one per platform; publish
// each platform package, then it. Prints the folder written.
'use strict';
const { copyFileSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '..');
const main = JSON.parse(readFileSync(join(root, 'bindgen-ts/native/node-api/npm/package.json'), 'utf8'));
const [outDir, given] = process.argv.slice(2);
if (outDir === undefined) {
  console.error('usage: node scripts/node-api-addon-package.js <out-dir> [<addon file>]');
  process.exit(2);
}
const { platform, arch } = process;
const file =
  { darwin: 'libuniffi_ts_node_api.dylib', win32: 'uniffi_ts_node_api.dll' }[platform] ?? 'libuniffi_ts_node_api.so';
const addon = given ?? join(root, 'target/release', file);

const report = process.report && process.report.getReport();
const libc = platform === 'linux' ? (report.header.glibcVersionRuntime !== undefined ? 'glibc' : 'musl') : undefined;
const target =
  platform === 'win32'
    ? `${platform}-${arch}-msvc`
    : libc
      ? `${platform}-${arch}-${libc === 'glibc' ? 'gnu' : 'musl'}`
      : `${platform}-${arch}`;
const name = `${main.name}-${target}`;
if (!(name in main.optionalDependencies)) {
  console.error(`${main.name} does not list ${name}: add it to optionalDependencies in its package.json`);
  process.exit(1);
}

const folder = join(resolve(outDir), name);
mkdirSync(folder, { recursive: true });
copyFileSync(addon, join(folder, 'uniffi-bindgen-ts-node-api.node'));
const manifest = {
  name,
  version: main.version,
  description: `The ${target} build of ${main.name}`,
  license: main.license,
  os: [platform],
  cpu: [arch],
  ...(libc ? { libc: [libc] } : {}),
  main: 'uniffi-bindgen-ts-node-api.node',
  files: ['uniffi-bindgen-ts-node-api.node', 'README.md'],
};
writeFileSync(join(folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(
  join(folder, 'README.md'),
  `# ${name}\n\nThe ${target} build of the Node-API addon of \`${main.name}\`. Install \`${main.name}\`, not this package:\nit lists this one as an optional dependency, and npm installs the one for the machine.\n`,
);
console.log(folder);
