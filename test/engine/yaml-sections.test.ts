// The section-by-section parse of one large YAML document (rules/src/documents/yaml-sections.ts)
// must give exactly what parsing the whole text gives — node classes, ranges, values, comments,
// anchors, errors, the document itself — after any sequence of edits; where it cannot be sure it
// must step aside (and the plain parse then answers). It must never change what an earlier parse
// returned, and a re-lint after edits must report what a first lint reports.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { isMap, isPair, parseAllDocuments, type Document, type Pair } from 'yaml';
import { lint, type Finding } from '../../rules/src/index.js';
import { clearParseCaches } from '../../rules/src/documents/parse.js';
import { parseYamlSections, SECTION_LIMITS, type SectionLimits } from '../../rules/src/documents/yaml-sections.js';
import { parseYamlStream, YAML_OPTIONS } from '../../rules/src/documents/yaml-stream.js';
import { mutation } from '../fuzz/mutations.js';
import { FUZZ_CONFIG } from '../fuzz/properties.js';
import { EXAMPLES } from '../paths.js';

/** Small enough that the test texts are cut: every top-level entry of 4 lines or more is split. */
const SMALL: SectionLimits = { minBytes: 0, splitLines: 4 };
const NODE_TYPE = Symbol.for('yaml.node.type');

/**
 * Everything of a parsed value as plain data: class, `yaml` node type, every own enumerable
 * property (ranges, values, types, sources, comments, spaceBefore, anchors, tags, items, error
 * codes, messages and positions, the document's options and directives). A symbol (a merge key's
 * value) counts by its description; a schema by its name and tags.
 */
function plain(value: unknown): unknown {
  if (typeof value === 'symbol') return `Symbol(${value.description})`;
  if (typeof value === 'function') return `function ${value.name}`;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plain);
  const out: Record<string, unknown> = { class: value.constructor?.name, nodeType: (value as Record<symbol, unknown>)[NODE_TYPE] };
  for (const [key, v] of Object.entries(value)) {
    out[key] = key === 'schema' ? schemaShape(v) : plain(v);
  }
  return out;
}

const schemaShape = (schema: { name?: string; tags?: { tag: string }[] }) => ({ name: schema.name, tags: schema.tags?.map((t) => t.tag) });

/** What `toJS()` gives, or the error it throws (unresolved or excessive aliases). */
function js(doc: Document.Parsed): unknown {
  // Quiet: a collection key stringified for a JS object is reported as a process warning.
  const emitWarning = process.emitWarning;
  process.emitWarning = () => {};
  try {
    return { value: doc.toJS() };
  } catch (error) {
    return { throws: String(error) };
  } finally {
    process.emitWarning = emitWarning;
  }
}

/** Asserts that `docs` is what parsing `text` whole gives. */
function assertWhole(docs: Document.Parsed[], text: string): void {
  const whole = parseAllDocuments(text, YAML_OPTIONS) as Document.Parsed[];
  assert.deepStrictEqual(plain(docs), plain(whole));
  assert.deepStrictEqual(docs.map(js), whole.map(js));
}

let files = 0;
/** A file name no other test parsed, so each test starts without remembered sections. */
const freshName = () => `/sections-test/${files++}/compose.yaml`;

/**
 * A parser of one file, the way the editor parses it version after version: the first parse of a
 * name is always the plain one (nothing to reuse yet), so it is done before the first version.
 */
function editing(first: string, limits = SMALL) {
  const name = freshName();
  assert.equal(parseYamlSections(first, name, limits), null, 'the first parse of a file is the plain one');
  return (text: string) => parseYamlSections(text, name, limits);
}

// ---- Texts ------------------------------------------------------------------------------------

const HEADER = `# Compose file for the tests\nname: shop\n\nx-defaults: &defaults\n  restart: unless-stopped\n  logging:\n    driver: json-file\n\n`;
const TRAILER = `\nvolumes:\n  data: {}\n  logs:\n# the end\n`;

