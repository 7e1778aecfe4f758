import { Badge, Button, Card, Group, Menu, SimpleGrid, Stack, Text } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import { GROEPEN, GROEP_LABEL, SCOPE_LABEL, scopeNaam, type Taak, type Variant } from '../../../../shared/engine';
import { formatEuro, formatGetal, formatPct } from '../../../../shared/format';
import { POSITIES, POSITIE_LABEL, VOORSTEL_REGEL, scopeUitVoorstel, scopeVoorstel, type Ontwerpsessie, type Positie, type ScopeCijfers, type ScopeEffect } from '../../../../shared/ontwerptafel';
import { Foutmelding, Laden } from '../../onderdelen/Toestand';
import { Sectie } from '../vergelijken/Sectie';
import { PositieKnop } from './PositieKnop';
import { metPositie, metPositieVoorAlle } from './sessieBewerken';
import { formatProcentpunt } from './teksten';
import { useScopeEffecten } from './useTafelBerekeningen';

const VOORSTEL_KLEUR: Record<Positie, string> = { in: 'teal', uit: 'red', onbeslist: 'gray' };

/** The pot and onderwijs share of the variant itself, as the API reports them with every task. */
export function cijfersVanVariant(effecten: readonly ScopeEffect[]): ScopeCijfers | null {
  const e = effecten[0];
  return e ? (e.inScope ? e.met : e.zonder) : null;
}

export const takenVan = (effecten: readonly ScopeEffect[]): Taak[] => effecten.map((e) => ({ id: e.taak, naam: e.naam, groep: e.groep }));

function scopeWoord(taken: readonly string[], alle: readonly Taak[]): string {
  const naam = scopeNaam(taken as string[], alle);
  return `${naam === 'maatwerk' ? 'maatwerk' : SCOPE_LABEL[naam].toLowerCase()}, ${formatGetal(taken.length)} van ${formatGetal(alle.length)} taken`;
}

function Kerngetal({ titel, cijfers, scope, label }: { titel: string; cijfers: ScopeCijfers | null; scope: string; label: string }) {
  return (
    <Card withBorder padding="sm" aria-label={label}>
      <Text size="sm" c="dimmed">
        {titel}
      </Text>
      {cijfers ? (
        <>
          <Text size="xl" fw={700} className="getal" ta="left">
            {formatEuro(cijfers.pot)}
          </Text>
          <Text size="sm">Onderwijs draagt {formatPct(cijfers.onderwijsAandeel)} van de zorgkosten binnen de scope</Text>
        </>
      ) : (
        <Text size="sm">Wordt berekend…</Text>
      )}
      <Text size="xs" c="dimmed">
        Scope: {scope}
      </Text>
    </Card>
  );
}

/** What a task adds to the pot, as a bar against the task that adds most. */
export function EffectBalk({ effect, grootste }: { effect: ScopeEffect; grootste: number }) {
  const breedte = grootste > 0 ? Math.max(0, (effect.verschil / grootste) * 100) : 0;
  return (
    <div className="effect">
      <span className="effect-balk" aria-hidden>
        <span style={{ width: `${breedte}%` }} />
      </span>
      <span className="getal">{effect.verschil >= 0.5 ? '+' : ''}{formatEuro(effect.verschil)}</span>
    </div>
  );
}

export interface ScopebesluitProps {
  regioId: number;
  sessie: Ontwerpsessie;
  wijzig: (f: (s: Ontwerpsessie) => Ontwerpsessie) => void;
  variant: Variant;
  effecten: ScopeEffect[] | null;
  fout: Error | null;
  /** Puts the proposal's task list into the table's variant. */
  pasToe: (taken: string[]) => void;
}

/**
 * The scope decision: per task the position of each group, the proposal that follows by majority,
 * and what each task does to the pot and to the onderwijs share, live from the engine.
 */
