/**
 * Wraps a text to a width: each line longer than the width is broken at spaces, its continuation
 * lines indented under the start of its text (after its leading spaces, a "- " bullet, or a column
 * given by `hang`). Words longer than the width are cut.
 *
 * @example
 * wrap('  - a long line …', 20) // '  - a long line\n    …'
 */
export function wrap(text: string, width: number, hang?: (line: string) => number): string {
  return text.split('\n').map((line) => wrapLine(line, width, hang?.(line) ?? indentOf(line))).join('\n');
}

function indentOf(line: string): number {
  const match = /^(\s*)(- |• |\+ |\d+\. )?/.exec(line)!;
  return match[1].length + (match[2]?.length ?? 0);
}

function wrapLine(line: string, width: number, hang: number): string {
  if (width < 20 || [...line].length <= width) return line;
  const indent = ' '.repeat(Math.min(hang, Math.floor(width / 2)));
  const out: string[] = [];
  let rest = line;
  let first = true;
  while ([...rest].length > width) {
    const room = width;
    const chars = [...rest];
    let cut = chars.slice(0, room + 1).lastIndexOf(' ');
    const floor = first ? hang : indent.length;
    if (cut <= floor) cut = room;
    out.push(chars.slice(0, cut).join('').trimEnd());
    rest = indent + chars.slice(cut).join('').trimStart();
    first = false;
  }
  out.push(rest);
  return out.join('\n');
}

/** The width to wrap to: the terminal's, else 80 (a Windows console, a file, a pipe). */
export function outputWidth(stream: { isTTY?: boolean; columns?: number }): number {
  return stream.isTTY && stream.columns ? Math.max(40, stream.columns) : 80;
}
