<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Åtkomst</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Inaktiverat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>None (disabled)</source>
        <translation>Ingen (inaktiverat)</translation>
    </message>
    <message>
        <source>Can read %1</source>
        <translation>Kan läsa %1</translation>
    </message>
    <message>
        <source>granted, usable at next sign-in: %1</source>
        <translation>beviljat, går att använda vid nästa inloggning: %1</translation>
    </message>
    <message>
        <source>waiting for: %1</source>
        <translation>väntar på: %1</translation>
    </message>
    <message>
        <source>No case records (as intended)</source>
        <translation>Inga ärendeuppgifter (som avsett)</translation>
    </message>
    <message numerus="yes">
        <source>%n colleague(s) waiting for access: </source>
        <translation>
            <numerusform>%n kollega väntar på åtkomst: </numerusform>
            <numerusform>%n kollegor väntar på åtkomst: </numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1 was created. Grant it access so it can read records; until then it is listed as waiting.</source>
        <translation>Kontot %1 skapades. Ge det åtkomst så att det kan läsa uppgifter; tills dess står det som väntande.</translation>
    </message>
    <message>
        <source>Access granted to %1; it becomes usable at their next sign-in.</source>
        <translation>Åtkomst beviljad för %1; den går att använda vid nästa inloggning.</translation>
    </message>
    <message>
        <source>Disable the account</source>
        <translation>Inaktivera kontot</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in and their keys are deleted, so enabling the account again would not restore their access.</source>
        <translation>Inaktivera %1? Personen kan inte längre logga in och nycklarna raderas, så att aktivera kontot igen ger inte tillbaka åtkomsten.</translation>
    </message>
    <message>
        <source>Account %1 is disabled.</source>
        <translation>Kontot %1 är inaktiverat.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>You manage accounts without reading any case. A new colleague can read records once they are granted access, by a colleague who holds the keys or by you with the recovery key. A grant takes effect at their next sign-in.</source>
        <translation>Du hanterar konton utan att läsa något ärende. En ny kollega kan läsa uppgifter när hen har fått åtkomst, av en kollega som har nycklarna eller av dig med återställningsnyckeln. Åtkomsten gäller från kollegans nästa inloggning.</translation>
    </message>
    <message>
        <source>About accounts</source>
        <translation>Om konton</translation>
    </message>
    <message>
        <source>Colleagues waiting for access</source>
        <translation>Kollegor som väntar på åtkomst</translation>
    </message>
    <message>
        <source>Accounts of this &amp;store</source>
        <translation>Konton i detta a&amp;rkiv</translation>
    </message>
    <message>
        <source>Name, roles, whether the account is active, and its access.</source>
        <translation>Namn, roller, om kontot är aktivt och dess åtkomst.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nytt konto…</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nytt konto</translation>
    </message>
    <message>
        <source>Create an account for a colleague.</source>
        <translation>Skapa ett konto åt en kollega.</translation>
    </message>
    <message>
        <source>&amp;Grant access…</source>
        <translation>&amp;Ge åtkomst…</translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation>Ge åtkomst</translation>
    </message>
    <message>
        <source>Give the chosen account the keys its roles need, with the recovery key.</source>
        <translation>Ge det valda kontot de nycklar dess roller behöver, med återställningsnyckeln.</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>Ändra &amp;roller…</translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation>Ändra roller</translation>
    </message>
    <message>
        <source>Give the chosen account other roles. Added roles wait for a colleague to grant their keys; keys only removed roles needed are deleted.</source>
        <translation>Ge det valda kontot andra roller. Tillagda roller väntar på att en kollega ger deras nycklar; nycklar som bara de borttagna rollerna behövde raderas.</translation>
    </message>
    <message>
        <source>Disa&amp;ble the account…</source>
        <translation>Inakti&amp;vera kontot…</translation>
    </message>
    <message>
        <source>The person can no longer sign in; their keys are deleted.</source>
        <translation>Personen kan inte längre logga in; nycklarna raderas.</translation>
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
        <translation>Nytt konto</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Sk&amp;apa</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Skapa kontot</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Type the account name.</source>
        <translation>Skriv kontonamnet.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Kryssa i minst en roll.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same; type them again.</source>
        <translation>De två lösenfraserna är inte lika; skriv dem igen.</translation>
    </message>
    <message>
        <source>Account &amp;name</source>
        <translation>Konto&amp;namn</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontonamn</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, dots or dashes, for example jonas.berg.</source>
        <translation>Små bokstäver, siffror, punkter eller bindestreck, till exempel jonas.berg.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Samordnare</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>Manages cases and interview schedules, approves and prints plans.</source>
        <translation>Hanterar ärenden och förhörstider, godkänner och skriver ut planer.</translation>
    </message>
    <message>
        <source>&amp;Interviewer</source>
        <translation>&amp;Förhörsledare</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Förhörsledare</translation>
    </message>
    <message>
        <source>Prepares the child and runs the interview.</source>
        <translation>Förbereder barnet och håller i förhöret.</translation>
    </message>
    <message>
        <source>&amp;Psychologist</source>
        <translation>&amp;Psykolog</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psykolog</translation>
    </message>
    <message>
        <source>Writes and revises the care plan.</source>
        <translation>Skriver och reviderar vårdplanen.</translation>
    </message>
    <message>
        <source>A&amp;dministrator</source>
        <translation>A&amp;dministratör</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>Manages accounts and backups; reads no case.</source>
        <translation>Hanterar konton och säkerhetskopior; läser inga ärenden.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <source>Passphrase for the new account</source>
        <translation>Lösenfras för det nya kontot</translation>
    </message>
    <message>
        <source>At least 10 characters; give it to the colleague in person.</source>
        <translation>Minst 10 tecken; ge den till kollegan personligen.</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Upprepa den</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Upprepa lösenfrasen</translation>
    </message>
    <message>
        <source>Type the same passphrase again.</source>
        <translation>Skriv samma lösenfras igen.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Creating the account</source>
        <translation>Skapar kontot</translation>
    </message>
    <message>
        <source>Create or cancel</source>
        <translation>Skapa eller avbryt</translation>
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
        <translation>Delar av administrationen</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between the parts.</source>
        <translation>Ctrl+Page Down och Ctrl+Page Up byter mellan delarna.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <source>Checks and backups</source>
        <translation>Kontroller och säkerhetskopior</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>The children this centre is supporting, their profiles and contacts.</source>
        <translation>Barnen som centret stöttar, deras profiler och kontakter.</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Förhör</translation>
    </message>
    <message>
        <source>Prepare the child, run the one coordinated interview and relay questions.</source>
        <translation>Förbered barnet, håll det samordnade förhöret och för vidare frågor.</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Vårdplan</translation>
    </message>
    <message>
        <source>The child&apos;s life project: written with the child, reviewed and printed.</source>
        <translation>Barnets livsprojekt: skrivet tillsammans med barnet, följt upp och utskrivet.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Accounts, audit log and backups. No case content is shown here.</source>
        <translation>Konton, händelselogg och säkerhetskopior. Inget ärendeinnehåll visas här.</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>Area title</source>
        <translation>Områdets namn</translation>
    </message>
    <message>
        <source>What this area is for</source>
        <translation>Vad området är till för</translation>
    </message>
    <message>
        <source>Area status</source>
        <translation>Områdets läge</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Signed in</source>
        <translation>Loggade in</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Inloggningen misslyckades</translation>
    </message>
    <message>
        <source>Sign-in slowed down after failures</source>
        <translation>Inloggningen fördröjdes efter misslyckanden</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Inloggningen nekades</translation>
    </message>
    <message>
        <source>Store created</source>
        <translation>Arkivet skapades</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Konto skapat</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Konto inaktiverat</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Roller ändrade</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Lösenfras ändrad</translation>
    </message>
    <message>
        <source>Access granted</source>
        <translation>Åtkomst beviljad</translation>
    </message>
    <message>
        <source>Granted access taken up</source>
        <translation>Beviljad åtkomst tagen i bruk</translation>
    </message>
    <message>
        <source>Granted access refused as invalid</source>
        <translation>Beviljad åtkomst avvisad som ogiltig</translation>
    </message>
    <message>
        <source>Recovery key used</source>
        <translation>Återställningsnyckeln användes</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Ärende öppnat</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Ärende avslutat</translation>
    </message>
    <message>
        <source>Case erased</source>
        <translation>Ärende raderat</translation>
    </message>
    <message>
        <source>Record read</source>
        <translation>Uppgift läst</translation>
    </message>
    <message>
        <source>Case list opened</source>
        <translation>Ärendelistan öppnad</translation>
    </message>
    <message>
        <source>Record saved</source>
        <translation>Uppgift sparad</translation>
    </message>
    <message>
        <source>Record removed from its list</source>
        <translation>Uppgift borttagen ur sin lista</translation>
    </message>
    <message>
        <source>Unsaved work recovered</source>
        <translation>Osparat arbete återställt</translation>
    </message>
    <message>
        <source>Unsaved work discarded</source>
        <translation>Osparat arbete kastat</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterat</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerat</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskrivet</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Säkerhetskopia gjord</translation>
    </message>
    <message>
        <source>Store restored from a backup</source>
        <translation>Arkivet återställt från en säkerhetskopia</translation>
    </message>
    <message>
        <source>Store checked</source>
        <translation>Arkivet kontrollerat</translation>
    </message>
    <message>
        <source>Damage or tampering found</source>
        <translation>Skada eller manipulation hittad</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Kontrollerar händelseloggen…</translation>
    </message>
    <message>
        <source>The audit trail is intact: every entry links to the one before it and is signed.</source>
        <translation>Händelseloggen är hel: varje post hänger ihop med posten före och är signerad.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail has %n problem(s): entries were changed, removed or reordered. Keep the store as it is and call your support.</source>
        <translation>
            <numerusform>Händelseloggen har %n problem: poster har ändrats, tagits bort eller flyttats. Låt arkivet vara som det är och ring er support.</numerusform>
            <numerusform>Händelseloggen har %n problem: poster har ändrats, tagits bort eller flyttats. Låt arkivet vara som det är och ring er support.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>%n post visas</numerusform>
            <numerusform>%n poster visas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n totalt</numerusform>
            <numerusform>%n totalt</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <source>State of the audit trail</source>
        <translation>Händelseloggens läge</translation>
    </message>
    <message>
        <source>Problems found in the audit trail</source>
        <translation>Problem i händelseloggen</translation>
    </message>
    <message>
        <source>Each line names the entry numbers concerned.</source>
        <translation>Varje rad anger vilka poster det gäller.</translation>
    </message>
    <message>
        <source>Fil&amp;ter</source>
        <translation>&amp;Filtrera</translation>
    </message>
    <message>
        <source>Filter the audit trail</source>
        <translation>Filtrera händelseloggen</translation>
    </message>
    <message>
        <source>Shows entries whose words contain this text.</source>
        <translation>Visar poster vars ord innehåller den här texten.</translation>
    </message>
    <message>
        <source>an account, a case number or an action</source>
        <translation>ett konto, ett ärendenummer eller en händelse</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Kontrollera &amp;igen</translation>
    </message>
    <message>
        <source>Check the audit trail again</source>
        <translation>Kontrollera händelseloggen igen</translation>
    </message>
    <message>
        <source>E&amp;ntries, newest first</source>
        <translation>&amp;Poster, nyaste först</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Poster i händelseloggen</translation>
    </message>
    <message>
        <source>Number, time, who, what, about what. Entries never hold case content.</source>
        <translation>Nummer, tid, vem, vad, om vad. Posterna innehåller aldrig ärendeinnehåll.</translation>
    </message>
    <message>
        <source>How many entries are shown</source>
        <translation>Hur många poster som visas</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>(ingen inloggad)</translation>
    </message>
    <message>
        <source>(damaged)</source>
        <translation>(skadad)</translation>
    </message>
</context>
<context>
    <name>CarePlanDiff</name>
    <message>
        <source>Compare versions of the life project</source>
        <translation>Jämför versioner av livsprojektet</translation>
    </message>
    <message>
        <source>Compare &amp;version</source>
        <translation>Jämför &amp;version</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>Tidigare version</translation>
    </message>
    <message>
        <source>Choose the earlier version to compare.</source>
        <translation>Välj den tidigare versionen att jämföra.</translation>
    </message>
    <message>
        <source>&amp;with version</source>
        <translation>&amp;med version</translation>
    </message>
    <message>
        <source>Later version</source>
        <translation>Senare version</translation>
    </message>
    <message>
        <source>Choose the later version to compare it with.</source>
        <translation>Välj den senare versionen att jämföra med.</translation>
    </message>
    <message>
        <source>Summary of the differences</source>
        <translation>Sammanfattning av skillnaderna</translation>
    </message>
    <message>
        <source>Differences, side by side</source>
        <translation>Skillnader sida vid sida</translation>
    </message>
    <message>
        <source>One row per changed field: the field, its text in the earlier version and in the later version.</source>
        <translation>En rad per ändrat fält: fältet, dess text i den tidigare versionen och i den senare versionen.</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Stäng jämförelsen</translation>
    </message>
