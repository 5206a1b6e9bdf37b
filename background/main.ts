// The background script: keeps "Always annotate" registrations in step with the granted sites.
import { browserApi } from './browser-api';
import { createSiteSync } from './site-registry';

const sync = createSiteSync(browserApi);
const report = (error: unknown) => console.error('Newslens: could not update annotated sites', error);

// The popup only asks for the permission; the registration follows the browser's own record of
// what was granted, so revoking a site in the browser's settings also stops the annotation.
browserApi.onPermissionsChanged(() => void sync().catch(report));
browserApi.onStartup(() => void sync().catch(report));
