// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeMermaid from './src/lib/markdown/rehype-mermaid.ts';
import rehypeExternalLinks from './src/lib/markdown/rehype-external-links.ts';
import contentCheck from './src/integrations/content-check.ts';

// SITE and BASE let the same build serve from a domain root or a sub-path such as /AlphaTree/.
const site = process.env.SITE ?? 'https://alphatree.example.org';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  integrations: [contentCheck(), mdx(), sitemap({ filter: (page) => !page.includes('/404') })],
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm, remarkMath],
      rehypePlugins: [rehypeKatex, rehypeMermaid, rehypeExternalLinks],
    }),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid', 'math'] },
  },
  // OUT_DIR lets the test suite build a second copy with a base path next to the main one.
  outDir: process.env.OUT_DIR ?? './dist',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    plugins: [
      // Lazily imported chunks (Mermaid, Pagefind, the search UI) load when they are needed, without
      // Vite's preload helper and dependency lists: those alone weighed more than a page's own
      // scripts. Astro fixes the top-level option, so it is switched off for the client build here.
      { name: 'alphatree:no-module-preload', configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined) },
    ],
  },
  security: {
    // Scripts: only this origin plus the hashes Astro computes for its inline scripts; Pagefind
    // compiles WebAssembly. Styles allow inline style attributes (colour custom properties on
    // diagrams and lines, Mermaid's generated SVG styles), which carry no script.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
});
