/**
 * Numbered migrations of the project file. Each runs once, in order, inside one transaction;
 * `PRAGMA user_version` records the last one applied. Never edit a released migration: add one.
 */
export interface Migratie {
  versie: number;
  naam: string;
  sql: string;
}

export const MIGRATIES: readonly Migratie[] = [
  {
    versie: 1,
    naam: 'regio-model',
    sql: `
      CREATE TABLE project_meta (
        sleutel TEXT PRIMARY KEY,
        waarde TEXT NOT NULL
      ) STRICT;

      CREATE TABLE regio (
        id INTEGER PRIMARY KEY,
        naam TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
        zorgkantoor TEXT NOT NULL,
        aangemaakt TEXT NOT NULL,
        gewijzigd TEXT NOT NULL
      ) STRICT;

      CREATE TABLE gemeente (
        regio_id INTEGER NOT NULL REFERENCES regio(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        naam TEXT NOT NULL,
        inwoners_0_17 INTEGER NOT NULL CHECK (inwoners_0_17 >= 0),
        in_regio INTEGER NOT NULL CHECK (in_regio IN (0, 1)),
        centrumgemeente INTEGER NOT NULL DEFAULT 0 CHECK (centrumgemeente IN (0, 1)),
        volgorde INTEGER NOT NULL,
        PRIMARY KEY (regio_id, code)
      ) STRICT;

      CREATE TABLE swv (
        regio_id INTEGER NOT NULL REFERENCES regio(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        naam TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('po', 'vo')),
        volgorde INTEGER NOT NULL,
        PRIMARY KEY (regio_id, code)
      ) STRICT;

      CREATE TABLE school (
        regio_id INTEGER NOT NULL REFERENCES regio(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        naam TEXT NOT NULL,
        vestigingsgemeente TEXT NOT NULL,
        swv TEXT NOT NULL,
        sector TEXT NOT NULL CHECK (sector IN ('so', 'vso', 'so-vso')),
        volgorde INTEGER NOT NULL,
        PRIMARY KEY (regio_id, code),
        FOREIGN KEY (regio_id, vestigingsgemeente) REFERENCES gemeente(regio_id, code) ON UPDATE CASCADE,
        FOREIGN KEY (regio_id, swv) REFERENCES swv(regio_id, code) ON UPDATE CASCADE
      ) STRICT;

      CREATE TABLE leerlingen (
        regio_id INTEGER NOT NULL,
        school TEXT NOT NULL,
        woongemeente TEXT NOT NULL,
        doelgroep TEXT NOT NULL CHECK (doelgroep IN ('gedrag', 'lvb_ml', 'lb', 'emb', 'lz')),
        aantal INTEGER NOT NULL CHECK (aantal >= 0),
        PRIMARY KEY (regio_id, school, woongemeente, doelgroep),
        FOREIGN KEY (regio_id, school) REFERENCES school(regio_id, code) ON DELETE CASCADE ON UPDATE CASCADE,
        FOREIGN KEY (regio_id, woongemeente) REFERENCES gemeente(regio_id, code) ON UPDATE CASCADE
      ) STRICT;

      CREATE TABLE zorgverzekeraar (
        regio_id INTEGER NOT NULL REFERENCES regio(id) ON DELETE CASCADE,
        naam TEXT NOT NULL,
        marktaandeel REAL NOT NULL CHECK (marktaandeel BETWEEN 0 AND 1),
        volgorde INTEGER NOT NULL,
        PRIMARY KEY (regio_id, naam)
      ) STRICT;

      CREATE TABLE inventarisatie (
        regio_id INTEGER NOT NULL,
        school TEXT NOT NULL,
        professional TEXT NOT NULL,
        fte REAL NOT NULL CHECK (fte >= 0),
        kaders TEXT CHECK (kaders IS NULL OR json_valid(kaders)),
        volgorde INTEGER NOT NULL,
        PRIMARY KEY (regio_id, school, professional),
        FOREIGN KEY (regio_id, school) REFERENCES school(regio_id, code) ON DELETE CASCADE ON UPDATE CASCADE
      ) STRICT;
    `,
  },
  {
    versie: 2,
    naam: 'varianten',
    sql: `
      CREATE TABLE variant (
        id INTEGER PRIMARY KEY,
        regio_id INTEGER NOT NULL REFERENCES regio(id) ON DELETE CASCADE,
        naam TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
        instellingen TEXT NOT NULL CHECK (json_valid(instellingen)),
        gewijzigd TEXT NOT NULL,
        UNIQUE (regio_id, naam)
      ) STRICT;
    `,
  },
  {
    versie: 3,
    naam: 'ontwerpsessies',
    sql: `
      CREATE TABLE ontwerpsessie (
        id INTEGER PRIMARY KEY,
        regio_id INTEGER NOT NULL REFERENCES regio(id) ON DELETE CASCADE,
        naam TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
        inhoud TEXT NOT NULL CHECK (json_valid(inhoud)),
        gewijzigd TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    versie: 4,
    naam: 'regionale-normen',
    sql: `
      CREATE TABLE norm_aanpassing (
        regio_id INTEGER NOT NULL REFERENCES regio(id) ON DELETE CASCADE,
        parameter TEXT NOT NULL CHECK (parameter IN ('tarief', 'ftePer100')),
        professional TEXT NOT NULL,
        doelgroep TEXT NOT NULL DEFAULT '',
        waarde REAL NOT NULL CHECK (waarde >= 0),
        toelichting TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (regio_id, parameter, professional, doelgroep)
      ) STRICT;
    `,
  },
  {
    versie: 5,
    naam: 'regio-bestand-versie-2',
    // A gemeente's po- and vo-samenwerkingsverband, an so-vso school's aandeel so, and the sector
    // of a leerlingen cel, which joins the key (an so-vso school may hold so and vso cells for one
    // woongemeente and doelgroep; '' is a cel without sector). SQLite cannot add a composite
    // foreign key to an existing table, so a renamed samenwerkingsverband is followed by a trigger;
    // a removed one is refused by the regio validation.
    sql: `
      ALTER TABLE gemeente ADD COLUMN swv_po TEXT;
      ALTER TABLE gemeente ADD COLUMN swv_vo TEXT;
      ALTER TABLE school ADD COLUMN aandeel_so REAL CHECK (aandeel_so IS NULL OR aandeel_so BETWEEN 0 AND 1);

      CREATE TRIGGER swv_code_gewijzigd AFTER UPDATE OF code ON swv BEGIN
        UPDATE gemeente SET swv_po = NEW.code WHERE regio_id = NEW.regio_id AND swv_po = OLD.code;
        UPDATE gemeente SET swv_vo = NEW.code WHERE regio_id = NEW.regio_id AND swv_vo = OLD.code;
      END;

      CREATE TABLE leerlingen_v5 (
        regio_id INTEGER NOT NULL,
        school TEXT NOT NULL,
        woongemeente TEXT NOT NULL,
        doelgroep TEXT NOT NULL CHECK (doelgroep IN ('gedrag', 'lvb_ml', 'lb', 'emb', 'lz')),
        aantal INTEGER NOT NULL CHECK (aantal >= 0),
        sector TEXT NOT NULL DEFAULT '' CHECK (sector IN ('', 'so', 'vso')),
        PRIMARY KEY (regio_id, school, woongemeente, doelgroep, sector),
        FOREIGN KEY (regio_id, school) REFERENCES school(regio_id, code) ON DELETE CASCADE ON UPDATE CASCADE,
        FOREIGN KEY (regio_id, woongemeente) REFERENCES gemeente(regio_id, code) ON UPDATE CASCADE
      ) STRICT;
      INSERT INTO leerlingen_v5 (regio_id, school, woongemeente, doelgroep, aantal) SELECT regio_id, school, woongemeente, doelgroep, aantal FROM leerlingen;
      DROP TABLE leerlingen;
      ALTER TABLE leerlingen_v5 RENAME TO leerlingen;
    `,
  },
  {
    versie: 6,
    naam: 'regionaal-pgb-aandeel',
    // A regio's own pgb-aandeel per kader (rekenmodel-v2 §7): parameter 'pgbAandeel', the kader in
    // the professional column, doelgroep ''. SQLite cannot change a CHECK, so the table is rebuilt.
    sql: `
      CREATE TABLE norm_aanpassing_v6 (
        regio_id INTEGER NOT NULL REFERENCES regio(id) ON DELETE CASCADE,
        parameter TEXT NOT NULL CHECK (parameter IN ('tarief', 'ftePer100', 'pgbAandeel')),
        professional TEXT NOT NULL,
        doelgroep TEXT NOT NULL DEFAULT '',
        waarde REAL NOT NULL CHECK (waarde >= 0 AND (parameter <> 'pgbAandeel' OR waarde <= 1)),
        toelichting TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (regio_id, parameter, professional, doelgroep)
      ) STRICT;
      INSERT INTO norm_aanpassing_v6 SELECT regio_id, parameter, professional, doelgroep, waarde, toelichting FROM norm_aanpassing;
      DROP TABLE norm_aanpassing;
      ALTER TABLE norm_aanpassing_v6 RENAME TO norm_aanpassing;
    `,
  },
  {
    versie: 7,
    naam: 'realisatie-en-prijspeil',
    // Regio-bestand versie 3 (rekenmodel-v2 §9): what financiers really spent, and the regio's
    // prijspeil (JSON {jaar, index}; NULL: prijspeil 2022). Rows of one (financier, kader, school,
    // jaar) may repeat (they are summed), so a row is addressed by its position (volgorde). A school
    // row follows a renamed school; a renamed gemeente or zorgverzekeraar is followed by a trigger.
    sql: `
      ALTER TABLE regio ADD COLUMN prijspeil TEXT CHECK (prijspeil IS NULL OR json_valid(prijspeil));

      CREATE TABLE realisatie (
        regio_id INTEGER NOT NULL REFERENCES regio(id) ON DELETE CASCADE,
        financier TEXT NOT NULL CHECK (length(financier) BETWEEN 1 AND 64),
        kader TEXT NOT NULL CHECK (kader IN ('jeugdwet', 'zvw', 'wlz', 'wpg', 'wmo')),
        jaar INTEGER NOT NULL CHECK (jaar BETWEEN 2000 AND 2100),
        bedrag REAL NOT NULL,
        school TEXT,
        toelichting TEXT,
        volgorde INTEGER NOT NULL,
        FOREIGN KEY (regio_id, school) REFERENCES school(regio_id, code) ON UPDATE CASCADE
      ) STRICT;
      CREATE INDEX realisatie_regio ON realisatie (regio_id, volgorde);

      CREATE TRIGGER realisatie_gemeente_gewijzigd AFTER UPDATE OF code ON gemeente BEGIN
        UPDATE realisatie SET financier = 'gemeente:' || NEW.code WHERE regio_id = NEW.regio_id AND financier = 'gemeente:' || OLD.code;
      END;
      CREATE TRIGGER realisatie_verzekeraar_gewijzigd AFTER UPDATE OF naam ON zorgverzekeraar BEGIN
        UPDATE realisatie SET financier = 'zorgverzekeraar:' || NEW.naam WHERE regio_id = NEW.regio_id AND financier = 'zorgverzekeraar:' || OLD.naam;
      END;
    `,
  },
  {
    versie: 8,
    naam: 'tlv-categorieen',
    // Regio-bestand versie 3: the optional TLV laag/midden/hoog counts per school × woongemeente.
    sql: `
      CREATE TABLE tlv (
        regio_id INTEGER NOT NULL,
        school TEXT NOT NULL,
        woongemeente TEXT NOT NULL,
        laag INTEGER NOT NULL DEFAULT 0 CHECK (laag >= 0),
        midden INTEGER NOT NULL DEFAULT 0 CHECK (midden >= 0),
        hoog INTEGER NOT NULL DEFAULT 0 CHECK (hoog >= 0),
        volgorde INTEGER NOT NULL,
        PRIMARY KEY (regio_id, school, woongemeente),
        FOREIGN KEY (regio_id, school) REFERENCES school(regio_id, code) ON DELETE CASCADE ON UPDATE CASCADE,
        FOREIGN KEY (regio_id, woongemeente) REFERENCES gemeente(regio_id, code) ON UPDATE CASCADE
      ) STRICT;
    `,
  },
];

export const SCHEMA_VERSIE = MIGRATIES[MIGRATIES.length - 1].versie;
