import * as employee from './employee/Employee.resource';
import * as portal from './portal/Portal.resource';

/** Every Planday resource, keyed by its `resource` parameter value. */
export const resources = { employee, portal };
