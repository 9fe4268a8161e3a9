<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>Assessment</name>
    <message>
        <source>An assessment cannot be dated in the future.</source>
        <translation>Ni all asesiad gael ei ddyddio yn y dyfodol.</translation>
    </message>
    <message>
        <source>Score at least one area.</source>
        <translation>Rhowch sgôr i o leiaf un maes.</translation>
    </message>
    <message>
        <source>Score {area} from 1 to 5.</source>
        <translation>Rhowch sgôr rhwng 1 a 5 i {area}.</translation>
    </message>
    <message>
        <source>Give a score wherever her words are written.</source>
        <translation>Rhowch sgôr ym mhob maes lle mae ei geiriau hi wedi&apos;u hysgrifennu.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Audit event {gone} has been deleted (before event {number}).</source>
        <translation>Mae digwyddiad archwilio {gone} wedi&apos;i ddileu (cyn digwyddiad {number}).</translation>
    </message>
    <message>
        <source>Audit events {first} to {last} have been deleted (before event {number}).</source>
        <translation>Mae digwyddiadau archwilio {first} i {last} wedi&apos;u dileu (cyn digwyddiad {number}).</translation>
    </message>
    <message>
        <source>Audit event {number}: the event before it was changed or deleted (after event {before}).</source>
        <translation>Digwyddiad archwilio {number}: cafodd y digwyddiad o&apos;i flaen ei newid neu ei ddileu (ar ôl digwyddiad {before}).</translation>
    </message>
    <message>
        <source>Audit event {number}: the event before it was changed or deleted (after the start).</source>
        <translation>Digwyddiad archwilio {number}: cafodd y digwyddiad o&apos;i flaen ei newid neu ei ddileu (ar ôl y dechrau).</translation>
    </message>
    <message>
        <source>Audit event {number} was changed after it was written.</source>
        <translation>Cafodd digwyddiad archwilio {number} ei newid ar ôl iddo gael ei ysgrifennu.</translation>
    </message>
    <message>
        <source>The newest audit events (after event {last}, up to {seq}) have been deleted.</source>
        <translation>Mae&apos;r digwyddiadau archwilio mwyaf diweddar (ar ôl digwyddiad {last}, hyd at {seq}) wedi&apos;u dileu.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>When</source>
        <extracomment>Rows read at a time (the view fetches more as it scrolls; the export pages through all). The longest person or reference a filter takes (the columns&apos; own lengths). The columns&apos; headings (read in the language in use).</extracomment>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>The audit trail is for managers and administrators.</source>
        <extracomment>Shown as translate(&quot;AuditView&quot;, NOT_ALLOWED).</extracomment>
        <translation>Mae&apos;r trywydd archwilio ar gyfer rheolwyr a gweinyddwyr.</translation>
    </message>
    <message>
        <source>Action added</source>
        <extracomment>What happened, in words, by the audit kind stored (the kinds stay as they are: they are hash-chained). A kind not listed reads as itself with spaces (&quot;record_opened&quot; -&gt; &quot;Record opened&quot;).</extracomment>
        <translation>Cam gweithredu wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>Cam gweithredu wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>Presenoldeb wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Audit exported</source>
        <translation>Trywydd archwilio wedi&apos;i allforio</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copi wrth gefn</translation>
    </message>
    <message>
        <source>Certificate made</source>
        <translation>Tystysgrif wedi&apos;i chreu</translation>
    </message>
    <message>
        <source>Child added</source>
        <translation>Plentyn wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>Child changed</source>
        <translation>Manylion plentyn wedi&apos;u newid</translation>
    </message>
    <message>
        <source>Child removed</source>
        <translation>Plentyn wedi&apos;i dynnu</translation>
    </message>
    <message>
        <source>Consent changed</source>
        <translation>Caniatâd wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Caniatâd wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Caniatâd wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Contact changed</source>
        <translation>Cyswllt wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Cyswllt wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Court order recorded</source>
        <translation>Gorchymyn llys wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Court report made</source>
        <translation>Adroddiad i&apos;r llys wedi&apos;i greu</translation>
    </message>
    <message>
        <source>Demo network added</source>
        <translation>Rhwydwaith enghreifftiol wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>Demo records added</source>
        <translation>Cofnodion enghreifftiol wedi&apos;u hychwanegu</translation>
    </message>
    <message>
        <source>Erasure decided</source>
        <translation>Penderfyniad ar gais i ddileu</translation>
    </message>
    <message>
        <source>Erasure requested</source>
        <translation>Cais i ddileu wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Form draft ended</source>
        <translation>Drafft ffurflen wedi dod i ben</translation>
    </message>
    <message>
        <source>Form draft started</source>
        <translation>Drafft ffurflen wedi&apos;i ddechrau</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Nod wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>Goal status changed</source>
        <translation>Statws nod wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Handover acknowledged</source>
        <translation>Trosglwyddiad wedi&apos;i gydnabod</translation>
    </message>
    <message>
        <source>Handover addendum</source>
        <translation>Ychwanegiad at drosglwyddiad</translation>
    </message>
    <message>
        <source>Handover exported</source>
        <translation>Trosglwyddiad wedi&apos;i allforio</translation>
    </message>
    <message>
        <source>Handover opened</source>
        <translation>Trosglwyddiad wedi&apos;i agor</translation>
    </message>
    <message>
        <source>Handover saved</source>
        <translation>Trosglwyddiad wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Handover sent</source>
        <translation>Trosglwyddiad wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>House added</source>
        <translation>Tŷ wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>House address viewed</source>
        <translation>Cyfeiriad tŷ wedi&apos;i weld</translation>
    </message>
    <message>
        <source>House changed</source>
        <translation>Tŷ wedi&apos;i newid</translation>
    </message>
    <message>
        <source>House retired</source>
        <translation>Tŷ wedi&apos;i dynnu o ddefnydd</translation>
    </message>
    <message>
        <source>Incident logged</source>
        <translation>Digwyddiad wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Intake draft discarded</source>
        <translation>Drafft derbyn wedi&apos;i daflu</translation>
    </message>
    <message>
        <source>Intake draft opened</source>
        <translation>Drafft derbyn wedi&apos;i agor</translation>
    </message>
    <message>
        <source>Intake draft saved</source>
        <translation>Drafft derbyn wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Intake finished</source>
        <translation>Derbyn wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Key rotated</source>
        <translation>Allwedd wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>Marac actions added</source>
        <translation>Camau gweithredu MARAC wedi&apos;u hychwanegu</translation>
    </message>
    <message>
        <source>Marac actions changed</source>
        <translation>Camau gweithredu MARAC wedi&apos;u newid</translation>
    </message>
    <message>
        <source>Marac referred</source>
        <translation>Atgyfeiriad i MARAC</translation>
    </message>
    <message>
        <source>Move on corrected</source>
        <translation>Symud ymlaen wedi&apos;i gywiro</translation>
    </message>
    <message>
        <source>Move on recorded</source>
        <translation>Symud ymlaen wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Needs assessed</source>
        <translation>Anghenion wedi&apos;u hasesu</translation>
    </message>
    <message>
        <source>Occupancy exported</source>
        <translation>Deiliadaeth wedi&apos;i hallforio</translation>
    </message>
    <message>
        <source>Occupancy exported with names</source>
        <translation>Deiliadaeth wedi&apos;i hallforio gydag enwau</translation>
    </message>
    <message>
        <source>Offer cancelled</source>
        <translation>Cynnig wedi&apos;i ganslo</translation>
    </message>
    <message>
        <source>Offer lapsed</source>
        <translation>Cynnig wedi dod i ben</translation>
    </message>
    <message>
        <source>Offer made</source>
        <translation>Cynnig wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>On call cleared</source>
        <translation>Ar alwad wedi&apos;i glirio</translation>
    </message>
    <message>
        <source>On call set</source>
        <translation>Ar alwad wedi&apos;i osod</translation>
    </message>
    <message>
        <source>Outcomes exported</source>
        <translation>Canlyniadau wedi&apos;u hallforio</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Cyfrinair wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Cyfrinair wedi&apos;i ailosod</translation>
    </message>
    <message>
        <source>Plan closed</source>
        <translation>Cynllun wedi&apos;i gau</translation>
    </message>
    <message>
        <source>Plan reviewed</source>
        <translation>Cynllun wedi&apos;i adolygu</translation>
    </message>
    <message>
        <source>Plan started</source>
        <translation>Cynllun wedi&apos;i ddechrau</translation>
    </message>
    <message>
        <source>Privacy notice changed</source>
        <translation>Hysbysiad preifatrwydd wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Privacy notice given</source>
        <translation>Hysbysiad preifatrwydd wedi&apos;i roi</translation>
    </message>
    <message>
        <source>Programme created</source>
        <translation>Rhaglen wedi&apos;i chreu</translation>
    </message>
    <message>
        <source>Programme enrolled</source>
        <translation>Wedi ymuno â rhaglen</translation>
    </message>
    <message>
        <source>Programme session added</source>
        <translation>Sesiwn rhaglen wedi&apos;i hychwanegu</translation>
    </message>
    <message>
        <source>Record opened</source>
        <translation>Cofnod wedi&apos;i agor</translation>
    </message>
    <message>
        <source>Record opened anyway</source>
        <translation>Cofnod wedi&apos;i agor beth bynnag</translation>
    </message>
    <message>
        <source>Recovery code used</source>
        <translation>Cod adfer wedi&apos;i ddefnyddio</translation>
    </message>
    <message>
        <source>Referral out changed</source>
        <translation>Atgyfeiriad allan wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Referral out made</source>
        <translation>Atgyfeiriad allan wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation>Atgyfeiriad wedi&apos;i dderbyn</translation>
    </message>
    <message>
        <source>Referral status changed</source>
        <translation>Statws atgyfeiriad wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Resident changed</source>
        <translation>Manylion preswylydd wedi&apos;u newid</translation>
    </message>
    <message>
        <source>Resident created</source>
        <translation>Cofnod preswylydd wedi&apos;i greu</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <source>Retention carried out</source>
        <translation>Penderfyniad cadw cofnodion wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <source>Retention decided</source>
        <translation>Penderfyniad cadw cofnodion wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Retention drafts removed</source>
        <translation>Drafftiau wedi&apos;u tynnu dan y rheolau cadw cofnodion</translation>
    </message>
    <message>
        <source>Review document made</source>
        <translation>Dogfen adolygiad wedi&apos;i chreu</translation>
    </message>
    <message>
        <source>Review saved</source>
        <translation>Adolygiad wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Review scheduled</source>
        <translation>Adolygiad wedi&apos;i drefnu</translation>
    </message>
    <message>
        <source>Risk assessed</source>
        <translation>Risg wedi&apos;i hasesu</translation>
    </message>
    <message>
        <source>Room added</source>
        <translation>Ystafell wedi&apos;i hychwanegu</translation>
    </message>
    <message>
        <source>Room changed</source>
        <translation>Ystafell wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Room closed</source>
        <translation>Ystafell wedi&apos;i chau</translation>
    </message>
    <message>
        <source>Room reopened</source>
        <translation>Ystafell wedi&apos;i hailagor</translation>
    </message>
    <message>
        <source>Room retired</source>
        <translation>Ystafell wedi&apos;i thynnu o ddefnydd</translation>
    </message>
    <message>
        <source>Safety changed</source>
        <translation>Manylion diogelwch wedi&apos;u newid</translation>
    </message>
    <message>
        <source>Safety recorded</source>
        <translation>Manylion diogelwch wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Gosodiadau wedi&apos;u newid</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>Sign in failed</source>
        <translation>Methu mewngofnodi</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Allgofnodi</translation>
    </message>
    <message>
        <source>Signed back</source>
        <translation>Wedi dod yn ôl</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Wedi mynd allan</translation>
    </message>
    <message>
        <source>Small number threshold changed</source>
        <translation>Trothwy niferoedd bach wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Staff accounts protected</source>
        <translation>Cyfrifon staff wedi&apos;u diogelu</translation>
    </message>
    <message>
        <source>Staff added</source>
        <translation>Aelod o staff wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>Staff deactivated</source>
        <translation>Cyfrif aelod o staff wedi&apos;i ddiffodd</translation>
    </message>
    <message>
        <source>Staff houses changed</source>
        <translation>Tai aelod o staff wedi&apos;u newid</translation>
    </message>
    <message>
        <source>Staff reactivated</source>
        <translation>Cyfrif aelod o staff wedi&apos;i droi&apos;n ôl ymlaen</translation>
    </message>
    <message>
        <source>Staff role changed</source>
        <translation>Rôl aelod o staff wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Stay arrived</source>
        <translation>Arhosiad: wedi cyrraedd</translation>
    </message>
    <message>
        <source>Stay corrected</source>
        <translation>Arhosiad wedi&apos;i gywiro</translation>
    </message>
    <message>
        <source>Stay departed</source>
        <translation>Arhosiad: wedi gadael</translation>
    </message>
    <message>
        <source>Stay linked</source>
        <translation>Arhosiad wedi&apos;i gysylltu</translation>
    </message>
    <message>
        <source>Stay linked returning</source>
        <translation>Arhosiad wedi&apos;i gysylltu (yn dychwelyd)</translation>
    </message>
    <message>
        <source>Stay moved</source>
        <translation>Arhosiad wedi symud ystafell</translation>
    </message>
    <message>
        <source>Subject access released</source>
        <translation>Mynediad at ddata wedi&apos;i ryddhau</translation>
    </message>
    <message>
        <source>Subject access requested</source>
        <translation>Cais am fynediad at ddata</translation>
    </message>
    <message>
        <source>Tamper noticed</source>
        <translation>Arwydd o ymyrryd wedi&apos;i weld</translation>
    </message>
    <message>
        <source>Trust refused</source>
        <translation>Ymddiriedaeth wedi&apos;i gwrthod</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Cronfa ddiogel wedi&apos;i chreu</translation>
    </message>
    <message>
        <source>Whereabouts step</source>
        <translation>Cam wedi&apos;i gymryd (ble mae hi)</translation>
    </message>
    <message>
        <source>Erasure request</source>
        <extracomment>What kind of record an event is about, by the record type stored.</extracomment>
        <translation>Cais i ddileu</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Trosglwyddiad</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Tŷ</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Digwyddiad</translation>
    </message>
    <message>
        <source>Intake draft</source>
        <translation>Drafft derbyn</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Cynnig</translation>
    </message>
    <message>
        <source>Retention decision</source>
        <translation>Penderfyniad cadw cofnodion</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Aelod o staff</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Arhosiad</translation>
    </message>
    <message>
        <source>Subject access</source>
        <translation>Mynediad at ddata</translation>
    </message>
    <message>
        <source>Resident {reference}</source>
        <extracomment>The query&apos;s row: the eight fields of AuditRow, in order.</extracomment>
        <translation>Preswylydd {reference}</translation>
    </message>
    <message>
        <source>Resident {number} (no longer on file)</source>
        <translation>Preswylydd {number} (nid yw ar gof a chadw mwyach)</translation>
    </message>
    <message>
        <source>{kind} {number}</source>
        <translation>{kind} {number}</translation>
    </message>
    <message>
        <source>Keep the name to {limit} characters.</source>
        <translation>Cadwch yr enw at {limit} nod.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Mae&apos;r diwrnod olaf cyn y cyntaf.</translation>
    </message>
    <message>
        <source>Keep the reference to {limit} characters.</source>
        <translation>Cadwch y cyfeirnod at {limit} nod.</translation>
    </message>
    <message>
        <source>No resident on file has that reference. Check it, or leave it empty for everyone.</source>
        <translation>Does dim preswylydd ar gof a chadw gyda&apos;r cyfeirnod hwnnw. Gwiriwch ef, neu gadewch ef yn wag i weld pawb.</translation>
    </message>
    <message>
        <source>Events by {who}</source>
        <translation>Digwyddiadau gan {who}</translation>
    </message>
    <message>
        <source>Everyone&apos;s events</source>
        <translation>Digwyddiadau pawb</translation>
    </message>
    <message>
        <source>about resident {reference}</source>
        <translation>am breswylydd {reference}</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>o {first} i {last}</translation>
    </message>
    <message>
        <source>since {first}</source>
        <translation>ers {first}</translation>
    </message>
    <message>
        <source>up to {last}</source>
        <translation>hyd at {last}</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Trywydd archwilio</translation>
    </message>
    <message>
        <source>Audit trail for an inquiry</source>
        <translation>Trywydd archwilio ar gyfer ymchwiliad</translation>
    </message>
    <message>
        <source>{filter}. Made by {name} on {when}. Holds no values from any record.</source>
        <translation>{filter}. Wedi&apos;i lunio gan {name} ar {when}. Nid yw&apos;n cynnwys unrhyw werthoedd o unrhyw gofnod.</translation>
    </message>
