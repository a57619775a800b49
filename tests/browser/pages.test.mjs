// The pages in a real browser: Debian's chromium driven by playwright-core against a real
// `oncoguide serve` on a free loopback port with a temporary data directory (ctest label
// `browser`). Exits 0 when every check passes, 1 on a failure, 77 (ctest SKIP_RETURN_CODE) only
// when chromium is not installed.
//
//   node pages.test.mjs --oncoguide build/oncoguide --examples examples --out DIR
//
// Journey: home -> ask by keyboard only -> emergency reply -> topic page -> register -> upload
// examples/patient.csv by keyboard -> review -> save -> dashboard (charts and their points, the
// strict and lab-only readings) -> report PDF (pdftotext finds the summary) -> ask with records
// -> a share link opened without an account -> sign out (the dashboard is gone). axe-core (WCAG 2 A/AA) on every page: 0 violations. Every
// page at 360 px without horizontal scroll; screenshots at phone and desktop widths in DIR; the
// ask box works with JavaScript disabled. The pages' CSP stays enforced (axe is evaluated through
// the DevTools protocol, which CSP does not govern); a CSP violation fails the test.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SKIP = 77;
const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const oncoguide = args.oncoguide;
const examples = args.examples ?? join(here, '../../examples');
const out = args.out ?? join(tmpdir(), 'oncoguide-browser');
mkdirSync(out, { recursive: true });

const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
if (!chromiumPath) {
  console.log('SKIPPED: chromium is not installed (apt-get install chromium; scripts/install-deps.sh does)');
  process.exit(SKIP);
}
// The npm packages come from scripts/install-npm.sh; a worktree without them installs them from
// npm's local cache only (--offline: nothing is fetched at test time).
if (!existsSync(join(here, 'node_modules/playwright-core'))) {
  const ci = spawnSync('npm', ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
  if (ci.status !== 0) {
    console.error('FAILED: tests/browser/node_modules is missing and npm cannot install it offline: run scripts/install-npm.sh');
    process.exit(1);
  }
}
const require = createRequire(join(here, 'package.json'));
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
}

// --- the server ------------------------------------------------------------------------------
const dataDir = mkdtempSync(join(tmpdir(), 'oncoguide-browser-'));
const server = spawn(oncoguide, ['serve', '--listen', '127.0.0.1:0', '--data', join(dataDir, 'data'), '--threads', '8'],
  { stdio: ['ignore', 'pipe', 'pipe'] });
let serverLog = '';
server.stderr.on('data', (d) => { serverLog += d; });
const base = await new Promise((resolve, reject) => {
  let text = '';
  const timer = setTimeout(() => reject(new Error(`the server did not start: ${serverLog}`)), 30000);
  server.stdout.on('data', (d) => {
    text += d;
    const m = text.match(/(http:\/\/127\.0\.0\.1:\d+)\//);
    if (m) { clearTimeout(timer); resolve(m[1]); }
  });
  server.on('exit', (code) => reject(new Error(`the server exited (${code}): ${serverLog}`)));
});
console.log(`server: ${base}`);

const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox'] });
const cspViolations = [];
function watch(page) {
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text()); });
}

async function axe(page, name) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  const v = result.violations;
  check(v.length === 0, `axe (WCAG 2 A/AA) on ${name}: ${v.length} violations` +
    v.map((x) => `\n       ${x.impact} ${x.id}: ${x.help} (${x.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`).join(''));
}

async function shot(page, name) {
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
}

// Presses Tab until the element matching `selector` has the focus (at most `max` presses).
async function tabTo(page, selector, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
  }
  return false;
}

