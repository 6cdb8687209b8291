// Draws images/icon.png (128×128): a teal ship's wheel on a navy shield. Pure Node (zlib only),
// so the icon can be regenerated anywhere: node scripts/make-icon.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // per axis: 16 samples a pixel smooth the edges
const NAVY = [18, 62, 92];
const TEAL = [65, 209, 193];

/** Half the shield's width at height y: straight sides, then a smooth curve to the point. */
function shieldHalfWidth(y) {
  if (y < 10 || y > 120) return -1;
  if (y <= 66) return 48;
  const t = (y - 66) / 54;
  return 48 * Math.pow(Math.cos((t * Math.PI) / 2), 0.75);
}

function insideShield(x, y) {
  const dx = Math.abs(x - 64);
  // The top edge dips towards the corners, which reads as a shield rather than a box.
  const top = 10 + 6 * Math.pow(dx / 48, 3);
  return y >= top && dx <= shieldHalfWidth(y);
}

const CX = 64;
const CY = 62;
function insideWheel(x, y) {
  const dx = x - CX;
  const dy = y - CY;
  const r = Math.hypot(dx, dy);
  if (r >= 21 && r <= 27) return true; // rim
  if (r <= 7) return true; // hub
  for (let k = 0; k < 8; k++) {
    const a = (k * Math.PI) / 4;
    // Distance from the spoke's centre line and position along it.
    const along = dx * Math.cos(a) + dy * Math.sin(a);
    const across = Math.abs(-dx * Math.sin(a) + dy * Math.cos(a));
    if (along > 0 && along <= 33 && across <= 2.2) return true; // spoke through the rim
    const hx = CX + 35 * Math.cos(a);
    const hy = CY + 35 * Math.sin(a);
    if (Math.hypot(x - hx, y - hy) <= 4.5) return true; // handle
  }
  return false;
}

function pixel(px, py) {
  let shield = 0;
  let wheel = 0;
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) {
      const x = px + (i + 0.5) / SAMPLES;
      const y = py + (j + 0.5) / SAMPLES;
      if (insideWheel(x, y)) wheel++;
      else if (insideShield(x, y)) shield++;
    }
  }
  const n = SAMPLES * SAMPLES;
  const alpha = (shield + wheel) / n;
  if (alpha === 0) return [0, 0, 0, 0];
  const mix = (c) => Math.round((NAVY[c] * shield + TEAL[c] * wheel) / (shield + wheel));
  return [mix(0), mix(1), mix(2), Math.round(alpha * 255)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function drawIcon() {
  const rows = [];
  for (let y = 0; y < SIZE; y++) {
    const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0: none
    for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'images', 'icon.png');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, drawIcon());
  console.log(`wrote ${out}`);
}