</context>
<context>
    <name>ConsentRules</name>
    <message>
        <source>the police</source>
        <extracomment>The most characters a lawful basis may hold (the form stops typing there too). Every key a consent may hold, in the order the form offers them.</extracomment>
        <translation>yr heddlu</translation>
    </message>
    <message>
        <source>her GP</source>
        <translation>ei meddyg teulu</translation>
    </message>
    <message>
        <source>fire and rescue (home safety)</source>
        <translation>tân ac achub (diogelwch yn y cartref)</translation>
    </message>
    <message>
        <source>children&apos;s social care</source>
        <translation>gofal cymdeithasol plant</translation>
    </message>
    <message>
        <source>the health visitor</source>
        <translation>yr ymwelydd iechyd</translation>
    </message>
    <message>
        <source>mental health services</source>
        <translation>gwasanaethau iechyd meddwl</translation>
    </message>
    <message>
        <source>drugs or alcohol services</source>
        <translation>gwasanaethau cyffuriau neu alcohol</translation>
    </message>
    <message>
        <source>a solicitor</source>
        <translation>cyfreithiwr</translation>
    </message>
    <message>
        <source>housing</source>
        <translation>tai</translation>
    </message>
    <message>
        <source>benefits services</source>
        <translation>gwasanaethau budd-daliadau</translation>
    </message>
    <message>
        <source>immigration advice</source>
        <translation>cyngor ar fewnfudo</translation>
    </message>
    <message>
        <source>counselling</source>
        <translation>cwnsela</translation>
    </message>
    <message>
        <source>a children&apos;s service</source>
        <translation>gwasanaeth i blant</translation>
    </message>
    <message>
        <source>other agencies</source>
        <translation>asiantaethau eraill</translation>
    </message>
    <message>
        <source>national datasets</source>
        <translation>setiau data cenedlaethol</translation>
    </message>
    <message>
        <source>This consent names something RefugeDesk does not know how to share with. Tick from the list.</source>
        <translation>Mae&apos;r caniatâd hwn yn enwi rhywbeth nad yw RefugeDesk yn gwybod sut i rannu ag ef. Ticiwch o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Nothing ticked: ask her and change this consent.</source>
        <translation>Dim wedi&apos;i dicio: gofynnwch iddi a newidiwch y caniatâd hwn.</translation>
    </message>
    <message>
        <source>She agreed to share with: {who}</source>
        <translation>Cytunodd hi i rannu gyda: {who}</translation>
    </message>
    <message>
        <source>Keep the lawful basis to {limit} characters.</source>
        <translation>Cadwch y sail gyfreithlon at {limit} nod.</translation>
    </message>
    <message>
        <source>RefugeDesk does not know that kind of sharing.</source>
        <translation>Nid yw RefugeDesk yn adnabod y math hwnnw o rannu.</translation>
    </message>
    <message>
        <source>Her consent does not cover sharing with {who}. Record the lawful basis to go ahead.</source>
        <translation>Nid yw ei chaniatâd yn cynnwys rhannu gyda {who}. Cofnodwch y sail gyfreithlon er mwyn bwrw ymlaen.</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>She asked not to be phoned, and this is a video call.</source>
        <translation>Gofynnodd hi i beidio â chael ei ffonio, a galwad fideo yw hon.</translation>
    </message>
    <message>
        <source>She asked not to be phoned, and this is a phone call.</source>
        <translation>Gofynnodd hi i beidio â chael ei ffonio, a galwad ffôn yw hon.</translation>
    </message>
    <message>
        <source>Nobody has asked her yet whether phone calls are safe. Ask her when you next see her.</source>
        <translation>Does neb wedi gofyn iddi eto a yw galwadau ffôn yn ddiogel. Gofynnwch iddi pan fyddwch chi&apos;n ei gweld hi nesaf.</translation>
    </message>
    <message>
        <source>She asked not to be texted.</source>
        <translation>Gofynnodd hi i beidio â chael negeseuon testun.</translation>
    </message>
    <message>
        <source>Nobody has asked her yet whether texts are safe. Ask her when you next see her.</source>
        <translation>Does neb wedi gofyn iddi eto a yw negeseuon testun yn ddiogel. Gofynnwch iddi pan fyddwch chi&apos;n ei gweld hi nesaf.</translation>
    </message>
    <message>
        <source>A contact that has happened cannot be in the future; record it as planned.</source>
        <translation>Ni all cyswllt sydd wedi digwydd fod yn y dyfodol; cofnodwch ef fel un sydd wedi&apos;i gynllunio.</translation>
    </message>
    <message>
        <source>Minutes are between 0 and 1440.</source>
        <translation>Mae&apos;r munudau rhwng 0 a 1440.</translation>
    </message>
    <message>
        <source>Notes are at most {limit} characters.</source>
        <translation>Mae nodiadau&apos;n {limit} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>Choose goals from her own plan.</source>
        <translation>Dewiswch nodau o&apos;i chynllun hi ei hun.</translation>
    </message>
    <message>
        <source>This contact is still to come.</source>
        <translation>Mae&apos;r cyswllt hwn eto i ddod.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>This form holds more text than RefugeDesk can keep as a draft. Save it, or shorten the longest answers.</source>
        <extracomment>How much a draft may hold (characters of JSON): far more than any of the forms can take.</extracomment>
        <translation>Mae&apos;r ffurflen hon yn dal mwy o destun nag y gall RefugeDesk ei gadw fel drafft. Cadwch hi, neu byrhewch yr atebion hiraf.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Only a manager or an administrator can record or decide a request to erase a record.</source>
        <translation>Dim ond rheolwr neu weinyddwr all gofnodi cais i ddileu cofnod, neu benderfynu arno.</translation>
    </message>
    <message>
        <source>waiting for a decision</source>
        <translation>yn aros am benderfyniad</translation>
    </message>
    <message>
        <source>refused on {day}</source>
        <translation>gwrthodwyd ar {day}</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>gwrthodwyd</translation>
    </message>
    <message>
        <source>erased on {day}</source>
        <translation>dilëwyd ar {day}</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>dilëwyd</translation>
    </message>
    <message>
        <source>anonymised on {day}</source>
        <translation>gwnaed yn ddienw ar {day}</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>gwnaed yn ddienw</translation>
    </message>
    <message>
        <source>Only a manager or an administrator can see requests to erase.</source>
        <translation>Dim ond rheolwr neu weinyddwr all weld ceisiadau i ddileu.</translation>
    </message>
    <message>
        <source>The day she asked cannot be in the future.</source>
        <translation>Ni all y diwrnod y gofynnodd hi fod yn y dyfodol.</translation>
    </message>
    <message>
        <source>Say why the request is refused: she has the right to know, and to complain to the ICO.</source>
        <translation>Dywedwch pam y gwrthodir y cais: mae ganddi hawl i wybod, ac i gwyno i Swyddfa&apos;r Comisiynydd Gwybodaeth (ICO).</translation>
    </message>
    <message>
        <source>The reason is {length} characters long; keep it to {limit}.</source>
        <translation>Mae&apos;r rheswm yn {length} nod o hyd; cadwch ef at {limit}.</translation>
    </message>
    <message>
        <source>Request {reference} has been decided already.</source>
        <translation>Mae penderfyniad eisoes wedi&apos;i wneud ar gais {reference}.</translation>
    </message>
