// What the Shipshape language status item says, from what the client knows. Pure, for tests.

export interface StatusModel {
  server: 'starting' | 'running' | 'stopped';
  /** Shipshape diagnostics across the workspace and the number of files they are in. */
  findings: number;
  files: number;
  /** Present while the server scans the workspace. */
  scan?: { done?: number; total?: number };
  /** The last validation the server reported, or the last time diagnostics arrived. */
  lastValidation?: { time: string; fileName?: string; durationMs?: number };
}

export interface StatusView {
  text: string;
  detail: string;
  busy: boolean;
  severity: 'information' | 'error';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function statusView(m: StatusModel): StatusView {
  if (m.server === 'stopped') {
    return { text: 'Shipshape: server stopped', detail: 'Restart it to lint again', busy: false, severity: 'error' };
  }
  if (m.server === 'starting') {
    return { text: 'Shipshape: starting', detail: '', busy: true, severity: 'information' };
  }
  const text = m.findings === 0 ? 'Shipshape: no findings' : `Shipshape: ${plural(m.findings, 'finding')} in ${plural(m.files, 'file')}`;
  let detail = '';
  if (m.scan) {
    const { done, total } = m.scan;
    detail = total !== undefined && done !== undefined ? `Scanning workspace ${done}/${total}` : 'Scanning workspace';
  } else if (m.lastValidation) {
    const v = m.lastValidation;
    const what = v.fileName ? ` ${v.fileName}` : '';
    const took = v.durationMs !== undefined ? ` in ${Math.round(v.durationMs)} ms` : '';
    detail = `Checked${what}${took} at ${v.time}`;
  }
  return { text, detail, busy: m.scan !== undefined, severity: 'information' };
}
