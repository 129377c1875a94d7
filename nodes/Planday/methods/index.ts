import * as hr from './hr';
import * as scheduling from './scheduling';

/** Resource-locator searches, by API area. */
export const listSearch = { ...hr, ...scheduling };