</context>
<context>
    <name>Forgetting</name>
    <message>
        <source>Removed when the record was anonymised.</source>
        <extracomment>What stands in a free-text field that may not be empty. These stand-ins are stored, so they are written in the language of whoever carries the anonymising out (translate()).</extracomment>
        <translation>Tynnwyd pan wnaed y cofnod yn ddienw.</translation>
    </message>
    <message>
        <source>(Removed: this resident&apos;s record was anonymised.)</source>
        <extracomment>What a handover line about her says instead.</extracomment>
        <translation>(Tynnwyd: gwnaed cofnod y preswylydd hwn yn ddienw.)</translation>
    </message>
    <message>
        <source>Anonymised {token}</source>
        <translation>Dienw {token}</translation>
    </message>
    <message>
        <source>Child {number}</source>
        <extracomment>The triggers that keep saved review versions and sent handovers unchanged.</extracomment>
        <translation>Plentyn {number}</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Choose who the handover is to.</source>
        <translation>Dewiswch pwy sy&apos;n cael y trosglwyddiad.</translation>
    </message>
    <message>
        <source>Hand over to someone else: the worker taking over.</source>
        <translation>Trosglwyddwch i rywun arall: y gweithiwr sy&apos;n cymryd yr awenau.</translation>
    </message>
    <message>
        <source>Sign in as yourself to write a handover.</source>
        <translation>Mewngofnodwch fel chi eich hun i ysgrifennu trosglwyddiad.</translation>
    </message>
    <message>
        <source>Only the person writing this handover can change it.</source>
        <translation>Dim ond y sawl sy&apos;n ysgrifennu&apos;r trosglwyddiad hwn all ei newid.</translation>
    </message>
    <message>
        <source>Write the correction or addition.</source>
        <translation>Ysgrifennwch y cywiriad neu&apos;r ychwanegiad.</translation>
    </message>
    <message>
        <source>On call tonight (rota)</source>
        <extracomment>Why a receiver was offered, in the words shown beside the &quot;Hand over to&quot; field (kept as a key: `Suggested.why` reads it in the language in use).</extracomment>
        <translation>Ar alwad heno (rota)</translation>
    </message>
    <message>
        <source>You handed over to her last time</source>
        <translation>Fe wnaethoch chi drosglwyddo iddi hi y tro diwethaf</translation>
    </message>
    <message>
        <source>Handover {when} ({shift})</source>
        <extracomment>ON_CALL_TONIGHT or LAST_TIME.</extracomment>
        <translation>Trosglwyddiad {when} ({shift})</translation>
    </message>
    <message>
        <source>Handover {when}</source>
        <translation>Trosglwyddiad {when}</translation>
    </message>
