<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <extracomment>The days shown when the dialog opens (an inquiry types an earlier first day).</extracomment>
        <translation>Trywydd archwilio</translation>
    </message>
    <message>
        <source>Who opened, changed or exported what, and when. It never holds what was written in a record.</source>
        <translation>Pwy agorodd, newidiodd neu allforiodd beth, a phryd. Nid yw byth yn cynnwys yr hyn a ysgrifennwyd mewn cofnod.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Resident&apos;s reference</source>
        <translation>Cyfeirnod y preswylydd</translation>
    </message>
    <message>
        <source>Any resident</source>
        <translation>Unrhyw breswylydd</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Preswylydd</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>Show the events for these choices</source>
        <translation>Dangos y gweithredoedd ar gyfer y dewisiadau hyn</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Gweithredoedd yn y trywydd archwilio</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>Wrthi&apos;n darllen y trywydd archwilio</translation>
    </message>
    <message>
        <source>Export for an inquiry…</source>
        <translation>Allforio ar gyfer ymchwiliad…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Nothing happened that matches these choices.</source>
        <translation>Does dim byd wedi digwydd sy&apos;n cyfateb i&apos;r dewisiadau hyn.</translation>
    </message>
    <message>
        <source>The newest {count} events; scroll down for older ones.</source>
        <translation>Y {count} gweithred ddiweddaraf; sgroliwch i lawr am rai hŷn.</translation>
    </message>
    <message>
        <source>{count} event, newest first.</source>
        <translation>{count} gweithred, y ddiweddaraf yn gyntaf.</translation>
    </message>
    <message>
        <source>{count} events, newest first.</source>
        <translation>{count} gweithred, y ddiweddaraf yn gyntaf.</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Wrthi&apos;n darllen y trywydd archwilio…</translation>
    </message>
    <message>
        <source>Export for an inquiry</source>
        <translation>Allforio ar gyfer ymchwiliad</translation>
    </message>
    <message>
        <source>A spreadsheet of the events chosen in the audit trail: when, who, what and which record, never what was written. Making it is recorded in the audit trail. Keep the file safe and delete it when the inquiry is over.</source>
        <translation>Taenlen o&apos;r gweithredoedd a ddewiswyd yn y trywydd archwilio: pryd, pwy, beth a pha gofnod, byth yr hyn a ysgrifennwyd. Mae ei gwneud yn cael ei gofnodi yn y trywydd archwilio. Cadwch y ffeil yn ddiogel a&apos;i dileu pan fydd yr ymchwiliad drosodd.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Cadw fel</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>{choices}.</source>
        <translation>{choices}.</translation>
    </message>
    <message>
        <source>Save the audit trail</source>
        <translation>Cadw&apos;r trywydd archwilio</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the audit trail.</source>
        <translation>Dewiswch ble i gadw&apos;r trywydd archwilio.</translation>
    </message>
    <message>
        <source>Writing the audit trail…</source>
        <translation>Wrthi&apos;n ysgrifennu&apos;r trywydd archwilio…</translation>
    </message>
    <message>
        <source>Audit trail saved ({count} event): {file}</source>
        <translation>Trywydd archwilio wedi&apos;i gadw ({count} gweithred): {file}</translation>
    </message>
    <message>
        <source>Audit trail saved ({count} events): {file}</source>
        <translation>Trywydd archwilio wedi&apos;i gadw ({count} gweithred): {file}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Back up the vault</source>
        <translation>Gwneud copi wrth gefn o&apos;r gronfa ddiogel</translation>
    </message>
    <message>
        <source>RefugeDesk vaults (*.rdb)</source>
        <translation>Cronfeydd diogel RefugeDesk (*.rdb)</translation>
    </message>
    <message>
        <source>Backup saved: {copy} and its key file {keys}, in {folder}. Keep both together, somewhere safe away from this computer.</source>
        <translation>Copi wrth gefn wedi&apos;i gadw: {copy} a&apos;i ffeil allwedd {keys}, yn {folder}. Cadwch y ddau gyda&apos;i gilydd, rywle diogel i ffwrdd o&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>The backup was stopped. Nothing was saved.</source>
        <translation>Cafodd y copi wrth gefn ei atal. Does dim byd wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Wrthi&apos;n gwneud copi wrth gefn o&apos;r gronfa ddiogel…</translation>
    </message>
</context>
<context>
    <name>ConsentCovers</name>
    <message>
        <source>She agreed to share with</source>
        <extracomment>Ticks side by side: three fit the form&apos;s least width at 150%.</extracomment>
        <translation>Cytunodd hi i rannu gyda</translation>
    </message>
    <message>
        <source>Share with {who}</source>
        <translation>Rhannu gyda {who}</translation>
    </message>
    <message>
        <source>How she gave it</source>
        <translation>Sut y rhoddodd hi ganiatâd</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
</context>
<context>
    <name>ContactSafety</name>
    <message>
        <source>Not asked yet</source>
        <extracomment>The choices for each question: (text shown, value stored); the text is marked for translation and shown through translate(&quot;ContactSafety&quot;, text).</extracomment>
        <translation>Heb ofyn eto</translation>
    </message>
    <message>
        <source>Yes, it is safe to phone her</source>
        <translation>Ydy, mae&apos;n ddiogel ei ffonio hi</translation>
    </message>
    <message>
        <source>No, do not phone her</source>
        <translation>Na, peidiwch â&apos;i ffonio hi</translation>
    </message>
    <message>
        <source>Yes, it is safe to text her</source>
        <translation>Ydy, mae&apos;n ddiogel anfon neges destun ati</translation>
    </message>
    <message>
        <source>No, do not text her</source>
        <translation>Na, peidiwch ag anfon neges destun ati</translation>
    </message>
    <message>
        <source>Is it safe to phone her?</source>
        <translation>Ydy hi&apos;n ddiogel ei ffonio hi?</translation>
    </message>
    <message>
        <source>What she told you about phoning her. Leave it at &quot;Not asked yet&quot; until she has said.</source>
        <translation>Beth ddywedodd hi wrthych chi am ei ffonio hi. Gadewch hyn ar &quot;Heb ofyn eto&quot; nes ei bod hi wedi dweud.</translation>
    </message>
    <message>
        <source>Is it safe to text her?</source>
        <translation>Ydy hi&apos;n ddiogel anfon neges destun ati?</translation>
    </message>
    <message>
        <source>What she told you about texting her. Leave it at &quot;Not asked yet&quot; until she has said.</source>
        <translation>Beth ddywedodd hi wrthych chi am anfon negeseuon testun ati. Gadewch hyn ar &quot;Heb ofyn eto&quot; nes ei bod hi wedi dweud.</translation>
    </message>