</context>
<context>
    <name>CarePlanPage</name>
    <message>
        <source>Life project</source>
        <translation>Livsprojekt</translation>
    </message>
    <message>
        <source>Choose a case to see its life project.</source>
        <translation>Välj ett ärende för att se dess livsprojekt.</translation>
    </message>
    <message>
        <source>Opening the life project…</source>
        <translation>Öppnar livsprojektet…</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Ärende %1</translation>
    </message>
    <message>
        <source>Draft, not saved yet</source>
        <translation>Utkast, inte sparat än</translation>
    </message>
    <message>
        <source>Typing is kept automatically. Save makes a new revision.</source>
        <translation>Det du skriver sparas automatiskt. Spara skapar en ny revision.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) still missing; they are listed under Still missing.</source>
        <translation>
            <numerusform>%n sak saknas fortfarande; den står under Saknas fortfarande.</numerusform>
            <numerusform>%n saker saknas fortfarande; de står under Saknas fortfarande.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case of this plan</source>
        <translation>Ärendet för den här planen</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation>Version som visas</translation>
    </message>
    <message>
        <source>Earlier versions are shown read-only; approved versions never change.</source>
        <translation>Tidigare versioner visas skrivskyddade; godkända versioner ändras aldrig.</translation>
    </message>
    <message>
        <source>Status of the version shown</source>
        <translation>Status för versionen som visas</translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation>Osparade ändringar hittades</translation>
    </message>
    <message>
        <source>About the unsaved changes</source>
        <translation>Om de osparade ändringarna</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>&amp;Släng dem</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Släng de osparade ändringarna</translation>
    </message>
    <message>
        <source>Notice about this plan</source>
        <translation>Meddelande om den här planen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Ångra den senaste ändringen</translation>
    </message>
    <message>
        <source>Ctrl+Z. Undoes changes across all fields, in order.</source>
        <translation>Ctrl+Z. Ångrar ändringar i alla fält, i tur och ordning.</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Gör om den senast ångrade ändringen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save this version</source>
        <translation>Spara den här versionen</translation>
    </message>
    <message>
        <source>Saves a new signed revision of the draft (Ctrl+S). Typing is also kept safe automatically.</source>
        <translation>Sparar en ny signerad revision av utkastet (Ctrl+S). Det du skriver sparas också automatiskt.</translation>
    </message>
    <message>
        <source>Su&amp;bmit for approval</source>
        <translation>Skicka för &amp;godkännande</translation>
    </message>
    <message>
        <source>Submit the plan for approval</source>
        <translation>Skicka planen för godkännande</translation>
    </message>
    <message>
        <source>Possible once nothing required is missing; a coordinator then approves it.</source>
        <translation>Möjligt när inget obligatoriskt saknas; en samordnare godkänner den sedan.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>G&amp;odkänn</translation>
    </message>
    <message>
        <source>Approve this version</source>
        <translation>Godkänn den här versionen</translation>
    </message>
    <message>
        <source>An approved version can never be changed; later edits make a new version.</source>
        <translation>En godkänd version kan aldrig ändras; senare ändringar skapar en ny version.</translation>
    </message>
    <message>
        <source>Send &amp;back</source>
        <translation>Skicka &amp;tillbaka</translation>
    </message>
    <message>
        <source>Send the plan back for changes</source>
        <translation>Skicka tillbaka planen för ändringar</translation>
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation>&amp;Jämför versioner…</translation>
    </message>
    <message>
        <source>Compare two versions side by side</source>
        <translation>Jämför två versioner sida vid sida</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Preview and print the plan</source>
        <translation>Förhandsgranska och skriv ut planen</translation>
    </message>
    <message>
        <source>Autosave status</source>
        <translation>Status för automatisk sparning</translation>
    </message>
    <message>
        <source>Plan content</source>
        <translation>Planens innehåll</translation>
    </message>
    <message>
        <source>No plan shown</source>
        <translation>Ingen plan visas</translation>
    </message>
    <message>
        <source>S&amp;ections</source>
        <translation>&amp;Avsnitt</translation>
    </message>
    <message>
        <source>Sections of the plan</source>
        <translation>Planens avsnitt</translation>
    </message>
    <message>
        <source>Choose a section to edit it; a number says how many things in it are still missing.</source>
        <translation>Välj ett avsnitt för att redigera det; en siffra visar hur mycket som fortfarande saknas i det.</translation>
    </message>
    <message>
        <source>&amp;Still missing</source>
        <translation>Saknas &amp;fortfarande</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>Vad som fortfarande saknas</translation>
    </message>
    <message>
        <source>What must be filled in before the plan can be submitted, and what the approval rules still need. Choose one to go to the field.</source>
        <translation>Vad som måste fyllas i innan planen kan skickas in, och vad reglerna för godkännande fortfarande kräver. Välj en rad för att gå till fältet.</translation>
    </message>
    <message>
        <source>Section being edited</source>
        <translation>Avsnitt som redigeras</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Version %1 · new draft</source>
        <translation>Version %1 · nytt utkast</translation>
    </message>
    <message>
        <source>Unsaved changes you typed at %1 were restored. Save them, or discard them to go back to the last saved version.</source>
        <translation>Osparade ändringar som du skrev %1 har återställts. Spara dem, eller släng dem för att gå tillbaka till den senast sparade versionen.</translation>
    </message>
    <message>
        <source>This case has no life project yet. What you type here starts version 1.</source>
        <translation>Ärendet har inget livsprojekt ännu. Det du skriver här blir version 1.</translation>
    </message>
    <message>
        <source>This case has no life project yet.</source>
        <translation>Ärendet har inget livsprojekt ännu.</translation>
    </message>
    <message>
        <source>Version %1 was sent back for changes: %2</source>
        <translation>Version %1 skickades tillbaka för ändringar: %2</translation>
    </message>
    <message>
        <source>Version %1 is waiting for your approval.</source>
        <translation>Version %1 väntar på ditt godkännande.</translation>
    </message>
    <message>
        <source>Version %1 is waiting for approval. You wrote it, so another coordinator must approve it.</source>
        <translation>Version %1 väntar på godkännande. Du har skrivit den, så en annan samordnare måste godkänna den.</translation>
    </message>
    <message>
        <source>Version %1 is waiting for approval. Changing it takes it back to draft.</source>
        <translation>Version %1 väntar på godkännande. Om du ändrar den blir den ett utkast igen.</translation>
    </message>
    <message>
        <source>Version %1 is waiting for approval.</source>
        <translation>Version %1 väntar på godkännande.</translation>
    </message>
    <message>
        <source>Version %1 is approved and can no longer change. What you change here starts version %2.</source>
        <translation>Version %1 är godkänd och kan inte längre ändras. Det du ändrar här blir version %2.</translation>
    </message>
    <message>
        <source>Version %1 came from another centre and is kept as it arrived; it is not approved here. What you change here starts version %2, which must be approved here.</source>
        <translation>Version %1 kom från ett annat barnahus och sparas som den kom; den är inte godkänd här. Det du ändrar här blir version %2, som måste godkännas här.</translation>
    </message>
    <message>
        <source>Version %1 came from another centre; it is not approved here until a version written here is approved.</source>
        <translation>Version %1 kom från ett annat barnahus; den gäller inte här förrän en version som skrivits här har godkänts.</translation>
    </message>
</context>
<context>
    <name>CarePlanPreview</name>
    <message>
        <source>Print the life project</source>
        <translation>Skriv ut livsprojektet</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;För:</translation>
    </message>
    <message>
        <source>Which version of the plan</source>
        <translation>Vilken version av planen</translation>
    </message>
    <message>
        <source>The full plan for professionals, or the child&apos;s version in the child&apos;s language with pictures and no risk details.</source>
        <translation>Hela planen för yrkespersoner, eller barnets version på barnets språk med bilder och utan riskuppgifter.</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apper:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Pappersstorlek</translation>
    </message>
    <message>
        <source>Choose the paper size for printing.</source>
        <translation>Välj pappersstorlek för utskriften.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Plan version to print</source>
        <translation>Planversion att skriva ut</translation>
    </message>
    <message>
        <source>Choose which saved version of the plan to print.</source>
        <translation>Välj vilken sparad version av planen som ska skrivas ut.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Print with the system print dialog</source>
        <translation>Skriv ut med systemets utskriftsdialog</translation>
    </message>
    <message>
        <source>Every print is recorded in the audit log.</source>
        <translation>Varje utskrift registreras i händelseloggen.</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Status för förhandsgranskningen</translation>
    </message>
    <message>
        <source>Pages of the plan</source>
        <translation>Planens sidor</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Stäng förhandsgranskningen</translation>
    </message>
</context>
<context>
    <name>CarePlanStatus</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>Skickad för godkännande</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersatt</translation>
    </message>
    <message>
        <source>From another centre</source>
        <translation>Från ett annat barnahus</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Within a week</source>
        <translation>Inom en vecka</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>Inget planerat</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Due within two weeks</source>
        <translation>Inom två veckor</translation>
    </message>
    <message>
        <source>The review dates could not be read: %1</source>
        <translation>Datumen för uppföljning kunde inte läsas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) shown</source>
        <translation>
            <numerusform>%n ärende visas</numerusform>
            <numerusform>%n ärenden visas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n totalt</numerusform>
            <numerusform>%n totalt</numerusform>
        </translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Ärendelista</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>Open a new case; you give the child a pseudonym (Ctrl+N).</source>
        <translation>Öppna ett nytt ärende; du ger barnet en pseudonym (Ctrl+N).</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Sök ärenden</translation>
    </message>
    <message>
        <source>Case number or the child&apos;s name; Ctrl+F comes here.</source>
        <translation>Ärendenummer eller barnets namn; Ctrl+F leder hit.</translation>
    </message>
    <message>
        <source>Case number or the child&apos;s name</source>
        <translation>Ärendenummer eller barnets namn</translation>
    </message>
    <message>
        <source>Only children without a &amp;guardian</source>
        <translation>Endast barn utan &amp;god man</translation>
    </message>
    <message>
        <source>Only children without a guardian</source>
        <translation>Endast barn utan god man</translation>
    </message>
    <message>
        <source>Shows only cases whose child has no guardian recorded.</source>
        <translation>Visar bara ärenden där barnet saknar registrerad god man.</translation>
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
        <translation>Visa öppna ärenden, avslutade ärenden eller alla.</translation>
    </message>
    <message>
        <source>Ne&amp;xt interview</source>
        <translation>Nästa &amp;förhör</translation>
    </message>
    <message>
        <source>Next interview</source>
        <translation>Nästa förhör</translation>
    </message>
    <message>
        <source>Filter by when the next interview is.</source>
        <translation>Filtrera efter när nästa förhör är.</translation>
    </message>
    <message>
        <source>Plan re&amp;view</source>
        <translation>Uppföljning av &amp;plan</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Uppföljning av plan</translation>
    </message>
    <message>
        <source>Filter by when the care plan is due for review.</source>
        <translation>Filtrera efter när vårdplanen ska följas upp.</translation>
    </message>
    <message>
        <source>Sort b&amp;y</source>
        <translation>Sortera &amp;efter</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortera efter</translation>
    </message>
    <message>
        <source>The column the list is sorted by; clicking a heading does the same.</source>
        <translation>Kolumnen som listan sorteras efter; att klicka på en rubrik gör samma sak.</translation>
    </message>
    <message>
        <source>Reverse ord&amp;er</source>
        <translation>Omvän&amp;d ordning</translation>
    </message>
    <message>
        <source>Reverse order</source>
        <translation>Omvänd ordning</translation>
    </message>
    <message>
        <source>Highest or latest first.</source>
        <translation>Högst eller senast först.</translation>
    </message>
    <message>
        <source>Opening the cases…</source>
        <translation>Öppnar ärendena…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laddar</translation>
    </message>
    <message>
        <source>Opening the cases</source>
        <translation>Öppnar ärendena</translation>
    </message>
    <message>
        <source>Ca&amp;ses</source>
        <translation>Ä&amp;renden</translation>
    </message>
    <message>
        <source>Press Enter to open the chosen case. Click a column heading to sort.</source>
        <translation>Tryck Enter för att öppna det valda ärendet. Klicka på en kolumnrubrik för att sortera.</translation>
    </message>
    <message>
        <source>How many cases are shown</source>
        <translation>Hur många ärenden som visas</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>God man</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Next interview</source>
        <translation>Nästa förhör</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Uppföljning av plan</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Senast ändrat</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(kan inte läsas)</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>cirka %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Appointed</source>
        <translation>Utsedd</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakter</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>Öppnar ärendet…</translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation>Avslutat %1.</translation>
    </message>
    <message>
        <source>Open since %1.</source>
        <translation>Öppet sedan %1.</translation>
    </message>
    <message>
        <source>No guardian is recorded for this child.</source>
        <translation>Ingen god man är registrerad för barnet.</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Avsluta ärendet</translation>
    </message>
    <message>
        <source>Close case %1? Its records stay readable; it leaves the list of open cases.</source>
        <translation>Avsluta ärende %1? Uppgifterna går fortfarande att läsa; ärendet försvinner ur listan över öppna ärenden.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>&amp;Tillbaka till ärendelistan</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>Tillbaka till ärendelistan</translation>
    </message>
    <message>
        <source>Alt+Left also goes back.</source>
        <translation>Alt+Vänsterpil går också tillbaka.</translation>
    </message>
    <message>
        <source>Close the case…</source>
        <translation>Avsluta ärendet…</translation>
    </message>
    <message>
        <source>Marks the case as closed; its records stay readable until the retention period ends.</source>
        <translation>Markerar ärendet som avslutat; uppgifterna går att läsa tills bevarandetiden är slut.</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Ärendets status</translation>
    </message>
    <message>
        <source>Guardian warning</source>
        <translation>Varning om god man</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Ärendets delar</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between the parts.</source>
        <translation>Ctrl+Page Down och Ctrl+Page Up byter mellan delarna.</translation>
    </message>
