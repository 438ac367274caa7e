<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>None (disabled)</source>
        <translation>None (disabled)</translation>
    </message>
    <message>
        <source>Can read %1</source>
        <translation>Can read %1</translation>
    </message>
    <message>
        <source>granted, usable at next sign-in: %1</source>
        <translation>granted, usable at next sign-in: %1</translation>
    </message>
    <message>
        <source>waiting for: %1</source>
        <translation>waiting for: %1</translation>
    </message>
    <message>
        <source>No case records (as intended)</source>
        <translation>No case records (as intended)</translation>
    </message>
    <message numerus="yes">
        <source>%n colleague(s) waiting for access: </source>
        <translation>
            <numerusform>%n colleague waiting for access: </numerusform>
            <numerusform>%n colleagues waiting for access: </numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1 was created. Grant it access so it can read records; until then it is listed as waiting.</source>
        <translation>Account %1 was created. Grant it access so it can read records; until then it is listed as waiting.</translation>
    </message>
    <message>
        <source>Access granted to %1; it becomes usable at their next sign-in.</source>
        <translation>Access granted to %1; it becomes usable at their next sign-in.</translation>
    </message>
    <message>
        <source>Disable the account</source>
        <translation>Disable the account</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in and their keys are deleted, so enabling the account again would not restore their access.</source>
        <translation>Disable %1? They can no longer sign in and their keys are deleted, so enabling the account again would not restore their access.</translation>
    </message>
    <message>
        <source>Account %1 is disabled.</source>
        <translation>Account %1 is disabled.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>You manage accounts without reading any case. A new colleague can read records once they are granted access, by a colleague who holds the keys or by you with the recovery key. A grant takes effect at their next sign-in.</source>
        <translation>You manage accounts without reading any case. A new colleague can read records once they are granted access, by a colleague who holds the keys or by you with the recovery key. A grant takes effect at their next sign-in.</translation>
    </message>
    <message>
        <source>About accounts</source>
        <translation>About accounts</translation>
    </message>
    <message>
        <source>Colleagues waiting for access</source>
        <translation>Colleagues waiting for access</translation>
    </message>
    <message>
        <source>Accounts of this &amp;store</source>
        <translation>Accounts of this &amp;store</translation>
    </message>
    <message>
        <source>Name, roles, whether the account is active, and its access.</source>
        <translation>Name, roles, whether the account is active, and its access.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Create an account for a colleague.</source>
        <translation>Create an account for a colleague.</translation>
    </message>
    <message>
        <source>&amp;Grant access…</source>
        <translation>&amp;Grant access…</translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation>Grant access</translation>
    </message>
    <message>
        <source>Give the chosen account the keys its roles need, with the recovery key.</source>
        <translation>Give the chosen account the keys its roles need, with the recovery key.</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>Change &amp;roles…</translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation>Change roles</translation>
    </message>
    <message>
        <source>Give the chosen account other roles. Added roles wait for a colleague to grant their keys; keys only removed roles needed are deleted.</source>
        <translation>Give the chosen account other roles. Added roles wait for a colleague to grant their keys; keys only removed roles needed are deleted.</translation>
    </message>
    <message>
        <source>Disa&amp;ble the account…</source>
        <translation>Disa&amp;ble the account…</translation>
    </message>
    <message>
        <source>The person can no longer sign in; their keys are deleted.</source>
        <translation>The person can no longer sign in; their keys are deleted.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Create the account</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Type the account name.</source>
        <translation>Type the account name.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Tick at least one role.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same; type them again.</source>
        <translation>The two passphrases are not the same; type them again.</translation>
    </message>
    <message>
        <source>Account &amp;name</source>
        <translation>Account &amp;name</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, dots or dashes, for example jonas.berg.</source>
        <translation>Lower-case letters, digits, dots or dashes, for example jonas.berg.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Coordinator</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Manages cases and interview schedules, approves and prints plans.</source>
        <translation>Manages cases and interview schedules, approves and prints plans.</translation>
    </message>
    <message>
        <source>&amp;Interviewer</source>
        <translation>&amp;Interviewer</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Prepares the child and runs the interview.</source>
        <translation>Prepares the child and runs the interview.</translation>
    </message>
    <message>
        <source>&amp;Psychologist</source>
        <translation>&amp;Psychologist</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>Writes and revises the care plan.</source>
        <translation>Writes and revises the care plan.</translation>
    </message>
    <message>
        <source>A&amp;dministrator</source>
        <translation>A&amp;dministrator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Manages accounts and backups; reads no case.</source>
        <translation>Manages accounts and backups; reads no case.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase for the new account</source>
        <translation>Passphrase for the new account</translation>
    </message>
    <message>
        <source>At least 10 characters; give it to the colleague in person.</source>
        <translation>At least 10 characters; give it to the colleague in person.</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repeat it</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Type the same passphrase again.</source>
        <translation>Type the same passphrase again.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Creating the account</source>
        <translation>Creating the account</translation>
    </message>
    <message>
        <source>Create or cancel</source>
        <translation>Create or cancel</translation>
    </message>
</context>
<context>
    <name>AdministrationArea</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Parts of administration</source>
        <translation>Parts of administration</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between the parts.</source>
        <translation>Ctrl+Page Down and Ctrl+Page Up move between the parts.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Checks and backups</source>
        <translation>Checks and backups</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>The children this centre is supporting, their profiles and contacts.</source>
        <translation>The children this centre is supporting, their profiles and contacts.</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Prepare the child, run the one coordinated interview and relay questions.</source>
        <translation>Prepare the child, run the one coordinated interview and relay questions.</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <source>The child&apos;s life project: written with the child, reviewed and printed.</source>
        <translation>The child&apos;s life project: written with the child, reviewed and printed.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Accounts, audit log and backups. No case content is shown here.</source>
        <translation>Accounts, audit log and backups. No case content is shown here.</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>Area title</source>
        <translation>Area title</translation>
    </message>
    <message>
        <source>What this area is for</source>
        <translation>What this area is for</translation>
    </message>
    <message>
        <source>Area status</source>
        <translation>Area status</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Sign-in slowed down after failures</source>
        <translation>Sign-in slowed down after failures</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <source>Store created</source>
        <translation>Store created</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Roles changed</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <source>Access granted</source>
        <translation>Access granted</translation>
    </message>
    <message>
        <source>Granted access taken up</source>
        <translation>Granted access taken up</translation>
    </message>
    <message>
        <source>Granted access refused as invalid</source>
        <translation>Granted access refused as invalid</translation>
    </message>
    <message>
        <source>Recovery key used</source>
        <translation>Recovery key used</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <source>Case erased</source>
        <translation>Case erased</translation>
    </message>
    <message>
        <source>Record read</source>
        <translation>Record read</translation>
    </message>
    <message>
        <source>Case list opened</source>
        <translation>Case list opened</translation>
    </message>
    <message>
        <source>Record saved</source>
        <translation>Record saved</translation>
    </message>
    <message>
        <source>Record removed from its list</source>
        <translation>Record removed from its list</translation>
    </message>
    <message>
        <source>Unsaved work recovered</source>
        <translation>Unsaved work recovered</translation>
    </message>
    <message>
        <source>Unsaved work discarded</source>
        <translation>Unsaved work discarded</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Store restored from a backup</source>
        <translation>Store restored from a backup</translation>
    </message>
    <message>
        <source>Store checked</source>
        <translation>Store checked</translation>
    </message>
    <message>
        <source>Damage or tampering found</source>
        <translation>Damage or tampering found</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Checking the audit trail…</translation>
    </message>
    <message>
        <source>The audit trail is intact: every entry links to the one before it and is signed.</source>
        <translation>The audit trail is intact: every entry links to the one before it and is signed.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail has %n problem(s): entries were changed, removed or reordered. Keep the store as it is and call your support.</source>
        <translation>
            <numerusform>The audit trail has %n problem: entries were changed, removed or reordered. Keep the store as it is and call your support.</numerusform>
            <numerusform>The audit trail has %n problems: entries were changed, removed or reordered. Keep the store as it is and call your support.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n in all</numerusform>
            <numerusform>%n in all</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>State of the audit trail</source>
        <translation>State of the audit trail</translation>
    </message>
    <message>
        <source>Problems found in the audit trail</source>
        <translation>Problems found in the audit trail</translation>
    </message>
    <message>
        <source>Each line names the entry numbers concerned.</source>
        <translation>Each line names the entry numbers concerned.</translation>
    </message>
    <message>
        <source>Fil&amp;ter</source>
        <translation>Fil&amp;ter</translation>
    </message>
    <message>
        <source>Filter the audit trail</source>
        <translation>Filter the audit trail</translation>
    </message>
    <message>
        <source>Shows entries whose words contain this text.</source>
        <translation>Shows entries whose words contain this text.</translation>
    </message>
    <message>
        <source>an account, a case number or an action</source>
        <translation>an account, a case number or an action</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Check a&amp;gain</translation>
    </message>
    <message>
        <source>Check the audit trail again</source>
        <translation>Check the audit trail again</translation>
    </message>
    <message>
        <source>E&amp;ntries, newest first</source>
        <translation>E&amp;ntries, newest first</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <source>Number, time, who, what, about what. Entries never hold case content.</source>
        <translation>Number, time, who, what, about what. Entries never hold case content.</translation>
    </message>
    <message>
        <source>How many entries are shown</source>
        <translation>How many entries are shown</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>(nobody signed in)</translation>
    </message>
    <message>
        <source>(damaged)</source>
        <translation>(damaged)</translation>
    </message>
</context>
<context>
    <name>CarePlanDiff</name>
    <message>
        <source>Compare versions of the life project</source>
        <translation>Compare versions of the life project</translation>
    </message>
    <message>
        <source>Compare &amp;version</source>
        <translation>Compare &amp;version</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>Earlier version</translation>
    </message>
    <message>
        <source>Choose the earlier version to compare.</source>
        <translation>Choose the earlier version to compare.</translation>
    </message>
    <message>
        <source>&amp;with version</source>
        <translation>&amp;with version</translation>
    </message>
    <message>
        <source>Later version</source>
        <translation>Later version</translation>
    </message>
    <message>
        <source>Choose the later version to compare it with.</source>
        <translation>Choose the later version to compare it with.</translation>
    </message>
    <message>
        <source>Summary of the differences</source>
        <translation>Summary of the differences</translation>
    </message>
    <message>
        <source>Differences, side by side</source>
        <translation>Differences, side by side</translation>
    </message>
    <message>
        <source>One row per changed field: the field, its text in the earlier version and in the later version.</source>
        <translation>One row per changed field: the field, its text in the earlier version and in the later version.</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Close the comparison</translation>
    </message>
