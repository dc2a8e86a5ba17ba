<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>Safelink agent desk</source>
        <translation>Safelink agent desk</translation>
    </message>
    <message>
        <source>User interface language (zh_CN, en).</source>
        <translation>User interface language (zh_CN, en).</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Save a picture of the window to &lt;file&gt; and quit.</translation>
    </message>
</context>
<context>
    <name>safelink::core::CallRecord</name>
    <message>
        <source>The call&apos;s times are out of order (start, answer, end).</source>
        <translation>The call&apos;s times are out of order (start, answer, end).</translation>
    </message>
    <message>
        <source>An answered call needs the time it was answered.</source>
        <translation>An answered call needs the time it was answered.</translation>
    </message>
</context>
<context>
    <name>safelink::core::CaseRecord</name>
    <message>
        <source>Priority is from 1 (life at risk) to 5 (information).</source>
        <translation>Priority is from 1 (life at risk) to 5 (information).</translation>
    </message>
    <message>
        <source>Choose an outcome before closing the case.</source>
        <translation>Choose an outcome before closing the case.</translation>
    </message>
    <message>
        <source>A closed case needs the time it was closed.</source>
        <translation>A closed case needs the time it was closed.</translation>
    </message>
    <message>
        <source>The case cannot be closed before it was opened.</source>
        <translation>The case cannot be closed before it was opened.</translation>
    </message>
    <message>
        <source>Each step needs its time.</source>
        <translation>Each step needs its time.</translation>
    </message>
</context>
<context>
    <name>safelink::core::Device</name>
    <message>
        <source>An IMEI has 15 digits and a valid check digit.</source>
        <translation>An IMEI has 15 digits and a valid check digit.</translation>
    </message>
    <message>
        <source>A SIM card number (ICCID) has 19 or 20 digits and starts with 89.</source>
        <translation>A SIM card number (ICCID) has 19 or 20 digits and starts with 89.</translation>
    </message>
    <message>
        <source>A wearable needs its IMEI.</source>
        <translation>A wearable needs its IMEI.</translation>
    </message>
    <message>
        <source>An installed device must belong to a household.</source>
        <translation>An installed device must belong to a household.</translation>
    </message>
    <message>
        <source>Battery level is a percentage from 0 to 100.</source>
        <translation>Battery level is a percentage from 0 to 100.</translation>
    </message>
    <message>
        <source>Each remote needs its serial number.</source>
        <translation>Each remote needs its serial number.</translation>
    </message>
