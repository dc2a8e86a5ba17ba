#pragma once

// Fully populated sample records (every field set, Chinese text), shared by the core and store
// tests so that a round trip through CBOR or the database checks every field.
#include "testutil.h"

#include <safelink/core/account.h>
#include <safelink/core/article.h>
#include <safelink/core/callrecord.h>
#include <safelink/core/casefile.h>
#include <safelink/core/device.h>
#include <safelink/core/household.h>
#include <safelink/core/resource.h>
#include <safelink/core/subject.h>
#include <safelink/core/workorder.h>

namespace safelink::test {

core::PhoneNumber phone(const char *text);
// A valid 18-digit resident ID for a region, birth date and sequence (check character computed).
QString residentId(const QString &region, const QDate &birth, int sequence);

core::Subject sampleSubject(const QString &name = QStringLiteral("陈桂英"),
                            const QString &mobile = QStringLiteral("13802223344"));
core::Household sampleHousehold();
core::Device sampleDevice();
core::CaseRecord sampleCase();
core::CallRecord sampleCall();
core::WorkOrder sampleWorkOrder();
core::Resource sampleResource();
core::KbFolder sampleFolder();
core::KbArticle sampleArticle();
core::Account sampleAccount();
core::Seat sampleSeat();

} // namespace safelink::test
