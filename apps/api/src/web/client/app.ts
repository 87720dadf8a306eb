import { bindCommandForms } from './command-forms.js';
import { followFeed } from './live.js';

bindCommandForms();
followFeed();