</context>
<context>
    <name>HandoverDraft</name>
    <message>
        <source>Not back when expected</source>
        <extracomment>Court orders ending within this many days are a risk change worth handing over. With no earlier handover, a draft covers this long. The sections of each house&apos;s part, in reading order: what is urgent first (shared/UX.md), then the comings and goings, then who is in. The headings are read in the language in use (the lines themselves are written once, in the writer&apos;s language, and kept as sent).</extracomment>
        <translation>Heb ddod yn ôl pan ddisgwylid</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Digwyddiadau</translation>
    </message>
    <message>
        <source>Risk changes</source>
        <translation>Newidiadau risg</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Dan 18</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Cyrraedd</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>Expected before the next handover</source>
        <translation>Disgwylir cyn y trosglwyddiad nesaf</translation>
    </message>
    <message>
        <source>Actions due or overdue</source>
        <translation>Camau gweithredu sy&apos;n ddyledus neu&apos;n hwyr</translation>
    </message>
    <message>
        <source>Referrals made for her, waiting for the agency</source>
        <translation>Atgyfeiriadau a wnaed ar ei rhan, yn aros am yr asiantaeth</translation>
    </message>
    <message>
        <source>Referrals to us waiting for our answer</source>
        <translation>Atgyfeiriadau atom ni sy&apos;n aros am ein hateb</translation>
    </message>
    <message>
        <source>Who is in</source>
        <translation>Pwy sydd yma</translation>
    </message>
    <message>
        <source>room {name}</source>
        <extracomment>Sections marked &quot;Urgent&quot; in words wherever the handover is shown or printed. The day the next handover is expected (the next weekday): &quot;expected&quot; looks this far. The house each resident stayed in at some time in the period, including one who left during it: her DASH and incidents of the period are handed over under that house. Room names that already say what they are (&quot;Room 3&quot;, &quot;Flat 2&quot;, &quot;Ystafell 4&quot;).</extracomment>
        <translation>ystafell {name}</translation>
    </message>
    <message>
        <source>{who}, {room}, %n child(ren)</source>
        <extracomment>The day of the next handover: &quot;expected&quot;, &quot;left&quot; and &quot;action&quot; look this far. (house id or None for the whole service, line) as each section finds them.</extracomment>
        <translation>{who}, {room}, %n plentyn</translation>
    </message>
    <message>
        <source>{who}, {room}</source>
        <translation>{who}, {room}</translation>
    </message>
    <message>
        <source>{who} arrived {day}, {room}</source>
        <translation>{who} wedi cyrraedd {day}, {room}</translation>
    </message>
    <message>
        <source>{who} left {day}, {room} ({reason})</source>
        <translation>{who} wedi gadael {day}, {room} ({reason})</translation>
    </message>
    <message>
        <source>{who} due to leave {day}, {room} ({reason})</source>
        <translation>{who} i fod i adael {day}, {room} ({reason})</translation>
    </message>
    <message>
        <source>{initials} (referral {referral}) expected {day}, {room}, %n child(ren); held until {until}</source>
        <translation>{initials} (atgyfeiriad {referral}) i gyrraedd {day}, {room}, %n plentyn; wedi&apos;i chadw tan {until}</translation>
    </message>
    <message>
        <source>{initials} (referral {referral}) expected {day}, {room}; held until {until}</source>
        <translation>{initials} (atgyfeiriad {referral}) i gyrraedd {day}, {room}; wedi&apos;i chadw tan {until}</translation>
    </message>
    <message>
        <source>{ref}: DASH {time}, score {score}, {level} risk</source>
        <translation>{ref}: DASH {time}, sgôr {score}, risg {level}</translation>
    </message>
    <message>
        <source>{time} {kind} ({who}).</source>
        <translation>{time} {kind} ({who}).</translation>
    </message>
    <message>
        <source>{time} {kind}.</source>
        <translation>{time} {kind}.</translation>
    </message>
    <message>
        <source>What happened: {text}</source>
        <translation>Beth ddigwyddodd: {text}</translation>
    </message>
    <message>
        <source>Action taken: {text}</source>
        <translation>Camau a gymerwyd: {text}</translation>
    </message>
    <message>
        <source>Police reference: {text}</source>
        <translation>Cyfeirnod yr heddlu: {text}</translation>
    </message>
    <message>
        <source>{ref}: out since {out}, expected back {back}, contactable.</source>
        <translation>{ref}: allan ers {out}, disgwylid hi&apos;n ôl {back}, mae modd cysylltu â hi.</translation>
    </message>
    <message>
        <source>{ref}: out since {out}, expected back {back}, not contactable.</source>
        <translation>{ref}: allan ers {out}, disgwylid hi&apos;n ôl {back}, does dim modd cysylltu â hi.</translation>
    </message>
    <message>
        <source>Steps taken: {steps}</source>
        <translation>Camau a gymerwyd: {steps}</translation>
    </message>
    <message>
        <source>No steps logged yet.</source>
        <translation>Dim camau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <source>{ref}: {what} (overdue since {day})</source>
        <translation>{ref}: {what} (yn hwyr ers {day})</translation>
    </message>
    <message>
        <source>{ref}: {what} (due {day})</source>
        <translation>{ref}: {what} (yn ddyledus {day})</translation>
    </message>
    <message>
        <source>{ref}: referred to {agency} {day}, follow up {follow_up}</source>
        <translation>{ref}: atgyfeiriwyd at {agency} {day}, holi eto {follow_up}</translation>
    </message>
    <message>
        <source>{ref}: referred to {agency} {day}</source>
        <translation>{ref}: atgyfeiriwyd at {agency} {day}</translation>
    </message>
    <message>
        <source>Referral {number} ({initials}), received {time}: {status}</source>
        <translation>Atgyfeiriad {number} ({initials}), daeth i law {time}: {status}</translation>
    </message>
    <message>
        <source>The handover&apos;s period ends before it starts.</source>
        <extracomment>The section builders, in the order their lines are added to each part.</extracomment>
        <translation>Mae cyfnod y trosglwyddiad yn dod i ben cyn iddo ddechrau.</translation>
    </message>
    <message>
        <source>Whole service</source>
        <translation>Y gwasanaeth cyfan</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>{day} is outside any stay: she has no stay with the service on record.</source>
        <translation>Mae {day} y tu allan i bob arhosiad: does dim arhosiad ganddi gyda&apos;r gwasanaeth ar gofnod.</translation>
    </message>
    <message>
        <source>{day} is outside any stay: {who} has no stay with the service on record.</source>
        <translation>Mae {day} y tu allan i bob arhosiad: does dim arhosiad gan {who} gyda&apos;r gwasanaeth ar gofnod.</translation>
    </message>
    <message>
        <source>{day} is before she arrived ({arrived}).</source>
        <translation>Mae {day} cyn iddi gyrraedd ({arrived}).</translation>
    </message>
    <message>
        <source>{day} is before {who} arrived ({arrived}).</source>
        <translation>Mae {day} cyn i {who} gyrraedd ({arrived}).</translation>
    </message>
    <message>
        <source>{day} is between stays: she left on {left} and came back on {back}.</source>
        <translation>Mae {day} rhwng dau arhosiad: gadawodd hi ar {left} a daeth yn ôl ar {back}.</translation>
    </message>
    <message>
        <source>{day} is between stays: {who} left on {left} and came back on {back}.</source>
        <translation>Mae {day} rhwng dau arhosiad: gadawodd {who} ar {left} a daeth yn ôl ar {back}.</translation>
    </message>
    <message>
        <source>{day} is after she left ({left}).</source>
        <translation>Mae {day} ar ôl iddi adael ({left}).</translation>
    </message>
    <message>
        <source>{day} is after {who} left ({left}).</source>
        <translation>Mae {day} ar ôl i {who} adael ({left}).</translation>
    </message>
</context>
<context>
    <name>HouseholdRefs</name>
    <message>
        <source>Enter the household reference, or leave the one offered.</source>
        <extracomment>How a household reference is written: H- and five digits (more once 99,999 are issued). The longest reference the stay and resident columns hold.</extracomment>
        <translation>Rhowch gyfeirnod yr aelwyd, neu gadewch yr un a gynigir.</translation>
    </message>
    <message>
        <source>A household reference is at most {limit} characters.</source>
        <translation>Mae cyfeirnod aelwyd yn {limit} nod ar y mwyaf.</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>An incident cannot be in the future.</source>
        <translation>Ni all digwyddiad fod yn y dyfodol.</translation>
    </message>
    <message>
        <source>Say which house, or who was involved.</source>
        <translation>Dywedwch pa dŷ, neu pwy oedd yn rhan o&apos;r digwyddiad.</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>This stay is already on her record: open her record instead of a new intake.</source>
        <extracomment>Keys of a child row that only help the person typing (an intake started from a stay has a row per child the arrival counted, with the age it gave); they are not part of her record.</extracomment>
        <translation>Mae&apos;r arhosiad hwn eisoes ar ei chofnod: agorwch ei chofnod yn lle dechrau derbyn newydd.</translation>
    </message>
    <message>
        <source>This part of the intake is not filled in properly.</source>
        <extracomment>The name typed so far (empty if none yet), so staff can tell drafts apart.</extracomment>
        <translation>Nid yw&apos;r rhan hon o&apos;r derbyn wedi&apos;i llenwi&apos;n iawn.</translation>
    </message>
    <message>
        <source>Write the date as day, month and year.</source>
        <translation>Ysgrifennwch y dyddiad fel diwrnod, mis a blwyddyn.</translation>
    </message>
    <message>
        <source>Tick from the list.</source>
        <translation>Ticiwch o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Choose the kind of order.</source>
        <translation>Dewiswch y math o orchymyn.</translation>
    </message>
</context>
<context>
    <name>NeedToKnow</name>
    <message>
        <source>Only an administrator can set the houses a staff member works in.</source>
        <extracomment>The longest reason &quot;Open anyway&quot; keeps (a sentence or two). Today shows the records opened outside a worker&apos;s houses in this many days.</extracomment>
        <translation>Dim ond gweinyddwr all osod y tai y mae aelod o staff yn gweithio ynddynt.</translation>
    </message>
    <message>
        <source>Say why you need to open her record.</source>
        <translation>Dywedwch pam mae angen i chi agor ei chofnod.</translation>
    </message>
    <message>
        <source>Keep the reason to {limit} characters (it has {length}).</source>
        <translation>Cadwch y rheswm at {limit} nod (mae {length} ynddo).</translation>
    </message>
</context>
<context>
    <name>Oncall</name>
    <message>
        <source>Choose the night or nights first.</source>
        <extracomment>The rota&apos;s note for a night, as the column allows.</extracomment>
        <translation>Dewiswch y noson neu&apos;r nosweithiau yn gyntaf.</translation>
    </message>
    <message>
        <source>Change at most {limit} nights at a time.</source>
        <translation>Newidiwch {limit} noson ar y mwyaf ar y tro.</translation>
    </message>
    <message>
        <source>Keep the note to {limit} characters.</source>
        <translation>Cadwch y nodyn at {limit} nod.</translation>
    </message>
    <message>
        <source>Choose someone whose account is in use.</source>
        <translation>Dewiswch rywun sydd â chyfrif sy&apos;n cael ei ddefnyddio.</translation>
    </message>
    <message>
        <source>The last night comes before the first.</source>
        <translation>Mae&apos;r noson olaf yn dod cyn y gyntaf.</translation>
    </message>
    <message>
        <source>Show at most {limit} nights at a time.</source>
        <translation>Dangoswch {limit} noson ar y mwyaf ar y tro.</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>This is an earlier version of her plan; change the current one.</source>
        <translation>Fersiwn gynharach o&apos;i chynllun yw hon; newidiwch yr un presennol.</translation>
    </message>
    <message>
        <source>Write the goal in her own words.</source>
        <translation>Ysgrifennwch y nod yn ei geiriau hi ei hun.</translation>
    </message>
    <message>
        <source>Achieved</source>
        <extracomment>What a goal&apos;s status can be set to, in the words the Plan tab uses (read in the language in use).</extracomment>
        <translation>Wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>Wedi&apos;i gyflawni&apos;n rhannol</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Heb ei gyflawni</translation>
    </message>
    <message>
        <source>No longer wanted</source>
        <translation>Nid yw hi ei eisiau mwyach</translation>
    </message>
    <message>
        <source>Open again (still working on it)</source>
        <translation>Ar agor eto (yn dal i weithio arno)</translation>
    </message>
    <message>
        <source>A goal&apos;s status is set once it has happened, not ahead of it.</source>
        <translation>Caiff statws nod ei osod unwaith y mae wedi digwydd, nid ymlaen llaw.</translation>
    </message>
    <message>
        <source>Her plan began on {day}: the date cannot be before that.</source>
        <translation>Dechreuodd ei chynllun ar {day}: ni all y dyddiad fod cyn hynny.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Dywedwch beth sydd i&apos;w wneud.</translation>
    </message>
    <message>
        <source>Say it in at most {limit} characters.</source>
        <translation>Dywedwch hynny mewn {limit} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>Name the agency that will do it.</source>
        <translation>Enwch yr asiantaeth a fydd yn ei wneud.</translation>
    </message>
    <message>
        <source>An agency&apos;s name is at most {limit} characters.</source>
        <translation>Mae enw asiantaeth yn {limit} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>She has no plan yet: start one first.</source>
        <translation>Does ganddi ddim cynllun eto: dechreuwch un yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <source>The notice is {length} characters long; keep it to {limit}.</source>
        <translation>Mae&apos;r hysbysiad yn {length} nod o hyd; cadwch ef at {limit}.</translation>
    </message>
    <message>
        <source>Only an administrator can change the privacy notice.</source>
        <translation>Dim ond gweinyddwr all newid yr hysbysiad preifatrwydd.</translation>
    </message>
    <message>
        <source>She cannot have been given the notice on a day still to come.</source>
        <translation>Ni all hi fod wedi cael yr hysbysiad ar ddiwrnod sydd eto i ddod.</translation>
    </message>