</context>
<context>
    <name>HandoverDialogs</name>
    <message>
        <source>Urgent: {section}</source>
        <extracomment>Each row: (part number, what it is: None for the part&apos;s own row, a str for a section heading, a Line for a line). The row of each part.</extracomment>
        <translation>Brys: {section}</translation>
    </message>
    <message>
        <source>{house}: nothing from the records</source>
        <extracomment>The rows of the lines left out, and how many per part.</extracomment>
        <translation>{house}: dim byd o&apos;r cofnodion</translation>
    </message>
    <message>
        <source>{house} ({count} line, {left} left out)</source>
        <translation>{house} ({count} llinell, gadael {left} allan)</translation>
    </message>
    <message>
        <source>{house} ({count} lines, {left} left out)</source>
        <translation>{house} ({count} llinell, gadael {left} allan)</translation>
    </message>
    <message>
        <source>{house} ({count} line)</source>
        <translation>{house} ({count} llinell)</translation>
    </message>
    <message>
        <source>{house} ({count} lines)</source>
        <translation>{house} ({count} llinell)</translation>
    </message>
    <message>
        <source>Untick to leave all of this house&apos;s lines out.</source>
        <translation>Dad-diciwch i adael holl linellau&apos;r tŷ hwn allan.</translation>
    </message>
    <message>
        <source>Gathering the handover from the records…</source>
        <translation>Wrthi&apos;n casglu&apos;r trosglwyddiad o&apos;r cofnodion…</translation>
    </message>
    <message>
        <source>Write handover</source>
        <translation>Ysgrifennu trosglwyddiad</translation>
    </message>
    <message>
        <source>From the records of {start} to {end} (since the last handover sent). Untick a line, or a whole house, to leave it out (Space ticks and unticks the selected one); add anything else in the notes. Once sent, it cannot be changed: corrections are added as addenda.</source>
        <translation>O gofnodion {start} i {end} (ers anfon y trosglwyddiad diwethaf). Dad-diciwch linell, neu dŷ cyfan, i&apos;w adael allan (mae Space yn ticio ac yn dad-dicio&apos;r un a ddewiswyd); ychwanegwch unrhyw beth arall yn y nodiadau. Ar ôl ei anfon, does dim modd ei newid: caiff cywiriadau eu hychwanegu fel atodiadau.</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translation>Trosglwyddo i</translation>
    </message>
    <message>
        <source>Choose who takes over</source>
        <translation>Dewiswch pwy sy&apos;n cymryd drosodd</translation>
    </message>
    <message>
        <source>On-call rota…</source>
        <extracomment>Why the receiver shown was chosen for her (the rota, or last time); empty once she chooses herself or when nobody was offered.</extracomment>
        <translation>Rota ar alwad…</translation>
    </message>
    <message>
        <source>Who is on call each night; managers and administrators keep it.</source>
        <translation>Pwy sydd ar alwad bob nos; rheolwyr a gweinyddwyr sy&apos;n ei chadw.</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shifft</translation>
    </message>
    <message>
        <source>e.g. Night on call</source>
        <translation>e.e. Nos ar alwad</translation>
    </message>
    <message>
        <source>The handover&apos;s lines, house by house</source>
        <translation>Llinellau&apos;r trosglwyddiad, fesul tŷ</translation>
    </message>
    <message>
        <source>Nothing from the records for: {houses}. Use the whole-service notes for them.</source>
        <translation>Dim byd o&apos;r cofnodion ar gyfer: {houses}. Ysgrifennwch amdanyn nhw yn y nodiadau ar gyfer y gwasanaeth cyfan.</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Cadw fel drafft</translation>
    </message>
    <message>
        <source>Save it unsent, to finish later.</source>
        <translation>Ei gadw heb ei anfon, i&apos;w orffen wedyn.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Send handover</source>
        <translation>Anfon y trosglwyddiad</translation>
    </message>
    <message>
        <source>There is nobody else to hand over to.</source>
        <translation>Does neb arall i dderbyn y trosglwyddiad.</translation>
    </message>
    <message>
        <source>There is nobody else to hand over to: an administrator can add staff accounts.</source>
        <translation>Does neb arall i dderbyn y trosglwyddiad: gall gweinyddwr ychwanegu cyfrifon staff.</translation>
    </message>
    <message>
        <source>Notes for {house}</source>
        <translation>Nodiadau ar gyfer {house}</translation>
    </message>
    <message>
        <source>Anything else the next worker should know about the whole service</source>
        <translation>Unrhyw beth arall y dylai&apos;r gweithiwr nesaf ei wybod am y gwasanaeth cyfan</translation>
    </message>
    <message>
        <source>Anything else the next worker should know about {house}</source>
        <translation>Unrhyw beth arall y dylai&apos;r gweithiwr nesaf ei wybod am {house}</translation>
    </message>
    <message>
        <source>Your notes for {house}:</source>
        <translation>Eich nodiadau ar gyfer {house}:</translation>
    </message>
    <message>
        <source>Your notes for the whole service:</source>
        <translation>Eich nodiadau ar gyfer y gwasanaeth cyfan:</translation>
    </message>
    <message>
        <source>Choose who the handover is to.</source>
        <translation>Dewiswch i bwy mae&apos;r trosglwyddiad.</translation>
    </message>
    <message>
        <source>the whole service</source>
        <translation>y gwasanaeth cyfan</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>{count} arall</translation>
    </message>
    <message>
        <source>{some} and {last}</source>
        <translation>{some} a {last}</translation>
    </message>
    <message>
        <source>It has no lines from the records, for {houses}.</source>
        <translation>Does dim llinellau o&apos;r cofnodion ynddo, ar gyfer {houses}.</translation>
    </message>
    <message>
        <source>It has no lines from the records.</source>
        <translation>Does dim llinellau o&apos;r cofnodion ynddo.</translation>
    </message>
    <message>
        <source>It has {count} line from the records, for {houses}.</source>
        <translation>Mae ynddo {count} llinell o&apos;r cofnodion, ar gyfer {houses}.</translation>
    </message>
    <message>
        <source>It has {count} line from the records.</source>
        <translation>Mae ynddo {count} llinell o&apos;r cofnodion.</translation>
    </message>
    <message>
        <source>It has {count} lines from the records, for {houses}.</source>
        <translation>Mae ynddo {count} llinell o&apos;r cofnodion, ar gyfer {houses}.</translation>
    </message>
    <message>
        <source>It has {count} lines from the records.</source>
        <translation>Mae ynddo {count} llinell o&apos;r cofnodion.</translation>
    </message>
    <message>
        <source>Send the handover?</source>
        <translation>Anfon y trosglwyddiad?</translation>
    </message>
    <message>
        <source>Send this handover to {name}? {what} Once it is sent it cannot be changed: anything to correct is added to it as a note (an addendum).</source>
        <translation>Anfon y trosglwyddiad hwn at {name}? {what} Ar ôl ei anfon, does dim modd ei newid: caiff unrhyw beth i&apos;w gywiro ei ychwanegu ato fel nodyn (atodiad).</translation>
    </message>
    <message>
        <source>Send to {name}</source>
        <translation>Anfon at {name}</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Dim eto</translation>
    </message>
    <message>
        <source>Kept as a draft. It has not been sent.</source>
        <translation>Wedi&apos;i gadw fel drafft. Nid yw wedi cael ei anfon.</translation>
    </message>
    <message>
        <source>The handover</source>
        <translation>Y trosglwyddiad</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Atodiad</translation>
    </message>
    <message>
        <source>A correction or something to add (the sent text stays as it was)</source>
        <translation>Cywiriad neu rywbeth i&apos;w ychwanegu (mae&apos;r testun a anfonwyd yn aros fel yr oedd)</translation>
    </message>
    <message>
        <source>Add addendum</source>
        <translation>Ychwanegu atodiad</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <source>A page per house (PDF)…</source>
        <translation>Tudalen i bob tŷ (PDF)…</translation>
    </message>
    <message>
        <source>Each house on its own page, to print and leave in that house&apos;s folder.</source>
        <translation>Pob tŷ ar ei dudalen ei hun, i&apos;w hargraffu a&apos;u gadael yn ffolder y tŷ hwnnw.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Cydnabod</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Heb ei anfon eto.</translation>
    </message>
    <message>
        <source>Acknowledged by {name} {when}.</source>
        <translation>Cydnabuwyd gan {name} {when}.</translation>
    </message>
    <message>
        <source>Handed to you: read it, then acknowledge it.</source>
        <translation>Wedi&apos;i drosglwyddo i chi: darllenwch ef, yna cydnabyddwch ef.</translation>
    </message>
    <message>
        <source>Waiting for {name} to acknowledge it.</source>
        <translation>Yn aros i {name} ei gydnabod.</translation>
    </message>
    <message>
        <source>Save the handover as a PDF</source>
        <translation>Cadw&apos;r trosglwyddiad fel PDF</translation>
    </message>
    <message>
        <source>Printing the handover…</source>
        <translation>Wrthi&apos;n argraffu&apos;r trosglwyddiad…</translation>
    </message>
    <message>
        <source>Sent to the printer. Collect it straight away.</source>
        <translation>Wedi&apos;i anfon i&apos;r argraffydd. Casglwch ef ar unwaith.</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Wrthi&apos;n gwneud y PDF…</translation>
    </message>
    <message>
        <source>Saved {file}. It holds residents&apos; details: keep it as safe as the vault.</source>
        <translation>Wedi cadw {file}. Mae&apos;n cynnwys manylion preswylwyr: cadwch ef mor ddiogel â&apos;r gronfa ddiogel.</translation>
    </message>
