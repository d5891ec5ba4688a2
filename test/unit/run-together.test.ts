/** Words run together across inline elements in built HTML (scripts/lib/quality/run-together.ts). */
import { describe, expect, it } from 'vitest';
import { runTogether } from '../../scripts/lib/quality/run-together.ts';

describe('runTogether', () => {
  it('finds a word ending where another element’s word begins, with or without a closing tag between', () => {
    expect(runTogether('<p><span class="s">På rette kurs</span><span class="x">siden 2014</span></p>')).toEqual(['kurs|siden']);
    expect(runTogether('<p>Eksempeldata<span class="m">Aktivitetsmål</span></p>')).toEqual(['Eksempeldata|Aktivitetsmål']);
    expect(runTogether('<a><span>Integrationsbarometeret</span><span>Københavns Kommunes</span></a>')).toEqual([
      'Integrationsbarometeret|Københavns',
    ]);
    expect(runTogether('<p>Kilde:<a href="/x">brevet</a></p>')).toEqual(['Kilde:|brevet']);
  });

  it('accepts a space, a line break, block elements, quotation marks and punctuation after a link', () => {
    expect(runTogether('<p><span>kurs</span> <span>siden</span></p>')).toEqual([]);
    expect(runTogether('<p><span>kurs</span>\n<span>siden</span></p>')).toEqual([]);
    expect(runTogether('<p>Afsnit.</p><p>Næste</p><div><span>a</span></div><div>b</div>')).toEqual([]);
    expect(runTogether('<p>Se »<a href="/b">brevet</a>«, og <a href="/c">listen</a>.</p>')).toEqual([]);
    expect(runTogether('<p>(<a href="/b">2009</a>)</p>')).toEqual([]);
  });

  it('leaves styles, scripts and charts alone', () => {
    expect(runTogether('<style>.a{}</style><script>x<span>y</script><svg><text>a</text><tspan>b</tspan></svg>')).toEqual([]);
  });
});