</context>
<context>
    <name>Programmes</name>
    <message>
        <source>Check she is safe: she missed session {number} of {programme}</source>
        <extracomment>The longest programme or facilitator name, and session topic (the columns&apos; own sizes). The follow-up a missed session creates, due the day after the session (written on her plan in the language of whoever recorded the missed session).</extracomment>
        <translation>Gwiriwch ei bod hi&apos;n ddiogel: collodd hi sesiwn {number} o {programme}</translation>
    </message>
    <message>
        <source>Name the programme.</source>
        <translation>Enwch y rhaglen.</translation>
    </message>
    <message>
        <source>A programme&apos;s name is at most {limit} characters.</source>
        <translation>Mae enw rhaglen yn {limit} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>Sessions are numbered from 1.</source>
        <translation>Caiff y sesiynau eu rhifo o 1.</translation>
    </message>
    <message>
        <source>A session&apos;s topic is at most {limit} characters.</source>
        <translation>Mae pwnc sesiwn yn {limit} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>Session {number} is listed twice: give each session its own number.</source>
        <translation>Mae sesiwn {number} wedi&apos;i rhestru ddwywaith: rhowch ei rhif ei hun i bob sesiwn.</translation>
    </message>
    <message>
        <source>The facilitator&apos;s name is at most {limit} characters.</source>
        <translation>Mae enw&apos;r hwylusydd yn {limit} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>At least one session is needed to complete it.</source>
        <translation>Mae angen o leiaf un sesiwn i&apos;w chwblhau.</translation>
    </message>
    <message>
        <source>Add its sessions: at least one.</source>
        <translation>Ychwanegwch ei sesiynau: o leiaf un.</translation>
    </message>
    <message>
        <source>Completing it cannot need more sessions ({needed}) than it has ({has}).</source>
        <translation>Ni all ei chwblhau olygu mwy o sesiynau ({needed}) nag sydd ganddi ({has}).</translation>
    </message>
    <message>
        <source>Session {number} is already planned.</source>
        <translation>Mae sesiwn {number} eisoes wedi&apos;i chynllunio.</translation>
    </message>
    <message>
        <source>She is enrolled on the day she joins, not ahead of it.</source>
        <translation>Caiff hi ei chofrestru ar y diwrnod y mae&apos;n ymuno, nid ymlaen llaw.</translation>
    </message>
    <message>
        <source>She is already enrolled on this programme.</source>
        <translation>Mae hi eisoes wedi&apos;i chofrestru ar y rhaglen hon.</translation>
    </message>
    <message>
        <source>Session {number} is on {day}: whether she came can be recorded on the day or after.</source>
        <translation>Mae sesiwn {number} ar {day}: gellir cofnodi a ddaeth hi ar y diwrnod neu wedyn.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>Wedi stopio. Ni chadwyd dim.</translation>
    </message>
</context>
<context>
    <name>ReferralsOut</name>
    <message>
        <source>Name the agency.</source>
        <translation>Enwch yr asiantaeth.</translation>
    </message>
    <message>
        <source>A referral cannot be made on a date still to come.</source>
        <translation>Ni ellir gwneud atgyfeiriad ar ddyddiad sydd eto i ddod.</translation>
    </message>
    <message>
        <source>The follow-up date is before the referral was made.</source>
        <translation>Mae&apos;r dyddiad holi eto cyn i&apos;r atgyfeiriad gael ei wneud.</translation>
    </message>
</context>
<context>
    <name>ResidentHeader</name>
    <message>
        <source>She is still a child. Follow the safeguarding procedure and tell the safeguarding lead.</source>
        <extracomment>A lapsed order stays on the header this long (unless a newer one of its kind is in force). A resident younger than this is still a child (SafeLives: &quot;16-17 you are still a child&quot;). What is said beside a resident under 18 when the service has not written its own note (Organisation.under_18_note, set on the Admin page).</extracomment>
        <translation>Mae hi&apos;n dal yn blentyn. Dilynwch y weithdrefn ddiogelu a rhowch wybod i&apos;r arweinydd diogelu.</translation>
    </message>
    <message>
        <source>{order} lapsed on {day}.</source>
        <translation>{order}: daeth i ben ar {day}.</translation>
    </message>
    <message>
        <source>Do not phone her.</source>
        <translation>Peidiwch â&apos;i ffonio.</translation>
    </message>
    <message>
        <source>Do not text her.</source>
        <translation>Peidiwch ag anfon neges destun ati.</translation>
    </message>
    <message>
        <source>Not asked yet whether it is safe to phone or text her: ask her before phoning or texting.</source>
        <translation>Heb ofyn eto a yw&apos;n ddiogel ei ffonio neu anfon neges destun ati: gofynnwch iddi cyn ffonio neu anfon neges destun.</translation>
    </message>
    <message>
        <source>Not asked yet whether it is safe to phone her: ask her before phoning.</source>
        <translation>Heb ofyn eto a yw&apos;n ddiogel ei ffonio: gofynnwch iddi cyn ffonio.</translation>
    </message>
    <message>
        <source>Not asked yet whether it is safe to text her: ask her before texting.</source>
        <translation>Heb ofyn eto a yw&apos;n ddiogel anfon neges destun ati: gofynnwch iddi cyn anfon neges destun.</translation>
    </message>
    <message>
        <source>Do not contact her: {times}</source>
        <translation>Peidiwch â chysylltu â hi: {times}</translation>
    </message>
    <message>
        <source>She has a code word: check it before you talk.</source>
        <translation>Mae ganddi air cod: gwiriwch ef cyn i chi siarad.</translation>
    </message>
    <message>
        <source>Repeat MARAC referral: referred before on {day}. Read that referral&apos;s actions.</source>
        <translation>Atgyfeiriad MARAC eto: cafodd ei hatgyfeirio o&apos;r blaen ar {day}. Darllenwch gamau gweithredu&apos;r atgyfeiriad hwnnw.</translation>
    </message>
    <message>
        <source>High risk: refer her to MARAC.</source>
        <translation>Risg uchel: atgyfeiriwch hi at MARAC.</translation>
    </message>
    <message>
        <source>Under 18 (she is {age}). {note}</source>
        <translation>Dan 18 (mae hi&apos;n {age} oed). {note}</translation>
    </message>
    <message>
        <source>{order} end</source>
        <translation>{order}: yn dod i ben</translation>
    </message>
    <message>
        <source>{order} ends</source>
        <translation>{order}: yn dod i ben</translation>
    </message>
    <message>
        <source>{order} end {day}</source>
        <translation>{order}: yn dod i ben {day}</translation>
    </message>
    <message>
        <source>{order} ends {day}</source>
        <translation>{order}: yn dod i ben {day}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heddiw</translation>
    </message>
    <message>
        <source>in %n day(s)</source>
        <translation>ymhen %n diwrnod</translation>
    </message>
    <message>
        <source>{order} end on {day} ({when}).</source>
        <translation>{order}: yn dod i ben ar {day} ({when}).</translation>
    </message>
    <message>
        <source>{order} ends on {day} ({when}).</source>
        <translation>{order}: yn dod i ben ar {day} ({when}).</translation>
    </message>
</context>
<context>
    <name>ResidentViews</name>
    <message>
        <source>{programme}: session {number}, {day}</source>
        <extracomment>None: not recorded. What it covers (consent_rules keys, in the form&apos;s order) and how she gave it. Her latest session marked, or the day she enrolled if none is marked yet.</extracomment>
        <translation>{programme}: sesiwn {number}, {day}</translation>
    </message>