</context>
<context>
    <name>CasesArea</name>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>Type the text for this cell.</source>
        <translation>Skriv texten för den här cellen.</translation>
    </message>
    <message>
        <source>Choose a value for this cell.</source>
        <translation>Välj ett värde för den här cellen.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(inte valt)</translation>
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
        <translation>Namnet som används för barnet på skärmar och utskrifter som inte behöver det riktiga namnet.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Leave empty if unknown and give an estimated age instead.</source>
        <translation>Lämna tomt om det är okänt och ange en uppskattad ålder i stället.</translation>
    </message>
    <message>
        <source>Estimated age (years)</source>
        <translation>Uppskattad ålder (år)</translation>
    </message>
    <message>
        <source>Presumed to be a child</source>
        <translation>Antas vara barn</translation>
    </message>
    <message>
        <source>When age is uncertain the person is treated as a child until an assessment shows otherwise.</source>
        <translation>När åldern är osäker behandlas personen som barn tills en bedömning visar något annat.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Medborgarskap</translation>
    </message>
    <message>
        <source>Languages the child speaks</source>
        <translation>Språk som barnet talar</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Behöver tolk</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Tolkspråk</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>God man</translation>
    </message>
    <message>
        <source>Guardian appointed on</source>
        <translation>God man utsedd den</translation>
    </message>
    <message>
        <source>Legal or immigration status</source>
        <translation>Rättslig ställning eller migrationsstatus</translation>
    </message>
    <message>
        <source>Placement and accommodation</source>
        <translation>Placering och boende</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>Medborgare</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>Bosatt</translation>
    </message>
    <message>
        <source>asylum_seeker</source>
        <translation>Asylsökande</translation>
    </message>
    <message>
        <source>refugee</source>
        <translation>Flykting</translation>
    </message>
    <message>
        <source>unaccompanied_minor</source>
        <translation>Ensamkommande barn</translation>
    </message>
    <message>
        <source>undocumented</source>
        <translation>Papperslös</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>ChildScreen</name>
    <message>
        <source>Read aloud</source>
        <translation>Läs upp</translation>
    </message>
    <message>
        <source>Reads the words on the screen aloud. Press again to stop.</source>
        <translation>Läser upp orden på skärmen. Tryck igen för att sluta.</translation>
    </message>
</context>
<context>
    <name>ChildScreenForm</name>
    <message>
        <source>Child screen</source>
        <translation>Barnskärm</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Steg som är klara</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Ord</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Övning</translation>
    </message>
    <message>
        <source>Practice heading</source>
        <translation>Övningens rubrik</translation>
    </message>
    <message>
        <source>Practice question</source>
        <translation>Övningsfråga</translation>
    </message>
    <message>
        <source>Feelings faces</source>
        <translation>Känsloansikten</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Tack</translation>
    </message>
    <message>
        <source>Break card</source>
        <translation>Pauskort</translation>
    </message>
</context>
<context>
    <name>ColleagueAccessDialog</name>
    <message>
        <source>Give colleagues access</source>
        <translation>Ge kollegor åtkomst</translation>
    </message>
    <message>
        <source>You can give: %1</source>
        <translation>Du kan ge: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Give %1 access to: %2. They can read them after their next sign-in.</source>
        <translation>Ge %1 åtkomst till: %2. Hen kan läsa dem efter nästa inloggning.</translation>
    </message>
    <message>
        <source>Access to %1 must come from a colleague who holds it, or from the administrator.</source>
        <translation>Åtkomst till %1 måste ges av en kollega som har den, eller av administratören.</translation>
    </message>
    <message>
        <source>Give access</source>
        <translation>Ge åtkomst</translation>
    </message>
    <message>
        <source>%1 can read %2 after their next sign-in.</source>
        <translation>%1 kan läsa %2 efter nästa inloggning.</translation>
    </message>
    <message>
        <source>%1 had already been given these keys by a colleague.</source>
        <translation>%1 hade redan fått de här nycklarna av en kollega.</translation>
    </message>
    <message>
        <source>A new colleague cannot read any records until someone who holds the keys gives them. Below are the colleagues who are waiting for keys you hold. What you give becomes usable at their next sign-in.</source>
        <translation>En ny kollega kan inte läsa några uppgifter förrän någon som har nycklarna ger hen dem. Här nedan står de kollegor som väntar på nycklar som du har. Det du ger går att använda från kollegans nästa inloggning.</translation>
    </message>
    <message>
        <source>How giving access works</source>
        <translation>Så fungerar det att ge åtkomst</translation>
    </message>
    <message>
        <source>&amp;Colleagues waiting for your keys</source>
        <translation>&amp;Kollegor som väntar på dina nycklar</translation>
    </message>
    <message>
        <source>Colleagues waiting for your keys</source>
        <translation>Kollegor som väntar på dina nycklar</translation>
    </message>
    <message>
        <source>Each line names a colleague, their roles and the records you can give them access to.</source>
        <translation>Varje rad visar en kollega, kollegans roller och de uppgifter du kan ge hen åtkomst till.</translation>
    </message>
    <message>
        <source>No colleague is waiting for keys you hold.</source>
        <translation>Ingen kollega väntar på nycklar som du har.</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Ingen väntar</translation>
    </message>
    <message>
        <source>What will be given</source>
        <translation>Det som ges</translation>
    </message>
    <message>
        <source>Access given</source>
        <translation>Åtkomst given</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <source>&amp;Give access…</source>
        <translation>&amp;Ge åtkomst…</translation>
    </message>
    <message>
        <source>Give the chosen colleague access</source>
        <translation>Ge den valda kollegan åtkomst</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>Compartment</name>
    <message>
        <source>profiles and contacts</source>
        <translation>profiler och kontakter</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>förhör</translation>
    </message>
    <message>
        <source>care plans</source>
        <translation>vårdplaner</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>(no name yet)</source>
        <translation>(inget namn än)</translation>
    </message>
    <message>
        <source>No contact chosen</source>
        <translation>Ingen kontakt vald</translation>
    </message>
    <message>
        <source>Unsaved changes were restored; save them to keep them.</source>
        <translation>Osparade ändringar återställdes; spara dem för att behålla dem.</translation>
    </message>
    <message>
        <source>Kept safe.</source>
        <translation>Säkrat.</translation>
    </message>
    <message>
        <source>Typing is kept automatically.</source>
        <translation>Det du skriver säkras automatiskt.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Sparat som version %1.</translation>
    </message>
    <message>
        <source>Remove “%1” from this case&apos;s contacts? The contact will no longer be listed or exported. Its earlier versions are kept in the store&apos;s record history.</source>
        <translation>Ta bort ”%1” från ärendets kontakter? Kontakten visas och exporteras inte längre. Dess tidigare versioner finns kvar i arkivets versionshistorik.</translation>
    </message>
    <message>
        <source>Changes to it that were not saved are discarded.</source>
        <translation>Ändringar i den som inte sparats tas bort.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Ta bort kontakt</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Tar bort…</translation>
    </message>
    <message>
        <source>The contact was removed; its history is kept.</source>
        <translation>Kontakten togs bort; dess historik finns kvar.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>People around the child</source>
        <translation>Personer runt barnet</translation>
    </message>
    <message>
        <source>Choose a contact to see and edit it on the right.</source>
        <translation>Välj en kontakt för att se och ändra den till höger.</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;Ny kontakt</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>Adds an empty contact to fill in (Ctrl+N).</source>
        <translation>Lägger till en tom kontakt att fylla i (Ctrl+N).</translation>
    </message>
    <message>
        <source>R&amp;emove contact…</source>
        <translation>Ta &amp;bort kontakt…</translation>
    </message>
    <message>
        <source>Takes the chosen contact off this case after asking (Delete in the list). Its earlier versions stay in the record history.</source>
        <translation>Tar bort den valda kontakten från ärendet efter en fråga (Delete i listan). Dess tidigare versioner finns kvar i versionshistoriken.</translation>
    </message>
    <message>
        <source>Contact being edited</source>
        <translation>Kontakten som ändras</translation>
    </message>
    <message>
        <source>Unsaved changes restored</source>
        <translation>Osparade ändringar återställda</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;mn</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>Kontaktens namn</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Måste fyllas i.</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <source>Contact&apos;s role</source>
        <translation>Kontaktens roll</translation>
    </message>
    <message>
        <source>For example guardian, case manager, legal adviser.</source>
        <translation>Till exempel god man, handläggare, juridiskt ombud.</translation>
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
        <translation>Var kontakten arbetar.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Digits, spaces and + - ( ).</source>
        <translation>Siffror, mellanslag och + - ( ).</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>For example name@example.org.</source>
        <translation>Till exempel namn@exempel.se.</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Anteckn&amp;ingar</translation>
    </message>
    <message>
        <source>Notes about the contact</source>
        <translation>Anteckningar om kontakten</translation>
    </message>
    <message>
        <source>Facts about the contact, never about what the child said. Tab leaves the field.</source>
        <translation>Fakta om kontakten, aldrig om vad barnet har berättat. Tabb lämnar fältet.</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Problem att rätta</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>Sparläge</translation>
    </message>
    <message>
        <source>Sa&amp;ve the contact</source>
        <translation>&amp;Spara kontakten</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation>Spara kontakten</translation>
    </message>
    <message>
        <source>Saves a new version (Ctrl+S).</source>
        <translation>Sparar en ny version (Ctrl+S).</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Compare versions of the life project</source>
        <translation>Jämför versioner av livsprojektet</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Stäng jämförelsen</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Jämför…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>The two versions say the same.</source>
        <translation>De två versionerna säger samma sak.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ between version %1 and version %2.</source>
        <translation>
            <numerusform>%n fält skiljer sig mellan version %1 och version %2.</numerusform>
            <numerusform>%n fält skiljer sig mellan version %1 och version %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftRecoveryDialog</name>
    <message>
        <source>Unsaved work found</source>
        <translation>Osparat arbete hittades</translation>
    </message>
    <message>
        <source>Saved as typed.</source>
        <translation>Sparat som det skrevs.</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Kastat.</translation>
    </message>
    <message>
        <source>Unsaved work was found</source>
        <translation>Osparat arbete hittades</translation>
    </message>
    <message>
        <source>Barnahus Desk kept what you typed last time, but it was never saved (the app may have closed unexpectedly). Choose what to do with each item. Nothing is lost if you decide later.</source>
        <translation>Barnahus Desk behöll det du skrev förra gången, men det sparades aldrig (programmet kan ha stängts oväntat). Välj vad som ska hända med varje del. Inget går förlorat om du bestämmer senare.</translation>
    </message>
    <message>
        <source>What this is</source>
        <translation>Vad det här är</translation>
    </message>
    <message>
        <source>&amp;Unsaved items</source>
        <translation>&amp;Osparade delar</translation>
    </message>
    <message>
        <source>Unsaved items</source>
        <translation>Osparade delar</translation>
    </message>
    <message>
        <source>Case number, what it is, and when it was typed.</source>
        <translation>Ärendenummer, vad det är och när det skrevs.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>Ö&amp;ppna ärendet</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Öppna ärendet</translation>
    </message>
    <message>
        <source>Shows the typed text in its form so you can check it and save it.</source>
        <translation>Visar texten i sitt formulär så att du kan granska och spara den.</translation>
    </message>
    <message>
        <source>&amp;Save as typed</source>
        <translation>&amp;Spara som det skrevs</translation>
    </message>
    <message>
        <source>Save as typed</source>
        <translation>Spara som det skrevs</translation>
    </message>
    <message>
        <source>Saves the typed text as a new version without opening it.</source>
        <translation>Sparar texten som en ny version utan att öppna den.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
    </message>
    <message>
        <source>Discard the unsaved text</source>
        <translation>Kasta den osparade texten</translation>
    </message>
    <message>
        <source>Deletes the typed text; the last saved version stays.</source>
        <translation>Raderar texten; den senast sparade versionen finns kvar.</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Bestäm s&amp;enare</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Bestäm senare</translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <source>Something went wrong inside Barnahus Desk. Work that was already saved is safe. A technical report without any case details was written to the log.</source>
        <translation>Något gick fel i Barnahus Desk. Arbete som redan var sparat är säkert. En teknisk rapport utan ärendeuppgifter skrevs till loggen.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Felmeddelande</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>year-month-day, e.g. 2014-03-25</source>
        <translation>år-månad-dag, t.ex. 2014-03-25</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>separate with commas</source>
        <translation>skilj åt med kommatecken</translation>
    </message>
    <message>
        <source>choose from the list</source>
        <translation>välj i listan</translation>
    </message>
    <message>
        <source>In the part “%1” of the profile.</source>
        <translation>I delen ”%1” av profilen.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Fill in this part of the plan.</source>
        <translation>Fyll i den här delen av planen.</translation>
    </message>
    <message>
        <source>Child&apos;s plan ready in: %1</source>
        <translation>Barnets plan finns på: %1</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(inte valt)</translation>
    </message>
