/** The directory of the build of the sources under `root` (`dist/<hash>`), built first when there is none yet. */
export function ensureBuilt(root?: string): Promise<string>;
