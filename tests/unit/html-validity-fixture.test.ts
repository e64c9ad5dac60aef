import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';

describe('the HTML gate on a deliberately broken fixture', () => {
  it('html-validate reports its errors (missing lang, alt, list parent, submit button)', async () => {
    const html = readFileSync(join(__dirname, '../fixtures/broken-site/index.html'), 'utf8');
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html, 'index.html');
    const rules = new Set(report.results.flatMap((result) => result.messages.filter((message) => message.severity === 2).map((message) => message.ruleId)));
    expect([...rules]).toEqual(expect.arrayContaining(['element-required-attributes', 'wcag/h37', 'element-permitted-parent', 'wcag/h32']));
  });
});
