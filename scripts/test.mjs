// The whole test suite, in the order the layers depend on each other:
//   1. type check (astro check)       2. build the site with its search index
//   3. vitest: unit, content, components, build output, browser
// and a closing line `N passed, N failed` that counts every check of every layer.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
let passed = 0;
let failed = 0;

function step(name, command, args) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
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
const report = 'test-results/vitest.json';
console.log('\n=== vitest: unit, content, components, build output, browser');
spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { stdio: 'inherit', env: process.env });
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests + (results.numFailedTestSuites ?? 0) - (results.testResults ?? []).filter((suite) => suite.status === 'failed' && suite.assertionResults?.some((test) => test.status === 'failed')).length;
  if (results.numTotalTests === 0) failed += 1;
} else {
  failed += 1;
  console.log('=== vitest wrote no report');
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