</context>
<context>
    <name>CarePlanPage</name>
    <message>
        <source>Life project</source>
        <translation>Life project</translation>
    </message>
    <message>
        <source>Choose a case to see its life project.</source>
        <translation>Choose a case to see its life project.</translation>
    </message>
    <message>
        <source>Opening the life project…</source>
        <translation>Opening the life project…</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Draft, not saved yet</source>
        <translation>Draft, not saved yet</translation>
    </message>
    <message>
        <source>Typing is kept automatically. Save makes a new revision.</source>
        <translation>Typing is kept automatically. Save makes a new revision.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) still missing; they are listed under Still missing.</source>
        <translation>
            <numerusform>%n thing still missing; it is listed under Still missing.</numerusform>
            <numerusform>%n things still missing; they are listed under Still missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case of this plan</source>
        <translation>Case of this plan</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation>Version shown</translation>
    </message>
    <message>
        <source>Earlier versions are shown read-only; approved versions never change.</source>
        <translation>Earlier versions are shown read-only; approved versions never change.</translation>
    </message>
    <message>
        <source>Status of the version shown</source>
        <translation>Status of the version shown</translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation>Unsaved changes found</translation>
    </message>
    <message>
        <source>About the unsaved changes</source>
        <translation>About the unsaved changes</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>&amp;Discard them</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Discard the unsaved changes</translation>
    </message>
    <message>
        <source>Notice about this plan</source>
        <translation>Notice about this plan</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <source>Ctrl+Z. Undoes changes across all fields, in order.</source>
        <translation>Ctrl+Z. Undoes changes across all fields, in order.</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Redo the change undone last</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save this version</source>
        <translation>Save this version</translation>
    </message>
    <message>
        <source>Saves a new signed revision of the draft (Ctrl+S). Typing is also kept safe automatically.</source>
        <translation>Saves a new signed revision of the draft (Ctrl+S). Typing is also kept safe automatically.</translation>
    </message>
    <message>
        <source>Su&amp;bmit for approval</source>
        <translation>Su&amp;bmit for approval</translation>
    </message>
    <message>
        <source>Submit the plan for approval</source>
        <translation>Submit the plan for approval</translation>
    </message>
    <message>
        <source>Possible once nothing required is missing; a coordinator then approves it.</source>
        <translation>Possible once nothing required is missing; a coordinator then approves it.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Approve this version</source>
        <translation>Approve this version</translation>
    </message>
    <message>
        <source>An approved version can never be changed; later edits make a new version.</source>
        <translation>An approved version can never be changed; later edits make a new version.</translation>
    </message>
    <message>
        <source>Send &amp;back</source>
        <translation>Send &amp;back</translation>
    </message>
    <message>
        <source>Send the plan back for changes</source>
        <translation>Send the plan back for changes</translation>
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation>&amp;Compare versions…</translation>
    </message>
    <message>
        <source>Compare two versions side by side</source>
        <translation>Compare two versions side by side</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Preview and print the plan</source>
        <translation>Preview and print the plan</translation>
    </message>
    <message>
        <source>Autosave status</source>
        <translation>Autosave status</translation>
    </message>
    <message>
        <source>Plan content</source>
        <translation>Plan content</translation>
    </message>
    <message>
        <source>No plan shown</source>
        <translation>No plan shown</translation>
    </message>
    <message>
        <source>S&amp;ections</source>
        <translation>S&amp;ections</translation>
    </message>
    <message>
        <source>Sections of the plan</source>
        <translation>Sections of the plan</translation>
    </message>
    <message>
        <source>Choose a section to edit it; a number says how many things in it are still missing.</source>
        <translation>Choose a section to edit it; a number says how many things in it are still missing.</translation>
    </message>
    <message>
        <source>&amp;Still missing</source>
        <translation>&amp;Still missing</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>What is still missing</translation>
    </message>
    <message>
        <source>What must be filled in before the plan can be submitted, and what the approval rules still need. Choose one to go to the field.</source>
        <translation>What must be filled in before the plan can be submitted, and what the approval rules still need. Choose one to go to the field.</translation>
    </message>
    <message>
        <source>Section being edited</source>
        <translation>Section being edited</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Version %1 · new draft</source>
        <translation>Version %1 · new draft</translation>
    </message>
    <message>
        <source>Unsaved changes you typed at %1 were restored. Save them, or discard them to go back to the last saved version.</source>
        <translation>Unsaved changes you typed at %1 were restored. Save them, or discard them to go back to the last saved version.</translation>
    </message>
    <message>
        <source>This case has no life project yet. What you type here starts version 1.</source>
        <translation>This case has no life project yet. What you type here starts version 1.</translation>
    </message>
    <message>
        <source>This case has no life project yet.</source>
        <translation>This case has no life project yet.</translation>
    </message>
    <message>
        <source>Version %1 was sent back for changes: %2</source>
        <translation>Version %1 was sent back for changes: %2</translation>
    </message>
    <message>
        <source>Version %1 is waiting for your approval.</source>
        <translation>Version %1 is waiting for your approval.</translation>
    </message>
    <message>
        <source>Version %1 is waiting for approval. You wrote it, so another coordinator must approve it.</source>
        <translation>Version %1 is waiting for approval. You wrote it, so another coordinator must approve it.</translation>
    </message>
    <message>
        <source>Version %1 is waiting for approval. Changing it takes it back to draft.</source>
        <translation>Version %1 is waiting for approval. Changing it takes it back to draft.</translation>
    </message>
    <message>
        <source>Version %1 is waiting for approval.</source>
        <translation>Version %1 is waiting for approval.</translation>
    </message>
    <message>
        <source>Version %1 is approved and can no longer change. What you change here starts version %2.</source>
        <translation>Version %1 is approved and can no longer change. What you change here starts version %2.</translation>
    </message>
    <message>
        <source>Version %1 came from another centre and is kept as it arrived; it is not approved here. What you change here starts version %2, which must be approved here.</source>
        <translation>Version %1 came from another centre and is kept as it arrived; it is not approved here. What you change here starts version %2, which must be approved here.</translation>
    </message>
    <message>
        <source>Version %1 came from another centre; it is not approved here until a version written here is approved.</source>
        <translation>Version %1 came from another centre; it is not approved here until a version written here is approved.</translation>
    </message>
</context>
<context>
    <name>CarePlanPreview</name>
    <message>
        <source>Print the life project</source>
        <translation>Print the life project</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>Which version of the plan</source>
        <translation>Which version of the plan</translation>
    </message>
    <message>
        <source>The full plan for professionals, or the child&apos;s version in the child&apos;s language with pictures and no risk details.</source>
        <translation>The full plan for professionals, or the child&apos;s version in the child&apos;s language with pictures and no risk details.</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;aper:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>Choose the paper size for printing.</source>
        <translation>Choose the paper size for printing.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Plan version to print</source>
        <translation>Plan version to print</translation>
    </message>
    <message>
        <source>Choose which saved version of the plan to print.</source>
        <translation>Choose which saved version of the plan to print.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print with the system print dialog</source>
        <translation>Print with the system print dialog</translation>
    </message>
    <message>
        <source>Every print is recorded in the audit log.</source>
        <translation>Every print is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Preview status</translation>
    </message>
    <message>
        <source>Pages of the plan</source>
        <translation>Pages of the plan</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Close the preview</translation>
    </message>
</context>
<context>
    <name>CarePlanStatus</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>Submitted for approval</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>From another centre</source>
        <translation>From another centre</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Within a week</source>
        <translation>Within a week</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>None planned</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due within two weeks</source>
        <translation>Due within two weeks</translation>
    </message>
    <message>
        <source>The review dates could not be read: %1</source>
        <translation>The review dates could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) shown</source>
        <translation>
            <numerusform>%n case shown</numerusform>
            <numerusform>%n cases shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n in all</numerusform>
            <numerusform>%n in all</numerusform>
        </translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Open a new case; you give the child a pseudonym (Ctrl+N).</source>
        <translation>Open a new case; you give the child a pseudonym (Ctrl+N).</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Sea&amp;rch</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Case number or the child&apos;s name; Ctrl+F comes here.</source>
        <translation>Case number or the child&apos;s name; Ctrl+F comes here.</translation>
    </message>
    <message>
        <source>Case number or the child&apos;s name</source>
        <translation>Case number or the child&apos;s name</translation>
    </message>
    <message>
        <source>Only children without a &amp;guardian</source>
        <translation>Only children without a &amp;guardian</translation>
    </message>
    <message>
        <source>Only children without a guardian</source>
        <translation>Only children without a guardian</translation>
    </message>
    <message>
        <source>Shows only cases whose child has no guardian recorded.</source>
        <translation>Shows only cases whose child has no guardian recorded.</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show open cases, closed cases or all.</source>
        <translation>Show open cases, closed cases or all.</translation>
    </message>
    <message>
        <source>Ne&amp;xt interview</source>
        <translation>Ne&amp;xt interview</translation>
    </message>
    <message>
        <source>Next interview</source>
        <translation>Next interview</translation>
    </message>
    <message>
        <source>Filter by when the next interview is.</source>
        <translation>Filter by when the next interview is.</translation>
    </message>
    <message>
        <source>Plan re&amp;view</source>
        <translation>Plan re&amp;view</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Plan review</translation>
    </message>
    <message>
        <source>Filter by when the care plan is due for review.</source>
        <translation>Filter by when the care plan is due for review.</translation>
    </message>
    <message>
        <source>Sort b&amp;y</source>
        <translation>Sort b&amp;y</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <source>The column the list is sorted by; clicking a heading does the same.</source>
        <translation>The column the list is sorted by; clicking a heading does the same.</translation>
    </message>
    <message>
        <source>Reverse ord&amp;er</source>
        <translation>Reverse ord&amp;er</translation>
    </message>
    <message>
        <source>Reverse order</source>
        <translation>Reverse order</translation>
    </message>
    <message>
        <source>Highest or latest first.</source>
        <translation>Highest or latest first.</translation>
    </message>
    <message>
        <source>Opening the cases…</source>
        <translation>Opening the cases…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
    <message>
        <source>Opening the cases</source>
        <translation>Opening the cases</translation>
    </message>
    <message>
        <source>Ca&amp;ses</source>
        <translation>Ca&amp;ses</translation>
    </message>
    <message>
        <source>Press Enter to open the chosen case. Click a column heading to sort.</source>
        <translation>Press Enter to open the chosen case. Click a column heading to sort.</translation>
    </message>
    <message>
        <source>How many cases are shown</source>
        <translation>How many cases are shown</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Next interview</source>
        <translation>Next interview</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Plan review</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(cannot be read)</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Appointed</source>
        <translation>Appointed</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>Opening the case…</translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation>Closed on %1.</translation>
    </message>
    <message>
        <source>Open since %1.</source>
        <translation>Open since %1.</translation>
    </message>
    <message>
        <source>No guardian is recorded for this child.</source>
        <translation>No guardian is recorded for this child.</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>Close case %1? Its records stay readable; it leaves the list of open cases.</source>
        <translation>Close case %1? Its records stay readable; it leaves the list of open cases.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>&amp;Back to the case list</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>Back to the case list</translation>
    </message>
    <message>
        <source>Alt+Left also goes back.</source>
        <translation>Alt+Left also goes back.</translation>
    </message>
    <message>
        <source>Close the case…</source>
        <translation>Close the case…</translation>
    </message>
    <message>
        <source>Marks the case as closed; its records stay readable until the retention period ends.</source>
        <translation>Marks the case as closed; its records stay readable until the retention period ends.</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>Guardian warning</source>
        <translation>Guardian warning</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Parts of the case</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between the parts.</source>
        <translation>Ctrl+Page Down and Ctrl+Page Up move between the parts.</translation>
    </message>
</context>
<context>
    <name>CasesArea</name>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>Type the text for this cell.</source>
        <translation>Type the text for this cell.</translation>
    </message>
    <message>
        <source>Choose a value for this cell.</source>
        <translation>Choose a value for this cell.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
</context>
<context>
    <name>ChildProfileForm</name>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>The name used for this child on screens and printouts that need no real name.</source>
        <translation>The name used for this child on screens and printouts that need no real name.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Leave empty if unknown and give an estimated age instead.</source>
        <translation>Leave empty if unknown and give an estimated age instead.</translation>
    </message>
    <message>
        <source>Estimated age (years)</source>
        <translation>Estimated age (years)</translation>
    </message>
    <message>
        <source>Presumed to be a child</source>
        <translation>Presumed to be a child</translation>
    </message>
    <message>
        <source>When age is uncertain the person is treated as a child until an assessment shows otherwise.</source>
        <translation>When age is uncertain the person is treated as a child until an assessment shows otherwise.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Languages the child speaks</source>
        <translation>Languages the child speaks</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Interpreter needed</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Interpreter language</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Guardian appointed on</source>
        <translation>Guardian appointed on</translation>
    </message>
    <message>
        <source>Legal or immigration status</source>
        <translation>Legal or immigration status</translation>
    </message>
    <message>
        <source>Placement and accommodation</source>
        <translation>Placement and accommodation</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>asylum_seeker</source>
        <translation>Asylum seeker</translation>
    </message>
    <message>
        <source>refugee</source>
        <translation>Refugee</translation>
    </message>
    <message>
        <source>unaccompanied_minor</source>
        <translation>Unaccompanied minor</translation>
    </message>
    <message>
        <source>undocumented</source>
        <translation>Undocumented</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ChildScreen</name>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Reads the words on the screen aloud. Press again to stop.</source>
        <translation>Reads the words on the screen aloud. Press again to stop.</translation>
    </message>
