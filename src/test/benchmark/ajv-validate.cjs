// Validates every template and parameter file of a generate output folder against Microsoft's
// ARM schemas (draft-04, offline copies) with ajv + ajv-draft-04, and prints the time taken.
// Usage: node ajv-validate.cjs <node_modules dir> <schemas dir> <output dir>
'use strict';
const fs = require('fs');
const path = require('path');
const [modules, schemasDir, outDir] = process.argv.slice(2);
const Ajv = require(path.join(modules, 'ajv-draft-04'));
const PREFIX = 'https://schema.management.azure.com/schemas/';

const started = process.hrtime.bigint();
// every schema file, derived/X replacing X (Microsoft's closures trimmed to the resources we use)
const files = new Map();
(function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.json')) {
      const rel = path.relative(schemasDir, full).split(path.sep).join('/');
      const key = rel.startsWith('derived/') ? rel.slice('derived/'.length) : rel;
      if (!files.has(key) || rel.startsWith('derived/')) files.set(key, full);
    }
  }
})(schemasDir);
const ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false, logger: false });
for (const [key, file] of files) {
  const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
  delete schema.id; // register by URL: a few files declare an id that differs from where they live
  ajv.addSchema(schema, PREFIX + key);
}
const compiled = new Map();
function validator(url) {
  const key = url.replace(/#$/, '');
  if (!compiled.has(key)) compiled.set(key, ajv.getSchema(key));
  return compiled.get(key);
}
const loadedAt = process.hrtime.bigint();
let checked = 0;
let invalid = 0;
(function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.json') && entry.name !== 'lighthouse-summary.json') {
      const doc = JSON.parse(fs.readFileSync(full, 'utf8'));
      const validate = validator(doc.$schema);
      if (!validate(doc)) invalid++;
      checked++;
    }
  }
})(outDir);
const done = process.hrtime.bigint();
console.log(JSON.stringify({ files: checked, invalid, totalMs: Number((done - started) / 1000000n),
  compileMs: Number((loadedAt - started) / 1000000n) }));
