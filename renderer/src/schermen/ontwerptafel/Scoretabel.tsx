import { ActionIcon, Badge, Button, Popover, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { ROUTE_LABEL, type RouteId } from '../../../../shared/engine';
import { formatEuro, formatGetal } from '../../../../shared/format';
import {
  CRITERIA,
  STANDAARD_SCORES,
  isKwalitatief,
  type Criterium,
  type KwalitatiefCriteriumId,
  type Ontwerpsessie,
  type ScoreAanpassing,
  type StandaardScore,
  type Scorecel,
  type Scoretabel as ScoretabelData,
} from '../../../../shared/ontwerptafel';
import { ROUTE_KLEUR } from '../../kleuren';
import type { UitlegTekst } from '../../onderdelen/Uitleg';
import { Kleurblok } from '../../onderdelen/Kleurblok';
import { Sectie } from '../vergelijken/Sectie';
import { Uitleg } from '../vergelijken/UitlegLaag';
import { CriteriumNaam } from './Gewichten';
import { metScore } from './sessieBewerken';

type Wijzig = (f: (s: Ontwerpsessie) => Ontwerpsessie) => void;

const HERKOMST_LABEL: Record<Scorecel['herkomst'], string> = { startpunt: 'startpunt', aangepast: 'aangepast', gemeten: 'gemeten' };
const HERKOMST_KLEUR: Record<Scorecel['herkomst'], string> = { startpunt: 'gray', aangepast: 'orange', gemeten: 'blue' };

/** The report, the paragraph and the line of its text where the quotation begins. */
const bronVan = (std: StandaardScore) => `DSP-groep & Oberon (2022), ${std.bron}, r. ${std.regel}`;

function celUitleg(route: RouteId, c: Criterium, cel: Scorecel): UitlegTekst {
  const titel = `${ROUTE_LABEL[route]} · ${c.naam}: ${formatGetal(cel.score, Number.isInteger(cel.score) ? 0 : 2)}`;
  if (c.soort === 'meetbaar') {
    const waarde = cel.waarde === undefined ? '' : c.eenheid === 'euro' ? formatEuro(cel.waarde) : formatGetal(cel.waarde, Number.isInteger(cel.waarde) ? 0 : 1);
    return { titel, regels: [`${c.kengetal}: ${waarde}.`, cel.onderbouwing], bron: c.bron };
  }
  const std = STANDAARD_SCORES[route][c.id as KwalitatiefCriteriumId];
  if (cel.herkomst === 'aangepast') {
    return { titel: `${titel} (aangepast door de tafel)`, regels: [cel.onderbouwing, `Het startpunt was ${formatGetal(std.score)}: ${std.onderbouwing}`], bron: bronVan(std) };
  }
  return { titel: `${titel} (startpunt)`, regels: [std.onderbouwing, `“${std.citaat}”`, 'Een startpunt afgeleid uit het rapport, geen oordeel: de tafel kan de score aanpassen.'], bron: bronVan(std) };
}

/** Edits one qualitative score: 1–5 and the table's own argument, or back to the starting point. */
function ScoreBewerken({ route, c, aanpassing, wijzig }: { route: RouteId; c: Criterium & { id: KwalitatiefCriteriumId }; aanpassing: ScoreAanpassing | undefined; wijzig: Wijzig }) {
  const std = STANDAARD_SCORES[route][c.id];
  const eigen = aanpassing?.onderbouwing ?? '';
  const score = aanpassing?.score ?? std.score;
  const zet = (score: number, onderbouwing: string) => wijzig((s) => metScore(s, route, c.id, { score, onderbouwing }));
  return (
    <Popover width={340} position="bottom" withArrow trapFocus shadow="md">
      <Popover.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Score wijzigen: ${ROUTE_LABEL[route]} op ${c.naam}`}>
          ✎
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text fw={700} size="sm">
            {ROUTE_LABEL[route]} · {c.naam}
          </Text>
          <SegmentedControl
            aria-label="Score van 1 tot 5"
            fullWidth
            value={String(score)}
            onChange={(v) => zet(Number(v), eigen)}
            data={['1', '2', '3', '4', '5']}
          />
          <Textarea
            label="Onderbouwing van de tafel"
            placeholder="Waarom deze score? Komt in het verslag."
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            defaultValue={eigen}
            onChange={(e) => zet(score, e.currentTarget.value)}
          />
          <Text size="xs" c="dimmed">
            Startpunt {formatGetal(std.score)}: {std.onderbouwing} ({std.bron})
          </Text>
          <Button size="xs" variant="light" disabled={!aanpassing} onClick={() => wijzig((s) => metScore(s, route, c.id, null))}>
            Terug naar het startpunt ({formatGetal(std.score)})
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

function Cel({ route, c, cel, sessie, wijzig }: { route: RouteId; c: Criterium; cel: Scorecel; sessie: Ontwerpsessie; wijzig: Wijzig }) {
  const score = formatGetal(cel.score, Number.isInteger(cel.score) ? 0 : 2);
  return (
    <div className={`score-cel herkomst-${cel.herkomst}`}>
      <Uitleg uitleg={celUitleg(route, c, cel)}>
        <span className="score-getal">{score}</span>
      </Uitleg>
      <Badge size="xs" variant={cel.herkomst === 'aangepast' ? 'filled' : 'outline'} color={HERKOMST_KLEUR[cel.herkomst]} style={{ textTransform: 'none' }}>
        {HERKOMST_LABEL[cel.herkomst]}
      </Badge>
      {isKwalitatief(c.id) && <ScoreBewerken route={route} c={c as Criterium & { id: KwalitatiefCriteriumId }} aanpassing={sessie.scores[route]?.[c.id as KwalitatiefCriteriumId]} wijzig={wijzig} />}
    </div>
  );
}

/**
 * The scores of the routes on every criterion: the qualitative ones start from the report (marked
 * "startpunt", argued in the tooltip) and the table can change them; the measurable ones come
 * from the engine.
 */
export function Scoretabel({ tabel, sessie, wijzig }: { tabel: ScoretabelData; sessie: Ontwerpsessie; wijzig: Wijzig }) {
  const rij = (c: Criterium) => (
    <tr key={c.id}>
      <th scope="row" className="criterium-kop">
        <CriteriumNaam c={c} />
      </th>
      {tabel.routes.map((r) => (
        <td key={r}>
          <Cel route={r} c={c} cel={tabel.perRoute[r]![c.id]} sessie={sessie} wijzig={wijzig} />
        </td>
      ))}
    </tr>
  );
  const aangepast = tabel.routes.some((r) => Object.values(tabel.perRoute[r]!).some((x) => x.herkomst === 'aangepast'));
  return (
    <Sectie
      titel="Scores per route en criterium"
      omschrijving={
        <>
          Score van 1 (slechtst) tot 5 (best). <strong>Startpunt</strong>: afgeleid uit het rapport, met het citaat in de uitleg (wijs de score aan). Met ✎ past de tafel een score aan. <strong>Gemeten</strong>: uit de rekenkern, de beste route 5, de slechtste 1; Schakels op een vaste schaal (wijs de score aan voor de berekening).
          {aangepast ? ' Aangepaste scores zijn oranje.' : ''}
        </>
      }
    >
      <div className="tabel-houder">
        <table className="vergelijk-tabel score-tabel" aria-label="Scores per route en criterium">
          <thead>
            <tr>
              <th scope="col">Criterium</th>
              {tabel.routes.map((r) => (
                <th key={r} scope="col">
                  <span className="geen-afbreking">
                    <Kleurblok kleur={ROUTE_KLEUR[r]} />
                    {ROUTE_LABEL[r]}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="tussenkop">
              <td colSpan={tabel.routes.length + 1}>Kwalitatief: startscores uit het rapport, aan te passen door de tafel</td>
            </tr>
            {CRITERIA.filter((c) => c.soort === 'kwalitatief').map(rij)}
            <tr className="tussenkop">
              <td colSpan={tabel.routes.length + 1}>Meetbaar: uit de rekenkern voor de variant van de tafel</td>
            </tr>
            {CRITERIA.filter((c) => c.soort === 'meetbaar').map(rij)}
          </tbody>
        </table>
      </div>
    </Sectie>
  );
}