</context>
<context>
    <name>ChildScreenForm</name>
    <message>
        <source>Child screen</source>
        <translation>Child screen</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Steps done</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Practice heading</source>
        <translation>Practice heading</translation>
    </message>
    <message>
        <source>Practice question</source>
        <translation>Practice question</translation>
    </message>
    <message>
        <source>Feelings faces</source>
        <translation>Feelings faces</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <source>Break card</source>
        <translation>Break card</translation>
    </message>
</context>
<context>
    <name>ColleagueAccessDialog</name>
    <message>
        <source>Give colleagues access</source>
        <translation>Give colleagues access</translation>
    </message>
    <message>
        <source>You can give: %1</source>
        <translation>You can give: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Give %1 access to: %2. They can read them after their next sign-in.</source>
        <translation>Give %1 access to: %2. They can read them after their next sign-in.</translation>
    </message>
    <message>
        <source>Access to %1 must come from a colleague who holds it, or from the administrator.</source>
        <translation>Access to %1 must come from a colleague who holds it, or from the administrator.</translation>
    </message>
    <message>
        <source>Give access</source>
        <translation>Give access</translation>
    </message>
    <message>
        <source>%1 can read %2 after their next sign-in.</source>
        <translation>%1 can read %2 after their next sign-in.</translation>
    </message>
    <message>
        <source>%1 had already been given these keys by a colleague.</source>
        <translation>%1 had already been given these keys by a colleague.</translation>
    </message>
    <message>
        <source>A new colleague cannot read any records until someone who holds the keys gives them. Below are the colleagues who are waiting for keys you hold. What you give becomes usable at their next sign-in.</source>
        <translation>A new colleague cannot read any records until someone who holds the keys gives them. Below are the colleagues who are waiting for keys you hold. What you give becomes usable at their next sign-in.</translation>
    </message>
    <message>
        <source>How giving access works</source>
        <translation>How giving access works</translation>
    </message>
    <message>
        <source>&amp;Colleagues waiting for your keys</source>
        <translation>&amp;Colleagues waiting for your keys</translation>
    </message>
    <message>
        <source>Colleagues waiting for your keys</source>
        <translation>Colleagues waiting for your keys</translation>
    </message>
    <message>
        <source>Each line names a colleague, their roles and the records you can give them access to.</source>
        <translation>Each line names a colleague, their roles and the records you can give them access to.</translation>
    </message>
    <message>
        <source>No colleague is waiting for keys you hold.</source>
        <translation>No colleague is waiting for keys you hold.</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Nobody is waiting</translation>
    </message>
    <message>
        <source>What will be given</source>
        <translation>What will be given</translation>
    </message>
    <message>
        <source>Access given</source>
        <translation>Access given</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>&amp;Give access…</source>
        <translation>&amp;Give access…</translation>
    </message>
    <message>
        <source>Give the chosen colleague access</source>
        <translation>Give the chosen colleague access</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Compartment</name>
    <message>
        <source>profiles and contacts</source>
        <translation>profiles and contacts</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>interviews</translation>
    </message>
    <message>
        <source>care plans</source>
        <translation>care plans</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>No contact chosen</source>
        <translation>No contact chosen</translation>
    </message>
    <message>
        <source>Unsaved changes were restored; save them to keep them.</source>
        <translation>Unsaved changes were restored; save them to keep them.</translation>
    </message>
    <message>
        <source>Kept safe.</source>
        <translation>Kept safe.</translation>
    </message>
    <message>
        <source>Typing is kept automatically.</source>
        <translation>Typing is kept automatically.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Saved as version %1.</translation>
    </message>
    <message>
        <source>Remove “%1” from this case&apos;s contacts? The contact will no longer be listed or exported. Its earlier versions are kept in the store&apos;s record history.</source>
        <translation>Remove “%1” from this case&apos;s contacts? The contact will no longer be listed or exported. Its earlier versions are kept in the store&apos;s record history.</translation>
    </message>
    <message>
        <source>Changes to it that were not saved are discarded.</source>
        <translation>Changes to it that were not saved are discarded.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Removing…</translation>
    </message>
    <message>
        <source>The contact was removed; its history is kept.</source>
        <translation>The contact was removed; its history is kept.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>People around the child</source>
        <translation>People around the child</translation>
    </message>
    <message>
        <source>Choose a contact to see and edit it on the right.</source>
        <translation>Choose a contact to see and edit it on the right.</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;New contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Adds an empty contact to fill in (Ctrl+N).</source>
        <translation>Adds an empty contact to fill in (Ctrl+N).</translation>
    </message>
    <message>
        <source>R&amp;emove contact…</source>
        <translation>R&amp;emove contact…</translation>
    </message>
    <message>
        <source>Takes the chosen contact off this case after asking (Delete in the list). Its earlier versions stay in the record history.</source>
        <translation>Takes the chosen contact off this case after asking (Delete in the list). Its earlier versions stay in the record history.</translation>
    </message>
    <message>
        <source>Contact being edited</source>
        <translation>Contact being edited</translation>
    </message>
    <message>
        <source>Unsaved changes restored</source>
        <translation>Unsaved changes restored</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>Contact&apos;s name</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>Contact&apos;s role</source>
        <translation>Contact&apos;s role</translation>
    </message>
    <message>
        <source>For example guardian, case manager, legal adviser.</source>
        <translation>For example guardian, case manager, legal adviser.</translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation>Or&amp;ganisation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Where the contact works.</source>
        <translation>Where the contact works.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Digits, spaces and + - ( ).</source>
        <translation>Digits, spaces and + - ( ).</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>For example name@example.org.</source>
        <translation>For example name@example.org.</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Notes about the contact</source>
        <translation>Notes about the contact</translation>
    </message>
    <message>
        <source>Facts about the contact, never about what the child said. Tab leaves the field.</source>
        <translation>Facts about the contact, never about what the child said. Tab leaves the field.</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Problems to fix</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>Saving status</translation>
    </message>
    <message>
        <source>Sa&amp;ve the contact</source>
        <translation>Sa&amp;ve the contact</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation>Save the contact</translation>
    </message>
    <message>
        <source>Saves a new version (Ctrl+S).</source>
        <translation>Saves a new version (Ctrl+S).</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Compare versions of the life project</source>
        <translation>Compare versions of the life project</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Close the comparison</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>The two versions say the same.</source>
        <translation>The two versions say the same.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ between version %1 and version %2.</source>
        <translation>
            <numerusform>%n field differs between version %1 and version %2.</numerusform>
            <numerusform>%n fields differ between version %1 and version %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftRecoveryDialog</name>
    <message>
        <source>Unsaved work found</source>
        <translation>Unsaved work found</translation>
    </message>
    <message>
        <source>Saved as typed.</source>
        <translation>Saved as typed.</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Discarded.</translation>
    </message>
    <message>
        <source>Unsaved work was found</source>
        <translation>Unsaved work was found</translation>
    </message>
    <message>
        <source>Barnahus Desk kept what you typed last time, but it was never saved (the app may have closed unexpectedly). Choose what to do with each item. Nothing is lost if you decide later.</source>
        <translation>Barnahus Desk kept what you typed last time, but it was never saved (the app may have closed unexpectedly). Choose what to do with each item. Nothing is lost if you decide later.</translation>
    </message>
    <message>
        <source>What this is</source>
        <translation>What this is</translation>
    </message>
    <message>
        <source>&amp;Unsaved items</source>
        <translation>&amp;Unsaved items</translation>
    </message>
    <message>
        <source>Unsaved items</source>
        <translation>Unsaved items</translation>
    </message>
    <message>
        <source>Case number, what it is, and when it was typed.</source>
        <translation>Case number, what it is, and when it was typed.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Open the case</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Open the case</translation>
    </message>
    <message>
        <source>Shows the typed text in its form so you can check it and save it.</source>
        <translation>Shows the typed text in its form so you can check it and save it.</translation>
    </message>
    <message>
        <source>&amp;Save as typed</source>
        <translation>&amp;Save as typed</translation>
    </message>
    <message>
        <source>Save as typed</source>
        <translation>Save as typed</translation>
    </message>
    <message>
        <source>Saves the typed text as a new version without opening it.</source>
        <translation>Saves the typed text as a new version without opening it.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Discard the unsaved text</source>
        <translation>Discard the unsaved text</translation>
    </message>
    <message>
        <source>Deletes the typed text; the last saved version stays.</source>
        <translation>Deletes the typed text; the last saved version stays.</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Decide &amp;later</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <source>Something went wrong inside Barnahus Desk. Work that was already saved is safe. A technical report without any case details was written to the log.</source>
        <translation>Something went wrong inside Barnahus Desk. Work that was already saved is safe. A technical report without any case details was written to the log.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>year-month-day, e.g. 2014-03-25</source>
        <translation>year-month-day, e.g. 2014-03-25</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>separate with commas</source>
        <translation>separate with commas</translation>
    </message>
    <message>
        <source>choose from the list</source>
        <translation>choose from the list</translation>
    </message>
    <message>
        <source>In the part “%1” of the profile.</source>
        <translation>In the part “%1” of the profile.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Fill in this part of the plan.</source>
        <translation>Fill in this part of the plan.</translation>
    </message>
    <message>
        <source>Child&apos;s plan ready in: %1</source>
        <translation>Child&apos;s plan ready in: %1</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
</context>
<context>
    <name>FieldProblem</name>
    <message>
        <source>This must be filled in.</source>
        <translation>This must be filled in.</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, for example 2014-03-25.</source>
        <translation>Write the date as year-month-day, for example 2014-03-25.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <source>Write a whole number, for example 14.</source>
        <translation>Write a whole number, for example 14.</translation>
    </message>
    <message>
        <source>An age is a number from 0 to 130.</source>
        <translation>An age is a number from 0 to 130.</translation>
    </message>
    <message>
        <source>Choose one of the options in the list.</source>
        <translation>Choose one of the options in the list.</translation>
    </message>
    <message>
        <source>Say which language the interpreter should speak.</source>
        <translation>Say which language the interpreter should speak.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation>This does not look like an e-mail address (name@example.org).</translation>
    </message>
    <message>
        <source>Use digits, spaces and + - ( ) only.</source>
        <translation>Use digits, spaces and + - ( ) only.</translation>
    </message>
    <message>
        <source>Check this value.</source>
        <translation>Check this value.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>The store will be kept in %1</source>
        <translation>The store will be kept in %1</translation>
    </message>
    <message>
        <source>Create the store</source>
        <translation>Create the store</translation>
    </message>
    <message>
        <source>Type the name of your account.</source>
        <translation>Type the name of your account.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same; type them again.</source>
        <translation>The two passphrases are not the same; type them again.</translation>
    </message>
    <message>
        <source>Welcome to Barnahus Desk</source>
        <translation>Welcome to Barnahus Desk</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>There is no store on this computer yet. Create it now and you become its first administrator. You will add your colleagues afterwards.</source>
        <translation>There is no store on this computer yet. Create it now and you become its first administrator. You will add your colleagues afterwards.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Where the store will be kept</source>
        <translation>Where the store will be kept</translation>
    </message>
    <message>
        <source>Your account &amp;name</source>
        <translation>Your account &amp;name</translation>
    </message>
    <message>
        <source>Your account name</source>
        <translation>Your account name</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, dots or dashes, for example anna.berg.</source>
        <translation>Lower-case letters, digits, dots or dashes, for example anna.berg.</translation>
    </message>
    <message>
        <source>for example anna.berg</source>
        <translation>for example anna.berg</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>At least 10 characters; a few words work well.</source>
        <translation>At least 10 characters; a few words work well.</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase</source>
        <translation>&amp;Repeat the passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Type the same passphrase again.</source>
        <translation>Type the same passphrase again.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 10 characters that nobody could guess. A few unrelated words work well. Nobody can recover it for you, so keep it safe.</source>
        <translation>Choose a passphrase of at least 10 characters that nobody could guess. A few unrelated words work well. Nobody can recover it for you, so keep it safe.</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Passphrase advice</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Creating the store</source>
        <translation>Creating the store</translation>
    </message>
    <message>
        <source>&amp;Create the store</source>
        <translation>&amp;Create the store</translation>
    </message>
    <message>
        <source>Create the encrypted store and your administrator account.</source>
        <translation>Create the encrypted store and your administrator account.</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Grant access</source>
        <translation>Grant access</translation>
    </message>
    <message>
        <source>Grant access to %1</source>
        <translation>Grant access to %1</translation>
    </message>
    <message>
        <source>Their roles need: %1.</source>
        <translation>Their roles need: %1.</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Grant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Type the recovery key.</translation>
    </message>
    <message>
        <source>As administrator you hold no keys to case records. With the recovery key from the centre&apos;s safe you can grant this colleague the keys their roles need. They become usable at the colleague&apos;s next sign-in. The recovery key is not kept.</source>
        <translation>As administrator you hold no keys to case records. With the recovery key from the centre&apos;s safe you can grant this colleague the keys their roles need. They become usable at the colleague&apos;s next sign-in. The recovery key is not kept.</translation>
    </message>
    <message>
        <source>How granting works</source>
        <translation>How granting works</translation>
    </message>
    <message>
        <source>What will be granted</source>
        <translation>What will be granted</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>56 letters and digits; dashes and spaces may be left out.</source>
        <translation>56 letters and digits; dashes and spaces may be left out.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Granting access</source>
        <translation>Granting access</translation>
    </message>
    <message>
        <source>Grant or cancel</source>
        <translation>Grant or cancel</translation>
    </message>