</context>
<context>
    <name>safelink::core::Labels</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Dispersed extreme poverty support</source>
        <translation>Dispersed extreme poverty support</translation>
    </message>
    <message>
        <source>Minimum living allowance</source>
        <translation>Minimum living allowance</translation>
    </message>
    <message>
        <source>Marginal minimum living allowance</source>
        <translation>Marginal minimum living allowance</translation>
    </message>
    <message>
        <source>Living alone</source>
        <translation>Living alone</translation>
    </message>
    <message>
        <source>Elderly-only household</source>
        <translation>Elderly-only household</translation>
    </message>
    <message>
        <source>Severe disability</source>
        <translation>Severe disability</translation>
    </message>
    <message>
        <source>Loss of self-care ability</source>
        <translation>Loss of self-care ability</translation>
    </message>
    <message>
        <source>Lost only child</source>
        <translation>Lost only child</translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation>Orphan</translation>
    </message>
    <message>
        <source>De facto unattended child</source>
        <translation>De facto unattended child</translation>
    </message>
    <message>
        <source>Child infected with HIV</source>
        <translation>Child infected with HIV</translation>
    </message>
    <message>
        <source>Left-behind elderly (rural)</source>
        <translation>Left-behind elderly (rural)</translation>
    </message>
    <message>
        <source>Self-paying</source>
        <translation>Self-paying</translation>
    </message>
    <message>
        <source>Self-reliant</source>
        <translation>Self-reliant</translation>
    </message>
    <message>
        <source>Mildly disabled</source>
        <translation>Mildly disabled</translation>
    </message>
    <message>
        <source>Moderately disabled</source>
        <translation>Moderately disabled</translation>
    </message>
    <message>
        <source>Severely disabled</source>
        <translation>Severely disabled</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>Not funded</translation>
    </message>
    <message>
        <source>First sequence</source>
        <translation>First sequence</translation>
    </message>
    <message>
        <source>Second sequence</source>
        <translation>Second sequence</translation>
    </message>
    <message>
        <source>Third sequence</source>
        <translation>Third sequence</translation>
    </message>
    <message>
        <source>Routine visits (quarterly)</source>
        <translation>Routine visits (quarterly)</translation>
    </message>
    <message>
        <source>Key visits (monthly)</source>
        <translation>Key visits (monthly)</translation>
    </message>
    <message>
        <source>Special care (weekly)</source>
        <translation>Special care (weekly)</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>Daughter</translation>
    </message>
    <message>
        <source>Son-in-law</source>
        <translation>Son-in-law</translation>
    </message>
    <message>
        <source>Daughter-in-law</source>
        <translation>Daughter-in-law</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Relative</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Neighbour</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Friend</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Community grid worker</source>
        <translation>Community grid worker</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Wearable (4G)</source>
        <translation>Wearable (4G)</translation>
    </message>
    <message>
        <source>Fixed-line terminal</source>
        <translation>Fixed-line terminal</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installed</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>Faulty</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Emergency assistance</source>
        <translation>Emergency assistance</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Service referral</source>
        <translation>Service referral</translation>
    </message>
    <message>
        <source>Device fault</source>
        <translation>Device fault</translation>
    </message>
    <message>
        <source>Care call</source>
        <translation>Care call</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Inbound</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>120 station</source>
        <translation>120 station</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>Police station</translation>
    </message>
    <message>
        <source>Fire station</source>
        <translation>Fire station</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Home care provider</source>
        <translation>Home care provider</translation>
    </message>
    <message>
        <source>Meal service</source>
        <translation>Meal service</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <translation>Housekeeping</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Pharmacy</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
