import * as account from './account/Account.resource';
import * as bankAccount from './bankAccount/BankAccount.resource';
import * as caseResource from './case/Case.resource';
import * as circle from './circle/Circle.resource';
import * as contactDetail from './contactDetail/ContactDetail.resource';
import * as customField from './customField/CustomField.resource';
import * as document from './document/Document.resource';
import * as file from './file/File.resource';
import * as group from './group/Group.resource';
import * as nationality from './nationality/Nationality.resource';
import * as note from './note/Note.resource';
import * as plan from './plan/Plan.resource';
import * as tag from './tag/Tag.resource';
import * as task from './task/Task.resource';
import * as taskStatus from './taskStatus/TaskStatus.resource';
import * as user from './user/User.resource';
import * as webhookSubscription from './webhookSubscription/WebhookSubscription.resource';

/** Every Plannr resource, keyed by its `resource` parameter value. */
export const resources = {
	account,
	bankAccount,
	case: caseResource,
	circle,
	contactDetail,
	customField,
	document,
	file,
	group,
	nationality,
	note,
	plan,
	tag,
	task,
	taskStatus,
	user,
	webhookSubscription,
};
