// GitHub's page-number pagination: per_page (default 30, at most 100), page, and a Link header
// with absolute URLs back to the emulator, in the order GitHub writes them.
import type { RequestContext } from '../http.js';

export interface Page<T> {
  items: T[];
  headers: Record<string, string>;
}

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

export function paginate<T>(ctx: RequestContext, all: readonly T[]): Page<T> {
  const requested = Number.parseInt(ctx.query.get('per_page') ?? '', 10);
  const perPage =
    Number.isFinite(requested) && requested > 0 ? Math.min(requested, MAX_PER_PAGE) : DEFAULT_PER_PAGE;
  const page = Math.max(1, Number.parseInt(ctx.query.get('page') ?? '', 10) || 1);
  const lastPage = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);

  const links: string[] = [];
  const link = (target: number, rel: string) => links.push(`<${pageUrl(ctx, target)}>; rel="${rel}"`);
  if (page > 1) link(Math.min(page - 1, lastPage), 'prev');
  if (page < lastPage) {
    link(page + 1, 'next');
    link(lastPage, 'last');
  }
  if (page > 1) link(1, 'first');
  return { items, headers: links.length > 0 ? { link: links.join(', ') } : {} };
}

function pageUrl(ctx: RequestContext, page: number): string {
  const query = new URLSearchParams(ctx.query);
  query.set('page', String(page));
  return `${ctx.urls.api}${ctx.rawPath}?${query.toString()}`;
}