/** A service of one of several shapes: merge keys, comments, block and multi-line scalars, flow maps, anchors. */
function service(i: number): string {
  switch (i % 7) {
    case 0:
      return `  web-${i}:\n    <<: *defaults\n    image: nginx:1.27\n    ports:\n      - "80${i}:80"\n`;
    case 1:
      return `  # the worker\n  worker-${i}:\n    image: "busybox"\n    command: |\n      echo one\n\n      echo two\n\n    environment:\n      A: 'x'\n`;
    case 2:
      return `  db-${i}:\n    image: postgres\n    healthcheck:\n      test: ["CMD", "pg_isready"]\n      interval: 10s\n    # a comment at the end of db\n\n`;
    case 3:
      return `  cache-${i}: {image: redis, privileged: true}\n`;
    case 4:
      return `  multi-${i}:\n    image: alpine\n    entrypoint: "sh -c\n      'sleep 1'"\n    labels:\n      description: a plain\n        multi-line value\n# a comment at column 0\n`;
    case 5:
      return `  anchor-${i}:\n    image: &img-${i} alpine\n    x-copy: *img-${i}\n    volumes:\n    - data:/data\n\n\n`;
    default:
      return `  "quoted-${i}":\n    image: 'alpine'   # why\n    privileged: true\n        # deeper comment\n  # shallower comment\n`;
  }
}

const composeText = (count: number, from = 0) => `${HEADER}services:\n${Array.from({ length: count }, (_, i) => service(from + i)).join('')}${TRAILER}`;

const EXAMPLE = readFileSync(join(EXAMPLES, 'compose.yaml'), 'utf8');

/** The pairs of the `services` map of a document. */
function services(doc: Document.Parsed): Pair[] {
  const root = doc.contents;
  assert.ok(isMap(root));
  const pair = root.items.find((p) => isPair(p) && String((p.key as { value?: unknown }).value) === 'services');
  assert.ok(pair && isMap(pair.value));
  return pair.value.items as Pair[];
}

