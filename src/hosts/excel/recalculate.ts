/**
 * Recalculates the workbook in a sync of its own: after writes made under
 * `suspendApiCalculationUntilNextSync` (the add-in must then recalculate) and for a workbook in
 * manual calculation, which would otherwise show stale values to the check that follows.
 */
export async function recalculate(context: Excel.RequestContext): Promise<void> {
  context.application.calculate('Recalculate' as Excel.CalculationType);
  await context.sync();
}
