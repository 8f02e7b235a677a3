import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, lazy, useLocation } from 'preact-iso';
import { type Session, ROLES, has, logout, onSession, start } from './auth';
import { type Lang, lang, onLang, setLang, t } from './i18n';
import { Overview } from './pages/Overview';
import './styles.css';

// the overview is in the first bundle; every other page is loaded when first opened
const Search = lazy(() => import('./pages/Search'));
const DatasetPage = lazy(() => import('./pages/Dataset'));
const Coverage = lazy(() => import('./pages/Coverage'));
const Reporting = lazy(() => import('./pages/Reporting'));
const Assessments = lazy(() => import('./pages/Assessments'));
const AssessmentPage = lazy(() => import('./pages/Assessment'));
const Compare = lazy(() => import('./pages/Compare'));
const MyDatasets = lazy(() => import('./pages/MyDatasets'));
const DatasetForm = lazy(() => import('./pages/DatasetForm'));
const Queue = lazy(() => import('./pages/Queue'));
const MyIndicators = lazy(() => import('./pages/MyIndicators'));
const AnswerPage = lazy(() => import('./pages/Answer'));

function Nav({ session }: { session: Session }) {
  const { path } = useLocation();
  const links: [string, string, boolean][] = [
    ['/', t('overview'), true],
    ['/search', t('search'), true],
    ['/coverage', t('coverage'), true],
    ['/reporting', t('reporting'), true],
    ['/assessments', t('assessments'), true],
    ['/my/datasets', t('myDatasets'), has(session, ROLES.steward)],
    ['/queue', t('queue'), has(session, ROLES.walidata, ROLES.admin)],
    ['/my/indicators', t('myIndicators'), has(session, ROLES.assessor)],
  ];
  return (
    <nav aria-label="SDMI">
      <ul>
        {links
          .filter(([, , shown]) => shown)
          .map(([href, text]) => (
            <li key={href}>
              <a href={href} aria-current={(href === '/' ? path === '/' : path.startsWith(href)) ? 'page' : undefined}>
                {text}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}

function NotFound() {
  return <p>{t('notFound')}</p>;
}

function App({ session }: { session: Session }) {
  const [, setLangState] = useState<Lang>(lang.value);
  const [, setSession] = useState(session);
  useEffect(() => onLang(setLangState), []);
  useEffect(() => onSession((s) => s && setSession(s)), []);
  return (
    <LocationProvider>
      <a class="skip" href="#main">
        {t('skip')}
      </a>
      <header class="top">
        <a class="brand" href="/">
          {t('appName')}
        </a>
        <Nav session={session} />
        <div class="who">
          <span data-testid="user">
            {session.name}
            {session.org ? ` · ${session.org}` : ''}
          </span>
          <label class="lang">
            <span class="sr-only">{t('language')}</span>
            <select
              value={lang.value}
              onChange={(e) => setLang((e.currentTarget as HTMLSelectElement).value as Lang)}
              data-testid="lang"
            >
              <option value="id">Bahasa Indonesia</option>
              <option value="en">English</option>
            </select>
          </label>
          <button type="button" class="link" onClick={() => void logout()}>
            {t('logout')}
          </button>
        </div>
      </header>
      {/* the pages drawn again in the other language (the router keeps its pages otherwise) */}
      <main id="main" key={lang.value}>
        <ErrorBoundary>
          <Router>
            <Route path="/" component={() => <Overview />} />
            <Route path="/search" component={Search} />
            <Route path="/datasets/:id" component={DatasetPage} />
            <Route path="/coverage" component={Coverage} />
            <Route path="/reporting" component={Reporting} />
            <Route path="/assessments" component={Assessments} />
            <Route path="/assessments/compare" component={Compare} />
            <Route path="/assessments/:id" component={AssessmentPage} />
            <Route path="/assessments/:id/answers/:indicator" component={AnswerPage} />
            <Route path="/my/datasets" component={MyDatasets} />
            <Route path="/my/datasets/new" component={DatasetForm} />
            <Route path="/my/datasets/:id" component={DatasetForm} />
            <Route path="/queue" component={Queue} />
            <Route path="/my/indicators" component={MyIndicators} />
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
      </main>
    </LocationProvider>
  );
}

start().then(
  (session) => render(<App session={session} />, document.getElementById('app')!),
  (error) => {
    document.getElementById('app')!.textContent = `Login failed: ${String(error)}`;
  },
);
