import { Grid } from '../sheet/grid';
import type { RecognizeContext, Recognizer } from './context';
import type { RecognizedSheet } from './models';
import { targetsRecognizer } from './targets';
import { assignmentRecognizer } from './assignment';
import { fundingRecognizer } from './funding';
import { tasksRecognizer } from './tasks';
import { responsibilityRecognizer } from './responsibility';

/** Every kind the engine can read; the highest score wins a sheet. */
export const RECOGNIZERS: readonly Recognizer[] = [
  assignmentRecognizer,
  targetsRecognizer,
  tasksRecognizer,
  responsibilityRecognizer,
  fundingRecognizer,
];

/**
 * Says what a sheet is from its content alone (never its name or a fixed position) and
 * reads it into that kind's model.
 */
export function classifySheet(grid: Grid, context: RecognizeContext): RecognizedSheet {
  let best: RecognizedSheet = { name: grid.name, kind: 'unknown', score: 0 };
  if (grid.bottom < grid.top || grid.right < grid.left) return best;
  for (const recognizer of RECOGNIZERS) {
    const found = recognizer.recognize(grid, { ...context, toBeat: best.score });
    if (found && found.score > best.score) best = { name: grid.name, kind: recognizer.kind, model: found.model, score: found.score };
  }
  return best;
}
