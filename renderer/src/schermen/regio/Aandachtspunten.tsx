import { Alert, Anchor, List } from '@mantine/core';
import type { RegioStand } from '../../../../shared/api/contract';
import { formatPct } from '../../../../shared/format';
import type { RegioBestand } from '../../../../shared/regio/schema';
import { metHoofdletter } from './FoutBericht';

export type RegioTab = 'gemeenten' | 'swv' | 'scholen' | 'financiers' | 'leerlingen' | 'inventarisatie' | 'tlv' | 'realisatie';

const TAB_VAN_PAD: Array<[RegExp, RegioTab, string]> = [
  [/^\$\.gemeenten/, 'gemeenten', 'Naar Gemeenten'],
  [/^\$\.samenwerkingsverbanden/, 'swv', 'Naar Samenwerkingsverbanden'],
  [/^\$\.scholen/, 'scholen', 'Naar Scholen'],
  [/^\$\.(zorgverzekeraars|zorgkantoor)/, 'financiers', 'Naar Zorgkantoor en verzekeraars'],
  [/^\$\.leerlingen/, 'leerlingen', 'Naar Leerlingen'],
  [/^\$\.tlvs/, 'tlv', "Naar TLV's"],
  [/^\$\.(realisatie|prijspeil)/, 'realisatie', 'Naar Realisatie en prijspeil'],
];

/** The message of an aandachtspunt as a sentence; the market shares in percent. */
function tekst(p: { pad: string; melding: string }, regio: RegioBestand): string {
  if (p.pad === '$.zorgverzekeraars' && regio.zorgverzekeraars.length) {
    const som = regio.zorgverzekeraars.reduce((s, z) => s + z.marktaandeel, 0);
    if (Math.abs(som - 1) > 1e-6) return `De marktaandelen van de zorgverzekeraars tellen op tot ${formatPct(som)}; samen moeten ze 100% zijn.`;
  }
  return `${metHoofdletter(p.melding)}.`;
}

/** What the regio still lacks before its results mean anything. */
export function Aandachtspunten({ stand, naarTab }: { stand: RegioStand; naarTab: (tab: RegioTab) => void }) {
  if (!stand.aandachtspunten.length) return null;
  return (
    <Alert color="yellow" title="Nog niet compleet" role="status">
      <List size="sm" spacing={2}>
        {stand.aandachtspunten.map((p, i) => {
          const doel = TAB_VAN_PAD.find(([re]) => re.test(p.pad));
          return (
            <List.Item key={i}>
              {tekst(p, stand.regio)}
              {doel && (
                <>
                  {' '}
                  <Anchor component="button" type="button" size="sm" c="teal.9" underline="always" onClick={() => naarTab(doel[1])}>
                    {doel[2]}
                  </Anchor>
                </>
              )}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
