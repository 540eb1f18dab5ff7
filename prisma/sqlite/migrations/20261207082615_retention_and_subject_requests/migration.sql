-- CreateTable
CREATE TABLE "RetentionRule" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "contactKind" TEXT,
    "purposeId" INTEGER,
    "months" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RetentionRule_purposeId_fkey" FOREIGN KEY ("purposeId") REFERENCES "Purpose" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RetentionPurge" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "dryRun" BOOLEAN NOT NULL,
    "asOf" DATETIME NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'RUNNING',
    "contactsDue" INTEGER NOT NULL DEFAULT 0,
    "contactsErased" INTEGER NOT NULL DEFAULT 0,
    "consentsDue" INTEGER NOT NULL DEFAULT 0,
    "consentsExpired" INTEGER NOT NULL DEFAULT 0,
    "report" JSONB,
    "requestedById" INTEGER,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RetentionPurge_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SubjectRequest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "type" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'RECEIVED',
    "contactId" INTEGER,
    "receivedAt" DATETIME NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "extensionReason" TEXT,
    "handlerId" INTEGER,
    "loggedById" INTEGER,
    "notes" TEXT,
    "artefact" JSONB,
    "completedAt" DATETIME,
    "rejectionReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SubjectRequest_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SubjectRequest_handlerId_fkey" FOREIGN KEY ("handlerId") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SubjectRequest_loggedById_fkey" FOREIGN KEY ("loggedById") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PartnerNotice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "requestId" INTEGER NOT NULL,
    "apiKeyId" INTEGER NOT NULL,
    "lastDisclosedAt" DATETIME NOT NULL,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PartnerNotice_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SubjectRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PartnerNotice_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "RetentionRule_contactKind_key" ON "RetentionRule"("contactKind");

-- CreateIndex
CREATE UNIQUE INDEX "RetentionRule_purposeId_key" ON "RetentionRule"("purposeId");

-- CreateIndex
CREATE INDEX "RetentionPurge_startedAt_idx" ON "RetentionPurge"("startedAt");

-- CreateIndex
CREATE INDEX "SubjectRequest_status_dueAt_idx" ON "SubjectRequest"("status", "dueAt");

-- CreateIndex
CREATE INDEX "SubjectRequest_contactId_idx" ON "SubjectRequest"("contactId");

-- CreateIndex
CREATE INDEX "PartnerNotice_apiKeyId_idx" ON "PartnerNotice"("apiKeyId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerNotice_requestId_apiKeyId_key" ON "PartnerNotice"("requestId", "apiKeyId");
