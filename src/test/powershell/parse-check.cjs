// Parses PowerShell scripts with tree-sitter's PowerShell grammar (npm tree-sitter-powershell, run by
// web-tree-sitter): there is no PowerShell on the build machine, so this is the syntax check the kit's
// .ps1 files get. It reports every ERROR or MISSING node with file:line:column and exits 1 if there is any.
// It checks syntax only: cmdlet names, parameters and behaviour are not checked.
// Usage: node parse-check.cjs <node_modules dir> <file.ps1>...
'use strict';
const path = require('path');
const fs = require('fs');
const [modules, ...files] = process.argv.slice(2);
const { Parser, Language } = require(path.join(modules, 'web-tree-sitter', 'web-tree-sitter.cjs'));
(async () => {
  await Parser.init();
  const lang = await Language.load(path.join(modules, 'tree-sitter-powershell', 'tree-sitter-powershell.wasm'));
  const parser = new Parser();
  parser.setLanguage(lang);
  let bad = 0;
  for (const f of files) {
    const tree = parser.parse(fs.readFileSync(f, 'utf8'));
    const errors = [];
    const walk = n => { if (n.type === 'ERROR' || n.isMissing) errors.push(n); for (const c of n.children) walk(c); };
    walk(tree.rootNode);
    for (const e of errors) console.log(`${f}:${e.startPosition.row + 1}:${e.startPosition.column + 1}: ${e.isMissing ? 'missing ' + e.type : 'syntax error'}: ${e.text.slice(0, 60)}`);
    console.log(`${errors.length ? 'FAIL' : 'ok'} - ${f} (${tree.rootNode.descendantCount} nodes)`);
    bad += errors.length;
  }
  process.exit(bad ? 1 : 0);
})().catch(e => { console.error(e); process.exit(2); });
