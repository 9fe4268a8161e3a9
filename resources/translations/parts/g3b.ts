<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>RecordHerDataDialog</name>
    <message>
        <source>Only a manager or an administrator can review and release her data. You can record that she asked, and a manager will do the rest.</source>
        <translation>Dim ond rheolwr neu weinyddwr sy&apos;n gallu adolygu a rhyddhau ei data. Gallwch chi gofnodi ei bod wedi gofyn, a bydd rheolwr yn gwneud y gweddill.</translation>
    </message>
    <message>
        <source>Withhold</source>
        <translation>Dal yn ôl</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Beth ydyw</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Beth mae&apos;n ei ddweud</translation>
    </message>
    <message>
        <source>Why it is withheld</source>
        <translation>Pam mae&apos;n cael ei ddal yn ôl</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Rhyddhau</translation>
    </message>
    <message>
        <source>Why it is withheld (double-click to change): {reason}</source>
        <translation>Pam mae&apos;n cael ei ddal yn ôl (cliciwch ddwywaith i&apos;w newid): {reason}</translation>
    </message>
    <message>
        <source>Her data</source>
        <translation>Ei data</translation>
    </message>
    <message>
        <source>Everything we hold about her, for her to have within one calendar month of asking. Before it is released a manager reviews the items below: ticked items are withheld and replaced by the reason, so say why.</source>
        <translation>Popeth sydd gennym amdani, iddi ei gael o fewn mis calendr i ofyn amdano. Cyn ei ryddhau, mae rheolwr yn adolygu&apos;r eitemau isod: mae eitemau wedi&apos;u ticio yn cael eu dal yn ôl a&apos;r rheswm yn cael ei roi yn eu lle, felly dywedwch pam.</translation>
    </message>
    <message>
        <source>Save the pack…</source>
        <translation>Cadw&apos;r pecyn…</translation>
    </message>
    <message>
        <source>When she asked for her data</source>
        <translation>Pryd y gofynnodd hi am ei data</translation>
    </message>
    <message>
        <source>She &amp;asked on</source>
        <translation>&amp;Gofynnodd hi ar</translation>
    </message>
    <message>
        <source>When her data is due</source>
        <translation>Erbyn pryd mae ei data i fod yn barod</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <source>&amp;Record that she asked</source>
        <translation>&amp;Cofnodi ei bod wedi gofyn</translation>
    </message>
    <message>
        <source>Items to review before release: tick to withhold</source>
        <translation>Eitemau i&apos;w hadolygu cyn eu rhyddhau: ticiwch i ddal yn ôl</translation>
    </message>
    <message>
        <source>Reading her data…</source>
        <translation>Wrthi&apos;n darllen ei data…</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>I&apos;w hadolygu</translation>
    </message>
    <message>
        <source>Her data could not be read. Close this and try again.</source>
        <translation>Doedd dim modd darllen ei data. Caewch hwn a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Her data has %n part.</source>
        <translation>Mae %n rhan i&apos;w data.</translation>
    </message>
    <message>
        <source>Her data has %n parts.</source>
        <translation>Mae %n rhan i&apos;w data.</translation>
    </message>
    <message>
        <source>{parts} Nothing is suggested for withholding.</source>
        <translation>{parts} Does dim wedi&apos;i awgrymu i&apos;w ddal yn ôl.</translation>
    </message>
    <message>
        <source>%n item to review; {ticked} ticked to withhold as suggested.</source>
        <translation>%n eitem i&apos;w hadolygu; {ticked} wedi&apos;u ticio i&apos;w dal yn ôl, fel yr awgrymwyd.</translation>
    </message>
    <message>
        <source>%n items to review; {ticked} ticked to withhold as suggested.</source>
        <translation>%n eitem i&apos;w hadolygu; {ticked} wedi&apos;u ticio i&apos;w dal yn ôl, fel yr awgrymwyd.</translation>
    </message>
    <message>
        <source>A manager reviews them and saves the pack for her.</source>
        <translation>Mae rheolwr yn eu hadolygu ac yn cadw&apos;r pecyn ar ei chyfer.</translation>
    </message>
    <message>
        <source>Untick what she may have; double-click a reason to change it.</source>
        <translation>Dad-diciwch yr hyn y caiff hi ei gael; cliciwch ddwywaith ar reswm i&apos;w newid.</translation>
    </message>
    <message>
        <source>{parts} {items} {then}</source>
        <translation>{parts} {items} {then}</translation>
    </message>
    <message>
        <source>by {day}, one calendar month after she asked</source>
        <translation>erbyn {day}, mis calendr ar ôl iddi ofyn</translation>
    </message>
    <message>
        <source>Recorded: she asked on {asked}, due by {due}.</source>
        <translation>Wedi&apos;i gofnodi: gofynnodd hi ar {asked}, i fod yn barod erbyn {due}.</translation>
    </message>
    <message>
        <source>Already recorded for this date.</source>
        <translation>Wedi&apos;i gofnodi eisoes ar gyfer y dyddiad hwn.</translation>
    </message>
    <message>
        <source>Her data is still being read. Try again in a moment.</source>
        <translation>Mae ei data&apos;n dal i gael ei ddarllen. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>Say why each ticked item is withheld (double-click its reason).</source>
        <translation>Dywedwch pam mae pob eitem wedi&apos;i thicio yn cael ei dal yn ôl (cliciwch ddwywaith ar ei rheswm).</translation>
    </message>
    <message>
        <source>Save her data</source>
        <translation>Cadw ei data</translation>
    </message>
    <message>
        <source>ZIP file (*.zip)</source>
        <translation>Ffeil ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Saving her data…</source>
        <translation>Wrthi&apos;n cadw ei data…</translation>
    </message>
    <message>
        <source>nothing withheld</source>
        <translation>dim wedi&apos;i ddal yn ôl</translation>
    </message>
    <message>
        <source>%n item withheld</source>
        <translation>%n eitem wedi&apos;i dal yn ôl</translation>
    </message>
    <message>
        <source>%n items withheld</source>
        <translation>%n eitem wedi&apos;u dal yn ôl</translation>
    </message>
    <message>
        <source>Saved to {path} ({withheld}). The file is not encrypted: give it to her safely, then delete your copy.</source>
        <translation>Wedi&apos;i gadw yn {path} ({withheld}). Dydy&apos;r ffeil ddim wedi&apos;i hamgryptio: rhowch hi iddi&apos;n ddiogel, yna dilëwch eich copi chi.</translation>
    </message>
