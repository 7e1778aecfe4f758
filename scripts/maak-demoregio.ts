/**
 * Generates resources/demo/demoregio.json, the fictional demo regio shipped with the app.
 * Deterministic: pupils are spread over woongemeenten by population with a distance decay,
 * rounded with largest remainders, so rerunning gives the same file.
 */
import { writeFileSync } from 'node:fs';
import { DOELGROEPEN, type Doelgroep } from '../shared/domain/labels';
import { valideerRegio, REGIO_FORMAAT, REGIO_VERSIE, type RegioBestand } from '../shared/regio/schema';

/**
 * Gemeenten in the regio belong to one po- and one vo-samenwerkingsverband (regio-bestand versie 2):
 * west and centre to PO9901/VO9901, east to PO9902/VO9902, Vennebroek to PO9902 but VO9901 (po and
 * vo areas need not coincide). A school's pupils from gemeenten of other SWVs are paid by those.
 * Gemeenten outside the regio belong to SWVs outside it and have none here.
 */
const gemeenten: Array<{ code: string; naam: string; inwoners0tot17: number; inRegio: boolean; centrumgemeente: boolean; swvPo?: string; swvVo?: string; x: number; y: number }> = [
  { code: 'GM9901', naam: 'Centrumstad', inwoners0tot17: 41800, inRegio: true, centrumgemeente: true, swvPo: 'PO9901', swvVo: 'VO9901', x: 0, y: 0 },
  { code: 'GM9902', naam: 'Havenveld', inwoners0tot17: 18600, inRegio: true, centrumgemeente: false, swvPo: 'PO9902', swvVo: 'VO9902', x: 14, y: 6 },
  { code: 'GM9903', naam: 'Dijkhoven', inwoners0tot17: 12300, inRegio: true, centrumgemeente: false, swvPo: 'PO9901', swvVo: 'VO9901', x: -9, y: 11 },
  { code: 'GM9904', naam: 'Beekdal', inwoners0tot17: 9800, inRegio: true, centrumgemeente: false, swvPo: 'PO9902', swvVo: 'VO9902', x: 6, y: -15 },
  { code: 'GM9905', naam: 'Molenwaard', inwoners0tot17: 7400, inRegio: true, centrumgemeente: false, swvPo: 'PO9901', swvVo: 'VO9901', x: -16, y: -4 },
  { code: 'GM9906', naam: 'Heiderveen', inwoners0tot17: 6100, inRegio: true, centrumgemeente: false, swvPo: 'PO9902', swvVo: 'VO9902', x: 22, y: -8 },
  { code: 'GM9907', naam: 'Zandoord', inwoners0tot17: 4900, inRegio: true, centrumgemeente: false, swvPo: 'PO9901', swvVo: 'VO9901', x: -4, y: 24 },
  { code: 'GM9908', naam: 'Vennebroek', inwoners0tot17: 3200, inRegio: true, centrumgemeente: false, swvPo: 'PO9902', swvVo: 'VO9901', x: 19, y: 19 },
  { code: 'GM9909', naam: 'Klaverdijk', inwoners0tot17: 2400, inRegio: true, centrumgemeente: false, swvPo: 'PO9901', swvVo: 'VO9901', x: -22, y: 14 },
  { code: 'GM9981', naam: 'Noorderstad (buiten regio)', inwoners0tot17: 26500, inRegio: false, centrumgemeente: false, x: 10, y: 42 },
  { code: 'GM9982', naam: 'Oosterbos (buiten regio)', inwoners0tot17: 8700, inRegio: false, centrumgemeente: false, x: 44, y: 2 },
  { code: 'GM9983', naam: 'Westermeer (buiten regio)', inwoners0tot17: 5300, inRegio: false, centrumgemeente: false, x: -40, y: -10 },
];

const samenwerkingsverbanden = [
  { code: 'PO9901', naam: 'SWV Passend Primair Onderwijs Centrumstad e.o. (fictief)', type: 'po' as const },
  { code: 'PO9902', naam: 'SWV PO Havenveld-Beekdal (fictief)', type: 'po' as const },
  { code: 'VO9901', naam: 'SWV Voortgezet Onderwijs Centrumstad (fictief)', type: 'vo' as const },
  { code: 'VO9902', naam: 'SWV VO Oostelijke Dijken (fictief)', type: 'vo' as const },
];