</context>
<context>
    <name>FieldProblem</name>
    <message>
        <source>This must be filled in.</source>
        <translation>Det här måste fyllas i.</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, for example 2014-03-25.</source>
        <translation>Skriv datumet som år-månad-dag, till exempel 2014-03-25.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Datumet ligger i framtiden.</translation>
    </message>
    <message>
        <source>Write a whole number, for example 14.</source>
        <translation>Skriv ett heltal, till exempel 14.</translation>
    </message>
    <message>
        <source>An age is a number from 0 to 130.</source>
        <translation>En ålder är ett tal från 0 till 130.</translation>
    </message>
    <message>
        <source>Choose one of the options in the list.</source>
        <translation>Välj ett av alternativen i listan.</translation>
    </message>
    <message>
        <source>Say which language the interpreter should speak.</source>
        <translation>Ange vilket språk tolken ska tala.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation>Det här ser inte ut som en e-postadress (namn@exempel.se).</translation>
    </message>
    <message>
        <source>Use digits, spaces and + - ( ) only.</source>
        <translation>Använd bara siffror, mellanslag och + - ( ).</translation>
    </message>
    <message>
        <source>Check this value.</source>
        <translation>Kontrollera värdet.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>The store will be kept in %1</source>
        <translation>Arkivet sparas i %1</translation>
    </message>
    <message>
        <source>Create the store</source>
        <translation>Skapa arkivet</translation>
    </message>
    <message>
        <source>Type the name of your account.</source>
        <translation>Skriv namnet på ditt konto.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same; type them again.</source>
        <translation>De två lösenfraserna är inte lika; skriv dem igen.</translation>
    </message>
    <message>
        <source>Welcome to Barnahus Desk</source>
        <translation>Välkommen till Barnahus Desk</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Välkommen</translation>
    </message>
    <message>
        <source>There is no store on this computer yet. Create it now and you become its first administrator. You will add your colleagues afterwards.</source>
        <translation>Det finns inget arkiv på den här datorn än. Skapa det nu så blir du dess första administratör. Dina kollegor lägger du till efteråt.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <source>Where the store will be kept</source>
        <translation>Var arkivet sparas</translation>
    </message>
    <message>
        <source>Your account &amp;name</source>
        <translation>Ditt konto&amp;namn</translation>
    </message>
    <message>
        <source>Your account name</source>
        <translation>Ditt kontonamn</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, dots or dashes, for example anna.berg.</source>
        <translation>Små bokstäver, siffror, punkter eller bindestreck, till exempel anna.berg.</translation>
    </message>
    <message>
        <source>for example anna.berg</source>
        <translation>till exempel anna.berg</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>At least 10 characters; a few words work well.</source>
        <translation>Minst 10 tecken; några ord fungerar bra.</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase</source>
        <translation>&amp;Upprepa lösenfrasen</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Upprepa lösenfrasen</translation>
    </message>
    <message>
        <source>Type the same passphrase again.</source>
        <translation>Skriv samma lösenfras igen.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 10 characters that nobody could guess. A few unrelated words work well. Nobody can recover it for you, so keep it safe.</source>
        <translation>Välj en lösenfras på minst 10 tecken som ingen kan gissa. Några ord som inte hör ihop fungerar bra. Ingen kan ta fram den åt dig, så förvara den säkert.</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Råd om lösenfras</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Creating the store</source>
        <translation>Skapar arkivet</translation>
    </message>
    <message>
        <source>&amp;Create the store</source>
        <translation>&amp;Skapa arkivet</translation>
    </message>
    <message>
        <source>Create the encrypted store and your administrator account.</source>
        <translation>Skapa det krypterade arkivet och ditt administratörskonto.</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Grant access</source>
        <translation>Ge åtkomst</translation>
    </message>
    <message>
        <source>Grant access to %1</source>
        <translation>Ge åtkomst till %1</translation>
    </message>
    <message>
        <source>Their roles need: %1.</source>
        <translation>Rollerna behöver: %1.</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Ge åtkomst</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Skriv återställningsnyckeln.</translation>
    </message>
    <message>
        <source>As administrator you hold no keys to case records. With the recovery key from the centre&apos;s safe you can grant this colleague the keys their roles need. They become usable at the colleague&apos;s next sign-in. The recovery key is not kept.</source>
        <translation>Som administratör har du inga nycklar till ärendeuppgifter. Med återställningsnyckeln från centrets kassaskåp kan du ge kollegan de nycklar rollerna behöver. De går att använda vid kollegans nästa inloggning. Återställningsnyckeln sparas inte.</translation>
    </message>
    <message>
        <source>How granting works</source>
        <translation>Så fungerar det att ge åtkomst</translation>
    </message>
    <message>
        <source>What will be granted</source>
        <translation>Vad som beviljas</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Återställningsnyckel</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <source>56 letters and digits; dashes and spaces may be left out.</source>
        <translation>56 bokstäver och siffror; bindestreck och mellanslag kan utelämnas.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Granting access</source>
        <translation>Ger åtkomst</translation>
    </message>
    <message>
        <source>Grant or cancel</source>
        <translation>Ge åtkomst eller avbryt</translation>
    </message>
</context>
<context>
    <name>InterviewMetadataForm</name>
    <message>
        <source>Interviews</source>
        <translation>Förhör</translation>
    </message>
    <message>
        <source>Area title</source>
        <translation>Områdets namn</translation>
    </message>
    <message>
        <source>Dates, rooms, status and durations of this case&apos;s interviews. What was said is kept in the interview compartment, which this account does not hold.</source>
        <translation>Datum, rum, status och längd för ärendets förhör. Det som sades förvaras i förhörsdelen, som det här kontot inte har tillgång till.</translation>
    </message>
    <message>
        <source>What this view shows</source>
        <translation>Vad den här vyn visar</translation>
    </message>
    <message>
        <source>Interviews of this case</source>
        <translation>Ärendets förhör</translation>
    </message>
    <message>
        <source>Planned and held interviews of this case, one per row.</source>
        <translation>Planerade och genomförda förhör i ärendet, ett per rad.</translation>
    </message>
    <message>
        <source>Book an interview</source>
        <translation>Boka ett förhör</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum och tid:</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum och tid</translation>
    </message>
    <message>
        <source>Enter the date and time of the interview.</source>
        <translation>Ange datum och tid för förhöret.</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Rum:</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rum</translation>
    </message>
    <message>
        <source>Choose the room for the interview.</source>
        <translation>Välj rum för förhöret.</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>&amp;Förhörsledare:</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Förhörsledare</translation>
    </message>
    <message>
        <source>Choose who will lead the interview.</source>
        <translation>Välj vem som ska leda förhöret.</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Boka</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Boka</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
</context>
<context>
    <name>InterviewMetadataView</name>
    <message>
        <source>Planned for</source>
        <translation>Planerat till</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rum</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Förhörsledare</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startade</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutades</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Choose a case to see its interviews.</source>
        <translation>Välj ett ärende för att se dess förhör.</translation>
    </message>
    <message>
        <source>No interviews are planned for this case.</source>
        <translation>Inga förhör är planerade i det här ärendet.</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>Interview</source>
        <translation>Förhör</translation>
    </message>
    <message>
        <source>Interview set-up problem</source>
        <translation>Problem med att förbereda förhöret</translation>
    </message>
    <message>
        <source>1. Planning</source>
        <translation>1. Planering</translation>
    </message>
    <message>
        <source>2. Readiness and preparation</source>
        <translation>2. Beredskap och förberedelse</translation>
    </message>
    <message>
        <source>3. Interview</source>
        <translation>3. Förhör</translation>
    </message>
    <message>
        <source>4. Observers&apos; questions</source>
        <translation>4. Observatörernas frågor</translation>
    </message>
    <message>
        <source>5. Summary</source>
        <translation>5. Sammanfattning</translation>
    </message>
    <message>
        <source>Choose a case in the Cases area first.</source>
        <translation>Välj först ett ärende under Ärenden.</translation>
    </message>
    <message>
        <source>New interview: fill in the plan and save it.</source>
        <translation>Nytt förhör: fyll i planen och spara den.</translation>
    </message>
    <message>
        <source>clock %1</source>
        <translation>klocka %1</translation>
    </message>
    <message>
        <source>This child already had a forensic interview: record in Planning why a further one is needed before it can start.</source>
        <translation>Barnet har redan haft ett barnförhör: ange under Planering varför ett till behövs innan det kan starta.</translation>
    </message>
    <message>
        <source>%1 observer question(s) wait for a decision.</source>
        <translation>Observatörsfrågor som väntar på beslut: %1.</translation>
    </message>
    <message>
        <source>The child tried the break card; it is noted as practice.</source>
        <translation>Barnet provade pauskortet; det noteras som övning.</translation>
    </message>
    <message>
        <source>The child pressed the break card at %1.</source>
        <translation>Barnet tryckte på pauskortet kl. %1.</translation>
    </message>
    <message>
        <source>Save the interview summary</source>
        <translation>Spara förhörets sammanfattning</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the summary to %1.</source>
        <translation>Sammanfattningen sparades i %1.</translation>
    </message>
</context>
<context>
    <name>InterviewPageForm</name>
    <message>
        <source>Interview</source>
        <translation>Förhör</translation>
    </message>
    <message>
        <source>0,0,0,0,1,0</source>
        <translation>0,0,0,0,1,0</translation>
    </message>
    <message>
        <source>Area title</source>
        <translation>Områdets namn</translation>
    </message>
    <message>
        <source>&amp;Interview:</source>
        <translation>&amp;Förhör:</translation>
    </message>
    <message>
        <source>Interview session</source>
        <translation>Förhörstillfälle</translation>
    </message>
    <message>
        <source>Choose the interview to work on.</source>
        <translation>Välj det förhör du vill arbeta med.</translation>
    </message>
    <message>
        <source>&amp;Plan a new interview</source>
        <translation>&amp;Planera ett nytt förhör</translation>
    </message>
    <message>
        <source>Plan a new interview</source>
        <translation>Planera ett nytt förhör</translation>
    </message>
    <message>
        <source>Interview status</source>
        <translation>Förhörets status</translation>
    </message>
    <message>
        <source>Warnings for the team</source>
        <translation>Varningar till teamet</translation>
    </message>
    <message>
        <source>The child pressed the break card</source>
        <translation>Barnet tryckte på pauskortet</translation>
    </message>
    <message>
        <source>Break card message</source>
        <translation>Meddelande om pauskortet</translation>
    </message>
    <message>
        <source>Take a &amp;break now</source>
        <translation>Ta en pa&amp;us nu</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Ta en paus nu</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Dismiss the break card message</source>
        <translation>Stäng meddelandet om pauskortet</translation>
    </message>
    <message>
        <source>Interview steps</source>
        <translation>Förhörets steg</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Engelska (English)</translation>
    </message>
    <message>
        <source>Swedish (svenska)</source>
        <translation>Svenska</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Locked by %1. The content is hidden and the keys are removed from memory. Type your passphrase to carry on exactly where you left off.</source>
        <translation>Låst av %1. Innehållet är dolt och nycklarna är borttagna ur minnet. Skriv din lösenfras för att fortsätta precis där du var.</translation>
    </message>
    <message>
        <source>Saving what you typed…</source>
        <translation>Sparar det du skrev…</translation>
    </message>
    <message>
        <source>Everything you typed is saved in the encrypted journal.</source>
        <translation>Allt du skrev är sparat i den krypterade autosparningen.</translation>
    </message>
    <message>
        <source>Some typing could not be written to the store (is the disk full?). It is kept in memory and saved as soon as you unlock.</source>
        <translation>En del av det du skrev kunde inte skrivas till arkivet (är disken full?). Det finns kvar i minnet och sparas så fort du låser upp.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Skriv din lösenfras.</translation>
    </message>
    <message>
        <source>Barnahus Desk is locked</source>
        <translation>Barnahus Desk är låst</translation>
    </message>
    <message>
        <source>Who locked the workspace</source>
        <translation>Vem som låste arbetsytan</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>Sparläge</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Type your passphrase to unlock.</source>
        <translation>Skriv din lösenfras för att låsa upp.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Checking the passphrase</source>
        <translation>Kontrollerar lösenfrasen</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>Logga in som &amp;någon annan</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Logga in som någon annan</translation>
    </message>
    <message>
        <source>Ends this session; unsaved typing stays in the autosave journal.</source>
        <translation>Avslutar sessionen; osparad text finns kvar i autosparningen.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
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
        <translation>Barnahus Desks huvudfönster</translation>
    </message>
    <message>
        <source>Current screen</source>
        <translation>Aktuell skärm</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Barnahus Desk (demo)</source>
        <translation>Barnahus Desk (demo)</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menyrad</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Give colleagues &amp;access…</source>
        <translation>&amp;Ge kollegor åtkomst…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About Barnahus Desk</source>
        <translation>&amp;Om Barnahus Desk</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Ctrl+L: lock now. Ctrl+S: save the form you are editing. Ctrl+F: search the case list. Ctrl+N: new case or new contact. Alt+Left: back to the case list. Ctrl+Page Down and Ctrl+Page Up: next and previous tab. Ctrl+,: settings. Tab and Shift+Tab move between controls; underlined letters work with Alt.</source>
        <translation>Ctrl+L: lås nu. Ctrl+S: spara formuläret du arbetar i. Ctrl+F: sök i ärendelistan. Ctrl+N: nytt ärende eller ny kontakt. Alt+Vänsterpil: tillbaka till ärendelistan. Ctrl+Page Down och Ctrl+Page Up: nästa och föregående flik. Ctrl+,: inställningar. Tabb och Skift+Tabb flyttar mellan kontrollerna; understrukna bokstäver fungerar med Alt.</translation>
    </message>
    <message>
        <source>About Barnahus Desk</source>
        <translation>Om Barnahus Desk</translation>
    </message>
    <message>
        <source>Barnahus Desk %1. Everything about a child is encrypted on this computer and readable only with a passphrase.</source>
        <translation>Barnahus Desk %1. Allt om ett barn är krypterat på den här datorn och kan bara läsas med en lösenfras.</translation>
    </message>