</context>
<context>
    <name>Residents</name>
    <message>
        <source>This is too long: keep it to {limit} characters (it has {length}).</source>
        <extracomment>The fields of a resident a form may change (name to column). The most characters each typed field of a child, a consent or the person she fled may hold (the forms stop typing there too). A name fits its column; free text is generous but finite, so a pasted file is refused rather than stored. A child on her record is younger than this when she arrives.</extracomment>
        <translation>Mae hyn yn rhy hir: cadwch at {limit} nod (mae {length} yma).</translation>
    </message>
    <message>
        <source>Choose girl, boy, or not recorded.</source>
        <translation>Dewiswch ferch, bachgen, neu heb ei gofnodi.</translation>
    </message>
    <message>
        <source>Enter her name.</source>
        <translation>Rhowch ei henw.</translation>
    </message>
    <message>
        <source>Enter her reference.</source>
        <translation>Rhowch ei chyfeirnod.</translation>
    </message>
    <message>
        <source>Her date of birth cannot be in the future.</source>
        <translation>Ni all ei dyddiad geni fod yn y dyfodol.</translation>
    </message>
    <message>
        <source>Enter the child&apos;s name.</source>
        <translation>Rhowch enw&apos;r plentyn.</translation>
    </message>
    <message>
        <source>A child&apos;s date of birth cannot be in the future. Check the date, or leave it empty if the baby is not born yet.</source>
        <translation>Ni all dyddiad geni plentyn fod yn y dyfodol. Gwiriwch y dyddiad, neu gadewch ef yn wag os nad yw&apos;r babi wedi&apos;i eni eto.</translation>
    </message>
    <message>
        <source>With this date of birth the child is {age} today. A child on her record is 17 or younger when she arrives: check the date.</source>
        <translation>Gyda&apos;r dyddiad geni hwn, mae&apos;r plentyn yn {age} oed heddiw. Mae plentyn ar ei chofnod yn 17 oed neu&apos;n iau pan fydd hi&apos;n cyrraedd: gwiriwch y dyddiad.</translation>
    </message>
    <message>
        <source>With this date of birth the child was {age} on {day}, the day she arrived. A child on her record is 17 or younger when she arrives: check the date.</source>
        <translation>Gyda&apos;r dyddiad geni hwn, roedd y plentyn yn {age} oed ar {day}, y diwrnod y cyrhaeddodd hi. Mae plentyn ar ei chofnod yn 17 oed neu&apos;n iau pan fydd hi&apos;n cyrraedd: gwiriwch y dyddiad.</translation>
    </message>
    <message>
        <source>{child} is counted among the children of her stay in {where} (from {day}: %n child(ren)), so the child stays on her record. If some details are wrong, use Edit… to put them right.</source>
        <translation>Mae {child} yn cael ei gyfrif ymhlith plant ei harhosiad yn {where} (o {day}: %n plentyn), felly mae&apos;r plentyn yn aros ar ei chofnod. Os yw rhai manylion yn anghywir, defnyddiwch Golygu… i&apos;w cywiro.</translation>
    </message>
    <message>
        <source>Say what she agreed to share.</source>
        <translation>Dywedwch beth y cytunodd hi i&apos;w rannu.</translation>
    </message>
    <message>
        <source>Tick who it may be shared with, or say so in words.</source>
        <translation>Ticiwch gyda phwy y caiff ei rannu, neu dywedwch hynny mewn geiriau.</translation>
    </message>
    <message>
        <source>Choose how she gave her consent.</source>
        <translation>Dewiswch sut y rhoddodd hi ei chaniatâd.</translation>
    </message>
    <message>
        <source>Consent cannot be given on a date still to come.</source>
        <translation>Ni ellir rhoi caniatâd ar ddyddiad sydd eto i ddod.</translation>
    </message>
    <message>
        <source>This consent was withdrawn on {day}, so it stays as it was. If she agrees again, add a new consent.</source>
        <translation>Cafodd y caniatâd hwn ei dynnu&apos;n ôl ar {day}, felly mae&apos;n aros fel yr oedd. Os bydd hi&apos;n cytuno eto, ychwanegwch ganiatâd newydd.</translation>
    </message>
    <message>
        <source>Consent cannot be withdrawn on a date still to come.</source>
        <translation>Ni ellir tynnu caniatâd yn ôl ar ddyddiad sydd eto i ddod.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on {day}.</source>
        <translation>Cafodd y caniatâd hwn ei dynnu&apos;n ôl eisoes ar {day}.</translation>
    </message>
    <message>
        <source>Consent cannot be withdrawn before it was given (on {day}). Check the date.</source>
        <translation>Ni ellir tynnu caniatâd yn ôl cyn iddo gael ei roi (ar {day}). Gwiriwch y dyddiad.</translation>
    </message>
    <message>
        <source>An area is too long: keep each to {limit} characters, one per line.</source>
        <translation>Mae ardal yn rhy hir: cadwch bob un at {limit} nod, un ar bob llinell.</translation>
    </message>
    <message>
        <source>The order ends before it was made.</source>
        <translation>Mae&apos;r gorchymyn yn dod i ben cyn iddo gael ei wneud.</translation>
    </message>
    <message>
        <source>That stay is already on another resident&apos;s record.</source>
        <translation>Mae&apos;r arhosiad hwnnw eisoes ar gofnod preswylydd arall.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Give the years after an adult&apos;s last contact as a whole number.</source>
        <extracomment>The longest reason a decision keeps. What each value of the schedule is refused with: not a whole number; out of its range.</extracomment>
        <translation>Rhowch y blynyddoedd ar ôl cyswllt olaf oedolyn fel rhif cyfan.</translation>
    </message>
    <message>
        <source>Choose years after an adult&apos;s last contact from {low} to {high}.</source>
        <translation>Dewiswch rhwng {low} a {high} o flynyddoedd ar ôl cyswllt olaf oedolyn.</translation>
    </message>
    <message>
        <source>Give the child&apos;s age as a whole number.</source>
        <translation>Rhowch oedran y plentyn fel rhif cyfan.</translation>
    </message>
    <message>
        <source>Choose the child&apos;s age from {low} to {high}.</source>
        <translation>Dewiswch oedran y plentyn rhwng {low} a {high}.</translation>
    </message>
    <message>
        <source>Give the years for a referral as a whole number.</source>
        <translation>Rhowch y blynyddoedd ar gyfer atgyfeiriad fel rhif cyfan.</translation>
    </message>
    <message>
        <source>Choose years for a referral from {low} to {high}.</source>
        <translation>Dewiswch rhwng {low} a {high} o flynyddoedd ar gyfer atgyfeiriad.</translation>
    </message>
    <message>
        <source>Give the days for a draft as a whole number.</source>
        <translation>Rhowch y diwrnodau ar gyfer drafft fel rhif cyfan.</translation>
    </message>
    <message>
        <source>Choose days for a draft from {low} to {high}.</source>
        <translation>Dewiswch rhwng {low} a {high} o ddiwrnodau ar gyfer drafft.</translation>
    </message>
    <message>
        <source>Only an administrator can change the retention schedule.</source>
        <translation>Dim ond gweinyddwr all newid yr amserlen cadw cofnodion.</translation>
    </message>
    <message>
        <source>Removed when carried out</source>
        <extracomment>An anonymise or erase decision waiting for `apply`, if any.</extracomment>
        <translation>Caiff ei dynnu wrth gyflawni&apos;r penderfyniadau</translation>
    </message>
    <message>
        <source>{choice} (approved, waiting)</source>
        <translation>{choice} (wedi&apos;i gymeradwyo, yn aros)</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>I&apos;w benderfynu</translation>
    </message>
    <message>
        <source>Her record</source>
        <translation>Ei chofnod</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <source>Intake draft</source>
        <translation>Drafft derbyn</translation>
    </message>
    <message>
        <source>Form draft</source>
        <translation>Drafft ffurflen</translation>
    </message>
    <message>
        <source>Only a manager or an administrator can see what is due for review.</source>
        <translation>Dim ond rheolwr neu weinyddwr all weld beth sy&apos;n ddyledus i&apos;w adolygu.</translation>
    </message>
    <message>
        <source>her youngest child&apos;s {age}th birthday, {day}</source>
        <translation>pen-blwydd ei phlentyn ieuengaf yn {age} oed, {day}</translation>
    </message>
    <message>
        <source>%n year(s) after her last contact, {day}</source>
        <translation>%n blwyddyn ar ôl ei chyswllt olaf, {day}</translation>
    </message>
    <message>
        <source>Never a stay; %n year(s) after it was closed, {day}</source>
        <translation>Ni fu&apos;n arhosiad; %n blwyddyn ar ôl iddo gael ei gau, {day}</translation>
    </message>
    <message>
        <source>Intake draft {number}</source>
        <translation>Drafft derbyn {number}</translation>
    </message>
    <message>
        <source>Form draft {number}</source>
        <translation>Drafft ffurflen {number}</translation>
    </message>
    <message>
        <source>Not touched for %n day(s)</source>
        <translation>Heb ei gyffwrdd ers %n diwrnod</translation>
    </message>
    <message>
        <source>Only her record or a referral can be decided on.</source>
        <translation>Dim ond ar ei chofnod neu ar atgyfeiriad y gellir penderfynu.</translation>
    </message>
    <message>
        <source>Say why: it is kept with the decision.</source>
        <translation>Dywedwch pam: caiff ei gadw gyda&apos;r penderfyniad.</translation>
    </message>
    <message>
        <source>The reason is {length} characters long; keep it to {limit}.</source>
        <translation>Mae&apos;r rheswm yn {length} nod o hyd; cadwch ef at {limit}.</translation>
    </message>
    <message>
        <source>Choose the day to review it again.</source>
        <translation>Dewiswch y diwrnod i&apos;w adolygu eto.</translation>
    </message>
    <message>
        <source>Choose a day after today.</source>
        <translation>Dewiswch ddiwrnod ar ôl heddiw.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator can decide what happens to a record.</source>
        <translation>Dim ond rheolwr neu weinyddwr all benderfynu beth sy&apos;n digwydd i gofnod.</translation>
    </message>
    <message>
        <source>This referral became a stay: it is kept with her record and decided with it.</source>
        <translation>Daeth yr atgyfeiriad hwn yn arhosiad: caiff ei gadw gyda&apos;i chofnod, a phenderfynir arno yr un pryd â&apos;i chofnod.</translation>
    </message>
    <message>
        <source>Referral {number}</source>
        <extracomment>(reference, why not) for decisions that could not be carried out now.</extracomment>
        <translation>Atgyfeiriad {number}</translation>
    </message>
    <message>
        <source>record {number}</source>
        <translation>cofnod {number}</translation>
    </message>
    <message>
        <source>Only a manager or an administrator can carry out retention decisions.</source>
        <translation>Dim ond rheolwr neu weinyddwr all gyflawni penderfyniadau cadw cofnodion.</translation>
    </message>
    <message>
        <source>she is in refuge again: decide again after she moves on</source>
        <translation>mae hi mewn lloches eto: penderfynwch eto ar ôl iddi symud ymlaen</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Give the date the review is due.</source>
        <translation>Rhowch y dyddiad y mae&apos;r adolygiad yn ddyledus.</translation>
    </message>
    <message>
        <source>A review is saved once it has been held.</source>
        <translation>Caiff adolygiad ei gadw unwaith y mae wedi&apos;i gynnal.</translation>
    </message>
    <message>
        <source>Each moment is chosen once.</source>
        <translation>Dewisir pob eiliad unwaith yn unig.</translation>
    </message>
    <message>
        <source>Choose moments from her own contact log.</source>
        <translation>Dewiswch eiliadau o&apos;i chofnod cysylltiadau hi ei hun.</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Did the latest incident leave her injured?</source>
        <translation>A gafodd hi ei hanafu yn y digwyddiad diweddaraf?</translation>
    </message>
    <message>
        <source>Is she very frightened?</source>
        <translation>Ydy hi&apos;n ofnus iawn?</translation>
    </message>
    <message>
        <source>Is she afraid of something in particular: more violence, being killed, harm to others?</source>
        <translation>Oes arni ofn rhywbeth yn benodol: rhagor o drais, cael ei lladd, niwed i eraill?</translation>
    </message>
    <message>
        <source>Is she cut off from family and friends?</source>
        <translation>Ydy hi wedi&apos;i hynysu oddi wrth ei theulu a&apos;i ffrindiau?</translation>
    </message>
    <message>
        <source>Is she feeling low, depressed or thinking of suicide?</source>
        <translation>Ydy hi&apos;n teimlo&apos;n isel, yn dioddef o iselder neu&apos;n meddwl am hunanladdiad?</translation>
    </message>
    <message>
        <source>Has she separated, or tried to, from the abuser in the past year?</source>
        <translation>Ydy hi wedi gwahanu oddi wrth y camdriniwr, neu wedi ceisio gwneud hynny, yn ystod y flwyddyn ddiwethaf?</translation>
    </message>
    <message>
        <source>Is there conflict over contact with the children?</source>
        <translation>Oes gwrthdaro ynghylch cyswllt â&apos;r plant?</translation>
    </message>
    <message>
        <source>Does the abuser keep calling, texting, following, watching or harassing her?</source>
        <translation>Ydy&apos;r camdriniwr yn dal i&apos;w ffonio, anfon negeseuon testun ati, ei dilyn, ei gwylio neu ei phoeni a&apos;i haflonyddu?</translation>
    </message>
    <message>
        <source>Is she pregnant, or has she had a baby in the last 18 months?</source>
        <translation>Ydy hi&apos;n feichiog, neu ydy hi wedi cael babi yn ystod y 18 mis diwethaf?</translation>
    </message>
    <message>
        <source>Is the abuse happening more often?</source>
        <translation>Ydy&apos;r cam-drin yn digwydd yn amlach?</translation>
    </message>
    <message>
        <source>Is the abuse getting worse?</source>
        <translation>Ydy&apos;r cam-drin yn gwaethygu?</translation>
    </message>
    <message>
        <source>Does the abuser try to control everything she does, or is he very jealous?</source>
        <translation>Ydy&apos;r camdriniwr yn ceisio rheoli popeth mae hi&apos;n ei wneud, neu ydy e&apos;n genfigennus iawn?</translation>
    </message>
    <message>
        <source>Has the abuser ever used a weapon or an object to hurt her?</source>
        <translation>Ydy&apos;r camdriniwr erioed wedi defnyddio arf neu wrthrych i&apos;w brifo hi?</translation>
    </message>
    <message>
        <source>Has the abuser threatened to kill her or someone else, and she believed it?</source>
        <translation>Ydy&apos;r camdriniwr wedi bygwth ei lladd hi neu rywun arall, a hithau wedi&apos;i gredu?</translation>
    </message>
    <message>
        <source>Has the abuser ever strangled, choked, suffocated or tried to drown her?</source>
        <translation>Ydy&apos;r camdriniwr erioed wedi ei thagu, gwasgu ei gwddf, ei mygu neu geisio ei boddi?</translation>
    </message>
    <message>
        <source>Does the abuser do or say sexual things that make her feel bad or that hurt her or others?</source>
        <translation>Ydy&apos;r camdriniwr yn gwneud neu&apos;n dweud pethau rhywiol sy&apos;n gwneud iddi deimlo&apos;n ddrwg, neu sy&apos;n ei brifo hi neu eraill?</translation>
    </message>
    <message>
        <source>Is there anyone else who has threatened her or whom she is afraid of?</source>
        <translation>Oes unrhyw un arall sydd wedi ei bygwth hi, neu y mae arni ei ofn?</translation>
    </message>
    <message>
        <source>Has the abuser hurt anyone else: children, relatives, a former partner, a stranger?</source>
        <translation>Ydy&apos;r camdriniwr wedi brifo unrhyw un arall: plant, perthnasau, cyn-bartner, dieithryn?</translation>
    </message>
    <message>
        <source>Has the abuser ever hurt or mistreated an animal or a family pet?</source>
        <translation>Ydy&apos;r camdriniwr erioed wedi brifo neu gam-drin anifail, neu anifail anwes y teulu?</translation>
    </message>
    <message>
        <source>Are there money worries: she depends on him, or he has recently lost his job?</source>
        <translation>Oes pryderon ariannol: hi&apos;n dibynnu arno fe, neu yntau wedi colli ei swydd yn ddiweddar?</translation>
    </message>
    <message>
        <source>Has the abuser had problems with drugs, alcohol or mental health in the past year?</source>
        <translation>Ydy&apos;r camdriniwr wedi cael problemau gyda chyffuriau, alcohol neu iechyd meddwl yn ystod y flwyddyn ddiwethaf?</translation>
    </message>
    <message>
        <source>Has the abuser ever threatened or attempted suicide?</source>
        <translation>Ydy&apos;r camdriniwr erioed wedi bygwth lladd ei hun, neu wedi ceisio gwneud hynny?</translation>
    </message>
    <message>
        <source>Has the abuser ever broken bail, an injunction or a formal agreement?</source>
        <translation>Ydy&apos;r camdriniwr erioed wedi torri amodau mechnïaeth, gwaharddeb neu gytundeb ffurfiol?</translation>
    </message>
    <message>
        <source>Has the abuser been in trouble with the police, or does he have a criminal record?</source>
        <translation>Ydy&apos;r camdriniwr wedi bod mewn helynt gyda&apos;r heddlu, neu oes ganddo gofnod troseddol?</translation>
    </message>
    <message>
        <source>Answer all {total} questions (yes, no or not known); %n (is/are) answered.</source>
        <extracomment>A MARAC referral this close after an earlier one (or closer) is a repeat.</extracomment>
        <translation>Atebwch bob un o&apos;r {total} cwestiwn (ie, na neu ddim yn hysbys); mae %n wedi&apos;u hateb.</translation>
    </message>
    <message>
        <source>Choose one: professional judgement or escalation.</source>
        <translation>Dewiswch un: barn broffesiynol neu uwchgyfeirio.</translation>
    </message>
    <message>
        <source>An assessment cannot be dated in the future.</source>
        <translation>Ni all asesiad gael ei ddyddio yn y dyfodol.</translation>
    </message>
    <message>
        <source>A MARAC referral cannot be dated in the future.</source>
        <extracomment>The earlier referral this repeats, with its actions, so the repeat is read against it.</extracomment>
        <translation>Ni all atgyfeiriad MARAC gael ei ddyddio yn y dyfodol.</translation>
    </message>
    <message>
        <source>Add at least one action to the list.</source>
        <translation>Ychwanegwch o leiaf un cam gweithredu at y rhestr.</translation>
    </message>
    <message>
        <source>Action {number}: give the date it is due by.</source>
        <translation>Cam gweithredu {number}: rhowch erbyn pa ddyddiad y dylid ei wneud.</translation>
    </message>
    <message>
        <source>Give the date it is due by.</source>
        <translation>Rhowch erbyn pa ddyddiad y dylid ei wneud.</translation>
    </message>
    <message>
        <source>Action {number}: {problem}</source>
        <translation>Cam gweithredu {number}: {problem}</translation>
    </message>
