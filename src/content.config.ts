import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { entrySchema } from './schemas/entry';
import { areaSchema } from './schemas/area';
import { readingListSchema } from './schemas/reading-list';
import { metricDefinitionSchema } from './schemas/metric';
import { architectureFileSchema } from './schemas/architecture';
import { ARCHITECTURES_COLLECTION, AREAS_COLLECTION, GLOSSARY_COLLECTION, READING_LISTS_COLLECTION } from './queries/collection-names';

// Every folder of content/ that has an _area.mdx is a roadmap area and one collection.
const areaFolders = readdirSync('./content', { withFileTypes: true })
  .filter((dirent) => dirent.isDirectory() && readdirSync(`./content/${dirent.name}`).includes('_area.mdx'))
  .map((dirent) => dirent.name);

const folderOf = ({ entry }: { entry: string }) => entry.split('/')[0]!;

const entryCollections = Object.fromEntries(
  areaFolders.map((area) => [
    area,
    defineCollection({
      loader: glob({ base: `./content/${area}`, pattern: ['*.{md,mdx}', '!_*'] }),
      schema: entrySchema,
    }),
  ]),
);

export const collections = {
  ...entryCollections,
  [AREAS_COLLECTION]: defineCollection({
    loader: glob({ base: './content', pattern: '*/_area.mdx', generateId: folderOf }),
    schema: areaSchema,
  }),
  [READING_LISTS_COLLECTION]: defineCollection({
    // An area may split its reading list into several files: reading-list.yaml, reading-list-<part>.yaml.
    loader: glob({ base: './content', pattern: '*/reading-list*.yaml', generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
    schema: readingListSchema,
  }),
  [ARCHITECTURES_COLLECTION]: defineCollection({
    loader: glob({ base: './content/architectures', pattern: '*.yaml' }),
    schema: architectureFileSchema,
  }),
  [GLOSSARY_COLLECTION]: defineCollection({
    loader: file('./content/glossary/metrics.yaml'),
    schema: metricDefinitionSchema,
  }),
};