</context>
<context>
    <name>MaintenanceTab</name>
    <message numerus="yes">
        <source>No damage found: the database file and the %n audit entry(ies) are intact.</source>
        <translation>
            <numerusform>Ingen skada hittades: databasfilen och %n post i händelseloggen är hela.</numerusform>
            <numerusform>Ingen skada hittades: databasfilen och de %n posterna i händelseloggen är hela.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Keep the store as it is, make no changes, and call your support.</source>
        <translation>
            <numerusform>%n problem hittades. Låt arkivet vara som det är, gör inga ändringar och ring er support.</numerusform>
            <numerusform>%n problem hittades. Låt arkivet vara som det är, gör inga ändringar och ring er support.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>Var ska säkerhetskopian sparas?</translation>
    </message>
    <message>
        <source>Barnahus backups (*.bhbackup)</source>
        <translation>Säkerhetskopior från Barnahus (*.bhbackup)</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>Säkerhetskopian skrevs till %1.</translation>
    </message>
    <message>
        <source>The backup was restored into a new store at %1. The store you are using now was not changed. To work in the restored store, open Barnahus Desk with it.</source>
        <translation>Säkerhetskopian återställdes till ett nytt arkiv i %1. Arkivet du använder nu ändrades inte. Öppna Barnahus Desk med det återställda arkivet för att arbeta i det.</translation>
    </message>
    <message>
        <source>Checks and backups</source>
        <translation>Kontroller och säkerhetskopior</translation>
    </message>
    <message>
        <source>Check the store</source>
        <translation>Kontrollera arkivet</translation>
    </message>
    <message>
        <source>Checks the database file and the audit trail for damage or tampering. Records are checked by the colleagues who can read them when they run this check.</source>
        <translation>Kontrollerar databasfilen och händelseloggen efter skador eller manipulation. Uppgifterna kontrolleras av de kollegor som kan läsa dem när de gör den här kontrollen.</translation>
    </message>
    <message>
        <source>What the check does</source>
        <translation>Vad kontrollen gör</translation>
    </message>
    <message>
        <source>&amp;Check the store now</source>
        <translation>&amp;Kontrollera arkivet nu</translation>
    </message>
    <message>
        <source>Check the store now</source>
        <translation>Kontrollera arkivet nu</translation>
    </message>
    <message>
        <source>Checking the store</source>
        <translation>Kontrollerar arkivet</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Kontrollens resultat</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problem som hittades</translation>
    </message>
    <message>
        <source>Each line names the part of the store concerned.</source>
        <translation>Varje rad anger vilken del av arkivet det gäller.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>A backup is one encrypted file. It can be opened with the passphrase of any account that was active when it was made. Keep backups on a separate drive, away from this computer.</source>
        <translation>En säkerhetskopia är en krypterad fil. Den kan öppnas med lösenfrasen till vilket konto som helst som var aktivt när den gjordes. Förvara säkerhetskopior på en separat enhet, borta från den här datorn.</translation>
    </message>
    <message>
        <source>About backups</source>
        <translation>Om säkerhetskopior</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Gör en &amp;säkerhetskopia…</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Gör en säkerhetskopia</translation>
    </message>
    <message>
        <source>Choose where to write the backup file.</source>
        <translation>Välj var säkerhetskopian ska skrivas.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Å&amp;terställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <source>Makes a new store from a backup file; the current store is not changed.</source>
        <translation>Skapar ett nytt arkiv från en säkerhetskopia; det nuvarande arkivet ändras inte.</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Säkerhetskopians förlopp</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Säkerhetskopians läge</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>Ö&amp;ppna ärendet</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Öppna ärendet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Give the child a pseudonym; it is shown instead of their name.</source>
        <translation>Ge barnet en pseudonym; den visas i stället för namnet.</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>Öppna ett nytt ärende</translation>
    </message>
    <message>
        <source>Give the child a pseudonym: the name shown on screens and printouts that need no real name. You can fill in the rest of the profile next.</source>
        <translation>Ge barnet en pseudonym: namnet som visas på skärmar och utskrifter som inte behöver det riktiga namnet. Resten av profilen fyller du i sedan.</translation>
    </message>
    <message>
        <source>What to type</source>
        <translation>Vad du ska skriva</translation>
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
        <translation>Måste fyllas i. Inte barnets riktiga namn.</translation>
    </message>
    <message>
        <source>Case &amp;number</source>
        <translation>Ärende&amp;nummer</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Optional. Leave empty for the next free number. Never put a name in it.</source>
        <translation>Frivilligt. Lämna tomt för nästa lediga nummer. Skriv aldrig ett namn i det.</translation>
    </message>
    <message>
        <source>Leave empty for the next number</source>
        <translation>Lämna tomt för nästa nummer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Open or cancel</source>
        <translation>Öppna eller avbryt</translation>
    </message>
</context>
<context>
    <name>ObserversTab</name>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Question as sent</source>
        <translation>Frågan som den skickades</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Vägledning</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Wording or reason</source>
        <translation>Formulering eller skäl</translation>
    </message>
    <message>
        <source>Open alternative: %1</source>
        <translation>Öppet alternativ: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>%1 question(s); %2 waiting for a decision.</source>
        <translation>Frågor: %1; %2 väntar på beslut.</translation>
    </message>
    <message>
        <source>Choose a question in the queue to decide on it.</source>
        <translation>Välj en fråga i kön för att besluta om den.</translation>
    </message>
</context>
<context>
    <name>ObserversTabForm</name>
    <message>
        <source>Observers&apos; questions</source>
        <translation>Observatörernas frågor</translation>
    </message>
    <message>
        <source>0,0,1,0</source>
        <translation>0,0,1,0</translation>
    </message>
    <message>
        <source>Add an observer&apos;s question</source>
        <translation>Lägg till en observatörsfråga</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Myndighet:</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Choose the agency of the observer who asks the question.</source>
        <translation>Välj myndigheten för observatören som ställer frågan.</translation>
    </message>
    <message>
        <source>&amp;Question as the observer wrote it:</source>
        <translation>&amp;Frågan som observatören skrev den:</translation>
    </message>
    <message>
        <source>Question as the observer wrote it</source>
        <translation>Frågan som observatören skrev den</translation>
    </message>
    <message>
        <source>Type the question exactly as the observer wrote it.</source>
        <translation>Skriv frågan precis som observatören skrev den.</translation>
    </message>
    <message>
        <source>Coaching for the observer&apos;s question</source>
        <translation>Vägledning för observatörens fråga</translation>
    </message>
    <message>
        <source>Add to the q&amp;ueue</source>
        <translation>Lägg till i &amp;kön</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>Lägg till i kön</translation>
    </message>
    <message>
        <source>Decide at the break</source>
        <translation>Besluta under pausen</translation>
    </message>
    <message>
        <source>Selected question</source>
        <translation>Vald fråga</translation>
    </message>
    <message>
        <source>Coaching for the selected question</source>
        <translation>Vägledning för den valda frågan</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Choose whether to ask, reword or leave out the question.</source>
        <translation>Välj om frågan ska ställas, formuleras om eller utelämnas.</translation>
    </message>
    <message>
        <source>New &amp;wording:</source>
        <translation>Ny formulerin&amp;g:</translation>
    </message>
    <message>
        <source>New wording</source>
        <translation>Ny formulering</translation>
    </message>
    <message>
        <source>Type the question as it will be asked to the child.</source>
        <translation>Skriv frågan så som den ska ställas till barnet.</translation>
    </message>
    <message>
        <source>Use the open al&amp;ternative</source>
        <translation>Använd det öppna al&amp;ternativet</translation>
    </message>
    <message>
        <source>Use the open alternative</source>
        <translation>Använd det öppna alternativet</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Type why the question is reworded or left out.</source>
        <translation>Skriv varför frågan formuleras om eller utelämnas.</translation>
    </message>
    <message>
        <source>Record the d&amp;ecision</source>
        <translation>Registrera b&amp;eslutet</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Registrera beslutet</translation>
    </message>
    <message>
        <source>Questions &amp;queue:</source>
        <translation>Frågek&amp;ö:</translation>
    </message>
    <message>
        <source>Questions queue</source>
        <translation>Frågekö</translation>
    </message>
    <message>
        <source>Observers&apos; questions, one per row. Choose one to decide on it.</source>
        <translation>Observatörernas frågor, en per rad. Välj en för att besluta om den.</translation>
    </message>
    <message>
        <source>Questions waiting</source>
        <translation>Frågor som väntar</translation>
    </message>
</context>
<context>
    <name>PlanWorkflow</name>
    <message>
        <source>Approve version %1? An approved version can never be changed.</source>
        <translation>Godkänna version %1? En godkänd version kan aldrig ändras.</translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>Godkänn planen</translation>
    </message>
    <message>
        <source>Send the plan back</source>
        <translation>Skicka tillbaka planen</translation>
    </message>
    <message>
        <source>What should change?</source>
        <translation>Vad ska ändras?</translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>Version %1 sparades.</translation>
    </message>
    <message>
        <source>Version %1 was submitted for approval.</source>
        <translation>Version %1 skickades för godkännande.</translation>
    </message>
    <message>
        <source>Version %1 is approved.</source>
        <translation>Version %1 är godkänd.</translation>
    </message>
    <message>
        <source>Version %1 was sent back for changes.</source>
        <translation>Version %1 skickades tillbaka för ändringar.</translation>
    </message>
    <message>
        <source>Kept safe (not yet saved as a version).</source>
        <translation>Säkrat (ännu inte sparat som version).</translation>
    </message>
    <message>
        <source>Not kept yet: %1 Your typing stays here.</source>
        <translation>Inte sparat än: %1 Det du skrivit finns kvar här.</translation>
    </message>
</context>
<context>
    <name>PlanningTab</name>
    <message>
        <source>Agency</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Namn (frivilligt)</translation>
    </message>
    <message>
        <source>&amp;Plan the interview</source>
        <translation>&amp;Planera förhöret</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Spara ändringar</translation>
    </message>
    <message>
        <source>This child already had a forensic interview here (%1).</source>
        <translation>Barnet har redan haft ett barnförhör här (%1).</translation>
    </message>
    <message>
        <source>This child already had a forensic interview elsewhere.</source>
        <translation>Barnet har redan haft ett barnförhör på annat ställe.</translation>
    </message>
    <message>
        <source>One interview is the rule; a further one is the exception. Record why it is needed: the interview cannot start without a reason.</source>
        <translation>Ett förhör är regeln; ett till är undantaget. Ange varför det behövs: förhöret kan inte starta utan ett skäl.</translation>
    </message>
    <message>
        <source>Reason recorded: %1</source>
        <translation>Registrerat skäl: %1</translation>
    </message>
</context>
<context>
    <name>PlanningTabForm</name>
    <message>
        <source>Planning</source>
        <translation>Planering</translation>
    </message>
    <message>
        <source>Planning form</source>
        <translation>Planeringsformulär</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>När och var</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum och tid:</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum och tid</translation>
    </message>
    <message>
        <source>Enter the date and time of the interview.</source>
        <translation>Ange datum och tid för förhöret.</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Rum:</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rum</translation>
    </message>
    <message>
        <source>Choose the room for the interview.</source>
        <translation>Välj rum för förhöret.</translation>
    </message>
    <message>
        <source>Intervie&amp;wer:</source>
        <translation>Förhörs&amp;ledare:</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Förhörsledare</translation>
    </message>
    <message>
        <source>Choose who will lead the interview.</source>
        <translation>Välj vem som ska leda förhöret.</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>Pro&amp;tokoll:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Choose the interview protocol to follow.</source>
        <translation>Välj det förhörsprotokoll som ska följas.</translation>
    </message>
    <message>
        <source>Recording r&amp;eference:</source>
        <translation>Inspelningsr&amp;eferens:</translation>
    </message>
    <message>
        <source>Recording reference</source>
        <translation>Inspelningsreferens</translation>
    </message>
    <message>
        <source>Enter the reference of the video recording.</source>
        <translation>Ange referensen till videoinspelningen.</translation>
    </message>
    <message>
        <source>Reference of the video recording</source>
        <translation>Referens till videoinspelningen</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>Barnet</translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation>&amp;Åldersgrupp:</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <source>Choose the child&apos;s age band.</source>
        <translation>Välj barnets åldersgrupp.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Choose the language of the interview.</source>
        <translation>Välj förhörets språk.</translation>
    </message>
    <message>
        <source>Which lan&amp;guage:</source>
        <translation>&amp;Vilket språk:</translation>
    </message>
    <message>
        <source>Which language</source>
        <translation>Vilket språk</translation>
    </message>
    <message>
        <source>Enter the language if it is not in the list.</source>
        <translation>Ange språket om det inte finns i listan.</translation>
    </message>
    <message>
        <source>Special &amp;needs:</source>
        <translation>Särskilda &amp;behov:</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>Särskilda behov</translation>
    </message>
    <message>
        <source>Describe any special needs the child has.</source>
        <translation>Beskriv barnets eventuella särskilda behov.</translation>
    </message>
    <message>
        <source>Already had a forensic interview that is not in this store</source>
        <translation>Har redan haft ett barnförhör som inte finns i det här arkivet</translation>
    </message>
    <message>
        <source>Tick if the child had a forensic interview that is not recorded here.</source>
        <translation>Kryssa i om barnet har haft ett barnförhör som inte är registrerat här.</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Observatörer</translation>
    </message>
    <message>
        <source>Tick each agency that will watch; names are optional.</source>
        <translation>Kryssa för varje myndighet som ska följa förhöret; namn är frivilliga.</translation>
    </message>
    <message>
        <source>How to choose observers</source>
        <translation>Så väljer du observatörer</translation>
    </message>
    <message>
        <source>Observers by agency</source>
        <translation>Observatörer per myndighet</translation>
    </message>
    <message>
        <source>Tick each agency that will watch and enter a name if you wish.</source>
        <translation>Kryssa för varje myndighet som ska följa förhöret och ange gärna ett namn.</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Behöver tolk</translation>
    </message>
    <message>
        <source>Tick if the child needs an interpreter.</source>
        <translation>Kryssa i om barnet behöver tolk.</translation>
    </message>
    <message>
        <source>Interpreter &amp;needed</source>
        <translation>Tolk be&amp;hövs</translation>
    </message>
    <message>
        <source>Interpreter&apos;s &amp;language:</source>
        <translation>Tolkens s&amp;pråk:</translation>
    </message>
    <message>
        <source>Interpreter&apos;s language</source>
        <translation>Tolkens språk</translation>
    </message>
    <message>
        <source>Enter the language the interpreter will use.</source>
        <translation>Ange vilket språk tolken ska använda.</translation>
    </message>
    <message>
        <source>Interpreter&apos;s na&amp;me:</source>
        <translation>Tolkens na&amp;mn:</translation>
    </message>
    <message>
        <source>Interpreter&apos;s name</source>
        <translation>Tolkens namn</translation>
    </message>
    <message>
        <source>Enter the interpreter&apos;s name.</source>
        <translation>Ange tolkens namn.</translation>
    </message>
    <message>
        <source>Interpreter has been briefed on the protocol</source>
        <translation>Tolken har fått information om protokollet</translation>
    </message>
    <message>
        <source>Tick once the interpreter has been briefed on the protocol.</source>
        <translation>Kryssa i när tolken har fått information om protokollet.</translation>
    </message>
    <message>
        <source>Interpreter has been &amp;briefed on the protocol</source>
        <translation>Tolken har fått &amp;information om protokollet</translation>
    </message>
    <message>
        <source>One interview</source>
        <translation>Ett förhör</translation>
    </message>
    <message>
        <source>Earlier forensic interviews</source>
        <translation>Tidigare barnförhör</translation>
    </message>
    <message>
        <source>&amp;Why a further interview is needed:</source>
        <translation>Var&amp;för ett till förhör behövs:</translation>
    </message>
    <message>
        <source>Why a further interview is needed</source>
        <translation>Varför ett till förhör behövs</translation>
    </message>
    <message>
        <source>Explain why the child needs a further interview.</source>
        <translation>Förklara varför barnet behöver ett till förhör.</translation>
    </message>
    <message>
        <source>Record the rea&amp;son</source>
        <translation>Registrera s&amp;kälet</translation>
    </message>
    <message>
        <source>Record the reason</source>
        <translation>Registrera skälet</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>Sp&amp;ara planen</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Spara planen</translation>
    </message>
    <message>
        <source>Cancel, with the reas&amp;on:</source>
        <translation>St&amp;äll in, med skälet:</translation>
    </message>
    <message>
        <source>Cancel, with the reason</source>
        <translation>Ställ in, med skälet</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Skäl för att ställa in</translation>
    </message>
    <message>
        <source>Enter why the interview is cancelled.</source>
        <translation>Ange varför förhöret ställs in.</translation>
    </message>
    <message>
        <source>Cancel interview</source>
        <translation>Ställ in förhöret</translation>
    </message>
