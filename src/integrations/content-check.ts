import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readCorpus } from '../lib/content/read-corpus';
import { validateCorpus } from '../lib/content/validate-corpus';
import { formatProblem } from '../lib/content/problems';

/**
 * Fails the build on bad content. Astro's own schema check covers single files; references,
 * duplicate ids, cycles and glossary keys span files, and Astro would only log some of them.
 */
export default function contentCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'alphatree:content-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ logger }) => {
        const problems = validateCorpus(readCorpus(root));
        // CONTENT_CHECK=warn previews unfinished content locally; tests and CI never set it.
        if (problems.length > 0 && process.env.CONTENT_CHECK === 'warn') {
          logger.warn(`Content has ${problems.length} problem(s); building anyway because CONTENT_CHECK=warn:\n${problems.map(formatProblem).join('\n')}`);
          return;
        }
        if (problems.length > 0) {
          throw new Error(`Content has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
        }
        logger.info('content checked: no problems');
      },
    },
  };
}