</context>
<context>
    <name>HandoverHistory</name>
    <message>
        <source>Covers</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Oddi wrth</translation>
    </message>
    <message>
        <source>To</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shifft</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Cydnabuwyd</translation>
    </message>
    <message>
        <source>Handover history</source>
        <translation>Hanes trosglwyddiadau</translation>
    </message>
    <message>
        <source>Covering</source>
        <translation>Yn cwmpasu</translation>
    </message>
    <message>
        <source>Handovers covering this date</source>
        <translation>Trosglwyddiadau sy&apos;n cwmpasu&apos;r dyddiad hwn</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Tŷ</translation>
    </message>
    <message>
        <source>Any house</source>
        <translation>Unrhyw dŷ</translation>
    </message>
    <message>
        <source>Resident reference</source>
        <translation>Cyfeirnod y preswylydd</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Gair</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Handovers found</source>
        <translation>Trosglwyddiadau a gafwyd</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} i {end}</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Dim eto</translation>
    </message>
    <message>
        <source>No handover matches.</source>
        <translation>Does dim trosglwyddiad yn cyfateb.</translation>
    </message>
    <message>
        <source>{count} handover found.</source>
        <translation>Wedi dod o hyd i {count} trosglwyddiad.</translation>
    </message>
    <message>
        <source>{count} handovers found.</source>
        <translation>Wedi dod o hyd i {count} trosglwyddiad.</translation>
    </message>
</context>
<context>
    <name>HandoverWhereabouts</name>
    <message>
        <source>Resident</source>
        <translation>Preswylydd</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Tŷ</translation>
    </message>
    <message>
        <source>Out since</source>
        <translation>Allan ers</translation>
    </message>
    <message>
        <source>Expected back</source>
        <translation>Disgwyl yn ôl</translation>
    </message>
    <message>
        <source>Contactable</source>
        <translation>Modd cysylltu</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Camau a gymerwyd</translation>
    </message>
    <message>
        <source>● Not back</source>
        <extracomment>The first column of someone not back by the time she expected: a mark and words, on the board&apos;s NOT BACK amber (colour is never the only signal).</extracomment>
        <translation>● Heb ddod yn ôl</translation>
    </message>
    <message>
        <source>Signed out</source>
        <extracomment>How often the open dialog looks again at who has become late (no database read: the expected-back times are already on screen).
