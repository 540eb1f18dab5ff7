import type { FideleModule } from '../kernel/module.js';
import { reattributeCommand } from './attribution/attribution.command.js';
import { triggersJob } from './triggers/trigger.job.js';
import { sequencesJob } from './sequences/sequence.job.js';
// The context's GraphQL types, queries and mutations (each file adds its own to the builder).
import './actions/action.schema.js';
import './actions/response-channels.schema.js';
import './targets/target.schema.js';
import './targets/contact-targets.schema.js';
import './segments/segment.schema.js';
import './targeting/targeting.schema.js';
import './targeting/pressure.schema.js';
import './triggers/trigger.schema.js';
import './attribution/attribution.schema.js';
import './sequences/sequence.schema.js';

/** Campaigns and targeting: actions, targets, segments, targeting, triggers, sequences, attribution. */
export const campaignsModule: FideleModule = {
  name: 'campaigns',
  commands: [reattributeCommand], // fidele sales:reattribute
  jobs: [
    triggersJob, // behaviour triggers
    sequencesJob, // follow-ups of linked actions
  ],
};
