import { describe, expect, it } from 'vitest';
import { stableUuid, uuidV5 } from '../../src/domain/uuid';

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
const V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidV5', () => {
  it('matches the published version-5 vectors', () => {
    expect(uuidV5(DNS_NAMESPACE, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
    expect(uuidV5(DNS_NAMESPACE, 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    // Python: uuid.uuid5(uuid.NAMESPACE_URL, 'http://example.com')
    expect(uuidV5(URL_NAMESPACE, 'http://example.com')).toBe('8c9ddcb0-8084-5a7f-a988-1095ab18b5df');
  });

  it('hashes names longer than one SHA-1 block and non-ASCII names', () => {
    expect(uuidV5(DNS_NAMESPACE, 'x'.repeat(200))).toMatch(V5);
    expect(uuidV5(DNS_NAMESPACE, 'Management — “leadership”')).not.toBe(uuidV5(DNS_NAMESPACE, 'Management'));
  });

  it('rejects a namespace that is not a UUID', () => {
    expect(() => uuidV5('not-a-uuid', 'name')).toThrow(/not a UUID/);
  });
});

describe('stableUuid', () => {
  it('is deterministic and version-5 shaped', () => {
    const first = stableUuid('standards-atlas:nos:A1');
    expect(first).toMatch(V5);
    expect(stableUuid('standards-atlas:nos:A1')).toBe(first);
  });

  it('gives different names different UUIDs', () => {
    const names = ['nos:A1', 'nos:A2', 'nos:A10', 'ilm:8605-409', 'proqual:L/506/1953', ''];
    const uuids = names.map((n) => stableUuid(`standards-atlas:${n}`));
    expect(new Set(uuids).size).toBe(names.length);
  });
});
