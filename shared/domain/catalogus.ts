/**
 * The catalogue of the rekenmodel: the professionals of tabel 2.2, the task categories of tabel 2.4
 * with their group of tabel 2.3, and the scope presets built from those groups. Browser-safe and
 * small: the screens take their names from here, without loading the normen data set. The national
 * normenset (resources/normen) lists the same rows in the same order; a unit test holds them equal.
 */

export const GROEPEN = ['A', 'B', 'C'] as const;
export type Groep = (typeof GROEPEN)[number];

export const GROEP_LABEL: Record<Groep, string> = {
  A: 'A: taken van het smalle scenario',
  B: 'B: toegevoegd in het medium scenario',
  C: 'C: toegevoegd in het brede scenario',
};

export interface Professional {
  id: string;
  naam: string;
}

export interface Taak {
  id: string;
  naam: string;
  groep: Groep;
}

/** The 33 professionals in the row order of tabel 2.2. */
export const PROFESSIONALS: readonly Professional[] = [
  { id: 'leerkracht', naam: 'Leerkracht/docent' },
  { id: 'onderwijsassistent', naam: 'Onderwijsassistent' },
  { id: 'persoonlijk_begeleider', naam: '(Persoonlijk) begeleider' },
  { id: 'zorgassistent', naam: 'Zorgassistent' },
  { id: 'intern_begeleider', naam: 'Intern begeleider/zorgcoördinator' },
  { id: 'leraarondersteuner', naam: 'Leraarondersteuner' },
  { id: 'orthopedagoog', naam: 'Orthopedagoog' },
  { id: 'schoolleider', naam: 'Schoolleider/directie' },
  { id: 'ambulant_begeleider', naam: 'Ambulant begeleider' },
  { id: 'logopedist', naam: 'Logopedist' },
  { id: 'psycholoog', naam: 'Psycholoog' },
  { id: 'sph', naam: 'Sociaal pedagogisch hulpverlener' },
  { id: 'fysiotherapeut', naam: 'Fysio-/oefentherapeut' },
  { id: 'maatschappelijk_werker', naam: 'Maatschappelijk werker' },
  { id: 'ergotherapeut', naam: 'Ergotherapeut' },
  { id: 'uitstroomcoordinator', naam: 'Uitstroom/arbeidstoeleidingcoördinator' },
  { id: 'verpleegkundige', naam: 'Verpleegkundige' },
  { id: 'pedagoog', naam: 'Pedagoog' },
  { id: 'dagbesteding', naam: 'Dagbesteding' },
  { id: 'psychomotorisch_therapeut', naam: 'Psychomotorische therapeut' },
  { id: 'overig_hbo', naam: 'Overig - hbo' },
  { id: 'psychodiagnostisch_medewerker', naam: 'Psychologisch/diagnostisch medewerker' },
  { id: 'spel_creatief_therapeut', naam: 'Spel-/creatief therapeut' },
  { id: 'jeugdarts', naam: '(Jeugd)arts' },
  { id: 'overig_personeel', naam: 'Overig personeel' },
  { id: 'jongerencoach', naam: 'Jongerencoach' },
  { id: 'overig_mbo', naam: 'Overig - mbo' },
  { id: 'concierge', naam: 'Conciërge' },
  { id: 'administratief_medewerker', naam: 'Administratief medewerker' },
  { id: 'remedial_teacher', naam: 'Remedial teacher' },
  { id: 'vrijwilliger', naam: 'Vrijwilliger/stagiaire' },
  { id: 'psychiater', naam: 'Psychiater' },
  { id: 'dietist', naam: 'Diëtist' },
];

/**
 * Onderwijspersoneel: the professionals a school pays from its onderwijs budget, whatever the
 * variant. The pot buys care, not teachers: lists of the formatie the pot buys leave them out.
 */
export const ONDERWIJSPERSONEEL: ReadonlySet<string> = new Set(['leerkracht']);

/** The 11 task categories of tabel 2.4 with their group of tabel 2.3. */
export const TAKEN: readonly Taak[] = [
  { id: 'behandeling', naam: 'Behandeling psychische problematiek', groep: 'A' },
  { id: 'persoonlijke_verzorging', naam: 'Persoonlijke verzorging', groep: 'A' },
  { id: 'paramedisch', naam: 'Paramedische zorg/ondersteuning', groep: 'A' },
  { id: 'geneeskundig', naam: 'Geneeskundige verzorging', groep: 'A' },
  { id: 'verpleging', naam: 'Verpleging', groep: 'A' },
  { id: 'gedrag', naam: 'Begeleiding gedragsproblemen', groep: 'B' },
  { id: 'indirect', naam: 'Indirecte ondersteuning en zorg', groep: 'B' },
  { id: 'overleg', naam: 'Overleg t.b.v. zorg en ondersteuning', groep: 'B' },
  { id: 'vaardigheden', naam: 'Begeleiding ontwikkeling (sociale) vaardigheden', groep: 'C' },
  { id: 'leerstoornissen', naam: 'Begeleiding leerstoornissen', groep: 'C' },
  { id: 'overig', naam: 'Overige / onbekende zorg- en ondersteuningswerkzaamheden', groep: 'C' },
];

export const SCOPE_PRESETS = ['breed', 'medium', 'smal'] as const;
export type ScopePreset = (typeof SCOPE_PRESETS)[number];

/** Which task groups each preset scenario contains (tabel 2.3). */
export const PRESET_GROEPEN: Record<ScopePreset, readonly Groep[]> = {
  smal: ['A'],
  medium: ['A', 'B'],
  breed: ['A', 'B', 'C'],
};

export const SCOPE_LABEL: Record<ScopePreset | 'maatwerk', string> = {
  breed: 'Breed',
  medium: 'Medium',
  smal: 'Smal',
  maatwerk: 'Maatwerk',
};

/** Task ids per preset, in table order. */
export const SCOPE_TAKEN: Record<ScopePreset, readonly string[]> = {
  smal: TAKEN.filter((t) => PRESET_GROEPEN.smal.includes(t.groep)).map((t) => t.id),
  medium: TAKEN.filter((t) => PRESET_GROEPEN.medium.includes(t.groep)).map((t) => t.id),
  breed: TAKEN.map((t) => t.id),
};

/** The set of professional ids, for `leesRegioJson(tekst, { professionals })`. */
export const PROFESSIONAL_IDS: ReadonlySet<string> = new Set(PROFESSIONALS.map((p) => p.id));
