import { defineMessages, useLocale, useT } from '@patuh/ui';
import { NavLink } from 'react-router';
import { AccountBar } from '../features/session/AccountBar';
import { useViewer } from '../features/session/useViewer';
import { navigation } from './index';
import { paths } from './paths';

const messages = defineMessages({ menu: 'Menu utama' }, { menu: 'Main menu' });

/** Under the header: the menu for the signed-in person's role, and who they are. Nothing for the public. */
export function StaffBar() {
  const t = useT(messages);
  const { locale } = useLocale();
  const { viewer } = useViewer();
  if (!viewer) return null;
  const role = viewer.role;
  const entries = role === 'INSTITUTION_OFFICER' ? [] : navigation.filter((page) => !page.roles || page.roles.includes(role));
  return (
    <div className="staff-bar">
      <div className="staff-bar__inner container">
        {entries.length > 0 ? (
          <nav className="staff-nav" aria-label={t('menu')}>
            <ul className="staff-nav__list">
              {entries.map((page) => (
                <li key={page.path}>
                  <NavLink className="staff-nav__link" to={page.path} end={page.path === paths.home}>
                    {page.nav?.[locale]}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <AccountBar viewer={viewer} />
      </div>
    </div>
  );
}
