import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCatalogue } from '../queries/catalogue';
import { addedDates } from '../lib/added-dates';
import { entryPath, withBase } from '../lib/links';

/** New entries, newest first, dated by the commit that added their file. */
export async function GET(context: APIContext) {
  const catalogue = await getCatalogue();
  const dates = addedDates(process.cwd());
  const buildDate = new Date();
  const items = catalogue.entries
    .map((entry) => {
      const file = [`content/${entry.area}/${entry.id}.md`, `content/${entry.area}/${entry.id}.mdx`].find((path) => dates.has(path));
      return { entry, date: file ? new Date(dates.get(file)!) : buildDate };
    })
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.entry.data.title.localeCompare(b.entry.data.title));
  return rss({
    title: 'AlphaTree — new entries',
    description: 'Models and papers added to the AlphaTree deep-learning roadmap.',
    site: context.site!,
    items: items.map(({ entry, date }) => ({
      title: `${entry.data.title} (${entry.data.year})`,
      description: entry.data.summary,
      link: withBase(import.meta.env.BASE_URL, entryPath(entry.area, entry.id)),
      pubDate: date,
      categories: [catalogue.areaById.get(entry.area)?.data.title ?? entry.area],
    })),
  });
}
