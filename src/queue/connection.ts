import { Redis } from 'ioredis';

/** A redis:// or rediss:// URL, checked before anything connects, so a typo is a usage error. */
export function parseRedisUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RedisUrlError(`--redis ${url} is not a URL (expected redis://host:port[/db])`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new RedisUrlError(`--redis ${url}: the scheme must be redis:// or rediss://`);
  return parsed;
}

/** The Redis URL is malformed, or nothing answers there: a configuration problem, not a page's. */
export class RedisUrlError extends Error {
  override name = 'RedisUrlError';
}

/** Without the password, for messages. */
const shown = (url: string): string => url.replace(/\/\/[^@/]*@/, '//***@');

/**
 * Fails fast with a clear message when nothing answers at `url`. Afterwards, connections ride out
 * a Redis restart by reconnecting; before, waiting for ever would only hide a wrong address.
 */
export async function assertRedisReachable(url: string, timeoutMs = 5000): Promise<void> {
  parseRedisUrl(url);
  const probe = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  // The socket's own error (ECONNREFUSED, ENOTFOUND) says more than the "Connection is closed" that follows it.
  let cause: Error | undefined;
  probe.on('error', (e: Error) => (cause ??= e));
  try {
    await probe.connect();
    await probe.ping();
  } catch (e) {
    throw new RedisUrlError(`cannot reach Redis at ${shown(url)}: ${(cause ?? (e as Error)).message}`);
  } finally {
    probe.disconnect();
  }
}

/**
 * One ioredis connection for BullMQ. BullMQ's blocking commands need maxRetriesPerRequest: null,
 * and in native ESM it cannot load ioredis itself, so it gets an instance.
 */
export function redisConnection(url: string, onError: (e: Error) => void = () => {}): Redis {
  parseRedisUrl(url);
  const connection = new Redis(url, { maxRetriesPerRequest: null });
  connection.on('error', onError);
  return connection;
}
