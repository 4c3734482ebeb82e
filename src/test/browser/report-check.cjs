// Checks the access review report in a real headless browser (Debian's chromium via playwright-core):
// it loads with no console errors and no network requests, both filters work, and a screenshot is kept.
// Usage: node report-check.cjs <node_modules dir> <report.html> <screenshot.png>
'use strict';
const path = require('path');
const { pathToFileURL } = require('url');
const [modules, report, screenshot] = process.argv.slice(2);
const { chromium } = require(path.join(modules, 'playwright-core'));

function check(condition, message) {
  if (!condition) {
    throw new Error('report check failed: ' + message);
  }
  console.log('ok - ' + message);
}

(async () => {
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

    const rows = page.locator('#access tbody tr');
    const total = await rows.count();
    check(total > 0, `the table has rows (${total})`);
    check(await page.textContent('#shown') === `${total} of ${total} rows`, 'all rows shown before filtering');
    check((await page.textContent('#totals')).includes('PEC coverage'), 'totals include PEC coverage');

    await page.fill('#customer-filter', 'northwind');
    const byCustomer = await page.locator('#access tbody tr:visible').evaluateAll(
      rs => rs.map(r => r.getAttribute('data-customer')));
    check(byCustomer.length > 0 && byCustomer.length < total, `customer filter keeps ${byCustomer.length} of ${total} rows`);
    check(byCustomer.every(c => c.includes('northwind')), 'every row left belongs to northwind');

    await page.fill('#customer-filter', '');
    await page.fill('#principal-filter', 'PEC Automation');
    const byPrincipal = await page.locator('#access tbody tr:visible').evaluateAll(rs => rs.map(r => r.className));
    check(byPrincipal.length > 0 && byPrincipal.every(c => c === 'pec'), `principal filter keeps only the PEC account (${byPrincipal.length} rows)`);
    check(await page.textContent('#shown') === `${byPrincipal.length} of ${total} rows`, 'the row count follows the filter');

    await page.fill('#principal-filter', '');
    await page.screenshot({ path: screenshot, fullPage: true });
    check(problems.length === 0, 'no console errors and no network requests' + (problems.length ? ': ' + problems.join('; ') : ''));
    console.log(`report check passed; screenshot: ${screenshot}`);
  } finally {
    await browser.close();
  }
})().catch(e => { console.error(e.message); process.exit(1); });
