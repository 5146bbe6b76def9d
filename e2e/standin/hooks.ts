/**
 * Node module hooks (module.register) for the stand-in: `import 'electron'`
 * anywhere in the built app or its ES-module libraries (electron-store)
 * resolves to the stand-in's module. CommonJS requires (electron-log) are
 * redirected separately in boot.ts, since these hooks do not see require().
 */
let electronUrl = '';

export function initialize(data: { electronUrl: string }): void {
  electronUrl = data.electronUrl;
}

export async function resolve(
  specifier: string,
  context: unknown,
  nextResolve: (specifier: string, context: unknown) => Promise<unknown>,
): Promise<unknown> {
  if (specifier === 'electron') return { url: electronUrl, shortCircuit: true };
  return nextResolve(specifier, context);
}