</context>
<context>
    <name>safelink::core::PhoneNumber</name>
    <message>
        <source>A fixed-line number has 7 or 8 digits after the area code 0%1; this one has %2.</source>
        <translation>A fixed-line number has 7 or 8 digits after the area code 0%1; this one has %2.</translation>
    </message>
    <message>
        <source>A fixed-line number cannot start with %1 after the area code 0%2.</source>
        <translation>A fixed-line number cannot start with %1 after the area code 0%2.</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; this one has %1.</source>
        <translation>A mobile number has 11 digits; this one has %1.</translation>
    </message>
    <message>
        <source>No mobile numbers start with %1; mobile numbers start with 13 to 19.</source>
        <translation>No mobile numbers start with %1; mobile numbers start with 13 to 19.</translation>
    </message>
    <message>
        <source>There is no area code starting with 0%1.</source>
        <translation>There is no area code starting with 0%1.</translation>
    </message>
    <message>
        <source>%1 is too short for a phone number: it has %2 digits and is not a service number such as 110 or 12345.</source>
        <translation>%1 is too short for a phone number: it has %2 digits and is not a service number such as 110 or 12345.</translation>
    </message>
    <message>
        <source>The number has %1 digits, too many for a Chinese phone number.</source>
        <translation>The number has %1 digits, too many for a Chinese phone number.</translation>
    </message>
    <message>
        <source>%1 is not a phone number: local numbers do not start with 1 and mobile numbers have 11 digits.</source>
        <translation>%1 is not a phone number: local numbers do not start with 1 and mobile numbers have 11 digits.</translation>
    </message>
    <message>
        <source>A local number has 7 or 8 digits; this one has %1. Write numbers of other areas with 0 and the area code.</source>
        <translation>A local number has 7 or 8 digits; this one has %1. Write numbers of other areas with 0 and the area code.</translation>
    </message>
    <message>
        <source>%1 has no area code and no default area code is set; write it with the area code, such as 020.</source>
        <translation>%1 has no area code and no default area code is set; write it with the area code, such as 020.</translation>
    </message>
    <message>
        <source>The default area code &quot;%1&quot; is not a valid area code.</source>
        <translation>The default area code &quot;%1&quot; is not a valid area code.</translation>
    </message>
    <message>
        <source>A Chinese number has 9 to 11 digits after +86; this one has %1.</source>
        <translation>A Chinese number has 9 to 11 digits after +86; this one has %1.</translation>
    </message>
    <message>
        <source>A country code cannot start with 0.</source>
        <translation>A country code cannot start with 0.</translation>
    </message>
    <message>
        <source>An international number has 7 to 15 digits including the country code; this one has %1.</source>
        <translation>An international number has 7 to 15 digits including the country code; this one has %1.</translation>
    </message>
    <message>
        <source>No phone number was entered.</source>
        <translation>No phone number was entered.</translation>
    </message>
    <message>
        <source>The extension after &quot;%1&quot; is missing.</source>
        <translation>The extension after &quot;%1&quot; is missing.</translation>
    </message>
    <message>
        <source>An extension has 1 to 6 digits; &quot;%1&quot; is not one.</source>
        <translation>An extension has 1 to 6 digits; &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>A + can only stand at the start of a phone number.</source>
        <translation>A + can only stand at the start of a phone number.</translation>
    </message>
    <message>
        <source>A phone number cannot contain letters (&quot;%1&quot;).</source>
        <translation>A phone number cannot contain letters (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>A phone number cannot contain the character &quot;%1&quot;.</source>
        <translation>A phone number cannot contain the character &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The phone number contains no digits.</source>
        <translation>The phone number contains no digits.</translation>
    </message>
    <message>
        <source>Mobile numbers have no extensions.</source>
        <translation>Mobile numbers have no extensions.</translation>
    </message>
    <message>
        <source>Service numbers have no extensions.</source>
        <translation>Service numbers have no extensions.</translation>
    </message>
    <message>
        <source>%1 ext. %2</source>
        <extracomment>A phone number with its extension; zh_CN: &quot;%1 转 %2&quot;.</extracomment>
        <translation>%1 ext. %2</translation>
    </message>
</context>
<context>
    <name>safelink::core::ResidentId</name>
    <message>
        <source>A resident ID number has 18 characters (or 15 digits for old cards); this one has %1.</source>
        <translation>A resident ID number has 18 characters (or 15 digits for old cards); this one has %1.</translation>
    </message>
    <message>
        <source>An old 15-digit resident ID number has digits only; character %1 (&quot;%2&quot;) is not a digit.</source>
        <translation>An old 15-digit resident ID number has digits only; character %1 (&quot;%2&quot;) is not a digit.</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) of the resident ID number is not a digit; only the last character may be X.</source>
        <translation>Character %1 (&quot;%2&quot;) of the resident ID number is not a digit; only the last character may be X.</translation>
    </message>
    <message>
        <source>The last character of the resident ID number must be a digit or X, not &quot;%1&quot;.</source>
        <translation>The last character of the resident ID number must be a digit or X, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The resident ID number starts with %1, which is not a province code: the region code is unknown.</source>
        <translation>The resident ID number starts with %1, which is not a province code: the region code is unknown.</translation>
    </message>
    <message>
        <source>The birth date in the resident ID number (%1) does not exist.</source>
        <translation>The birth date in the resident ID number (%1) does not exist.</translation>
    </message>
    <message>
        <source>The birth date in the resident ID number (%1) is before 1890.</source>
        <translation>The birth date in the resident ID number (%1) is before 1890.</translation>
    </message>
    <message>
        <source>The birth date in the resident ID number (%1) is in the future.</source>
        <translation>The birth date in the resident ID number (%1) is in the future.</translation>
    </message>
    <message>
        <source>The check character is %1 but should be %2: the number was mistyped.</source>
        <translation>The check character is %1 but should be %2: the number was mistyped.</translation>
    </message>
