export default {
  title: 'Någon annan har hunnit ändra åtgärden',
  changedBy: '{{name}} sparade en nyare version {{at}}. Inget av det du ändrade har sparats ännu.',
  changedByUnknown: 'Någon annan sparade en nyare version. Inget av det du ändrade har sparats ännu.',
  explain:
    'Välj för varje fält som ni båda ändrat vilket värde som ska gälla. Dina övriga ändringar sparas ovanpå den nya versionen.',
  field: 'Fält',
  before: 'Innan',
  mine: 'Ditt värde',
  theirs: 'Deras värde',
  choice: 'Vilket värde ska gälla för {{field}}?',
  keepMine: 'Mitt',
  keepTheirs: 'Deras',
  onlyTheirs: 'ändrat av den andra',
  onlyMine: 'bara du ändrade',
  saveChosen: 'Spara valda värden',
  discardMine: 'Släng mina ändringar',
};
