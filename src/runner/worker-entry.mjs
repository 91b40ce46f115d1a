// Worker threads start here: plain JavaScript that registers tsx, so the TypeScript sources load
// in the thread as they do in the CLI (no build step).
import { register } from 'tsx/esm/api';

register();
const mod = await import('./worker.ts');
export default mod.default;
