// End-of-life dates of the distributions and runtimes base images are built from. Each row names
// the official Docker Hub image, the tag releases it covers, the date its support ended (or ends),
// and where that date comes from. The rule compares the date with today, so a row can be added
// before its date: it starts to report on that day. Keep rows to dates an official lifecycle page
// states; see rules/docs/dockerfile/eol-base-image.md for how the table is kept current.

export interface EolRow {
  /** Official image name on Docker Hub (`library/` implied). */
  image: string;
  /** Human name of the release, for messages: "Debian 10 (buster)". */
  release: string;
  /**
   * The release as written at the start of a tag, before the first `-`: `3.12` matches `3.12`,
   * `3.12.0`, `3.12-slim`; `*` matches every tag of the image (and no tag).
   */
  tags: readonly string[];
  /** Tag parts after the first `-` that name this release in another image's tag (`-buster`, `-alpine3.12`). */
  variants?: readonly string[];
  /** Date support ended, `YYYY-MM-DD` (end of the day's UTC midnight). */
  eol: string;
  /** Official page (or endoflife.date) the date comes from. */
  source: string;
  /** A note for the message, e.g. that the image itself is deprecated. */
  note?: string;
}

const CENTOS = 'https://www.centos.org/centos-linux-eol/';
const DEBIAN = 'https://wiki.debian.org/LTS';
const UBUNTU = 'https://ubuntu.com/about/release-cycle';
const ALPINE = 'https://alpinelinux.org/releases/';
const NODE = 'https://github.com/nodejs/release#end-of-life-releases';
const PYTHON = 'https://devguide.python.org/versions/';
const GO = 'https://go.dev/doc/devel/release';
const OPENJDK = 'https://hub.docker.com/_/openjdk';

const CENTOS_NOTE = 'the centos image is deprecated and no longer updated';

function alpine(version: string, eol: string): EolRow {
  return { image: 'alpine', release: `Alpine Linux ${version}`, tags: [version], variants: [`alpine${version}`], eol, source: ALPINE };
}

function node(major: string, eol: string, codename?: string): EolRow {
  return { image: 'node', release: `Node.js ${major}`, tags: codename ? [major, codename] : [major], eol, source: NODE };
}

function python(version: string, eol: string): EolRow {
  return { image: 'python', release: `Python ${version}`, tags: [version], eol, source: PYTHON };
}

/** Go supports the two newest major releases: 1.N reaches end of life when 1.N+2 is released. */
function golang(version: string, eol: string): EolRow {
  return { image: 'golang', release: `Go ${version}`, tags: [version], eol, source: GO };
}

