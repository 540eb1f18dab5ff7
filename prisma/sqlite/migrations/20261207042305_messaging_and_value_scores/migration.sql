-- AlterTable
ALTER TABLE "ConsentEvent" ADD COLUMN "requestedAt" DATETIME;

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN "emailInvalidAt" DATETIME;

-- AlterTable
ALTER TABLE "ContactScore" ADD COLUMN "predictedValue" DECIMAL;
ALTER TABLE "ContactScore" ADD COLUMN "probabilityAlive" REAL;

-- AlterTable
ALTER TABLE "LifetimeValueModel" ADD COLUMN "scoringHorizonWeeks" INTEGER;
ALTER TABLE "LifetimeValueModel" ADD COLUMN "scoringModel" TEXT;

-- CreateTable
CREATE TABLE "ConsentRequest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "contactId" INTEGER NOT NULL,
    "purposeId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "proof" TEXT,
    "requestedAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "confirmedAt" DATETIME,
    "consentEventId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ConsentRequest_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConsentRequest_purposeId_fkey" FOREIGN KEY ("purposeId") REFERENCES "Purpose" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actionId" INTEGER NOT NULL,
    "sender" TEXT,
    "subject" TEXT,
    "bodyText" TEXT NOT NULL,
    "bodyHtml" TEXT,
    "ratePerMinute" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ActionMessage_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "MarketingAction" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MessageDelivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actionId" INTEGER NOT NULL,
    "contactId" INTEGER NOT NULL,
    "targetId" INTEGER,
    "medium" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'QUEUED',
    "reason" TEXT,
    "detail" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME,
    "providerMessageId" TEXT,
    "queuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    "deliveredAt" DATETIME,
    "bouncedAt" DATETIME,
    "complainedAt" DATETIME,
    "openedAt" DATETIME,
    "clickedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MessageDelivery_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "MarketingAction" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MessageDelivery_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MessageDelivery_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "ActionTarget" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrackingEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "deliveryId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "url" TEXT,
    "at" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TrackingEvent_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "MessageDelivery" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CaughtMail" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "raw" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ActionTarget" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actionId" INTEGER NOT NULL,
    "contactId" INTEGER NOT NULL,
    "targetedAt" DATETIME NOT NULL,
    "respondedAt" DATETIME,
    "responseChannel" TEXT,
    "conversionSaleId" INTEGER,
    "inControlGroup" BOOLEAN NOT NULL DEFAULT false,
    "untargeted" BOOLEAN NOT NULL DEFAULT false,
    "targetingRunId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ActionTarget_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "MarketingAction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ActionTarget_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActionTarget_conversionSaleId_fkey" FOREIGN KEY ("conversionSaleId") REFERENCES "Sale" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ActionTarget_targetingRunId_fkey" FOREIGN KEY ("targetingRunId") REFERENCES "TargetingRun" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ActionTarget" ("actionId", "contactId", "conversionSaleId", "createdAt", "id", "inControlGroup", "respondedAt", "responseChannel", "targetedAt", "targetingRunId", "updatedAt", "version") SELECT "actionId", "contactId", "conversionSaleId", "createdAt", "id", "inControlGroup", "respondedAt", "responseChannel", "targetedAt", "targetingRunId", "updatedAt", "version" FROM "ActionTarget";