</context>
<context>
    <name>RecordIncidents</name>
    <message>
        <source>Incid&amp;ents</source>
        <translation>&amp;Digwyddiadau</translation>
    </message>
    <message>
        <source>{when} (community support)</source>
        <translation>{when} (cymorth yn y gymuned)</translation>
    </message>
    <message>
        <source>Incidents she was involved in, newest first.</source>
        <translation>Digwyddiadau roedd hi&apos;n rhan ohonyn nhw, y diweddaraf yn gyntaf.</translation>
    </message>
    <message>
        <source>Record an incident…</source>
        <translation>Cofnodi digwyddiad…</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Digwyddiadau</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Tŷ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Beth a wnaed</translation>
    </message>
    <message>
        <source>Police reference</source>
        <translation>Cyfeirnod yr heddlu</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>Pwy gafodd wybod</translation>
    </message>
    <message>
        <source>Record an incident</source>
        <translation>Cofnodi digwyddiad</translation>
    </message>
    <message>
        <source>What happened, what was done, and who was told.</source>
        <translation>Beth ddigwyddodd, beth a wnaed, a phwy gafodd wybod.</translation>
    </message>
    <message>
        <source>Save incident</source>
        <translation>Cadw&apos;r digwyddiad</translation>
    </message>
</context>
<context>
    <name>RecordPlan</name>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>Not done: carried into the next version</source>
        <translation>Heb ei wneud: wedi&apos;i gario i&apos;r fersiwn nesaf</translation>
    </message>
    <message>
        <source>Not done: dropped at the review</source>
        <translation>Heb ei wneud: wedi&apos;i ollwng yn yr adolygiad</translation>
    </message>
    <message>
        <source>%n day</source>
        <translation>%n diwrnod</translation>
    </message>
    <message>
        <source>%n days</source>
        <translation>%n diwrnod</translation>
    </message>
    <message>
        <source>%n day late</source>
        <translation>%n diwrnod yn hwyr</translation>
    </message>
    <message>
        <source>%n days late</source>
        <translation>%n diwrnod yn hwyr</translation>
    </message>
    <message>
        <source>MARAC action: {what}</source>
        <translation>Cam gweithredu MARAC: {what}</translation>
    </message>
    <message>
        <source>{what} ({late})</source>
        <translation>{what} ({late})</translation>
    </message>
    <message>
        <source>%n action is overdue: {actions}</source>
        <translation>Mae %n cam gweithredu yn hwyr: {actions}</translation>
    </message>
    <message>
        <source>%n actions are overdue: {actions}</source>
        <translation>Mae %n cam gweithredu yn hwyr: {actions}</translation>
    </message>
    <message>
        <source>Support &amp;plan</source>
        <translation>Cynllun cy&amp;morth</translation>
    </message>
    <message>
        <source>Version of her plan to show</source>
        <translation>Pa fersiwn o&apos;i chynllun i&apos;w dangos</translation>
    </message>
    <message>
        <source>Start her plan</source>
        <translation>Dechrau ei chynllun</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Ychwanegu nod…</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Ychwanegu cam gweithredu…</translation>
    </message>
    <message>
        <source>Set goal status…</source>
        <translation>Gosod statws y nod…</translation>
    </message>
    <message>
        <source>Mark action done</source>
        <translation>Nodi bod y cam wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Review: new version…</source>
        <translation>Adolygu: fersiwn newydd…</translation>
    </message>
    <message>
        <source>Goals she has chosen, in her words</source>
        <translation>Nodau mae hi wedi&apos;u dewis, yn ei geiriau hi</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Nodau</translation>
    </message>
    <message>
        <source>Goal, in her words</source>
        <translation>Nod, yn ei geiriau hi</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Success looks like</source>
        <translation>Sut olwg sydd ar lwyddiant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Version {version} (current)</source>
        <translation>Fersiwn {version} (cyfredol)</translation>
    </message>
    <message>
        <source>Version {version} (from {day})</source>
        <translation>Fersiwn {version} (o {day})</translation>
    </message>
    <message>
        <source>She has no support plan yet.</source>
        <translation>Does ganddi ddim cynllun cymorth eto.</translation>
    </message>
    <message>
        <source>Support plan, version {version} (started {day})</source>
        <translation>Cynllun cymorth, fersiwn {version} (dechreuwyd {day})</translation>
    </message>
    <message>
        <source>Version {version}, as it was until the review on {day}</source>
        <translation>Fersiwn {version}, fel yr oedd tan yr adolygiad ar {day}</translation>
    </message>
    <message>
        <source>Select a goal in the list, then set what became of it.</source>
        <translation>Dewiswch nod yn y rhestr, yna nodwch beth ddaeth ohono.</translation>
    </message>
    <message>
        <source>This is an earlier version of her plan: statuses are set on the current one.</source>
        <translation>Fersiwn gynharach o&apos;i chynllun yw hon: mae statws yn cael ei osod ar y fersiwn gyfredol.</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Dim dyddiad</translation>
    </message>
    <message>
        <source>Overdue: was due {day} ({days})</source>
        <translation>Yn hwyr: roedd i fod erbyn {day} ({days})</translation>
    </message>
    <message>
        <source>Done {day}</source>
        <translation>Wedi&apos;i wneud {day}</translation>
    </message>
    <message>
        <source>MARAC: {what}</source>
        <translation>MARAC: {what}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Nod</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Beth ddaeth ohono</translation>
    </message>
    <message>
        <source>Start a new version of her plan?</source>
        <translation>Dechrau fersiwn newydd o&apos;i chynllun?</translation>
    </message>
    <message>
        <source>The plan as it is now is kept, so the next review can read it. Open goals and the actions not yet done are carried into the new version.</source>
        <translation>Mae&apos;r cynllun fel y mae nawr yn cael ei gadw, fel bod yr adolygiad nesaf yn gallu ei ddarllen. Mae nodau agored a&apos;r camau gweithredu sydd heb eu gwneud eto yn cael eu cario i&apos;r fersiwn newydd.</translation>
    </message>
    <message>
        <source>Start the new version</source>
        <translation>Dechrau&apos;r fersiwn newydd</translation>
    </message>
    <message>
        <source>Select a goal in the list first.</source>
        <translation>Dewiswch nod yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Select an action in the list first.</source>
        <translation>Dewiswch gam gweithredu yn y rhestr yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>RecordPlanDialogs</name>
    <message>
        <source>Her</source>
        <translation>Hi</translation>
    </message>
    <message>
        <source>Her key worker</source>
        <translation>Ei gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Another agency</source>
        <translation>Asiantaeth arall</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Ychwanegu nod</translation>
    </message>
    <message>
        <source>A goal she has chosen, written the way she says it.</source>
        <translation>Nod mae hi wedi&apos;i ddewis, wedi&apos;i ysgrifennu fel mae hi&apos;n ei ddweud.</translation>
    </message>
    <message>
        <source>Save goal</source>
        <translation>Cadw&apos;r nod</translation>
    </message>
    <message>
        <source>The goal in her words</source>
        <translation>Y nod yn ei geiriau hi</translation>
    </message>
    <message>
        <source>Need area</source>
        <translation>Maes angen</translation>
    </message>
    <message>
        <source>No particular area</source>
        <translation>Dim maes penodol</translation>
    </message>
    <message>
        <source>What success looks like</source>
        <translation>Sut olwg fydd ar lwyddiant</translation>
    </message>
    <message>
        <source>In her words</source>
        <translation>Yn ei geiriau hi</translation>
    </message>
    <message>
        <source>Success looks like</source>
        <translation>Sut olwg sydd ar lwyddiant</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <source>What is to be done, who does it, and by when.</source>
        <translation>Beth sydd i&apos;w wneud, pwy sy&apos;n ei wneud, ac erbyn pryd.</translation>
    </message>
    <message>
        <source>Save action</source>
        <translation>Cadw&apos;r cam gweithredu</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Beth sydd i&apos;w wneud</translation>
    </message>
    <message>
        <source>For which goal</source>
        <translation>Ar gyfer pa nod</translation>
    </message>
    <message>
        <source>Not under a goal</source>
        <translation>Ddim o dan nod</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Which agency</source>
        <translation>Pa asiantaeth</translation>
    </message>
    <message>
        <source>Only when another agency does it</source>
        <translation>Dim ond pan fydd asiantaeth arall yn ei wneud</translation>
    </message>
    <message>
        <source>Has a date to be done by</source>
        <translation>Mae dyddiad i&apos;w wneud erbyn</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>I&apos;w wneud erbyn</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>For goal</source>
        <translation>Ar gyfer nod</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <source>Set the goal&apos;s status</source>
        <translation>Gosod statws y nod</translation>
    </message>
    <message>
        <source>Her goal: “{goal}”</source>
        <translation>Ei nod: “{goal}”</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Cadw&apos;r statws</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Beth ddaeth ohono</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ar</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ar agor</translation>
    </message>
    <message>
        <source>Now: {status} since {day}</source>
        <translation>Nawr: {status} ers {day}</translation>
    </message>
    <message>
        <source>Now: {status}</source>
        <translation>Nawr: {status}</translation>
    </message>
    <message>
        <source>Open again: no date is kept; she is working on it again.</source>
        <translation>Ar agor eto: does dim dyddiad yn cael ei gadw; mae hi&apos;n gweithio arno eto.</translation>
    </message>
