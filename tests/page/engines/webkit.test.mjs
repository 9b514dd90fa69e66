// The engine suite in WebKitGTK, Safari's engine (WebKitWebDriver under xvfb-run). See suite.mjs.
import { openWebKit } from './webkit.mjs';
import { engineSuite } from './suite.mjs';

engineSuite(openWebKit);
