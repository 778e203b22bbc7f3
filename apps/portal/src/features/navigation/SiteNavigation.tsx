import { defineMessages, useT } from '@patuh/ui';
import { NavLink } from 'react-router';
import { paths } from '../../paths';
import { AccountMenu } from '../session/AccountMenu';

const messages = defineMessages(
  {
    label: 'Navigasi utama',
    home: 'Beranda',
    rankings: 'Peringkat',
    provinces: 'Provinsi',
    methodology: 'Metodologi',
    openData: 'Data terbuka',
  },
  {
    label: 'Main navigation',
    home: 'Home',
    rankings: 'Rankings',
    provinces: 'Provinces',
    methodology: 'Methodology',
    openData: 'Open data',
  },
);

/** The public sections, then the account: sign in, or the officer's body and its pages. */
export function SiteNavigation() {
  const t = useT(messages);
  return (
    <div className="site-nav">
      <div className="site-nav__bar container">
        <nav aria-label={t('label')}>
          <ul className="site-nav__list">
            <li>
              <NavLink to={paths.home} end className="site-nav__link">
                {t('home')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.rankings()} className="site-nav__link">
                {t('rankings')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.provinces()} className="site-nav__link">
                {t('provinces')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.methodology()} className="site-nav__link">
                {t('methodology')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.openData} className="site-nav__link">
                {t('openData')}
              </NavLink>
            </li>
          </ul>
        </nav>
        <AccountMenu />
      </div>
    </div>
  );
}
