// One value per object, built on first request and kept as long as the object lives. The engine's
// models hang off parsed documents and the objects read from them, which a re-lint after an edit
// reuses when the edit left them alone: what was built for them is reused with them.

/**
 * `build` memoized by its argument's identity (undefined and null results are kept too), or by the
 * object `keyOf` gives for the argument: arguments that share it share the value.
 */
export function weakMemo<A extends object, V>(build: (arg: A) => V, keyOf: (arg: A) => object = (arg) => arg): (arg: A) => V {
  const values = new WeakMap<object, V>();
  return (arg) => {
    const key = keyOf(arg);
    if (values.has(key)) return values.get(key) as V;
    const value = build(arg);
    values.set(key, value);
    return value;
  };
}
