-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "passwordTemporaryUntil" TIMESTAMP(3),
ADD COLUMN     "tokensValidFrom" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "StewardedField" ADD COLUMN     "stewardUserId" INTEGER;

-- CreateTable
CREATE TABLE "RolePurpose" (
    "role" "Role" NOT NULL,
    "purposeCode" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RolePurpose_pkey" PRIMARY KEY ("role","purposeCode")
);

-- AddForeignKey
ALTER TABLE "StewardedField" ADD CONSTRAINT "StewardedField_stewardUserId_fkey" FOREIGN KEY ("stewardUserId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The role → purposes mapping that was in code (privacy/consent/purpose.service.ts) until this migration.
INSERT INTO "RolePurpose" ("role", "purposeCode", "createdAt", "updatedAt") VALUES
    ('ADMIN'::"Role", 'marketing', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('ADMIN'::"Role", 'customer_service', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('MARKETING'::"Role", 'marketing', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('SALES'::"Role", 'targeted_offers', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('SALES'::"Role", 'customer_service', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('SUPPORT'::"Role", 'customer_service', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('ANALYST'::"Role", 'profiling', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
