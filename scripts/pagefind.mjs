// Indexes the built site with Pagefind's node API; any error fails the build.
import * as pagefind from 'pagefind';

const site = process.argv[2] ?? 'dist';
const fail = (step, errors) => {
  if (errors?.length) {
    console.error(`pagefind ${step} failed:\n${errors.join('\n')}`);
    process.exit(1);
  }
};

const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
fail('createIndex', createErrors);
const { errors, page_count } = await index.addDirectory({ path: site });
fail('addDirectory', errors);
if (!page_count) fail('addDirectory', ['no pages were indexed: is data-pagefind-body on the pages?']);
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
fail('writeFiles', written.errors);
await pagefind.close();
console.log(`pagefind: indexed ${page_count} pages into ${site}/pagefind`);
