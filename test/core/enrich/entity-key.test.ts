import { describe, expect, it } from 'vitest';
import { runJob } from '../../../lambdas/core/enrich';
import { entityLookupKeys, surnameOf } from '../../../lambdas/core/enrich/entity-key';
import { inputOf } from './article';

describe('entityLookupKeys', () => {
  it('puts the canonical key first, then the surname', () => {
    expect(entityLookupKeys({ type: 'person', name: 'Aziz Rakhimov', key: 'aziz rakhimov' })).toEqual(['aziz rakhimov', 'rakhimov']);
  });

  it('reads Korean names family name first, in Latin and Hangul', () => {
    expect(surnameOf('Yoon Suk-yeol')).toBe('Yoon');
    expect(surnameOf('Kim Chang Keon')).toBe('Kim');
    expect(surnameOf('윤석열')).toBe('윤');
    expect(surnameOf('Dmitry Kimov')).toBe('Kimov');
  });

  it('adds the surname in every script the gazetteer knows, without repeats', () => {
    const entities = runJob('entities', inputOf(['President Shavkat Mirziyoyev opened the forum.'])).entities;
    const person = entities.find((e) => e.type === 'person')!;
    const keys = entityLookupKeys(person);
    expect(keys[0]).toBe(person.key);
    expect(keys).toContain('mirziyoyev');
    expect(keys).toContain('мирзиёев');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('adds an organization’s acronym', () => {
    expect(entityLookupKeys({ type: 'organization', name: 'Korea International Cooperation Agency', key: 'korea international cooperation agency', aliases: ['KOICA'] })).toEqual([
      'korea international cooperation agency',
      'koica',
    ]);
  });
});