export function Scopebesluit({ regioId, sessie, wijzig, variant, effecten, fout, pasToe }: ScopebesluitProps) {
  const taken = useMemo(() => (effecten ? takenVan(effecten) : []), [effecten]);
  const voorstellen = useMemo(() => scopeVoorstel(sessie.scopeposities, sessie.groepen, taken), [sessie.scopeposities, sessie.groepen, taken]);
  const nu = useMemo(() => (effecten ?? []).filter((e) => e.inScope).map((e) => e.taak), [effecten]);
  const voorgesteld = useMemo(() => scopeUitVoorstel(voorstellen, nu, taken), [voorstellen, nu, taken]);
  const anders = voorgesteld.join() !== nu.join();
  const voorstelVariant = useMemo(() => (anders ? { ...variant, scope: voorgesteld } : null), [anders, variant, voorgesteld]);
  const metVoorstel = useScopeEffecten(regioId, voorstelVariant);
  if (!effecten) return fout ? <Foutmelding fout={fout} /> : <Laden tekst="Effect van elke taak berekenen…" />;

  const per = new Map(effecten.map((e) => [e.taak, e]));
  const grootste = Math.max(0, ...effecten.map((e) => e.verschil));
  const huidig = cijfersVanVariant(effecten);
  const beslist = voorstellen.filter((v) => v.voorstel !== 'onbeslist').length;
  return (
    <Stack gap="md">
      {fout && <Foutmelding fout={fout} titel="De effecten konden niet opnieuw worden berekend; de cijfers horen bij de vorige variant" />}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <Kerngetal titel="Pot van de variant nu" label="Pot van de variant nu" cijfers={huidig} scope={scopeWoord(nu, taken)} />
        <Kerngetal titel={anders ? 'Pot met het voorstel van de tafel' : 'Het voorstel verandert de scope niet'} label="Pot met het voorstel" cijfers={anders ? cijfersVanVariant(metVoorstel.data ?? []) : huidig} scope={scopeWoord(voorgesteld, taken)} />
        <Card withBorder padding="sm">
          <Stack gap={6}>
            <Button onClick={() => pasToe(voorgesteld)} disabled={!anders} aria-label="Voorstel toepassen op de variant">
              Voorstel toepassen
            </Button>
            <Text size="xs" c="dimmed">
              Zet de scope van de variant van de tafel op het voorstel. {formatGetal(beslist)} van {formatGetal(voorstellen.length)} taken hebben een meerderheid. {VOORSTEL_REGEL}
            </Text>
          </Stack>
        </Card>
      </SimpleGrid>
      <Sectie
        titel="Standpunten per taak"
        omschrijving="Zet per groep erin (✓), eruit (✗) of onbeslist (?): klik om te wisselen, of toets I, U of O. Pot erbij: wat de taak aan de pot toevoegt; aandeel onderwijs: het deel van de zorgkosten dat het onderwijs draagt zonder en met de taak. De rest van de variant blijft gelijk."
      >
        <div className="tabel-houder">
          <table className="vergelijk-tabel scope-tabel" aria-label="Standpunten per taak">
            <thead>
              <tr>
                <th scope="col">Taak</th>
                <th scope="col">Nu</th>
                {sessie.groepen.map((g) => (
                  <th key={g.id} scope="col" className="groep-kop">
                    <span>{g.naam}</span>
                  </th>
                ))}
                <th scope="col">
                  <span className="visueel-verborgen">Alle groepen</span>
                </th>
                <th scope="col">Voorstel</th>
                <th scope="col" className="getal">
                  Pot erbij
                </th>
                <th scope="col" className="getal">
                  Aandeel onderwijs
                  <div className="onder-kop">zonder → met</div>
                </th>
              </tr>
            </thead>
            <tbody>
              {GROEPEN.filter((g) => voorstellen.some((v) => v.groep === g)).map((groep) => (
                <Fragment key={groep}>
                  <tr className="tussenkop">
                    <td colSpan={sessie.groepen.length + 6}>{GROEP_LABEL[groep]}</td>
                  </tr>
                  {voorstellen
                    .filter((v) => v.groep === groep)
                    .map((v) => {
                      const e = per.get(v.taak)!;
                      return (
                        <tr key={v.taak} aria-label={v.naam}>
                          <td>{v.naam}</td>
                          <td className="geen-afbreking">{e.inScope ? '✓ erin' : <Text span c="dimmed" size="sm">– eruit</Text>}</td>
                          {sessie.groepen.map((g) => (
                            <td key={g.id} className="positie-cel">
                              <PositieKnop positie={v.posities[g.id]} groepNaam={g.naam} taakNaam={v.naam} onChange={(p) => wijzig((s) => metPositie(s, v.taak, g.id, p))} />
                            </td>
                          ))}
                          <td className="alle-cel">
                            <Menu position="bottom-end">
                              <Menu.Target>
                                <Button size="compact-xs" variant="subtle" color="gray" aria-label={`Alle groepen tegelijk over ${v.naam}`}>
                                  ⋯
                                </Button>
                              </Menu.Target>
                              <Menu.Dropdown>
                                {POSITIES.map((p) => (
                                  <Menu.Item key={p} onClick={() => wijzig((s) => metPositieVoorAlle(s, v.taak, p))}>
                                    Alle groepen: {POSITIE_LABEL[p]}
                                  </Menu.Item>
                                ))}
                              </Menu.Dropdown>
                            </Menu>
                          </td>
                          <td className="voorstel-cel">
                            <Badge
                              color={VOORSTEL_KLEUR[v.voorstel]}
                              variant={v.voorstel === 'onbeslist' ? 'outline' : 'filled'}
                              style={{ textTransform: 'none' }}
                              title={`${formatGetal(v.aantallen.in)} erin, ${formatGetal(v.aantallen.uit)} eruit, ${formatGetal(v.aantallen.onbeslist)} onbeslist`}
                              aria-label={`Voorstel: ${POSITIE_LABEL[v.voorstel]}`}
                            >
                              {POSITIE_LABEL[v.voorstel]}
                              {v.unaniem ? ' (unaniem)' : ''}
                            </Badge>
                          </td>
                          <td className="getal">
                            <EffectBalk effect={e} grootste={grootste} />
                          </td>
                          <td className="getal">
                            {formatProcentpunt(e.verschilOnderwijsAandeel)}
                            <div className="onder-regel">
                              {formatPct(e.zonder.onderwijsAandeel)} → {formatPct(e.met.onderwijsAandeel)}
                            </div>
                          </td>
                        </tr>
                      );
                    })}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      </Sectie>
    </Stack>
  );
}
