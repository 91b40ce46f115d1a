// The URL checks of the queue mode, apart from ioredis: the CLI validates --redis without loading
// the Redis client (and BullMQ) into every command.

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
export const shown = (url: string): string => url.replace(/\/\/[^@/]*@/, '//***@');