/** Profile per school: pupils per doelgroep and how far it draws (km scale of the distance decay). */
const scholen: Array<{
  code: string;
  naam: string;
  vestigingsgemeente: string;
  swv: string;
  sector: 'so' | 'vso' | 'so-vso';
  aandeelSo?: number;
  leerlingen: Partial<Record<Doelgroep, number>>;
  bereik: number;
  /** Doelgroepen whose cells are split by sector, with the so share of the split. */
  sectorSplit?: { doelgroepen: Doelgroep[]; aandeelSo: number };
}> = [
  { code: 'S01', naam: 'SO De Wissel (cluster 4)', vestigingsgemeente: 'GM9901', swv: 'PO9901', sector: 'so', leerlingen: { gedrag: 236, lvb_ml: 14 }, bereik: 12 },
  { code: 'S02', naam: 'VSO Het Kompas (cluster 4)', vestigingsgemeente: 'GM9901', swv: 'VO9901', sector: 'vso', leerlingen: { gedrag: 352, lvb_ml: 10, lz: 13 }, bereik: 16 },
  { code: 'S03', naam: 'ZML-school De Zonnebloem', vestigingsgemeente: 'GM9902', swv: 'PO9902', sector: 'so-vso', leerlingen: { lvb_ml: 278, emb: 18, gedrag: 24 }, bereik: 14 },
{ code: 'S04', naam: 'Mytylschool De Regenboog', vestigingsgemeente: 'GM9903', swv: 'PO9901', sector: 'so-vso', leerlingen: { lb: 128, emb: 72, lvb_ml: 20, lz: 10 }, bereik: 30 },
  { code: 'S05', naam: 'VSO Het Anker (ZML en praktijk)', vestigingsgemeente: 'GM9904', swv: 'VO9902', sector: 'vso', leerlingen: { lvb_ml: 216, gedrag: 42, lb: 12 }, bereik: 15 },
  {
    code: 'S06',
    naam: 'De Boeg, school voor langdurig zieke leerlingen',
    vestigingsgemeente: 'GM9901',
    swv: 'VO9901',
    sector: 'so-vso',
    // The school knows the sector of its langdurig zieke pupils; the others are split with its own aandeel so.
    aandeelSo: 0.35,
    leerlingen: { lz: 88, gedrag: 16, lb: 11 },
    bereik: 35,
    sectorSplit: { doelgroepen: ['lz'], aandeelSo: 0.3 },
  },
];

function verdeel(totaal: number, gewichten: number[]): number[] {
  const som = gewichten.reduce((a, b) => a + b, 0);
  const exact = gewichten.map((w) => (totaal * w) / som);
  const heel = exact.map(Math.floor);
  let rest = totaal - heel.reduce((a, b) => a + b, 0);
  const volgorde = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of volgorde) {
    if (rest <= 0) break;
    heel[i] += 1;
    rest -= 1;
  }
  return heel;
}

const leerlingen: RegioBestand['leerlingen'] = [];
for (const school of scholen) {
  const plek = gemeenten.find((g) => g.code === school.vestigingsgemeente)!;
  const gewichten = gemeenten.map((g) => {
    const afstand = Math.hypot(g.x - plek.x, g.y - plek.y);
    return g.inwoners0tot17 * Math.exp(-afstand / school.bereik);
  });
  for (const doelgroep of DOELGROEPEN) {
    const aantal = school.leerlingen[doelgroep];
    if (!aantal) continue;
    const split = school.sectorSplit?.doelgroepen.includes(doelgroep) ? school.sectorSplit.aandeelSo : undefined;
    verdeel(aantal, gewichten).forEach((n, i) => {
      if (n === 0) return;
      const cel = { school: school.code, woongemeente: gemeenten[i].code, doelgroep };
      if (split === undefined) {
        leerlingen.push({ ...cel, aantal: n });
        return;
      }
      const so = Math.round(n * split);
      if (so > 0) leerlingen.push({ ...cel, aantal: so, sector: 'so' });
      if (n - so > 0) leerlingen.push({ ...cel, aantal: n - so, sector: 'vso' });
    });
  }
}

const regio: RegioBestand = {
  formaat: REGIO_FORMAAT,
  versie: REGIO_VERSIE,
  regio: { naam: 'Demoregio (fictief)' },
  gemeenten: gemeenten.map(({ x: _x, y: _y, ...g }) => g),
  samenwerkingsverbanden,
  scholen: scholen.map(({ leerlingen: _l, bereik: _b, sectorSplit: _s, ...s }) => s),
  leerlingen,
  zorgkantoor: { naam: 'Zorgkantoor Demoregio (fictief)' },
  zorgverzekeraars: [
    { naam: 'Zorgverzekeraar Noord (fictief)', marktaandeel: 0.62 },
    { naam: 'Zorgverzekeraar Zuid (fictief)', marktaandeel: 0.38 },
  ],
  inventarisaties: [],
  tlvs: [],
};

const check = valideerRegio(regio);
if (!check.ok) throw new Error(JSON.stringify(check.problemen, null, 2));
writeFileSync(new URL('../resources/demo/demoregio.json', import.meta.url), JSON.stringify(regio, null, 2) + '\n');
const perGemeente = new Map<string, number>();
for (const l of leerlingen) perGemeente.set(l.woongemeente, (perGemeente.get(l.woongemeente) ?? 0) + l.aantal);
console.log(`${leerlingen.reduce((s, l) => s + l.aantal, 0)} leerlingen in ${leerlingen.length} cellen`, Object.fromEntries(perGemeente));
