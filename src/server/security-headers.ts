import type { FastifyInstance } from 'fastify';
import type { BalansConfig } from './config';

/**
 * Headers every answer carries — API, web assets and errors alike (issue 11): no MIME sniffing, no framing,
 * no referrer leaving the site, a window of its own; HSTS in production or over https; and no API answer is
 * ever stored by a browser or proxy (it holds figures only the logged-in user may see).
 */
export function registerSecurityHeaders(app: FastifyInstance, config: BalansConfig): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'same-origin');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    reply.header('X-Request-Id', request.id);
    if (!reply.hasHeader('Content-Security-Policy')) {
      reply.header('Content-Security-Policy', "frame-ancestors 'none'");
    }
    if (config.isProduction || request.protocol === 'https') {
      reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    }
    if (request.url.startsWith('/api/')) {
      reply.header('Cache-Control', 'no-store');
    }
    return payload;
  });
}
