/**
 * Times the image proxy on a 4000×3000 photo served from a local host: bytes and resize time
 * (median of several runs) per width and format, and the time of a disk-cache hit.
 *
 *   npm run bench:images [-- --runs 7]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createImageProxy } from '@/lib/images/image-proxy';
import { IMAGE_WIDTHS } from '@/lib/images/image-widths';
import { renderVariant, type OutputFormat } from '@/lib/images/render-variant';
import { noisyPhoto, startImageHost, transparentLogo } from '../test/images/local-image-host';
import { readArgs } from './cli-args';

function fail(message: string): never {
  process.stderr.write(`bench:images: ${message}\n`);
  process.exit(2);
}

const { values } = readArgs({ options: { runs: { type: 'string', default: '5' } } }, fail);
const runs = Number(values.runs);
if (!Number.isSafeInteger(runs) || runs < 1)
  fail(`--runs: expected a whole number ≥ 1, got ${values.runs}`);

const ACCEPT: Record<OutputFormat, string> = {
  avif: 'image/avif,image/webp,*/*',
  webp: 'image/webp,*/*',
  legacy: 'image/png,image/*;q=0.8',
};
const LABEL: Record<OutputFormat, string> = { avif: 'AVIF', webp: 'WebP', legacy: 'JPEG' };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (t: number) => `${t < 10 ? t.toFixed(2) : t.toFixed(0)} ms`;

async function time(work: () => Promise<unknown>, n: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

async function main() {
  const photo = await noisyPhoto();
  const host = await startImageHost({ photo, logo: await transparentLogo() });
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbit-bench-images-'));
  const proxy = createImageProxy({
    hosts: [new URL(host.origin).host],
    cacheDir,
    cacheBytes: 512 * 1024 * 1024,
    maxDownloadBytes: 15 * 1024 * 1024,
    timeoutMs: 10_000,
  });
  const url = `${host.origin}/photo.jpg`;

  try {
    // The first request downloads and stores the original; the rest resize from disk.
    const firstStart = performance.now();
    await proxy.get(url, 'Bench', 640, ACCEPT.avif);
    const firstMiss = performance.now() - firstStart;

    console.log(`Original: 4000×3000 JPEG, ${kB(photo.length)} (${photo.length} bytes)`);
    console.log(
      `First request (download + check + store original + resize 640 AVIF): ${ms(firstMiss)}`,
    );
    console.log(`Resize time: median of ${runs} runs; cache hit: median of 50 requests.\n`);
    console.log('| width | format | bytes | % of original | resize | cache hit |');
    console.log('| ---: | --- | ---: | ---: | ---: | ---: |');
    for (const width of IMAGE_WIDTHS) {
      for (const format of ['avif', 'webp', 'legacy'] as const) {
        const answer = await proxy.get(url, 'Bench', width, ACCEPT[format]);
        if (answer.fallback)
          throw new Error(`placeholder for ${width} ${format}: ${answer.fallback}`);
        const resize = await time(() => renderVariant(photo, width, format), runs);
        const hit = await time(() => proxy.get(url, 'Bench', width, ACCEPT[format]), 50);
        const share = ((100 * answer.body.length) / photo.length).toFixed(2);
        console.log(
          `| ${width} | ${LABEL[format]} | ${kB(answer.body.length)} | ${share} % | ${ms(resize)} | ${ms(hit)} |`,
        );
      }
    }
    console.log(`\nDisk cache: ${kB(proxy.cache.bytes)} for the original and 21 variants.`);
  } finally {
    await host.close();
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