</context>
<context>
    <name>RecordProgrammeDialogs</name>
    <message>
        <source>Set up a programme</source>
        <translation>Sefydlu rhaglen</translation>
    </message>
    <message>
        <source>A group programme, such as the 12-week Freedom Programme: who runs it, how, and its sessions.</source>
        <translation>Rhaglen grŵp, fel y Freedom Programme 12 wythnos: pwy sy&apos;n ei chynnal, sut, a&apos;i sesiynau.</translation>
    </message>
    <message>
        <source>Save programme</source>
        <translation>Cadw&apos;r rhaglen</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Enw&apos;r rhaglen</translation>
    </message>
    <message>
        <source>e.g. Freedom Programme</source>
        <translation>e.e. Freedom Programme</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Hwylusydd</translation>
    </message>
    <message>
        <source>Who runs it</source>
        <translation>Pwy sy&apos;n ei chynnal</translation>
    </message>
    <message>
        <source>In person or online</source>
        <translation>Wyneb yn wyneb neu ar-lein</translation>
    </message>
    <message>
        <source>For which house</source>
        <translation>Ar gyfer pa dŷ</translation>
    </message>
    <message>
        <source>Sessions: number, date and topic</source>
        <translation>Sesiynau: rhif, dyddiad a phwnc</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Ychwanegu sesiwn</translation>
    </message>
    <message>
        <source>Add a session, a week after the last</source>
        <translation>Ychwanegu sesiwn, wythnos ar ôl yr un olaf</translation>
    </message>
    <message>
        <source>Adds the next session, a week after the last one</source>
        <translation>Yn ychwanegu&apos;r sesiwn nesaf, wythnos ar ôl yr un olaf</translation>
    </message>
    <message>
        <source>Remove the last session</source>
        <translation>Tynnu&apos;r sesiwn olaf</translation>
    </message>
    <message>
        <source>Sessions she must attend to complete it</source>
        <translation>Sesiynau mae&apos;n rhaid iddi eu mynychu i&apos;w chwblhau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Ar gyfer</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>Sessions to attend</source>
        <translation>Sesiynau i&apos;w mynychu</translation>
    </message>
    <message>
        <source>Session {row}: number</source>
        <translation>Sesiwn {row}: rhif</translation>
    </message>
    <message>
        <source>Session {row}: date</source>
        <translation>Sesiwn {row}: dyddiad</translation>
    </message>
    <message>
        <source>Session {row}: topic</source>
        <translation>Sesiwn {row}: pwnc</translation>
    </message>
    <message>
        <source>Topic (optional)</source>
        <translation>Pwnc (dewisol)</translation>
    </message>
    <message>
        <source>of the %n session: attending this many completes it</source>
        <translation>o&apos;r %n sesiwn: mae mynychu cynifer â hyn yn ei chwblhau</translation>
    </message>
    <message>
        <source>of the %n sessions: attending this many completes it</source>
        <translation>o&apos;r %n sesiwn: mae mynychu cynifer â hyn yn ei chwblhau</translation>
    </message>
    <message>
        <source>A programme needs at least one session.</source>
        <translation>Mae angen o leiaf un sesiwn ar raglen.</translation>
    </message>
    <message>
        <source>Add a session: {programme}</source>
        <translation>Ychwanegu sesiwn: {programme}</translation>
    </message>
    <message>
        <source>A session added to the programme.</source>
        <translation>Sesiwn wedi&apos;i hychwanegu at y rhaglen.</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Ychwanegu&apos;r sesiwn</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Rhif y sesiwn</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Dyddiad y sesiwn</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Enrol her on a programme</source>
        <translation>Ei chofrestru ar raglen</translation>
    </message>
    <message>
        <source>Programmes she is not enrolled on yet.</source>
        <translation>Rhaglenni nad yw hi wedi&apos;i chofrestru arnyn nhw eto.</translation>
    </message>
    <message>
        <source>Enrol her</source>
        <translation>Ei chofrestru</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Dyddiad cofrestru</translation>
    </message>
    <message>
        <source>She is on every programme there is. To add another, use Set up a programme… on her Programmes tab.</source>
        <translation>Mae hi ar bob rhaglen sydd ar gael. I ychwanegu un arall, defnyddiwch y botwm Sefydlu rhaglen… ar ei thab Rhaglenni.</translation>
    </message>
    <message>
        <source>There is no programme she is not on yet.</source>
        <translation>Does dim rhaglen nad yw hi arni eisoes.</translation>
    </message>
    <message>
        <source>There is no programme to enrol her on: set one up first.</source>
        <translation>Does dim rhaglen i&apos;w chofrestru arni: sefydlwch un yn gyntaf.</translation>
    </message>
    <message>
        <source>whole service</source>
        <translation>y gwasanaeth cyfan</translation>
    </message>
    <message>
        <source>{programme} ({how}, {where}, from {day})</source>
        <translation>{programme} ({how}, {where}, o {day})</translation>
    </message>
    <message>
        <source>{programme} ({how}, {where})</source>
        <translation>{programme} ({how}, {where})</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Rhaglenni</translation>
    </message>
    <message>
        <source>Group programmes</source>
        <translation>Rhaglenni grŵp</translation>
    </message>
    <message>
        <source>Every programme the service runs. Select one to see its sessions.</source>
        <translation>Pob rhaglen mae&apos;r gwasanaeth yn ei chynnal. Dewiswch un i weld ei sesiynau.</translation>
    </message>
    <message>
        <source>To complete</source>
        <translation>I&apos;w chwblhau</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Wedi cofrestru</translation>
    </message>
    <message>
        <source>Sessions of the programme selected</source>
        <translation>Sesiynau&apos;r rhaglen a ddewiswyd</translation>
    </message>
    <message>
        <source>Set up a programme…</source>
        <translation>Sefydlu rhaglen…</translation>
    </message>
    <message>
        <source>Add a session…</source>
        <translation>Ychwanegu sesiwn…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Whole service</source>
        <translation>Y gwasanaeth cyfan</translation>
    </message>
    <message>
        <source>%n attended</source>
        <extracomment>In the &quot;To complete&quot; column: how many sessions she must attend to complete it.</extracomment>
        <translation>Mynychu %n</translation>
    </message>
    <message>
        <source>Select a programme in the list first.</source>
        <translation>Dewiswch raglen yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>The whole service</source>
        <translation>Y gwasanaeth cyfan</translation>
    </message>