DROP TABLE "ActionTarget";
ALTER TABLE "new_ActionTarget" RENAME TO "ActionTarget";
CREATE UNIQUE INDEX "ActionTarget_conversionSaleId_key" ON "ActionTarget"("conversionSaleId");
CREATE INDEX "ActionTarget_contactId_idx" ON "ActionTarget"("contactId");
CREATE UNIQUE INDEX "ActionTarget_actionId_contactId_key" ON "ActionTarget"("actionId", "contactId");
CREATE TABLE "new_MarketingAction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "objective" TEXT NOT NULL,
    "targetDescription" TEXT,
    "segmentId" INTEGER,
    "plannedQuantity" INTEGER,
    "medium" TEXT NOT NULL,
    "startDate" DATETIME NOT NULL,
    "endDate" DATETIME NOT NULL,
    "cost" DECIMAL NOT NULL DEFAULT 0,
    "promiseType" TEXT NOT NULL DEFAULT 'NONE',
    "promiseSummary" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "requiredPurposeId" INTEGER NOT NULL,
    "controlGroupPercent" INTEGER,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "attributionWindowDays" INTEGER NOT NULL DEFAULT 30,
    "previousActionId" INTEGER,
    "followUpCondition" TEXT,
    "followUpDelayDays" INTEGER,
    "brandId" INTEGER,
    "publicResponses" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MarketingAction_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MarketingAction_requiredPurposeId_fkey" FOREIGN KEY ("requiredPurposeId") REFERENCES "Purpose" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MarketingAction_previousActionId_fkey" FOREIGN KEY ("previousActionId") REFERENCES "MarketingAction" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MarketingAction_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_MarketingAction" ("attributionWindowDays", "brandId", "code", "controlGroupPercent", "cost", "createdAt", "endDate", "followUpCondition", "followUpDelayDays", "id", "medium", "name", "objective", "plannedQuantity", "previousActionId", "priority", "promiseSummary", "promiseType", "requiredPurposeId", "segmentId", "startDate", "status", "targetDescription", "updatedAt", "version") SELECT "attributionWindowDays", "brandId", "code", "controlGroupPercent", "cost", "createdAt", "endDate", "followUpCondition", "followUpDelayDays", "id", "medium", "name", "objective", "plannedQuantity", "previousActionId", "priority", "promiseSummary", "promiseType", "requiredPurposeId", "segmentId", "startDate", "status", "targetDescription", "updatedAt", "version" FROM "MarketingAction";
DROP TABLE "MarketingAction";
ALTER TABLE "new_MarketingAction" RENAME TO "MarketingAction";
CREATE UNIQUE INDEX "MarketingAction_code_key" ON "MarketingAction"("code");
CREATE INDEX "MarketingAction_startDate_idx" ON "MarketingAction"("startDate");
CREATE INDEX "MarketingAction_brandId_idx" ON "MarketingAction"("brandId");
CREATE TABLE "new_Purpose" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "legalBasis" TEXT NOT NULL,
    "parentId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "inPreferenceCentre" BOOLEAN NOT NULL DEFAULT false,
    "doubleOptIn" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Purpose_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Purpose" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Purpose" ("active", "code", "createdAt", "description", "id", "legalBasis", "name", "parentId", "updatedAt", "version") SELECT "active", "code", "createdAt", "description", "id", "legalBasis", "name", "parentId", "updatedAt", "version" FROM "Purpose";
DROP TABLE "Purpose";
ALTER TABLE "new_Purpose" RENAME TO "Purpose";
CREATE UNIQUE INDEX "Purpose_code_key" ON "Purpose"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ConsentRequest_consentEventId_key" ON "ConsentRequest"("consentEventId");

-- CreateIndex
CREATE INDEX "ConsentRequest_contactId_purposeId_idx" ON "ConsentRequest"("contactId", "purposeId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionMessage_actionId_key" ON "ActionMessage"("actionId");

-- CreateIndex
CREATE UNIQUE INDEX "MessageDelivery_providerMessageId_key" ON "MessageDelivery"("providerMessageId");

-- CreateIndex
CREATE INDEX "MessageDelivery_actionId_status_idx" ON "MessageDelivery"("actionId", "status");

-- CreateIndex
CREATE INDEX "MessageDelivery_status_nextAttemptAt_idx" ON "MessageDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "MessageDelivery_contactId_idx" ON "MessageDelivery"("contactId");

-- CreateIndex
CREATE INDEX "MessageDelivery_targetId_idx" ON "MessageDelivery"("targetId");

-- CreateIndex
CREATE UNIQUE INDEX "MessageDelivery_actionId_contactId_key" ON "MessageDelivery"("actionId", "contactId");

-- CreateIndex
CREATE INDEX "TrackingEvent_deliveryId_kind_idx" ON "TrackingEvent"("deliveryId", "kind");

-- CreateIndex
CREATE INDEX "CaughtMail_createdAt_idx" ON "CaughtMail"("createdAt");

-- CreateIndex
CREATE INDEX "ContactScore_snapshotId_probabilityAlive_idx" ON "ContactScore"("snapshotId", "probabilityAlive");

-- CreateIndex
CREATE INDEX "ContactScore_snapshotId_predictedValue_idx" ON "ContactScore"("snapshotId", "predictedValue");