</context>
<context>
    <name>InterviewMetadataForm</name>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Area title</source>
        <translation>Area title</translation>
    </message>
    <message>
        <source>Dates, rooms, status and durations of this case&apos;s interviews. What was said is kept in the interview compartment, which this account does not hold.</source>
        <translation>Dates, rooms, status and durations of this case&apos;s interviews. What was said is kept in the interview compartment, which this account does not hold.</translation>
    </message>
    <message>
        <source>What this view shows</source>
        <translation>What this view shows</translation>
    </message>
    <message>
        <source>Interviews of this case</source>
        <translation>Interviews of this case</translation>
    </message>
    <message>
        <source>Planned and held interviews of this case, one per row.</source>
        <translation>Planned and held interviews of this case, one per row.</translation>
    </message>
    <message>
        <source>Book an interview</source>
        <translation>Book an interview</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Enter the date and time of the interview.</source>
        <translation>Enter the date and time of the interview.</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Choose the room for the interview.</source>
        <translation>Choose the room for the interview.</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>&amp;Interviewer:</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Choose who will lead the interview.</source>
        <translation>Choose who will lead the interview.</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>InterviewMetadataView</name>
    <message>
        <source>Planned for</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Choose a case to see its interviews.</source>
        <translation>Choose a case to see its interviews.</translation>
    </message>
    <message>
        <source>No interviews are planned for this case.</source>
        <translation>No interviews are planned for this case.</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Interview set-up problem</source>
        <translation>Interview set-up problem</translation>
    </message>
    <message>
        <source>1. Planning</source>
        <translation>1. Planning</translation>
    </message>
    <message>
        <source>2. Readiness and preparation</source>
        <translation>2. Readiness and preparation</translation>
    </message>
    <message>
        <source>3. Interview</source>
        <translation>3. Interview</translation>
    </message>
    <message>
        <source>4. Observers&apos; questions</source>
        <translation>4. Observers&apos; questions</translation>
    </message>
    <message>
        <source>5. Summary</source>
        <translation>5. Summary</translation>
    </message>
    <message>
        <source>Choose a case in the Cases area first.</source>
        <translation>Choose a case in the Cases area first.</translation>
    </message>
    <message>
        <source>New interview: fill in the plan and save it.</source>
        <translation>New interview: fill in the plan and save it.</translation>
    </message>
    <message>
        <source>clock %1</source>
        <translation>clock %1</translation>
    </message>
    <message>
        <source>This child already had a forensic interview: record in Planning why a further one is needed before it can start.</source>
        <translation>This child already had a forensic interview: record in Planning why a further one is needed before it can start.</translation>
    </message>
    <message>
        <source>%1 observer question(s) wait for a decision.</source>
        <translation>%1 observer question(s) wait for a decision.</translation>
    </message>
    <message>
        <source>The child tried the break card; it is noted as practice.</source>
        <translation>The child tried the break card; it is noted as practice.</translation>
    </message>
    <message>
        <source>The child pressed the break card at %1.</source>
        <translation>The child pressed the break card at %1.</translation>
    </message>
    <message>
        <source>Save the interview summary</source>
        <translation>Save the interview summary</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the summary to %1.</source>
        <translation>Saved the summary to %1.</translation>
    </message>
</context>
<context>
    <name>InterviewPageForm</name>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>0,0,0,0,1,0</source>
        <translation>0,0,0,0,1,0</translation>
    </message>
    <message>
        <source>Area title</source>
        <translation>Area title</translation>
    </message>
    <message>
        <source>&amp;Interview:</source>
        <translation>&amp;Interview:</translation>
    </message>
    <message>
        <source>Interview session</source>
        <translation>Interview session</translation>
    </message>
    <message>
        <source>Choose the interview to work on.</source>
        <translation>Choose the interview to work on.</translation>
    </message>
    <message>
        <source>&amp;Plan a new interview</source>
        <translation>&amp;Plan a new interview</translation>
    </message>
    <message>
        <source>Plan a new interview</source>
        <translation>Plan a new interview</translation>
    </message>
    <message>
        <source>Interview status</source>
        <translation>Interview status</translation>
    </message>
    <message>
        <source>Warnings for the team</source>
        <translation>Warnings for the team</translation>
    </message>
    <message>
        <source>The child pressed the break card</source>
        <translation>The child pressed the break card</translation>
    </message>
    <message>
        <source>Break card message</source>
        <translation>Break card message</translation>
    </message>
    <message>
        <source>Take a &amp;break now</source>
        <translation>Take a &amp;break now</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Take a break now</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>Dismiss the break card message</source>
        <translation>Dismiss the break card message</translation>
    </message>
    <message>
        <source>Interview steps</source>
        <translation>Interview steps</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Swedish (svenska)</source>
        <translation>Swedish (svenska)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Locked by %1. The content is hidden and the keys are removed from memory. Type your passphrase to carry on exactly where you left off.</source>
        <translation>Locked by %1. The content is hidden and the keys are removed from memory. Type your passphrase to carry on exactly where you left off.</translation>
    </message>
    <message>
        <source>Saving what you typed…</source>
        <translation>Saving what you typed…</translation>
    </message>
    <message>
        <source>Everything you typed is saved in the encrypted journal.</source>
        <translation>Everything you typed is saved in the encrypted journal.</translation>
    </message>
    <message>
        <source>Some typing could not be written to the store (is the disk full?). It is kept in memory and saved as soon as you unlock.</source>
        <translation>Some typing could not be written to the store (is the disk full?). It is kept in memory and saved as soon as you unlock.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Type your passphrase.</translation>
    </message>
    <message>
        <source>Barnahus Desk is locked</source>
        <translation>Barnahus Desk is locked</translation>
    </message>
    <message>
        <source>Who locked the workspace</source>
        <translation>Who locked the workspace</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>Saving status</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Type your passphrase to unlock.</source>
        <translation>Type your passphrase to unlock.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Checking the passphrase</source>
        <translation>Checking the passphrase</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>Sign in as &amp;someone else</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Sign in as someone else</translation>
    </message>
    <message>
        <source>Ends this session; unsaved typing stays in the autosave journal.</source>
        <translation>Ends this session; unsaved typing stays in the autosave journal.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Barnahus Desk</source>
        <translation>Barnahus Desk</translation>
    </message>
    <message>
        <source>Barnahus Desk main window</source>
        <translation>Barnahus Desk main window</translation>
    </message>
    <message>
        <source>Current screen</source>
        <translation>Current screen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Barnahus Desk (demo)</source>
        <translation>Barnahus Desk (demo)</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menu bar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Give colleagues &amp;access…</source>
        <translation>Give colleagues &amp;access…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Barnahus Desk</source>
        <translation>&amp;About Barnahus Desk</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Ctrl+L: lock now. Ctrl+S: save the form you are editing. Ctrl+F: search the case list. Ctrl+N: new case or new contact. Alt+Left: back to the case list. Ctrl+Page Down and Ctrl+Page Up: next and previous tab. Ctrl+,: settings. Tab and Shift+Tab move between controls; underlined letters work with Alt.</source>
        <translation>Ctrl+L: lock now. Ctrl+S: save the form you are editing. Ctrl+F: search the case list. Ctrl+N: new case or new contact. Alt+Left: back to the case list. Ctrl+Page Down and Ctrl+Page Up: next and previous tab. Ctrl+,: settings. Tab and Shift+Tab move between controls; underlined letters work with Alt.</translation>
    </message>
    <message>
        <source>About Barnahus Desk</source>
        <translation>About Barnahus Desk</translation>
    </message>
    <message>
        <source>Barnahus Desk %1. Everything about a child is encrypted on this computer and readable only with a passphrase.</source>
        <translation>Barnahus Desk %1. Everything about a child is encrypted on this computer and readable only with a passphrase.</translation>
    </message>
</context>
<context>
    <name>MaintenanceTab</name>
    <message numerus="yes">
        <source>No damage found: the database file and the %n audit entry(ies) are intact.</source>
        <translation>
            <numerusform>No damage found: the database file and the %n audit entry are intact.</numerusform>
            <numerusform>No damage found: the database file and the %n audit entries are intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Keep the store as it is, make no changes, and call your support.</source>
        <translation>
            <numerusform>%n problem found. Keep the store as it is, make no changes, and call your support.</numerusform>
            <numerusform>%n problems found. Keep the store as it is, make no changes, and call your support.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>Where should the backup go?</translation>
    </message>
    <message>
        <source>Barnahus backups (*.bhbackup)</source>
        <translation>Barnahus backups (*.bhbackup)</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>The backup was written to %1.</translation>
    </message>
    <message>
        <source>The backup was restored into a new store at %1. The store you are using now was not changed. To work in the restored store, open Barnahus Desk with it.</source>
        <translation>The backup was restored into a new store at %1. The store you are using now was not changed. To work in the restored store, open Barnahus Desk with it.</translation>
    </message>
    <message>
        <source>Checks and backups</source>
        <translation>Checks and backups</translation>
    </message>
    <message>
        <source>Check the store</source>
        <translation>Check the store</translation>
    </message>
    <message>
        <source>Checks the database file and the audit trail for damage or tampering. Records are checked by the colleagues who can read them when they run this check.</source>
        <translation>Checks the database file and the audit trail for damage or tampering. Records are checked by the colleagues who can read them when they run this check.</translation>
    </message>
    <message>
        <source>What the check does</source>
        <translation>What the check does</translation>
    </message>
    <message>
        <source>&amp;Check the store now</source>
        <translation>&amp;Check the store now</translation>
    </message>
    <message>
        <source>Check the store now</source>
        <translation>Check the store now</translation>
    </message>
    <message>
        <source>Checking the store</source>
        <translation>Checking the store</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Each line names the part of the store concerned.</source>
        <translation>Each line names the part of the store concerned.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>A backup is one encrypted file. It can be opened with the passphrase of any account that was active when it was made. Keep backups on a separate drive, away from this computer.</source>
        <translation>A backup is one encrypted file. It can be opened with the passphrase of any account that was active when it was made. Keep backups on a separate drive, away from this computer.</translation>
    </message>
    <message>
        <source>About backups</source>
        <translation>About backups</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Make a &amp;backup…</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>Choose where to write the backup file.</source>
        <translation>Choose where to write the backup file.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Makes a new store from a backup file; the current store is not changed.</source>
        <translation>Makes a new store from a backup file; the current store is not changed.</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Backup progress</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Backup status</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Open the case</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Open the case</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Give the child a pseudonym; it is shown instead of their name.</source>
        <translation>Give the child a pseudonym; it is shown instead of their name.</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>Open a new case</translation>
    </message>
    <message>
        <source>Give the child a pseudonym: the name shown on screens and printouts that need no real name. You can fill in the rest of the profile next.</source>
        <translation>Give the child a pseudonym: the name shown on screens and printouts that need no real name. You can fill in the rest of the profile next.</translation>
    </message>
    <message>
        <source>What to type</source>
        <translation>What to type</translation>
    </message>
    <message>
        <source>&amp;Pseudonym</source>
        <translation>&amp;Pseudonym</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Required. Not the child&apos;s real name.</source>
        <translation>Required. Not the child&apos;s real name.</translation>
    </message>
    <message>
        <source>Case &amp;number</source>
        <translation>Case &amp;number</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Optional. Leave empty for the next free number. Never put a name in it.</source>
        <translation>Optional. Leave empty for the next free number. Never put a name in it.</translation>
    </message>
    <message>
        <source>Leave empty for the next number</source>
        <translation>Leave empty for the next number</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Open or cancel</source>
        <translation>Open or cancel</translation>
    </message>