</context>
<context>
    <name>safelink::core::Subject</name>
    <message>
        <source>The birth date does not match the resident ID number.</source>
        <translation>The birth date does not match the resident ID number.</translation>
    </message>
    <message>
        <source>The sex does not match the resident ID number.</source>
        <translation>The sex does not match the resident ID number.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <source>Give the disability level for a subject who has lost self-care ability.</source>
        <translation>Give the disability level for a subject who has lost self-care ability.</translation>
    </message>
    <message>
        <source>An emergency contact needs at least one phone number.</source>
        <translation>An emergency contact needs at least one phone number.</translation>
    </message>
    <message>
        <source>Two emergency contacts have the same calling order.</source>
        <translation>Two emergency contacts have the same calling order.</translation>
    </message>
    <message>
        <source>Give the date the status changed.</source>
        <translation>Give the date the status changed.</translation>
    </message>
</context>
<context>
    <name>safelink::core::Validation</name>
    <message>
        <source>A login is 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>A login is 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Give the account at least one role.</translation>
    </message>
    <message>
        <source>A SIP user is 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>A SIP user is 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A folder cannot contain itself.</source>
        <translation>A folder cannot contain itself.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n characters.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A region code has 6 (district), 9 (street) or 12 (community) digits.</source>
        <translation>A region code has 6 (district), 9 (street) or 12 (community) digits.</translation>
    </message>
    <message>
        <source>Latitude must be within ±90 and longitude within ±180 degrees.</source>
        <translation>Latitude must be within ±90 and longitude within ±180 degrees.</translation>
    </message>
</context>
<context>
    <name>safelink::core::WorkOrder</name>
    <message>
        <source>A work order that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>A work order that is &quot;%1&quot; cannot become &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Give a reason.</translation>
    </message>
    <message>
        <source>Choose who the work is assigned to.</source>
        <translation>Choose who the work is assigned to.</translation>
    </message>
    <message>
        <source>A state change needs its time and who made it.</source>
        <translation>A state change needs its time and who made it.</translation>
    </message>
    <message>
        <source>The deadline is before the order was created.</source>
        <translation>The deadline is before the order was created.</translation>
    </message>
</context>
<context>
    <name>safelink::core::cbor::Reader</name>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>unknown value &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: expected a map</source>
        <translation>%1: expected a map</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>expected text</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>expected a whole number</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD)</source>
        <translation>expected a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>expected a time (ISO 8601)</source>
        <translation>expected a time (ISO 8601)</translation>
    </message>
    <message>
        <source>expected a list of text</source>
        <translation>expected a list of text</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>expected a list</translation>
    </message>
    <message>
        <source>expected a map</source>
        <translation>expected a map</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>must not be negative</translation>
    </message>
