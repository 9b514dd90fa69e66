// The engine suite in Firefox ESR (puppeteer-core, WebDriver BiDi). See suite.mjs.
import { openFirefox } from './firefox.mjs';
import { engineSuite } from './suite.mjs';

engineSuite(openFirefox);
