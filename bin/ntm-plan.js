#!/usr/bin/env node
'use strict';
const path = require('node:path');
const fs = require('node:fs');

const entry = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('ntm-plan: chưa biên dịch; hãy chạy "npm install" (hoặc "npm run build:cli") trong thư mục dự án.\n');
  process.exit(2);
}
require(entry)
  .cli(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