</context>
<context>
    <name>safelink::desk::MainWindow</name>
    <message>
        <source>Safelink agent desk %1</source>
        <translation>Safelink agent desk %1</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Quit the desk (%1)</source>
        <translation>Quit the desk (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Safelink</source>
        <translation>&amp;About Safelink</translation>
    </message>
    <message>
        <source>About Safelink</source>
        <translation>About Safelink</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Safelink %1&lt;/h3&gt;&lt;p&gt;Agent desk of the Ping&apos;antong emergency-call and social-care center.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Safelink %1&lt;/h3&gt;&lt;p&gt;Agent desk of the Ping&apos;antong emergency-call and social-care center.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ping&apos;antong Emergency Call Center</source>
        <translation>Ping&apos;antong Emergency Call Center</translation>
    </message>
    <message>
        <source>Agent desk</source>
        <translation>Agent desk</translation>
    </message>
    <message>
        <source>Not signed in. Connect this seat to the center&apos;s hub to receive calls.</source>
        <translation>Not signed in. Connect this seat to the center&apos;s hub to receive calls.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Hub: not connected</source>
        <translation>Hub: not connected</translation>
    </message>
    <message>
        <source>Safelink %1</source>
        <translation>Safelink %1</translation>
    </message>
</context>
<context>
    <name>safelink::hub::HubCli</name>
    <message>
        <source>Create or upgrade the hub database in a data folder.</source>
        <translation>Create or upgrade the hub database in a data folder.</translation>
    </message>
    <message>
        <source>Fill a new data folder with a realistic demo center.</source>
        <translation>Fill a new data folder with a realistic demo center.</translation>
    </message>
    <message>
        <source>Show the schema version and record counts of a data folder.</source>
        <translation>Show the schema version and record counts of a data folder.</translation>
    </message>
    <message>
        <source>The hub&apos;s data folder.</source>
        <translation>The hub&apos;s data folder.</translation>
    </message>
    <message>
        <source>Usage: safelink-hub &lt;command&gt; [options]</source>
        <translation>Usage: safelink-hub &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>The coordination server of a Safelink center.</source>
        <translation>The coordination server of a Safelink center.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after the command.</source>
        <translation>Show this help, or a command&apos;s help after the command.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the data folder with --data.</source>
        <translation>Give the data folder with --data.</translation>
    </message>
    <message>
        <source>Schema is at version %1.</source>
        <translation>Schema is at version %1.</translation>
    </message>
    <message>
        <source>How many subjects (default 3000).</source>
        <translation>How many subjects (default 3000).</translation>
    </message>
    <message>
        <source>Random seed; the same seed makes the same center.</source>
        <translation>Random seed; the same seed makes the same center.</translation>
    </message>
    <message>
        <source>--subjects must be a number from 1 to 1000000.</source>
        <translation>--subjects must be a number from 1 to 1000000.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed must be a whole number.</translation>
    </message>
    <message>
        <source>The data folder already holds subjects; demo data goes only into a new one.</source>
        <translation>The data folder already holds subjects; demo data goes only into a new one.</translation>
    </message>
    <message>
        <source>Demo center created in %1 s: %2 subjects, %3 households, %4 devices, %5 resources, %6 articles, %7 cases, %8 calls, %9 work orders.</source>
        <translation>Demo center created in %1 s: %2 subjects, %3 households, %4 devices, %5 resources, %6 articles, %7 cases, %8 calls, %9 work orders.</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Schema version: %1 (this program: %2)</translation>
    </message>
    <message>
        <source>Subjects: %1</source>
        <translation>Subjects: %1</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Devices: %1</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Cases: %1</translation>
    </message>
</context>
<context>
    <name>safelink::store::Database</name>
    <message>
        <source>The database refused the operation (%1): %2</source>
        <translation>The database refused the operation (%1): %2</translation>
    </message>
    <message>
        <source>This build supports only the SQLite backend.</source>
        <translation>This build supports only the SQLite backend.</translation>
    </message>
    <message>
        <source>No database file given.</source>
        <translation>No database file given.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>There is no schema version %1; the newest is %2.</source>
        <translation>There is no schema version %1; the newest is %2.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this program only knows up to version %3. It was written by a newer Safelink; install that version (the file was not changed).</source>
        <translation>The database %1 has schema version %2, but this program only knows up to version %3. It was written by a newer Safelink; install that version (the file was not changed).</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) failed: %3</translation>
    </message>
    <message>
        <source>The transaction was rolled back.</source>
        <translation>The transaction was rolled back.</translation>
    </message>
</context>
<context>
    <name>safelink::store::Repository</name>
    <message>
        <source>A record with id %1 already exists.</source>
        <translation>A record with id %1 already exists.</translation>
    </message>
    <message>
        <source>No record with id %1.</source>
        <translation>No record with id %1.</translation>
    </message>
    <message>
        <source>Record %1 was changed by someone else (you edited version %2, it is now version %3).</source>
        <translation>Record %1 was changed by someone else (you edited version %2, it is now version %3).</translation>
    </message>
    <message>
        <source>Record %1 in the database cannot be read: %2</source>
        <translation>Record %1 in the database cannot be read: %2</translation>
    </message>
</context>
</TS>
