// curl and wget: their options, and whether a call writes the download to standard output.
import { parseArgs, type Invocation, type OptionSpec, type ParsedArgs } from './commands.js';

export const CURL_OPTIONS: OptionSpec = {
  shortWithValue: 'AbcCdDeEFHKmoPQrtTuUwxXyYz',
  longWithValue: [
    '--output', '--header', '--data', '--data-raw', '--data-binary', '--data-urlencode', '--user', '--user-agent', '--request', '--retry', '--retry-delay',
    '--retry-max-time', '--max-time', '--connect-timeout', '--proto', '--proto-redir', '--cacert', '--capath', '--cert', '--key', '--config', '--write-out',
    '--resolve', '--url', '--output-dir', '--proxy', '--referer', '--cookie', '--cookie-jar', '--form', '--upload-file', '--range', '--dump-header',
    '--continue-at', '--limit-rate', '--max-filesize', '--interface', '--time-cond', '--netrc-file', '--oauth2-bearer', '--pinnedpubkey',
  ],
};

export const WGET_OPTIONS: OptionSpec = {
  shortWithValue: 'aABDeiIlLoOPQRtTUwX',
  longWithValue: [
    '--output-document', '--output-file', '--append-output', '--directory-prefix', '--execute', '--user-agent', '--tries', '--timeout', '--wait', '--level',
    '--quota', '--input-file', '--base', '--accept', '--reject', '--domains', '--header', '--user', '--password', '--ca-certificate', '--certificate',
    '--private-key', '--post-data', '--post-file', '--load-cookies', '--save-cookies', '--limit-rate',
  ],
};

export const DOWNLOADERS: ReadonlySet<string> = new Set(['curl', 'wget']);

export function downloaderArgs(invocation: Invocation): ParsedArgs | undefined {
  if (invocation.name === 'curl') return parseArgs(invocation.words.slice(1), CURL_OPTIONS);
  if (invocation.name === 'wget') return parseArgs(invocation.words.slice(1), WGET_OPTIONS);
  return undefined;
}

/** curl writes to standard output unless told to save a file; wget only with `-O -`. */
export function downloadsToStdout(invocation: Invocation): boolean {
  const args = downloaderArgs(invocation);
  if (!args || args.operands.length === 0) return false;
  const toStdout = (file: string | undefined) => file === '-' || file === '/dev/stdout';
  if (invocation.name === 'curl') {
    if (args.options.some((o) => ['-O', '--remote-name', '--remote-name-all'].includes(o.name))) return false;
    const outputs = args.options.filter((o) => o.name === '-o' || o.name === '--output');
    return outputs.length === 0 || outputs.some((o) => toStdout(o.value));
  }
  return args.options.some((o) => (o.name === '-O' || o.name === '--output-document') && toStdout(o.value));
}
