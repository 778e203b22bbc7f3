import type { ReactNode } from 'react';
import { DemoDataBanner, type DataSourceKind } from './DataSource';
import { LanguageSwitch } from './LanguageSwitch';
import { SkipLink } from './SkipLink';

export interface AppShellProps {
  /** The platform's name as the app shows it, e.g. "Patuh" or "Patuh — Admin". */
  name: string;
  tagline: string;
  /** Where the name leads: the app's home. */
  homeHref: string;
  /** Unknown until the platform query answers; the demo banner waits for it. */
  dataSource: DataSourceKind | null | undefined;
  /** The app's main navigation, when it has one. */
  navigation?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of every page in both apps: skip link, header (name, language, demo banner),
 * the main content and the footer, each in its landmark.
 */
export function AppShell({ name, tagline, homeHref, dataSource, navigation, footer, children }: AppShellProps) {
  return (
    <div className="app-shell">
      <SkipLink targetId="main" />
      <header className="app-header">
        <div className="app-header__bar container">
          <a className="app-brand" href={homeHref}>
            <span className="app-brand__name">{name}</span>
            <span className="app-brand__tagline">{tagline}</span>
          </a>
          <LanguageSwitch />
        </div>
        <DemoDataBanner dataSource={dataSource} />
        {navigation}
      </header>
      {/* Focusable so the skip link moves keyboard focus here, not just the scroll position. */}
      <main id="main" className="app-main container" tabIndex={-1}>
        {children}
      </main>
      {footer ? <footer className="app-footer">{footer}</footer> : null}
    </div>
  );
}
