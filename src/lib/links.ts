import type { Paper } from '../schemas/paper';

/** A link the paper card shows. */
export interface PaperLink {
  label: string;
  url: string;
}

/** Abstract page and PDF of a paper: arXiv first, the venue page and a direct PDF where given. */
export function paperLinks(paper: Paper): PaperLink[] {
  const links: PaperLink[] = [];
  if (paper.arxiv) {
    links.push({ label: `arXiv:${paper.arxiv}`, url: `https://arxiv.org/abs/${paper.arxiv}` });
    links.push({ label: 'PDF', url: `https://arxiv.org/pdf/${paper.arxiv}` });
  }
  if (paper.url) links.push({ label: 'Publisher page', url: paper.url });
  if (paper.pdf && !paper.arxiv) links.push({ label: 'PDF', url: paper.pdf });
  return links;
}

/**
 * A short human label for a code URL: `owner/repo` on GitHub-like hosts, otherwise the host.
 * Trailing `.git`, slashes and `tree/…` or `blob/…` paths are not part of the repository name.
 */
export function codeLabel(url: string): string {
  const parsed = new URL(url);
  const [owner, repo] = parsed.pathname.split('/').filter(Boolean);
  if (owner && repo && ['github.com', 'gitlab.com', 'bitbucket.org', 'huggingface.co'].includes(parsed.hostname)) {
    return `${owner}/${repo.replace(/\.git$/, '')}`;
  }
  return parsed.hostname.replace(/^www\./, '');
}

/** Joins the site base (`/` or `/AlphaTree/`) with a path inside the site, keeping one slash. */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** Site path of an entry page, relative to the base. */
export const entryPath = (area: string, id: string): string => `${area}/${id}/`;

/** Site path of an area page, relative to the base. */
export const areaPath = (area: string): string => `${area}/`;