export const EOL_TABLE: readonly EolRow[] = [
  { image: 'centos', release: 'CentOS Linux 5', tags: ['5', 'centos5'], eol: '2017-03-31', source: CENTOS, note: CENTOS_NOTE },
  { image: 'centos', release: 'CentOS Linux 6', tags: ['6', 'centos6'], eol: '2020-11-30', source: CENTOS, note: CENTOS_NOTE },
  { image: 'centos', release: 'CentOS Linux 7', tags: ['7', 'centos7'], eol: '2024-06-30', source: CENTOS, note: CENTOS_NOTE },
  { image: 'centos', release: 'CentOS Linux 8', tags: ['8', 'centos8', 'latest'], eol: '2021-12-31', source: CENTOS, note: CENTOS_NOTE },
  // Any other tag (or none): `latest` was CentOS Linux 8; every CentOS Linux release has ended.
  { image: 'centos', release: 'CentOS Linux', tags: ['*'], eol: '2024-06-30', source: CENTOS, note: CENTOS_NOTE },

  // Debian: end of the LTS period (regular security support ends earlier).
  { image: 'debian', release: 'Debian 7 (wheezy)', tags: ['7', 'wheezy'], variants: ['wheezy'], eol: '2018-05-31', source: DEBIAN },
  { image: 'debian', release: 'Debian 8 (jessie)', tags: ['8', 'jessie'], variants: ['jessie'], eol: '2020-06-30', source: DEBIAN },
  { image: 'debian', release: 'Debian 9 (stretch)', tags: ['9', 'stretch'], variants: ['stretch'], eol: '2022-06-30', source: DEBIAN },
  { image: 'debian', release: 'Debian 10 (buster)', tags: ['10', 'buster'], variants: ['buster'], eol: '2024-06-30', source: DEBIAN },
  { image: 'debian', release: 'Debian 11 (bullseye)', tags: ['11', 'bullseye'], variants: ['bullseye'], eol: '2026-08-31', source: DEBIAN },

  // Ubuntu LTS: end of standard support (Expanded Security Maintenance needs a subscription).
  { image: 'ubuntu', release: 'Ubuntu 12.04 (precise)', tags: ['12.04', 'precise'], variants: ['precise'], eol: '2017-04-28', source: UBUNTU },
  { image: 'ubuntu', release: 'Ubuntu 14.04 (trusty)', tags: ['14.04', 'trusty'], variants: ['trusty'], eol: '2019-04-30', source: UBUNTU },
  { image: 'ubuntu', release: 'Ubuntu 16.04 (xenial)', tags: ['16.04', 'xenial'], variants: ['xenial'], eol: '2021-04-30', source: UBUNTU },
  { image: 'ubuntu', release: 'Ubuntu 18.04 (bionic)', tags: ['18.04', 'bionic'], variants: ['bionic'], eol: '2023-05-31', source: UBUNTU },
  { image: 'ubuntu', release: 'Ubuntu 20.04 (focal)', tags: ['20.04', 'focal'], variants: ['focal'], eol: '2025-05-31', source: UBUNTU },

  // Alpine: each branch is supported for two years.
  alpine('3.5', '2018-11-01'),
  alpine('3.6', '2019-05-01'),
  alpine('3.7', '2019-11-01'),
  alpine('3.8', '2020-05-01'),
  alpine('3.9', '2020-11-01'),
  alpine('3.10', '2021-05-01'),
  alpine('3.11', '2021-11-01'),
  alpine('3.12', '2022-05-01'),
  alpine('3.13', '2022-11-01'),
  alpine('3.14', '2023-05-01'),
  alpine('3.15', '2023-11-01'),
  alpine('3.16', '2024-05-23'),
  alpine('3.17', '2024-11-22'),
  alpine('3.18', '2025-05-09'),
  alpine('3.19', '2025-11-01'),
  alpine('3.20', '2026-04-01'),
  alpine('3.21', '2026-11-01'),

  node('0', '2016-12-31'),
  node('4', '2018-04-30', 'argon'),
  node('5', '2016-06-30'),
  node('6', '2019-04-30', 'boron'),
  node('7', '2017-06-30'),
  node('8', '2019-12-31', 'carbon'),
  node('9', '2018-06-30'),
  node('10', '2021-04-30', 'dubnium'),
  node('11', '2019-06-01'),
  node('12', '2022-04-30', 'erbium'),
  node('13', '2020-06-01'),
  node('14', '2023-04-30', 'fermium'),
  node('15', '2021-06-01'),
  node('16', '2023-09-11', 'gallium'),
  node('17', '2022-06-01'),
  node('18', '2025-04-30', 'hydrogen'),
  node('19', '2023-06-01'),
  node('20', '2026-04-30', 'iron'),
  node('21', '2024-06-01'),
  node('23', '2025-06-01'),

  python('2', '2020-01-01'),
  python('3.3', '2017-09-29'),
  python('3.4', '2019-03-18'),
  python('3.5', '2020-09-30'),
  python('3.6', '2021-12-23'),
  python('3.7', '2023-06-27'),
  python('3.8', '2024-10-07'),
  python('3.9', '2025-10-31'),
  python('3.10', '2026-10-31'),

  golang('1.14', '2021-02-16'),
  golang('1.15', '2021-08-16'),
  golang('1.16', '2022-03-15'),
  golang('1.17', '2022-08-02'),
  golang('1.18', '2023-02-01'),
  golang('1.19', '2023-08-08'),
  golang('1.20', '2024-02-06'),
  golang('1.21', '2024-08-13'),
  golang('1.22', '2025-02-11'),
  golang('1.23', '2025-08-12'),

  { image: 'openjdk', release: 'the openjdk image', tags: ['*'], eol: '2022-07-01', source: OPENJDK, note: 'the image is deprecated: use a maintained OpenJDK build such as eclipse-temurin' },
];

/** A row that applies to an image, and why. */
export interface EolMatch {
  row: EolRow;
  /** True when the release is named by a tag suffix (`node:20-buster`), not the image itself. */
  viaVariant: boolean;
}

/**
 * The end-of-life rows an official image's tag falls under, most specific first: the image's own
 * release (`python:3.7-slim`), then a distribution named in the tag (`python:3.12-slim-buster`),
 * then a row for every tag of the image (`centos`).
 */
export function findEolRows(image: string, tag: string | undefined, table: readonly EolRow[] = EOL_TABLE): EolMatch[] {
  const parts = (tag ?? '').toLowerCase().split('-');
  const release = parts[0];
  const own = table.filter((r) => r.image === image);
  const exact = own.filter((r) => tag !== undefined && r.tags.some((t) => t !== '*' && isRelease(release, t)));
  const tagVariants = parts.slice(1);
  const variants = tagVariants.length === 0 ? [] : table.filter((r) => r.variants?.some((v) => tagVariants.includes(v)));
  const any = own.filter((r) => r.tags.includes('*'));
  return [...exact.map((row) => ({ row, viaVariant: false })), ...variants.map((row) => ({ row, viaVariant: true })), ...any.map((row) => ({ row, viaVariant: false }))];
}

/** `3.12` is release `3.12`, and so are `3.12.0` and `3.12.0a1`; `3.120` is not. */
function isRelease(written: string, release: string): boolean {
  return written === release || (written.startsWith(release + '.') && /^\d/.test(release));
}

/** Midnight UTC of the row's date: the first moment the release is out of support. */
export function eolDate(row: EolRow): Date {
  return new Date(`${row.eol}T00:00:00Z`);
}
