// The whole test suite, in the order the layers depend on each other:
//   1. type check (astro check)       2. build the site with its search index
//   3. vitest: unit, content, components, build output, browser
// and a closing line `N passed, N failed` that counts every check of every layer.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
let passed = 0;
let failed = 0;

function step(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status === 0) passed += 1;
  else {
    failed += 1;
    console.log(`=== ${name} FAILED (exit ${result.status})`);
  }
  return result.status === 0;
}

step('type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']);
step('build', 'npm', ['run', 'build']);

mkdirSync('test-results', { recursive: true });

/** Runs vitest with a JSON report and adds its counts; a suite that fails to load counts as a failure. */
function vitest(name, files, env = {}) {
  const report = `test-results/${name.replace(/\W+/g, '-')}.json`;
  console.log(`\n=== vitest (${name})`);
  spawnSync('npx', ['vitest', 'run', ...files, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (!existsSync(report)) {
    failed += 1;
    console.log(`=== vitest (${name}) wrote no report`);
    return;
  }
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  const brokenSuites = (results.testResults ?? []).filter((suite) => suite.status === 'failed' && !suite.assertionResults?.some((test) => test.status === 'failed')).length;
  failed += results.numFailedTests + brokenSuites;
  if (results.numTotalTests === 0) failed += 1;
}

vitest('unit, content, components, build output, browser', []);

// The same site served from a sub-path: no link may assume the site lives at /.
const base = { BASE: '/AlphaTree/', OUT_DIR: 'dist-base' };
if (step('build with base path /AlphaTree/', 'npm', ['run', 'build'], base)) vitest('build output and browser at /AlphaTree/', ['tests/build', 'tests/browser'], base);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
