import { ContactCreate } from './ContactCreate';
import { ContactEdit } from './ContactEdit';
import { ContactList } from './ContactList';
import { ContactShow } from './ContactShow';

/** The contacts resource's pages, as Atomic CRM's folders export them. */
export default { list: ContactList, show: ContactShow, edit: ContactEdit, create: ContactCreate };
