// Validates the environment before anything else runs (throws with a clear message).
require('./lib/env.js');
const { contentSecurityPolicy } = require('./lib/security-policy.js');

const isDev = process.env.NODE_ENV !== 'production';

// Pages are server-rendered and cached per query, so a per-request nonce is not an option. In
// production the front server (lib/page-cache/front-server.ts) replaces this header on every
// HTML page with one listing the SHA-256 of each of that page's inline scripts; what Next sends
// here, and what every other response keeps, runs no inline script at all.
const contentSecurityPolicyValue = contentSecurityPolicy({ dev: isDev });

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicyValue },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets parallel builds (benchmarks, several checkouts' tools) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // LL2 clients call `/agencies/` with a trailing slash; answer it directly instead of redirecting.
  skipTrailingSlashRedirect: true,
  serverExternalPackages: ['better-sqlite3', 'pg'],
  images: {
    remotePatterns: [
      { protocol: 'https', hostname: 'thespacedevs-prod.nyc3.digitaloceanspaces.com' },
      { protocol: 'https', hostname: 'thespacedevs-dev.nyc3.digitaloceanspaces.com' },
      { protocol: 'https', hostname: '*.thespacedevs.com' },
    ],
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Only ever an image (nosniff), but opened on its own it is a document: nothing may load
      // or run in it. The later entry overrides the site-wide policy for this path.
      {
        source: '/api/image',
        headers: [
          { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'; sandbox" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
