import { describe, expect, it } from 'vitest';
import { runJob } from '../../../lambdas/core/enrich';
import { mainText } from '../../../lambdas/core/enrich/main-text';
import { inputOf } from './article';

const ARTICLE = 'The ministry said exports to South Korea grew by 12% to $1.5 billion last year.';

describe('main text', () => {
  it('blanks a currency ticker and a weather strip but keeps every offset', () => {
    const body = ['$ 498.55 +0.04 524.28 +1.44', 'Almaty +3° • Astana -7° • Shymkent +10°', ARTICLE].join('\n\n');
    const text = mainText(body);
    expect(text).toHaveLength(body.length);
    expect(text.indexOf(ARTICLE)).toBe(body.indexOf(ARTICLE));
    expect(text).not.toContain('498.55');
    expect(text).not.toContain('Shymkent');
  });

  it('blanks a menu of short lines, not a lone heading', () => {
    const menu = ['English', 'Русский', 'Oʻzbekcha', 'Français', 'Deutsch'].join('\n');
    const body = [menu, 'Trade news', ARTICLE].join('\n\n');
    const text = mainText(body);
    expect(text).not.toContain('Français');
    expect(text).toContain('Trade news');
  });

  it('takes no figures or places from page furniture', () => {
    const input = inputOf(['Currency rates from 20/09/2024', '$1 – 12724.84', 'UZS – -0.12%', 'Tashkent +21°', ARTICLE]);
    const figures = runJob('figures', input).figures.filter((f) => f.kind !== 'year');
    expect(figures.map((f) => f.text)).toEqual(['12%', '$1.5 billion']);
    expect(runJob('places', input).places.map((p) => p.name)).not.toContain('Tashkent');
  });

  it('blanks exchange-rate cells that extraction joined into a sentence', () => {
    const input = inputOf([`Rates $1 – 12724.84 UZS – -0.12% €1 – 14223.83 UZS – 0.23% News. ${ARTICLE}`]);
    expect(runJob('figures', input).figures.map((f) => f.text)).toEqual(['12%', '$1.5 billion']);
  });

  it('leaves a body without furniture untouched', () => {
    expect(mainText(ARTICLE)).toBe(ARTICLE);
  });

  it('keeps a Korean middle dot between names inside one sentence', () => {
    const line = '협약식에는 강민석 공사 사장·오태훈 공사 본부장·정하윤 공사 이사·박서준 공사 국장이 참석했다.';
    expect(mainText(line)).toBe(line);
  });

  it('reads a headline that the body does not repeat, with offsets after the body', () => {
    const input = inputOf(['The two sides signed a memorandum on logistics.'], 'en', [], {
      title: 'Tashkent and Busan ports sign a logistics memorandum',
    });
    const places = runJob('places', input).places;
    expect(places.map((p) => p.name)).toContain('Tashkent');
    const mention = places.find((p) => p.name === 'Tashkent')!.mentions[0]!;
    expect(mention.start).toBeGreaterThan(input.article.body.length);
    // A link or a menu as the title adds nothing.
    const linked = inputOf(['The two sides signed a memorandum.'], 'en', [], { title: 'date 2024-01 https://example.org/tashkent-busan' });
    expect(runJob('places', linked).places).toEqual([]);
  });
});
