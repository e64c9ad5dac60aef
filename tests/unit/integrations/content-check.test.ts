import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import contentCheck from '../../../src/integrations/content-check';

const FIXTURE = join(__dirname, '../../fixtures/content-valid');

function runHooks(root: string) {
  const integration = contentCheck();
  const hooks = integration.hooks as Record<string, (options: unknown) => void>;
  hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`) } });
  hooks['astro:build:start']!({ logger: { info() {} } });
}

describe('the content-check build step', () => {
  it('lets valid content through', () => {
    expect(() => runHooks(FIXTURE)).not.toThrow();
  });

  it('fails the build naming the file, the field and the problem', () => {
    const root = mkdtempSync(join(tmpdir(), 'alphatree-bad-'));
    cpSync(FIXTURE, root, { recursive: true });
    const file = join(root, 'content/demo/beta-net.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('id: alpha-net', 'id: alpha-nett'));
    expect(() => runHooks(root)).toThrow('content/demo/beta-net.md: builds_on[0].id: unknown entry "alpha-nett"');
  });
});
