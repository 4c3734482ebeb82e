// Checks the audit report (audit.html) in a real headless browser (Debian's chromium via playwright-core):
// it loads with no console errors and no network requests, the customer and status filters work, and a
// screenshot is kept.
// Usage: node audit-check.cjs <node_modules dir> <audit.html> <screenshot.png>
'use strict';
const { main } = require('./headless-page.cjs');

main('audit report', async (page, check, screenshot) => {
  const rows = page.locator('#audit tbody tr');
  const total = await rows.count();
  check(total > 1, `the table has a row per subscription (${total})`);
  check(await page.textContent('#shown') === `${total} of ${total} subscriptions`, 'all rows shown before filtering');
  const totals = await page.textContent('#totals');
  check(totals.includes('PEC coverage') && totals.includes('estimated credit not earned'), 'totals include PEC coverage and credit not earned');

  const visible = () => page.locator('#audit tbody tr:visible').evaluateAll(
    rs => rs.map(r => ({ customer: r.getAttribute('data-customer'), status: r.getAttribute('data-status'), lost: r.getAttribute('data-pec-lost') })));

  await page.fill('#customer-filter', 'northwind');
  const byCustomer = await visible();
  check(byCustomer.length > 0 && byCustomer.length < total, `customer filter keeps ${byCustomer.length} of ${total} rows`);
  check(byCustomer.every(r => r.customer.includes('northwind')), 'every row left belongs to northwind');
  check(await page.textContent('#shown') === `${byCustomer.length} of ${total} subscriptions`, 'the count follows the filter');

  await page.fill('#customer-filter', '');
  await page.selectOption('#status-filter', 'error');
  const errors = await visible();
  check(errors.length > 0 && errors.every(r => r.status === 'error'), `status filter "errors" keeps only rows with errors (${errors.length})`);
  await page.selectOption('#status-filter', 'pec-lost');
  const lost = await visible();
  check(lost.length > 0 && lost.every(r => r.lost === 'true'), `status filter "PEC lost" keeps ${lost.length} rows where PEC is lost`);
  await page.fill('#customer-filter', 'fabrikam');
  const both = await visible();
  check(both.every(r => r.lost === 'true' && r.customer.includes('fabrikam')), `both filters together (${both.length} rows)`);

  await page.fill('#customer-filter', '');
  await page.selectOption('#status-filter', '');
  check((await visible()).length === total, 'clearing the filters shows every row again');
  await page.screenshot({ path: screenshot, fullPage: true });
});