</context>
<context>
    <name>PreparationTab</name>
    <message>
        <source>Choose the answer to: %1</source>
        <translation>Välj svaret på: %1</translation>
    </message>
    <message>
        <source>This computer has no voice for %1, so read-aloud is off: read the steps to the child or ask the interpreter.</source>
        <translation>Den här datorn har ingen röst för %1, så uppläsningen är avstängd: läs stegen för barnet eller be tolken.</translation>
    </message>
    <message>
        <source>Not ready yet: %1.</source>
        <translation>Inte redo än: %1.</translation>
    </message>
    <message>
        <source>The child is ready.</source>
        <translation>Barnet är redo.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Inte kontrollerat än.</translation>
    </message>
    <message>
        <source>Feelings check: %1</source>
        <translation>Hur barnet mår: %1</translation>
    </message>
    <message>
        <source>The child screen is open on %1.</source>
        <translation>Barnskärmen är öppen på %1.</translation>
    </message>
    <message>
        <source>The child screen is closed.</source>
        <translation>Barnskärmen är stängd.</translation>
    </message>
    <message>
        <source>Choose a step, then show it on the child screen.</source>
        <translation>Välj ett steg och visa det sedan på barnskärmen.</translation>
    </message>
</context>
<context>
    <name>PreparationTabForm</name>
    <message>
        <source>Preparation</source>
        <translation>Förberedelse</translation>
    </message>
    <message>
        <source>Readiness on the day</source>
        <translation>Beredskap på dagen</translation>
    </message>
    <message>
        <source>Ask the child and the support person before preparation starts.</source>
        <translation>Fråga barnet och stödpersonen innan förberedelsen börjar.</translation>
    </message>
    <message>
        <source>About the readiness check</source>
        <translation>Om kontrollen av beredskap</translation>
    </message>
    <message>
        <source>Readiness questions</source>
        <translation>Frågor om beredskap</translation>
    </message>
    <message>
        <source>Record &amp;readiness</source>
        <translation>Registrera &amp;beredskap</translation>
    </message>
    <message>
        <source>Record readiness</source>
        <translation>Registrera beredskap</translation>
    </message>
    <message>
        <source>Readiness result</source>
        <translation>Resultat av beredskapskontrollen</translation>
    </message>
    <message>
        <source>Child screen</source>
        <translation>Barnskärm</translation>
    </message>
    <message>
        <source>&amp;Open child screen</source>
        <translation>Ö&amp;ppna barnskärmen</translation>
    </message>
    <message>
        <source>Open child screen</source>
        <translation>Öppna barnskärmen</translation>
    </message>
    <message>
        <source>&amp;Close child screen</source>
        <translation>S&amp;täng barnskärmen</translation>
    </message>
    <message>
        <source>Close child screen</source>
        <translation>Stäng barnskärmen</translation>
    </message>
    <message>
        <source>&amp;Full screen on the second monitor</source>
        <translation>&amp;Helskärm på den andra skärmen</translation>
    </message>
    <message>
        <source>Full screen on the second monitor</source>
        <translation>Helskärm på den andra skärmen</translation>
    </message>
    <message>
        <source>Where the child screen is</source>
        <translation>Var barnskärmen visas</translation>
    </message>
    <message>
        <source>Warnings about the child texts</source>
        <translation>Varningar om barntexterna</translation>
    </message>
    <message>
        <source>3,2</source>
        <translation>3,2</translation>
    </message>
    <message>
        <source>Preparation steps</source>
        <translation>Förberedelsesteg</translation>
    </message>
    <message>
        <source>S&amp;teps for this child:</source>
        <translation>St&amp;eg för det här barnet:</translation>
    </message>
    <message>
        <source>Steps for this child</source>
        <translation>Steg för det här barnet</translation>
    </message>
    <message>
        <source>Choose a preparation step to show on the child screen.</source>
        <translation>Välj ett förberedelsesteg att visa på barnskärmen.</translation>
    </message>
    <message>
        <source>What to say at this step</source>
        <translation>Vad du säger i det här steget</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Föregående</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Nästa steg</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>&amp;Show selected</source>
        <translation>&amp;Visa valt</translation>
    </message>
    <message>
        <source>Show selected</source>
        <translation>Visa valt</translation>
    </message>
    <message>
        <source>&amp;Welcome screen</source>
        <translation>Väl&amp;komstskärm</translation>
    </message>
    <message>
        <source>Welcome screen</source>
        <translation>Välkomstskärm</translation>
    </message>
    <message>
        <source>Practice:</source>
        <translation>Övning:</translation>
    </message>
    <message>
        <source>Practice result</source>
        <translation>Övningens resultat</translation>
    </message>
    <message>
        <source>&amp;Understood</source>
        <translation>För&amp;stått</translation>
    </message>
    <message>
        <source>Practice understood</source>
        <translation>Övningen förstods</translation>
    </message>
    <message>
        <source>Needs another tr&amp;y</source>
        <translation>Behöver försöka &amp;igen</translation>
    </message>
    <message>
        <source>Practice needs another try</source>
        <translation>Övningen behöver göras en gång till</translation>
    </message>
    <message>
        <source>Feelings the child chose</source>
        <translation>Känslor som barnet valde</translation>
    </message>
    <message>
        <source>What the child sees now</source>
        <translation>Vad barnet ser nu</translation>
    </message>
    <message>
        <source>Picture on the child screen</source>
        <translation>Bild på barnskärmen</translation>
    </message>
    <message>
        <source>Title on the child screen</source>
        <translation>Rubrik på barnskärmen</translation>
    </message>
    <message>
        <source>Words on the child screen</source>
        <translation>Ord på barnskärmen</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Print the life project</source>
        <translation>Skriv ut livsprojektet</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Stäng förhandsgranskningen</translation>
    </message>
    <message>
        <source>Professionals (the full plan)</source>
        <translation>Yrkespersoner (hela planen)</translation>
    </message>
    <message>
        <source>The child (their version, no risks)</source>
        <translation>Barnet (barnets version, utan risker)</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Förbereder förhandsgranskningen…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n sida.</numerusform>
            <numerusform>%n sidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no child text in &apos;%1&apos; yet, so this is in English: read it with the child in their language.</source>
        <translation>Det finns ingen barntext på &apos;%1&apos; än, så detta är på engelska: läs det tillsammans med barnet på barnets språk.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n sida skickades till skrivaren.</numerusform>
            <numerusform>%n sidor skickades till skrivaren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>You can read this profile.</source>
        <translation>Du kan läsa den här profilen.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>någon</translation>
    </message>
    <message>
        <source>Unsaved changes typed by %1 at %2 were restored. Save them, or discard them to go back to the last saved version.</source>
        <translation>Osparade ändringar som %1 skrev %2 återställdes. Spara dem, eller ta bort dem för att gå tillbaka till den senast sparade versionen.</translation>
    </message>
    <message>
        <source>Typing is kept automatically. Save makes a new version.</source>
        <translation>Det du skriver säkras automatiskt. Spara gör en ny version.</translation>
    </message>
    <message>
        <source>No guardian is recorded. A child without a parent or carer here must get a temporary guardian at once: tell the coordinator, and record the guardian here.</source>
        <translation>Ingen god man är registrerad. Ett barn utan förälder eller vårdnadshavare här måste genast få en tillfällig god man: säg till samordnaren och registrera den gode mannen här.</translation>
    </message>
    <message>
        <source>The age is not certain, so the child is treated as a child until an age assessment shows otherwise (presumption of minority).</source>
        <translation>Åldern är inte säker, så barnet behandlas som barn tills en åldersbedömning visar något annat (presumtion om minderårighet).</translation>
    </message>
    <message>
        <source>By the date of birth this person is %1. Keep &apos;presumed to be a child&apos; ticked while the age is being assessed.</source>
        <translation>Enligt födelsedatumet är personen %1. Låt &apos;Antas vara barn&apos; vara ikryssat medan åldern bedöms.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix before saving; they are marked in red.</source>
        <translation>
            <numerusform>%n sak att rätta innan du sparar; den är markerad med rött.</numerusform>
            <numerusform>%n saker att rätta innan du sparar; de är markerade med rött.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Sparat som version %1.</translation>
    </message>
    <message>
        <source>Kept safe (not yet saved as a version).</source>
        <translation>Säkrat (ännu inte sparat som version).</translation>
    </message>
    <message>
        <source>Not kept yet: %1 Your typing stays here and is tried again.</source>
        <translation>Inte säkrat än: %1 Det du skrev finns kvar här och försöks igen.</translation>
    </message>
    <message>
        <source>Child&apos;s profile</source>
        <translation>Barnets profil</translation>
    </message>
    <message>
        <source>Unsaved changes restored</source>
        <translation>Osparade ändringar återställda</translation>
    </message>
    <message>
        <source>Guardian warning</source>
        <translation>Varning om god man</translation>
    </message>
    <message>
        <source>About the child&apos;s age</source>
        <translation>Om barnets ålder</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Problem att rätta</translation>
    </message>
    <message>
        <source>Profile fields</source>
        <translation>Profilens fält</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>Sparläge</translation>
    </message>
    <message>
        <source>&amp;Discard unsaved changes</source>
        <translation>Ta &amp;bort osparade ändringar</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>Ta bort osparade ändringar</translation>
    </message>
    <message>
        <source>Goes back to the last saved version.</source>
        <translation>Går tillbaka till den senast sparade versionen.</translation>
    </message>
    <message>
        <source>&amp;Save the profile</source>
        <translation>&amp;Spara profilen</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Spara profilen</translation>
    </message>
    <message>
        <source>Saves a new version (Ctrl+S).</source>
        <translation>Sparar en ny version (Ctrl+S).</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <source>Who the child is</source>
        <translation>Vem barnet är</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Languages and interpreter</source>
        <translation>Språk och tolk</translation>
    </message>
    <message>
        <source>Guardian and legal status</source>
        <translation>God man och rättslig ställning</translation>
    </message>
    <message>
        <source>Placement and safe accommodation</source>
        <translation>Placering och skyddat boende</translation>
    </message>
    <message>
        <source>More details</source>
        <translation>Fler uppgifter</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>Child&apos;s profile</source>
        <translation>Barnets profil</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Uppgift</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Arkiv: %1</translation>
    </message>
    <message>
        <source>Barnahus Desk recovery key</source>
        <translation>Återställningsnyckel för Barnahus Desk</translation>
    </message>
    <message>
        <source>Keep this page in the centre&apos;s safe. With it an administrator can give colleagues access again when no passphrase that opens the records is left.</source>
        <translation>Förvara det här bladet i centrets kassaskåp. Med det kan en administratör ge kollegor åtkomst igen när ingen lösenfras som öppnar uppgifterna finns kvar.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Skriv ut återställningsnyckeln</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Inget skrevs ut.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Skickat till skrivaren.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Din återställningsnyckel</translation>
    </message>
    <message>
        <source>If every passphrase that can open the records is lost, this key is the only way back in. It is shown only this once. Print it or write it down now and keep it in the centre&apos;s safe. Anyone with this key and the store can read everything, so never keep it on the computer.</source>
        <translation>Om alla lösenfraser som kan öppna uppgifterna går förlorade är den här nyckeln enda vägen tillbaka. Den visas bara den här gången. Skriv ut den eller skriv ner den nu och förvara den i centrets kassaskåp. Den som har nyckeln och arkivet kan läsa allt, så spara den aldrig på datorn.</translation>
    </message>
    <message>
        <source>What the recovery key is for</source>
        <translation>Vad återställningsnyckeln är till för</translation>
    </message>
    <message>
        <source>The recovery key</source>
        <translation>Återställningsnyckeln</translation>
    </message>
    <message>
        <source>56 letters and digits in 8 groups.</source>
        <translation>56 bokstäver och siffror i 8 grupper.</translation>
    </message>
    <message>
        <source>&amp;Print the key…</source>
        <translation>&amp;Skriv ut nyckeln…</translation>
    </message>
    <message>
        <source>Choose a printer; nothing is saved on the computer.</source>
        <translation>Välj en skrivare; inget sparas på datorn.</translation>
    </message>
    <message>
        <source>Printing status</source>
        <translation>Utskriftsläge</translation>
    </message>
    <message>
        <source>I have printed or &amp;written down the key and will keep it safe</source>
        <translation>Jag har skrivit ut eller skrivit &amp;ner nyckeln och förvarar den säkert</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>Jag har skrivit ut eller skrivit ner återställningsnyckeln</translation>
    </message>
    <message>
        <source>Tick this to continue.</source>
        <translation>Kryssa i detta för att fortsätta.</translation>
    </message>
    <message>
        <source>C&amp;ontinue to sign in</source>
        <translation>&amp;Fortsätt till inloggning</translation>
    </message>
    <message>
        <source>Continue to sign in</source>
        <translation>Fortsätt till inloggning</translation>
    </message>
    <message>
        <source>The key disappears from the screen.</source>
        <translation>Nyckeln försvinner från skärmen.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Välj säkerhetskopian</translation>
    </message>
    <message>
        <source>Barnahus backups (*.bhbackup);;All files (*)</source>
        <translation>Säkerhetskopior från Barnahus (*.bhbackup);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Where should the restored store go?</source>
        <translation>Var ska det återställda arkivet sparas?</translation>
    </message>
    <message>
        <source>Stores (*.sqlite3)</source>
        <translation>Arkiv (*.sqlite3)</translation>
    </message>
    <message>
        <source>Fill in all four fields.</source>
        <translation>Fyll i alla fyra fälten.</translation>
    </message>
    <message>
        <source>The backup becomes a new store in a new file; the store you are using now is not changed. Sign in with an account and the passphrase it had when the backup was made.</source>
        <translation>Säkerhetskopian blir ett nytt arkiv i en ny fil; arkivet du använder nu ändras inte. Logga in med ett konto och den lösenfras det hade när säkerhetskopian gjordes.</translation>
    </message>
    <message>
        <source>How restoring works</source>
        <translation>Så fungerar återställning</translation>
    </message>
    <message>
        <source>&amp;Backup file</source>
        <translation>&amp;Säkerhetskopia</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>The .bhbackup file to restore from.</source>
        <translation>Filen (.bhbackup) som ska återställas.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>New &amp;store file</source>
        <translation>Ny &amp;arkivfil</translation>
    </message>
    <message>
        <source>New store file</source>
        <translation>Ny arkivfil</translation>
    </message>
    <message>
        <source>Where the restored store is written; must not exist yet.</source>
        <translation>Där det återställda arkivet skrivs; får inte finnas än.</translation>
    </message>
    <message>
        <source>Choose where to write the restored store</source>
        <translation>Välj var det återställda arkivet ska skrivas</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Account name in the backup</source>
        <translation>Kontonamn i säkerhetskopian</translation>
    </message>
    <message>
        <source>An account that was active when the backup was made.</source>
        <translation>Ett konto som var aktivt när säkerhetskopian gjordes.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <source>Passphrase of that account</source>
        <translation>Kontots lösenfras</translation>
    </message>
    <message>
        <source>The passphrase the account had when the backup was made.</source>
        <translation>Lösenfrasen som kontot hade när säkerhetskopian gjordes.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Återställningens förlopp</translation>
    </message>
    <message>
        <source>Restore or cancel</source>
        <translation>Återställ eller avbryt</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Förhörsledare</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psykolog</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>The roles of %1 did not change.</source>
        <translation>Rollerna för %1 ändrades inte.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 är nu %2.</translation>
    </message>
    <message>
        <source>A colleague who holds %1 must give access before they can read them.</source>
        <translation>En kollega som har nycklarna till %1 måste ge åtkomst innan hen kan läsa dem.</translation>
    </message>
    <message>
        <source>Their keys to %1 were deleted; a session already open keeps them until it locks or signs out.</source>
        <translation>Nycklarna till %1 har raderats; en session som redan är öppen behåller dem tills den låses eller loggas ut.</translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation>Ändra roller</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Roller för %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save the roles</source>
        <translation>Spara rollerna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Tick or untick roles; nothing has changed yet.</source>
        <translation>Kryssa i eller ur roller; inget har ändrats än.</translation>
    </message>
    <message>
        <source>Will wait for a grant: %1.</source>
        <translation>Kommer att vänta på åtkomst: %1.</translation>
    </message>
    <message>
        <source>Keys that will be deleted: %1.</source>
        <translation>Nycklar som kommer att raderas: %1.</translation>
    </message>
    <message>
        <source>No keys are added or deleted.</source>
        <translation>Inga nycklar läggs till eller raderas.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Kryssa i minst en roll.</translation>
    </message>
    <message>
        <source>Roles decide which keys a colleague is offered, not what they can read. A role you add grants nothing yet: a colleague who holds its keys, or you with the recovery key, must give access. When you remove a role, the keys that only that role needed are deleted; a session that is already open keeps them until it locks or signs out.</source>
        <translation>Roller avgör vilka nycklar en kollega erbjuds, inte vad hen kan läsa. En roll som du lägger till ger ingen åtkomst ännu: en kollega som har rollens nycklar, eller du med återställningsnyckeln, måste ge åtkomst. När du tar bort en roll raderas de nycklar som bara den rollen behövde; en session som redan är öppen behåller dem tills den låses eller loggas ut.</translation>
    </message>
    <message>
        <source>How changing roles works</source>
        <translation>Så fungerar ändring av roller</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Samordnare</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>Manages cases and interview schedules, approves and prints plans.</source>
        <translation>Hanterar ärenden och förhörstider, godkänner och skriver ut planer.</translation>
    </message>
    <message>
        <source>&amp;Interviewer</source>
        <translation>&amp;Förhörsledare</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Förhörsledare</translation>
    </message>
    <message>
        <source>Prepares the child and runs the interview.</source>
        <translation>Förbereder barnet och håller i förhöret.</translation>
    </message>
    <message>
        <source>&amp;Psychologist</source>
        <translation>&amp;Psykolog</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psykolog</translation>
    </message>
    <message>
        <source>Writes and revises the care plan.</source>
        <translation>Skriver och reviderar vårdplanen.</translation>
    </message>
    <message>
        <source>A&amp;dministrator</source>
        <translation>A&amp;dministratör</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>Manages accounts and backups; reads no case.</source>
        <translation>Hanterar konton och säkerhetskopior; läser inga ärenden.</translation>
    </message>
    <message>
        <source>What saving would change</source>
        <translation>Vad som ändras när du sparar</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Saving the roles</source>
        <translation>Sparar rollerna</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Spara eller avbryt</translation>
    </message>
