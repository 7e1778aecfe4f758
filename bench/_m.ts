import { landelijkeRegio } from './landelijk';
import { berekenBehoefte, deriveNormenset } from '../shared/engine';

const regio = landelijkeRegio();
const ns = deriveNormenset();
for (const scope of ['breed', 'medium', 'smal'] as const) {
  const { cellen: _c, ...b } = berekenBehoefte(ns, regio, scope);
  console.log(scope, JSON.stringify(b).length, Object.fromEntries(Object.entries(b).map(([k, v]) => [k, JSON.stringify(v)?.length])));
}
