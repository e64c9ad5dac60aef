import type { APIRoute } from 'astro';
import { getCatalogue } from '../../queries/catalogue';
import { getArchitectures } from '../../queries/architectures';
import { exportEntries } from '../../lib/export/entries-json';

/** Every entry as JSON, for readers' own tools and for the compare page. */
export const GET: APIRoute = async () => {
  const body = JSON.stringify(exportEntries(await getCatalogue(), await getArchitectures()));
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
