/** Webcasts, info links and update feeds, shared by launches and events. */
import { safeHttpUrl } from '@/lib/format/url';
import { arr, nameOf, num, obj, readMoment, str, type Moment } from './detail-shared';

export interface VideoLink {
  url: string;
  title: string;
  publisher: string | null;
  source: string | null;
  language: string | null;
  live: boolean;
  /** When the stream starts/started, if LL2 knows. */
  start: Moment | null;
}

export interface InfoLink {
  url: string;
  title: string;
  source: string | null;
  description: string | null;
  language: string | null;
}

export interface UpdateEntry {
  key: string;
  comment: string;
  createdBy: string | null;
  createdOn: Moment | null;
  infoUrl: string | null;
}

function byPriority(a: unknown, b: unknown): number {
  return (num(obj(b)?.priority) ?? 0) - (num(obj(a)?.priority) ?? 0);
}

function dedupe<T extends { url: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.url) && (seen.add(i.url), true));
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** `vid_urls` (2.2.0: `vidURLs`, sometimes plain strings), highest priority first. */
export function readVideos(value: unknown): VideoLink[] {
  const items = [...arr(value)].sort(byPriority).flatMap((v): VideoLink[] => {
    const o = obj(v);
    const url = safeHttpUrl(o ? o.url : v);
    if (!url) return [];
    return [
      {
        url,
        title: str(o?.title) ?? str(o?.name) ?? hostOf(url),
        publisher: str(o?.publisher) ?? null,
        source: str(o?.source) ?? hostOf(url),
        language: nameOf(o?.language) ?? null,
        live: o?.live === true,
        start: readMoment(o?.start_time),
      },
    ];
  });
  return dedupe(items);
}

export function readInfoLinks(value: unknown): InfoLink[] {
  const items = [...arr(value)].sort(byPriority).flatMap((v): InfoLink[] => {
    const o = obj(v);
    const url = safeHttpUrl(o ? o.url : v);
    if (!url) return [];
    return [
      {
        url,
        title: str(o?.title) ?? hostOf(url),
        source: str(o?.source) ?? hostOf(url),
        description: str(o?.description) ?? null,
        language: nameOf(o?.language) ?? null,
      },
    ];
  });
  return dedupe(items);
}

/** The `updates` feed, newest first. */
export function readUpdates(value: unknown): UpdateEntry[] {
  return arr(value)
    .flatMap((u, i): UpdateEntry[] => {
      const o = obj(u);
      const comment = str(o?.comment);
      if (!o || !comment) return [];
      return [
        {
          key: str(o.id) ?? `update-${i}`,
          comment,
          createdBy: str(o.created_by) ?? null,
          createdOn: readMoment(o.created_on),
          infoUrl: safeHttpUrl(o.info_url),
        },
      ];
    })
    .sort((a, b) => (b.createdOn?.iso ?? '').localeCompare(a.createdOn?.iso ?? ''));
}
