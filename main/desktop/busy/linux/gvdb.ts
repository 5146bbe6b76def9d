/**
 * A reader for GVDB, the file format of dconf's databases
 * (~/.config/dconf/user). Reading the file is how every dconf client reads
 * settings (it mmaps the same file), so it needs neither a `gsettings` child
 * process nor a D-Bus round trip. Only what dconf writes is supported: a
 * little-endian file whose root is one hash table of path -> variant.
 *
 * Layout (glib's gvdb-format.h): a 24-byte header ("GVariant", version,
 * options, root pointer), then at the root a hash table: bloom-filter and
 * bucket counts, the bloom words, the buckets, then 24-byte items. Each item
 * names its parent item and the tail of its key, so a full key is its
 * parents' keys joined ("/", "org/", "gnome/", ..., "show-banners").
 */

const HEADER_BYTES = 24;
const ITEM_BYTES = 24;
const NO_PARENT = 0xffffffff;

export class GvdbFormatError extends Error {
  override readonly name = 'GvdbFormatError';
}

/** A value dconf stored: the basic GVariant types are decoded, others left as their type. */
export type GvdbValue =
  | { type: 'b'; value: boolean }
  | { type: 's'; value: string }
  | { type: 'i' | 'u'; value: number }
  | { type: string; value: null };

interface RawItem {
  parent: number;
  keyStart: number;
  keySize: number;
  kind: string;
  valueStart: number;
  valueEnd: number;
}

function slice(buf: Buffer, start: number, end: number, what: string): Buffer {
  if (start < 0 || end < start || end > buf.length) {
    throw new GvdbFormatError(
      `${what} points outside the file (${start}..${end} of ${buf.length})`,
    );
  }
  return buf.subarray(start, end);
}

/** Decodes a serialized GVariant of type "v": the child's bytes, a NUL, the child's type. */
export function decodeVariant(bytes: Buffer): GvdbValue {
  const nul = bytes.lastIndexOf(0);
  if (nul < 0) throw new GvdbFormatError('a variant without its type');
  const type = bytes.subarray(nul + 1).toString('latin1');
  const data = bytes.subarray(0, nul);
  switch (type) {
    case 'b':
      if (data.length !== 1) throw new GvdbFormatError('a boolean that is not one byte');
      return { type, value: data[0] === 1 };
    case 's': {
      // A string is its bytes and a terminating NUL.
      if (data.length === 0 || data[data.length - 1] !== 0) {
        throw new GvdbFormatError('a string without its terminator');
      }
      return { type, value: data.subarray(0, data.length - 1).toString('utf8') };
    }
    case 'i':
    case 'u':
      if (data.length !== 4) throw new GvdbFormatError(`an ${type} that is not four bytes`);
      return { type, value: type === 'i' ? data.readInt32LE(0) : data.readUInt32LE(0) };
    default:
      return { type, value: null };
  }
}

/**
 * Every key and value in a dconf database file. Throws GvdbFormatError on a
 * file that is not GVDB, is byte-swapped, or is torn (a pointer past its end).
 */
export function readGvdb(buf: Buffer): Map<string, GvdbValue> {
  if (buf.length < HEADER_BYTES || buf.toString('latin1', 0, 8) !== 'GVariant') {
    throw new GvdbFormatError('not a GVDB file');
  }
  const version = buf.readUInt32LE(8);
  if (version !== 0) throw new GvdbFormatError(`unknown GVDB version ${version}`);
  const rootStart = buf.readUInt32LE(16);
  const rootEnd = buf.readUInt32LE(20);
  const root = slice(buf, rootStart, rootEnd, 'the root table');
  if (root.length < 8) throw new GvdbFormatError('a root table without its header');
  // The top five bits of the first word are the bloom shift, not part of the count.
  const bloomWords = root.readUInt32LE(0) & ((1 << 27) - 1);
  const buckets = root.readUInt32LE(4);
  const itemsAt = 8 + 4 * bloomWords + 4 * buckets;
  if (itemsAt > root.length || (root.length - itemsAt) % ITEM_BYTES !== 0) {
    throw new GvdbFormatError('a hash table whose items do not fit');
  }
  const count = (root.length - itemsAt) / ITEM_BYTES;
  const items: RawItem[] = [];
  for (let i = 0; i < count; i++) {
    const at = itemsAt + i * ITEM_BYTES;
    items.push({
      parent: root.readUInt32LE(at + 4),
      keyStart: root.readUInt32LE(at + 8),
      keySize: root.readUInt16LE(at + 12),
      kind: String.fromCharCode(root.readUInt8(at + 14)),
      valueStart: root.readUInt32LE(at + 16),
      valueEnd: root.readUInt32LE(at + 20),
    });
  }

  const names = new Map<number, string>();
  function fullName(index: number, depth: number): string {
    const known = names.get(index);
    if (known !== undefined) return known;
    const item = items[index];
    if (!item || depth > count)
      throw new GvdbFormatError('an item whose parents loop or are missing');
    const own = slice(buf, item.keyStart, item.keyStart + item.keySize, 'a key').toString('utf8');
    const name = item.parent === NO_PARENT ? own : fullName(item.parent, depth + 1) + own;
    names.set(index, name);
    return name;
  }

  const values = new Map<string, GvdbValue>();
  items.forEach((item, index) => {
    if (item.kind !== 'v') return;
    const bytes = slice(buf, item.valueStart, item.valueEnd, 'a value');
    values.set(fullName(index, 0), decodeVariant(bytes));
  });
  return values;
}
