import { RemoteImage } from '@/components/media/remote-image';
import type { MissionPatch } from '@/lib/domain/program-detail';
import { imageAlt } from '@/lib/format/images';

/** Patches in a grid; a patch with a `credit` names who made it under its name. */
export function MissionPatches({
  patches,
}: {
  patches: readonly (MissionPatch & { credit?: string | null })[];
}) {
  return (
    <ul className="grid grid-cols-3 gap-3 sm:grid-cols-4 lg:grid-cols-6">
      {patches.map((p) => (
        <li key={p.key} className="text-center">
          <RemoteImage
            src={p.image.thumbnail_url ?? p.image.image_url}
            slot="patch"
            alt={imageAlt(p.image, p.name)}
            name={p.name}
            ratio="1/1"
            fit="contain"
            className="border-line rounded-xl border"
          />
          <p className="text-ink-muted mt-1 line-clamp-2 text-xs">{p.name}</p>
          {p.credit ? <p className="text-ink-muted text-xs">Patch: {p.credit}</p> : null}
        </li>
      ))}
    </ul>
  );
}
