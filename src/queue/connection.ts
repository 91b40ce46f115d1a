import { Redis } from 'ioredis';
import { parseRedisUrl, RedisUrlError, shown } from './redis-url.js';

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
