import * as absenceAccount from './absenceAccount/AbsenceAccount.resource';
import * as absenceRecord from './absenceRecord/AbsenceRecord.resource';
import * as absenceRequest from './absenceRequest/AbsenceRequest.resource';
import * as contractRule from './contractRule/ContractRule.resource';
import * as department from './department/Department.resource';
import * as employee from './employee/Employee.resource';
import * as employeeGroup from './employeeGroup/EmployeeGroup.resource';
import * as employeeType from './employeeType/EmployeeType.resource';
import * as payRate from './payRate/PayRate.resource';
import * as payroll from './payroll/Payroll.resource';
import * as portal from './portal/Portal.resource';
import * as position from './position/Position.resource';
import * as punchClock from './punchClock/PunchClock.resource';
import * as report from './report/Report.resource';
import * as revenue from './revenue/Revenue.resource';
import * as salary from './salary/Salary.resource';
import * as scheduleDay from './scheduleDay/ScheduleDay.resource';
import * as section from './section/Section.resource';
import * as shift from './shift/Shift.resource';
import * as shiftType from './shiftType/ShiftType.resource';
import * as skill from './skill/Skill.resource';
import * as timeAndCost from './timeAndCost/TimeAndCost.resource';

/** Every Planday resource, keyed by its `resource` parameter value. */
export const resources = {
	absenceAccount,
	absenceRecord,
	absenceRequest,
	contractRule,
	department,
	employee,
	employeeGroup,
	employeeType,
	payRate,
	payroll,
	portal,
	position,
	punchClock,
	report,
	revenue,
	salary,
	scheduleDay,
	section,
	shift,
	shiftType,
	skill,
	timeAndCost,
};