----------
What time it is (a test moves it on and calls `mark_late`, the timer&apos;s slot).</extracomment>
        <translation>Wedi mynd allan</translation>
    </message>
    <message>
        <source>Residents out now. &quot;● Not back&quot; marks someone not back by the time she expected: log each step you take.</source>
        <translation>Preswylwyr sydd allan nawr. Mae &quot;● Heb ddod yn ôl&quot; yn dangos rhywun sydd heb ddod yn ôl erbyn yr amser roedd hi&apos;n ei ddisgwyl: cofnodwch bob cam rydych chi&apos;n ei gymryd.</translation>
    </message>
    <message>
        <source>Residents signed out</source>
        <translation>Preswylwyr sydd wedi mynd allan</translation>
    </message>
    <message>
        <source>Step taken</source>
        <translation>Cam a gymerwyd</translation>
    </message>
    <message>
        <source>e.g. Tried her phone, no answer</source>
        <translation>e.e. Wedi ffonio ei ffôn, dim ateb</translation>
    </message>
    <message>
        <source>Log step</source>
        <translation>Cofnodi cam</translation>
    </message>
    <message>
        <source>She is back</source>
        <translation>Mae hi&apos;n ôl</translation>
    </message>
    <message>
        <source>Sign someone out</source>
        <translation>Cofnodi bod rhywun yn mynd allan</translation>
    </message>
    <message>
        <source>Who is going out</source>
        <translation>Pwy sy&apos;n mynd allan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Aeth allan am</translation>
    </message>
    <message>
        <source>When she went out. Change it if she left a while ago (up to 24 hours back).</source>
        <translation>Pryd aeth hi allan. Newidiwch hyn os aeth hi allan beth amser yn ôl (hyd at 24 awr yn ôl).</translation>
    </message>
    <message>
        <source>We can reach her while she is out</source>
        <translation>Gallwn gysylltu â hi tra bydd hi allan</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cofnodi mynd allan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>{when} {step} ({by})</source>
        <translation>{when} {step} ({by})</translation>
    </message>
    <message>
        <source>{when} {step}</source>
        <translation>{when} {step}</translation>
    </message>
    <message>
        <source>{house}, {room}</source>
        <translation>{house}, {room}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nac oes</translation>
    </message>
    <message>
        <source>Not back by the time she expected</source>
        <translation>Heb ddod yn ôl erbyn yr amser roedd hi&apos;n ei ddisgwyl</translation>
    </message>
    <message>
        <source>Choose her in the list first.</source>
        <translation>Dewiswch hi yn y rhestr yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>NeedToKnowDialogs</name>
    <message>
        <source>Houses {name} works in</source>
        <translation>Tai lle mae {name} yn gweithio</translation>
    </message>
    <message>
        <source>A support worker sees the full record of the women staying (now, or last) in her houses and of the women she is key worker for. Anyone else&apos;s record shows a short card, and she can open it anyway by giving a reason, which managers see on Today. Tick no house and she sees every record, as before. Managers and administrators always see every record.</source>
        <translation>Mae gweithiwr cymorth yn gweld cofnod llawn y menywod sy&apos;n aros (nawr, neu ddiwethaf) yn ei thai hi, a&apos;r menywod y mae hi&apos;n weithiwr allweddol iddyn nhw. Mae cofnod unrhyw un arall yn dangos cerdyn byr, a gall hi ei agor beth bynnag drwy roi rheswm, y bydd rheolwyr yn ei weld ar Heddiw. Peidiwch â thicio unrhyw dŷ, ac mae hi&apos;n gweld pob cofnod, fel o&apos;r blaen. Mae rheolwyr a gweinyddwyr bob amser yn gweld pob cofnod.</translation>
    </message>
    <message>
        <source>Save houses</source>
        <translation>Cadw&apos;r tai</translation>
    </message>
    <message>
        <source>Houses she works in</source>
        <translation>Tai lle mae hi&apos;n gweithio</translation>
    </message>
    <message>
        <source>{house} ({area})</source>
        <translation>{house} ({area})</translation>
    </message>
    <message>
        <source>Houses</source>
        <translation>Tai</translation>
    </message>
    <message>
        <source>There are no houses yet: add them on the Houses page first.</source>
        <translation>Does dim tai eto: ychwanegwch nhw ar y dudalen Tai yn gyntaf.</translation>
    </message>
    <message>
        <source>{name} ({reference})</source>
        <extracomment>The record&apos;s header, once she has opened it anyway.</extracomment>
        <translation>{name} ({reference})</translation>
    </message>
    <message>
        <source>Her record is for the staff of her house and her key worker. If you need it (covering a shift, an emergency), open it anyway and say why: a manager sees your reason.</source>
        <translation>Mae ei chofnod ar gyfer staff ei thŷ a&apos;i gweithiwr allweddol. Os oes ei angen arnoch chi (wrth gyflenwi shifft, mewn argyfwng), agorwch ef beth bynnag a dweud pam: bydd rheolwr yn gweld eich rheswm.</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Cyfeirnod:</translation>
    </message>
    <message>
        <source>In refuge:</source>
        <translation>Yn y lloches:</translation>
    </message>
    <message>
        <source>Yes, staying now</source>
        <translation>Ydy, yn aros nawr</translation>
    </message>
    <message>
        <source>Not staying now</source>
        <translation>Ddim yn aros nawr</translation>
    </message>
    <message>
        <source>Key worker:</source>
        <translation>Gweithiwr allweddol:</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Dim wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Open anyway…</source>
        <translation>Agor beth bynnag…</translation>
    </message>
    <message>
        <source>Open her record anyway, giving a reason</source>
        <translation>Agor ei chofnod beth bynnag, gan roi rheswm</translation>
    </message>
    <message>
        <source>Open her record anyway</source>
        <translation>Agor ei chofnod beth bynnag</translation>
    </message>
    <message>
        <source>Say why you need her record. A manager sees your reason, with your name and the time, on Today.</source>
        <translation>Dywedwch pam mae angen ei chofnod arnoch chi. Bydd rheolwr yn gweld eich rheswm, gyda&apos;ch enw a&apos;r amser, ar Heddiw.</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Agor y cofnod</translation>
    </message>
    <message>
        <source>Why you need her record</source>
        <translation>Pam mae angen ei chofnod arnoch chi</translation>
    </message>
    <message>
        <source>e.g. Covering the night shift at her house</source>
        <translation>e.e. Cyflenwi&apos;r shifft nos yn ei thŷ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
