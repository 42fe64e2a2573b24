export default {
  title: 'Tillgänglighetsredogörelse för Balans',
  intro:
    'Den organisation som använder Balans står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur Balans uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du kan rapportera brister till oss så att vi kan åtgärda dem.',
  statusHeading: 'Hur tillgänglig är webbplatsen?',
  status:
    'Balans är byggt för att uppfylla WCAG 2.1 på nivå AA. Alla sidor går att använda med enbart tangentbord, har synligt fokus, beskrivande rubriker och etiketter, och färger med tillräcklig kontrast. Varje sida testas automatiskt med axe (WCAG 2.1 A och AA) och huvudflödet testas med enbart tangentbord innan en ny version släpps.',
  knownHeading: 'Kända brister',
  known1:
    'Diagram visas som bilder. Samma siffror finns alltid i en tabell under diagrammet och som länkar till de åtgärder som ligger bakom dem.',
  known2:
    'Exporterade Excel-filer följer den gemensamma mallen och har inte anpassats för skärmläsare utöver den.',
  reportHeading: 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
  report:
    'Kontakta den som förvaltar Balans i din organisation (ofta ekonomiavdelningen). Beskriv vilken sida det gäller och vad som inte fungerar, så svarar vi så snart vi kan och senast inom två veckor.',
  supervisionHeading: 'Tillsyn',
  supervision:
    'Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.',
  methodHeading: 'Hur vi testat webbplatsen',
  method:
    'Vi har testat Balans själva med automatiska verktyg (axe-core i Chromium) och manuellt med tangentbord. Redogörelsen uppdaterades senast den 23 november 2026.',
  back: 'Tillbaka till Balans',
};