describe('section-by-section YAML parse', () => {
  it('equals the whole parse, reuses untouched sections as they are, and copies the moved ones', () => {
    const original = composeText(7);
    const parse = editing(original);
    const first = parse(original)!;
    assert.ok(first, 'a file cut into sections');
    assertWhole(first, original);
    const firstShape = plain(first);

    // An edit in the third service: the two before are reused as is, the ones after move.
    const edited = original.replace('interval: 10s', 'interval: 10000s');
    const second = parse(edited)!;
    assertWhole(second, edited);
    const [was, now] = [services(first[0]), services(second[0])];
    assert.equal(now[0], was[0]);
    assert.equal(now[1], was[1]);
    assert.notEqual(now[2], was[2]);
    assert.notEqual(now[3], was[3]);
    assert.equal(now[3].key && (now[3].key as { range: number[] }).range[0], (was[3].key as { range: number[] }).range[0] + 3);
    // The earlier parse is left exactly as it was.
    assert.deepStrictEqual(plain(first), firstShape);
  });

  it('parses an unchanged text again without parsing or copying any section', () => {
    const text = composeText(5);
    const parse = editing(text);
    const first = parse(text)!;
    const second = parse(text)!;
    assertWhole(second, text);
    services(first[0]).forEach((pair, i) => assert.equal(services(second[0])[i], pair));
  });

  it('leaves the first parse of a file, small texts and texts of other shapes to the plain parse', () => {
    const text = composeText(5);
    const name = freshName();
    assert.equal(parseYamlSections(text, name, SMALL), null);
    assert.ok(parseYamlSections(text, name, SMALL));
    assert.equal(parseYamlSections(text, name, { minBytes: text.length + 1, splitLines: 4 }), null);
  });

  it('forgets every file on clearParseCaches', () => {
    const text = composeText(5);
    const name = freshName();
    parseYamlSections(text, name, SMALL);
    assert.ok(parseYamlSections(text, name, SMALL));
    clearParseCaches();
    assert.equal(parseYamlSections(text, name, SMALL), null);
  });

  const base = composeText(7);
  /** Texts the sections handle, each checked as it is and after an edit in its middle. */
  const sectioned: Record<string, string> = {
    'header and trailer keys, comments, blank lines, anchors and merges': base,
    'the example compose.yaml': EXAMPLE,
    'a service added': base.replace('  db-2:', `${service(20)}  db-2:`),
    'a service removed': base.replace(service(3), ''),
    'a service renamed': base.replace('db-2:', 'database-2:'),
    'errors in a service': base.replace('image: postgres', 'image: [postgres').replace('interval: 10s', 'interval: 10s: 5'),
    'a service without a value': base.replace(service(3), '  empty-3:\n'),
    'a block scalar keeping its trailing lines': base.replace('command: |', 'command: |+'),
    'CRLF line breaks': base.replace(/\n/g, '\r\n'),
    'a byte-order mark': `\uFEFF${base}`,
    'a byte-order mark on the first key': `\uFEFF${base.slice(base.indexOf('name:'))}`,
    'no line break at the end': base.replace(/\n# the end\n$/, '\n  last: {}'),
    'the split entry last': `${HEADER.replace(/^#.*\n/, '')}services:\n${[0, 1, 2, 3, 4, 5, 6].map(service).join('')}`,
    'comments before the document after a blank line': `# one\n\n# two\n${base}`,
    'a comment right before a split first entry': `# services first\nservices:\n${[0, 1, 2, 3].map(service).join('')}name: shop\n`,
    'a top-level key right after the last service': base.replace(TRAILER, 'volumes:\n  data: {}\n'),
    'a comment right before the first key': `# one\n${base.replace(/^#.*\n/, '')}`,
    'two split entries': `${base}networks:\n${[7, 8, 9, 10].map((i) => service(i).replace(/^ {2}/gm, '  ')).join('')}`,
    'an anchored split map': base.replace('services:\n', 'services: &all # all of them\n\n  # first\n'),
    'merge keys and aliases across sections': base.replace('  cache-3:', '  <<: *defaults\n  cache-3:').replace('x-copy: *img-5', 'x-copy: *defaults'),
    'a long key': base.replace('db-2:', `${'d'.repeat(1100)}:`),
    'unknown tags': base.replace('image: postgres', 'image: !reset postgres'),
    // The next key line is less indented than the scalar may continue: both parses end it there.
    'an unclosed quote in a service': base.replace('image: postgres', 'image: "postgres'),
    'an unclosed flow sequence in a service': base.replace('image: postgres', 'image: [postgres,'),
    'a tag on the services map (parsed as one section)': base.replace('services:\n', 'services: !!map\n'),
  };
  for (const [label, text] of Object.entries(sectioned)) {
    it(`equals the whole parse with ${label}`, () => {
      const parse = editing(text);
      const docs = parse(text);
      assert.ok(docs, 'a file cut into sections');
      assertWhole(docs, text);
      const middle = text.indexOf('\n', text.length >> 1) + 1;
      const edited = `${text.slice(0, middle)}  # edited\n${text.slice(middle)}`;
      const again = parse(edited);
      if (again) assertWhole(again, edited);
    });
  }

  /** Texts the sections must leave to the plain parse — which then still answers through parseYamlStream. */
  const fallback: Record<string, string> = {
    'a directive': `%YAML 1.2\n---\n${base}`,
    'a document start': `---\n${base}`,
    'a document end': `${base}...\n`,
    'a second document': `${base}---\na: 1\n`,
    'tabs in indentation': base.replace('    image: postgres', '\timage: postgres'),
    'a lone CR': base.replace('image: postgres\n', 'image: postgres\r'),
    'a line separator': base.replace('image: postgres', 'image: post\u2028gres'),
    'a flow map at the top level': `{a: 1,\n${base.slice(1)}`,
    'a complex key at the top level': `? complex\n: 1\n${base}`,
    'a complex key among the services': base.replace('  db-2:', '  ? db-2\n  :'),
    'a sequence at the top level': `- a\n${base}`,
    'a service repeated': base.replace('  db-2:', `${service(3).replace('cache-3', 'db-2')}  db-2:`),
    'a top-level key repeated': `${base}name: again\n`,
    'keys equal as values': base.replace('db-2:', '0x10:').replace('cache-3:', '16:'),
    'a service line that is not a key': base.replace(service(3), '  empty-3\n'),
    // No closing quote anywhere after: the scalar runs to the end of the text.
    'a quoted scalar running to the end': base.replace(/'/g, '"').replace('image: postgres', "image: 'postgres"),
    'a plain multi-line key at the top level': base.replace('name: shop', 'name\nshop: 1'),
    'a known tag': base.replace('image: postgres', 'image: !!binary cG9zdGdyZXM='),
    'an anchor on a service key': base.replace('  db-2:', '  &d db-2:'),
    'a control character': base.replace('image: postgres', 'image: post\u0001gres'),
  };
  for (const [label, text] of Object.entries(fallback)) {
    it(`leaves a text with ${label} to the plain parse, which equals the whole parse`, () => {
      const parse = editing(text);
      assert.equal(parse(text), null);
      const name = freshName();
      const saved = { ...SECTION_LIMITS };
      Object.assign(SECTION_LIMITS, SMALL);
      try {
        parseYamlStream(text, name);
        assertWhole(parseYamlStream(text, name), text);
      } finally {
        Object.assign(SECTION_LIMITS, saved);
      }
    });
  }

  /** Edits as typing makes them, besides the fuzzer's: one character of YAML syntax, a line break, a line's indentation. */
  const SYNTAX = [':', ': ', '#', ' #', '-', '- ', '&', '&x ', '*', '*x', '|', '>', '"', "'", '[', ']', '{', '}', ',', '?', '!', ' ', '  ', '\n', '\n  ', '\n    ', 'a'];
  const typing = fc.oneof(
    fc.tuple(fc.constantFrom(...SYNTAX), fc.nat()).map(([s, n]) => (text: string) => {
      const i = n % (text.length + 1);
      return text.slice(0, i) + s + text.slice(i);
    }),
    fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(...SYNTAX)).map(([n, len, s]) => (text: string) => {
      const i = n % (text.length + 1);
      return text.slice(0, i) + s + text.slice(i + len);
    }),
    fc.tuple(fc.nat(), fc.integer({ min: -2, max: 2 })).map(([n, d]) => (text: string) => {
      const lines = text.split('\n');
      const i = n % lines.length;
      lines[i] = d > 0 ? ' '.repeat(d) + lines[i] : lines[i].slice(Math.min(-d, /^ */.exec(lines[i])![0].length));
      return lines.join('\n');
    }),
    fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (text: string) => {
      const lines = text.split('\n');
      lines.splice(a % lines.length, 1 + (b % 3));
      return lines.join('\n');
    }),
  );
  const edit = fc.oneof({ arbitrary: typing, weight: 3 }, { arbitrary: mutation, weight: 1 });
  const startText = fc.oneof(fc.constant(EXAMPLE), fc.tuple(fc.integer({ min: 3, max: 12 }), fc.nat(6)).map(([count, from]) => composeText(count, from)));

  it('equals the whole parse after any sequence of edits, and never changes an earlier parse', () => {
    let parses = 0;
    let cut = 0;
    fc.assert(
      fc.property(startText, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const parse = editing(start);
        let text = start;
        let previous = parse(text);
        let previousShape = previous && plain(previous);
        for (const e of edits) {
          text = e(text);
          const docs = parse(text);
          parses++;
          if (docs) {
            cut++;
            assertWhole(docs, text);
          }
          if (previous) assert.deepStrictEqual(plain(previous), previousShape);
          previous = docs;
          previousShape = docs && plain(docs);
        }
      }),
      { numRuns: 150, seed: 20261130 },
    );
    // The edits must leave most texts to the sections, or this test proves little.
    assert.ok(cut > parses / 3, `${cut} of ${parses} parses cut into sections`);
  });

  describe('lint', () => {
    const NOW = new Date('2026-11-30T12:00:00Z');
    const saved = { ...SECTION_LIMITS };
    before(() => Object.assign(SECTION_LIMITS, SMALL));
    after(() => Object.assign(SECTION_LIMITS, saved));
    /** Everything a user sees of a finding, the fix included (reading it builds a deferred one). */
    const seen = (f: Finding) => ({ rule: f.rule, severity: f.severity, message: f.message, span: f.span, range: f.range, object: f.object, fix: f.fix });

    it('reports after edits what a first lint reports', () => {
      fc.assert(
        fc.property(startText, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
          const name = freshName();
          let text = start;
          lint(text, name, { config: FUZZ_CONFIG, now: NOW });
          for (const e of edits) {
            text = e(text);
            const edited = lint(text, name, { config: FUZZ_CONFIG, now: NOW }).map(seen);
            // A name never parsed before: nothing remembered, so the plain parse.
            const first = lint(text, freshName(), { config: FUZZ_CONFIG, now: NOW }).map(seen);
            assert.deepStrictEqual(edited, first);
          }
        }),
        { numRuns: 60, seed: 20261130 },
      );
    });

    it('reports on the example what a lint after clearParseCaches reports', () => {
      const name = freshName();
      lint(EXAMPLE, name, { config: FUZZ_CONFIG, now: NOW });
      const edited = EXAMPLE.replace('services:\n', 'services:\n  added:\n    image: nginx\n    privileged: true\n');
      const warm = lint(edited, name, { config: FUZZ_CONFIG, now: NOW }).map(seen);
      clearParseCaches();
      assert.deepStrictEqual(warm, lint(edited, name, { config: FUZZ_CONFIG, now: NOW }).map(seen));
    });
  });
});