</context>
<context>
    <name>RecordProgrammes</name>
    <message>
        <source>Pro&amp;grammes</source>
        <translation>Rha&amp;glenni</translation>
    </message>
    <message>
        <source>%n attended, {more} more than needed</source>
        <translation>Wedi mynychu %n, {more} yn fwy na&apos;r angen</translation>
    </message>
    <message>
        <source>%n of {needed} needed</source>
        <translation>%n o&apos;r {needed} sydd eu hangen</translation>
    </message>
    <message>
        <source>{attended} (%n as community support)</source>
        <translation>{attended} (%n fel cymorth yn y gymuned)</translation>
    </message>
    <message>
        <source>{attended}; %n outside her stays not counted</source>
        <translation>{attended}; %n y tu allan i&apos;w harosiadau heb eu cyfrif</translation>
    </message>
    <message>
        <source>Group programmes she is enrolled on. A certificate can be printed for a programme she has completed. Sessions outside her stays count only as community support.</source>
        <translation>Rhaglenni grŵp mae hi wedi&apos;i chofrestru arnyn nhw. Gellir argraffu tystysgrif ar gyfer rhaglen mae hi wedi&apos;i chwblhau. Mae sesiynau y tu allan i&apos;w harosiadau yn cyfrif fel cymorth yn y gymuned yn unig.</translation>
    </message>
    <message>
        <source>Enrol her…</source>
        <translation>Ei chofrestru…</translation>
    </message>
    <message>
        <source>Record attendance…</source>
        <translation>Cofnodi presenoldeb…</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>Tystysgrif…</translation>
    </message>
    <message>
        <source>Set up a programme…</source>
        <translation>Sefydlu rhaglen…</translation>
    </message>
    <message>
        <source>Programmes…</source>
        <translation>Rhaglenni…</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Rhaglenni</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Wedi mynychu</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Wedi colli</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Wedi&apos;i hesgusodi</translation>
    </message>
    <message>
        <source>Completed?</source>
        <translation>Wedi cwblhau?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>Enrol her on a programme first.</source>
        <translation>Cofrestrwch hi ar raglen yn gyntaf.</translation>
    </message>
    <message>
        <source>She is not on a programme yet.</source>
        <translation>Dydy hi ddim ar raglen eto.</translation>
    </message>
    <message>
        <source>Select a programme in the list first.</source>
        <translation>Dewiswch raglen yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Making her certificate…</source>
        <translation>Wrthi&apos;n gwneud ei thystysgrif…</translation>
    </message>
    <message>
        <source>Certificate saved</source>
        <translation>Tystysgrif wedi&apos;i chadw</translation>
    </message>
    <message>
        <source>Save her certificate</source>
        <translation>Cadw ei thystysgrif</translation>
    </message>
    <message>
        <source>She came</source>
        <translation>Daeth hi</translation>
    </message>
    <message>
        <source>She missed it</source>
        <translation>Collodd hi&apos;r sesiwn</translation>
    </message>
    <message>
        <source>She could not come (excused)</source>
        <translation>Doedd hi ddim yn gallu dod (wedi&apos;i hesgusodi)</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Cofnodi presenoldeb</translation>
    </message>
    <message>
        <source>If she missed a session, a check that she is safe is added to her plan for her key worker.</source>
        <translation>Os collodd hi sesiwn, mae gwiriad ei bod hi&apos;n ddiogel yn cael ei ychwanegu at ei chynllun ar gyfer ei gweithiwr allweddol.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <source>Did she come</source>
        <translation>Ddaeth hi</translation>
    </message>
    <message>
        <source>Did she come?</source>
        <translation>Ddaeth hi?</translation>
    </message>
    <message>
        <source>Her programmes have no sessions to choose from yet: add one from Programmes….</source>
        <translation>Does dim sesiynau i ddewis ohonyn nhw ar ei rhaglenni eto: ychwanegwch un drwy&apos;r botwm Rhaglenni….</translation>
    </message>
