/**
 * Waits until the front server's page cache has no background work left (best-quality Brotli
 * recompression of pages read twice), so a measurement that shares the machine with the server
 * measures the page, not the server compressing something else next to it.
 */
export async function pageCacheSettled(origin: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const stats: { recompressing?: number } = await fetch(`${origin}/_orbit/page-cache`, {
      headers: { connection: 'close' },
    })
      .then((r) => (r.ok ? r.json() : {}))
      .catch(() => ({}));
    if (!stats.recompressing) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}
