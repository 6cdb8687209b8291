// Which parser a file needs, from its name and (in the editor) its language id.
export type Syntax = 'dockerfile' | 'yaml' | 'json';

export function baseName(fileName: string): string {
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1] ?? fileName;
}

export function isDockerfileName(name: string): boolean {
  return /^(Dockerfile|Containerfile)(\..+)?$/i.test(name) || /\.(dockerfile|containerfile)$/i.test(name);
}

export function isComposeName(name: string): boolean {
  return /^(docker-)?compose(\.[\w.-]+)?\.ya?ml$/i.test(name);
}

export function isDaemonJsonName(name: string): boolean {
  return name === 'daemon.json';
}

export function detectSyntax(fileName: string, languageId?: string): Syntax | null {
  const name = baseName(fileName);
  if (languageId === 'dockerfile' || isDockerfileName(name)) return 'dockerfile';
  if (isDaemonJsonName(name)) return 'json';
  if (languageId === 'yaml' || languageId === 'dockercompose' || /\.ya?ml$/i.test(name)) return 'yaml';
  return null;
}
