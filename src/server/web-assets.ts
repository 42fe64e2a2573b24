import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where `npm run build:web` (Vite) puts the web application; tests build their own copy elsewhere. */
export const WEB_DIST = process.env.BALANS_WEB_DIST ?? path.resolve(import.meta.dirname, '../../dist/web');

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // ECharts and React set inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function sendIndex(reply: FastifyReply) {
  return reply
    .header('Cache-Control', 'no-cache')
    .header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    .header('X-Content-Type-Options', 'nosniff')
    .header('X-Frame-Options', 'DENY')
    .header('Referrer-Policy', 'same-origin')
    .sendFile('index.html');
}

/**
 * Serves the built web application at `/` (hashed assets cached for a year) and returns the sender of
 * index.html, which the not-found handler uses for every other page address (e.g. /planer/…/atgarder), so
 * that each view's address can be opened directly.
 */
export async function registerWebAssets(
  app: FastifyInstance,
  webDist = WEB_DIST,
): Promise<((reply: FastifyReply) => FastifyReply) | undefined> {
  if (!existsSync(path.join(webDist, 'index.html'))) {
    app.get('/', { schema: { hide: true } }, (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><html lang="sv"><meta charset="utf-8"><title>Balans</title>' +
            '<p>Webbappen är inte byggd. Kör <code>npm run build:web</code> (görs av <code>npm start</code>).' +
            ' API-dokumentationen finns på <a href="/api/docs">/api/docs</a>.</p></html>',
        ),
    );
    return undefined;
  }
  await app.register(fastifyStatic, {
    root: webDist,
    prefix: '/',
    index: false,
    wildcard: false,
    setHeaders: (reply, filePath) => {
      reply.header('X-Content-Type-Options', 'nosniff');
      if (filePath.includes(`${path.sep}assets${path.sep}`)) {
        reply.header('Cache-Control', 'public, max-age=31536000, immutable');
      }
    },
  });
  app.get('/', { schema: { hide: true } }, (_request, reply) => sendIndex(reply));
  return sendIndex;
}
