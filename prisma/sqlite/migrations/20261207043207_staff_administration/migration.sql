-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN "passwordTemporaryUntil" DATETIME;
ALTER TABLE "StaffUser" ADD COLUMN "tokensValidFrom" DATETIME;

-- CreateTable
CREATE TABLE "RolePurpose" (
    "role" TEXT NOT NULL,
    "purposeCode" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("role", "purposeCode")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_StewardedField" (
    "field" TEXT NOT NULL PRIMARY KEY,
    "stewardRole" TEXT NOT NULL,
    "stewardUserId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "StewardedField_stewardUserId_fkey" FOREIGN KEY ("stewardUserId") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_StewardedField" ("createdAt", "field", "stewardRole", "updatedAt") SELECT "createdAt", "field", "stewardRole", "updatedAt" FROM "StewardedField";
DROP TABLE "StewardedField";
ALTER TABLE "new_StewardedField" RENAME TO "StewardedField";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- The role → purposes mapping that was in code (privacy/consent/purpose.service.ts) until this migration.
INSERT INTO "RolePurpose" ("role", "purposeCode", "createdAt", "updatedAt") VALUES
    ('ADMIN', 'marketing', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('ADMIN', 'customer_service', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('MARKETING', 'marketing', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('SALES', 'targeted_offers', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('SALES', 'customer_service', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('SUPPORT', 'customer_service', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('ANALYST', 'profiling', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
