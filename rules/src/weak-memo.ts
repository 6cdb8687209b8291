// One value per object, built on first request and kept as long as the object lives. The engine's
// models hang off parsed documents and the objects read from them, which a re-lint after an edit
// reuses when the edit left them alone: what was built for them is reused with them.

/** `build` memoized by its argument's identity (undefined and null results are kept too). */
export function weakMemo<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => {
    if (values.has(key)) return values.get(key) as V;
    const value = build(key);
    values.set(key, value);
    return value;
  };
}