</context>
<context>
    <name>OnCallDialog</name>
    <message>
        <source>Only a manager or an administrator can change the on-call rota.</source>
        <extracomment>How many nights the screen shows from its first night.</extracomment>
        <translation>Dim ond rheolwr neu weinyddwr all newid y rota ar alwad.</translation>
    </message>
    <message>
        <source>Select one or more nights in the list first.</source>
        <translation>Dewiswch un noson neu fwy yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Noson</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>Ar alwad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>{day} (tonight)</source>
        <translation>{day} (heno)</translation>
    </message>
    <message>
        <source>Nobody set</source>
        <translation>Neb wedi&apos;i osod</translation>
    </message>
    <message>
        <source>On-call rota</source>
        <translation>Rota ar alwad</translation>
    </message>
    <message>
        <source>Who is on call each night. Write handover offers tonight&apos;s on-call worker as the person to hand over to.</source>
        <translation>Pwy sydd ar alwad bob nos. Mae Ysgrifennu trosglwyddiad yn cynnig y gweithiwr sydd ar alwad heno i dderbyn y trosglwyddiad.</translation>
    </message>
    <message>
        <source>Who is on call each night. Write handover offers tonight&apos;s on-call worker as the person to hand over to. Managers and administrators keep the rota.</source>
        <translation>Pwy sydd ar alwad bob nos. Mae Ysgrifennu trosglwyddiad yn cynnig y gweithiwr sydd ar alwad heno i dderbyn y trosglwyddiad. Rheolwyr a gweinyddwyr sy&apos;n cadw&apos;r rota.</translation>
    </message>
    <message>
        <source>Six weeks from</source>
        <translation>Chwe wythnos o</translation>
    </message>
    <message>
        <source>Show six weeks of nights from</source>
        <translation>Dangos chwe wythnos o nosweithiau o</translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ Cynt</translation>
    </message>
    <message>
        <source>Earlier weeks</source>
        <translation>Wythnosau cynt</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>Wedyn ▶</translation>
    </message>
    <message>
        <source>Later weeks</source>
        <translation>Wythnosau wedyn</translation>
    </message>
    <message>
        <source>Nights and who is on call</source>
        <translation>Nosweithiau a phwy sydd ar alwad</translation>
    </message>
    <message>
        <source>Who is on call</source>
        <translation>Pwy sydd ar alwad</translation>
    </message>
    <message>
        <source>Choose who is on call</source>
        <translation>Dewiswch pwy sydd ar alwad</translation>
    </message>
    <message>
        <source>Note for the night</source>
        <translation>Nodyn ar gyfer y noson</translation>
    </message>
    <message>
        <source>e.g. till 08:00, cover for Bea</source>
        <translation>e.e. tan 08:00, yn lle Bea</translation>
    </message>
    <message>
        <source>Set for the selected nights</source>
        <translation>Gosod ar gyfer y nosweithiau a ddewiswyd</translation>
    </message>
    <message>
        <source>Clear the selected nights</source>
        <translation>Clirio&apos;r nosweithiau a ddewiswyd</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Choose who is on call.</source>
        <translation>Dewiswch pwy sydd ar alwad.</translation>
    </message>
    <message>
        <source>{name} is on call for {count} night.</source>
        <translation>Mae {name} ar alwad am {count} noson.</translation>
    </message>
    <message>
        <source>{name} is on call for {count} nights.</source>
        <translation>Mae {name} ar alwad am {count} noson.</translation>
    </message>
    <message>
        <source>Nobody is set for that night now.</source>
        <translation>Does neb wedi&apos;i osod ar gyfer y noson honno nawr.</translation>
    </message>
    <message>
        <source>Nobody is set for those nights now.</source>
        <translation>Does neb wedi&apos;i osod ar gyfer y nosweithiau hynny nawr.</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeUi</name>
    <message>
        <source>No privacy notice is set yet: an administrator can set your service&apos;s own text on the Admin page (Privacy notice…). If you gave her a paper copy, tick below.</source>
        <translation>Does dim hysbysiad preifatrwydd wedi&apos;i osod eto: gall gweinyddwr osod testun eich gwasanaeth ei hun ar y dudalen Gweinyddu (Hysbysiad preifatrwydd…). Os rhoesoch chi gopi papur iddi, ticiwch isod.</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Hysbysiad preifatrwydd</translation>
    </message>
    <message>
        <source>Your service&apos;s own privacy notice: what you keep about her, why, who sees it, how long you keep it, and her rights. It is shown on the consent step of every intake, where the worker records the day she was given it.</source>
        <translation>Hysbysiad preifatrwydd eich gwasanaeth ei hun: beth rydych chi&apos;n ei gadw amdani, pam, pwy sy&apos;n ei weld, am ba hyd rydych chi&apos;n ei gadw, a&apos;i hawliau. Caiff ei ddangos ar gam caniatâd pob derbyn, lle mae&apos;r gweithiwr yn cofnodi&apos;r diwrnod y cafodd hi ef.</translation>
    </message>
    <message>
        <source>Save notice</source>
        <translation>Cadw&apos;r hysbysiad</translation>
    </message>
    <message>
        <source>e.g. We keep your details safe in an encrypted system. Only staff who need them can see them…</source>
        <translation>e.e. Rydyn ni&apos;n cadw eich manylion yn ddiogel mewn system wedi&apos;i hamgryptio. Dim ond staff sydd eu hangen sy&apos;n gallu eu gweld…</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hysbysiad</translation>
    </message>
    <message>
        <source>Last changed {when}.</source>
        <translation>Newidiwyd ddiwethaf {when}.</translation>
    </message>
    <message>
        <source>Not set yet.</source>
        <translation>Heb ei osod eto.</translation>
    </message>
    <message>
        <source>Go through it with her, or give her a copy, then tick.</source>
        <translation>Ewch drwyddo gyda hi, neu rhowch gopi iddi, yna ticiwch.</translation>
    </message>
    <message>
        <source>The service&apos;s privacy notice</source>
        <translation>Hysbysiad preifatrwydd y gwasanaeth</translation>
    </message>
    <message>
        <source>I have given her the privacy notice</source>
        <translation>Rydw i wedi rhoi&apos;r hysbysiad preifatrwydd iddi</translation>
    </message>
    <message>
        <source>Day she was given it</source>
        <translation>Y diwrnod y cafodd hi ef</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Rhoddwyd ar</translation>
    </message>
    <message>
        <source>Tick “I have given her the privacy notice” first.</source>
        <translation>Ticiwch “Rydw i wedi rhoi&apos;r hysbysiad preifatrwydd iddi” yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Spreadsheets for managers, funders and commissioners. They are not encrypted: keep them somewhere safe and delete them when they have done their job.</source>
        <translation>Taenlenni ar gyfer rheolwyr, cyllidwyr a chomisiynwyr. Dydyn nhw ddim wedi&apos;u hamgryptio: cadwch nhw rywle diogel a&apos;u dileu pan fyddan nhw wedi gwneud eu gwaith.</translation>
    </message>
    <message>
        <source>Occupancy spreadsheet…</source>
        <translation>Taenlen deiliadaeth…</translation>
    </message>
    <message>
        <source>Outcomes spreadsheet…</source>
        <translation>Taenlen canlyniadau…</translation>
    </message>
    <message>
        <source>Room-nights used and free, per house, day and month; arrivals, departures and referrals.</source>
        <translation>Nosweithiau ystafell a ddefnyddiwyd ac sy&apos;n rhydd, fesul tŷ, diwrnod a mis; cyrraedd, gadael ac atgyfeiriadau.</translation>
    </message>
    <message>
        <source>Women and children supported, the share of requested outcomes achieved, change in need scores, exits, MARAC and referrals out.</source>
        <translation>Menywod a phlant a gafodd gymorth, cyfran y canlyniadau y gofynnwyd amdanynt a gyflawnwyd, newid mewn sgoriau angen, ymadawiadau, MARAC ac atgyfeiriadau allan.</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Trywydd archwilio…</translation>
    </message>
    <message>
        <source>The audit trail is for managers and administrators.</source>
        <translation>Mae&apos;r trywydd archwilio ar gyfer rheolwyr a gweinyddwyr.</translation>
    </message>
    <message>
        <source>Who opened, changed or exported what, and when; export it for an inquiry.</source>
        <translation>Pwy agorodd, newidiodd neu allforiodd beth, a phryd; allforiwch ef ar gyfer ymchwiliad.</translation>
    </message>
    <message>
        <source>Due for review…</source>
        <translation>Cofnodion i&apos;w hadolygu…</translation>
    </message>
    <message>
        <source>Records at the end of your retention schedule: keep longer, anonymise or erase (managers).</source>
        <translation>Cofnodion ar ddiwedd eich amserlen cadw cofnodion: cadw&apos;n hirach, gwneud yn ddienw neu ddileu (rheolwyr).</translation>
    </message>
