/** Shared React pieces of the Patuh portal and admin app. Styles: `@patuh/ui/styles.css`. */
export {
  createTranslator,
  defaultLocale,
  defineMessages,
  formatNumber,
  isLocale,
  locales,
  type Dictionary,
  type Locale,
  type Messages,
  type Placeholders,
  type Translator,
} from './i18n/messages';
export { LocaleProvider, localeStorageKey, useDocumentTitle, useLocale, useT, type LocaleProviderProps } from './i18n/locale';
export { AppShell, type AppShellProps } from './components/AppShell';
export { CycleStageTag, SyntheticMarker, cycleStageMessages, type CycleStageName } from './components/CycleStageTag';
export { DataSourceName, DemoDataBanner, type DataSourceKind } from './components/DataSource';
export { ConfirmDialog, Dialog, type ConfirmDialogProps, type DialogProps } from './components/Dialog';
export { GradeBadge, type GradeBadgeProps, type GradeZone } from './components/GradeBadge';
export { LanguageSwitch } from './components/LanguageSwitch';
export { SkipLink } from './components/SkipLink';
export { EmptyState, ErrorState, LoadingState, type ErrorStateProps } from './components/States';
