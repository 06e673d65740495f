import { RemoteImage } from '@/components/media/remote-image';
import type { MissionPatch } from '@/lib/domain/program-detail';
import { imageAlt } from '@/lib/format/images';

export function MissionPatches({ patches }: { patches: readonly MissionPatch[] }) {
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
        </li>
      ))}
    </ul>
  );
}
