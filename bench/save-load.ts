/**
 * The load of bench:follow-up's draft saves: many clients, each saving drafts of its own measures over HTTP
 * (PUT /api/measures/:id/reports/:period with the version it last got back), either as fast as the server
 * answers (closed loop: the throughput) or at a fixed total rate (open loop: the latency at that rate).
 *
 * The client is node:http with keep-alive connections: it shares the machine with the server and PostgreSQL,
 * and fetch cost it more than twice the CPU per request (1.1 ms against 0.4 ms on the 2-core benchmark machine).
 */
import http from 'node:http';

export interface SaveTarget {
  url: string;
  cookie: string;
  csrfToken: string;
  period: string;
}

/** What every phase adds to: per measure the saves acknowledged (200 with a version), and every status. */
export interface SaveTally {
  acked: Map<string, number>;
  byStatus: Map<string, number>;
}

export interface PhaseResult {
  seconds: number;
  /** Acknowledged saves in this phase. */
  ok: number;
  /** Milliseconds per save; in an open-loop phase from the moment the save was due, not when it was sent. */
  latencies: number[];
}

interface Client {
  own: string[];
  versions: Map<string, number>;
  sent: number;
}

export interface SaveLoad {
  tally: SaveTally;
  /** Saves as fast as answers come, for `seconds`. */
  closedLoop(seconds: number): Promise<PhaseResult>;
  /** Saves at `perSecond` in total, each client at its share, for `seconds`. */
  openLoop(seconds: number, perSecond: number): Promise<PhaseResult>;
  close(): void;
}

export function saveLoad(target: SaveTarget, measureIds: readonly string[], clientCount: number): SaveLoad {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clientCount });
  const address = new URL(target.url);
  const tally: SaveTally = { acked: new Map(), byStatus: new Map() };
  const clients: Client[] = Array.from({ length: clientCount }, (_, index) => ({
    own: measureIds.filter((_, i) => i % clientCount === index),
    versions: new Map(),
    sent: 0,
  }));

  function put(path: string, payload: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          agent,
          host: address.hostname,
          port: address.port,
          path,
          method: 'PUT',
          headers: {
            cookie: target.cookie,
            'x-csrf-token': target.csrfToken,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
          },
        },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            body += chunk;
          });
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        },
      );
      request.on('error', reject);
      request.end(payload);
    });
  }

  /** One draft save by `client` (which must have a measure left); a failed save leaves that measure alone. */
  async function saveOnce(client: Client, index: number): Promise<void> {
    const n = client.sent++;
    const measureId = client.own[n % client.own.length]!;
    const version = client.versions.get(measureId);
    const payload = JSON.stringify({
      status: 'green',
      forecastYear: 1000 + n,
      outcomeYtd: n,
      comment: `utkast ${index}/${n}`,
      isDraft: true,
      ...(version === undefined ? {} : { version }),
    });
    let status = 'network';
    try {
      const response = await put(`/api/measures/${measureId}/reports/${target.period}`, payload);
      status = String(response.status);
      const body = JSON.parse(response.body) as { version?: number };
      if (response.status === 200 && typeof body.version === 'number') {
        client.versions.set(measureId, body.version);
        tally.acked.set(measureId, (tally.acked.get(measureId) ?? 0) + 1);
      } else {
        client.own.splice(client.own.indexOf(measureId), 1); // its version is unknown now: leave it alone
      }
    } catch {
      client.own.splice(client.own.indexOf(measureId), 1);
    }
    tally.byStatus.set(status, (tally.byStatus.get(status) ?? 0) + 1);
  }

  async function phase(run: (client: Client, index: number) => Promise<number[]>): Promise<PhaseResult> {
    const before = [...tally.acked.values()].reduce((a, b) => a + b, 0);
    const start = performance.now();
    const latencies = (await Promise.all(clients.map(run))).flat();
    const seconds = (performance.now() - start) / 1000;
    const ok = [...tally.acked.values()].reduce((a, b) => a + b, 0) - before;
    return { seconds, ok, latencies };
  }

  return {
    tally,
    closedLoop: (seconds) =>
      phase(async (client, index) => {
        const until = performance.now() + seconds * 1000;
        const latencies: number[] = [];
        while (performance.now() < until && client.own.length > 0) {
          const sent = performance.now();
          await saveOnce(client, index);
          latencies.push(performance.now() - sent);
        }
        return latencies;
      }),
    openLoop: (seconds, perSecond) =>
      phase(async (client, index) => {
        const interval = (clients.length / perSecond) * 1000;
        const start = performance.now() + (index / clients.length) * interval;
        const latencies: number[] = [];
        for (let k = 0; k * interval < seconds * 1000 && client.own.length > 0; k++) {
          const due = start + k * interval;
          const wait = due - performance.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          await saveOnce(client, index);
          latencies.push(performance.now() - due);
        }
        return latencies;
      }),
    close: () => agent.destroy(),
  };
}