</context>
<context>
    <name>RecordReferralsOut</name>
    <message>
        <source>Made</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Wedi&apos;i gydnabod</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Wedi&apos;i dderbyn</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Re&amp;ferrals out</source>
        <translation>Atgy&amp;feiriadau allan</translation>
    </message>
    <message>
        <source>Referrals made for her to other agencies, newest first.</source>
        <translation>Atgyfeiriadau a wnaed ar ei rhan i asiantaethau eraill, y diweddaraf yn gyntaf.</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>Diweddaru…</translation>
    </message>
    <message>
        <source>Make a referral…</source>
        <translation>Gwneud atgyfeiriad…</translation>
    </message>
    <message>
        <source>Record what became of the selected referral</source>
        <translation>Cofnodi beth ddaeth o&apos;r atgyfeiriad a ddewiswyd</translation>
    </message>
    <message>
        <source>Referrals out</source>
        <translation>Atgyfeiriadau allan</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Wedi&apos;i wneud ar</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Dilyn i fyny</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Follow up now (due {day})</source>
        <translation>Dilynwch i fyny nawr (erbyn {day})</translation>
    </message>
    <message>
        <source>Select a referral in the list first.</source>
        <translation>Dewiswch atgyfeiriad yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Make a referral for her</source>
        <translation>Gwneud atgyfeiriad ar ei rhan</translation>
    </message>
    <message>
        <source>A referral made on her behalf to another agency.</source>
        <translation>Atgyfeiriad a wnaed ar ei rhan i asiantaeth arall.</translation>
    </message>
    <message>
        <source>Save referral</source>
        <translation>Cadw&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Agency&apos;s name</source>
        <translation>Enw&apos;r asiantaeth</translation>
    </message>
    <message>
        <source>e.g. Northtown Law Centre</source>
        <translation>e.e. Northtown Law Centre</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Sail gyfreithlon</translation>
    </message>
    <message>
        <source>Why it can go ahead without her consent, e.g. a risk to her life or a child&apos;s safety</source>
        <translation>Pam y gall fynd yn ei flaen heb ei chaniatâd, e.e. risg i&apos;w bywyd neu i ddiogelwch plentyn</translation>
    </message>
    <message>
        <source>Follow it up on a date</source>
        <translation>Ei ddilyn i fyny ar ddyddiad</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Dilyn i fyny ar</translation>
    </message>
    <message>
        <source>Her consent</source>
        <translation>Ei chaniatâd</translation>
    </message>
    <message>
        <source>Her consent covers sharing with {agency}.</source>
        <translation>Mae ei chaniatâd yn cynnwys rhannu gyda&apos;r canlynol: {agency}.</translation>
    </message>
    <message>
        <source>Her consent covers this referral: no lawful basis is needed.</source>
        <translation>Mae ei chaniatâd yn cynnwys yr atgyfeiriad hwn: does dim angen sail gyfreithlon.</translation>
    </message>
    <message>
        <source>Referral to {agency}</source>
        <translation>Atgyfeiriad i {agency}</translation>
    </message>
    <message>
        <source>Made on {day}. Her consent did not cover it; the lawful basis recorded: {basis}</source>
        <translation>Wedi&apos;i wneud ar {day}. Doedd ei chaniatâd ddim yn ei gynnwys; y sail gyfreithlon a gofnodwyd: {basis}</translation>
    </message>
    <message>
        <source>Made on {day}.</source>
        <translation>Wedi&apos;i wneud ar {day}.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
