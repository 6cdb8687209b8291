// The server merges `.shipshape.yaml` under the editor settings. VS Code would answer
// `workspace/configuration` with every setting's default too, and a default (say, profile
// "restricted") would then override the config file. So only values the user set are sent.
import * as vscode from 'vscode';
import type { ConfigurationParams } from 'vscode-languageclient';
import { SERVER_SETTING_KEYS } from './server-api.js';

export function explicitShipshapeSettings(scopeUri: string | undefined): Record<string, unknown> {
  const scope = scopeUri ? vscode.Uri.parse(scopeUri) : undefined;
  const section = vscode.workspace.getConfiguration('shipshape', scope);
  const out: Record<string, unknown> = {};
  for (const key of SERVER_SETTING_KEYS) {
    const i = section.inspect(key);
    const value = i?.workspaceFolderValue ?? i?.workspaceValue ?? i?.globalValue;
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Client middleware for `workspace/configuration`: the `shipshape` section gets only explicit values. */
export async function configurationMiddleware(
  params: ConfigurationParams,
  token: vscode.CancellationToken,
  next: (params: ConfigurationParams, token: vscode.CancellationToken) => unknown,
): Promise<unknown[]> {
  const answers = await next(params, token);
  const values = Array.isArray(answers) ? [...answers] : params.items.map(() => null);
  params.items.forEach((item, i) => {
    if (item.section === 'shipshape') values[i] = explicitShipshapeSettings(item.scopeUri);
  });
  return values;
}
