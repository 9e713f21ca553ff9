#!/usr/bin/env node
// Launches the built command line (out/cli/veritag.cjs), or says how to build it when it is missing.
'use strict';

const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '..', 'out', 'cli', 'veritag.cjs');
if (existsSync(built)) {
  require(built);
} else {
  process.stderr.write(
    `veritag: the command line is not built (${built} is missing).\n` +
      "Run 'npm run build:cli' in the Veritag folder (npm install does it too), then try again.\n",
  );
  process.exitCode = 2;
}
