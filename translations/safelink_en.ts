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
    <message>
        <source>The hub&apos;s address, HOST:PORT (remembered).</source>
        <translation>The hub&apos;s address, HOST:PORT (remembered).</translation>
    </message>
    <message>
        <source>Sign in with this login (remembered).</source>
        <translation>Sign in with this login (remembered).</translation>
    </message>
    <message>
        <source>Read the password from this file.</source>
        <translation>Read the password from this file.</translation>
    </message>
    <message>
        <source>This seat&apos;s name (remembered).</source>
        <translation>This seat&apos;s name (remembered).</translation>
    </message>
    <message>
        <source>The local replica database (default in the user&apos;s data folder).</source>
        <translation>The local replica database (default in the user&apos;s data folder).</translation>
    </message>
    <message>
        <source>Safelink</source>
        <translation>Safelink</translation>
    </message>
    <message>
        <source>The center&apos;s SIP proxy, sip:HOST:PORT (remembered).</source>
        <translation>The center&apos;s SIP proxy, sip:HOST:PORT (remembered).</translation>
    </message>
    <message>
        <source>This seat&apos;s extension (remembered).</source>
        <translation>This seat&apos;s extension (remembered).</translation>
    </message>
    <message>
        <source>Read the extension&apos;s password from this file (remembered).</source>
        <translation>Read the extension&apos;s password from this file (remembered).</translation>
    </message>
    <message>
        <source>Not connected to a hub: there are no calls to show.</source>
        <translation>Not connected to a hub: there are no calls to show.</translation>
    </message>
    <message>
        <source>The center&apos;s telephone area code, e.g. 20 (remembered).</source>
        <translation>The center&apos;s telephone area code, e.g. 20 (remembered).</translation>
    </message>
    <message>
        <source>Print when the window is shown and when the seat is ready (signed in and up to date), in ms; quit when ready.</source>
        <translation>Print when the window is shown and when the seat is ready (signed in and up to date), in ms; quit when ready.</translation>
    </message>
    <message>
        <source>This seat now trusts the center key %1</source>
        <translation>This seat now trusts the center key %1</translation>
    </message>
