// Checks the access review report in a real headless browser (Debian's chromium via playwright-core):
// it loads with no console errors and no network requests, both filters work, and a screenshot is kept.
// Usage: node report-check.cjs <node_modules dir> <report.html> <screenshot.png>
'use strict';
const { main } = require('./headless-page.cjs');

main('report', async (page, check, screenshot) => {
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
});