</context>
<context>
    <name>RecordReviews</name>
    <message>
        <source>Re&amp;views</source>
        <translation>Ado&amp;lygiadau</translation>
    </message>
    <message>
        <source>Her reviews, and the celebration of achievement before she moves on. Saving a review again keeps the earlier version.</source>
        <translation>Ei hadolygiadau, a&apos;r dathlu cyflawniad cyn iddi symud ymlaen. Mae cadw adolygiad eto yn cadw&apos;r fersiwn gynharach.</translation>
    </message>
    <message>
        <source>Plan a review…</source>
        <translation>Trefnu adolygiad…</translation>
    </message>
    <message>
        <source>Hold a review…</source>
        <translation>Cynnal adolygiad…</translation>
    </message>
    <message>
        <source>Save a new version…</source>
        <translation>Cadw fersiwn newydd…</translation>
    </message>
    <message>
        <source>Report for court…</source>
        <translation>Adroddiad i&apos;r llys…</translation>
    </message>
    <message>
        <source>Move on…</source>
        <translation>Symud ymlaen…</translation>
    </message>
    <message>
        <source>Erasure request…</source>
        <translation>Cais i ddileu…</translation>
    </message>
    <message>
        <source>Record the selected review again, as a new version</source>
        <translation>Cofnodi&apos;r adolygiad a ddewiswyd eto, fel fersiwn newydd</translation>
    </message>
    <message>
        <source>Record the day she leaves the refuge</source>
        <translation>Cofnodi&apos;r diwrnod mae hi&apos;n gadael y lloches</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dyddiad dyledus</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Cynhaliwyd</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Her copy (PDF)…</source>
        <translation>Ei chopi hi (PDF)…</translation>
    </message>
    <message>
        <source>File copy (PDF)…</source>
        <translation>Copi i&apos;r ffeil (PDF)…</translation>
    </message>
    <message>
        <source>Requested outcomes: {figure}</source>
        <translation>Y canlyniadau y gofynnodd hi amdanynt: {figure}</translation>
    </message>
    <message>
        <source>Overdue: was due {day}</source>
        <translation>Yn hwyr: roedd i fod erbyn {day}</translation>
    </message>
    <message>
        <source>Not held yet</source>
        <translation>Heb ei gynnal eto</translation>
    </message>
    <message>
        <source>Not available: she is not in refuge now (no stay on her record is current; her stays are on the Overview). If she is in a room but the stay is not on her record, select the room on the Houses board, choose Start her intake…, then This is her.</source>
        <translation>Ddim ar gael: dydy hi ddim yn y lloches nawr (does dim arhosiad cyfredol ar ei chofnod; mae ei harosiadau ar y Trosolwg). Os yw hi mewn ystafell ond nad yw&apos;r arhosiad ar ei chofnod, dewiswch yr ystafell ar fwrdd y Tai, dewiswch Dechrau ei derbyn…, yna Dyma hi.</translation>
    </message>
    <message>
        <source>Select a review in the list first.</source>
        <translation>Dewiswch adolygiad yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Select a review that has been held first.</source>
        <translation>Dewiswch adolygiad sydd wedi&apos;i gynnal yn gyntaf.</translation>
    </message>
    <message>
        <source>Save her copy</source>
        <translation>Cadw ei chopi hi</translation>
    </message>
    <message>
        <source>Save the file copy</source>
        <translation>Cadw&apos;r copi i&apos;r ffeil</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Wrthi&apos;n gwneud y PDF…</translation>
    </message>
    <message>
        <source>Her copy saved</source>
        <translation>Ei chopi hi wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>File copy saved</source>
        <translation>Copi i&apos;r ffeil wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>She is not in refuge now, so there is no stay to move on from.</source>
        <translation>Dydy hi ddim yn y lloches nawr, felly does dim arhosiad i symud ymlaen ohono.</translation>
    </message>
