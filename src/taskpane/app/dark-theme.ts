// Fluent's dark theme, loaded only when Outlook is dark: most panes open light, and the dark
// theme's token table is bytes the first screen does not need.
export { webDarkTheme } from '@fluentui/react-components';