</context>
<context>
    <name>ObserversTab</name>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Question as sent</source>
        <translation>Question as sent</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Wording or reason</source>
        <translation>Wording or reason</translation>
    </message>
    <message>
        <source>Open alternative: %1</source>
        <translation>Open alternative: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>%1 question(s); %2 waiting for a decision.</source>
        <translation>%1 question(s); %2 waiting for a decision.</translation>
    </message>
    <message>
        <source>Choose a question in the queue to decide on it.</source>
        <translation>Choose a question in the queue to decide on it.</translation>
    </message>
</context>
<context>
    <name>ObserversTabForm</name>
    <message>
        <source>Observers&apos; questions</source>
        <translation>Observers&apos; questions</translation>
    </message>
    <message>
        <source>0,0,1,0</source>
        <translation>0,0,1,0</translation>
    </message>
    <message>
        <source>Add an observer&apos;s question</source>
        <translation>Add an observer&apos;s question</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Choose the agency of the observer who asks the question.</source>
        <translation>Choose the agency of the observer who asks the question.</translation>
    </message>
    <message>
        <source>&amp;Question as the observer wrote it:</source>
        <translation>&amp;Question as the observer wrote it:</translation>
    </message>
    <message>
        <source>Question as the observer wrote it</source>
        <translation>Question as the observer wrote it</translation>
    </message>
    <message>
        <source>Type the question exactly as the observer wrote it.</source>
        <translation>Type the question exactly as the observer wrote it.</translation>
    </message>
    <message>
        <source>Coaching for the observer&apos;s question</source>
        <translation>Coaching for the observer&apos;s question</translation>
    </message>
    <message>
        <source>Add to the q&amp;ueue</source>
        <translation>Add to the q&amp;ueue</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>Add to the queue</translation>
    </message>
    <message>
        <source>Decide at the break</source>
        <translation>Decide at the break</translation>
    </message>
    <message>
        <source>Selected question</source>
        <translation>Selected question</translation>
    </message>
    <message>
        <source>Coaching for the selected question</source>
        <translation>Coaching for the selected question</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Choose whether to ask, reword or leave out the question.</source>
        <translation>Choose whether to ask, reword or leave out the question.</translation>
    </message>
    <message>
        <source>New &amp;wording:</source>
        <translation>New &amp;wording:</translation>
    </message>
    <message>
        <source>New wording</source>
        <translation>New wording</translation>
    </message>
    <message>
        <source>Type the question as it will be asked to the child.</source>
        <translation>Type the question as it will be asked to the child.</translation>
    </message>
    <message>
        <source>Use the open al&amp;ternative</source>
        <translation>Use the open al&amp;ternative</translation>
    </message>
    <message>
        <source>Use the open alternative</source>
        <translation>Use the open alternative</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Type why the question is reworded or left out.</source>
        <translation>Type why the question is reworded or left out.</translation>
    </message>
    <message>
        <source>Record the d&amp;ecision</source>
        <translation>Record the d&amp;ecision</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <source>Questions &amp;queue:</source>
        <translation>Questions &amp;queue:</translation>
    </message>
    <message>
        <source>Questions queue</source>
        <translation>Questions queue</translation>
    </message>
    <message>
        <source>Observers&apos; questions, one per row. Choose one to decide on it.</source>
        <translation>Observers&apos; questions, one per row. Choose one to decide on it.</translation>
    </message>
    <message>
        <source>Questions waiting</source>
        <translation>Questions waiting</translation>
    </message>
</context>
<context>
    <name>PlanWorkflow</name>
    <message>
        <source>Approve version %1? An approved version can never be changed.</source>
        <translation>Approve version %1? An approved version can never be changed.</translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>Approve the plan</translation>
    </message>
    <message>
        <source>Send the plan back</source>
        <translation>Send the plan back</translation>
    </message>
    <message>
        <source>What should change?</source>
        <translation>What should change?</translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>Saved version %1.</translation>
    </message>
    <message>
        <source>Version %1 was submitted for approval.</source>
        <translation>Version %1 was submitted for approval.</translation>
    </message>
    <message>
        <source>Version %1 is approved.</source>
        <translation>Version %1 is approved.</translation>
    </message>
    <message>
        <source>Version %1 was sent back for changes.</source>
        <translation>Version %1 was sent back for changes.</translation>
    </message>
    <message>
        <source>Kept safe (not yet saved as a version).</source>
        <translation>Kept safe (not yet saved as a version).</translation>
    </message>
    <message>
        <source>Not kept yet: %1 Your typing stays here.</source>
        <translation>Not kept yet: %1 Your typing stays here.</translation>
    </message>
</context>
<context>
    <name>PlanningTab</name>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>&amp;Plan the interview</source>
        <translation>&amp;Plan the interview</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>This child already had a forensic interview here (%1).</source>
        <translation>This child already had a forensic interview here (%1).</translation>
    </message>
    <message>
        <source>This child already had a forensic interview elsewhere.</source>
        <translation>This child already had a forensic interview elsewhere.</translation>
    </message>
    <message>
        <source>One interview is the rule; a further one is the exception. Record why it is needed: the interview cannot start without a reason.</source>
        <translation>One interview is the rule; a further one is the exception. Record why it is needed: the interview cannot start without a reason.</translation>
    </message>
    <message>
        <source>Reason recorded: %1</source>
        <translation>Reason recorded: %1</translation>
    </message>
</context>
<context>
    <name>PlanningTabForm</name>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Planning form</source>
        <translation>Planning form</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>When and where</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Enter the date and time of the interview.</source>
        <translation>Enter the date and time of the interview.</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Choose the room for the interview.</source>
        <translation>Choose the room for the interview.</translation>
    </message>
    <message>
        <source>Intervie&amp;wer:</source>
        <translation>Intervie&amp;wer:</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Choose who will lead the interview.</source>
        <translation>Choose who will lead the interview.</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>Pro&amp;tocol:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Choose the interview protocol to follow.</source>
        <translation>Choose the interview protocol to follow.</translation>
    </message>
    <message>
        <source>Recording r&amp;eference:</source>
        <translation>Recording r&amp;eference:</translation>
    </message>
    <message>
        <source>Recording reference</source>
        <translation>Recording reference</translation>
    </message>
    <message>
        <source>Enter the reference of the video recording.</source>
        <translation>Enter the reference of the video recording.</translation>
    </message>
    <message>
        <source>Reference of the video recording</source>
        <translation>Reference of the video recording</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>The child</translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation>&amp;Age band:</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Choose the child&apos;s age band.</source>
        <translation>Choose the child&apos;s age band.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Choose the language of the interview.</source>
        <translation>Choose the language of the interview.</translation>
    </message>
    <message>
        <source>Which lan&amp;guage:</source>
        <translation>Which lan&amp;guage:</translation>
    </message>
    <message>
        <source>Which language</source>
        <translation>Which language</translation>
    </message>
    <message>
        <source>Enter the language if it is not in the list.</source>
        <translation>Enter the language if it is not in the list.</translation>
    </message>
    <message>
        <source>Special &amp;needs:</source>
        <translation>Special &amp;needs:</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>Special needs</translation>
    </message>
    <message>
        <source>Describe any special needs the child has.</source>
        <translation>Describe any special needs the child has.</translation>
    </message>
    <message>
        <source>Already had a forensic interview that is not in this store</source>
        <translation>Already had a forensic interview that is not in this store</translation>
    </message>
    <message>
        <source>Tick if the child had a forensic interview that is not recorded here.</source>
        <translation>Tick if the child had a forensic interview that is not recorded here.</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Observers</translation>
    </message>
    <message>
        <source>Tick each agency that will watch; names are optional.</source>
        <translation>Tick each agency that will watch; names are optional.</translation>
    </message>
    <message>
        <source>How to choose observers</source>
        <translation>How to choose observers</translation>
    </message>
    <message>
        <source>Observers by agency</source>
        <translation>Observers by agency</translation>
    </message>
    <message>
        <source>Tick each agency that will watch and enter a name if you wish.</source>
        <translation>Tick each agency that will watch and enter a name if you wish.</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Interpreter needed</translation>
    </message>
    <message>
        <source>Tick if the child needs an interpreter.</source>
        <translation>Tick if the child needs an interpreter.</translation>
    </message>
    <message>
        <source>Interpreter &amp;needed</source>
        <translation>Interpreter &amp;needed</translation>
    </message>
    <message>
        <source>Interpreter&apos;s &amp;language:</source>
        <translation>Interpreter&apos;s &amp;language:</translation>
    </message>
    <message>
        <source>Interpreter&apos;s language</source>
        <translation>Interpreter&apos;s language</translation>
    </message>
    <message>
        <source>Enter the language the interpreter will use.</source>
        <translation>Enter the language the interpreter will use.</translation>
    </message>
    <message>
        <source>Interpreter&apos;s na&amp;me:</source>
        <translation>Interpreter&apos;s na&amp;me:</translation>
    </message>
    <message>
        <source>Interpreter&apos;s name</source>
        <translation>Interpreter&apos;s name</translation>
    </message>
    <message>
        <source>Enter the interpreter&apos;s name.</source>
        <translation>Enter the interpreter&apos;s name.</translation>
    </message>
    <message>
        <source>Interpreter has been briefed on the protocol</source>
        <translation>Interpreter has been briefed on the protocol</translation>
    </message>
    <message>
        <source>Tick once the interpreter has been briefed on the protocol.</source>
        <translation>Tick once the interpreter has been briefed on the protocol.</translation>
    </message>
    <message>
        <source>Interpreter has been &amp;briefed on the protocol</source>
        <translation>Interpreter has been &amp;briefed on the protocol</translation>
    </message>
    <message>
        <source>One interview</source>
        <translation>One interview</translation>
    </message>
    <message>
        <source>Earlier forensic interviews</source>
        <translation>Earlier forensic interviews</translation>
    </message>
    <message>
        <source>&amp;Why a further interview is needed:</source>
        <translation>&amp;Why a further interview is needed:</translation>
    </message>
    <message>
        <source>Why a further interview is needed</source>
        <translation>Why a further interview is needed</translation>
    </message>
    <message>
        <source>Explain why the child needs a further interview.</source>
        <translation>Explain why the child needs a further interview.</translation>
    </message>
    <message>
        <source>Record the rea&amp;son</source>
        <translation>Record the rea&amp;son</translation>
    </message>
    <message>
        <source>Record the reason</source>
        <translation>Record the reason</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Save plan</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <source>Cancel, with the reas&amp;on:</source>
        <translation>Cancel, with the reas&amp;on:</translation>
    </message>
    <message>
        <source>Cancel, with the reason</source>
        <translation>Cancel, with the reason</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>Enter why the interview is cancelled.</source>
        <translation>Enter why the interview is cancelled.</translation>
    </message>
    <message>
        <source>Cancel interview</source>
        <translation>Cancel interview</translation>
    </message>