</context>
<context>
    <name>RunningTab</name>
    <message>
        <source>Mark: %1</source>
        <translation>Markera: %1</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Klocka</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Write the recorder&apos;s time as h:mm:ss, e.g. 0:00:42.</source>
        <translation>Skriv inspelningens tid som h:mm:ss, t.ex. 0:00:42.</translation>
    </message>
    <message>
        <source>Open alternative: %1</source>
        <translation>Öppet alternativ: %1</translation>
    </message>
    <message>
        <source>Open prompts: %1 % of %2 prompts.</source>
        <translation>Öppna uppmaningar: %1 % av %2 uppmaningar.</translation>
    </message>
    <message>
        <source>No questions logged yet.</source>
        <translation>Inga frågor loggade än.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Inte startat.</translation>
    </message>
    <message>
        <source>Recording %1</source>
        <translation>Inspelning %1</translation>
    </message>
    <message>
        <source>On a break (%1): %2</source>
        <translation>Paus (%1): %2</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Pågår: %1</translation>
    </message>
    <message>
        <source>Ended.</source>
        <translation>Avslutat.</translation>
    </message>
</context>
<context>
    <name>RunningTabForm</name>
    <message>
        <source>Running the interview</source>
        <translation>Genomföra förhöret</translation>
    </message>
    <message>
        <source>0:00:00</source>
        <translation>0:00:00</translation>
    </message>
    <message>
        <source>Interview clock</source>
        <translation>Förhörsklocka</translation>
    </message>
    <message>
        <source>Recording time code</source>
        <translation>Inspelningens tidskod</translation>
    </message>
    <message>
        <source>Interview state</source>
        <translation>Förhörets läge</translation>
    </message>
    <message>
        <source>Recorder &amp;time now:</source>
        <translation>Inspelningens &amp;tid nu:</translation>
    </message>
    <message>
        <source>Recorder time now</source>
        <translation>Inspelningens tid nu</translation>
    </message>
    <message>
        <source>Enter the recorder&apos;s time now as h:mm:ss.</source>
        <translation>Ange inspelningens tid just nu som h:mm:ss.</translation>
    </message>
    <message>
        <source>0:00:42</source>
        <translation>0:00:42</translation>
    </message>
    <message>
        <source>S&amp;ync clock</source>
        <translation>S&amp;ynka klockan</translation>
    </message>
    <message>
        <source>Sync the clock with the recording</source>
        <translation>Synka klockan med inspelningen</translation>
    </message>
    <message>
        <source>&amp;Start interview</source>
        <translation>&amp;Starta förhöret</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Starta förhöret</translation>
    </message>
    <message>
        <source>&amp;End interview</source>
        <translation>&amp;Avsluta förhöret</translation>
    </message>
    <message>
        <source>End interview</source>
        <translation>Avsluta förhöret</translation>
    </message>
    <message>
        <source>1,3</source>
        <translation>1,3</translation>
    </message>
    <message>
        <source>P&amp;hases:</source>
        <translation>&amp;Faser:</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Choose the phase of the interview.</source>
        <translation>Välj förhörets fas.</translation>
    </message>
    <message>
        <source>&amp;Go to this phase</source>
        <translation>&amp;Gå till den här fasen</translation>
    </message>
    <message>
        <source>Go to this phase</source>
        <translation>Gå till den här fasen</translation>
    </message>
    <message>
        <source>Prompts for the phase</source>
        <translation>Uppmaningar för fasen</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pauser</translation>
    </message>
    <message>
        <source>Break rea&amp;son:</source>
        <translation>Pausens s&amp;käl:</translation>
    </message>
    <message>
        <source>Break reason</source>
        <translation>Skäl till paus</translation>
    </message>
    <message>
        <source>Choose why the break is taken.</source>
        <translation>Välj varför pausen tas.</translation>
    </message>
    <message>
        <source>Take a &amp;break</source>
        <translation>Ta en &amp;paus</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Ta en paus</translation>
    </message>
    <message>
        <source>End brea&amp;k</source>
        <translation>Avsluta pa&amp;usen</translation>
    </message>
    <message>
        <source>End break</source>
        <translation>Avsluta pausen</translation>
    </message>
    <message>
        <source>Breaks so far</source>
        <translation>Pauser hittills</translation>
    </message>
    <message>
        <source>3,2</source>
        <translation>3,2</translation>
    </message>
    <message>
        <source>Questions as the interviewer asks them</source>
        <translation>Frågor så som förhörsledaren ställer dem</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>F&amp;råga:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Question as asked</source>
        <translation>Frågan som den ställdes</translation>
    </message>
    <message>
        <source>Type the question as it was asked, then press Enter.</source>
        <translation>Skriv frågan som den ställdes och tryck sedan Enter.</translation>
    </message>
    <message>
        <source>Type the question as it was asked, then Enter</source>
        <translation>Skriv frågan som den ställdes och tryck sedan Enter</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Logga</translation>
    </message>
    <message>
        <source>Log the question</source>
        <translation>Logga frågan</translation>
    </message>
    <message>
        <source>Coaching for the question</source>
        <translation>Vägledning för frågan</translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation>Ställda frågor</translation>
    </message>
    <message>
        <source>Questions asked so far, with their time and type.</source>
        <translation>Frågor som ställts hittills, med tid och typ.</translation>
    </message>
    <message>
        <source>Question counts</source>
        <translation>Antal frågor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Type a note about the interview.</source>
        <translation>Skriv en anteckning om förhöret.</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>Lägg till ant&amp;eckning</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <source>Notes so far</source>
        <translation>Anteckningar hittills</translation>
    </message>
    <message>
        <source>Notes written so far, with their time.</source>
        <translation>Anteckningar hittills, med tid.</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Markeringar</translation>
    </message>
    <message>
        <source>Marker note (optiona&amp;l):</source>
        <translation>Anteckning till markering (fri&amp;villig):</translation>
    </message>
    <message>
        <source>Marker note (optional)</source>
        <translation>Anteckning till markering (frivillig)</translation>
    </message>
    <message>
        <source>Marker note</source>
        <translation>Anteckning till markering</translation>
    </message>
    <message>
        <source>Type a short note for the next marker, if you wish.</source>
        <translation>Skriv gärna en kort anteckning till nästa markering.</translation>
    </message>
    <message>
        <source>Marker buttons</source>
        <translation>Markeringsknappar</translation>
    </message>
    <message>
        <source>Markers so far</source>
        <translation>Markeringar hittills</translation>
    </message>
    <message>
        <source>Markers set so far, with their time.</source>
        <translation>Markeringar hittills, med tid.</translation>
    </message>
