// Serves the built site (dist/) on localhost, honouring the BASE path the site was built with.
import { startStaticServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 4321);
const base = process.env.BASE ?? '/';
const { url } = await startStaticServer({ root: 'dist', port, base });
console.log(`AlphaTree is served at ${url} (Ctrl+C to stop)`);
