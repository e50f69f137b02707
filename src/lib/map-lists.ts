/**
 * Helpers for maps of lists (grouping), shared by the pure modules.
 */

/** Appends a value to the list under a key, creating it: grouping in one pass, without copying lists. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