</context>
<context>
    <name>StayCorrections</name>
    <message>
        <source>Say why this is being corrected (a few words are enough).</source>
        <extracomment>The longest reason kept (a few sentences; the form stops typing here too).</extracomment>
        <translation>Dywedwch pam mae hyn yn cael ei gywiro (mae ychydig eiriau&apos;n ddigon).</translation>
    </message>
    <message>
        <source>Keep the reason to {limit} characters.</source>
        <translation>Cadwch y rheswm at {limit} nod.</translation>
    </message>
    <message>
        <source>This stay is already recorded in error, so there is nothing more to correct.</source>
        <translation>Mae&apos;r arhosiad hwn eisoes wedi&apos;i gofnodi trwy gamgymeriad, felly does dim mwy i&apos;w gywiro.</translation>
    </message>
    <message>
        <source>She moved room during this stay, so its dates and rooms are shared with the move. Ask a manager to put the move right.</source>
        <translation>Symudodd hi ystafell yn ystod yr arhosiad hwn, felly mae ei ddyddiadau a&apos;i ystafelloedd yn rhan o&apos;r symud. Gofynnwch i reolwr gywiro&apos;r symud.</translation>
    </message>
    <message>
        <source>A correction records the night she really arrived: it cannot be later than today.</source>
        <translation>Mae cywiriad yn cofnodi&apos;r noson y cyrhaeddodd hi mewn gwirionedd: ni all fod yn hwyrach na heddiw.</translation>
    </message>
    <message>
        <source>That is already her arrival date.</source>
        <translation>Dyna ei dyddiad cyrraedd yn barod.</translation>
    </message>
    <message>
        <source>She left on {day}, so she must have arrived before that.</source>
        <translation>Gadawodd hi ar {day}, felly mae&apos;n rhaid ei bod wedi cyrraedd cyn hynny.</translation>
    </message>
    <message>
        <source>She is already recorded in that room.</source>
        <translation>Mae hi eisoes wedi&apos;i chofnodi yn yr ystafell honno.</translation>
    </message>
    <message>
        <source>Her move-on has been recorded on this stay, so it cannot be recorded in error. Correct the move-on instead.</source>
        <translation>Mae ei symud ymlaen wedi&apos;i gofnodi ar yr arhosiad hwn, felly ni ellir ei gofnodi trwy gamgymeriad. Cywirwch y symud ymlaen yn lle hynny.</translation>
    </message>
    <message>
        <source>A review belongs to this stay, so it cannot be recorded in error. Ask a manager what to do.</source>
        <translation>Mae adolygiad yn perthyn i&apos;r arhosiad hwn, felly ni ellir ei gofnodi trwy gamgymeriad. Gofynnwch i reolwr beth i&apos;w wneud.</translation>
    </message>
    <message>
        <source>She is signed out just now. Sign her back in first.</source>
        <translation>Mae hi wedi mynd allan ar hyn o bryd. Cofnodwch ei bod hi&apos;n ôl yn gyntaf.</translation>
    </message>
    <message>
        <source>{what} ({when} by {by}). Why: {reason}</source>
        <extracomment>Why nothing can be corrected (shown, and Save disabled), or None.</extracomment>
        <translation>{what} ({when} gan {by}). Pam: {reason}</translation>
    </message>
    <message>
        <source>{what} ({when}). Why: {reason}</source>
        <translation>{what} ({when}). Pam: {reason}</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Handovers</source>
        <extracomment>The groups of the page, in the order they are shown (read in the language in use).</extracomment>
        <translation>Trosglwyddiadau</translation>
    </message>
    <message>
        <source>Not back when expected</source>
        <translation>Heb ddod yn ôl pan ddisgwylid</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Dan 18</translation>
    </message>
    <message>
        <source>My actions due and overdue</source>
        <translation>Fy nghamau gweithredu sy&apos;n ddyledus ac yn hwyr</translation>
    </message>
    <message>
        <source>My planned contacts</source>
        <translation>Fy nghysylltiadau wedi&apos;u cynllunio</translation>
    </message>
    <message>
        <source>Reviews due within 7 days</source>
        <translation>Adolygiadau sy&apos;n ddyledus o fewn 7 diwrnod</translation>
    </message>
    <message>
        <source>Arrivals expected</source>
        <translation>Disgwylir iddynt gyrraedd</translation>
    </message>
    <message>
        <source>Referrals to us waiting for our answer</source>
        <translation>Atgyfeiriadau atom ni sy&apos;n aros am ein hateb</translation>
    </message>
    <message>
        <source>Follow up referrals made for her</source>
        <translation>Holi am atgyfeiriadau a wnaed ar ei rhan</translation>
    </message>
    <message>
        <source>Court orders ending within 14 days</source>
        <translation>Gorchmynion llys yn dod i ben o fewn 14 diwrnod</translation>
    </message>
    <message>
        <source>Opened outside her houses (last 7 days)</source>
        <translation>Agorwyd y tu allan i&apos;w thai (7 diwrnod diwethaf)</translation>
    </message>
    <message>
        <source>her</source>
        <extracomment>Who does a MARAC action, when no agency is named.</extracomment>
        <translation>hi</translation>
    </message>
    <message>
        <source>key worker</source>
        <translation>gweithiwr allweddol</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>asiantaeth</translation>
    </message>
    <message>
        <source>Finish your handover to {name}: kept as a draft, not sent</source>
        <translation>Gorffennwch eich trosglwyddiad i {name}: wedi&apos;i gadw fel drafft, heb ei anfon</translation>
    </message>
    <message>
        <source>Read and acknowledge the handover from {name} ({shift}), sent {sent}</source>
        <translation>Darllenwch a chydnabod y trosglwyddiad gan {name} ({shift}), anfonwyd {sent}</translation>
    </message>
    <message>
        <source>Read and acknowledge the handover from {name}, sent {sent}</source>
        <translation>Darllenwch a chydnabod y trosglwyddiad gan {name}, anfonwyd {sent}</translation>
    </message>
    <message>
        <source>Your handover to {name} ({shift}), sent {sent}: not acknowledged yet</source>
        <translation>Eich trosglwyddiad i {name} ({shift}), anfonwyd {sent}: heb ei gydnabod eto</translation>
    </message>
    <message>
        <source>Your handover to {name}, sent {sent}: not acknowledged yet</source>
        <translation>Eich trosglwyddiad i {name}, anfonwyd {sent}: heb ei gydnabod eto</translation>
    </message>
    <message>
        <source>{ref} ({house}): expected back {time}, contactable; %n step(s) logged</source>
        <translation>{ref} ({house}): disgwylid hi&apos;n ôl {time}, mae modd cysylltu â hi; camau wedi&apos;u cofnodi: %n</translation>
    </message>
    <message>
        <source>{ref} ({house}): expected back {time}, contactable; no steps logged yet</source>
        <translation>{ref} ({house}): disgwylid hi&apos;n ôl {time}, mae modd cysylltu â hi; dim camau wedi&apos;u cofnodi eto</translation>
    </message>
    <message>
        <source>{ref} ({house}): expected back {time}, not contactable; %n step(s) logged</source>
        <translation>{ref} ({house}): disgwylid hi&apos;n ôl {time}, does dim modd cysylltu â hi; camau wedi&apos;u cofnodi: %n</translation>
    </message>
    <message>
        <source>{ref} ({house}): expected back {time}, not contactable; no steps logged yet</source>
        <translation>{ref} ({house}): disgwylid hi&apos;n ôl {time}, does dim modd cysylltu â hi; dim camau wedi&apos;u cofnodi eto</translation>
    </message>
    <message>
        <source>{ref}: MARAC action ({who}): {what} (overdue since {day})</source>
        <translation>{ref}: cam gweithredu MARAC ({who}): {what} (yn hwyr ers {day})</translation>
    </message>
    <message>
        <source>{ref}: MARAC action ({who}): {what} (due today)</source>
        <translation>{ref}: cam gweithredu MARAC ({who}): {what} (yn ddyledus heddiw)</translation>
    </message>
    <message>
        <source>{ref}: {what} (overdue since {day})</source>
        <translation>{ref}: {what} (yn hwyr ers {day})</translation>
    </message>
    <message>
        <source>{ref}: {what} (due today)</source>
        <translation>{ref}: {what} (yn ddyledus heddiw)</translation>
    </message>
    <message>
        <source>{time} {ref} (time passed: mark it attended or missed)</source>
        <translation>{time} {ref} (mae&apos;r amser wedi mynd heibio: nodwch a gafodd ei gynnal neu ei golli)</translation>
    </message>
    <message>
        <source>{time} {ref}</source>
        <translation>{time} {ref}</translation>
    </message>
    <message>
        <source>{initials} expected {day}, {room} at {house} (held until {until})</source>
        <translation>{initials} i gyrraedd {day}, {room} yn {house} (wedi&apos;i chadw tan {until})</translation>
    </message>
    <message>
        <source>Referral {number} ({initials}), received {time}: {status}</source>
        <translation>Atgyfeiriad {number} ({initials}), daeth i law {time}: {status}</translation>
    </message>
    <message>
        <source>{ref}: follow up the referral to {agency} (since {day})</source>
        <translation>{ref}: holwch am yr atgyfeiriad at {agency} (ers {day})</translation>
    </message>
    <message>
        <source>{ref}: Celebration of achievement was due {day}</source>
        <translation>{ref}: Dathlu cyflawniad yn ddyledus ers {day}</translation>
    </message>
    <message>
        <source>{ref}: Celebration of achievement due {day}</source>
        <translation>{ref}: Dathlu cyflawniad yn ddyledus {day}</translation>
    </message>
    <message>
        <source>{ref}: Review was due {day}</source>
        <translation>{ref}: Adolygiad yn ddyledus ers {day}</translation>
    </message>
    <message>
        <source>{ref}: Review due {day}</source>
        <translation>{ref}: Adolygiad yn ddyledus {day}</translation>
    </message>
    <message>
        <source>{who} opened {ref} on {time}: “{reason}”</source>
        <translation>Agorodd {who} {ref} ar {time}: “{reason}”</translation>
    </message>
