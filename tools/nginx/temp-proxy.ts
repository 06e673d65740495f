import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A throwaway nginx from Debian's package, put in front of app servers as an operator would:
 * its config, pid, logs and temp folders all in one private folder. For the test that proves
 * the front server's cache headers against a real shared cache, and for `npm run bench`'s
 * topology run; never for serving anyone.
 */

export const NGINX = '/usr/sbin/nginx';

export interface ProxiedServer {
  /** Where nginx listens, on 127.0.0.1. */
  port: number;
  /** The app servers behind it, round robin over kept-alive connections. */
  upstreams: number[];
  /** Keep responses as their Cache-Control allows, and say HIT/MISS/… in X-Cache-Status. */
  cache?: boolean;
}

export function nginxConfig(dir: string, servers: ProxiedServer[]): string {
  const cached = servers.some((s) => s.cache);
  const block = (s: ProxiedServer, i: number) => `  upstream app${i} {
${s.upstreams.map((p) => `    server 127.0.0.1:${p};`).join('\n')}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${s.port};
    location / {
      proxy_pass http://app${i};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;${
        s.cache
          ? `
      proxy_cache orbit;
      proxy_cache_revalidate on;
      add_header X-Cache-Status $upstream_cache_status always;`
          : ''
      }
    }
  }`;
  // As root, workers would run as nobody, who cannot write to the private temp folder.
  return `${process.getuid?.() === 0 ? 'user root root;' : ''}
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;${cached ? `\n  proxy_cache_path ${dir}/cache keys_zone=orbit:1m;` : ''}
${servers.map(block).join('\n')}
}
`;
}

/** Writes `dir/nginx.conf` and starts nginx on it in the foreground; the caller stops it. */
export function startNginx(dir: string, servers: ProxiedServer[]): ChildProcess {
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(conf, nginxConfig(dir, servers));
  return spawn(NGINX, ['-p', dir, '-e', `${dir}/error.log`, '-c', conf], { stdio: 'ignore' });
}
