export default {
  title: 'Accessibility statement for Balans',
  intro:
    'The organisation that uses Balans is responsible for this website. We want as many people as possible to be able to use it. This statement describes how Balans complies with the Swedish Act (2018:1937) on accessibility to digital public services, known accessibility issues, and how to report problems so that we can fix them.',
  statusHeading: 'How accessible is the website?',
  status:
    'Balans is built to meet WCAG 2.1 level AA. Every page can be used with the keyboard alone, has visible focus, descriptive headings and labels, and colours with sufficient contrast. Every page is tested automatically with axe (WCAG 2.1 A and AA), and the main flow is tested with the keyboard alone before a new version is released.',
  knownHeading: 'Known issues',
  known1:
    'Charts are shown as images. The same figures are always in a table below the chart and as links to the measures behind them.',
  known2: 'Exported Excel files follow the common template and are not further adapted for screen readers.',
  reportHeading: 'What to do if you cannot use parts of the website',
  report:
    'Contact whoever manages Balans in your organisation (often the finance department). Describe the page and what does not work; we will answer as soon as we can and within two weeks.',
  supervisionHeading: 'Enforcement',
  supervision:
    'The Agency for Digital Government (Digg) supervises the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can contact Digg.',
  methodHeading: 'How we tested the website',
  method:
    'We tested Balans ourselves with automated tools (axe-core in Chromium) and manually with the keyboard. This statement was last updated on 23 November 2026.',
  back: 'Back to Balans',
};
