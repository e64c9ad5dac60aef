import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { builtPages } from '../support/built-site';

// The recommended rules, less the purely stylistic ones that do not affect readers.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'no-inline-style': 'off',
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'long-title': 'off',
    // Checkbox groups (the search filters) share a name on purpose.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

describe('HTML validity', () => {
  it('html-validate reports no errors on any built page', async () => {
    const faults: string[] = [];
    for (const page of builtPages()) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const message of result.messages) {
          if (message.severity === 2) faults.push(`${page.file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(faults).toEqual([]);
  });
});