</context>
<context>
    <name>RetentionDialogs</name>
    <message>
        <source>Backups made before today still hold it until they expire: keep them safe and let them expire on your usual cycle.</source>
        <extracomment>What the confirmations say about backups, in every place a record is forgotten. (These are marked for translation: shown through translate(&quot;RetentionDialogs&quot;, text).)</extracomment>
        <translation>Bydd copïau wrth gefn a wnaed cyn heddiw yn dal i&apos;w gadw nes iddyn nhw ddod i ben: cadwch nhw&apos;n ddiogel a gadewch iddyn nhw ddod i ben yn ôl eich cylch arferol.</translation>
    </message>
    <message>
        <source>Anonymise: her name, contact details, date of birth, her children&apos;s names and every note, her words and the person she fled are removed for good. Dates and counts stay, so the reports do not change.</source>
        <translation>Gwneud yn ddienw: caiff ei henw, ei manylion cyswllt, ei dyddiad geni, enwau ei phlant a phob nodyn, ei geiriau hi a&apos;r person y dihangodd hi oddi wrtho eu tynnu am byth. Mae dyddiadau a niferoedd yn aros, felly nid yw&apos;r adroddiadau&apos;n newid.</translation>
    </message>
    <message>
        <source>Erase: her whole record is deleted for good. Her stays stay as anonymous room-nights, so the occupancy board and reports still add up; her goals, needs scores and referrals no longer count in the outcomes report.</source>
        <translation>Dileu: caiff ei chofnod cyfan ei ddileu am byth. Mae ei harosiadau&apos;n aros fel nosweithiau ystafell dienw, felly mae&apos;r bwrdd deiliadaeth a&apos;r adroddiadau&apos;n dal i adio; nid yw ei nodau, ei sgoriau anghenion na&apos;i hatgyfeiriadau&apos;n cyfrif yn yr adroddiad canlyniadau mwyach.</translation>
    </message>
    <message>
        <source>Anonymise: her name, who referred her, the areas to avoid and the notes are removed for good. Dates and the outcome stay, so the referral counts do not change.</source>
        <translation>Gwneud yn ddienw: caiff ei henw, pwy a&apos;i hatgyfeiriodd, yr ardaloedd i&apos;w hosgoi a&apos;r nodiadau eu tynnu am byth. Mae dyddiadau a&apos;r canlyniad yn aros, felly nid yw nifer yr atgyfeiriadau&apos;n newid.</translation>
    </message>
    <message>
        <source>Erase: the referral and any offer made on it are deleted for good. The referrals counted for its month go down by one.</source>
        <translation>Dileu: caiff yr atgyfeiriad ac unrhyw gynnig a wnaed arno eu dileu am byth. Mae nifer yr atgyfeiriadau a gyfrifwyd ar gyfer ei fis yn gostwng un.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator can do this.</source>
        <translation>Dim ond rheolwr neu weinyddwr all wneud hyn.</translation>
    </message>
    <message>
        <source>Retention schedule</source>
        <translation>Amserlen cadw cofnodion</translation>
    </message>
    <message>
        <source>How long your service keeps records before a manager reviews them. The defaults follow sector guidance. Nothing is removed until a manager has decided and carried it out.</source>
        <translation>Am ba hyd mae eich gwasanaeth yn cadw cofnodion cyn i reolwr eu hadolygu. Mae&apos;r gwerthoedd diofyn yn dilyn canllawiau&apos;r sector. Does dim yn cael ei dynnu nes bod rheolwr wedi penderfynu a&apos;i gyflawni.</translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation>Cadw&apos;r amserlen</translation>
    </message>
    <message>
        <source>The schedule could not be read. Close this and try again.</source>
        <translation>Doedd dim modd darllen yr amserlen. Caewch hwn a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>{count} year</source>
        <translation>{count} flwyddyn</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} o flynyddoedd</translation>
    </message>
    <message>
        <source>Years after an adult&apos;s last contact</source>
        <translation>Blynyddoedd ar ôl cyswllt olaf oedolyn</translation>
    </message>
    <message>
        <source>{count}th birthday</source>
        <translation>pen-blwydd yn {count} oed</translation>
    </message>
    <message>
        <source>A child&apos;s data is kept until this birthday</source>
        <translation>Mae data plentyn yn cael ei gadw tan y pen-blwydd hwn</translation>
    </message>
    <message>
        <source>Years after a referral that never became a stay was closed</source>
        <translation>Blynyddoedd ar ôl cau atgyfeiriad na ddaeth yn arhosiad</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} diwrnod</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} diwrnod</translation>
    </message>
    <message>
        <source>Days before an unfinished draft is removed</source>
        <translation>Diwrnodau cyn i ddrafft anorffenedig gael ei dynnu</translation>
    </message>
    <message>
        <source>&amp;Adults</source>
        <translation>&amp;Oedolion</translation>
    </message>
    <message>
        <source>After her last contact: her last stay ended, a contact, a review or an assessment.</source>
        <translation>Ar ôl ei chyswllt olaf: diwedd ei harhosiad olaf, cyswllt, adolygiad neu asesiad.</translation>
    </message>
    <message>
        <source>C&amp;hildren</source>
        <translation>&amp;Plant</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>&amp;Atgyfeiriadau</translation>
    </message>
    <message>
        <source>A referral that never became a stay, after it was closed.</source>
        <translation>Atgyfeiriad na ddaeth yn arhosiad, ar ôl ei gau.</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Drafftiau</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Cyswllt olaf</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Cofnodion i&apos;w hadolygu</translation>
    </message>
    <message>
        <source>Records that have reached the end of your retention schedule. For each, keep it longer with a reason, or anonymise or erase it. Decisions are carried out when you choose Carry out approved (or by &apos;refugedesk retention --apply&apos;).</source>
        <translation>Cofnodion sydd wedi cyrraedd diwedd eich amserlen cadw cofnodion. Ar gyfer pob un, cadwch ef yn hirach gyda rheswm, neu gwnewch ef yn ddienw neu ei ddileu. Caiff penderfyniadau eu cyflawni pan fyddwch chi&apos;n dewis Cyflawni&apos;r rhai a gymeradwywyd (neu drwy &apos;refugedesk retention --apply&apos;).</translation>
    </message>
    <message>
        <source>Records due for review</source>
        <translation>Cofnodion i&apos;w hadolygu</translation>
    </message>
    <message>
        <source>&amp;Keep longer…</source>
        <translation>&amp;Cadw&apos;n hirach…</translation>
    </message>
    <message>
        <source>A&amp;nonymise…</source>
        <translation>Gwneud yn dd&amp;ienw…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Dileu…</translation>
    </message>
    <message>
        <source>Carry out a&amp;pproved…</source>
        <translation>Cyflawni&apos;r rhai a gy&amp;meradwywyd…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Finding what is due…</source>
        <translation>Wrthi&apos;n chwilio am beth sy&apos;n ddyledus…</translation>
    </message>
    <message>
        <source>{count} record</source>
        <translation>{count} cofnod</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} cofnod</translation>
    </message>
    <message>
        <source>{count} draft</source>
        <translation>{count} drafft</translation>
    </message>
    <message>
        <source>{count} drafts</source>
        <translation>{count} drafft</translation>
    </message>
    <message>
        <source>Waiting to be carried out: {records} and {drafts}.</source>
        <translation>Yn aros i&apos;w cyflawni: {records} a {drafts}.</translation>
    </message>
    <message>
        <source>Waiting to be carried out: {what}.</source>
        <translation>Yn aros i&apos;w cyflawni: {what}.</translation>
    </message>
    <message>
        <source>Nothing is approved yet.</source>
        <translation>Does dim wedi&apos;i gymeradwyo eto.</translation>
    </message>
    <message>
        <source>Nothing is due for review.</source>
        <translation>Does dim yn ddyledus i&apos;w adolygu.</translation>
    </message>
    <message>
        <source>{count} due for review on {day}. {waiting}</source>
        <translation>Yn ddyledus i&apos;w hadolygu ar {day}: {count}. {waiting}</translation>
    </message>
    <message>
        <source>Nothing is approved yet: decide on a record first.</source>
        <translation>Does dim wedi&apos;i gymeradwyo eto: penderfynwch ar gofnod yn gyntaf.</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Dewiswch gofnod yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Drafts need no decision: they are removed when approved decisions are carried out.</source>
        <translation>Does dim angen penderfyniad ar ddrafftiau: maen nhw&apos;n cael eu tynnu pan fydd y penderfyniadau a gymeradwywyd yn cael eu cyflawni.</translation>
    </message>
    <message>
        <source>Decision saved.</source>
        <translation>Penderfyniad wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Carrying out the approved decisions…</source>
        <translation>Wrthi&apos;n cyflawni&apos;r penderfyniadau a gymeradwywyd…</translation>
    </message>
    <message>
        <source>Carry out the approved decisions?</source>
        <translation>Cyflawni&apos;r penderfyniadau a gymeradwywyd?</translation>
    </message>
    <message>
        <source>Every record approved for anonymising or erasing is changed now, and drafts past their time are removed. This cannot be undone. {backups}</source>
        <translation>Caiff pob cofnod a gymeradwywyd i&apos;w wneud yn ddienw neu i&apos;w ddileu ei newid nawr, a chaiff drafftiau sydd wedi pasio eu hamser eu tynnu. Does dim modd dadwneud hyn. {backups}</translation>
    </message>
    <message>
        <source>Carry them out</source>
        <translation>Eu cyflawni</translation>
    </message>
    <message>
        <source>Done: {anonymised} anonymised, {erased} erased, {count} draft removed.</source>
        <translation>Wedi gorffen: gwneud {anonymised} yn ddienw, dileu {erased}, tynnu {count} drafft.</translation>
    </message>
    <message>
        <source>Done: {anonymised} anonymised, {erased} erased, {count} drafts removed.</source>
        <translation>Wedi gorffen: gwneud {anonymised} yn ddienw, dileu {erased}, tynnu {count} drafft.</translation>
    </message>
    <message>
        <source>{done} Not done: {skipped}</source>
        <translation>{done} Heb eu gwneud: {skipped}</translation>
    </message>
    <message>
        <source>{record} ({why})</source>
        <translation>{record} ({why})</translation>
    </message>
    <message>
        <source>Keep {record} longer</source>
        <translation>Cadw {record} yn hirach</translation>
    </message>
    <message>
        <source>Anonymise {record}</source>
        <translation>Gwneud {record} yn ddienw</translation>
    </message>
    <message>
        <source>Erase {record}</source>
        <translation>Dileu {record}</translation>
    </message>
    <message>
        <source>Say why it is kept, and when to review it again.</source>
        <translation>Dywedwch pam mae&apos;n cael ei gadw, a phryd i&apos;w adolygu eto.</translation>
    </message>
    <message>
        <source>Keep longer</source>
        <translation>Cadw&apos;n hirach</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Cymeradwyo…</translation>
    </message>
    <message>
        <source>e.g. A family court case is still open.</source>
        <translation>e.e. Mae achos yn y llys teulu yn dal ar agor.</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Pam</translation>
    </message>
    <message>
        <source>Review it again on</source>
        <translation>Ei adolygu eto ar</translation>
    </message>
    <message>
        <source>Review a&amp;gain on</source>
        <translation>Adolygu e&amp;to ar</translation>
    </message>
    <message>
        <source>Erase {record}?</source>
        <translation>Dileu {record}?</translation>
    </message>
    <message>
        <source>Anonymise {record}?</source>
        <translation>Gwneud {record} yn ddienw?</translation>
    </message>
    <message>
        <source>{record}. {what} It happens when approved decisions are carried out, and cannot be undone. {backups}</source>
        <translation>{record}. {what} Mae hyn yn digwydd pan fydd y penderfyniadau a gymeradwywyd yn cael eu cyflawni, a does dim modd ei ddadwneud. {backups}</translation>
    </message>
    <message>
        <source>Approve: erase</source>
        <translation>Cymeradwyo: dileu</translation>
    </message>
    <message>
        <source>Approve: anonymise</source>
        <translation>Cymeradwyo: gwneud yn ddienw</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Heb benderfynu eto</translation>
    </message>
    <message>
        <source>Erase her record</source>
        <translation>Dileu ei chofnod</translation>
    </message>
    <message>
        <source>Anonymise her record</source>
        <translation>Gwneud ei chofnod yn ddienw</translation>
    </message>
    <message>
        <source>Refuse, with the reason</source>
        <translation>Gwrthod, gyda&apos;r rheswm</translation>
    </message>
    <message>
        <source>Erasure request</source>
        <translation>Cais i ddileu</translation>
    </message>
    <message>
        <source>She asked for her record to be erased. Record when she asked and your decision. You have one month to answer her.</source>
        <translation>Gofynnodd hi i&apos;w chofnod gael ei ddileu. Cofnodwch pryd gofynnodd hi a&apos;ch penderfyniad. Mae gennych chi un mis i&apos;w hateb.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Her requests could not be read. Close this and try again.</source>
        <translation>Doedd dim modd darllen ei cheisiadau. Caewch hwn a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Cynharach</translation>
    </message>
    <message>
        <source>{reference} received {day}: {state}</source>
        <translation>{reference}, a ddaeth i law ar {day}: {state}</translation>
    </message>
    <message>
        <source>The day she asked</source>
        <translation>Y diwrnod y gofynnodd hi</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Cais</translation>
    </message>
    <message>
        <source>{reference}, waiting for a decision</source>
        <translation>{reference}, yn aros am benderfyniad</translation>
    </message>
    <message>
        <source>She &amp;asked on</source>
        <translation>Gofynnodd hi &amp;ar</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>Pen&amp;derfyniad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Needed when you refuse: she is told why.</source>
        <translation>Ei angen pan fyddwch chi&apos;n gwrthod: caiff hi wybod pam.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Rheswm</translation>
    </message>
    <message>
        <source>{what} Done when you save.</source>
        <translation>{what} Caiff ei wneud pan fyddwch chi&apos;n cadw.</translation>
    </message>
    <message>
        <source>The request is kept with her record until you decide.</source>
        <translation>Caiff y cais ei gadw gyda&apos;i chofnod nes i chi benderfynu.</translation>
    </message>
    <message>
        <source>Her record stays as it is; the reason is kept with the request.</source>
        <translation>Mae ei chofnod yn aros fel y mae; caiff y rheswm ei gadw gyda&apos;r cais.</translation>
    </message>
    <message>
        <source>Erase her record?</source>
        <translation>Dileu ei chofnod?</translation>
    </message>
    <message>
        <source>Anonymise her record?</source>
        <translation>Gwneud ei chofnod yn ddienw?</translation>
    </message>
    <message>
        <source>{what} This happens now and cannot be undone. {backups}</source>
        <translation>{what} Mae hyn yn digwydd nawr a does dim modd ei ddadwneud. {backups}</translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation>Dileu nawr</translation>
    </message>
    <message>
        <source>Anonymise now</source>
        <translation>Gwneud yn ddienw nawr</translation>
    </message>