</context>
<context>
    <name>PreparationTab</name>
    <message>
        <source>Choose the answer to: %1</source>
        <translation>Choose the answer to: %1</translation>
    </message>
    <message>
        <source>This computer has no voice for %1, so read-aloud is off: read the steps to the child or ask the interpreter.</source>
        <translation>This computer has no voice for %1, so read-aloud is off: read the steps to the child or ask the interpreter.</translation>
    </message>
    <message>
        <source>Not ready yet: %1.</source>
        <translation>Not ready yet: %1.</translation>
    </message>
    <message>
        <source>The child is ready.</source>
        <translation>The child is ready.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <source>Feelings check: %1</source>
        <translation>Feelings check: %1</translation>
    </message>
    <message>
        <source>The child screen is open on %1.</source>
        <translation>The child screen is open on %1.</translation>
    </message>
    <message>
        <source>The child screen is closed.</source>
        <translation>The child screen is closed.</translation>
    </message>
    <message>
        <source>Choose a step, then show it on the child screen.</source>
        <translation>Choose a step, then show it on the child screen.</translation>
    </message>
</context>
<context>
    <name>PreparationTabForm</name>
    <message>
        <source>Preparation</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Readiness on the day</source>
        <translation>Readiness on the day</translation>
    </message>
    <message>
        <source>Ask the child and the support person before preparation starts.</source>
        <translation>Ask the child and the support person before preparation starts.</translation>
    </message>
    <message>
        <source>About the readiness check</source>
        <translation>About the readiness check</translation>
    </message>
    <message>
        <source>Readiness questions</source>
        <translation>Readiness questions</translation>
    </message>
    <message>
        <source>Record &amp;readiness</source>
        <translation>Record &amp;readiness</translation>
    </message>
    <message>
        <source>Record readiness</source>
        <translation>Record readiness</translation>
    </message>
    <message>
        <source>Readiness result</source>
        <translation>Readiness result</translation>
    </message>
    <message>
        <source>Child screen</source>
        <translation>Child screen</translation>
    </message>
    <message>
        <source>&amp;Open child screen</source>
        <translation>&amp;Open child screen</translation>
    </message>
    <message>
        <source>Open child screen</source>
        <translation>Open child screen</translation>
    </message>
    <message>
        <source>&amp;Close child screen</source>
        <translation>&amp;Close child screen</translation>
    </message>
    <message>
        <source>Close child screen</source>
        <translation>Close child screen</translation>
    </message>
    <message>
        <source>&amp;Full screen on the second monitor</source>
        <translation>&amp;Full screen on the second monitor</translation>
    </message>
    <message>
        <source>Full screen on the second monitor</source>
        <translation>Full screen on the second monitor</translation>
    </message>
    <message>
        <source>Where the child screen is</source>
        <translation>Where the child screen is</translation>
    </message>
    <message>
        <source>Warnings about the child texts</source>
        <translation>Warnings about the child texts</translation>
    </message>
    <message>
        <source>3,2</source>
        <translation>3,2</translation>
    </message>
    <message>
        <source>Preparation steps</source>
        <translation>Preparation steps</translation>
    </message>
    <message>
        <source>S&amp;teps for this child:</source>
        <translation>S&amp;teps for this child:</translation>
    </message>
    <message>
        <source>Steps for this child</source>
        <translation>Steps for this child</translation>
    </message>
    <message>
        <source>Choose a preparation step to show on the child screen.</source>
        <translation>Choose a preparation step to show on the child screen.</translation>
    </message>
    <message>
        <source>What to say at this step</source>
        <translation>What to say at this step</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>&amp;Show selected</source>
        <translation>&amp;Show selected</translation>
    </message>
    <message>
        <source>Show selected</source>
        <translation>Show selected</translation>
    </message>
    <message>
        <source>&amp;Welcome screen</source>
        <translation>&amp;Welcome screen</translation>
    </message>
    <message>
        <source>Welcome screen</source>
        <translation>Welcome screen</translation>
    </message>
    <message>
        <source>Practice:</source>
        <translation>Practice:</translation>
    </message>
    <message>
        <source>Practice result</source>
        <translation>Practice result</translation>
    </message>
    <message>
        <source>&amp;Understood</source>
        <translation>&amp;Understood</translation>
    </message>
    <message>
        <source>Practice understood</source>
        <translation>Practice understood</translation>
    </message>
    <message>
        <source>Needs another tr&amp;y</source>
        <translation>Needs another tr&amp;y</translation>
    </message>
    <message>
        <source>Practice needs another try</source>
        <translation>Practice needs another try</translation>
    </message>
    <message>
        <source>Feelings the child chose</source>
        <translation>Feelings the child chose</translation>
    </message>
    <message>
        <source>What the child sees now</source>
        <translation>What the child sees now</translation>
    </message>
    <message>
        <source>Picture on the child screen</source>
        <translation>Picture on the child screen</translation>
    </message>
    <message>
        <source>Title on the child screen</source>
        <translation>Title on the child screen</translation>
    </message>
    <message>
        <source>Words on the child screen</source>
        <translation>Words on the child screen</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Print the life project</source>
        <translation>Print the life project</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Close the preview</translation>
    </message>
    <message>
        <source>Professionals (the full plan)</source>
        <translation>Professionals (the full plan)</translation>
    </message>
    <message>
        <source>The child (their version, no risks)</source>
        <translation>The child (their version, no risks)</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no child text in &apos;%1&apos; yet, so this is in English: read it with the child in their language.</source>
        <translation>There is no child text in &apos;%1&apos; yet, so this is in English: read it with the child in their language.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>You can read this profile.</source>
        <translation>You can read this profile.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>Unsaved changes typed by %1 at %2 were restored. Save them, or discard them to go back to the last saved version.</source>
        <translation>Unsaved changes typed by %1 at %2 were restored. Save them, or discard them to go back to the last saved version.</translation>
    </message>
    <message>
        <source>Typing is kept automatically. Save makes a new version.</source>
        <translation>Typing is kept automatically. Save makes a new version.</translation>
    </message>
    <message>
        <source>No guardian is recorded. A child without a parent or carer here must get a temporary guardian at once: tell the coordinator, and record the guardian here.</source>
        <translation>No guardian is recorded. A child without a parent or carer here must get a temporary guardian at once: tell the coordinator, and record the guardian here.</translation>
    </message>
    <message>
        <source>The age is not certain, so the child is treated as a child until an age assessment shows otherwise (presumption of minority).</source>
        <translation>The age is not certain, so the child is treated as a child until an age assessment shows otherwise (presumption of minority).</translation>
    </message>
    <message>
        <source>By the date of birth this person is %1. Keep &apos;presumed to be a child&apos; ticked while the age is being assessed.</source>
        <translation>By the date of birth this person is %1. Keep &apos;presumed to be a child&apos; ticked while the age is being assessed.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix before saving; they are marked in red.</source>
        <translation>
            <numerusform>%n thing to fix before saving; it is marked in red.</numerusform>
            <numerusform>%n things to fix before saving; they are marked in red.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Saved as version %1.</translation>
    </message>
    <message>
        <source>Kept safe (not yet saved as a version).</source>
        <translation>Kept safe (not yet saved as a version).</translation>
    </message>
    <message>
        <source>Not kept yet: %1 Your typing stays here and is tried again.</source>
        <translation>Not kept yet: %1 Your typing stays here and is tried again.</translation>
    </message>
    <message>
        <source>Child&apos;s profile</source>
        <translation>Child&apos;s profile</translation>
    </message>
    <message>
        <source>Unsaved changes restored</source>
        <translation>Unsaved changes restored</translation>
    </message>
    <message>
        <source>Guardian warning</source>
        <translation>Guardian warning</translation>
    </message>
    <message>
        <source>About the child&apos;s age</source>
        <translation>About the child&apos;s age</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Problems to fix</translation>
    </message>
    <message>
        <source>Profile fields</source>
        <translation>Profile fields</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>Saving status</translation>
    </message>
    <message>
        <source>&amp;Discard unsaved changes</source>
        <translation>&amp;Discard unsaved changes</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>Discard unsaved changes</translation>
    </message>
    <message>
        <source>Goes back to the last saved version.</source>
        <translation>Goes back to the last saved version.</translation>
    </message>
    <message>
        <source>&amp;Save the profile</source>
        <translation>&amp;Save the profile</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Save the profile</translation>
    </message>
    <message>
        <source>Saves a new version (Ctrl+S).</source>
        <translation>Saves a new version (Ctrl+S).</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <source>Who the child is</source>
        <translation>Who the child is</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Languages and interpreter</source>
        <translation>Languages and interpreter</translation>
    </message>
    <message>
        <source>Guardian and legal status</source>
        <translation>Guardian and legal status</translation>
    </message>
    <message>
        <source>Placement and safe accommodation</source>
        <translation>Placement and safe accommodation</translation>
    </message>
    <message>
        <source>More details</source>
        <translation>More details</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>Child&apos;s profile</source>
        <translation>Child&apos;s profile</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>Barnahus Desk recovery key</source>
        <translation>Barnahus Desk recovery key</translation>
    </message>
    <message>
        <source>Keep this page in the centre&apos;s safe. With it an administrator can give colleagues access again when no passphrase that opens the records is left.</source>
        <translation>Keep this page in the centre&apos;s safe. With it an administrator can give colleagues access again when no passphrase that opens the records is left.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Nothing was printed.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>If every passphrase that can open the records is lost, this key is the only way back in. It is shown only this once. Print it or write it down now and keep it in the centre&apos;s safe. Anyone with this key and the store can read everything, so never keep it on the computer.</source>
        <translation>If every passphrase that can open the records is lost, this key is the only way back in. It is shown only this once. Print it or write it down now and keep it in the centre&apos;s safe. Anyone with this key and the store can read everything, so never keep it on the computer.</translation>
    </message>
    <message>
        <source>What the recovery key is for</source>
        <translation>What the recovery key is for</translation>
    </message>
    <message>
        <source>The recovery key</source>
        <translation>The recovery key</translation>
    </message>
    <message>
        <source>56 letters and digits in 8 groups.</source>
        <translation>56 letters and digits in 8 groups.</translation>
    </message>
    <message>
        <source>&amp;Print the key…</source>
        <translation>&amp;Print the key…</translation>
    </message>
    <message>
        <source>Choose a printer; nothing is saved on the computer.</source>
        <translation>Choose a printer; nothing is saved on the computer.</translation>
    </message>
    <message>
        <source>Printing status</source>
        <translation>Printing status</translation>
    </message>
    <message>
        <source>I have printed or &amp;written down the key and will keep it safe</source>
        <translation>I have printed or &amp;written down the key and will keep it safe</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>I have printed or written down the recovery key</translation>
    </message>
    <message>
        <source>Tick this to continue.</source>
        <translation>Tick this to continue.</translation>
    </message>
    <message>
        <source>C&amp;ontinue to sign in</source>
        <translation>C&amp;ontinue to sign in</translation>
    </message>
    <message>
        <source>Continue to sign in</source>
        <translation>Continue to sign in</translation>
    </message>
    <message>
        <source>The key disappears from the screen.</source>
        <translation>The key disappears from the screen.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <source>Barnahus backups (*.bhbackup);;All files (*)</source>
        <translation>Barnahus backups (*.bhbackup);;All files (*)</translation>
    </message>
    <message>
        <source>Where should the restored store go?</source>
        <translation>Where should the restored store go?</translation>
    </message>
    <message>
        <source>Stores (*.sqlite3)</source>
        <translation>Stores (*.sqlite3)</translation>
    </message>
    <message>
        <source>Fill in all four fields.</source>
        <translation>Fill in all four fields.</translation>
    </message>
    <message>
        <source>The backup becomes a new store in a new file; the store you are using now is not changed. Sign in with an account and the passphrase it had when the backup was made.</source>
        <translation>The backup becomes a new store in a new file; the store you are using now is not changed. Sign in with an account and the passphrase it had when the backup was made.</translation>
    </message>
    <message>
        <source>How restoring works</source>
        <translation>How restoring works</translation>
    </message>
    <message>
        <source>&amp;Backup file</source>
        <translation>&amp;Backup file</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>The .bhbackup file to restore from.</source>
        <translation>The .bhbackup file to restore from.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>New &amp;store file</source>
        <translation>New &amp;store file</translation>
    </message>
    <message>
        <source>New store file</source>
        <translation>New store file</translation>
    </message>
    <message>
        <source>Where the restored store is written; must not exist yet.</source>
        <translation>Where the restored store is written; must not exist yet.</translation>
    </message>
    <message>
        <source>Choose where to write the restored store</source>
        <translation>Choose where to write the restored store</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>Account name in the backup</source>
        <translation>Account name in the backup</translation>
    </message>
    <message>
        <source>An account that was active when the backup was made.</source>
        <translation>An account that was active when the backup was made.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase of that account</source>
        <translation>Passphrase of that account</translation>
    </message>
    <message>
        <source>The passphrase the account had when the backup was made.</source>
        <translation>The passphrase the account had when the backup was made.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Restore progress</translation>
    </message>
    <message>
        <source>Restore or cancel</source>
        <translation>Restore or cancel</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>The roles of %1 did not change.</source>
        <translation>The roles of %1 did not change.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>A colleague who holds %1 must give access before they can read them.</source>
        <translation>A colleague who holds %1 must give access before they can read them.</translation>
    </message>
    <message>
        <source>Their keys to %1 were deleted; a session already open keeps them until it locks or signs out.</source>
        <translation>Their keys to %1 were deleted; a session already open keeps them until it locks or signs out.</translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation>Change roles</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Roles of %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the roles</source>
        <translation>Save the roles</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tick or untick roles; nothing has changed yet.</source>
        <translation>Tick or untick roles; nothing has changed yet.</translation>
    </message>
    <message>
        <source>Will wait for a grant: %1.</source>
        <translation>Will wait for a grant: %1.</translation>
    </message>
    <message>
        <source>Keys that will be deleted: %1.</source>
        <translation>Keys that will be deleted: %1.</translation>
    </message>
    <message>
        <source>No keys are added or deleted.</source>
        <translation>No keys are added or deleted.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Tick at least one role.</translation>
    </message>
    <message>
        <source>Roles decide which keys a colleague is offered, not what they can read. A role you add grants nothing yet: a colleague who holds its keys, or you with the recovery key, must give access. When you remove a role, the keys that only that role needed are deleted; a session that is already open keeps them until it locks or signs out.</source>
        <translation>Roles decide which keys a colleague is offered, not what they can read. A role you add grants nothing yet: a colleague who holds its keys, or you with the recovery key, must give access. When you remove a role, the keys that only that role needed are deleted; a session that is already open keeps them until it locks or signs out.</translation>
    </message>
    <message>
        <source>How changing roles works</source>
        <translation>How changing roles works</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Coordinator</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Manages cases and interview schedules, approves and prints plans.</source>
        <translation>Manages cases and interview schedules, approves and prints plans.</translation>
    </message>
    <message>
        <source>&amp;Interviewer</source>
        <translation>&amp;Interviewer</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Prepares the child and runs the interview.</source>
        <translation>Prepares the child and runs the interview.</translation>
    </message>
    <message>
        <source>&amp;Psychologist</source>
        <translation>&amp;Psychologist</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>Writes and revises the care plan.</source>
        <translation>Writes and revises the care plan.</translation>
    </message>
    <message>
        <source>A&amp;dministrator</source>
        <translation>A&amp;dministrator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Manages accounts and backups; reads no case.</source>
        <translation>Manages accounts and backups; reads no case.</translation>
    </message>
    <message>
        <source>What saving would change</source>
        <translation>What saving would change</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Saving the roles</source>
        <translation>Saving the roles</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Save or cancel</translation>
    </message>
