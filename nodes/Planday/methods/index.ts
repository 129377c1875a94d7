import * as hr from './hr';
import * as hrOptions from './hrOptions';
import * as payOptions from './payOptions';
import * as employeeMapping from './resourceMapping';
import * as scheduling from './scheduling';
import * as schedulingOptions from './schedulingOptions';

/** Resource-locator searches, by API area. */
export const listSearch = { ...hr, ...scheduling };

/** Dropdown loaders, by API area. */
export const loadOptions = { ...hrOptions, ...payOptions, ...schedulingOptions };

/** Resource-mapper field lists (the portal's own employee form). */
export const resourceMapping = { ...employeeMapping };