</context>
<context>
    <name>RecordReviewsDialogs</name>
    <message>
        <source>No goals to count yet.</source>
        <translation>Does dim nodau i&apos;w cyfrif eto.</translation>
    </message>
    <message>
        <source>{percent}% of the outcomes she asked for achieved ({achieved} of {counted}; {in_full} in full)</source>
        <translation>{percent}% o&apos;r canlyniadau y gofynnodd hi amdanynt wedi&apos;u cyflawni ({achieved} o {counted}; {in_full} yn llawn)</translation>
    </message>
    <message>
        <source>{day}: {what}, {how}</source>
        <translation>{day}: {what}, {how}</translation>
    </message>
    <message>
        <source>Hold a review</source>
        <translation>Cynnal adolygiad</translation>
    </message>
    <message>
        <source>Look back together at where she started and what she has done. Saving again later keeps this version as it is.</source>
        <translation>Edrychwch yn ôl gyda&apos;ch gilydd ar ble dechreuodd hi a beth mae hi wedi&apos;i wneud. Os byddwch chi&apos;n cadw eto nes ymlaen, bydd y fersiwn hon yn aros fel y mae.</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Cadw&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Kind of review</source>
        <translation>Math o adolygiad</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Cynhaliwyd ar</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>Pwy oedd yno</translation>
    </message>
    <message>
        <source>For example: her, her key worker</source>
        <translation>Er enghraifft: hi, ei gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Her own words</source>
        <translation>Ei geiriau ei hun</translation>
    </message>
    <message>
        <source>What she wants to say, in her words</source>
        <translation>Beth mae hi eisiau ei ddweud, yn ei geiriau hi</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Camau nesaf</translation>
    </message>
    <message>
        <source>Moments from her contact log</source>
        <translation>Adegau o&apos;i chofnod cyswllt</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>Words for her copy</source>
        <translation>Geiriau ar gyfer ei chopi hi</translation>
    </message>
    <message>
        <source>{kind}: a new version</source>
        <translation>{kind}: fersiwn newydd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>What we look at</source>
        <translation>Beth rydyn ni&apos;n edrych arno</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Adegau</translation>
    </message>
    <message>
        <source>Needs, when she arrived and now (1 to 5, higher is better):</source>
        <translation>Anghenion, pan gyrhaeddodd hi a nawr (1 i 5, po uchaf gorau):</translation>
    </message>
    <message>
        <source>No needs scores yet.</source>
        <translation>Does dim sgorau anghenion eto.</translation>
    </message>
    <message>
        <source>What she asked for:</source>
        <translation>Beth ofynnodd hi amdano:</translation>
    </message>
    <message>
        <source>Programmes completed: {programmes}</source>
        <translation>Rhaglenni a gwblhawyd: {programmes}</translation>
    </message>
    <message>
        <source>A review is saved once it has been held.</source>
        <translation>Mae adolygiad yn cael ei gadw ar ôl iddo gael ei gynnal.</translation>
    </message>
    <message>
        <source>Plan a review</source>
        <translation>Trefnu adolygiad</translation>
    </message>
    <message>
        <source>Her key worker sees it on Today in the week it is due.</source>
        <translation>Bydd ei gweithiwr allweddol yn ei weld ar Heddiw yn yr wythnos mae&apos;n ddyledus.</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Trefnu&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Interim review</source>
        <translation>Adolygiad interim</translation>
    </message>
    <message>
        <source>Celebration of achievement</source>
        <translation>Dathlu cyflawniad</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Dyddiad dyledus</translation>
    </message>
    <message>
        <source>Not reached while she was here</source>
        <translation>Heb ei gyrraedd tra oedd hi yma</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>Wedi&apos;i gyflawni&apos;n rhannol</translation>
    </message>
    <message>
        <source>She no longer wanted it</source>
        <translation>Doedd hi ddim ei eisiau mwyach</translation>
    </message>
    <message>
        <source>Move on</source>
        <translation>Symud ymlaen</translation>
    </message>
    <message>
        <source>Record the day she left (or leaves today), where she went, and whether support carries on. Her plan is closed and kept.</source>
        <translation>Cofnodwch y diwrnod y gadawodd hi (neu mae&apos;n gadael heddiw), i ble&apos;r aeth hi, ac a yw&apos;r cymorth yn parhau. Mae ei chynllun yn cael ei gau a&apos;i gadw.</translation>
    </message>
    <message>
        <source>Record move-on</source>
        <translation>Cofnodi symud ymlaen</translation>
    </message>
    <message>
        <source>The day she leaves</source>
        <translation>Y diwrnod mae hi&apos;n gadael</translation>
    </message>
    <message>
        <source>Why she is leaving</source>
        <translation>Pam mae hi&apos;n gadael</translation>
    </message>
    <message>
        <source>Where she is going</source>
        <translation>I ble mae hi&apos;n mynd</translation>
    </message>
    <message>
        <source>Support after she leaves</source>
        <translation>Cymorth ar ôl iddi adael</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Leaving on</source>
        <translation>Yn gadael ar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Going to</source>
        <translation>Yn mynd i</translation>
    </message>
    <message>
        <source>Support after</source>
        <translation>Cymorth wedyn</translation>
    </message>
    <message>
        <source>What became of each goal she is still working on? Talk it through with her; a goal left as it is was not reached while she was here.</source>
        <translation>Beth ddaeth o bob nod mae hi&apos;n dal i weithio arno? Siaradwch am hyn gyda hi; os caiff nod ei adael fel y mae, ni chafodd ei gyrraedd tra oedd hi yma.</translation>
    </message>
    <message>
        <source>What became of: {goal}</source>
        <translation>Beth ddaeth o: {goal}</translation>
    </message>
</context>
</TS>