</context>
<context>
    <name>RunningTab</name>
    <message>
        <source>Mark: %1</source>
        <translation>Mark: %1</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Write the recorder&apos;s time as h:mm:ss, e.g. 0:00:42.</source>
        <translation>Write the recorder&apos;s time as h:mm:ss, e.g. 0:00:42.</translation>
    </message>
    <message>
        <source>Open alternative: %1</source>
        <translation>Open alternative: %1</translation>
    </message>
    <message>
        <source>Open prompts: %1 % of %2 prompts.</source>
        <translation>Open prompts: %1 % of %2 prompts.</translation>
    </message>
    <message>
        <source>No questions logged yet.</source>
        <translation>No questions logged yet.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Not started.</translation>
    </message>
    <message>
        <source>Recording %1</source>
        <translation>Recording %1</translation>
    </message>
    <message>
        <source>On a break (%1): %2</source>
        <translation>On a break (%1): %2</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Running: %1</translation>
    </message>
    <message>
        <source>Ended.</source>
        <translation>Ended.</translation>
    </message>
</context>
<context>
    <name>RunningTabForm</name>
    <message>
        <source>Running the interview</source>
        <translation>Running the interview</translation>
    </message>
    <message>
        <source>0:00:00</source>
        <translation>0:00:00</translation>
    </message>
    <message>
        <source>Interview clock</source>
        <translation>Interview clock</translation>
    </message>
    <message>
        <source>Recording time code</source>
        <translation>Recording time code</translation>
    </message>
    <message>
        <source>Interview state</source>
        <translation>Interview state</translation>
    </message>
    <message>
        <source>Recorder &amp;time now:</source>
        <translation>Recorder &amp;time now:</translation>
    </message>
    <message>
        <source>Recorder time now</source>
        <translation>Recorder time now</translation>
    </message>
    <message>
        <source>Enter the recorder&apos;s time now as h:mm:ss.</source>
        <translation>Enter the recorder&apos;s time now as h:mm:ss.</translation>
    </message>
    <message>
        <source>0:00:42</source>
        <translation>0:00:42</translation>
    </message>
    <message>
        <source>S&amp;ync clock</source>
        <translation>S&amp;ync clock</translation>
    </message>
    <message>
        <source>Sync the clock with the recording</source>
        <translation>Sync the clock with the recording</translation>
    </message>
    <message>
        <source>&amp;Start interview</source>
        <translation>&amp;Start interview</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Start interview</translation>
    </message>
    <message>
        <source>&amp;End interview</source>
        <translation>&amp;End interview</translation>
    </message>
    <message>
        <source>End interview</source>
        <translation>End interview</translation>
    </message>
    <message>
        <source>1,3</source>
        <translation>1,3</translation>
    </message>
    <message>
        <source>P&amp;hases:</source>
        <translation>P&amp;hases:</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Choose the phase of the interview.</source>
        <translation>Choose the phase of the interview.</translation>
    </message>
    <message>
        <source>&amp;Go to this phase</source>
        <translation>&amp;Go to this phase</translation>
    </message>
    <message>
        <source>Go to this phase</source>
        <translation>Go to this phase</translation>
    </message>
    <message>
        <source>Prompts for the phase</source>
        <translation>Prompts for the phase</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Breaks</translation>
    </message>
    <message>
        <source>Break rea&amp;son:</source>
        <translation>Break rea&amp;son:</translation>
    </message>
    <message>
        <source>Break reason</source>
        <translation>Break reason</translation>
    </message>
    <message>
        <source>Choose why the break is taken.</source>
        <translation>Choose why the break is taken.</translation>
    </message>
    <message>
        <source>Take a &amp;break</source>
        <translation>Take a &amp;break</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Take a break</translation>
    </message>
    <message>
        <source>End brea&amp;k</source>
        <translation>End brea&amp;k</translation>
    </message>
    <message>
        <source>End break</source>
        <translation>End break</translation>
    </message>
    <message>
        <source>Breaks so far</source>
        <translation>Breaks so far</translation>
    </message>
    <message>
        <source>3,2</source>
        <translation>3,2</translation>
    </message>
    <message>
        <source>Questions as the interviewer asks them</source>
        <translation>Questions as the interviewer asks them</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Question as asked</source>
        <translation>Question as asked</translation>
    </message>
    <message>
        <source>Type the question as it was asked, then press Enter.</source>
        <translation>Type the question as it was asked, then press Enter.</translation>
    </message>
    <message>
        <source>Type the question as it was asked, then Enter</source>
        <translation>Type the question as it was asked, then Enter</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>Log the question</source>
        <translation>Log the question</translation>
    </message>
    <message>
        <source>Coaching for the question</source>
        <translation>Coaching for the question</translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation>Questions asked</translation>
    </message>
    <message>
        <source>Questions asked so far, with their time and type.</source>
        <translation>Questions asked so far, with their time and type.</translation>
    </message>
    <message>
        <source>Question counts</source>
        <translation>Question counts</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Type a note about the interview.</source>
        <translation>Type a note about the interview.</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Add note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Notes so far</source>
        <translation>Notes so far</translation>
    </message>
    <message>
        <source>Notes written so far, with their time.</source>
        <translation>Notes written so far, with their time.</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Markers</translation>
    </message>
    <message>
        <source>Marker note (optiona&amp;l):</source>
        <translation>Marker note (optiona&amp;l):</translation>
    </message>
    <message>
        <source>Marker note (optional)</source>
        <translation>Marker note (optional)</translation>
    </message>
    <message>
        <source>Marker note</source>
        <translation>Marker note</translation>
    </message>
    <message>
        <source>Type a short note for the next marker, if you wish.</source>
        <translation>Type a short note for the next marker, if you wish.</translation>
    </message>
    <message>
        <source>Marker buttons</source>
        <translation>Marker buttons</translation>
    </message>
    <message>
        <source>Markers so far</source>
        <translation>Markers so far</translation>
    </message>
    <message>
        <source>Markers set so far, with their time.</source>
        <translation>Markers set so far, with their time.</translation>
    </message>
