// What both report checks share: Debian's chromium (via playwright-core) headless, offline, a page that records
// console errors, page errors and any request that is not to a file, and a check() that prints or throws.
// runPageCheck(name, modules, report, body): opens report, runs body(page, check), then requires no problems.
'use strict';
const path = require('path');
const { pathToFileURL } = require('url');

async function runPageCheck(name, modules, report, body) {
  const { chromium } = require(path.join(modules, 'playwright-core'));
  const check = (condition, message) => {
    if (!condition) {
      throw new Error(name + ' check failed: ' + message);
    }
    console.log('ok - ' + message);
  };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-quic', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems = [];
    page.on('console', m => { if (m.type() === 'error') problems.push('console error: ' + m.text()); });
    page.on('pageerror', e => problems.push('page error: ' + e.message));
    page.on('request', r => { if (!r.url().startsWith('file:')) problems.push('network request: ' + r.url()); });
    await page.goto(pathToFileURL(path.resolve(report)).href);
    await body(page, check);
    check(problems.length === 0, 'no console errors and no network requests' + (problems.length ? ': ' + problems.join('; ') : ''));
  } finally {
    await browser.close();
  }
}

function main(name, body) {
  const [modules, report, screenshot] = process.argv.slice(2);
  runPageCheck(name, modules, report, (page, check) => body(page, check, screenshot))
    .then(() => console.log(`${name} check passed; screenshot: ${screenshot}`))
    .catch(e => { console.error(e.message); process.exit(1); });
}

module.exports = { runPageCheck, main };
