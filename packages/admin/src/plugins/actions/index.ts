import { ActionCreate } from './ActionCreate';
import { ActionEdit } from './ActionEdit';
import { ActionList } from './ActionList';
import { ActionShow } from './ActionShow';

export default { list: ActionList, show: ActionShow, edit: ActionEdit, create: ActionCreate };
