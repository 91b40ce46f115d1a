import type { AnyStage } from '../core/stage.js';
import { blocksStage } from '../stages/blocks/index.js';
import { datesStage } from '../stages/dates/index.js';
import { languageStage } from '../stages/language/index.js';
import { loadStage } from '../stages/load/index.js';
import { stripStage } from '../stages/strip/index.js';
import { structureStage } from '../stages/structure/index.js';
import { validateStage } from '../stages/validate/index.js';

/** Every stage sauber knows, by id. Pipelines name stages from here. */
export const STAGES: ReadonlyMap<string, AnyStage> = new Map(
  [loadStage, blocksStage, stripStage, languageStage, datesStage, structureStage, validateStage].map((s) => [s.id, s as AnyStage]),
);
