// The validator's debounce: a later change replaces a pending lint, closing a document cancels it,
// and a zero delay (SHIPSHAPE_CHANGE_DELAY_MS=0, which runs on the next turn instead of a timer)
// keeps both promises.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Connection, PublishDiagnosticsParams, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLinter } from '../../server/src/document-linter.js';
import { DocumentValidator } from '../../server/src/document-validator.js';
import type { Logger } from '../../server/src/log.js';

const URI = 'file:///work/Dockerfile';
const silent: Logger = { info() {}, warn() {}, error() {} };

function setup(delayMs: number) {
  const document = TextDocument.create(URI, 'dockerfile', 1, 'FROM alpine\n');
  const documents = { get: (uri: string) => (uri === URI ? document : undefined), all: () => [document] } as unknown as TextDocuments<TextDocument>;
  const linted: number[] = [];
  const linter = {
    lintDocument: async (d: TextDocument) => {
      linted.push(d.version);
      return { uri: d.uri, version: d.version, text: d.getText(), findings: [], notes: [] };
    },
  } as unknown as DocumentLinter;
  const published: PublishDiagnosticsParams[] = [];
  const connection = { sendDiagnostics: async (p: PublishDiagnosticsParams) => void published.push(p) } as unknown as Connection;
  const validator = new DocumentValidator(connection, documents, linter, silent, delayMs);
  return { document, validator, linted, published };
}

/** Long enough for a pending immediate or a 5 ms timer and the lint's promise to settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

for (const delayMs of [0, 5]) {
  describe(`DocumentValidator with a ${delayMs} ms delay`, () => {
    it('lints once for changes that arrive before the delay ends, the newest version', async () => {
      const { document, validator, linted, published } = setup(delayMs);
      validator.schedule(URI);
      TextDocument.update(document, [{ text: 'FROM alpine:3.20\n' }], 2);
      validator.schedule(URI);
      await settle();
      assert.deepEqual(linted, [2]);
      assert.deepEqual(published.map((p) => p.version), [2]);
    });

    it('does not lint a document closed before its lint ran', async () => {
      const { validator, linted, published } = setup(delayMs);
      validator.schedule(URI);
      validator.closed(URI);
      await settle();
      assert.deepEqual(linted, []);
      assert.deepEqual(published, []);
    });

    it('runs nothing pending after dispose', async () => {
      const { validator, linted } = setup(delayMs);
      validator.schedule(URI);
      validator.dispose();
      await settle();
      assert.deepEqual(linted, []);
    });
  });
}
