import { describe, expect, it } from 'vitest';
import { GLOSSARY, GLOSSARY_IDS } from '../../src/domain/glossary';
import { RELATIONS } from '../../src/domain/vocabulary';
import { loadFullDataset } from '../../src/node/data-files';

const { dataset } = loadFullDataset();

describe('glossary', () => {
  it('has an entry, in a sentence or three, for every term a "?" can open', () => {
    for (const id of GLOSSARY_IDS) {
      expect(GLOSSARY[id].id).toBe(id);
      expect(GLOSSARY[id].text.length).toBeGreaterThan(60);
      expect(GLOSSARY[id].text.length).toBeLessThan(320);
    }
  });

  it('explains every relation word the links use', () => {
    for (const relation of RELATIONS) expect(GLOSSARY.relation.text.toLowerCase()).toContain(relation);
  });

  it('explains the three link bases', () => {
    for (const basis of ['published', 'curated', 'computed'])
      expect(GLOSSARY.basis.text.toLowerCase()).toContain(basis);
  });

  it('names every sector the MSC report facts name', () => {
    const sectors = new Set(dataset.usageFacts.map((f) => f.sector).filter((s): s is string => !!s));
    expect(sectors.size).toBeGreaterThan(0);
    for (const sector of sectors) expect(GLOSSARY.sectors.text).toContain(sector);
  });

  it('calls the unnamed framework what the app now shows', () => {
    const uncoded = dataset.frameworks.find((f) => f.id === 'topss-uncoded');
    expect(GLOSSARY.uncoded.term).toBe(uncoded?.shortName);
  });
});
