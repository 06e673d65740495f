// The site's Content-Security-Policy, in one place for next.config.js (every response Next sends)
// and the front server (each HTML page, with the hashes of its own inline scripts). Plain JS
// because next.config.js loads it.

/**
 * @param {{ dev?: boolean, scriptHashes?: readonly string[], styleHashes?: readonly string[] }} [options]
 *   `dev`: `next dev`, whose injected scripts and styles change with every edit, keeps
 *   'unsafe-inline' and 'unsafe-eval'. Otherwise no inline script runs unless its SHA-256
 *   (`sha256-<base64>`) is listed: pages served without hashes run none.
 * @returns {string}
 */
function contentSecurityPolicy({ dev = false, scriptHashes = [], styleHashes = [] } = {}) {
  const quoted = (/** @type {readonly string[]} */ hashes) => hashes.map((h) => ` '${h}'`).join('');
  return [
    "default-src 'self'",
    dev
      ? "script-src 'self' 'unsafe-inline' 'unsafe-eval'"
      : `script-src 'self'${quoted(scriptHashes)}`,
    // Style attributes stay allowed (below); `<style>` elements only by hash. Browsers without
    // `style-src-elem` (before CSP level 3) read `style-src` for both.
    "style-src 'self' 'unsafe-inline'",
    dev ? "style-src-elem 'self' 'unsafe-inline'" : `style-src-elem 'self'${quoted(styleHashes)}`,
    "img-src 'self' https: data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "media-src 'self' https:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

module.exports = { contentSecurityPolicy };
