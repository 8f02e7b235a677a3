// "Portal Data BP2MI (demo)": a small stand-in for a producer's CKAN portal, so the catalog's harvester has
// something local to read. It answers the few calls of CKAN's Action API a harvester makes and the same packages
// as a DCAT-AP catalog in Turtle, paged with Hydra. Node 20, no dependencies:
//
//   node deploy/demo/harvest/portal.mjs        (SDMI_DEMO_PORTAL_PORT, default 8091; SDMI_DEMO_PORTAL_DIR)
import { createServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PORT = Number(process.env.SDMI_DEMO_PORTAL_PORT ?? 8091);
const DIR = process.env.SDMI_DEMO_PORTAL_DIR ?? fileURLToPath(new URL('packages/', import.meta.url));
const SITE_TITLE = 'Portal Data BP2MI (demo)';
const ROWS_MAX = 1000;
const TURTLE_PAGE_SIZE = 3;
const EU = 'http://publications.europa.eu/resource/authority/';
let base = `http://127.0.0.1:${PORT}`;

const packages = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    try {
      return JSON.parse(readFileSync(join(DIR, f), 'utf8'));
    } catch (e) {
      console.error(`${join(DIR, f)}: ${e.message}`);
      process.exit(1);
    }
  });
const searchable = packages.filter((p) => p.state === 'active' && !p.private);

// ---- CKAN's Action API ----------------------------------------------------------------------------------------

/** Thrown by an action; becomes CKAN's error envelope. */
class ActionError extends Error {
  constructor(status, error) {
    super(error.message ?? error.__type);
    this.status = status;
    this.error = error;
  }
}
const notFound = () => new ActionError(404, { __type: 'Not Found Error', message: 'Not found' });
const invalid = (field, message) => new ActionError(409, { __type: 'Validation Error', [field]: [message] });
const badQuery = (message) => new ActionError(409, { __type: 'Search Query Error', message: `Search error: ${message}` });

const actions = {
  package_search: packageSearch,
  package_show: (params) => findPackage(required(params, 'id')),
  package_list: (params) => {
    const names = searchable.map((p) => p.name).sort();
    const offset = natural(params, 'offset', 0);
    return params.limit === undefined ? names.slice(offset) : names.slice(offset, offset + natural(params, 'limit', 0));
  },
  organization_show: (params) => {
    const wanted = required(params, 'id');
    const org = organizations().find((o) => o.id === wanted || o.name === wanted);
    if (!org) throw notFound();
    return org;
  },
  organization_list: (params) =>
    params.all_fields === 'true' || params.all_fields === true ? organizations() : organizations().map((o) => o.name),
  status_show: () => ({
    site_title: SITE_TITLE,
    site_description: 'Portal data contoh untuk uji panen metadata SDMI; bukan portal resmi BP2MI.',
    site_url: base,
    ckan_version: '2.10.4',
    error_emails_to: null,
    locale_default: 'id',
    extensions: [],
  }),
  help_show: (params) => {
    const name = required(params, 'name');
    if (!Object.hasOwn(HELP, name)) throw notFound();
    return HELP[name];
  },
};

// The envelopes' "help" links point here; CKAN answers with the action's docstring, this portal with a line.
const HELP = {
  package_search: 'Searches the packages: q, fq (metadata_modified range, organization), rows, start, sort.',
  package_show: 'One package by its id or name.',
  package_list: 'The names of the public packages: limit, offset.',
  organization_show: 'One organisation by its id or name.',
  organization_list: 'The names of the organisations, or their dictionaries with all_fields=true.',
  status_show: 'The site: title, address, CKAN version, default locale.',
  help_show: 'A line about an action: name.',
};

function packageSearch(params) {
  const rows = Math.min(natural(params, 'rows', 10), ROWS_MAX);
  const start = natural(params, 'start', 0);
  const sort = params.sort?.trim() || 'score desc, metadata_modified desc';
  const matches = searchable.filter(matchesQuery(params.q)).filter(matchesFilters(params.fq));
  matches.sort(comparator(sort));
  return { count: matches.length, sort, facets: {}, search_facets: {}, results: matches.slice(start, start + rows) };
}

/** A plain word (or several) is looked for in title and notes, as Solr's text field would; other queries match all. */
function matchesQuery(q) {
  const words = (q ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || !words.every((w) => /^[\p{L}\p{N}_-]+$/u.test(w))) return () => true;
  return (p) => words.every((w) => `${p.title ?? ''} ${p.notes ?? ''}`.toLowerCase().includes(w.toLowerCase()));
}

