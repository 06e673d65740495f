/** Webcasts, info links, update feeds and mission patches, shared by launches and events. */
import type { LL2Image } from '@/lib/format/images';
import { safeHttpUrl } from '@/lib/format/url';
import {
  readImage,
  readMoment,
  type Moment,
} from './detail-shared';
import { list, nameOf, num, obj, objs, str, text } from '@/lib/ll2/read';

export interface VideoLink {
  url: string;
  title: string;
  publisher: string | null;
  source: string | null;
  language: string | null;
  live: boolean;
  /** When the stream starts/started and ends/ended, if LL2 knows. */
  start: Moment | null;
  end: Moment | null;
  /** "Official Webcast", "Lab"… (2.3.0's type); null for a 2.2.0 plain link. */
  type: string | null;
  /** A bare URL from an older record (2.2.0 `vidURLs`): nothing but the link is known. */
  plain: boolean;
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
  const items = [...list(value)].sort(byPriority).flatMap((v): VideoLink[] => {
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
        end: readMoment(o?.end_time),
        type: nameOf(o?.type) ?? null,
        plain: !o,
      },
    ];
  });
  return dedupe(items);
}

export function readInfoLinks(value: unknown): InfoLink[] {
  const items = [...list(value)].sort(byPriority).flatMap((v): InfoLink[] => {
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
  return list(value)
    .flatMap((u, i): UpdateEntry[] => {
      const o = obj(u);
      const comment = str(o?.comment);
      if (!o || !comment) return [];
      return [
        {
          key: text(o.id) ?? `update-${i}`,
          comment,
          createdBy: str(o.created_by) ?? null,
          createdOn: readMoment(o.created_on),
          infoUrl: safeHttpUrl(o.info_url),
        },
      ];
    })
    .sort((a, b) => (b.createdOn?.iso ?? '').localeCompare(a.createdOn?.iso ?? ''));
}

/** A mission patch: the image, and the agency that made it as its credit. */
export interface PatchImage {
  key: string;
  name: string;
  image: LL2Image;
  credit: string | null;
}

/** `mission_patches`, highest priority first; patches without a usable image are left out. */
export function readPatches(value: unknown): PatchImage[] {
  return [...objs(value)].sort(byPriority).flatMap((p, i) => {
    const image = readImage(p.image_url) ?? readImage(p.image);
    if (!image) return [];
    return [
      {
        key: str(p.id) ?? `patch-${i}`,
        name: str(p.name) ?? `Patch ${i + 1}`,
        image,
        credit: nameOf(p.agency) ?? null,
      },
    ];
  });
}