</context>
<context>
    <name>ServiceRulesDialog</name>
    <message>
        <source>Service rules</source>
        <extracomment>The spin box&apos;s &quot;no rule&quot; position (shown as words, saved as empty).</extracomment>
        <translation>Rheolau&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>Your service&apos;s own rules. Find a room applies the rule on boys&apos; ages to every family; the note is shown beside every resident under 18.</source>
        <translation>Rheolau eich gwasanaeth ei hun. Mae Dod o hyd i ystafell yn cymhwyso&apos;r rheol am oedran bechgyn i bob teulu; mae&apos;r nodyn yn cael ei ddangos wrth ymyl pob preswylydd dan 18.</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Cadw&apos;r rheolau</translation>
    </message>
    <message>
        <source>No rule: boys of any age</source>
        <translation>Dim rheol: bechgyn o unrhyw oed</translation>
    </message>
    <message>
        <source>Aged {age} or older</source>
        <translation>{age} oed neu hŷn</translation>
    </message>
    <message>
        <source>Boys cannot be housed from this age</source>
        <translation>Does dim modd rhoi llety i fechgyn o&apos;r oedran hwn</translation>
    </message>
    <message>
        <source>Safeguarding note for residents under 18</source>
        <translation>Nodyn diogelu ar gyfer preswylwyr dan 18</translation>
    </message>
    <message>
        <source>e.g. Tell the safeguarding lead the same day; she is still a child in law.</source>
        <translation>e.e. Dywedwch wrth yr arweinydd diogelu yr un diwrnod; mae hi&apos;n dal yn blentyn yn ôl y gyfraith.</translation>
    </message>
    <message>
        <source>Boys cannot be housed</source>
        <translation>Dim llety i fechgyn</translation>
    </message>
    <message>
        <source>A family with a boy this age or older is not offered any room. Find a room asks for the boys&apos; ages, and counts the children recorded as boys on her record. Choose “No rule” if your service has none.</source>
        <translation>Does dim ystafell yn cael ei chynnig i deulu sydd â bachgen o&apos;r oedran hwn neu&apos;n hŷn. Mae Dod o hyd i ystafell yn gofyn am oedrannau&apos;r bechgyn, ac yn cyfrif y plant sydd wedi&apos;u cofnodi&apos;n fechgyn ar ei chofnod hi. Dewiswch “Dim rheol” os nad oes gan eich gwasanaeth un.</translation>
    </message>
    <message>
        <source>Note for under-18s</source>
        <translation>Nodyn ar gyfer rhai dan 18</translation>
    </message>