/** The filter terms a harvester sends: a metadata_modified range and an organization; other and negated terms are ignored. */
function matchesFilters(fq) {
  const tests = [];
  for (const [, sign, field, value] of (fq ?? '').matchAll(/(?<!\S)([+-]?)([\w.]+):(\[[^\]]*\]|\{[^}]*\}|"[^"]*"|\S+)/g)) {
    if (sign === '-') continue;
    if (field === 'metadata_modified') tests.push(modifiedWithin(value));
    if (field === 'organization') {
      const name = value.replace(/^"|"$/g, '');
      tests.push((p) => p.organization?.name === name);
    }
  }
  return (p) => tests.every((test) => test(p));
}

function modifiedWithin(range) {
  const m = /^([[{])\s*(\S+)\s+TO\s+(\S+)\s*([\]}])$/.exec(range);
  if (!m) throw badQuery(`cannot read the range ${range}`);
  const [, open, from, to, close] = m;
  const low = from === '*' ? -Infinity : micros(from);
  const high = to === '*' ? Infinity : micros(to);
  return (p) => {
    const t = micros(p.metadata_modified);
    return (open === '[' ? t >= low : t > low) && (close === ']' ? t <= high : t < high);
  };
}

/** Microseconds since the epoch of an ISO date-time; CKAN's own are naive UTC, so a missing zone means UTC. */
function micros(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?Z?$/.exec(text);
  if (!m) throw badQuery(`cannot read the date ${text}`);
  const [, y, mo, d, h = 0, mi = 0, s = 0, fraction = ''] = m;
  return Date.UTC(+y, +mo - 1, +d, +h, +mi, +s) * 1000 + Number(fraction.padEnd(6, '0').slice(0, 6));
}

const SORTABLE = {
  id: (p) => p.id,
  name: (p) => p.name,
  title: (p) => p.title ?? '',
  title_string: (p) => p.title ?? '',
  metadata_modified: (p) => micros(p.metadata_modified),
  metadata_created: (p) => micros(p.metadata_created),
};

function comparator(sort) {
  const keys = [];
  for (const clause of sort.split(',')) {
    const [field, direction = 'asc', extra] = clause.trim().split(/\s+/);
    if (extra !== undefined || !['asc', 'desc'].includes(direction)) throw badQuery(`cannot read the sort ${sort}`);
    if (field === 'score') continue; // every match scores alike here
    if (!SORTABLE[field]) throw badQuery(`cannot sort on ${field}`);
    keys.push({ value: SORTABLE[field], sign: direction === 'asc' ? 1 : -1 });
  }
  keys.push({ value: SORTABLE.id, sign: 1 }); // a fixed order among equals, so pages neither repeat nor skip
  return (a, b) => {
    for (const { value, sign } of keys) {
      const x = value(a);
      const y = value(b);
      if (x !== y) return x < y ? -sign : sign;
    }
    return 0;
  };
}

function findPackage(idOrName) {
  const found = packages.find((p) => p.id === idOrName || p.name === idOrName);
  if (!found || found.state !== 'active') throw notFound();
  return found;
}