const visited = [];
async function visit(page, path, name) {
  const response = await page.goto(base + path);
  check(response.status() === 200, `${name}: ${path} answers 200 (got ${response.status()})`);
  visited.push(path);
  await axe(page, name);
  await shot(page, `desktop-${name}`);
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  watch(page);

  // Home, then the ask box by keyboard only.
  await visit(page, '/', 'home');
  check(await tabTo(page, 'input#q'), 'keyboard: Tab reaches the ask box');
  await page.keyboard.type('What is the difference between a partial response and a complete response?');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  check(page.url().startsWith(base + '/ask?q='), `keyboard: Enter asks (${page.url()})`);
  check((await page.locator('main h1').count()) === 1, 'ask reply has its heading');
  await axe(page, 'ask');
  await shot(page, 'desktop-ask');

  // An emergency reply is the first thing on the page.
  await visit(page, '/ask?q=' + encodeURIComponent('I have a fever of 39 and chills during chemo'), 'ask-emergency');
  const first = await page.evaluate(() => document.body.firstElementChild?.className);
  check(first === 'emergency', `emergency block opens the page (first element: ${first})`);
  check(/911/.test(await page.locator('section.emergency').innerText()), 'emergency block gives the number to call');

  // A topic page.
  await visit(page, '/q/pr-vs-cr', 'topic');
  check((await page.locator('link[rel=canonical]').count()) === 1, 'topic page has a canonical URL');

  // Register.
  await visit(page, '/register', 'register');
  await page.fill('#email', 'browser@example.org');
  await page.fill('#password', 'plum orchard bicycle 42');
  await Promise.all([page.waitForNavigation(), page.click('form[action="/register"] button[type=submit]')]);
  check(page.url() === base + '/upload', `registering leads to the upload page (${page.url()})`);
  await axe(page, 'upload');
  await shot(page, 'desktop-upload');

  // Upload by keyboard: Tab to the file field, choose the file, Tab to the button, Enter.
  check(await tabTo(page, 'input#files'), 'keyboard: Tab reaches the file field');
  await page.setInputFiles('input#files', join(examples, 'patient.csv'));
  check(await tabTo(page, 'form[action="/upload"] button[type=submit]', 5), 'keyboard: Tab reaches "Read my files"');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  check((await page.locator('h1').innerText()).includes('Check what oncoguide read'), 'the review page shows what was read');
  await axe(page, 'review');
  await shot(page, 'desktop-review');
  const rows = await page.locator('input[type=checkbox][name$=".keep"]').count();
  const csvRows = readFileSync(join(examples, 'patient.csv'), 'utf8').split('\n').filter((l) => /^\d{4}-/.test(l)).length;
  check(rows === csvRows, `review lists every row (${rows} of ${csvRows})`);

  // Save, then the dashboard.
  await Promise.all([page.waitForNavigation(), page.click('button[value=save]')]);
  check(page.url() === base + '/me', `saving leads to the dashboard (${page.url()})`);
  await axe(page, 'dashboard');
  await shot(page, 'desktop-dashboard');
  const charts = await page.locator('figure.chart svg').count();
  check(charts >= 4, `dashboard charts are drawn (${charts} SVG charts)`);
  const mProteinRows = readFileSync(join(examples, 'patient.csv'), 'utf8').split('\n')
    .filter((l) => /^\d{4}-\d\d-\d\d,serum_m_protein,[<>=]*[0-9.]+,/.test(l)).length;
  const points = await page.locator('#chart-m-protein svg circle.pt').count();
  check(points === mProteinRows, `M-protein chart has one point per value (${points} of ${mProteinRows})`);
  check(await page.locator('#chart-m-protein svg').isVisible(), 'M-protein chart is visible');
  const readings = await page.locator('section.readings').innerText();
  check(/Strict IMWG 2016/.test(readings) && /By IMWG 2016: /.test(readings), 'strict reading labelled');
  check(/Lab-only reading \(IMWG-2016-lab\)/.test(readings) && /What your labs alone show: .*\(lab-only\)/.test(readings),
    'lab-only reading labelled');

  // The report PDF.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[href="/me/report.pdf"]')]);
  const pdfPath = join(out, 'report.pdf');
  await download.saveAs(pdfPath);
  const text = spawnSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
  check(text.status === 0 && /Since starting/.test(text.stdout), 'pdftotext finds the summary sentence in the report');

  // The ask box with the person's own records.
  check(await tabTo(page, 'input#q-me', 200), 'keyboard: Tab reaches the personal ask box');
  await page.keyboard.type('What is my response?');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  check(/What your own records show/.test(await page.content()), 'the personal ask shows the records');
  await axe(page, 'ask-personal');

  // Phone width: no horizontal scroll on any page.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, storageState: await context.storageState() });
  const small = await phone.newPage();
  watch(small);
  for (const [path, name] of [['/', 'home'], ['/q/pr-vs-cr', 'topic'], ['/ask?q=what+is+vgpr', 'ask'], ['/upload', 'upload'], ['/me', 'dashboard']]) {
    await small.goto(base + path);
    const width = await small.evaluate(() => document.documentElement.scrollWidth);
    check(width <= 360, `360 px: ${path} has no horizontal scroll (scrollWidth ${width})`);
    await shot(small, `phone-${name}`);
  }
  await phone.close();

  // JavaScript disabled: the ask box still works.
  const nojs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await nojs.newPage();
  await plain.goto(base + '/');
  await plain.fill('#q', 'What is VGPR?');
  await Promise.all([plain.waitForNavigation(), plain.press('#q', 'Enter')]);
  check(plain.url().includes('/ask?q=') && (await plain.locator('main h1').count()) === 1, 'ask works with JavaScript disabled');
  await nojs.close();

  // A share link for the care team: the read-only page, opened without an account.
  await page.goto(base + '/me');
  const csrf = await page.locator('form[action="/logout"] input[name=csrf]').inputValue();
  const share = await page.request.post(base + '/api/v1/shares',
    { data: { days: 7 }, headers: { 'X-CSRF-Token': csrf } });
  check(share.status() === 201, `a share link is created (${share.status()})`);
  const guest = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const guestPage = await guest.newPage();
  watch(guestPage);
  const shared = await guestPage.goto(base + (await share.json()).page);
  check(shared.status() === 200 && /Results shared with you/.test(await guestPage.content()),
    'the share link opens the read-only page without an account');
  check((await guestPage.locator('form[action="/logout"]').count()) === 0, 'the shared page has no owner forms');
  await axe(guestPage, 'shared');
  await shot(guestPage, 'desktop-shared');
  await guest.close();

  // Sign out: the dashboard is gone.
  await page.goto(base + '/me');
  await Promise.all([page.waitForNavigation(), page.click('form[action="/logout"] button')]);
  await page.goto(base + '/me');
  check(page.url().startsWith(base + '/login'), `after signing out /me leads to sign in (${page.url()})`);
  await axe(page, 'login');
  check(cspViolations.length === 0, `no Content-Security-Policy violation (${cspViolations.join('; ')})`);
  await context.close();
} catch (e) {
  check(false, `unexpected error: ${e.stack}`);
} finally {
  await browser.close();
  if (server.exitCode === null) {
    const exited = new Promise((r) => server.on('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
}
writeFileSync(join(out, 'visited.txt'), visited.join('\n') + '\n');
console.log(failures === 0 ? 'browser test: all checks passed' : `browser test: ${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
