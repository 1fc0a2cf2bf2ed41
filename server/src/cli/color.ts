/**
 * Whether the stylish output is coloured: FORCE_COLOR decides when set (0 or false turn colour off, any
 * other value on, as Node and chalk read it), then NO_COLOR (no-color.org) when not empty, then whether
 * the output is a terminal that shows colours as Node judges it (`hasColors`: not TERM=dumb or unset, and
 * not an unknown CI service).
 */
export function wantsColor(stream: { isTTY?: boolean; hasColors?: () => boolean }, env: NodeJS.ProcessEnv): boolean {
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) return forced !== '0' && forced.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  return Boolean(stream.isTTY) && (stream.hasColors?.() ?? true);
}