</context>
<context>
    <name>ServiceMessage</name>
    <message>
        <source>The account name or passphrase is not right.</source>
        <translation>Kontonamnet eller lösenfrasen stämmer inte.</translation>
    </message>
    <message>
        <source>This account is disabled; ask an administrator.</source>
        <translation>Kontot är inaktiverat; fråga en administratör.</translation>
    </message>
    <message>
        <source>This account&apos;s key protection is weaker than allowed, so it was refused; an administrator must reset it with the recovery key.</source>
        <translation>Kontots nyckelskydd är svagare än tillåtet och nekades därför; en administratör måste återställa det med återställningsnyckeln.</translation>
    </message>
    <message>
        <source>This account&apos;s key slot is damaged; an administrator can restore it from a backup or reset it with the recovery key.</source>
        <translation>Kontots nyckelplats är skadad; en administratör kan återställa den från en säkerhetskopia eller med återställningsnyckeln.</translation>
    </message>
    <message>
        <source>The passphrase must be at least 10 characters; a few words work well.</source>
        <translation>Lösenfrasen måste ha minst 10 tecken; några ord fungerar bra.</translation>
    </message>
    <message>
        <source>That passphrase is on a list of common passwords; choose another.</source>
        <translation>Den lösenfrasen finns på en lista över vanliga lösenord; välj en annan.</translation>
    </message>
    <message>
        <source>The passphrase must not be the account name.</source>
        <translation>Lösenfrasen får inte vara kontonamnet.</translation>
    </message>
    <message>
        <source>The passphrase repeats too few characters; choose another.</source>
        <translation>Lösenfrasen har för få olika tecken; välj en annan.</translation>
    </message>
    <message>
        <source>Account names use lower-case letters, digits, dots, dashes or underscores (2 to 64 characters).</source>
        <translation>Kontonamn består av små bokstäver, siffror, punkter, bindestreck eller understreck (2 till 64 tecken).</translation>
    </message>
    <message>
        <source>An account with that name already exists.</source>
        <translation>Det finns redan ett konto med det namnet.</translation>
    </message>
    <message>
        <source>Give an account at least one role.</source>
        <translation>Ge kontot minst en roll.</translation>
    </message>
    <message>
        <source>There is no active account with that name.</source>
        <translation>Det finns inget aktivt konto med det namnet.</translation>
    </message>
    <message>
        <source>There is no account with that name.</source>
        <translation>Det finns inget konto med det namnet.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Du kan inte inaktivera ditt eget konto.</translation>
    </message>
    <message>
        <source>That account is disabled; its roles cannot be changed.</source>
        <translation>Kontot är inaktiverat; dess roller kan inte ändras.</translation>
    </message>
    <message>
        <source>The store needs at least one administrator; make another account administrator first.</source>
        <translation>Arkivet behöver minst en administratör; gör först ett annat konto till administratör.</translation>
    </message>
    <message>
        <source>You cannot remove your own administrator role; ask another administrator.</source>
        <translation>Du kan inte ta bort din egen administratörsroll; be en annan administratör.</translation>
    </message>
    <message>
        <source>That recovery key does not belong to this store.</source>
        <translation>Den återställningsnyckeln hör inte till det här arkivet.</translation>
    </message>
    <message>
        <source>A store already exists at that location; choose another path.</source>
        <translation>Det finns redan ett arkiv där; välj en annan plats.</translation>
    </message>
    <message>
        <source>That file is not a Barnahus Desk store.</source>
        <translation>Filen är inte ett arkiv från Barnahus Desk.</translation>
    </message>
    <message>
        <source>The store file is damaged or is not a Barnahus Desk store.</source>
        <translation>Arkivfilen är skadad eller är inte ett arkiv från Barnahus Desk.</translation>
    </message>
    <message>
        <source>The store is busy in another program; nothing was lost, please try again.</source>
        <translation>Arkivet används av ett annat program; inget gick förlorat, försök igen.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change could not be saved; free some space and save again.</source>
        <translation>Disken är full, så den senaste ändringen kunde inte sparas; frigör utrymme och spara igen.</translation>
    </message>
    <message>
        <source>The store cannot be written: it is read-only.</source>
        <translation>Det går inte att skriva i arkivet: det är skrivskyddat.</translation>
    </message>
    <message>
        <source>The store could not be reached.</source>
        <translation>Arkivet gick inte att nå.</translation>
    </message>
    <message>
        <source>The workspace is locked; sign in again.</source>
        <translation>Arbetsytan är låst; logga in igen.</translation>
    </message>
    <message>
        <source>Only the person who locked the workspace can unlock it.</source>
        <translation>Bara den som låste arbetsytan kan låsa upp den.</translation>
    </message>
    <message>
        <source>A case number uses letters, digits and - _ . / (up to 40).</source>
        <translation>Ett ärendenummer består av bokstäver, siffror och - _ . / (högst 40).</translation>
    </message>
    <message>
        <source>A case with that number already exists.</source>
        <translation>Det finns redan ett ärende med det numret.</translation>
    </message>
    <message>
        <source>There is no case with that number.</source>
        <translation>Det finns inget ärende med det numret.</translation>
    </message>
    <message>
        <source>Give the child a pseudonym; it is shown instead of their name.</source>
        <translation>Ge barnet en pseudonym; den visas i stället för namnet.</translation>
    </message>
    <message>
        <source>There is nothing new to save.</source>
        <translation>Det finns inget nytt att spara.</translation>
    </message>
    <message>
        <source>The key of this case is damaged.</source>
        <translation>Ärendets nyckel är skadad.</translation>
    </message>
    <message>
        <source>The backup file is damaged.</source>
        <translation>Säkerhetskopian är skadad.</translation>
    </message>
    <message>
        <source>That file is not a Barnahus Desk backup.</source>
        <translation>Filen är inte en säkerhetskopia från Barnahus Desk.</translation>
    </message>
    <message>
        <source>That backup was made by a newer version of Barnahus Desk.</source>
        <translation>Säkerhetskopian gjordes av en nyare version av Barnahus Desk.</translation>
    </message>
    <message>
        <source>The backup file could not be read.</source>
        <translation>Säkerhetskopian gick inte att läsa.</translation>
    </message>
    <message>
        <source>The backup file could not be written there.</source>
        <translation>Säkerhetskopian gick inte att skriva där.</translation>
    </message>
    <message>
        <source>The folder for the backup file does not exist.</source>
        <translation>Mappen för säkerhetskopian finns inte.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the store itself; choose another file.</source>
        <translation>En säkerhetskopia kan inte skrivas över själva arkivet; välj en annan fil.</translation>
    </message>
    <message>
        <source>Back up a server database with the database server&apos;s own tools.</source>
        <translation>Säkerhetskopiera en serverdatabas med databasserverns egna verktyg.</translation>
    </message>
    <message>
        <source>A file already exists where the store would go; choose another path.</source>
        <translation>Det finns redan en fil där arkivet skulle hamna; välj en annan plats.</translation>
    </message>
    <message>
        <source>The folder for the restored store does not exist.</source>
        <translation>Mappen för det återställda arkivet finns inte.</translation>
    </message>
    <message>
        <source>The restored store could not be written there.</source>
        <translation>Det återställda arkivet gick inte att skriva där.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Inställningarna gick inte att spara.</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Något gick fel; detaljerna finns i loggen.</translation>
    </message>
    <message>
        <source>This case has no records of that kind yet.</source>
        <translation>Ärendet har inga sådana uppgifter än.</translation>
    </message>
    <message>
        <source>That record was removed; it can no longer be changed.</source>
        <translation>Uppgiften togs bort; den kan inte längre ändras.</translation>
    </message>
    <message>
        <source>Records can only be removed while their case is open.</source>
        <translation>Uppgifter kan bara tas bort medan ärendet är öppet.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait one second, then try again.</source>
        <translation>För många misslyckade försök. Vänta en sekund och försök sedan igen.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait %1 seconds, then try again.</source>
        <translation>För många misslyckade försök. Vänta %1 sekunder och försök sedan igen.</translation>
    </message>
    <message>
        <source>Record %1 is damaged and cannot be read; the rest is safe.</source>
        <translation>Uppgift %1 är skadad och kan inte läsas; resten är säkert.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Din roll tillåter inte detta.</translation>
    </message>
    <message>
        <source>Your account cannot open these records yet; ask a colleague who can to grant you access.</source>
        <translation>Ditt konto kan inte öppna de här uppgifterna än; be en kollega som kan att ge dig åtkomst.</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Opening the store…</source>
        <translation>Öppnar arkivet…</translation>
    </message>
    <message>
        <source>Typing not saved</source>
        <translation>Text inte sparad</translation>
    </message>
    <message>
        <source>Some typing could not be written to the store, so it would be lost. End the session anyway?</source>
        <translation>En del text kunde inte skrivas till arkivet och skulle gå förlorad. Avsluta sessionen ändå?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuter</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Spara inställningarna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Settings for this computer</source>
        <translation>Inställningar för den här datorn</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The language of the screens.</source>
        <translation>Språket på skärmarna.</translation>
    </message>
    <message>
        <source>A new language is used from the next time Barnahus Desk starts.</source>
        <translation>Ett nytt språk används från nästa gång Barnahus Desk startar.</translation>
    </message>
    <message>
        <source>About changing the language</source>
        <translation>Om att byta språk</translation>
    </message>
    <message>
        <source>Lock &amp;automatically after</source>
        <translation>Lås &amp;automatiskt efter</translation>
    </message>
    <message>
        <source>Minutes before the automatic lock</source>
        <translation>Minuter innan det automatiska låset</translation>
    </message>
    <message>
        <source>The workspace locks itself when nobody has used it for this many minutes.</source>
        <translation>Arbetsytan låser sig själv när ingen har använt den på så här många minuter.</translation>
    </message>
    <message>
        <source>Use &amp;high contrast (white on black)</source>
        <translation>Använd &amp;hög kontrast (vitt på svart)</translation>
    </message>
    <message>
        <source>Use high contrast</source>
        <translation>Använd hög kontrast</translation>
    </message>
    <message>
        <source>Also used when the system asks for more contrast.</source>
        <translation>Används också när systemet ber om mer kontrast.</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Spara eller avbryt</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Arkiv: %1</translation>
    </message>
    <message>
        <source>This is the DEMO centre: every child, person and place in it is invented. Do not type real case details here.</source>
        <translation>Det här är DEMO-centret: alla barn, personer och platser i det är påhittade. Skriv inte riktiga ärendeuppgifter här.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Skriv din lösenfras.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Arkiv</translation>
    </message>
    <message>
        <source>Demo store notice</source>
        <translation>Meddelande om demoarkiv</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Choose your account.</source>
        <translation>Välj ditt konto.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Type your passphrase and press Enter.</source>
        <translation>Skriv din lösenfras och tryck Enter.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Checking your passphrase… this takes a moment.</source>
        <translation>Kontrollerar din lösenfras… det tar en liten stund.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Checking the passphrase</source>
        <translation>Kontrollerar lösenfrasen</translation>
    </message>
    <message>
        <source>Language and &amp;settings…</source>
        <translation>Språk och inställ&amp;ningar…</translation>
    </message>
    <message>
        <source>Language and settings</source>
        <translation>Språk och inställningar</translation>
    </message>
    <message>
        <source>Choose the language, the lock time and the contrast.</source>
        <translation>Välj språk, låstid och kontrast.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Logga &amp;in</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Starting Barnahus Desk</source>
        <translation>Startar Barnahus Desk</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Öppnar arkivet…</translation>
    </message>
    <message>
        <source>Barnahus Desk</source>
        <translation>Barnahus Desk</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Programmets namn</translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation>Vad som händer</translation>
    </message>
    <message>
        <source>Opening the store</source>
        <translation>Öppnar arkivet</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Look for the store again, for example after connecting a drive.</source>
        <translation>Leta efter arkivet igen, till exempel efter att en enhet anslutits.</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>Addenda</source>
        <translation>Tillägg</translation>
    </message>
</context>
<context>
    <name>SummaryTabForm</name>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>1,0,0,0</source>
        <translation>1,0,0,0</translation>
    </message>
    <message>
        <source>Summary of the interview</source>
        <translation>Sammanfattning av förhöret</translation>
    </message>
    <message>
        <source>I have checked this summary with the team</source>
        <translation>Jag har gått igenom sammanfattningen med teamet</translation>
    </message>
    <message>
        <source>Tick once the team has checked the summary.</source>
        <translation>Kryssa i när teamet har gått igenom sammanfattningen.</translation>
    </message>
    <message>
        <source>I have checked this summary with the &amp;team</source>
        <translation>Jag har gått igenom sammanfattningen med &amp;teamet</translation>
    </message>
    <message>
        <source>&amp;Finalise and lock</source>
        <translation>&amp;Slutför och lås</translation>
    </message>
    <message>
        <source>Finalise and lock</source>
        <translation>Slutför och lås</translation>
    </message>
    <message>
        <source>Save summary as &amp;PDF…</source>
        <translation>Spara sammanfattningen som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translation>Spara sammanfattningen som PDF</translation>
    </message>
    <message>
        <source>Addendum after finalising</source>
        <translation>Tillägg efter slutförandet</translation>
    </message>
    <message>
        <source>A&amp;ddendum:</source>
        <translation>T&amp;illägg:</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <source>Type an addendum to the finalised summary.</source>
        <translation>Skriv ett tillägg till den slutförda sammanfattningen.</translation>
    </message>
    <message>
        <source>Add signed adde&amp;ndum</source>
        <translation>Lägg till signerat till&amp;ägg</translation>
    </message>
    <message>
        <source>Add signed addendum</source>
        <translation>Lägg till signerat tillägg</translation>
    </message>
    <message>
        <source>Summary messages</source>
        <translation>Meddelanden om sammanfattningen</translation>
    </message>
</context>
<context>
    <name>WorkspaceShell</name>
    <message>
        <source>Barnahus Desk workspace</source>
        <translation>Arbetsytan i Barnahus Desk</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Inloggad som %1 (%2)</translation>
    </message>
    <message>
        <source>DEMO store: %1. Fictional children only.</source>
        <translation>DEMOARKIV: %1. Bara påhittade barn.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Arkiv: %1</translation>
    </message>
    <message>
        <source>This area is being built and opens in a coming update.</source>
        <translation>Det här området byggs och öppnar i en kommande uppdatering.</translation>
    </message>
    <message>
        <source>Barnahus Desk</source>
        <translation>Barnahus Desk</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Programmets namn</translation>
    </message>
    <message>
        <source>Store status</source>
        <translation>Arkivets läge</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Inloggad som</translation>
    </message>
    <message>
        <source>&amp;Areas</source>
        <translation>&amp;Områden</translation>
    </message>
    <message>
        <source>Workspace areas</source>
        <translation>Arbetsytans områden</translation>
    </message>
    <message>
        <source>Choose an area of the workspace to open it on the right.</source>
        <translation>Välj ett område i arbetsytan för att öppna det till höger.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Lock the workspace</source>
        <translation>Lås arbetsytan</translation>
    </message>
    <message>
        <source>Hides everything and removes the keys until you type your passphrase (Ctrl+L).</source>
        <translation>Döljer allt och tar bort nycklarna tills du skriver din lösenfras (Ctrl+L).</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <source>Ends your session; another person can then sign in.</source>
        <translation>Avslutar din session; en annan person kan sedan logga in.</translation>
    </message>
    <message>
        <source>Current area</source>
        <translation>Aktuellt område</translation>
    </message>
</context>
</TS>