</context>
<context>
    <name>safelink::core::Alarm</name>
    <message>
        <source>The alarm is closed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has this alarm already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes the alarm is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the alarm waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A held alarm gets a lower priority (P%1 to P%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A priority from P1 to P5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A battery level from 0 to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safelink::core::BlockedNumber</name>
    <message>
        <source>Say why the number is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished">At most %1 characters.</translation>
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
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>On a call</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Not taking calls</source>
        <translation>Not taking calls</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>Cell tower</source>
        <translation>Cell tower</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>SOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire or smoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mains power lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mains power restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished">On hold</translation>
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
    <name>safelink::core::TileSource</name>
    <message>
        <source>The tile address must start with http:// or https:// and name a server.</source>
        <translation>The tile address must start with http:// or https:// and name a server.</translation>
    </message>
    <message>
        <source>The tile address needs {z}, {x} and {y} where the tile&apos;s zoom, column and row go.</source>
        <translation>The tile address needs {z}, {x} and {y} where the tile&apos;s zoom, column and row go.</translation>
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
    <name>safelink::desk::AlarmQueue</name>
    <message>
        <source>Someone else changed this alarm first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished">Callback</translation>
    </message>
    <message>
        <source>This desk is not connected to a hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alarm is no longer in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safelink::desk::AlarmQueueModel</name>
    <message>
        <source>On hold</source>
        <translation type="unfinished">On hold</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: picked up within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safelink::desk::AlarmQueuePanel</name>
    <message>
        <source>&amp;Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm queue: nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Alarm queue: %n in hand, nobody waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alarm queue: %n waiting · longest %1 (target %2 s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Callback done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of the callback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safelink::desk::ArticleEditor</name>
    <message>
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>Edit article</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Words agents search for, separated by 、 or commas</source>
        <translation>Words agents search for, separated by 、 or commas</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Text (Markdown):</source>
        <translation>&amp;Text (Markdown):</translation>
    </message>
</context>
<context>
    <name>safelink::desk::ArticleHistoryDialog</name>
    <message>
        <source>History of the article</source>
        <translation>History of the article</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Asking the hub…</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s), newest first.</source>
        <translation>
            <numerusform>%n version, newest first.</numerusform>
            <numerusform>%n versions, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>The history cannot be read: %1</translation>
    </message>
    <message>
        <source>(deleted in this version)</source>
        <translation>(deleted in this version)</translation>
    </message>
    <message>
        <source>(this version cannot be read)</source>
        <translation>(this version cannot be read)</translation>
    </message>
    <message>
        <source>Deleted articles</source>
        <translation>Deleted articles</translation>
    </message>
    <message>
        <source>%1
deleted %2 by %3</source>
        <translation>%1
deleted %2 by %3</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(cannot be read)</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted article(s), newest first.</source>
        <translation>
            <numerusform>%n deleted article, newest first.</numerusform>
            <numerusform>%n deleted articles, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>safelink::desk::AudioDevicesDialog</name>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>%1 (not plugged in)</source>
        <translation>%1 (not plugged in)</translation>
    </message>
    <message>
        <source>Audio devices</source>
        <translation>Audio devices</translation>
    </message>
    <message>
        <source>Talk on the headset; let incoming calls ring on a speaker you can hear without the headset on.</source>
        <translation>Talk on the headset; let incoming calls ring on a speaker you can hear without the headset on.</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microphone:</translation>
    </message>
    <message>
        <source>&amp;Headset:</source>
        <translation>&amp;Headset:</translation>
    </message>
    <message>
        <source>&amp;Ring on:</source>
        <translation>&amp;Ring on:</translation>
    </message>
</context>
<context>
    <name>safelink::desk::BlockListDialog</name>
    <message>
        <source>Blocked numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls from these numbers are refused on the hotline, and the refusal is recorded. Add a number with the reason, or take one off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls from these numbers are refused on the hotline. Supervisors keep this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished">Number</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>139 0000 0666</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, e.g. repeated abusive calls to agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unblock selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is not connected to a hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is not on the list any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safelink::desk::CallArchiver</name>
    <message>
        <source>The call record could not be saved: %1</source>
        <translation>The call record could not be saved: %1</translation>
    </message>
    <message>
        <source>A call recording could not be encrypted: %1</source>
        <translation>A call recording could not be encrypted: %1</translation>
    </message>
</context>
<context>
    <name>safelink::desk::CallBar</name>
    <message>
        <source>● Recording</source>
        <translation>● Recording</translation>
    </message>
    <message>
        <source>This call is being recorded</source>
        <translation>This call is being recorded</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation>Answer the ringing call</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <source>Hang up, or refuse a ringing call</source>
        <translation>Hang up, or refuse a ringing call</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Put the call on hold, or take it back</source>
        <translation>Put the call on hold, or take it back</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Mute or unmute the microphone</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Transfer the call to the number typed in the number field</source>
        <translation>Transfer the call to the number typed in the number field</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>Join the call on hold into a three-way call</source>
        <translation>Join the call on hold into a three-way call</translation>
    </message>
    <message>
        <source>Dial pad</source>
        <translation>Dial pad</translation>
    </message>
    <message>
        <source>Type a number to dial</source>
        <translation>Type a number to dial</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>Redial</translation>
    </message>
    <message>
        <source>Dial the last number again</source>
        <translation>Dial the last number again</translation>
    </message>
    <message>
        <source>Number (F8), Enter dials</source>
        <translation>Number (F8), Enter dials</translation>
    </message>
    <message>
        <source>Send keys</source>
        <translation>Send keys</translation>
    </message>
    <message>
        <source>Send the typed digits into the call as keys (%1)</source>
        <translation>Send the typed digits into the call as keys (%1)</translation>
    </message>
    <message>
        <source>Number to transfer to, then F6</source>
        <translation>Number to transfer to, then F6</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>No call</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>conference</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Unmute</translation>
    </message>
</context>
<context>
    <name>safelink::desk::CallController</name>
    <message>
        <source>No call is ringing.</source>
        <translation>No call is ringing.</translation>
    </message>
    <message>
        <source>There is no call to hang up.</source>
        <translation>There is no call to hang up.</translation>
    </message>
    <message>
        <source>There is no answered call to hold.</source>
        <translation>There is no answered call to hold.</translation>
    </message>
    <message>
        <source>This call cannot be held now.</source>
        <translation>This call cannot be held now.</translation>
    </message>
    <message>
        <source>There is no call talking to mute.</source>
        <translation>There is no call talking to mute.</translation>
    </message>
    <message>
        <source>Type a number to dial.</source>
        <translation>Type a number to dial.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number that can be dialled.</source>
        <translation>&quot;%1&quot; is not a number that can be dialled.</translation>
    </message>
    <message>
        <source>Nothing has been dialled yet.</source>
        <translation>Nothing has been dialled yet.</translation>
    </message>
    <message>
        <source>There is no call talking to send keys to.</source>
        <translation>There is no call talking to send keys to.</translation>
    </message>
    <message>
        <source>Only 0-9, *, # and A-D can be sent as keys.</source>
        <translation>Only 0-9, *, # and A-D can be sent as keys.</translation>
    </message>
    <message>
        <source>There is no call talking to transfer.</source>
        <translation>There is no call talking to transfer.</translation>
    </message>
    <message>
        <source>Type the number to transfer to.</source>
        <translation>Type the number to transfer to.</translation>
    </message>
    <message>
        <source>A conference needs two answered calls: dial 120 or a relative first, then join.</source>
        <translation>A conference needs two answered calls: dial 120 or a relative first, then join.</translation>
    </message>
</context>
<context>
    <name>safelink::desk::CaseForm</name>
    <message>
        <source>Assess: what happened, is the person conscious and breathing</source>
        <translation>Assess: what happened, is the person conscious and breathing</translation>
    </message>
    <message>
        <source>Call 120 (ambulance), three-way with the caller</source>
        <translation>Call 120 (ambulance), three-way with the caller</translation>
    </message>
    <message>
        <source>Call 110 (police) when needed</source>
        <translation>Call 110 (police) when needed</translation>
    </message>
    <message>
        <source>Notify the designated relatives</source>
        <translation>Notify the designated relatives</translation>
    </message>
    <message>
        <source>Follow up until the person is safe</source>
        <translation>Follow up until the person is safe</translation>
    </message>
    <message>
        <source>Answer from the knowledge base</source>
        <translation>Answer from the knowledge base</translation>
    </message>
    <message>
        <source>Refer to the right office when we cannot answer</source>
        <translation>Refer to the right office when we cannot answer</translation>
    </message>
    <message>
        <source>Record the complaint in the caller&apos;s words</source>
        <translation>Record the complaint in the caller&apos;s words</translation>
    </message>
    <message>
        <source>Pass it to the supervisor</source>
        <translation>Pass it to the supervisor</translation>
    </message>
    <message>
        <source>Reply to the caller</source>
        <translation>Reply to the caller</translation>
    </message>
    <message>
        <source>Record the need</source>
        <translation>Record the need</translation>
    </message>
    <message>
        <source>Refer to a provider</source>
        <translation>Refer to a provider</translation>
    </message>
    <message>
        <source>Confirm the service with the person</source>
        <translation>Confirm the service with the person</translation>
    </message>
    <message>
        <source>Diagnose with the caller (battery, power, line)</source>
        <translation>Diagnose with the caller (battery, power, line)</translation>
    </message>
    <message>
        <source>Open a repair work order</source>
        <translation>Open a repair work order</translation>
    </message>
    <message>
        <source>Confirm the terminal works again</source>
        <translation>Confirm the terminal works again</translation>
    </message>
    <message>
        <source>Note what was done</source>
        <translation>Note what was done</translation>
    </message>
    <message>
        <source>Ambulance sent (120)</source>
        <translation>Ambulance sent (120)</translation>
    </message>
    <message>
        <source>Police called (110)</source>
        <translation>Police called (110)</translation>
    </message>
    <message>
        <source>Relative or neighbour went to help</source>
        <translation>Relative or neighbour went to help</translation>
    </message>
    <message>
        <source>Resolved on the phone</source>
        <translation>Resolved on the phone</translation>
    </message>
    <message>
        <source>False alarm, person safe</source>
        <translation>False alarm, person safe</translation>
    </message>
    <message>
        <source>No answer: on-site check arranged</source>
        <translation>No answer: on-site check arranged</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Information given</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Referred elsewhere</translation>
    </message>
    <message>
        <source>Resolved, caller satisfied</source>
        <translation>Resolved, caller satisfied</translation>
    </message>
    <message>
        <source>Escalated to the supervisor</source>
        <translation>Escalated to the supervisor</translation>
    </message>
    <message>
        <source>Referred to a provider</source>
        <translation>Referred to a provider</translation>
    </message>
    <message>
        <source>Not possible, caller told why</source>
        <translation>Not possible, caller told why</translation>
    </message>
    <message>
        <source>Fixed on the phone</source>
        <translation>Fixed on the phone</translation>
    </message>
    <message>
        <source>Repair work order opened</source>
        <translation>Repair work order opened</translation>
    </message>
    <message>
        <source>Care call done, person well</source>
        <translation>Care call done, person well</translation>
    </message>
    <message>
        <source>Not reached, a contact confirmed they are well</source>
        <translation>Not reached, a contact confirmed they are well</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>No case is open.</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation>Say in a few words what happened.</translation>
    </message>
    <message>
        <source>This outcome does not belong to this kind of case.</source>
        <translation>This outcome does not belong to this kind of case.</translation>
    </message>
    <message>
        <source>Same-day callback after the alarm: %1</source>
        <translation>Same-day callback after the alarm: %1</translation>
    </message>
</context>
<context>
    <name>safelink::desk::CaseFormWidget</name>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>P1 — life at risk</source>
        <translation>P1 — life at risk</translation>
    </message>
    <message>
        <source>P5 — information</source>
        <translation>P5 — information</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priority</translation>
    </message>
    <message>
        <source>e.g. fell in the bathroom, cannot get up</source>
        <translation>e.g. fell in the bathroom, cannot get up</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;What happened</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>What was said and done, in order</source>
        <translation>What was said and done, in order</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the case and keep it open (%1)</source>
        <translation>Save the case and keep it open (%1)</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>Save and close: an outcome is needed (%1)</source>
        <translation>Save and close: an outcome is needed (%1)</translation>
    </message>
    <message>
        <source>(number given when saved)</source>
        <translation>(number given when saved)</translation>
    </message>
    <message>
        <source>No case open: Ctrl+E opens an alarm case for the caller.</source>
        <translation>No case open: Ctrl+E opens an alarm case for the caller.</translation>
    </message>
    <message>
        <source>— choose when closing —</source>
        <translation>— choose when closing —</translation>
    </message>
    <message>
        <source>Same-day callback due %1</source>
        <translation>Same-day callback due %1</translation>
    </message>
    <message>
        <source>A same-day callback is scheduled when the case is saved.</source>
        <translation>A same-day callback is scheduled when the case is saved.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Mark done now (%1)</source>
        <translation>Mark done now (%1)</translation>
    </message>
    <message>
        <source>Knowledge base: %1</source>
        <translation>Knowledge base: %1</translation>
    </message>
</context>
<context>
    <name>safelink::desk::DeskSession</name>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>This seat has no records yet (not connected to a hub).</source>
        <translation>This seat has no records yet (not connected to a hub).</translation>
    </message>
    <message>
        <source>Not connected to a hub: the number cannot be linked now.</source>
        <translation>Not connected to a hub: the number cannot be linked now.</translation>
    </message>
    <message>
        <source>The number could not be linked: %1</source>
        <translation>The number could not be linked: %1</translation>
    </message>
    <message>
        <source>caller ID</source>
        <translation>caller ID</translation>
    </message>
    <message>
        <source>%1 is now saved as a phone of %2.</source>
        <translation>%1 is now saved as a phone of %2.</translation>
    </message>
    <message>
        <source>New &amp;alarm case</source>
        <translation>New &amp;alarm case</translation>
    </message>
    <message>
        <source>An emergency case for the caller, with caller, time and place filled in (%1)</source>
        <translation>An emergency case for the caller, with caller, time and place filled in (%1)</translation>
    </message>
    <message>
        <source>New &amp;other case</source>
        <translation>New &amp;other case</translation>
    </message>
    <message>
        <source>A question, complaint, service request or device fault (%1)</source>
        <translation>A question, complaint, service request or device fault (%1)</translation>
    </message>
    <message>
        <source>Not connected to a hub: the case cannot be saved.</source>
        <translation>Not connected to a hub: the case cannot be saved.</translation>
    </message>
    <message>
        <source>The case could not be saved: %1</source>
        <translation>The case could not be saved: %1</translation>
    </message>
    <message>
        <source>The same-day callback could not be scheduled: %1</source>
        <translation>The same-day callback could not be scheduled: %1</translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation>Case closed.</translation>
    </message>
    <message>
        <source>Case saved.</source>
        <translation>Case saved.</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>&amp;Ready</translation>
    </message>
    <message>
        <source>Take calls</source>
        <translation>Take calls</translation>
    </message>
    <message>
        <source>&amp;Break…</source>
        <translation>&amp;Break…</translation>
    </message>
    <message>
        <source>A break, with its reason</source>
        <translation>A break, with its reason</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Meal</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Rest</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>A break needs its reason.</source>
        <translation>A break needs its reason.</translation>
    </message>
    <message>
        <source>&amp;Away</source>
        <translation>&amp;Away</translation>
    </message>
    <message>
        <source>Signed in but not taking calls</source>
        <translation>Signed in but not taking calls</translation>
    </message>
    <message>
        <source>&amp;End wrap-up</source>
        <translation>&amp;End wrap-up</translation>
    </message>
    <message>
        <source>Done writing: take the next call</source>
        <translation>Done writing: take the next call</translation>
    </message>
    <message>
        <source>&amp;History of the person…</source>
        <translation>&amp;History of the person…</translation>
    </message>
    <message>
        <source>Calls (with recordings), cases and work orders of the person on the card (%1)</source>
        <translation>Calls (with recordings), cases and work orders of the person on the card (%1)</translation>
    </message>
    <message>
        <source>No person on the card: the history needs one.</source>
        <translation>No person on the card: the history needs one.</translation>
    </message>
    <message>
        <source>Wearable</source>
        <translation>Wearable</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Seat &amp;board…</source>
        <translation>Seat &amp;board…</translation>
    </message>
    <message>
        <source>Every signed-in seat: state, for how long, phone</source>
        <translation>Every signed-in seat: state, for how long, phone</translation>
    </message>
    <message>
        <source>Not connected to a hub: there is no seat board.</source>
        <translation>Not connected to a hub: there is no seat board.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>Where the person is and the nearest help (Ctrl+M)</source>
        <translation>Where the person is and the nearest help (Ctrl+M)</translation>
    </message>
    <message>
        <source>Policies, procedures and scripts (Ctrl+K searches)</source>
        <translation>Policies, procedures and scripts (Ctrl+K searches)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is attached to the case.</source>
        <translation>&quot;%1&quot; is attached to the case.</translation>
    </message>
    <message>
        <source>Search the &amp;knowledge base</source>
        <translation>Search the &amp;knowledge base</translation>
    </message>
    <message>
        <source>Policies, procedures and scripts (%1)</source>
        <translation>Policies, procedures and scripts (%1)</translation>
    </message>
    <message>
        <source>Show the &amp;map</source>
        <translation>Show the &amp;map</translation>
    </message>
    <message>
        <source>An alarm has waited too long: nobody has taken it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked &amp;numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers the hotline refuses, with the reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safelink::desk::HoldDialog</name>
    <message>
        <source>Put the alarm on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it can wait (e.g. the family is on the way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority while held</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safelink::desk::HubRecordingPane</name>
    <message>
        <source>Fetching the recording from the hub…</source>
        <translation>Fetching the recording from the hub…</translation>
    </message>
    <message>
        <source>The recording cannot be fetched: %1</source>
        <translation>The recording cannot be fetched: %1</translation>
    </message>
</context>
<context>
    <name>safelink::desk::KnowledgeModel</name>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>Not filed</translation>
    </message>
</context>
<context>
    <name>safelink::desk::KnowledgePanel</name>
    <message>
        <source>Search the knowledge base (Ctrl+K), Enter to search</source>
        <translation>Search the knowledge base (Ctrl+K), Enter to search</translation>
    </message>
    <message>
        <source>Choose an article in the tree or search for one.</source>
        <translation>Choose an article in the tree or search for one.</translation>
    </message>
    <message>
        <source>Attach to the case</source>
        <translation>Attach to the case</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>New folder</translation>
    </message>
    <message>
        <source>Rename / move folder</source>
        <translation>Rename / move folder</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Attach this article to the open case (Ctrl+Shift+K)</source>
        <translation>Attach this article to the open case (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>No case is open: open one first (Ctrl+E) to attach articles to it.</source>
        <translation>No case is open: open one first (Ctrl+E) to attach articles to it.</translation>
    </message>
    <message>
        <source>The knowledge base cannot be read: %1</source>
        <translation>The knowledge base cannot be read: %1</translation>
    </message>
    <message>
        <source>The article shown was deleted.</source>
        <translation>The article shown was deleted.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found; Down and Enter to read.</source>
        <translation>
            <numerusform>%n article found; Down and Enter to read.</numerusform>
            <numerusform>%n articles found; Down and Enter to read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Nothing found for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The article cannot be read: %1</source>
        <translation>The article cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 · version %2 · last changed %3 by %4</source>
        <translation>%1 · version %2 · last changed %3 by %4</translation>
    </message>
    <message>
        <source>Not connected to a hub: the knowledge base cannot be changed.</source>
        <translation>Not connected to a hub: the knowledge base cannot be changed.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators edit the knowledge base.</source>
        <translation>Only supervisors and administrators edit the knowledge base.</translation>
    </message>
    <message>
        <source>A folder cannot be moved into itself or into one of its own folders.</source>
        <translation>A folder cannot be moved into itself or into one of its own folders.</translation>
    </message>
    <message>
        <source>Only an empty folder can be deleted: move or delete what is in it first.</source>
        <translation>Only an empty folder can be deleted: move or delete what is in it first.</translation>
    </message>
    <message>
        <source>Choose the article to edit first.</source>
        <translation>Choose the article to edit first.</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>Saved; every seat gets the change from the hub.</source>
        <translation>Saved; every seat gets the change from the hub.</translation>
    </message>
    <message>
        <source>Choose the folder in the tree first.</source>
        <translation>Choose the folder in the tree first.</translation>
    </message>
    <message>
        <source>Rename or move the folder</source>
        <translation>Rename or move the folder</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>In:</translation>
    </message>
    <message>
        <source>Choose the article or folder to delete first.</source>
        <translation>Choose the article or folder to delete first.</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its history stays on the hub.</source>
        <translation>Delete &quot;%1&quot;? Its history stays on the hub.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Deleted.</translation>
    </message>
    <message>
        <source>Choose the article first.</source>
        <translation>Choose the article first.</translation>
    </message>
    <message>
        <source>The old version is saved as the newest one.</source>
        <translation>The old version is saved as the newest one.</translation>
    </message>
    <message>
        <source>Deleted articles</source>
        <translation>Deleted articles</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is restored.</source>
        <translation>&quot;%1&quot; is restored.</translation>
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
    <message>
        <source>Hub: live</source>
        <translation>Hub: live</translation>
    </message>
    <message>
        <source>Hub: catching up</source>
        <translation>Hub: catching up</translation>
    </message>
    <message>
        <source>Hub: connecting</source>
        <translation>Hub: connecting</translation>
    </message>
    <message>
        <source>Hub: offline</source>
        <translation>Hub: offline</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) waiting to be sent</source>
        <translation>
            <numerusform>%n write(s) waiting to be sent</numerusform>
            <numerusform>%n write(s) waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the hub. Waiting for calls.</source>
        <translation>Connected to the hub. Waiting for calls.</translation>
    </message>
    <message>
        <source>Bringing this seat&apos;s records up to date…</source>
        <translation>Bringing this seat&apos;s records up to date…</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Connecting to the hub…</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Work continues from this seat&apos;s records; what you save is sent when the hub is back.</source>
        <translation>The hub cannot be reached. Work continues from this seat&apos;s records; what you save is sent when the hub is back.</translation>
    </message>
    <message>
        <source>&amp;Audio devices…</source>
        <translation>&amp;Audio devices…</translation>
    </message>
    <message>
        <source>Choose the headset, microphone and ring device (%1)</source>
        <translation>Choose the headset, microphone and ring device (%1)</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>&amp;Recent calls…</source>
        <translation>&amp;Recent calls…</translation>
    </message>
    <message>
        <source>The newest calls and their recordings (%1)</source>
        <translation>The newest calls and their recordings (%1)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>no extension set</source>
        <translation>no extension set</translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation>S&amp;tate</translation>
    </message>
    <message>
        <source>Seat: %1</source>
        <translation>Seat: %1</translation>
    </message>
    <message>
        <source>Alarm queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safelink::desk::RecentCallsDialog</name>
    <message>
        <source>Recent calls</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <source>Enter plays the selected call&apos;s recording</source>
        <translation>Enter plays the selected call&apos;s recording</translation>
    </message>
    <message>
        <source>This call has no recording.</source>
        <translation>This call has no recording.</translation>
    </message>
</context>
<context>
    <name>safelink::desk::RecentCallsModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Talk time</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
</context>
<context>
    <name>safelink::desk::RecordingPlayer</name>
    <message>
        <source>No recording loaded</source>
        <translation>No recording loaded</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Play or pause the recording (Space); ←/→ jump 5 seconds</source>
        <translation>Play or pause the recording (Space); ←/→ jump 5 seconds</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>The recording cannot be played: %1</source>
        <translation>The recording cannot be played: %1</translation>
    </message>
</context>
<context>
    <name>safelink::desk::ScreenPop</name>
    <message>
        <source>Number withheld</source>
        <translation>Number withheld</translation>
    </message>
    <message>
        <source>The local records could not be read: %1</source>
        <translation>The local records could not be read: %1</translation>
    </message>
    <message>
        <source>The alarm terminal or home line of this household</source>
        <translation>The alarm terminal or home line of this household</translation>
    </message>
    <message numerus="yes">
        <source>%n people share this number: choose who is calling</source>
        <translation>
            <numerusform>%n person shares this number: choose who is calling</numerusform>
            <numerusform>%n people share this number: choose who is calling</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen by the agent</source>
        <translation>Chosen by the agent</translation>
    </message>
    <message>
        <source>Emergency contact %1 (%2) is calling about this person</source>
        <translation>Emergency contact %1 (%2) is calling about this person</translation>
    </message>
    <message>
        <source>An emergency contact is calling about this person</source>
        <translation>An emergency contact is calling about this person</translation>
    </message>
</context>
<context>
    <name>safelink::desk::SeatBoardModel</name>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>not registered</translation>
    </message>
    <message>
        <source>The seat&apos;s phone is not registered: it cannot take calls.</source>
        <translation>The seat&apos;s phone is not registered: it cannot take calls.</translation>
    </message>
    <message numerus="yes">
        <source>A break longer than %n minute(s).</source>
        <translation>
            <numerusform>A break longer than %n minute.</numerusform>
            <numerusform>A break longer than %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrap-up longer than %n minute(s).</source>
        <translation>
            <numerusform>Wrap-up longer than %n minute.</numerusform>
            <numerusform>Wrap-up longer than %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>safelink::desk::SeatBoardWindow</name>
    <message>
        <source>Seat board</source>
        <translation>Seat board</translation>
    </message>
    <message>
        <source>needing attention %1</source>
        <translation>needing attention %1</translation>
    </message>
</context>
<context>
    <name>safelink::desk::SignInDialog</name>
    <message>
        <source>Sign in to the center</source>
        <translation>Sign in to the center</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10:7420</source>
        <translation>e.g. 192.168.1.10:7420</translation>
    </message>
    <message>
        <source>&amp;Center server</source>
        <translation>&amp;Center server</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>e.g. 坐席3 (where you sit)</source>
        <translation>e.g. 坐席3 (where you sit)</translation>
    </message>
    <message>
        <source>&amp;Seat</source>
        <translation>&amp;Seat</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Work without the center</source>
        <translation>Work without the center</translation>
    </message>
    <message>
        <source>First connection: this seat will remember the center&apos;s key. Compare the fingerprint shown after sign-in with the administrator&apos;s note.</source>
        <translation>First connection: this seat will remember the center&apos;s key. Compare the fingerprint shown after sign-in with the administrator&apos;s note.</translation>
    </message>
    <message>
        <source>Trusted center key: %1</source>
        <translation>Trusted center key: %1</translation>
    </message>
    <message>
        <source>Write the server&apos;s address and port, e.g. 192.168.1.10:7420.</source>
        <translation>Write the server&apos;s address and port, e.g. 192.168.1.10:7420.</translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>Type your login.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
</context>
<context>
    <name>safelink::desk::SubjectCard</name>
    <message>
        <source>Find the caller by name, ID number, address or phone:</source>
        <translation>Find the caller by name, ID number, address or phone:</translation>
    </message>
    <message>
        <source>e.g. 陈桂英, 440104…, 文德路, 138…</source>
        <translation>e.g. 陈桂英, 440104…, 文德路, 138…</translation>
    </message>
    <message>
        <source>This is the caller</source>
        <translation>This is the caller</translation>
    </message>
    <message>
        <source>Show this person&apos;s card (%1)</source>
        <translation>Show this person&apos;s card (%1)</translation>
    </message>
    <message>
        <source>Link the number to this person</source>
        <translation>Link the number to this person</translation>
    </message>
    <message>
        <source>Save the caller&apos;s number among this person&apos;s phones (%1)</source>
        <translation>Save the caller&apos;s number among this person&apos;s phones (%1)</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>No call</translation>
    </message>
    <message>
        <source>%1, %2, %3 — %4</source>
        <translation>%1, %2, %3 — %4</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>age unknown</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Emergency contacts</translation>
    </message>
    <message>
        <source>has a key</source>
        <translation>has a key</translation>
    </message>
    <message>
        <source>lives nearby</source>
        <translation>lives nearby</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>Call %1 on %2</source>
        <translation>Call %1 on %2</translation>
    </message>
    <message>
        <source>Call %1 on %2 (%3)</source>
        <translation>Call %1 on %2 (%3)</translation>
    </message>
    <message>
        <source>None recorded — ask the caller.</source>
        <translation>None recorded — ask the caller.</translation>
    </message>
    <message>
        <source>own phone</source>
        <translation>own phone</translation>
    </message>
    <message>
        <source>alarm terminal / home line</source>
        <translation>alarm terminal / home line</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>emergency contact</translation>
    </message>
    <message>
        <source>shared number</source>
        <translation>shared number</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>no number</translation>
    </message>
    <message>
        <source>unknown number</source>
        <translation>unknown number</translation>
    </message>
    <message>
        <source>Access: %1</source>
        <translation>Access: %1</translation>
    </message>
    <message>
        <source>Speaks: %1</source>
        <translation>Speaks: %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>No health notes</source>
        <translation>No health notes</translation>
    </message>
    <message>
        <source>Medications: %1</source>
        <translation>Medications: %1</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Allergies: %1</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n year(s))</source>
        <translation>
            <numerusform>%1 (%n year)</numerusform>
            <numerusform>%1 (%n years)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lives with</source>
        <translation>Lives with</translation>
    </message>
    <message>
        <source>battery %1%</source>
        <translation>battery %1%</translation>
    </message>
    <message>
        <source>online (%1)</source>
        <translation>online (%1)</translation>
    </message>
    <message>
        <source>offline since %1</source>
        <translation>offline since %1</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminals</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Last calls</source>
        <translation>Last calls</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
</context>
<context>
    <name>safelink::desk::SubjectHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <source>Filter: any word, e.g. 跌倒, 120, 回访</source>
        <translation>Filter: any word, e.g. 跌倒, 120, 回访</translation>
    </message>
    <message>
        <source>Enter plays a recorded call</source>
        <translation>Enter plays a recorded call</translation>
    </message>
    <message>
        <source>Only recorded calls can be played.</source>
        <translation>Only recorded calls can be played.</translation>
    </message>
</context>
<context>
    <name>safelink::desk::SubjectHistoryModel</name>
    <message>
        <source>talked %1:%2</source>
        <translation>talked %1:%2</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>recorded</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>safelink::hub::AccountService</name>
    <message>
        <source>A password has at least %1 characters with both letters and digits.</source>
        <translation>A password has at least %1 characters with both letters and digits.</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>No such account.</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>The login or the password is wrong.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: this account is locked until %1.</source>
        <translation>Too many failed sign-ins: this account is locked until %1.</translation>
    </message>
    <message>
        <source>This account is disabled; ask an administrator.</source>
        <translation>This account is disabled; ask an administrator.</translation>
    </message>
    <message>
        <source>The session has ended; sign in again.</source>
        <translation>The session has ended; sign in again.</translation>
    </message>
</context>
<context>
    <name>safelink::hub::AlarmService</name>
    <message>
        <source>The heartbeat interval is 3 to 86400 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation time is 5 to 3600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: again (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on terminal %2: check the terminal and the person within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal is heard again (it was silent since %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported late: the mains came back afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 is not on record (SIP %2); it reported: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal withdrew the alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No heartbeat since %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safelink::hub::CallRouter</name>
    <message>
        <source>The number is on the blocked list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was answered already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was free for %1 seconds; the caller is called back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safelink::hub::CallRouting</name>
    <message>
        <source>The ring time is 5 to 120 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest wait is 30 to 1800 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area code is 0 and two or three digits (020, 0755).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors keep the blocked list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is not on the blocked list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call&apos;s Call-ID is missing or not printable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller is missing or not printable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialled number is not printable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which seat answered is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which seat did not answer is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SIP status from 300 to 699.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is answered, failed, cancelled or ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hung up after waiting %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody was free for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line dropped after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back %1: the call was not answered (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back %1 (%2): the call was not answered (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safelink::hub::DeviceEvents</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>Expected text.</translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation>Expected a number.</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Expected an object.</translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>Must not be empty.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <source>This token belongs to another device.</source>
        <translation>This token belongs to another device.</translation>
    </message>
    <message>
        <source>Unknown event type &quot;%1&quot;; expected one of sos, fall, low_battery, power_lost, power_restored, heartbeat, removed.</source>
        <translation>Unknown event type &quot;%1&quot;; expected one of sos, fall, low_battery, power_lost, power_restored, heartbeat, removed.</translation>
    </message>
    <message>
        <source>Expected a time in ISO 8601 with a time zone, such as 2026-11-23T08:15:30+08:00.</source>
        <translation>Expected a time in ISO 8601 with a time zone, such as 2026-11-23T08:15:30+08:00.</translation>
    </message>
    <message>
        <source>A latitude is a number from -90 to 90.</source>
        <translation>A latitude is a number from -90 to 90.</translation>
    </message>
    <message>
        <source>A longitude is a number from -180 to 180.</source>
        <translation>A longitude is a number from -180 to 180.</translation>
    </message>
    <message>
        <source>The accuracy is a number of metres, not negative.</source>
        <translation>The accuracy is a number of metres, not negative.</translation>
    </message>
    <message>
        <source>The position source is gps or cell.</source>
        <translation>The position source is gps or cell.</translation>
    </message>
    <message>
        <source>The battery level is a whole number from 0 to 100.</source>
        <translation>The battery level is a whole number from 0 to 100.</translation>
    </message>
    <message>
        <source>There is no device with this id.</source>
        <translation>There is no device with this id.</translation>
    </message>
    <message>
        <source>This device has no token.</source>
        <translation>This device has no token.</translation>
    </message>
    <message>
        <source>The device token is unknown or was revoked.</source>
        <translation>The device token is unknown or was revoked.</translation>
    </message>
</context>
<context>
    <name>safelink::hub::HttpApi</name>
    <message>
        <source>The body is not valid JSON (%1).</source>
        <translation>The body is not valid JSON (%1).</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>The body must be a JSON object.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>Expected text.</translation>
    </message>
    <message>
        <source>Sign in first: send the header Authorization: Bearer &lt;token&gt;.</source>
        <translation>Sign in first: send the header Authorization: Bearer &lt;token&gt;.</translation>
    </message>
    <message>
        <source>Send the device&apos;s token in the header Authorization: Device &lt;token&gt;.</source>
        <translation>Send the device&apos;s token in the header Authorization: Device &lt;token&gt;.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Your role may not do this.</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>There is nothing at this address.</translation>
    </message>
    <message>
        <source>There is no person with this id.</source>
        <translation>There is no person with this id.</translation>
    </message>
    <message>
        <source>There is no case with this id.</source>
        <translation>There is no case with this id.</translation>
    </message>
    <message>
        <source>There is no device with this id.</source>
        <translation>There is no device with this id.</translation>
    </message>
    <message>
        <source>This address does not accept %1; it accepts %2.</source>
        <translation>This address does not accept %1; it accepts %2.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 KiB.</source>
        <translation>The request body is larger than %1 KiB.</translation>
    </message>
    <message>
        <source>The request headers are larger than %1 KiB.</source>
        <translation>The request headers are larger than %1 KiB.</translation>
    </message>
    <message>
        <source>Send an Idempotency-Key header: a value made once for this case and sent again unchanged when the request is retried.</source>
        <translation>Send an Idempotency-Key header: a value made once for this case and sent again unchanged when the request is retried.</translation>
    </message>
    <message>
        <source>An Idempotency-Key is 1 to 200 printable ASCII characters.</source>
        <translation>An Idempotency-Key is 1 to 200 printable ASCII characters.</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for another record.</source>
        <translation>This Idempotency-Key was already used for another record.</translation>
    </message>
    <message>
        <source>A whole number from 1 to %1.</source>
        <translation>A whole number from 1 to %1.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; expected open, follow_up or closed.</source>
        <translation>Unknown status &quot;%1&quot;; expected open, follow_up or closed.</translation>
    </message>
    <message>
        <source>The hub could not complete the request; the reason is in its log.</source>
        <translation>The hub could not complete the request; the reason is in its log.</translation>
    </message>
    <message>
        <source>The hub&apos;s database is not available.</source>
        <translation>The hub&apos;s database is not available.</translation>
    </message>
    <message>
        <source>The HTTP API cannot listen on %1 port %2: %3</source>
        <translation>The HTTP API cannot listen on %1 port %2: %3</translation>
    </message>
    <message>
        <source>Send the SIP proxy&apos;s routing token: &quot;Authorization: Route &lt;token&gt;&quot; (safelink-hub routing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call routing is not running on this hub.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Create a data folder: database, key pair, first administrator.</source>
        <translation>Create a data folder: database, key pair, first administrator.</translation>
    </message>
    <message>
        <source>Run the hub: seats connect, sync and write through it.</source>
        <translation>Run the hub: seats connect, sync and write through it.</translation>
    </message>
    <message>
        <source>Add an account (agent, supervisor, admin, auditor).</source>
        <translation>Add an account (agent, supervisor, admin, auditor).</translation>
    </message>
    <message>
        <source>Import subjects from the previous operator&apos;s spreadsheet (CSV or .xlsx).</source>
        <translation>Import subjects from the previous operator&apos;s spreadsheet (CSV or .xlsx).</translation>
    </message>
    <message>
        <source>Export subjects by region and condition to a CSV file.</source>
        <translation>Export subjects by region and condition to a CSV file.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the hub database to a file.</source>
        <translation>Write a consistent copy of the hub database to a file.</translation>
    </message>
    <message>
        <source>Replace a stopped hub&apos;s database with a backup; the old one is kept.</source>
        <translation>Replace a stopped hub&apos;s database with a backup; the old one is kept.</translation>
    </message>
    <message>
        <source>The backup file to write (must not exist).</source>
        <translation>The backup file to write (must not exist).</translation>
    </message>
    <message>
        <source>Give the backup file with --to.</source>
        <translation>Give the backup file with --to.</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never overwrites a file.</source>
        <translation>%1 exists already; a backup never overwrites a file.</translation>
    </message>
    <message>
        <source>There is no hub database in %1.</source>
        <translation>There is no hub database in %1.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 MB).</source>
        <translation>Backup written to %1 (%2 MB).</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>The backup file to restore.</translation>
    </message>
    <message>
        <source>Give the data folder with --data and the backup with --from.</source>
        <translation>Give the data folder with --data and the backup with --from.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>The backup %1 does not exist.</translation>
    </message>
    <message>
        <source>The hub is running on %1; stop it before restoring.</source>
        <translation>The hub is running on %1; stop it before restoring.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2.</source>
        <translation>Cannot copy %1 into %2.</translation>
    </message>
    <message>
        <source>it holds no Safelink data</source>
        <translation>it holds no Safelink data</translation>
    </message>
    <message>
        <source>it was written by a newer Safelink (schema %1)</source>
        <translation>it was written by a newer Safelink (schema %1)</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2. Nothing was changed.</source>
        <translation>%1 cannot be restored: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot move the current database aside; nothing was changed.</source>
        <translation>Cannot move the current database aside; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place.</source>
        <translation>Cannot put the backup in place.</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>Restored %1 into %2.</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>The previous database was kept as %1.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Cannot read the password file %1.</translation>
    </message>
    <message>
        <source>No terminal to ask for the password: use --password-file.</source>
        <translation>No terminal to ask for the password: use --password-file.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>No password was typed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ADDRESS:PORT (such as 0.0.0.0:7420).</source>
        <translation>&quot;%1&quot; is not ADDRESS:PORT (such as 0.0.0.0:7420).</translation>
    </message>
    <message>
        <source>Login of the first administrator (default admin).</source>
        <translation>Login of the first administrator (default admin).</translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from this file instead of asking.</source>
        <translation>Read the administrator&apos;s password from this file instead of asking.</translation>
    </message>
    <message>
        <source>%1 is already set up; init only prepares a new data folder.</source>
        <translation>%1 is already set up; init only prepares a new data folder.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; exists and is not an administrator.</source>
        <translation>The account &quot;%1&quot; exists and is not an administrator.</translation>
    </message>
    <message>
        <source>Data folder %1 is ready; administrator &quot;%2&quot; created.</source>
        <translation>Data folder %1 is ready; administrator &quot;%2&quot; created.</translation>
    </message>
    <message>
        <source>Hub key fingerprint (seats compare it on first connection):</source>
        <translation>Hub key fingerprint (seats compare it on first connection):</translation>
    </message>
    <message>
        <source>The new account&apos;s login.</source>
        <translation>The new account&apos;s login.</translation>
    </message>
    <message>
        <source>The person&apos;s name as shown.</source>
        <translation>The person&apos;s name as shown.</translation>
    </message>
    <message>
        <source>agent, supervisor, admin or auditor (repeatable).</source>
        <translation>agent, supervisor, admin or auditor (repeatable).</translation>
    </message>
    <message>
        <source>A language or dialect spoken (repeatable).</source>
        <translation>A language or dialect spoken (repeatable).</translation>
    </message>
    <message>
        <source>Read the password from this file.</source>
        <translation>Read the password from this file.</translation>
    </message>
    <message>
        <source>Add an account.</source>
        <translation>Add an account.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use agent, supervisor, admin or auditor.</source>
        <translation>Unknown role &quot;%1&quot;; use agent, supervisor, admin or auditor.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; created.</source>
        <translation>Account &quot;%1&quot; created.</translation>
    </message>
    <message>
        <source>Address and port for the seats (default 0.0.0.0:7420).</source>
        <translation>Address and port for the seats (default 0.0.0.0:7420).</translation>
    </message>
    <message>
        <source>Run the hub.</source>
        <translation>Run the hub.</translation>
    </message>
    <message>
        <source>Cannot take %1: another hub runs on it, or it does not exist.</source>
        <translation>Cannot take %1: another hub runs on it, or it does not exist.</translation>
    </message>
    <message>
        <source>Run safelink-hub init --data %1 first.</source>
        <translation>Run safelink-hub init --data %1 first.</translation>
    </message>
    <message>
        <source>Hub listening for seats on %1:%2</source>
        <translation>Hub listening for seats on %1:%2</translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation>Key fingerprint: %1</translation>
    </message>
    <message>
        <source>The data folder %1 does not exist.</source>
        <translation>The data folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Read a column as a field, such as 老人名字=name or 子女电话=contactPhone2 (repeatable; the field &quot;ignore&quot; skips a column).</source>
        <translation>Read a column as a field, such as 老人名字=name or 子女电话=contactPhone2 (repeatable; the field &quot;ignore&quot; skips a column).</translation>
    </message>
    <message>
        <source>Import nothing when any row is bad.</source>
        <translation>Import nothing when any row is bad.</translation>
    </message>
    <message>
        <source>The text encoding of a CSV file: auto, utf-8 or gbk.</source>
        <translation>The text encoding of a CSV file: auto, utf-8 or gbk.</translation>
    </message>
    <message>
        <source>The area code of local fixed-line numbers written without one.</source>
        <translation>The area code of local fixed-line numbers written without one.</translation>
    </message>
    <message>
        <source>The spreadsheet to import (.csv or .xlsx).</source>
        <translation>The spreadsheet to import (.csv or .xlsx).</translation>
    </message>
    <message>
        <source>Import subjects from the previous operator&apos;s spreadsheet (CSV or .xlsx with Chinese column names). Bad rows are listed with their line numbers; the good ones are imported.</source>
        <translation>Import subjects from the previous operator&apos;s spreadsheet (CSV or .xlsx with Chinese column names). Bad rows are listed with their line numbers; the good ones are imported.</translation>
    </message>
    <message>
        <source>Give the file to import.</source>
        <translation>Give the file to import.</translation>
    </message>
    <message>
        <source>--map needs a column and a field, such as 老人名字=name; &quot;%1&quot; is not one.</source>
        <translation>--map needs a column and a field, such as 老人名字=name; &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or gbk.</source>
        <translation>--encoding must be auto, utf-8 or gbk.</translation>
    </message>
    <message>
        <source>warning: line %1: %2</source>
        <translation>warning: line %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>%1: rows read %2, imported %3, imported before %4, rejected %5.</source>
        <translation>%1: rows read %2, imported %3, imported before %4, rejected %5.</translation>
    </message>
    <message>
        <source>Nothing was imported: with --all-or-nothing every row must be good.</source>
        <translation>Nothing was imported: with --all-or-nothing every row must be good.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>Only subjects whose region code starts with these digits (4401, 440104001).</source>
        <translation>Only subjects whose region code starts with these digits (4401, 440104001).</translation>
    </message>
    <message>
        <source>Only subjects with this value (repeatable): category, status, careTier, disabilityLevel, fundingSequence, sex, street, community, district, ageMin, ageMax; such as category=低保 or status=在册|暂停.</source>
        <translation>Only subjects with this value (repeatable): category, status, careTier, disabilityLevel, fundingSequence, sex, street, community, district, ageMin, ageMax; such as category=低保 or status=在册|暂停.</translation>
    </message>
    <message>
        <source>Export subjects by region and condition to a CSV file that Excel opens and import-subjects reads back.</source>
        <translation>Export subjects by region and condition to a CSV file that Excel opens and import-subjects reads back.</translation>
    </message>
    <message>
        <source>Give the file to write with --to.</source>
        <translation>Give the file to write with --to.</translation>
    </message>
    <message>
        <source>--where needs a key and a value, such as category=低保; &quot;%1&quot; is not one.</source>
        <translation>--where needs a key and a value, such as category=低保; &quot;%1&quot; is not one.</translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s) exported to %1.</source>
        <translation>
            <numerusform>%n subject(s) exported to %1.</numerusform>
            <numerusform>%n subject(s) exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue the token a terminal sends with its events.</source>
        <translation>Issue the token a terminal sends with its events.</translation>
    </message>
    <message>
        <source>The device&apos;s record id.</source>
        <translation>The device&apos;s record id.</translation>
    </message>
    <message>
        <source>Issue the token a terminal sends with its events (shown once).</source>
        <translation>Issue the token a terminal sends with its events (shown once).</translation>
    </message>
    <message>
        <source>Give the device with --device.</source>
        <translation>Give the device with --device.</translation>
    </message>
    <message>
        <source>Address and port of the HTTP API for terminals and other systems (default 0.0.0.0:7421; &quot;off&quot; for none).</source>
        <translation>Address and port of the HTTP API for terminals and other systems (default 0.0.0.0:7421; &quot;off&quot; for none).</translation>
    </message>
    <message>
        <source>HTTP API on %1:%2</source>
        <translation>HTTP API on %1:%2</translation>
    </message>
    <message>
        <source>%1 has a hub.conf: its database is not a file here. Restore a PostgreSQL database with pg_restore.</source>
        <translation>%1 has a hub.conf: its database is not a file here. Restore a PostgreSQL database with pg_restore.</translation>
    </message>
    <message>
        <source>List, export or delete call recordings; show or change what is allowed.</source>
        <translation>List, export or delete call recordings; show or change what is allowed.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Usage: safelink-hub recordings &lt;list|export|delete|policy&gt; [options]</source>
        <translation>Usage: safelink-hub recordings &lt;list|export|delete|policy&gt; [options]</translation>
    </message>
    <message>
        <source>The call recordings this hub keeps, encrypted with its recording key. They are evidence: unless the center&apos;s policy allows it, they can be neither deleted nor exported.</source>
        <translation>The call recordings this hub keeps, encrypted with its recording key. They are evidence: unless the center&apos;s policy allows it, they can be neither deleted nor exported.</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Subcommands:</translation>
    </message>
    <message>
        <source>List recordings, newest call first.</source>
        <translation>List recordings, newest call first.</translation>
    </message>
    <message>
        <source>Write a recording as a WAV file, when the policy allows exports.</source>
        <translation>Write a recording as a WAV file, when the policy allows exports.</translation>
    </message>
    <message>
        <source>Delete a recording, when the policy allows deletion.</source>
        <translation>Delete a recording, when the policy allows deletion.</translation>
    </message>
    <message>
        <source>Show or change whether recordings may be deleted or exported.</source>
        <translation>Show or change whether recordings may be deleted or exported.</translation>
    </message>
    <message>
        <source>Run &quot;safelink-hub recordings &lt;subcommand&gt; --help&quot; for its options.</source>
        <translation>Run &quot;safelink-hub recordings &lt;subcommand&gt; --help&quot; for its options.</translation>
    </message>
    <message>
        <source>Only the recording of this call (SIP Call-ID).</source>
        <translation>Only the recording of this call (SIP Call-ID).</translation>
    </message>
    <message>
        <source>Only recordings made at this seat.</source>
        <translation>Only recordings made at this seat.</translation>
    </message>
    <message>
        <source>Only calls on or after this day (YYYY-MM-DD).</source>
        <translation>Only calls on or after this day (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only calls on or before this day (YYYY-MM-DD).</source>
        <translation>Only calls on or before this day (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Also list deleted recordings.</source>
        <translation>Also list deleted recordings.</translation>
    </message>
    <message>
        <source>At most this many (default 100).</source>
        <translation>At most this many (default 100).</translation>
    </message>
    <message>
        <source>--%1 must be a day such as 2026-11-23.</source>
        <translation>--%1 must be a day such as 2026-11-23.</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 100000.</source>
        <translation>--limit must be a number from 1 to 100000.</translation>
    </message>
    <message>
        <source>No recordings.</source>
        <translation>No recordings.</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>Call started</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>(deleted %1 by %2)</source>
        <translation>(deleted %1 by %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s).</source>
        <translation>
            <numerusform>%n recording.</numerusform>
            <numerusform>%n recordings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the recording&apos;s id.</source>
        <translation>Give the recording&apos;s id.</translation>
    </message>
    <message>
        <source>The WAV file to write (must not exist).</source>
        <translation>The WAV file to write (must not exist).</translation>
    </message>
    <message>
        <source>The recording&apos;s id, as listed.</source>
        <translation>The recording&apos;s id, as listed.</translation>
    </message>
    <message>
        <source>Write a recording as a WAV file, when the policy allows exports. The export is recorded in the audit log.</source>
        <translation>Write a recording as a WAV file, when the policy allows exports. The export is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Give the data folder with --data and the file to write with --out.</source>
        <translation>Give the data folder with --data and the file to write with --out.</translation>
    </message>
    <message>
        <source>Recording %1 exported to %2 (%3).</source>
        <translation>Recording %1 exported to %2 (%3).</translation>
    </message>
    <message>
        <source>Delete a recording, when the policy allows deletion. Its entry stays in the list of deleted recordings, with who deleted it.</source>
        <translation>Delete a recording, when the policy allows deletion. Its entry stays in the list of deleted recordings, with who deleted it.</translation>
    </message>
    <message>
        <source>Recording %1 deleted.</source>
        <translation>Recording %1 deleted.</translation>
    </message>
    <message>
        <source>Whether recordings may be deleted: yes or no.</source>
        <translation>Whether recordings may be deleted: yes or no.</translation>
    </message>
    <message>
        <source>Whether recordings may be exported: yes or no.</source>
        <translation>Whether recordings may be exported: yes or no.</translation>
    </message>
    <message>
        <source>Show or change whether recordings may be deleted or exported. Both are refused until an administrator allows them; every change is recorded in the audit log.</source>
        <translation>Show or change whether recordings may be deleted or exported. Both are refused until an administrator allows them; every change is recorded in the audit log.</translation>
    </message>
    <message>
        <source>--%1 must be yes or no.</source>
        <translation>--%1 must be yes or no.</translation>
    </message>
    <message>
        <source>Policy changed.</source>
        <translation>Policy changed.</translation>
    </message>
    <message>
        <source>Recordings may be deleted: %1</source>
        <translation>Recordings may be deleted: %1</translation>
    </message>
    <message>
        <source>Recordings may be exported: %1</source>
        <translation>Recordings may be exported: %1</translation>
    </message>
    <message>
        <source>Give a subcommand: list, export, delete or policy.</source>
        <translation>Give a subcommand: list, export, delete or policy.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;.</source>
        <translation>Unknown subcommand &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Recording key (%1): keep a copy of it in a safe place; without it no recording can be played.</source>
        <translation>Recording key (%1): keep a copy of it in a safe place; without it no recording can be played.</translation>
    </message>
    <message>
        <source>Call recordings cannot be stored until this is fixed; seats keep them meanwhile.</source>
        <translation>Call recordings cannot be stored until this is fixed; seats keep them meanwhile.</translation>
    </message>
    <message>
        <source>Created the recording key %1; keep a copy of it in a safe place.</source>
        <translation>Created the recording key %1; keep a copy of it in a safe place.</translation>
    </message>
    <message>
        <source>Recording key fingerprint: %1</source>
        <translation>Recording key fingerprint: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Configure a seat&apos;s phone line or the center&apos;s SIP proxy.</source>
        <translation>Configure a seat&apos;s phone line or the center&apos;s SIP proxy.</translation>
    </message>
    <message>
        <source>The seat&apos;s name, as desks sign in with it (坐席3).</source>
        <translation>The seat&apos;s name, as desks sign in with it (坐席3).</translation>
    </message>
    <message>
        <source>The seat&apos;s extension at the SIP proxy.</source>
        <translation>The seat&apos;s extension at the SIP proxy.</translation>
    </message>
    <message>
        <source>Read the extension&apos;s password from this file (else asked).</source>
        <translation>Read the extension&apos;s password from this file (else asked).</translation>
    </message>
    <message>
        <source>A supervisor&apos;s seat.</source>
        <translation>A supervisor&apos;s seat.</translation>
    </message>
    <message>
        <source>The center&apos;s SIP proxy for every seat, sip:HOST:PORT.</source>
        <translation>The center&apos;s SIP proxy for every seat, sip:HOST:PORT.</translation>
    </message>
    <message>
        <source>Configure a seat&apos;s phone line (name, extension, password) or the center&apos;s SIP proxy.</source>
        <translation>Configure a seat&apos;s phone line (name, extension, password) or the center&apos;s SIP proxy.</translation>
    </message>
    <message>
        <source>Give --name and --sip-user for a seat, or --sip-proxy for the center.</source>
        <translation>Give --name and --sip-user for a seat, or --sip-proxy for the center.</translation>
    </message>
    <message>
        <source>Give the seat&apos;s extension with --sip-user.</source>
        <translation>Give the seat&apos;s extension with --sip-user.</translation>
    </message>
    <message>
        <source>The center&apos;s SIP proxy is %1.</source>
        <translation>The center&apos;s SIP proxy is %1.</translation>
    </message>
    <message>
        <source>Seat &quot;%1&quot; uses extension %2.</source>
        <translation>Seat &quot;%1&quot; uses extension %2.</translation>
    </message>
    <message>
        <source>Set the center&apos;s map tiles: a tile server&apos;s address or an MBTiles file.</source>
        <translation>Set the center&apos;s map tiles: a tile server&apos;s address or an MBTiles file.</translation>
    </message>
    <message>
        <source>A tile server&apos;s address with {z}, {x} and {y} (http://192.168.1.20/tiles/{z}/{x}/{y}.png).</source>
        <translation>A tile server&apos;s address with {z}, {x} and {y} (http://192.168.1.20/tiles/{z}/{x}/{y}.png).</translation>
    </message>
    <message>
        <source>An MBTiles file the hub serves to the seats itself.</source>
        <translation>An MBTiles file the hub serves to the seats itself.</translation>
    </message>
    <message>
        <source>The tiles are WGS-84 (OpenStreetMap, 天地图), not GCJ-02.</source>
        <translation>The tiles are WGS-84 (OpenStreetMap, 天地图), not GCJ-02.</translation>
    </message>
    <message>
        <source>The tiles&apos; highest zoom level (18).</source>
        <translation>The tiles&apos; highest zoom level (18).</translation>
    </message>
    <message>
        <source>The map data&apos;s credit line.</source>
        <translation>The map data&apos;s credit line.</translation>
    </message>
    <message>
        <source>No basemap: seats draw the points on a grid.</source>
        <translation>No basemap: seats draw the points on a grid.</translation>
    </message>
    <message>
        <source>Set the map tiles of every seat: a tile server on the LAN, an MBTiles file served by the hub, or none.</source>
        <translation>Set the map tiles of every seat: a tile server on the LAN, an MBTiles file served by the hub, or none.</translation>
    </message>
    <message>
        <source>Give one of --tiles, --mbtiles or --off.</source>
        <translation>Give one of --tiles, --mbtiles or --off.</translation>
    </message>
    <message>
        <source>--max-zoom is a whole number.</source>
        <translation>--max-zoom is a whole number.</translation>
    </message>
    <message>
        <source>Seats get the new map when they next sign in.</source>
        <translation>Seats get the new map when they next sign in.</translation>
    </message>
    <message>
        <source>Call routing: the SIP proxy&apos;s token, ring time, longest wait, area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The harassment list: block or unblock a number, list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm handling: terminals&apos; heartbeat interval, escalation to supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safelink::hub::HubServer</name>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>The hub does not accept %1 messages.</source>
        <translation>The hub does not accept %1 messages.</translation>
    </message>
    <message>
        <source>This hub cannot store call recordings now (no recording key).</source>
        <translation>This hub cannot store call recordings now (no recording key).</translation>
    </message>
    <message>
        <source>Recording piece out of order; start the upload again.</source>
        <translation>Recording piece out of order; start the upload again.</translation>
    </message>
    <message>
        <source>The uploaded file holds another recording than announced.</source>
        <translation>The uploaded file holds another recording than announced.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators read the history of this kind of record.</source>
        <translation>Only supervisors and administrators read the history of this kind of record.</translation>
    </message>
</context>
<context>
    <name>safelink::hub::MapTiles</name>
    <message>
        <source>Tile coordinates are whole numbers.</source>
        <translation>Tile coordinates are whole numbers.</translation>
    </message>
    <message>
        <source>The highest zoom level is between 1 and 22.</source>
        <translation>The highest zoom level is between 1 and 22.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file: %2</source>
        <translation>%1 is not an MBTiles file: %2</translation>
    </message>
    <message>
        <source>it has no tiles table</source>
        <translation>it has no tiles table</translation>
    </message>
    <message>
        <source>it holds no tiles</source>
        <translation>it holds no tiles</translation>
    </message>
    <message>
        <source>its tiles are &quot;%1&quot;; the map shows png, jpg or webp</source>
        <translation>its tiles are &quot;%1&quot;; the map shows png, jpg or webp</translation>
    </message>
    <message>
        <source>There is no tile %1/%2/%3.</source>
        <translation>There is no tile %1/%2/%3.</translation>
    </message>
    <message>
        <source>This center&apos;s hub serves no map tiles.</source>
        <translation>This center&apos;s hub serves no map tiles.</translation>
    </message>
</context>
<context>
    <name>safelink::hub::RecordingArchive</name>
    <message>
        <source>There is no recording %1.</source>
        <translation>There is no recording %1.</translation>
    </message>
    <message>
        <source>The recording %1 was deleted on %2 by %3.</source>
        <translation>The recording %1 was deleted on %2 by %3.</translation>
    </message>
    <message>
        <source>This account may not upload recordings.</source>
        <translation>This account may not upload recordings.</translation>
    </message>
    <message>
        <source>The hub has no recording key; recordings cannot be stored.</source>
        <translation>The hub has no recording key; recordings cannot be stored.</translation>
    </message>
    <message>
        <source>A different recording is already stored as %1; the new one was not stored.</source>
        <translation>A different recording is already stored as %1; the new one was not stored.</translation>
    </message>
    <message>
        <source>Cannot read the received recording %1: %2</source>
        <translation>Cannot read the received recording %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the recording %1: %2</source>
        <translation>Cannot store the recording %1: %2</translation>
    </message>
    <message>
        <source>The recording %1 changed while it was being stored.</source>
        <translation>The recording %1 changed while it was being stored.</translation>
    </message>
    <message>
        <source>This account may not list recordings.</source>
        <translation>This account may not list recordings.</translation>
    </message>
    <message>
        <source>This account may not play recordings.</source>
        <translation>This account may not play recordings.</translation>
    </message>
    <message>
        <source>The file of the recording %1 is not the one that was stored.</source>
        <translation>The file of the recording %1 is not the one that was stored.</translation>
    </message>
    <message>
        <source>This center does not allow recordings to be exported; an administrator can change that.</source>
        <translation>This center does not allow recordings to be exported; an administrator can change that.</translation>
    </message>
    <message>
        <source>This account may not export recordings.</source>
        <translation>This account may not export recordings.</translation>
    </message>
    <message>
        <source>%1 exists already; an export never overwrites a file.</source>
        <translation>%1 exists already; an export never overwrites a file.</translation>
    </message>
    <message>
        <source>This center does not allow recordings to be deleted; they are kept as evidence. An administrator can change that.</source>
        <translation>This center does not allow recordings to be deleted; they are kept as evidence. An administrator can change that.</translation>
    </message>
    <message>
        <source>Only an administrator may delete recordings.</source>
        <translation>Only an administrator may delete recordings.</translation>
    </message>
    <message>
        <source>The recording %1 is marked deleted, but its file %2 could not be removed.</source>
        <translation>The recording %1 is marked deleted, but its file %2 could not be removed.</translation>
    </message>
    <message>
        <source>Only an administrator may change what is allowed with recordings.</source>
        <translation>Only an administrator may change what is allowed with recordings.</translation>
    </message>
</context>
<context>
    <name>safelink::hub::RoutingText</name>
    <message>
        <source>The hub&apos;s data folder.</source>
        <translation type="unfinished">The hub&apos;s data folder.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new token for the SIP proxy (shown once; the old one stops working).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a seat rings before the call goes to the next one (5-120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a call may wait for a free seat before it is called back (30-1800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center&apos;s area code for local numbers (020); empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call routing: the SIP proxy&apos;s token and the ACD&apos;s times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring time per seat (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">none</translation>
    </message>
    <message>
        <source>Proxy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required with --add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this number off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The harassment list: numbers the hotline refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often terminals are expected to say they are alive (3-86400); two intervals of silence raise a fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alarm nobody has taken by then alerts the supervisors (5-3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm handling: heartbeats and escalation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat interval (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation after (s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safelink::hub::Scaip</name>
    <message>
        <source>The message is %1 bytes long; at most %2 bytes are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is not well-formed XML (line %1, column %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message contains a document type declaration (DOCTYPE); these are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a message request &lt;mrq&gt;, found &lt;%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; must hold text, not other elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mandatory element &lt;%1&gt; is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference &lt;ref&gt; must be 1 to 16 letters A-Z, a-z or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; must be %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; must be %2 to %3 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; must be a number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version &lt;ver&gt; must be written like 01.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message type &lt;mty&gt; &quot;%1&quot; is unknown; expected ME, RE, IN or PI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller id &lt;crd&gt; &quot;%1&quot; must start with no-voice:, gsm:, sip:, sip-pp: or tel: and be at most 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; must be 1 to %2 printable US-ASCII characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time stamp &lt;tim&gt; must be an ISO 8601 time with its offset from UTC, such as 2014-04-28T12:34:56+01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position &lt;geo&gt; must be latitude,longitude in degrees, such as 59.336111,18.072778.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A latitude is a number from -90 to 90.</source>
        <translation type="unfinished">A latitude is a number from -90 to 90.</translation>
    </message>
    <message>
        <source>A longitude is a number from -180 to 180.</source>
        <translation type="unfinished">A longitude is a number from -180 to 180.</translation>
    </message>
    <message>
        <source>The NMEA sentence has no checksum (*hh at its end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NMEA sentence&apos;s checksum is %1, but its content sums to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an NMEA GGA or RMC sentence, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NMEA sentence is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safelink::hub::SeatDirectory</name>
    <message>
        <source>The seat needs a name.</source>
        <translation>The seat needs a name.</translation>
    </message>
    <message>
        <source>The SIP extension may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>The SIP extension may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Write the proxy as sip:HOST:PORT, e.g. sip:192.168.1.10:5060.</source>
        <translation>Write the proxy as sip:HOST:PORT, e.g. sip:192.168.1.10:5060.</translation>
    </message>
</context>
<context>
    <name>safelink::hub::SubjectImporter</name>
    <message>
        <source>Unknown column: ignored.</source>
        <translation>Unknown column: ignored.</translation>
    </message>
    <message>
        <source>The file has no name column (姓名), so no row can be imported. Its columns are: %1. Map the column that holds the names to the field &quot;name&quot;.</source>
        <translation>The file has no name column (姓名), so no row can be imported. Its columns are: %1. Map the column that holds the names to the field &quot;name&quot;.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; cannot be mapped to &quot;%2&quot;: there is no such field. Fields: %3.</source>
        <translation>The column &quot;%1&quot; cannot be mapped to &quot;%2&quot;: there is no such field. Fields: %3.</translation>
    </message>
    <message>
        <source>Your role may not import subjects.</source>
        <translation>Your role may not import subjects.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it like 1938-04-12, 1938/4/12 or 1938年4月12日.</source>
        <translation>&quot;%1&quot; is not a date; write it like 1938-04-12, 1938/4/12 or 1938年4月12日.</translation>
    </message>
    <message>
        <source>The date %1 does not exist.</source>
        <translation>The date %1 does not exist.</translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot;. Known values: %2.</source>
        <translation>Unknown value &quot;%1&quot;. Known values: %2.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;. Known categories: %2.</source>
        <translation>Unknown category &quot;%1&quot;. Known categories: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not stored as a category: it follows from the birth date. Ignored.</source>
        <translation>&quot;%1&quot; is not stored as a category: it follows from the birth date. Ignored.</translation>
    </message>
    <message>
        <source>Unknown relationship &quot;%1&quot;: stored as &quot;other&quot; with the text in the contact&apos;s notes.</source>
        <translation>Unknown relationship &quot;%1&quot;: stored as &quot;other&quot; with the text in the contact&apos;s notes.</translation>
    </message>
    <message>
        <source>The ID number was saved as a number (%1) and its last digits are lost; format the column as text in the original spreadsheet and export it again.</source>
        <translation>The ID number was saved as a number (%1) and its last digits are lost; format the column as text in the original spreadsheet and export it again.</translation>
    </message>
    <message>
        <source>The ID number %1 is also on line %2.</source>
        <translation>The ID number %1 is also on line %2.</translation>
    </message>
    <message>
        <source>A subject with this ID number is already in the database (%1).</source>
        <translation>A subject with this ID number is already in the database (%1).</translation>
    </message>
    <message>
        <source>Imported with status %1 but no status date; the import date %2 was used.</source>
        <translation>Imported with status %1 but no status date; the import date %2 was used.</translation>
    </message>
    <message>
        <source>The database refused the row: %1</source>
        <translation>The database refused the row: %1</translation>
    </message>
    <message>
        <source>The database refused too many rows; nothing was imported. Last reason: %1</source>
        <translation>The database refused too many rows; nothing was imported. Last reason: %1</translation>
    </message>
    <message>
        <source>The default area code is not valid: %1</source>
        <translation>The default area code is not valid: %1</translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1&quot;. Filters: %2.</source>
        <translation>Unknown filter &quot;%1&quot;. Filters: %2.</translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot; for the filter %2. Values: %3.</source>
        <translation>Unknown value &quot;%1&quot; for the filter %2. Values: %3.</translation>
    </message>
    <message>
        <source>The filter %1 needs an age in whole years from 0 to 150, not &quot;%2&quot;.</source>
        <translation>The filter %1 needs an age in whole years from 0 to 150, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>ageMin is greater than ageMax: no subject can match.</source>
        <translation>ageMin is greater than ageMax: no subject can match.</translation>
    </message>
    <message>
        <source>A region is given by the leading digits of its code (such as 4401 or 440104001), not &quot;%1&quot;.</source>
        <translation>A region is given by the leading digits of its code (such as 4401 or 440104001), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The filter %1 has no value.</source>
        <translation>The filter %1 has no value.</translation>
    </message>
</context>
<context>
    <name>safelink::hub::Table</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 has no header row: it is empty.</source>
        <translation>The file %1 has no header row: it is empty.</translation>
    </message>
    <message>
        <source>The file %1 is neither a CSV file nor an .xlsx workbook.</source>
        <translation>The file %1 is neither a CSV file nor an .xlsx workbook.</translation>
    </message>
    <message>
        <source>The file %1 is an old Excel .xls workbook or a password-protected one; open it in Excel, save it as .xlsx or CSV, and import that.</source>
        <translation>The file %1 is an old Excel .xls workbook or a password-protected one; open it in Excel, save it as .xlsx or CSV, and import that.</translation>
    </message>
    <message>
        <source>The file %1 is named .xlsx but is not an .xlsx workbook.</source>
        <translation>The file %1 is named .xlsx but is not an .xlsx workbook.</translation>
    </message>
    <message>
        <source>The file %1 is not a readable .xlsx workbook: %2</source>
        <translation>The file %1 is not a readable .xlsx workbook: %2</translation>
    </message>
    <message>
        <source>The workbook %1 has no worksheet.</source>
        <translation>The workbook %1 has no worksheet.</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged (%2: %3).</source>
        <translation>The workbook %1 is damaged (%2: %3).</translation>
    </message>
    <message>
        <source>The workbook %1 is too large to import (%2).</source>
        <translation>The workbook %1 is too large to import (%2).</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use auto, utf-8 or gbk.</source>
        <translation>Unknown encoding &quot;%1&quot;: use auto, utf-8 or gbk.</translation>
    </message>
    <message>
        <source>The file %1 is not valid UTF-8 text; try the encoding gbk.</source>
        <translation>The file %1 is not valid UTF-8 text; try the encoding gbk.</translation>
    </message>
    <message>
        <source>The file %1 is not valid GBK/GB18030 text; try the encoding utf-8.</source>
        <translation>The file %1 is not valid GBK/GB18030 text; try the encoding utf-8.</translation>
    </message>
    <message>
        <source>The text encoding of %1 is neither UTF-8 nor GBK/GB18030.</source>
        <translation>The text encoding of %1 is neither UTF-8 nor GBK/GB18030.</translation>
    </message>
    <message>
        <source>This system cannot decode GB18030 text.</source>
        <translation>This system cannot decode GB18030 text.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted cell is not closed (a &quot; is missing).</source>
        <translation>%1, line %2: a quoted cell is not closed (a &quot; is missing).</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>safelink::hub::WriteService</name>
    <message>
        <source>Your role may not change records of type %1.</source>
        <translation>Your role may not change records of type %1.</translation>
    </message>
    <message>
        <source>A write needs an idempotency key.</source>
        <translation>A write needs an idempotency key.</translation>
    </message>
    <message>
        <source>Someone else changed this record first (you started from version %1, it is now version %2). Review the current record and apply your change again.</source>
        <translation>Someone else changed this record first (you started from version %1, it is now version %2). Review the current record and apply your change again.</translation>
    </message>
    <message>
        <source>A record with this id already exists.</source>
        <translation>A record with this id already exists.</translation>
    </message>
    <message>
        <source>The record does not exist (it may have been deleted).</source>
        <translation>The record does not exist (it may have been deleted).</translation>
    </message>
    <message>
        <source>Which record to delete is missing.</source>
        <translation>Which record to delete is missing.</translation>
    </message>
</context>
<context>
    <name>safelink::map::Geo</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>safelink::map::MapPane</name>
    <message>
        <source>Nearest</source>
        <translation>Nearest</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Enter dials the selected resource&apos;s phone.</source>
        <translation>Enter dials the selected resource&apos;s phone.</translation>
    </message>
    <message>
        <source>Nearest resources</source>
        <translation>Nearest resources</translation>
    </message>
    <message>
        <source>No person on the card.</source>
        <translation>No person on the card.</translation>
    </message>
    <message>
        <source>No position from a terminal: help goes to the home (%1).</source>
        <translation>No position from a terminal: help goes to the home (%1).</translation>
    </message>
    <message>
        <source>No known position for this person.</source>
        <translation>No known position for this person.</translation>
    </message>
    <message>
        <source>Position of the case.</source>
        <translation>Position of the case.</translation>
    </message>
    <message>
        <source>±%1 m</source>
        <translation>±%1 m</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Position: %1</translation>
    </message>
    <message>
        <source>, at home</source>
        <translation>, at home</translation>
    </message>
    <message>
        <source>, %1 from home</source>
        <translation>, %1 from home</translation>
    </message>
    <message>
        <source>No resource with a known position nearby.</source>
        <translation>No resource with a known position nearby.</translation>
    </message>
</context>
<context>
    <name>safelink::map::MapScene</name>
    <message>
        <source>±%1 m</source>
        <translation>±%1 m</translation>
    </message>
    <message>
        <source>Home of %1</source>
        <translation>Home of %1</translation>
    </message>
    <message>
        <source>Where the case was opened</source>
        <translation>Where the case was opened</translation>
    </message>
    <message>
        <source>No basemap is configured: the points are drawn on a latitude/longitude grid.</source>
        <translation>No basemap is configured: the points are drawn on a latitude/longitude grid.</translation>
    </message>
    <message>
        <source>The basemap server does not answer: the points are drawn on a grid.</source>
        <translation>The basemap server does not answer: the points are drawn on a grid.</translation>
    </message>
    <message>
        <source>No known position for this person.</source>
        <translation>No known position for this person.</translation>
    </message>
    <message>
        <source>Grid lines every %1</source>
        <translation>Grid lines every %1</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Terminal&apos;s position</source>
        <translation>Terminal&apos;s position</translation>
    </message>
</context>
<context>
    <name>safelink::map::MapView</name>
    <message>
        <source>The map is loading…</source>
        <translation>The map is loading…</translation>
    </message>
</context>
<context>
    <name>safelink::net::KeyFile</name>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Cannot read the key file %1: %2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged: it must be exactly %2 bytes long.</source>
        <translation>The key file %1 is damaged: it must be exactly %2 bytes long.</translation>
    </message>
    <message>
        <source>%1 is not a Safelink key file.</source>
        <translation>%1 is not a Safelink key file.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged: its public key does not belong to its secret key.</source>
        <translation>The key file %1 is damaged: its public key does not belong to its secret key.</translation>
    </message>
    <message>
        <source>The key pair is not valid and was not saved.</source>
        <translation>The key pair is not valid and was not saved.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>Cannot write the key file %1: %2</translation>
    </message>
</context>
<context>
    <name>safelink::net::SecureChannel</name>
    <message>
        <source>Could not send on the network: %1</source>
        <translation>Could not send on the network: %1</translation>
    </message>
    <message>
        <source>The connection ended unexpectedly.</source>
        <translation>The connection ended unexpectedly.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Network error: %1</translation>
    </message>
    <message>
        <source>The secure handshake did not finish in time (%1 s).</source>
        <translation>The secure handshake did not finish in time (%1 s).</translation>
    </message>
    <message>
        <source>The secure channel is closed.</source>
        <translation>The secure channel is closed.</translation>
    </message>
</context>
<context>
    <name>safelink::net::SecureServer</name>
    <message>
        <source>The hub&apos;s key pair is not valid.</source>
        <translation>The hub&apos;s key pair is not valid.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Cannot listen on %1 port %2: %3</translation>
    </message>
</context>
<context>
    <name>safelink::net::SecureSession</name>
    <message>
        <source>The encryption library could not be initialised.</source>
        <translation>The encryption library could not be initialised.</translation>
    </message>
    <message>
        <source>The pinned hub key has the wrong size.</source>
        <translation>The pinned hub key has the wrong size.</translation>
    </message>
    <message>
        <source>The hub&apos;s key pair is not valid.</source>
        <translation>The hub&apos;s key pair is not valid.</translation>
    </message>
    <message>
        <source>Internal error: the secure session was used after it was moved.</source>
        <translation>Internal error: the secure session was used after it was moved.</translation>
    </message>
    <message>
        <source>Internal error: only a new client session can start a handshake.</source>
        <translation>Internal error: only a new client session can start a handshake.</translation>
    </message>
    <message>
        <source>The secure channel is not established yet.</source>
        <translation>The secure channel is not established yet.</translation>
    </message>
    <message>
        <source>The secure channel was closed; nothing more can be sent.</source>
        <translation>The secure channel was closed; nothing more can be sent.</translation>
    </message>
    <message>
        <source>The message is %1 bytes; the secure channel carries at most %2 bytes per message.</source>
        <translation>The message is %1 bytes; the secure channel carries at most %2 bytes per message.</translation>
    </message>
    <message>
        <source>The peer sent data before the handshake started.</source>
        <translation>The peer sent data before the handshake started.</translation>
    </message>
    <message>
        <source>The peer sent a handshake message of %1 bytes; handshake messages are at most %2 bytes.</source>
        <translation>The peer sent a handshake message of %1 bytes; handshake messages are at most %2 bytes.</translation>
    </message>
    <message>
        <source>The peer did not start a Safelink secure handshake.</source>
        <translation>The peer did not start a Safelink secure handshake.</translation>
    </message>
    <message>
        <source>The hub did not answer with a Safelink secure handshake.</source>
        <translation>The hub did not answer with a Safelink secure handshake.</translation>
    </message>
    <message>
        <source>The hub chose protocol version %1, which this program did not offer.</source>
        <translation>The hub chose protocol version %1, which this program did not offer.</translation>
    </message>
    <message>
        <source>The hub&apos;s key does not match the pinned fingerprint (expected %1, received %2). This is a possible impersonation: do not continue, and call the administrator.</source>
        <translation>The hub&apos;s key does not match the pinned fingerprint (expected %1, received %2). This is a possible impersonation: do not continue, and call the administrator.</translation>
    </message>
    <message>
        <source>The peer sent a handshake key that cannot be used.</source>
        <translation>The peer sent a handshake key that cannot be used.</translation>
    </message>
    <message>
        <source>The peer could not prove it holds the session keys: the handshake was altered or the peer is not who it claims to be.</source>
        <translation>The peer could not prove it holds the session keys: the handshake was altered or the peer is not who it claims to be.</translation>
    </message>
    <message>
        <source>A record from the peer failed authentication: it was altered, replayed, reordered or corrupted.</source>
        <translation>A record from the peer failed authentication: it was altered, replayed, reordered or corrupted.</translation>
    </message>
    <message>
        <source>The peer sent a record of an unknown kind.</source>
        <translation>The peer sent a record of an unknown kind.</translation>
    </message>
    <message>
        <source>The peer sent data after closing the secure channel.</source>
        <translation>The peer sent data after closing the secure channel.</translation>
    </message>
    <message>
        <source>The connection closed during the secure handshake.</source>
        <translation>The connection closed during the secure handshake.</translation>
    </message>
    <message>
        <source>The connection was cut before the peer closed the secure channel; data may be missing.</source>
        <translation>The connection was cut before the peer closed the secure channel; data may be missing.</translation>
    </message>
    <message>
        <source>The hub does not speak any protocol version this program offers.</source>
        <translation>The hub does not speak any protocol version this program offers.</translation>
    </message>
</context>
<context>
    <name>safelink::protocol::Frame</name>
    <message>
        <source>The frame is empty.</source>
        <translation>The frame is empty.</translation>
    </message>
    <message>
        <source>The frame is not valid CBOR: %1</source>
        <translation>The frame is not valid CBOR: %1</translation>
    </message>
    <message>
        <source>The frame is followed by %1 unexpected bytes.</source>
        <translation>The frame is followed by %1 unexpected bytes.</translation>
    </message>
    <message>
        <source>A frame must be an array of [message type, request id, body].</source>
        <translation>A frame must be an array of [message type, request id, body].</translation>
    </message>
    <message>
        <source>The message type must be a whole number.</source>
        <translation>The message type must be a whole number.</translation>
    </message>
    <message>
        <source>Unknown message type %1.</source>
        <translation>Unknown message type %1.</translation>
    </message>
    <message>
        <source>The request id must be a whole number from 0 to %1.</source>
        <translation>The request id must be a whole number from 0 to %1.</translation>
    </message>
    <message>
        <source>The frame body must be a map.</source>
        <translation>The frame body must be a map.</translation>
    </message>
    <message>
        <source>The frame body&apos;s keys must be text.</source>
        <translation>The frame body&apos;s keys must be text.</translation>
    </message>
    <message>
        <source>The frame body has the key &quot;%1&quot; twice.</source>
        <translation>The frame body has the key &quot;%1&quot; twice.</translation>
    </message>
    <message>
        <source>The reply is not an error report.</source>
        <translation>The reply is not an error report.</translation>
    </message>
    <message>
        <source>The other side reported an error without a description.</source>
        <translation>The other side reported an error without a description.</translation>
    </message>
</context>
<context>
    <name>safelink::protocol::FrameReader</name>
    <message>
        <source>The stream declares an empty frame, which is never sent: the stream is out of step.</source>
        <translation>The stream declares an empty frame, which is never sent: the stream is out of step.</translation>
    </message>
    <message>
        <source>The stream declares a frame of %1 bytes; the limit is %2 bytes.</source>
        <translation>The stream declares a frame of %1 bytes; the limit is %2 bytes.</translation>
    </message>
</context>
<context>
    <name>safelink::protocol::Negotiation</name>
    <message>
        <source>The other side announced an impossible protocol version range (%1 to %2).</source>
        <translation>The other side announced an impossible protocol version range (%1 to %2).</translation>
    </message>
    <message>
        <source>The other side speaks protocol versions %1 to %2, older than this program&apos;s %3 to %4: update the other side.</source>
        <translation>The other side speaks protocol versions %1 to %2, older than this program&apos;s %3 to %4: update the other side.</translation>
    </message>
    <message>
        <source>The other side speaks protocol versions %1 to %2, newer than this program&apos;s %3 to %4: update this program.</source>
        <translation>The other side speaks protocol versions %1 to %2, newer than this program&apos;s %3 to %4: update this program.</translation>
    </message>
</context>
<context>
    <name>safelink::recording::DurableFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the file is not open.</source>
        <translation>Cannot write %1: the file is not open.</translation>
    </message>
    <message>
        <source>%1 exists already; it was not overwritten.</source>
        <translation>%1 exists already; it was not overwritten.</translation>
    </message>
    <message>
        <source>Cannot open the folder %1: %2</source>
        <translation>Cannot open the folder %1: %2</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1: %2</source>
        <translation>Cannot write to the folder %1: %2</translation>
    </message>
</context>
<context>
    <name>safelink::recording::RecordingFile</name>
    <message>
        <source>The encryption library could not be initialised.</source>
        <translation>The encryption library could not be initialised.</translation>
    </message>
    <message>
        <source>The recording %1 does not exist.</source>
        <translation>The recording %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot read the recording %1: %2</source>
        <translation>Cannot read the recording %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a sealed Safelink recording.</source>
        <translation>%1 is not a sealed Safelink recording.</translation>
    </message>
    <message>
        <source>The recording %1 is cut short: it ends before its last part.</source>
        <translation>The recording %1 is cut short: it ends before its last part.</translation>
    </message>
    <message>
        <source>The header of the recording %1 is damaged: %2</source>
        <translation>The header of the recording %1 is damaged: %2</translation>
    </message>
    <message>
        <source>The header of the recording %1 was altered or damaged; its audio is not trusted.</source>
        <translation>The header of the recording %1 was altered or damaged; its audio is not trusted.</translation>
    </message>
    <message>
        <source>Part %1 of the recording %2 was altered, damaged, dropped or moved.</source>
        <translation>Part %1 of the recording %2 was altered, damaged, dropped or moved.</translation>
    </message>
    <message>
        <source>it has bytes after its end</source>
        <translation>it has bytes after its end</translation>
    </message>
    <message>
        <source>its recording id is not valid</source>
        <translation>its recording id is not valid</translation>
    </message>
    <message>
        <source>a size is out of range</source>
        <translation>a size is out of range</translation>
    </message>
    <message>
        <source>its hash or key is missing</source>
        <translation>its hash or key is missing</translation>
    </message>
    <message>
        <source>The recording %1 was written by a newer Safelink (format %2); this program reads format %3.</source>
        <translation>The recording %1 was written by a newer Safelink (format %2); this program reads format %3.</translation>
    </message>
    <message>
        <source>its length is out of range</source>
        <translation>its length is out of range</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a recording: use 1 to 128 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>&quot;%1&quot; cannot name a recording: use 1 to 128 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</translation>
    </message>
    <message>
        <source>The hub&apos;s recording key is not valid.</source>
        <translation>The hub&apos;s recording key is not valid.</translation>
    </message>
    <message>
        <source>The recording&apos;s details are too long to be stored.</source>
        <translation>The recording&apos;s details are too long to be stored.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The recording %1 changed while it was being encrypted; nothing was written.</source>
        <translation>The recording %1 changed while it was being encrypted; nothing was written.</translation>
    </message>
    <message>
        <source>There is no valid recording key to open %1 with.</source>
        <translation>There is no valid recording key to open %1 with.</translation>
    </message>
    <message>
        <source>The recording %1 was sealed to another recording key (%2), not to this one (%3).</source>
        <translation>The recording %1 was sealed to another recording key (%2), not to this one (%3).</translation>
    </message>
    <message>
        <source>The key block of the recording %1 is damaged; it cannot be opened.</source>
        <translation>The key block of the recording %1 is damaged; it cannot be opened.</translation>
    </message>
    <message>
        <source>The recording %1 is cut short: it has %2 of its %3 bytes.</source>
        <translation>The recording %1 is cut short: it has %2 of its %3 bytes.</translation>
    </message>
    <message>
        <source>The recording %1 has %2 bytes after its end.</source>
        <translation>The recording %1 has %2 bytes after its end.</translation>
    </message>
    <message>
        <source>The recording %1 has bytes after its end.</source>
        <translation>The recording %1 has bytes after its end.</translation>
    </message>
    <message>
        <source>The audio of the recording %1 does not match its header.</source>
        <translation>The audio of the recording %1 does not match its header.</translation>
    </message>
    <message>
        <source>Cannot write the audio of %1: %2</source>
        <translation>Cannot write the audio of %1: %2</translation>
    </message>
</context>
<context>
    <name>safelink::recording::RecordingKeys</name>
    <message>
        <source>The recording key file %1 does not exist.</source>
        <translation>The recording key file %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot read the recording key file %1: %2</source>
        <translation>Cannot read the recording key file %1: %2</translation>
    </message>
    <message>
        <source>The recording key file %1 is damaged: it must be exactly %2 bytes long.</source>
        <translation>The recording key file %1 is damaged: it must be exactly %2 bytes long.</translation>
    </message>
    <message>
        <source>%1 is not a Safelink recording key file.</source>
        <translation>%1 is not a Safelink recording key file.</translation>
    </message>
    <message>
        <source>The recording key file %1 is damaged: its public key does not belong to its secret key.</source>
        <translation>The recording key file %1 is damaged: its public key does not belong to its secret key.</translation>
    </message>
    <message>
        <source>The recording key pair is not valid and was not saved.</source>
        <translation>The recording key pair is not valid and was not saved.</translation>
    </message>
    <message>
        <source>Cannot write the recording key file %1: %2</source>
        <translation>Cannot write the recording key file %1: %2</translation>
    </message>
</context>
<context>
    <name>safelink::store::Database</name>
    <message>
        <source>The database refused the operation (%1): %2</source>
        <translation>The database refused the operation (%1): %2</translation>
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
    <message>
        <source>PostgreSQL database %1 on %2:%3</source>
        <translation>PostgreSQL database %1 on %2:%3</translation>
    </message>
    <message>
        <source>The configuration file %1 does not exist.</source>
        <translation>The configuration file %1 does not exist.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation>The configuration file %1 is not a valid INI file.</translation>
    </message>
    <message>
        <source>[database] path: the SQLite database file is missing.</source>
        <translation>[database] path: the SQLite database file is missing.</translation>
    </message>
    <message>
        <source>[database] backend: unknown database backend &quot;%1&quot;; use sqlite or postgresql.</source>
        <translation>[database] backend: unknown database backend &quot;%1&quot;; use sqlite or postgresql.</translation>
    </message>
    <message>
        <source>[database] port: &quot;%1&quot; is not a port number.</source>
        <translation>[database] port: &quot;%1&quot; is not a port number.</translation>
    </message>
    <message>
        <source>[database] name: the PostgreSQL database name is missing.</source>
        <translation>[database] name: the PostgreSQL database name is missing.</translation>
    </message>
    <message>
        <source>[database] password: the password does not belong here; put it in a file that only the hub&apos;s user may read, and name that file with password-file.</source>
        <translation>[database] password: the password does not belong here; put it in a file that only the hub&apos;s user may read, and name that file with password-file.</translation>
    </message>
    <message>
        <source>[database] password-file: cannot read %1.</source>
        <translation>[database] password-file: cannot read %1.</translation>
    </message>
    <message>
        <source>[database] password-file: other users may read or change %1; make it private to its owner (chmod 600 %1).</source>
        <translation>[database] password-file: other users may read or change %1; make it private to its owner (chmod 600 %1).</translation>
    </message>
    <message>
        <source>No PostgreSQL database name given.</source>
        <translation>No PostgreSQL database name given.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot put %1 in place of %2.</source>
        <translation>Cannot put %1 in place of %2.</translation>
    </message>
</context>
<context>
    <name>safelink::store::PostgresDialect</name>
    <message>
        <source>This hub keeps its data in PostgreSQL (%1); safelink-hub backup copies only SQLite databases. Back it up with PostgreSQL&apos;s own tool, for example: pg_dump --format=custom --host=%2 --port=%3 --username=%4 --file=safelink.dump %5 (and restore such a file with pg_restore).</source>
        <translation>This hub keeps its data in PostgreSQL (%1); safelink-hub backup copies only SQLite databases. Back it up with PostgreSQL&apos;s own tool, for example: pg_dump --format=custom --host=%2 --port=%3 --username=%4 --file=safelink.dump %5 (and restore such a file with pg_restore).</translation>
    </message>
    <message>
        <source>The index %1 is invalid; rebuild it with REINDEX.</source>
        <translation>The index %1 is invalid; rebuild it with REINDEX.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 uses the encoding %2; Safelink needs UTF8. Create it with ENCODING &apos;UTF8&apos; (see the README).</source>
        <translation>The PostgreSQL database %1 uses the encoding %2; Safelink needs UTF8. Create it with ENCODING &apos;UTF8&apos; (see the README).</translation>
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
<context>
    <name>safelink::sync::SyncClient</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>Catching up</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>The connection to the hub was lost</source>
        <translation>The connection to the hub was lost</translation>
    </message>
    <message>
        <source>Not connected to the hub: recordings cannot be fetched now</source>
        <translation>Not connected to the hub: recordings cannot be fetched now</translation>
    </message>
    <message>
        <source>Recording data arrived out of order</source>
        <translation>Recording data arrived out of order</translation>
    </message>
    <message>
        <source>The connection to the hub ended: %1</source>
        <translation>The connection to the hub ended: %1</translation>
    </message>
    <message>
        <source>Not connected to the hub: the history cannot be read now</source>
        <translation>Not connected to the hub: the history cannot be read now</translation>
    </message>
</context>
<context>
    <name>safelink::telephony::Labels</name>
    <message>
        <source>the system default device</source>
        <translation>the system default device</translation>
    </message>
    <message>
        <source>Headset &quot;%1&quot; is not available; sound now goes to %2</source>
        <translation>Headset &quot;%1&quot; is not available; sound now goes to %2</translation>
    </message>
    <message>
        <source>Microphone &quot;%1&quot; is not available; using %2</source>
        <translation>Microphone &quot;%1&quot; is not available; using %2</translation>
    </message>
    <message>
        <source>Ring device &quot;%1&quot; is not available; using %2</source>
        <translation>Ring device &quot;%1&quot; is not available; using %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>No extension set</source>
        <translation>No extension set</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>Registering</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Unregistered</translation>
    </message>
    <message>
        <source>Registration failed</source>
        <translation>Registration failed</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Ringing</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Calling</translation>
    </message>
    <message>
        <source>Ringing at the other end</source>
        <translation>Ringing at the other end</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>In call</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Held by the other end</source>
        <translation>Held by the other end</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Call failed</source>
        <translation>Call failed</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
</context>
<context>
    <name>safelink::telephony::LineTest</name>
    <message>
        <source>Cannot read the password file: %1</source>
        <translation>Cannot read the password file: %1</translation>
    </message>
    <message>
        <source>Usage: safelink-phone --proxy sip:HOST:PORT --user EXTENSION [--password-file FILE] [--domain DOMAIN]
                     [--listen-port N] (--answer | --dial NUMBER-OR-URI) [--play FILE.wav]
                     [--record FILE.wav] [--dtmf 123#] [--transfer NUMBER-OR-URI] [--seconds N]
                     [--calls N] [--wait N] [--trace]
Tests a seat&apos;s line: registers with the SIP proxy, answers or dials a call and prints every state with a time. No sound card needed (audio from and to files).
Exit codes: 0 success, 1 call failed, 2 bad arguments, 3 registration failed, 4 timed out.</source>
        <translation>Usage: safelink-phone --proxy sip:HOST:PORT --user EXTENSION [--password-file FILE] [--domain DOMAIN]
                     [--listen-port N] (--answer | --dial NUMBER-OR-URI) [--play FILE.wav]
                     [--record FILE.wav] [--dtmf 123#] [--transfer NUMBER-OR-URI] [--seconds N]
                     [--calls N] [--wait N] [--trace]
Tests a seat&apos;s line: registers with the SIP proxy, answers or dials a call and prints every state with a time. No sound card needed (audio from and to files).
Exit codes: 0 success, 1 call failed, 2 bad arguments, 3 registration failed, 4 timed out.</translation>
    </message>
    <message>
        <source>Missing value</source>
        <translation>Missing value</translation>
    </message>
    <message>
        <source>Not a valid number: %1</source>
        <translation>Not a valid number: %1</translation>
    </message>
    <message>
        <source>Unknown option</source>
        <translation>Unknown option</translation>
    </message>
    <message>
        <source>The SIP proxy is needed, like sip:192.168.1.10:5060</source>
        <translation>The SIP proxy is needed, like sip:192.168.1.10:5060</translation>
    </message>
    <message>
        <source>The extension is needed</source>
        <translation>The extension is needed</translation>
    </message>
    <message>
        <source>Give exactly one of --answer and --dial</source>
        <translation>Give exactly one of --answer and --dial</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>Keys can only be 0-9, *, #, A-D</source>
        <translation>Keys can only be 0-9, *, #, A-D</translation>
    </message>
    <message>
        <source>Phone engine started %1</source>
        <translation>Phone engine started %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Timed out: no call came</source>
        <translation>Timed out: no call came</translation>
    </message>
    <message>
        <source>Timed out: not registered</source>
        <translation>Timed out: not registered</translation>
    </message>
    <message>
        <source>Waiting for a call…</source>
        <translation>Waiting for a call…</translation>
    </message>
    <message>
        <source>Cannot save the recording to %1</source>
        <translation>Cannot save the recording to %1</translation>
    </message>
</context>
<context>
    <name>safelink::telephony::SipEngine</name>
    <message>
        <source>This call no longer exists.</source>
        <translation>This call no longer exists.</translation>
    </message>
    <message>
        <source>Do not disturb: refused automatically</source>
        <translation>Do not disturb: refused automatically</translation>
    </message>
    <message>
        <source>Call failed: %1 %2</source>
        <translation>Call failed: %1 %2</translation>
    </message>
    <message>
        <source>Call failed: %1</source>
        <translation>Call failed: %1</translation>
    </message>
    <message>
        <source>Caller hung up before the call was answered</source>
        <translation>Caller hung up before the call was answered</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Call ended</translation>
    </message>
    <message>
        <source>Registering with the center&apos;s SIP proxy…</source>
        <translation>Registering with the center&apos;s SIP proxy…</translation>
    </message>
    <message>
        <source>Registered: calls can reach this seat</source>
        <translation>Registered: calls can reach this seat</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Unregistered</translation>
    </message>
    <message>
        <source>Registration refused (%1): wrong extension or password</source>
        <translation>Registration refused (%1): wrong extension or password</translation>
    </message>
    <message>
        <source>Cannot reach the center&apos;s SIP proxy (%1); retrying automatically</source>
        <translation>Cannot reach the center&apos;s SIP proxy (%1); retrying automatically</translation>
    </message>
    <message>
        <source>Registration failed (%1 %2)</source>
        <translation>Registration failed (%1 %2)</translation>
    </message>
    <message>
        <source>Cannot create the phone engine&apos;s data folder: %1</source>
        <translation>Cannot create the phone engine&apos;s data folder: %1</translation>
    </message>
    <message>
        <source>Cannot create the recordings folder: %1</source>
        <translation>Cannot create the recordings folder: %1</translation>
    </message>
    <message>
        <source>The phone engine cannot start</source>
        <translation>The phone engine cannot start</translation>
    </message>
    <message>
        <source>Invalid SIP account settings: proxy %1, extension %2</source>
        <translation>Invalid SIP account settings: proxy %1, extension %2</translation>
    </message>
    <message>
        <source>Invalid SIP domain: %1</source>
        <translation>Invalid SIP domain: %1</translation>
    </message>
    <message>
        <source>Cannot dial &quot;%1&quot;: not a valid number or address</source>
        <translation>Cannot dial &quot;%1&quot;: not a valid number or address</translation>
    </message>
    <message>
        <source>Cannot dial &quot;%1&quot;</source>
        <translation>Cannot dial &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This call is not ringing and cannot be answered.</source>
        <translation>This call is not ringing and cannot be answered.</translation>
    </message>
    <message>
        <source>Could not answer</source>
        <translation>Could not answer</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Hung up by the agent</source>
        <translation>Hung up by the agent</translation>
    </message>
    <message>
        <source>Cannot put this call on hold</source>
        <translation>Cannot put this call on hold</translation>
    </message>
    <message>
        <source>Cannot resume this call</source>
        <translation>Cannot resume this call</translation>
    </message>
    <message>
        <source>Keys can only be 0-9, *, #, A-D: %1</source>
        <translation>Keys can only be 0-9, *, #, A-D: %1</translation>
    </message>
    <message>
        <source>Could not send the keys</source>
        <translation>Could not send the keys</translation>
    </message>
    <message>
        <source>Cannot transfer to &quot;%1&quot;: not a valid number or address</source>
        <translation>Cannot transfer to &quot;%1&quot;: not a valid number or address</translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation>Transfer failed</translation>
    </message>
    <message>
        <source>Attended transfer failed</source>
        <translation>Attended transfer failed</translation>
    </message>
    <message>
        <source>A conference needs at least two answered calls</source>
        <translation>A conference needs at least two answered calls</translation>
    </message>
    <message>
        <source>Only answered calls can join a conference</source>
        <translation>Only answered calls can join a conference</translation>
    </message>
    <message>
        <source>Cannot set up the conference</source>
        <translation>Cannot set up the conference</translation>
    </message>
    <message>
        <source>The other side is gone: the hold got no answer (%1)</source>
        <translation>The other side is gone: the hold got no answer (%1)</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>timeout</translation>
    </message>
    <message>
        <source>Cannot put this call on hold (%1)</source>
        <translation>Cannot put this call on hold (%1)</translation>
    </message>
</context>
</TS>