</context>
<context>
    <name>SmallNumbersDialog</name>
    <message>
        <source>Small numbers</source>
        <translation>Niferoedd bach</translation>
    </message>
    <message>
        <source>A count of one or two from a small house can point to a woman. Spreadsheets for outside the service show counts below this number as “fewer than …”, and hide a total that would give one away.</source>
        <translation>Gall nifer o un neu ddau o dŷ bach bwyntio at fenyw. Mae taenlenni ar gyfer y tu allan i&apos;r gwasanaeth yn dangos niferoedd o dan y rhif hwn fel “llai na …”, ac yn cuddio cyfanswm a fyddai&apos;n datgelu un.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Hide counts below {count}</source>
        <translation>Cuddio niferoedd o dan {count}</translation>
    </message>
    <message>
        <source>Hide counts below this number</source>
        <translation>Cuddio niferoedd o dan y rhif hwn</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Trothwy</translation>
    </message>
    <message>
        <source>{count} is the usual choice. The version for inside the service always keeps exact counts.</source>
        <translation>{count} yw&apos;r dewis arferol. Mae&apos;r fersiwn ar gyfer y tu mewn i&apos;r gwasanaeth bob amser yn cadw&apos;r union niferoedd.</translation>
    </message>
</context>
<context>
    <name>StarChart</name>
    <message>
        <source>Star chart of her needs: first assessment against latest</source>
        <translation>Siart seren o&apos;i hanghenion: yr asesiad cyntaf o&apos;i gymharu â&apos;r diweddaraf</translation>
    </message>
    <message>
        <source>{area}: first {first}, latest {latest}</source>
        <translation>{area}: cyntaf {first}, diweddaraf {latest}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <extracomment>(record_type, record_id) of a line opened, for whoever wants to follow it. The reading of her day running in the background; an older one&apos;s lines are dropped.</extracomment>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>Write handover…</source>
        <translation>Ysgrifennu trosglwyddiad…</translation>
    </message>
    <message>
        <source>On-call rota…</source>
        <translation>Rota ar alwad…</translation>
    </message>
    <message>
        <source>Who is on call each night; managers and administrators keep it.</source>
        <translation>Pwy sydd ar alwad bob nos; rheolwyr a gweinyddwyr sy&apos;n ei chadw.</translation>
    </message>
    <message>
        <source>Signed out…</source>
        <translation>Wedi mynd allan…</translation>
    </message>
    <message>
        <source>The log book: who is out, sign out, signed back, steps taken.</source>
        <translation>Y llyfr log: pwy sydd allan, mynd allan, wedi dod yn ôl, camau a gymerwyd.</translation>
    </message>
    <message>
        <source>Handover history…</source>
        <translation>Hanes trosglwyddiadau…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Adnewyddu</translation>
    </message>
    <message>
        <source>Reading your day</source>
        <translation>Wrthi&apos;n darllen eich diwrnod</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Eich diwrnod</translation>
    </message>
    <message>
        <source>Select a line and press Enter (or Open) to go to it.</source>
        <translation>Dewiswch linell a phwyso Enter (neu Agor) i fynd ati.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Reading your day…</source>
        <translation>Wrthi&apos;n darllen eich diwrnod…</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>Press Enter to open.</source>
        <translation>Pwyswch Enter i agor.</translation>
    </message>
    <message>
        <source>Nothing is waiting for you today.</source>
        <translation>Does dim byd yn aros amdanoch chi heddiw.</translation>
    </message>
    <message>
        <source>{count} thing today, {urgent} marked ● to look at first.</source>
        <translation>{count} peth heddiw; edrychwch yn gyntaf ar y {urgent} sydd â ●.</translation>
    </message>
    <message>
        <source>{count} things today, {urgent} marked ● to look at first.</source>
        <translation>{count} peth heddiw; edrychwch yn gyntaf ar y {urgent} sydd â ●.</translation>
    </message>
    <message>
        <source>{count} thing today.</source>
        <translation>{count} peth heddiw.</translation>
    </message>
    <message>
        <source>{count} things today.</source>
        <translation>{count} peth heddiw.</translation>
    </message>
    <message>
        <source>That room is not on today&apos;s board.</source>
        <translation>Dydy&apos;r ystafell honno ddim ar fwrdd heddiw.</translation>
    </message>
    <message>
        <source>Her record opens from the Residents page.</source>
        <translation>Mae ei chofnod yn agor o&apos;r dudalen Preswylwyr.</translation>
    </message>
    <message>
        <source>Open it from its own page.</source>
        <translation>Agorwch hwn o&apos;i dudalen ei hun.</translation>
    </message>
</context>
</TS>
