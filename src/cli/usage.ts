export const USAGE = `Balans — handlingsplaner för ekonomi i balans

Användning: balans <kommando> [flaggor]

Kommandon:
  serve [--port 3000] [--host 127.0.0.1] [--demo]   starta webbservern (--demo läser in demodata om den saknas)
  migrate                                           uppdatera databasens schema
  demo                                              läs in exempelplanen och demoanvändare i organisationen demo
  import FIL.xlsx [--tenant SLUG] [--plan NAMN] [--dry-run]
                                                    importera en plan från Excel-mallen
  export --plan NAMN --out FIL.xlsx [--tenant SLUG]
                                                    exportera en plan till Excel-mallen (kan importeras igen)
  reports import FIL.csv [--tenant SLUG]
                                                    importera månadsrapporter (Kod;Period;Utfall (tkr);Prognos (tkr);
                                                    Status;Kommentar), allt eller inget
  decisions import FIL.csv [--tenant SLUG] [--plan NAMN]
                                                    importera beslutsregistret (Organ;Sammanträde;Paragraf;Typ;Text;
                                                    Åtgärder;Förfallodag;Protokoll, valfritt Status), allt eller inget;
                                                    Typ = beslut|uppdrag|information, Åtgärder = koder med komma; ett
                                                    beslut med åtgärder gör dem beslutade (Status utgår: utgår)
  decisions list [--tenant SLUG] [--json]           lista registrerade beslut, senaste sammanträdet först
  report --period ÅÅÅÅ-MM [--unit SÖKVÄG] [--plan NAMN] [--tenant SLUG] [--as-of TIDPUNKT]
         --format json|pdf|xlsx --out FIL
                                                    rapport till nämnd/styrelse för en enhet (hela sökvägen från
                                                    toppen, som i summary --by unit; utan --unit hela
                                                    organisationen) per perioden: nyckeltal, åtgärder, beslut och
                                                    listor; belopp i hela kronor. Utan --plan organisationens enda
                                                    eller senast beslutade plan; --as-of ÅÅÅÅ-MM-DD eller tidpunkt
                                                    visar uppgifterna som de var då. Utan --out skrivs JSON ut
  summary --plan NAMN --year ÅR --by GRUPPERING [--period ÅÅÅÅ-MM] [--tenant SLUG]
                                                    planerad effekt (nivå) år ÅR, per unit|year|costType|category|
                                                    group|savingsType|feasibility|programme; med --period även
                                                    prognos, utfall, avvikelse mot målet (prognos − mål) och inaktuellt
  scenario --from FIL.json                          beräkna ett scenario (prognosverktyget) ur en JSON-fil utan att
                                                    spara det: resultat, 2 %-mål, gap, behövd plan och balanskrav
                                                    per år (se docs/scenario-model.md)
  scenario --name NAMN [--tenant SLUG]              beräkna ett sparat scenario med planens nivå från den
                                                    kopplade planen
  commitments list [--plan NAMN] [--tenant SLUG] [--year ÅR]
                                                    enheternas åtgärdsbeting med chefens svar (accepterat av vem
                                                    och när, avböjt med skäl, eller inväntar accept)
  commitments set --unit SÖKVÄG --year ÅR --amount KR [--manager ANVÄNDARNAMN] [--plan NAMN] [--tenant SLUG]
                                                    sätt en enhets beting (hela sökvägen som i summary --by unit);
                                                    ett ändrat belopp eller ny chef måste accepteras på nytt
  commitments from-targets --year ÅR [--plan NAMN] [--tenant SLUG]
                                                    sätt betingen för alla enheter med sparbeting år ÅR till
                                                    sparbetinget
                                                    Utan --plan: organisationens enda plan, annars senast beslutade

Gemensamma flaggor:
  --json        maskinläsbar utdata
  --data KATALOG  datakatalog för den inbyggda databasen (standard ./data eller BALANS_DATA)
                Med DATABASE_URL används PostgreSQL i stället.
`;
