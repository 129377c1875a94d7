import * as department from './department/Department.resource';
import * as employee from './employee/Employee.resource';
import * as employeeGroup from './employeeGroup/EmployeeGroup.resource';
import * as employeeType from './employeeType/EmployeeType.resource';
import * as portal from './portal/Portal.resource';
import * as position from './position/Position.resource';
import * as scheduleDay from './scheduleDay/ScheduleDay.resource';
import * as section from './section/Section.resource';
import * as shift from './shift/Shift.resource';
import * as shiftType from './shiftType/ShiftType.resource';
import * as skill from './skill/Skill.resource';
import * as timeAndCost from './timeAndCost/TimeAndCost.resource';

/** Every Planday resource, keyed by its `resource` parameter value. */
export const resources = {
	department,
	employee,
	employeeGroup,
	employeeType,
	portal,
	position,
	scheduleDay,
	section,
	shift,
	shiftType,
	skill,
	timeAndCost,
};