function organizations() {
  const byId = new Map();
  for (const p of searchable) {
    if (!p.organization) continue;
    const org = byId.get(p.organization.id) ?? { ...p.organization, display_name: p.organization.title, package_count: 0 };
    org.package_count += 1;
    byId.set(org.id, org);
  }
  return [...byId.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

function required(params, name) {
  const value = params[name];
  if (value === undefined || value === '') throw invalid(name, 'Missing value');
  return String(value);
}

function natural(params, name, fallback) {
  const value = params[name];
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(String(value))) throw invalid(name, 'Invalid integer');
  return Number(value);
}

// ---- DCAT-AP in Turtle -------------------------------------------------------------------------------------------

const LICENCES = {
  'cc-by': 'http://creativecommons.org/licenses/by/4.0/',
  'cc-by-sa': 'http://creativecommons.org/licenses/by-sa/4.0/',
  'cc-zero': 'http://creativecommons.org/publicdomain/zero/1.0/',
  'odc-by': 'http://opendatacommons.org/licenses/by/1-0/',
};
const FILE_TYPES = new Set(['CSV', 'XLSX', 'XLS', 'JSON', 'XML', 'PDF', 'HTML', 'ZIP']);
const MEDIA_TYPES = {
  CSV: 'text/csv',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  PDF: 'application/pdf',
  HTML: 'text/html',
};

/** A string literal with Turtle's escapes, and a language tag when given. */
function literal(text, lang) {
  const escaped = String(text).replace(/[\\"\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]);
  return `"${escaped}"${lang ? '@' + lang : ''}`;
}

/** An IRI in angle brackets; characters Turtle forbids inside them are percent-encoded. */
function iri(text) {
  return `<${String(text).replace(/[\u0000-\u0020<>"{}|^`\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'))}>`;
}

const typed = (text, type) => `${literal(text)}^^xsd:${type}`;
const extra = (p, key) => p.extras?.find((e) => e.key === key)?.value;
const pageIri = (n) => iri(`${base}/dcat/catalog.ttl?page=${n}`);
const datasetIri = (p) => iri(`${base}/dataset/${p.name}`);
const organizationIri = (org) => iri(`${base}/organization/${org.name}`);
const licenceIri = (id) => iri(LICENCES[id] ?? `${base}/licence/${id}`);

/** One statement: a subject, then its predicate-object pairs (pairs with no object are left out). */
function statement(subject, pairs) {
  const lines = pairs.filter(([, objects]) => objects.length > 0).map(([predicate, objects]) => `  ${predicate} ${objects.join(', ')}`);
  return `${subject}\n${lines.join(' ;\n')} .\n`;
}

function catalogPage(page) {
  const ordered = [...searchable].sort(comparator('metadata_modified desc'));
  const last = Math.max(1, Math.ceil(ordered.length / TURTLE_PAGE_SIZE));
  const shown = ordered.slice((page - 1) * TURTLE_PAGE_SIZE, page * TURTLE_PAGE_SIZE);
  const publishers = new Map(shown.filter((p) => p.organization).map((p) => [p.organization.name, p.organization]));
  const out = [
    '@prefix dcat: <http://www.w3.org/ns/dcat#> .',
    '@prefix dct: <http://purl.org/dc/terms/> .',
    '@prefix foaf: <http://xmlns.com/foaf/0.1/> .',
    '@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .',
    '@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .',
    '@prefix hydra: <http://www.w3.org/ns/hydra/core#> .',
    '',
    statement(iri(`${base}/dcat/catalog`), [
      ['a', ['dcat:Catalog']],
      ['dct:title', [literal(SITE_TITLE, 'id')]],
      ['dct:description', [literal('Katalog metadata data BP2MI untuk uji panen (data contoh).', 'id')]],
      ['foaf:homepage', [iri(base)]],
      ['dcat:dataset', shown.map(datasetIri)],
    ]),
    statement(pageIri(page), [
      ['a', ['hydra:PartialCollectionView']],
      ['hydra:first', [pageIri(1)]],
      ['hydra:last', [pageIri(last)]],
      ['hydra:next', page < last ? [pageIri(page + 1)] : []],
      ['hydra:previous', page > 1 ? [pageIri(Math.min(page - 1, last))] : []],
      ['hydra:totalItems', [typed(ordered.length, 'integer')]],
    ]),
    ...[...publishers.values()].map((org) =>
      statement(organizationIri(org), [['a', ['foaf:Agent']], ['foaf:name', [literal(org.title, 'id')]]]),
    ),
    ...shown.flatMap(datasetStatements),
  ];
  return out.join('\n');
}

function datasetStatements(p) {
  const start = extra(p, 'temporal_start');
  const end = extra(p, 'temporal_end');
  const temporal = [
    'a dct:PeriodOfTime',
    ...(start ? [`dcat:startDate ${typed(start, 'gYear')}`] : []),
    ...(end ? [`dcat:endDate ${typed(end, 'gYear')}`] : []),
  ];
  const contact = ['a vcard:Kind', `vcard:fn ${literal(p.maintainer || p.author || p.organization?.title || '')}`];
  if (p.maintainer_email) contact.push(`vcard:hasEmail ${iri('mailto:' + p.maintainer_email)}`);
  const frequency = extra(p, 'frequency');
  const spatial = extra(p, 'spatial_uri');
  const language = extra(p, 'language');
  const titleEn = extra(p, 'title_en');
  const resources = (p.resources ?? []).filter((r) => r.state === 'active');
  const distributionIri = (r) => iri(`${base}/dataset/${p.name}/resource/${r.id}`);
  return [
    statement(datasetIri(p), [
      ['a', ['dcat:Dataset']],
      ['dct:identifier', [literal(p.id)]],
      // An empty title is left out, as a DCAT exporter would: the harvester then sees a dataset without one.
      ['dct:title', [...(p.title ? [literal(p.title, 'id')] : []), ...(titleEn ? [literal(titleEn, 'en')] : [])]],
      ['dct:description', p.notes ? [literal(p.notes, 'id')] : []],
      ['dct:publisher', p.organization ? [organizationIri(p.organization)] : []],
      ['dcat:keyword', (p.tags ?? []).map((t) => literal(t.name, 'id'))],
      ['dct:issued', [typed(p.metadata_created + 'Z', 'dateTime')]],
      ['dct:modified', [typed(p.metadata_modified + 'Z', 'dateTime')]],
      ['dcat:contactPoint', [`[\n    ${contact.join(' ;\n    ')}\n  ]`]],
      ['dct:accrualPeriodicity', frequency ? [iri(frequency)] : []],
      ['dct:temporal', start || end ? [`[\n    ${temporal.join(' ;\n    ')}\n  ]`] : []],
      ['dct:spatial', spatial ? [iri(spatial)] : []],
      ['dct:language', language ? [iri(language)] : []],
      ['dct:license', p.license_id ? [licenceIri(p.license_id)] : []],
      ['dcat:landingPage', p.url ? [iri(p.url)] : []],
      ['dcat:distribution', resources.map(distributionIri)],
    ]),
    ...resources.map((r) => {
      const format = (r.format ?? '').toUpperCase();
      const mediaType = r.mimetype || MEDIA_TYPES[format];
      return statement(distributionIri(r), [
        ['a', ['dcat:Distribution']],
        ['dct:title', r.name ? [literal(r.name, 'id')] : []],
        ['dct:description', r.description ? [literal(r.description, 'id')] : []],
        ['dcat:accessURL', [iri(r.url)]],
        // A web page is where the data is reached, not a file to download.
        ['dcat:downloadURL', format !== 'HTML' ? [iri(r.url)] : []],
        ['dct:format', FILE_TYPES.has(format) ? [iri(`${EU}file-type/${format}`)] : []],
        ['dcat:mediaType', mediaType ? [iri(`https://www.iana.org/assignments/media-types/${mediaType}`)] : []],
        ['dct:license', p.license_id ? [licenceIri(p.license_id)] : []],
      ]);
    }),
  ];
}

// ---- HTTP ----------------------------------------------------------------------------------------------------------

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

const envelope = (action, fields) => ({ help: `${base}/api/3/action/help_show${action ? '?name=' + action : ''}`, ...fields });
const sendJson = (res, status, body) => send(res, status, 'application/json;charset=utf-8', JSON.stringify(body));

async function readParams(req, url) {
  const params = Object.fromEntries(url.searchParams);
  if (req.method !== 'POST') return params;
  let text = '';
  for await (const chunk of req) text += chunk;
  if (!text.trim()) return params;
  try {
    return { ...params, ...JSON.parse(text) };
  } catch {
    throw new ActionError(400, { __type: 'Bad Request', message: 'Bad request - JSON Error: could not read the body' });
  }
}

async function handle(req, res) {
  const url = new URL(req.url, base);
  const action = /^\/api\/(?:3\/)?action\/([\w-]+)\/?$/.exec(url.pathname)?.[1];
  if (action !== undefined) {
    if (!['GET', 'HEAD', 'POST'].includes(req.method)) {
      return sendJson(res, 405, envelope(action, { success: false, error: { __type: 'Bad Request', message: 'Method not allowed' } }));
    }
    if (!Object.hasOwn(actions, action)) {
      // CKAN answers an action it does not know with 400, not 404.
      return sendJson(res, 400, envelope(action, { success: false, error: { __type: 'Bad Request', message: `Bad request - Action name not known: ${action}` } }));
    }
    try {
      const result = actions[action](await readParams(req, url));
      return sendJson(res, 200, envelope(action, { success: true, result }));
    } catch (e) {
      if (!(e instanceof ActionError)) throw e;
      return sendJson(res, e.status, envelope(action, { success: false, error: e.error }));
    }
  }
  if (url.pathname === '/dcat/catalog.ttl' && ['GET', 'HEAD'].includes(req.method)) {
    const page = url.searchParams.get('page') ?? '1';
    if (!/^[1-9]\d{0,5}$/.test(page)) return send(res, 400, 'text/plain;charset=utf-8', 'page must be a whole number from 1\n');
    return send(res, 200, 'text/turtle;charset=utf-8', catalogPage(Number(page)));
  }
  return sendJson(res, 404, envelope('', { success: false, error: { __type: 'Not Found Error', message: 'Not found' } }));
}

const server = createServer((req, res) => {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`${new Date().toISOString()} ${req.method} ${req.url} ${res.statusCode} ${ms.toFixed(1)} ms`);
  });
  handle(req, res).catch((e) => {
    console.error(e);
    if (!res.headersSent) sendJson(res, 500, envelope('', { success: false, error: { __type: 'Internal Error', message: 'Internal error' } }));
  });
});

server.listen(PORT, '127.0.0.1', () => {
  base = `http://127.0.0.1:${server.address().port}`;
  console.log(`${SITE_TITLE}: ${packages.length} package(s) from ${DIR}, at ${base}/api/3/action/ and ${base}/dcat/catalog.ttl`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    console.log(`${signal}: stopping`);
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
