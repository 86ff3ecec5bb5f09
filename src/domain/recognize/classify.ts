import { Grid } from '../sheet/grid';
import type { RecognizeContext, Recognizer } from './context';
import type { RecognizedSheet } from './models';
import { targetsRecognizer } from './targets';
import { assignmentRecognizer } from './assignment';
import { fundingRecognizer } from './funding';
import { tasksRecognizer } from './tasks';
import { responsibilityRecognizer } from './responsibility';
import { recognizeTables } from './table';

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
  // A table the kind readers would misread (a roll-up taken for targets …) is read as a table first.
  const tables = recognizeTables(grid, context);
  if (tables) return { name: grid.name, kind: 'table', model: tables, score: 1000 };
  for (const recognizer of RECOGNIZERS) {
    const found = recognizer.recognize(grid, { ...context, toBeat: best.score });
    if (found && found.score > best.score) best = { name: grid.name, kind: recognizer.kind, model: found.model, score: found.score };
  }
  return best;
}
