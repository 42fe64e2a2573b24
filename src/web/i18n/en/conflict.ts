export default {
  title: 'Someone else has changed this measure',
  changedBy: '{{name}} saved a newer version {{at}}. Nothing you changed has been saved yet.',
  changedByUnknown: 'Someone else saved a newer version. Nothing you changed has been saved yet.',
  explain:
    'For each field you both changed, choose which value applies. Your other changes are saved on top of the new version.',
  field: 'Field',
  before: 'Before',
  mine: 'Your value',
  theirs: 'Their value',
  choice: 'Which value applies to {{field}}?',
  keepMine: 'Mine',
  keepTheirs: 'Theirs',
  onlyTheirs: 'changed by the other person',
  onlyMine: 'only you changed',
  saveChosen: 'Save chosen values',
  discardMine: 'Discard my changes',
};
