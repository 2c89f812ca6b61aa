/**
 * Writes small CASE 1.0 packages the way a third party (OpenSALT, the CASE Network) writes them:
 * its own UUIDs and URIs, item types in its own words, hierarchy by isChildOf. For tests that must
 * not read one of our own exports back.
 */
import { stableUuid } from '../../src/domain/uuid';

export interface TestItem {
  code: string;
  statement: string;
  /** CFItemType in the author's words (default "Competency"). */
  type?: string;
  /** The code of the parent item (default: the document). */
  parent?: string;
  notes?: string;
}

export interface TestAssociation {
  from: string;
  type: 'exactMatchOf' | 'isRelatedTo';
  /** An atlas id ("nos:B6", "ilm:8605-414"), referred to by our UUID as a CASE tool would. */
  toAtlas: string;
}

const at = '2025-03-01T00:00:00+00:00';

export function testCasePackage(
  title: string,
  items: TestItem[],
  associations: TestAssociation[] = [],
  seed = 'test',
): string {
  const uuid = (what: string) => stableUuid(`third-party:${seed}:${what}`);
  const uri = (id: string) => `https://case.example.org/uri/${id}`;
  const ref = (identifier: string, label: string) => ({ identifier, uri: uri(identifier), title: label });
  const doc = uuid('document');
  const itemId = (code: string) => uuid(`item:${code}`);
  return JSON.stringify({
    CFDocument: { identifier: doc, uri: uri(doc), creator: 'A care provider', title, lastChangeDateTime: at },
    CFItems: items.map((i) => ({
      identifier: itemId(i.code),
      uri: uri(itemId(i.code)),
      humanCodingScheme: i.code,
      fullStatement: i.statement,
      CFItemType: i.type ?? 'Competency',
      ...(i.notes ? { notes: i.notes } : {}),
      lastChangeDateTime: at,
    })),
    CFAssociations: [
      ...items.map((i, n) => ({
        identifier: uuid(`child:${i.code}`),
        uri: uri(uuid(`child:${i.code}`)),
        associationType: 'isChildOf',
        sequenceNumber: n + 1,
        originNodeURI: ref(itemId(i.code), i.code),
        destinationNodeURI: i.parent ? ref(itemId(i.parent), i.parent) : ref(doc, title),
        lastChangeDateTime: at,
      })),
      ...associations.map((a) => ({
        identifier: uuid(`assoc:${a.from}:${a.toAtlas}`),
        uri: uri(uuid(`assoc:${a.from}:${a.toAtlas}`)),
        associationType: a.type,
        originNodeURI: ref(itemId(a.from), a.from),
        destinationNodeURI: {
          identifier: stableUuid(`standards-atlas:${a.toAtlas}`),
          uri: `urn:standards-atlas:${a.toAtlas}`,
          title: a.toAtlas,
        },
        lastChangeDateTime: at,
      })),
    ],
  });
}
