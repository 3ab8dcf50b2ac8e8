import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import '../pages/portal/portal.css';
import { StateBox } from '../pages/portal/components/StateBox';

/** Last-resort screen for a route that failed to load (e.g. a chunk missing after an upgrade). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="pt">
      <main className="pt-main">
        <div className="pt-container">
          <StateBox
            tone={notFound ? 'neutral' : 'error'}
            title={notFound ? t('portal.notFound.title') : t('errors.unexpected')}
            action={
              <p>
                <button type="button" className="pt-button" onClick={() => window.location.reload()}>
                  {t('common.reload')}
                </button>{' '}
                <Link to="/" className="pt-button">
                  {t('portal.notFound.home')}
                </Link>
              </p>
            }
          />
        </div>
      </main>
    </div>
  );
}