</context>
<context>
    <name>Whereabouts</name>
    <message>
        <source>She cannot have gone out later than now: check the time she left.</source>
        <extracomment>How far back a sign-out may be recorded (&quot;she left at 14:10&quot;, written up at 14:40): a shift&apos;s worth. Older than that is a correction, not a sign-out. Clocks differ a little between office PCs: &quot;now&quot; on another one is not &quot;the future&quot;.</extracomment>
        <translation>Ni all hi fod wedi mynd allan yn hwyrach na nawr: gwiriwch yr amser y gadawodd hi.</translation>
    </message>
    <message>
        <source>A sign-out can be written up to 24 hours after she left. Check the time she left.</source>
        <translation>Gellir cofnodi ei bod wedi mynd allan hyd at 24 awr ar ôl iddi adael. Gwiriwch yr amser y gadawodd hi.</translation>
    </message>
    <message>
        <source>The time she is expected back is before she went out.</source>
        <translation>Mae&apos;r amser y disgwylir hi&apos;n ôl cyn iddi fynd allan.</translation>
    </message>
    <message>
        <source>Her stay here starts on {day}: she cannot have gone out before that. Check the time she left.</source>
        <translation>Mae ei harhosiad yma&apos;n dechrau ar {day}: ni all hi fod wedi mynd allan cyn hynny. Gwiriwch yr amser y gadawodd hi.</translation>
    </message>
    <message>
        <source>She cannot be back before she went out.</source>
        <translation>Ni all hi fod yn ôl cyn iddi fynd allan.</translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation>Dywedwch beth a wnaed.</translation>
    </message>
</context>
</TS>
