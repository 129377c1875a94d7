import * as department from './department/Department.resource';
import * as employee from './employee/Employee.resource';
import * as employeeGroup from './employeeGroup/EmployeeGroup.resource';
import * as employeeType from './employeeType/EmployeeType.resource';
import * as portal from './portal/Portal.resource';
import * as skill from './skill/Skill.resource';

/** Every Planday resource, keyed by its `resource` parameter value. */
export const resources = { department, employee, employeeGroup, employeeType, portal, skill };
