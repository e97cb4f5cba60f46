#!/usr/bin/env node
// Runs `npm ci` when node_modules is missing or older than package-lock.json, so that `npm start`
// and `npm test` work as the very first commands on a fresh clone. Plain Node, no dependencies.
'use strict';
const { existsSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..');
const installed = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');

if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) {
  process.exit(0);
}
console.log('node_modules is missing or out of date: running npm ci');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