</context>
<context>
    <name>ServiceMessage</name>
    <message>
        <source>The account name or passphrase is not right.</source>
        <translation>The account name or passphrase is not right.</translation>
    </message>
    <message>
        <source>This account is disabled; ask an administrator.</source>
        <translation>This account is disabled; ask an administrator.</translation>
    </message>
    <message>
        <source>This account&apos;s key protection is weaker than allowed, so it was refused; an administrator must reset it with the recovery key.</source>
        <translation>This account&apos;s key protection is weaker than allowed, so it was refused; an administrator must reset it with the recovery key.</translation>
    </message>
    <message>
        <source>This account&apos;s key slot is damaged; an administrator can restore it from a backup or reset it with the recovery key.</source>
        <translation>This account&apos;s key slot is damaged; an administrator can restore it from a backup or reset it with the recovery key.</translation>
    </message>
    <message>
        <source>The passphrase must be at least 10 characters; a few words work well.</source>
        <translation>The passphrase must be at least 10 characters; a few words work well.</translation>
    </message>
    <message>
        <source>That passphrase is on a list of common passwords; choose another.</source>
        <translation>That passphrase is on a list of common passwords; choose another.</translation>
    </message>
    <message>
        <source>The passphrase must not be the account name.</source>
        <translation>The passphrase must not be the account name.</translation>
    </message>
    <message>
        <source>The passphrase repeats too few characters; choose another.</source>
        <translation>The passphrase repeats too few characters; choose another.</translation>
    </message>
    <message>
        <source>Account names use lower-case letters, digits, dots, dashes or underscores (2 to 64 characters).</source>
        <translation>Account names use lower-case letters, digits, dots, dashes or underscores (2 to 64 characters).</translation>
    </message>
    <message>
        <source>An account with that name already exists.</source>
        <translation>An account with that name already exists.</translation>
    </message>
    <message>
        <source>Give an account at least one role.</source>
        <translation>Give an account at least one role.</translation>
    </message>
    <message>
        <source>There is no active account with that name.</source>
        <translation>There is no active account with that name.</translation>
    </message>
    <message>
        <source>There is no account with that name.</source>
        <translation>There is no account with that name.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>That account is disabled; its roles cannot be changed.</source>
        <translation>That account is disabled; its roles cannot be changed.</translation>
    </message>
    <message>
        <source>The store needs at least one administrator; make another account administrator first.</source>
        <translation>The store needs at least one administrator; make another account administrator first.</translation>
    </message>
    <message>
        <source>You cannot remove your own administrator role; ask another administrator.</source>
        <translation>You cannot remove your own administrator role; ask another administrator.</translation>
    </message>
    <message>
        <source>That recovery key does not belong to this store.</source>
        <translation>That recovery key does not belong to this store.</translation>
    </message>
    <message>
        <source>A store already exists at that location; choose another path.</source>
        <translation>A store already exists at that location; choose another path.</translation>
    </message>
    <message>
        <source>That file is not a Barnahus Desk store.</source>
        <translation>That file is not a Barnahus Desk store.</translation>
    </message>
    <message>
        <source>The store file is damaged or is not a Barnahus Desk store.</source>
        <translation>The store file is damaged or is not a Barnahus Desk store.</translation>
    </message>
    <message>
        <source>The store is busy in another program; nothing was lost, please try again.</source>
        <translation>The store is busy in another program; nothing was lost, please try again.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change could not be saved; free some space and save again.</source>
        <translation>The disk is full, so the last change could not be saved; free some space and save again.</translation>
    </message>
    <message>
        <source>The store cannot be written: it is read-only.</source>
        <translation>The store cannot be written: it is read-only.</translation>
    </message>
    <message>
        <source>The store could not be reached.</source>
        <translation>The store could not be reached.</translation>
    </message>
    <message>
        <source>The workspace is locked; sign in again.</source>
        <translation>The workspace is locked; sign in again.</translation>
    </message>
    <message>
        <source>Only the person who locked the workspace can unlock it.</source>
        <translation>Only the person who locked the workspace can unlock it.</translation>
    </message>
    <message>
        <source>A case number uses letters, digits and - _ . / (up to 40).</source>
        <translation>A case number uses letters, digits and - _ . / (up to 40).</translation>
    </message>
    <message>
        <source>A case with that number already exists.</source>
        <translation>A case with that number already exists.</translation>
    </message>
    <message>
        <source>There is no case with that number.</source>
        <translation>There is no case with that number.</translation>
    </message>
    <message>
        <source>Give the child a pseudonym; it is shown instead of their name.</source>
        <translation>Give the child a pseudonym; it is shown instead of their name.</translation>
    </message>
    <message>
        <source>There is nothing new to save.</source>
        <translation>There is nothing new to save.</translation>
    </message>
    <message>
        <source>The key of this case is damaged.</source>
        <translation>The key of this case is damaged.</translation>
    </message>
    <message>
        <source>The backup file is damaged.</source>
        <translation>The backup file is damaged.</translation>
    </message>
    <message>
        <source>That file is not a Barnahus Desk backup.</source>
        <translation>That file is not a Barnahus Desk backup.</translation>
    </message>
    <message>
        <source>That backup was made by a newer version of Barnahus Desk.</source>
        <translation>That backup was made by a newer version of Barnahus Desk.</translation>
    </message>
    <message>
        <source>The backup file could not be read.</source>
        <translation>The backup file could not be read.</translation>
    </message>
    <message>
        <source>The backup file could not be written there.</source>
        <translation>The backup file could not be written there.</translation>
    </message>
    <message>
        <source>The folder for the backup file does not exist.</source>
        <translation>The folder for the backup file does not exist.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the store itself; choose another file.</source>
        <translation>A backup cannot be written over the store itself; choose another file.</translation>
    </message>
    <message>
        <source>Back up a server database with the database server&apos;s own tools.</source>
        <translation>Back up a server database with the database server&apos;s own tools.</translation>
    </message>
    <message>
        <source>A file already exists where the store would go; choose another path.</source>
        <translation>A file already exists where the store would go; choose another path.</translation>
    </message>
    <message>
        <source>The folder for the restored store does not exist.</source>
        <translation>The folder for the restored store does not exist.</translation>
    </message>
    <message>
        <source>The restored store could not be written there.</source>
        <translation>The restored store could not be written there.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>The settings could not be saved.</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Something went wrong; the details are in the log.</translation>
    </message>
    <message>
        <source>This case has no records of that kind yet.</source>
        <translation>This case has no records of that kind yet.</translation>
    </message>
    <message>
        <source>That record was removed; it can no longer be changed.</source>
        <translation>That record was removed; it can no longer be changed.</translation>
    </message>
    <message>
        <source>Records can only be removed while their case is open.</source>
        <translation>Records can only be removed while their case is open.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait one second, then try again.</source>
        <translation>Too many failed attempts. Wait one second, then try again.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait %1 seconds, then try again.</source>
        <translation>Too many failed attempts. Wait %1 seconds, then try again.</translation>
    </message>
    <message>
        <source>Record %1 is damaged and cannot be read; the rest is safe.</source>
        <translation>Record %1 is damaged and cannot be read; the rest is safe.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <source>Your account cannot open these records yet; ask a colleague who can to grant you access.</source>
        <translation>Your account cannot open these records yet; ask a colleague who can to grant you access.</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Opening the store…</source>
        <translation>Opening the store…</translation>
    </message>
    <message>
        <source>Typing not saved</source>
        <translation>Typing not saved</translation>
    </message>
    <message>
        <source>Some typing could not be written to the store, so it would be lost. End the session anyway?</source>
        <translation>Some typing could not be written to the store, so it would be lost. End the session anyway?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Settings for this computer</source>
        <translation>Settings for this computer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language of the screens.</source>
        <translation>The language of the screens.</translation>
    </message>
    <message>
        <source>A new language is used from the next time Barnahus Desk starts.</source>
        <translation>A new language is used from the next time Barnahus Desk starts.</translation>
    </message>
    <message>
        <source>About changing the language</source>
        <translation>About changing the language</translation>
    </message>
    <message>
        <source>Lock &amp;automatically after</source>
        <translation>Lock &amp;automatically after</translation>
    </message>
    <message>
        <source>Minutes before the automatic lock</source>
        <translation>Minutes before the automatic lock</translation>
    </message>
    <message>
        <source>The workspace locks itself when nobody has used it for this many minutes.</source>
        <translation>The workspace locks itself when nobody has used it for this many minutes.</translation>
    </message>
    <message>
        <source>Use &amp;high contrast (white on black)</source>
        <translation>Use &amp;high contrast (white on black)</translation>
    </message>
    <message>
        <source>Use high contrast</source>
        <translation>Use high contrast</translation>
    </message>
    <message>
        <source>Also used when the system asks for more contrast.</source>
        <translation>Also used when the system asks for more contrast.</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Save or cancel</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>This is the DEMO centre: every child, person and place in it is invented. Do not type real case details here.</source>
        <translation>This is the DEMO centre: every child, person and place in it is invented. Do not type real case details here.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Type your passphrase.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Demo store notice</source>
        <translation>Demo store notice</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Choose your account.</source>
        <translation>Choose your account.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Type your passphrase and press Enter.</source>
        <translation>Type your passphrase and press Enter.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Checking your passphrase… this takes a moment.</source>
        <translation>Checking your passphrase… this takes a moment.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Checking the passphrase</source>
        <translation>Checking the passphrase</translation>
    </message>
    <message>
        <source>Language and &amp;settings…</source>
        <translation>Language and &amp;settings…</translation>
    </message>
    <message>
        <source>Language and settings</source>
        <translation>Language and settings</translation>
    </message>
    <message>
        <source>Choose the language, the lock time and the contrast.</source>
        <translation>Choose the language, the lock time and the contrast.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Starting Barnahus Desk</source>
        <translation>Starting Barnahus Desk</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Opening the store…</translation>
    </message>
    <message>
        <source>Barnahus Desk</source>
        <translation>Barnahus Desk</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Application name</translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation>What is happening</translation>
    </message>
    <message>
        <source>Opening the store</source>
        <translation>Opening the store</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Look for the store again, for example after connecting a drive.</source>
        <translation>Look for the store again, for example after connecting a drive.</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>Addenda</source>
        <translation>Addenda</translation>
    </message>
</context>
<context>
    <name>SummaryTabForm</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>1,0,0,0</source>
        <translation>1,0,0,0</translation>
    </message>
    <message>
        <source>Summary of the interview</source>
        <translation>Summary of the interview</translation>
    </message>
    <message>
        <source>I have checked this summary with the team</source>
        <translation>I have checked this summary with the team</translation>
    </message>
    <message>
        <source>Tick once the team has checked the summary.</source>
        <translation>Tick once the team has checked the summary.</translation>
    </message>
    <message>
        <source>I have checked this summary with the &amp;team</source>
        <translation>I have checked this summary with the &amp;team</translation>
    </message>
    <message>
        <source>&amp;Finalise and lock</source>
        <translation>&amp;Finalise and lock</translation>
    </message>
    <message>
        <source>Finalise and lock</source>
        <translation>Finalise and lock</translation>
    </message>
    <message>
        <source>Save summary as &amp;PDF…</source>
        <translation>Save summary as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translation>Save summary as PDF</translation>
    </message>
    <message>
        <source>Addendum after finalising</source>
        <translation>Addendum after finalising</translation>
    </message>
    <message>
        <source>A&amp;ddendum:</source>
        <translation>A&amp;ddendum:</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Type an addendum to the finalised summary.</source>
        <translation>Type an addendum to the finalised summary.</translation>
    </message>
    <message>
        <source>Add signed adde&amp;ndum</source>
        <translation>Add signed adde&amp;ndum</translation>
    </message>
    <message>
        <source>Add signed addendum</source>
        <translation>Add signed addendum</translation>
    </message>
    <message>
        <source>Summary messages</source>
        <translation>Summary messages</translation>
    </message>
</context>
<context>
    <name>WorkspaceShell</name>
    <message>
        <source>Barnahus Desk workspace</source>
        <translation>Barnahus Desk workspace</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>DEMO store: %1. Fictional children only.</source>
        <translation>DEMO store: %1. Fictional children only.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>This area is being built and opens in a coming update.</source>
        <translation>This area is being built and opens in a coming update.</translation>
    </message>
    <message>
        <source>Barnahus Desk</source>
        <translation>Barnahus Desk</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Application name</translation>
    </message>
    <message>
        <source>Store status</source>
        <translation>Store status</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <source>&amp;Areas</source>
        <translation>&amp;Areas</translation>
    </message>
    <message>
        <source>Workspace areas</source>
        <translation>Workspace areas</translation>
    </message>
    <message>
        <source>Choose an area of the workspace to open it on the right.</source>
        <translation>Choose an area of the workspace to open it on the right.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock the workspace</source>
        <translation>Lock the workspace</translation>
    </message>
    <message>
        <source>Hides everything and removes the keys until you type your passphrase (Ctrl+L).</source>
        <translation>Hides everything and removes the keys until you type your passphrase (Ctrl+L).</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Ends your session; another person can then sign in.</source>
        <translation>Ends your session; another person can then sign in.</translation>
    </message>
    <message>
        <source>Current area</source>
        <translation>Current area</translation>
    </message>
</context>
</TS>
