<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>IntakeWizard</name>
    <message>
        <source>About her</source>
        <extracomment>Which step each section of the draft is typed on. Form.add gives back the widget it was given, as its own type.</extracomment>
        <translation>Amdani hi</translation>
    </message>
    <message>
        <source>Her name is needed (left empty, the reference is the next household reference); fill in the rest as she is ready to share it.</source>
        <translation>Mae angen ei henw (os caiff ei adael yn wag, y cyfeirnod fydd cyfeirnod nesaf yr aelwyd); llenwch y gweddill pan fydd hi&apos;n barod i&apos;w rannu.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>e.e. {example}</translation>
    </message>
    <message>
        <source>Her household reference. An intake started from her stay has it already; a new one gets the next free reference when left empty.</source>
        <translation>Cyfeirnod ei haelwyd. Mae gan dderbyn a ddechreuwyd o&apos;i harhosiad un yn barod; mae un newydd yn cael y cyfeirnod rhydd nesaf os caiff ei adael yn wag.</translation>
    </message>
    <message>
        <source>Her name</source>
        <translation>Ei henw</translation>
    </message>
    <message>
        <source>Known as</source>
        <translation>Enw a ffefrir</translation>
    </message>
    <message>
        <source>The name she likes to be called</source>
        <translation>Yr enw y mae hi&apos;n hoffi cael ei galw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Her date of birth</source>
        <translation>Ei dyddiad geni</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Mae angen cyfieithydd arni</translation>
    </message>
    <message>
        <source>Disability and access needs</source>
        <translation>Anabledd ac anghenion mynediad</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>Statws mewnfudo</translation>
    </message>
    <message>
        <source>No recourse to public funds</source>
        <translation>Dim hawl i arian cyhoeddus</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Meddyg teulu</translation>
    </message>
    <message>
        <source>Safe to phone her?</source>
        <translation>A yw&apos;n ddiogel ei ffonio?</translation>
    </message>
    <message>
        <source>Safe to text her?</source>
        <translation>A yw&apos;n ddiogel anfon neges destun ati?</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>Gair cod</translation>
    </message>
    <message>
        <source>Times to avoid</source>
        <translation>Amseroedd i&apos;w hosgoi</translation>
    </message>
    <message>
        <source>e.g. weekends, after 6pm</source>
        <translation>e.e. penwythnosau, ar ôl 6pm</translation>
    </message>
    <message>
        <source>Key worker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Heb ei ddewis eto</translation>
    </message>
    <message>
        <source>Child {number}</source>
        <translation>Plentyn {number}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation>Enw&apos;r plentyn</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth</source>
        <translation>Dyddiad geni&apos;r plentyn</translation>
    </message>
    <message>
        <source>School or nursery</source>
        <translation>Ysgol neu feithrinfa</translation>
    </message>
    <message>
        <source>On a child protection plan</source>
        <translation>Ar gynllun amddiffyn plant</translation>
    </message>
    <message>
        <source>Child in need</source>
        <translation>Plentyn mewn angen</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>The child&apos;s own needs</source>
        <translation>Anghenion y plentyn ei hun</translation>
    </message>
    <message>
        <source>Remove this child</source>
        <translation>Tynnu&apos;r plentyn hwn</translation>
    </message>
    <message>
        <source>Child {number} (aged {age} at arrival)</source>
        <extracomment>What the arrival said about this child (intake.ARRIVAL_HINTS), kept with the row.</extracomment>
        <translation>Plentyn {number} ({age} oed wrth gyrraedd)</translation>
    </message>
    <message>
        <source>Child {number} (age not given at arrival)</source>
        <translation>Plentyn {number} (ni roddwyd oedran wrth gyrraedd)</translation>
    </message>
    <message>
        <source>The child&apos;s name: from her arrival, still to fill in</source>
        <translation>Enw&apos;r plentyn: o&apos;i chyrraedd, i&apos;w lenwi o hyd</translation>
    </message>
    <message>
        <source>Her children</source>
        <translation>Ei phlant</translation>
    </message>
    <message>
        <source>The children coming with her. Leave the date of birth empty if you do not know it yet.</source>
        <translation>Y plant sy&apos;n dod gyda hi. Gadewch y dyddiad geni yn wag os nad ydych yn ei wybod eto.</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Ychwanegu plentyn</translation>
    </message>
    <message>
        <source>Consent {number}</source>
        <translation>Caniatâd {number}</translation>
    </message>
    <message>
        <source>What she agreed to share</source>
        <translation>Beth y cytunodd hi i&apos;w rannu</translation>
    </message>
    <message>
        <source>e.g. her risk assessment</source>
        <translation>e.e. ei hasesiad risg</translation>
    </message>
    <message>
        <source>She agreed to share with</source>
        <translation>Cytunodd hi i&apos;w rannu gyda</translation>
    </message>
    <message>
        <source>With whom (in words)</source>
        <translation>Gyda phwy (mewn geiriau)</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Gyda phwy</translation>
    </message>
    <message>
        <source>if the ticks do not say it all</source>
        <translation>os nad yw&apos;r ticiau&apos;n dweud y cyfan</translation>
    </message>
    <message>
        <source>How she gave it</source>
        <translation>Sut y rhoddodd hi ef</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Cytunwyd ar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>What she has agreed to share, and with whom. You are recorded as the person who explained it to her.</source>
        <translation>Beth y mae hi wedi cytuno i&apos;w rannu, a gyda phwy. Cewch eich cofnodi fel y person a&apos;i hesboniodd iddi.</translation>
    </message>
    <message>
        <source>Add consent</source>
        <translation>Ychwanegu caniatâd</translation>
    </message>
    <message>
        <source>Court order {number}</source>
        <translation>Gorchymyn llys {number}</translation>
    </message>
    <message>
        <source>Kind of order</source>
        <translation>Math o orchymyn</translation>
    </message>
    <message>
        <source>Choose the kind of order</source>
        <translation>Dewiswch y math o orchymyn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gwnaed ar</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Yn dod i ben ar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source>The person she fled, the areas she must be kept away from, and any court orders. Known areas are never offered to her as a place to live.</source>
        <translation>Y person y ffodd hi rhagddo, yr ardaloedd y mae&apos;n rhaid ei chadw draw ohonynt, ac unrhyw orchmynion llys. Ni chynigir ardaloedd hysbys iddi byth fel lle i fyw.</translation>
    </message>
    <message>
        <source>The person she fled</source>
        <translation>Y person y ffodd hi rhagddo</translation>
    </message>
    <message>
        <source>His or her name</source>
        <translation>Ei enw neu ei henw</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Cerbyd</translation>
    </message>
    <message>
        <source>Make, colour, registration</source>
        <translation>Gwneuthuriad, lliw, rhif cofrestru</translation>
    </message>
    <message>
        <source>Known areas</source>
        <translation>Ardaloedd hysbys</translation>
    </message>
    <message>
        <source>One town or area per line: where he lives, works or has family</source>
        <translation>Un dref neu ardal ar bob llinell: lle mae&apos;n byw, yn gweithio neu lle mae ganddo deulu</translation>
    </message>
    <message>
        <source>Add a court order</source>
        <translation>Ychwanegu gorchymyn llys</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Derbyn</translation>
    </message>
    <message>
        <source>Save and finish later</source>
        <translation>Cadw a gorffen yn nes ymlaen</translation>
    </message>
    <message>
        <source>Finish: make her record</source>
        <translation>Gorffen: creu ei chofnod</translation>
    </message>
    <message>
        <source>Intake: household {reference}, started from her arrival</source>
        <translation>Derbyn: aelwyd {reference}, wedi&apos;i ddechrau o&apos;i chyrraedd</translation>
    </message>
    <message>
        <source>Intakes saved part-way</source>
        <translation>Derbyniadau wedi&apos;u cadw ar eu hanner</translation>
    </message>
    <message>
        <source>Carry on where it was left. Nothing typed has been lost.</source>
        <translation>Ewch ymlaen o&apos;r man lle cafodd ei adael. Nid oes dim a deipiwyd wedi&apos;i golli.</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Taflu…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Mynd ymlaen</translation>
    </message>
    <message>
        <source>{name}: at her details, saved {when}</source>
        <translation>{name}: wrth ei manylion, cadwyd {when}</translation>
    </message>
    <message>
        <source>{name}: at children, saved {when}</source>
        <translation>{name}: wrth y plant, cadwyd {when}</translation>
    </message>
    <message>
        <source>{name}: at consent, saved {when}</source>
        <translation>{name}: wrth y caniatâd, cadwyd {when}</translation>
    </message>
    <message>
        <source>{name}: at safety, saved {when}</source>
        <translation>{name}: wrth ddiogelwch, cadwyd {when}</translation>
    </message>
    <message>
        <source>No name typed yet</source>
        <translation>Dim enw wedi&apos;i deipio eto</translation>
    </message>
    <message>
        <source>No intakes are waiting to be finished.</source>
        <translation>Nid oes unrhyw dderbyn yn aros i gael ei orffen.</translation>
    </message>
    <message>
        <source>Discard this intake?</source>
        <translation>Taflu&apos;r derbyn hwn?</translation>
    </message>
    <message>
        <source>Everything typed in this intake will be deleted. This cannot be undone.</source>
        <translation>Bydd popeth a deipiwyd yn y derbyn hwn yn cael ei ddileu. Ni ellir dadwneud hyn.</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Ei daflu</translation>
    </message>
</context>
<context>
    <name>RecordCommon</name>
    <message>
        <source>Standard risk</source>
        <extracomment>How often a long form&apos;s typed work is kept as a draft while it changes. What a change on her record announces to the other views. Put before a count in translate(): `translate(&quot;Ctx&quot;, &quot;%n rooms&quot;, None, *PLURAL, n)`. lupdate reads a lone name in the fourth place as the old &quot;encoding&quot; argument and makes the entry singular, which Qt then never finds for a count of 1 or more (Welsh would fall back to English); this empty splat takes the encoding&apos;s place, so the count is read as the plural&apos;s. Her risk level as a phrase of its own (&quot;High risk&quot;, on her record&apos;s header) and inside a sentence (&quot;high risk&quot;): whole phrases, as the level&apos;s place differs between languages.</extracomment>
        <translation>Risg safonol</translation>
    </message>
    <message>
        <source>standard risk</source>
        <translation>risg safonol</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Risg ganolig</translation>
    </message>
    <message>
        <source>medium risk</source>
        <translation>risg ganolig</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risg uchel</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>risg uchel</translation>
    </message>
    <message>
        <source>Carried on from what you typed on {day} at {time}, not saved yet. Save it, or Cancel to leave it.</source>
        <extracomment>Cells longer than this show their whole text on hover (her words, steps taken, notes).</extracomment>
        <translation>Wedi parhau o&apos;r hyn a deipiwyd gennych ar {day} am {time}, heb ei gadw eto. Cadwch ef, neu dewiswch Canslo i&apos;w adael.</translation>
    </message>
    <message>
        <source>{saved}: {path}</source>
        <extracomment>The page&apos;s object name (tests and `ResidentRecord.show_tab` find the tab by it). The tab&apos;s title, with its keyboard mnemonic, marked with QT_TRANSLATE_NOOP in its own module&apos;s context (&quot;RecordPlan&quot; for ui/record/plan.py): `tab_title` translates it. The last background job started from this tab (tests wait for it).</extracomment>
        <translation>{saved}: {path}</translation>
    </message>
</context>
<context>
    <name>RecordCommunity</name>
    <message>
        <source>Is this community support?</source>
        <translation>Ai cymorth cymunedol yw hwn?</translation>
    </message>
    <message>
        <source>This date is outside her stay: {reason}

Is this community support (support given outside a stay, on purpose)?</source>
        <translation>Mae&apos;r dyddiad hwn y tu allan i&apos;w harhosiad: {reason}

Ai cymorth cymunedol yw hwn (cymorth a roddir y tu allan i arhosiad, yn fwriadol)?</translation>
    </message>
    <message>
        <source>Yes records it as community support. No lets you correct the date.</source>
        <translation>Mae Ie yn ei gofnodi fel cymorth cymunedol. Mae Na yn gadael i chi gywiro&apos;r dyddiad.</translation>
    </message>
    <message>
        <source>Yes, community support</source>
        <translation>Ie, cymorth cymunedol</translation>
    </message>
    <message>
        <source>No, correct the date</source>
        <translation>Na, cywiro&apos;r dyddiad</translation>
    </message>
</context>
<context>
    <name>RecordContacts</name>
    <message>
        <source>When</source>
        <extracomment>The column headings (marked: shown in the language in use).</extracomment>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>How and where</source>
        <translation>Sut a ble</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Munudau</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>{how}, {where}</source>
        <translation>{how}, {where}</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Cysylltiadau</translation>
    </message>
    <message>
        <source>It happened</source>
        <translation>Fe ddigwyddodd</translation>
    </message>
    <message>
        <source>She missed it</source>
        <translation>Fe&apos;i collodd hi</translation>
    </message>
    <message>
        <source>For a planned contact: record what became of it</source>
        <translation>Ar gyfer cyswllt a gynlluniwyd: cofnodwch beth ddigwyddodd iddo</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Ychwanegu cyswllt…</translation>
    </message>
    <message>
        <source>Contacts with her</source>
        <translation>Cysylltiadau â hi</translation>
    </message>
    <message>
        <source>No contacts recorded yet.</source>
        <translation>Dim cysylltiadau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <source>1 contact, newest first.</source>
        <translation>1 cyswllt, y diweddaraf yn gyntaf.</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts, newest first.</source>
        <translation>
            <numerusform>Dim cysylltiadau.</numerusform>
            <numerusform>%n cyswllt, y diweddaraf yn gyntaf.</numerusform>
            <numerusform>%n cyswllt, y diweddaraf yn gyntaf.</numerusform>
            <numerusform>%n cyswllt, y diweddaraf yn gyntaf.</numerusform>
            <numerusform>%n cyswllt, y diweddaraf yn gyntaf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordContactsDialogs</name>
    <message>
        <source>Face to face</source>
        <extracomment>The words for contacts, marked for translation: show them through `mode_label`, `place_label` and `state_label` (the language is chosen after import, at sign-in).</extracomment>
        <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Galwad fideo</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Neges destun</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <source>Her room</source>
        <translation>Ei hystafell</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Swyddfa</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parc</translation>
    </message>
    <message>
        <source>Cafe</source>
        <translation>Caffi</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Llys</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Ysbyty</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Rhywle arall</translation>
    </message>
    <message>
        <source>Save this face-to-face contact anyway?</source>
        <extracomment>The narrowest the contact form&apos;s reminder (her times to avoid, her code word) is laid out. The question asked before saving a way of contact against her rules, a whole sentence for each way (the way&apos;s place in the sentence differs between languages).</extracomment>
        <translation>Cadw&apos;r cyswllt wyneb yn wyneb hwn beth bynnag?</translation>
    </message>
    <message>
        <source>Save this phone-call contact anyway?</source>
        <translation>Cadw&apos;r cyswllt galwad ffôn hwn beth bynnag?</translation>
    </message>
    <message>
        <source>Save this video-call contact anyway?</source>
        <translation>Cadw&apos;r cyswllt galwad fideo hwn beth bynnag?</translation>
    </message>
    <message>
        <source>Save this text-message contact anyway?</source>
        <translation>Cadw&apos;r cyswllt neges destun hwn beth bynnag?</translation>
    </message>
    <message>
        <source>Save this letter contact anyway?</source>
        <translation>Cadw&apos;r cyswllt llythyr hwn beth bynnag?</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Wedi digwydd</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Planned, but missed</source>
        <translation>Wedi&apos;i gynllunio, ond fe&apos;i collwyd</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ychwanegu cyswllt</translation>
    </message>
    <message>
        <source>A contact that has happened, or one planned.</source>
        <translation>Cyswllt sydd wedi digwydd, neu un a gynlluniwyd.</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Cadw&apos;r cyswllt</translation>
    </message>
    <message>
        <source>What kind</source>
        <translation>Pa fath</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Am ba hyd</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Goals this contact worked on</source>
        <translation>Y nodau y gweithiodd y cyswllt hwn arnynt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>What you talked about and what happens next</source>
        <translation>Beth y buoch chi&apos;n siarad amdano a beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Goals worked on</source>
        <translation>Nodau y gweithiwyd arnynt</translation>
    </message>
    <message>
        <source>Times to avoid: {times}.</source>
        <extracomment>The way of contact the worker chose to save despite her rules (asked once). The warning while it is open (tests answer it).</extracomment>
        <translation>Amseroedd i&apos;w hosgoi: {times}.</translation>
    </message>
    <message>
        <source>She has a code word: check it before you talk.</source>
        <translation>Mae ganddi air cod: gwiriwch ef cyn i chi siarad.</translation>
    </message>
    <message>
        <source>Her code word</source>
        <translation>Ei gair cod</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>Show her code word</source>
        <translation>Dangos ei gair cod</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Cuddio</translation>
    </message>
    <message>
        <source>Code word:</source>
        <translation>Gair cod:</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Cofiwch</translation>
    </message>
    <message>
        <source>Check her contact rules</source>
        <translation>Gwiriwch ei rheolau cyswllt</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Cadw beth bynnag</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
</context>
<context>
    <name>RecordNeeds</name>
    <message>
        <source>at intake</source>
        <extracomment>When an assessment was made, inside a sentence (marked: `stage_words` translates).</extracomment>
        <translation>wrth dderbyn</translation>
    </message>
    <message>
        <source>at a review</source>
        <translation>mewn adolygiad</translation>
    </message>
    <message>
        <source>at move-on</source>
        <translation>wrth symud ymlaen</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>A&amp;nghenion</translation>
    </message>
    <message>
        <source>New needs assessment…</source>
        <translation>Asesiad anghenion newydd…</translation>
    </message>
    <message>
        <source>Needs scores, first and latest</source>
        <translation>Sgoriau anghenion, y cyntaf a&apos;r diweddaraf</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Cyntaf</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Diweddaraf</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Her words (latest)</source>
        <translation>Ei geiriau hi (diweddaraf)</translation>
    </message>
    <message>
        <source>1 needs assessment: the first on {first} ({first_when}), the latest on {latest} ({latest_when}). Each area is scored 1 (in crisis) to 5 (no worries here).</source>
        <translation>1 asesiad anghenion: y cyntaf ar {first} ({first_when}), y diweddaraf ar {latest} ({latest_when}). Rhoddir sgôr o 1 (mewn argyfwng) i 5 (dim pryderon yma) i bob maes.</translation>
    </message>
    <message numerus="yes">
        <source>%n needs assessments: the first on {first} ({first_when}), the latest on {latest} ({latest_when}). Each area is scored 1 (in crisis) to 5 (no worries here).</source>
        <translation>
            <numerusform>%n asesiad anghenion: y cyntaf ar {first} ({first_when}), y diweddaraf ar {latest} ({latest_when}). Rhoddir sgôr o 1 (mewn argyfwng) i 5 (dim pryderon yma) i bob maes.</numerusform>
            <numerusform>%n asesiad anghenion: y cyntaf ar {first} ({first_when}), y diweddaraf ar {latest} ({latest_when}). Rhoddir sgôr o 1 (mewn argyfwng) i 5 (dim pryderon yma) i bob maes.</numerusform>
            <numerusform>%n asesiad anghenion: y cyntaf ar {first} ({first_when}), y diweddaraf ar {latest} ({latest_when}). Rhoddir sgôr o 1 (mewn argyfwng) i 5 (dim pryderon yma) i bob maes.</numerusform>
            <numerusform>%n asesiad anghenion: y cyntaf ar {first} ({first_when}), y diweddaraf ar {latest} ({latest_when}). Rhoddir sgôr o 1 (mewn argyfwng) i 5 (dim pryderon yma) i bob maes.</numerusform>
            <numerusform>%n asesiad anghenion: y cyntaf ar {first} ({first_when}), y diweddaraf ar {latest} ({latest_when}). Rhoddir sgôr o 1 (mewn argyfwng) i 5 (dim pryderon yma) i bob maes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No needs assessment recorded yet.</source>
        <translation>Dim asesiad anghenion wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Better by {n}</source>
        <translation>Yn well o {n}</translation>
    </message>
    <message>
        <source>Harder by {n}</source>
        <translation>Yn anoddach o {n}</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Dim newid</translation>
    </message>
    <message>
        <source>Not scored</source>
        <extracomment>The scores (marked: shown in the language in use, `scores_shown`).</extracomment>
        <translation>Heb sgôr</translation>
    </message>
    <message>
        <source>1: in crisis</source>
        <translation>1: mewn argyfwng</translation>
    </message>
    <message>
        <source>5: no worries here</source>
        <translation>5: dim pryderon yma</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Asesiad anghenion</translation>
    </message>
    <message>
        <source>Score each area with her, and write down what she says about it in her own words.</source>
        <translation>Rhowch sgôr i bob maes gyda hi, ac ysgrifennwch yr hyn y mae hi&apos;n ei ddweud amdano yn ei geiriau ei hun.</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Cadw&apos;r asesiad</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Aseswyd ar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>At intake</source>
        <translation>Wrth dderbyn</translation>
    </message>
    <message>
        <source>At a review</source>
        <translation>Mewn adolygiad</translation>
    </message>
    <message>
        <source>At move-on</source>
        <translation>Wrth symud ymlaen</translation>
    </message>
    <message>
        <source>{area}: score</source>
        <translation>{area}: sgôr</translation>
    </message>
    <message>
        <source>{area}: in her words</source>
        <translation>{area}: yn ei geiriau hi</translation>
    </message>
    <message>
        <source>In her words</source>
        <translation>Yn ei geiriau hi</translation>
    </message>
</context>
<context>
    <name>RecordOverview</name>
    <message>
        <source>Not asked yet</source>
        <extracomment>What the Overview reads: her details, the corrections of each of her stays, the day she was given the privacy notice, and the language of the documents made for her.</extracomment>
        <translation>Heb ofyn eto</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Tr&amp;osolwg</translation>
    </message>
    <message>
        <source>Edit her details…</source>
        <extracomment>Reads made before the tab was built (when her record was opened): its first load shows them instead of reading again. Set by the record window when it shows her record a part at a time: the lists under the text (children, consent, the person she fled) are added on the next turn of the event loop, or when first asked for (`lists`), whichever comes first.</extracomment>
        <translation>Golygu ei manylion…</translation>
    </message>
    <message>
        <source>Add a court order…</source>
        <translation>Ychwanegu gorchymyn llys…</translation>
    </message>
    <message>
        <source>Her data…</source>
        <translation>Ei data…</translation>
    </message>
    <message>
        <source>Her data: what we hold about her, for her to have</source>
        <translation>Ei data: yr hyn sydd gennym amdani, iddi hi ei gael</translation>
    </message>
    <message>
        <source>{language} (needs an interpreter)</source>
        <translation>{language} (mae angen cyfieithydd arni)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Known as</source>
        <translation>Enw a ffefrir</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Documents for her in</source>
        <translation>Dogfennau iddi yn</translation>
    </message>
    <message>
        <source>Disability and access</source>
        <translation>Anabledd a mynediad</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>Statws mewnfudo</translation>
    </message>
    <message>
        <source>No recourse to public funds</source>
        <translation>Dim hawl i arian cyhoeddus</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Meddyg teulu</translation>
    </message>
    <message>
        <source>Key worker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Neb eto</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Hysbysiad preifatrwydd</translation>
    </message>
    <message>
        <source>Given on {day}</source>
        <translation>Rhoddwyd ar {day}</translation>
    </message>
    <message>
        <source>Not given yet</source>
        <translation>Heb ei roi eto</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Galwadau ffôn</translation>
    </message>
    <message>
        <source>Safe to call</source>
        <translation>Diogel ei ffonio</translation>
    </message>
    <message>
        <source>Do not phone her</source>
        <translation>Peidiwch â&apos;i ffonio</translation>
    </message>
    <message>
        <source>Not asked yet: ask her before phoning</source>
        <translation>Heb ofyn eto: gofynnwch iddi cyn ffonio</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>Negeseuon testun</translation>
    </message>
    <message>
        <source>Safe to text</source>
        <translation>Diogel anfon neges destun</translation>
    </message>
    <message>
        <source>Do not text her</source>
        <translation>Peidiwch ag anfon neges destun ati</translation>
    </message>
    <message>
        <source>Not asked yet: ask her before texting</source>
        <translation>Heb ofyn eto: gofynnwch iddi cyn anfon neges destun</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>Gair cod</translation>
    </message>
    <message>
        <source>Yes: check it before you talk</source>
        <translation>Oes: gwiriwch ef cyn i chi siarad</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Times to avoid</source>
        <translation>Amseroedd i&apos;w hosgoi</translation>
    </message>
    <message>
        <source>About her</source>
        <translation>Amdani hi</translation>
    </message>
    <message>
        <source>Contacting her safely</source>
        <translation>Cysylltu â hi&apos;n ddiogel</translation>
    </message>
    <message>
        <source>Court orders and bail conditions</source>
        <translation>Gorchmynion llys ac amodau mechnïaeth</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Dim wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>date not known</source>
        <translation>dyddiad ddim yn hysbys</translation>
    </message>
    <message>
        <source>{kind}: made {made}, no end date</source>
        <translation>{kind}: gwnaed {made}, dim dyddiad gorffen</translation>
    </message>
    <message>
        <source>{kind}: made {made}, ends {ends} (ended)</source>
        <translation>{kind}: gwnaed {made}, yn dod i ben {ends} (wedi dod i ben)</translation>
    </message>
    <message>
        <source>{kind}: made {made}, ends {ends}</source>
        <translation>{kind}: gwnaed {made}, yn dod i ben {ends}</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Arhosiadau</translation>
    </message>
    <message>
        <source>No stays linked to her record.</source>
        <translation>Dim arhosiadau wedi&apos;u cysylltu â&apos;i chofnod.</translation>
    </message>
    <message>
        <source>{house}, {room}: from {arrived} (here now)</source>
        <translation>{house}, {room}: o {arrived} (yma nawr)</translation>
    </message>
    <message>
        <source>{house}, {room}: from {arrived} to {left} ({reason})</source>
        <translation>{house}, {room}: o {arrived} i {left} ({reason})</translation>
    </message>
    <message>
        <source>{house}, {room}: from {arrived} to {left}</source>
        <translation>{house}, {room}: o {arrived} i {left}</translation>
    </message>
    <message>
        <source>Corrected: {text}</source>
        <translation>Cywirwyd: {text}</translation>
    </message>
    <message>
        <source>Not in refuge now.</source>
        <translation>Nid yw mewn lloches nawr.</translation>
    </message>
    <message>
        <source>In refuge now: {room}, {house}, since {day}</source>
        <translation>Mewn lloches nawr: {room}, {house}, ers {day}</translation>
    </message>
</context>
<context>
    <name>RecordOverviewDialogs</name>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Ychwanegu plentyn</translation>
    </message>
    <message>
        <source>Change a child&apos;s details</source>
        <translation>Newid manylion plentyn</translation>
    </message>
    <message>
        <source>A child of hers who is with her, or who joins her later.</source>
        <translation>Plentyn iddi sydd gyda hi, neu sy&apos;n ymuno â hi yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Only what you change is saved.</source>
        <translation>Dim ond yr hyn rydych chi&apos;n ei newid sy&apos;n cael ei gadw.</translation>
    </message>
    <message>
        <source>Save child</source>
        <translation>Cadw&apos;r plentyn</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation>Enw&apos;r plentyn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Girl or boy</source>
        <translation>Merch neu fachgen</translation>
    </message>
    <message>
        <source>Recorded where the service has an age rule for boys. Leave it as Not recorded otherwise.</source>
        <translation>Caiff ei gofnodi lle mae gan y gwasanaeth reol oedran ar gyfer bechgyn. Fel arall, gadewch ef fel Heb ei gofnodi.</translation>
    </message>
    <message>
        <source>School or nursery</source>
        <translation>Ysgol neu feithrinfa</translation>
    </message>
    <message>
        <source>On a child protection plan</source>
        <translation>Ar gynllun amddiffyn plant</translation>
    </message>
    <message>
        <source>Child in need</source>
        <translation>Plentyn mewn angen</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>The child&apos;s own needs</source>
        <translation>Anghenion y plentyn ei hun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Anghenion</translation>
    </message>
    <message>
        <source>Add a consent</source>
        <translation>Ychwanegu caniatâd</translation>
    </message>
    <message>
        <source>Change a consent</source>
        <translation>Newid caniatâd</translation>
    </message>
    <message>
        <source>What she agreed to share, who with, how she gave her consent and who explained it to her. A referral out that her consent does not cover asks for the lawful basis.</source>
        <translation>Beth y cytunodd hi i&apos;w rannu, gyda phwy, sut y rhoddodd hi ei chaniatâd a phwy a&apos;i hesboniodd iddi. Bydd atgyfeiriad allan nad yw ei chaniatâd yn ei gynnwys yn gofyn am y sail gyfreithlon.</translation>
    </message>
    <message>
        <source>Change what this consent covers, who it may be shared with, or how she gave it. The date she gave it stays as it is.</source>
        <translation>Newidiwch beth y mae&apos;r caniatâd hwn yn ei gynnwys, gyda phwy y gellir ei rannu, neu sut y rhoddodd hi ef. Mae&apos;r dyddiad y rhoddodd hi ef yn aros fel y mae.</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>Cadw&apos;r caniatâd</translation>
    </message>
    <message>
        <source>What she agreed to share</source>
        <translation>Beth y cytunodd hi i&apos;w rannu</translation>
    </message>
    <message>
        <source>for example: her risk assessment</source>
        <translation>er enghraifft: ei hasesiad risg</translation>
    </message>
    <message>
        <source>Who it may be shared with</source>
        <translation>Gyda phwy y gellir ei rannu</translation>
    </message>
    <message>
        <source>in words, if the ticks do not say it all</source>
        <translation>mewn geiriau, os nad yw&apos;r ticiau&apos;n dweud y cyfan</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>Beth y gellir ei rannu</translation>
    </message>
    <message>
        <source>She agreed to share with</source>
        <translation>Cytunodd hi i&apos;w rannu gyda</translation>
    </message>
    <message>
        <source>Shared with (in words)</source>
        <translation>Wedi&apos;i rannu gyda (mewn geiriau)</translation>
    </message>
    <message>
        <source>How she gave it</source>
        <translation>Sut y rhoddodd hi ef</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Rhoddwyd ar</translation>
    </message>
    <message>
        <source>Explained to her by</source>
        <translation>Wedi&apos;i esbonio iddi gan</translation>
    </message>
    <message>
        <source>Explained by</source>
        <translation>Esboniwyd gan</translation>
    </message>
    <message>
        <source>Withdraw a consent</source>
        <translation>Tynnu caniatâd yn ôl</translation>
    </message>
    <message>
        <source>She no longer agrees to share “{what}” with {shared_with}. She gave it on {day}.</source>
        <translation>Nid yw hi&apos;n cytuno mwyach i rannu “{what}” gyda {shared_with}. Rhoddodd hi ef ar {day}.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Tynnu&apos;r caniatâd yn ôl</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Tynnwyd yn ôl ar</translation>
    </message>
    <message>
        <source>The person she fled</source>
        <translation>Y person y ffodd hi rhagddo</translation>
    </message>
    <message>
        <source>Change: the person she fled</source>
        <translation>Newid: y person y ffodd hi rhagddo</translation>
    </message>
    <message>
        <source>Known areas are used to keep her away from those places when a room is found: Find a room leaves out houses there.</source>
        <translation>Defnyddir ardaloedd hysbys i&apos;w chadw draw o&apos;r lleoedd hynny pan ddaw ystafell iddi: mae Dod o hyd i ystafell yn gadael tai yno allan.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>His name</source>
        <translation>Ei enw</translation>
    </message>
    <message>
        <source>What he looks like</source>
        <translation>Sut olwg sydd arno</translation>
    </message>
    <message>
        <source>His vehicle</source>
        <translation>Ei gerbyd</translation>
    </message>
    <message>
        <source>make, colour, registration</source>
        <translation>gwneuthuriad, lliw, rhif cofrestru</translation>
    </message>
    <message>
        <source>Known areas, one per line</source>
        <translation>Ardaloedd hysbys, un ar bob llinell</translation>
    </message>
    <message>
        <source>One town or area per line</source>
        <translation>Un dref neu ardal ar bob llinell</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Cerbyd</translation>
    </message>
    <message>
        <source>Known areas
(one per line)</source>
        <translation>Ardaloedd hysbys
(un ar bob llinell)</translation>
    </message>
    <message>
        <source>Add a court order</source>
        <translation>Ychwanegu gorchymyn llys</translation>
    </message>
    <message>
        <source>An order with an end date warns on her record from 28 days before it ends.</source>
        <translation>Mae gorchymyn sydd â dyddiad gorffen yn rhybuddio ar ei chofnod o 28 diwrnod cyn iddo ddod i ben.</translation>
    </message>
    <message>
        <source>Save order</source>
        <translation>Cadw&apos;r gorchymyn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gwnaed ar</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Yn dod i ben ar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Her details</source>
        <translation>Ei manylion</translation>
    </message>
    <message>
        <source>Her name</source>
        <translation>Ei henw</translation>
    </message>
    <message>
        <source>Known as</source>
        <translation>Enw a ffefrir</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Mae angen cyfieithydd arni</translation>
    </message>
    <message>
        <source>Documents for her in</source>
        <translation>Dogfennau iddi yn</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Heb ofyn eto</translation>
    </message>
    <message>
        <source>The language of the documents made for her, such as her certificate and her copy of her data. Ask her which she would like.</source>
        <translation>Iaith y dogfennau a wneir ar ei chyfer, fel ei thystysgrif a&apos;i chopi o&apos;i data. Gofynnwch iddi pa un yr hoffai hi.</translation>
    </message>
    <message>
        <source>Disability and access needs</source>
        <translation>Anabledd ac anghenion mynediad</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>Statws mewnfudo</translation>
    </message>
    <message>
        <source>No recourse to public funds</source>
        <translation>Dim hawl i arian cyhoeddus</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Meddyg teulu</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>Gair cod</translation>
    </message>
    <message>
        <source>Show the code word</source>
        <translation>Dangos y gair cod</translation>
    </message>
    <message>
        <source>Times to avoid</source>
        <translation>Amseroedd i&apos;w hosgoi</translation>
    </message>
    <message>
        <source>Key worker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Heb ei ddewis eto</translation>
    </message>
    <message>
        <source>Documents for her in:</source>
        <translation>Dogfennau iddi yn:</translation>
    </message>
    <message>
        <source>Disability and access</source>
        <translation>Anabledd a mynediad</translation>
    </message>
    <message>
        <source>Safe to phone her?</source>
        <translation>A yw&apos;n ddiogel ei ffonio?</translation>
    </message>
    <message>
        <source>Safe to text her?</source>
        <translation>A yw&apos;n ddiogel anfon neges destun ati?</translation>
    </message>
</context>
<context>
    <name>RecordOverviewLists</name>
    <message>
        <source>Children</source>
        <extracomment>A cell shows this many characters of long typed text, then &quot;…&quot;; hovering shows it whole. What a screen reader says (the text alone, &quot;Edit&quot;, would not say what of).</extracomment>
        <translation>Plant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ganwyd</translation>
    </message>
    <message>
        <source>Girl or boy</source>
        <translation>Merch neu fachgen</translation>
    </message>
    <message>
        <source>School or nursery</source>
        <translation>Ysgol neu feithrinfa</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Anghenion</translation>
    </message>
    <message>
        <source>No children on her record.</source>
        <translation>Dim plant ar ei chofnod.</translation>
    </message>
    <message>
        <source>Select a child in the list first.</source>
        <translation>Dewiswch blentyn yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Add a child…</source>
        <translation>Ychwanegu plentyn…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <source>Edit the selected child&apos;s details</source>
        <translation>Golygu manylion y plentyn a ddewiswyd</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Tynnu…</translation>
    </message>
    <message>
        <source>Remove the selected child, added by mistake</source>
        <translation>Tynnu&apos;r plentyn a ddewiswyd, a ychwanegwyd trwy gamgymeriad</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>Caniatâd i rannu</translation>
    </message>
    <message>
        <source>Withdraw a consent when she no longer agrees; it stays listed with the date.</source>
        <translation>Tynnwch ganiatâd yn ôl pan na fydd hi&apos;n cytuno mwyach; mae&apos;n aros ar y rhestr gyda&apos;r dyddiad.</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>Beth y gellir ei rannu</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Wedi&apos;i rannu gyda</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Rhoddwyd ar</translation>
    </message>
    <message>
        <source>Explained by</source>
        <translation>Esboniwyd gan</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>No consent recorded yet.</source>
        <translation>Dim caniatâd wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Select a consent in the list first.</source>
        <translation>Dewiswch ganiatâd yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Add a consent…</source>
        <translation>Ychwanegu caniatâd…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Newid…</translation>
    </message>
    <message>
        <source>Change the selected consent</source>
        <translation>Newid y caniatâd a ddewiswyd</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Tynnu&apos;n ôl…</translation>
    </message>
    <message>
        <source>Withdraw the selected consent</source>
        <translation>Tynnu&apos;r caniatâd a ddewiswyd yn ôl</translation>
    </message>
    <message>
        <source>The person she fled</source>
        <translation>Y person y ffodd hi rhagddo</translation>
    </message>
    <message>
        <source>His known areas are used to keep her away from those places when a room is found: Find a room leaves out houses there.</source>
        <translation>Defnyddir ei ardaloedd hysbys i&apos;w chadw draw o&apos;r lleoedd hynny pan ddaw ystafell iddi: mae Dod o hyd i ystafell yn gadael tai yno allan.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Cerbyd</translation>
    </message>
    <message>
        <source>Known areas (she is kept away)</source>
        <translation>Ardaloedd hysbys (caiff ei chadw draw)</translation>
    </message>
    <message>
        <source>Nothing recorded about the person she fled.</source>
        <translation>Dim wedi&apos;i gofnodi am y person y ffodd hi rhagddo.</translation>
    </message>
    <message>
        <source>Select a person in the list first.</source>
        <translation>Dewiswch berson yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ychwanegu…</translation>
    </message>
    <message>
        <source>Add the person she fled</source>
        <translation>Ychwanegu&apos;r person y ffodd hi rhagddo</translation>
    </message>
    <message>
        <source>Edit what is recorded about the person she fled</source>
        <translation>Golygu&apos;r hyn a gofnodwyd am y person y ffodd hi rhagddo</translation>
    </message>
    <message>
        <source>Remove this child from her record?</source>
        <translation>Tynnu&apos;r plentyn hwn o&apos;i chofnod?</translation>
    </message>
    <message>
        <source>Remove {name} from her record?

This is for a child added by mistake. A child her stay counts stays on her record: use Edit… to put the details right.</source>
        <translation>Tynnu {name} o&apos;i chofnod?

Mae hyn ar gyfer plentyn a ychwanegwyd trwy gamgymeriad. Mae plentyn y mae ei harhosiad yn ei gyfrif yn aros ar ei chofnod: defnyddiwch Golygu… i gywiro&apos;r manylion.</translation>
    </message>
    <message>
        <source>Remove child</source>
        <translation>Tynnu&apos;r plentyn</translation>
    </message>
    <message>
        <source>This consent was withdrawn, so it stays as it was. If she agrees again, add a new consent.</source>
        <translation>Tynnwyd y caniatâd hwn yn ôl, felly mae&apos;n aros fel yr oedd. Os bydd hi&apos;n cytuno eto, ychwanegwch ganiatâd newydd.</translation>
    </message>
    <message>
        <source>Already withdrawn on {day}.</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl eisoes ar {day}.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <source>{day} (age {age})</source>
        <translation>{day} ({age} oed)</translation>
    </message>
    <message>
        <source>Child protection plan</source>
        <translation>Cynllun amddiffyn plant</translation>
    </message>
    <message>
        <source>Child in need</source>
        <translation>Plentyn mewn angen</translation>
    </message>
    <message>
        <source>Social worker: {name}</source>
        <translation>Gweithiwr cymdeithasol: {name}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Withdrawn {day}</source>
        <translation>Tynnwyd yn ôl {day}</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Mewn grym</translation>
    </message>
    <message>
        <source>{day} ({how})</source>
        <translation>{day} ({how})</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Dim wedi&apos;u cofnodi</translation>
    </message>
</context>
<context>
    <name>RecordRisk</name>
    <message>
        <source>R&amp;isk</source>
        <translation>R&amp;isg</translation>
    </message>
    <message>
        <source>New DASH checklist…</source>
        <translation>Rhestr wirio DASH newydd…</translation>
    </message>
    <message>
        <source>Record MARAC referral…</source>
        <translation>Cofnodi atgyfeiriad MARAC…</translation>
    </message>
    <message>
        <source>DASH risk checklists, newest first</source>
        <translation>Rhestrau gwirio risg DASH, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>DASH history</source>
        <translation>Hanes DASH</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>Reached by</source>
        <translation>Wedi&apos;i gyrraedd drwy</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Aseswyd gan</translation>
    </message>
    <message>
        <source>MARAC referrals, newest first. A referral within 12 months of an earlier one is a repeat. The actions agreed are on her support plan too.</source>
        <translation>Atgyfeiriadau MARAC, y diweddaraf yn gyntaf. Mae atgyfeiriad o fewn 12 mis i un cynharach yn atgyfeiriad ailadroddus. Mae&apos;r camau gweithredu a gytunwyd ar ei chynllun cymorth hefyd.</translation>
    </message>
    <message>
        <source>Record actions agreed…</source>
        <translation>Cofnodi&apos;r camau a gytunwyd…</translation>
    </message>
    <message>
        <source>MARAC referrals</source>
        <translation>Atgyfeiriadau MARAC</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Atgyfeiriwyd ar</translation>
    </message>
    <message>
        <source>Repeat?</source>
        <translation>Ailadrodd?</translation>
    </message>
    <message>
        <source>Actions agreed at MARAC</source>
        <translation>Camau gweithredu a gytunwyd yn MARAC</translation>
    </message>
    <message>
        <source>{action} (done)</source>
        <translation>{action} (wedi&apos;i wneud)</translation>
    </message>
    <message>
        <source>{action} (OVERDUE)</source>
        <translation>{action} (HWYR)</translation>
    </message>
    <message>
        <source>Notes from before: {notes}</source>
        <translation>Nodiadau o&apos;r blaen: {notes}</translation>
    </message>
    <message>
        <source>None recorded yet</source>
        <translation>Dim wedi&apos;u cofnodi eto</translation>
    </message>
    <message>
        <source>Latest DASH: score {score} of 24, {risk} (by {route}), on {day}</source>
        <translation>DASH diweddaraf: sgôr {score} o 24, {risk} (drwy {route}), ar {day}</translation>
    </message>
    <message>
        <source>No DASH risk checklist recorded yet.</source>
        <translation>Dim rhestr wirio risg DASH wedi&apos;i chofnodi eto.</translation>
    </message>
    <message>
        <source>MARAC referral suggested: her latest assessment is high risk and no MARAC referral has been recorded since.</source>
        <translation>Awgrymir atgyfeiriad MARAC: mae ei hasesiad diweddaraf yn risg uchel ac nid oes atgyfeiriad MARAC wedi&apos;i gofnodi ers hynny.</translation>
    </message>
    <message>
        <source>Yes: repeat of {day}. Earlier actions: {actions}</source>
        <translation>Ie: ailadrodd atgyfeiriad {day}. Camau cynharach: {actions}</translation>
    </message>
    <message>
        <source>Yes: repeat of {day}</source>
        <translation>Ie: ailadrodd atgyfeiriad {day}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Select a MARAC referral in the list first.</source>
        <translation>Dewiswch atgyfeiriad MARAC yn y rhestr yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>RecordRiskDialogs</name>
    <message>
        <source>Did the latest incident leave her injured?</source>
        <extracomment>The 24 DASH questions (risk.DASH_QUESTIONS, in SafeLives&apos; order), marked here for translation: the checklist asks them in the language in use (`dash_question`). A test keeps this list the same as the domain&apos;s.</extracomment>
        <translation>A gafodd hi ei hanafu yn y digwyddiad diwethaf?</translation>
    </message>
    <message>
        <source>Is she very frightened?</source>
        <translation>A yw hi&apos;n ofnus iawn?</translation>
    </message>
    <message>
        <source>Is she afraid of something in particular: more violence, being killed, harm to others?</source>
        <translation>A yw hi&apos;n ofni rhywbeth yn benodol: rhagor o drais, cael ei lladd, niwed i eraill?</translation>
    </message>
    <message>
        <source>Is she cut off from family and friends?</source>
        <translation>A yw hi wedi&apos;i hynysu oddi wrth ei theulu a&apos;i ffrindiau?</translation>
    </message>
    <message>
        <source>Is she feeling low, depressed or thinking of suicide?</source>
        <translation>A yw hi&apos;n teimlo&apos;n isel, yn dioddef o iselder neu&apos;n meddwl am hunanladdiad?</translation>
    </message>
    <message>
        <source>Has she separated, or tried to, from the abuser in the past year?</source>
        <translation>A yw hi wedi gwahanu oddi wrth y camdriniwr, neu wedi ceisio gwneud hynny, yn ystod y flwyddyn ddiwethaf?</translation>
    </message>
    <message>
        <source>Is there conflict over contact with the children?</source>
        <translation>A oes gwrthdaro ynghylch cyswllt â&apos;r plant?</translation>
    </message>
    <message>
        <source>Does the abuser keep calling, texting, following, watching or harassing her?</source>
        <translation>A yw&apos;r camdriniwr yn dal i&apos;w ffonio, anfon negeseuon testun ati, ei dilyn, ei gwylio neu aflonyddu arni?</translation>
    </message>
    <message>
        <source>Is she pregnant, or has she had a baby in the last 18 months?</source>
        <translation>A yw hi&apos;n feichiog, neu a yw hi wedi cael babi yn ystod y 18 mis diwethaf?</translation>
    </message>
    <message>
        <source>Is the abuse happening more often?</source>
        <translation>A yw&apos;r cam-drin yn digwydd yn amlach?</translation>
    </message>
    <message>
        <source>Is the abuse getting worse?</source>
        <translation>A yw&apos;r cam-drin yn gwaethygu?</translation>
    </message>
    <message>
        <source>Does the abuser try to control everything she does, or is he very jealous?</source>
        <translation>A yw&apos;r camdriniwr yn ceisio rheoli popeth y mae hi&apos;n ei wneud, neu a yw e&apos;n genfigennus iawn?</translation>
    </message>
    <message>
        <source>Has the abuser ever used a weapon or an object to hurt her?</source>
        <translation>A yw&apos;r camdriniwr erioed wedi defnyddio arf neu wrthrych i&apos;w brifo?</translation>
    </message>
    <message>
        <source>Has the abuser threatened to kill her or someone else, and she believed it?</source>
        <translation>A yw&apos;r camdriniwr wedi bygwth ei lladd hi neu rywun arall, a hithau wedi credu hynny?</translation>
    </message>
    <message>
        <source>Has the abuser ever strangled, choked, suffocated or tried to drown her?</source>
        <translation>A yw&apos;r camdriniwr erioed wedi ei llindagu, ei thagu, ei mygu neu geisio ei boddi?</translation>
    </message>
    <message>
        <source>Does the abuser do or say sexual things that make her feel bad or that hurt her or others?</source>
        <translation>A yw&apos;r camdriniwr yn gwneud neu&apos;n dweud pethau rhywiol sy&apos;n gwneud iddi deimlo&apos;n ddrwg, neu sy&apos;n ei brifo hi neu eraill?</translation>
    </message>
    <message>
        <source>Is there anyone else who has threatened her or whom she is afraid of?</source>
        <translation>A oes unrhyw un arall sydd wedi ei bygwth, neu y mae hi&apos;n ei ofni?</translation>
    </message>
    <message>
        <source>Has the abuser hurt anyone else: children, relatives, a former partner, a stranger?</source>
        <translation>A yw&apos;r camdriniwr wedi brifo unrhyw un arall: plant, perthnasau, cyn-bartner, dieithryn?</translation>
    </message>
    <message>
        <source>Has the abuser ever hurt or mistreated an animal or a family pet?</source>
        <translation>A yw&apos;r camdriniwr erioed wedi brifo neu gam-drin anifail neu anifail anwes y teulu?</translation>
    </message>
    <message>
        <source>Are there money worries: she depends on him, or he has recently lost his job?</source>
        <translation>A oes pryderon am arian: mae hi&apos;n dibynnu arno, neu mae e wedi colli ei swydd yn ddiweddar?</translation>
    </message>
    <message>
        <source>Has the abuser had problems with drugs, alcohol or mental health in the past year?</source>
        <translation>A yw&apos;r camdriniwr wedi cael problemau gyda chyffuriau, alcohol neu iechyd meddwl yn ystod y flwyddyn ddiwethaf?</translation>
    </message>
    <message>
        <source>Has the abuser ever threatened or attempted suicide?</source>
        <translation>A yw&apos;r camdriniwr erioed wedi bygwth lladd ei hun neu geisio gwneud hynny?</translation>
    </message>
    <message>
        <source>Has the abuser ever broken bail, an injunction or a formal agreement?</source>
        <translation>A yw&apos;r camdriniwr erioed wedi torri amodau mechnïaeth, gwaharddeb neu gytundeb ffurfiol?</translation>
    </message>
    <message>
        <source>Has the abuser been in trouble with the police, or does he have a criminal record?</source>
        <translation>A yw&apos;r camdriniwr wedi bod mewn helynt gyda&apos;r heddlu, neu a oes ganddo gofnod troseddol?</translation>
    </message>
    <message>
        <source>Question {number} (&quot;{question}&quot;) is not answered yet. Choose yes, no or not known.</source>
        <translation>Nid yw cwestiwn {number} (&quot;{question}&quot;) wedi&apos;i ateb eto. Dewiswch ie, na neu ddim yn hysbys.</translation>
    </message>
    <message>
        <source>Questions {numbers} and {last} are not answered yet, starting with question {number} (&quot;{question}&quot;). Choose yes, no or not known for each.</source>
        <translation>Heb eu hateb eto: cwestiynau {numbers}, {last}, gan ddechrau gyda chwestiwn {number} (&quot;{question}&quot;). Dewiswch ie, na neu ddim yn hysbys ar gyfer pob un.</translation>
    </message>
    <message numerus="yes">
        <source>%n questions are not answered yet, starting with question {number} (&quot;{question}&quot;). Choose yes, no or not known for each.</source>
        <translation>
            <numerusform>Mae %n cwestiwn heb eu hateb eto, gan ddechrau gyda chwestiwn {number} (&quot;{question}&quot;). Dewiswch ie, na neu ddim yn hysbys ar gyfer pob un.</numerusform>
            <numerusform>Mae %n cwestiwn heb eu hateb eto, gan ddechrau gyda chwestiwn {number} (&quot;{question}&quot;). Dewiswch ie, na neu ddim yn hysbys ar gyfer pob un.</numerusform>
            <numerusform>Mae %n cwestiwn heb eu hateb eto, gan ddechrau gyda chwestiwn {number} (&quot;{question}&quot;). Dewiswch ie, na neu ddim yn hysbys ar gyfer pob un.</numerusform>
            <numerusform>Mae %n cwestiwn heb eu hateb eto, gan ddechrau gyda chwestiwn {number} (&quot;{question}&quot;). Dewiswch ie, na neu ddim yn hysbys ar gyfer pob un.</numerusform>
            <numerusform>Mae %n cwestiwn heb eu hateb eto, gan ddechrau gyda chwestiwn {number} (&quot;{question}&quot;). Dewiswch ie, na neu ddim yn hysbys ar gyfer pob un.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <extracomment>The answers (marked: shown in the language in use, `choices`).</extracomment>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <source>DASH risk checklist</source>
        <translation>Rhestr wirio risg DASH</translation>
    </message>
    <message>
        <source>Ask each question in your own way. The score is the number of yes answers: 14 or more is high risk.</source>
        <translation>Gofynnwch bob cwestiwn yn eich ffordd eich hun. Y sgôr yw nifer yr atebion ie: mae 14 neu fwy yn risg uchel.</translation>
    </message>
    <message>
        <source>Save checklist</source>
        <translation>Cadw&apos;r rhestr wirio</translation>
    </message>
    <message>
        <source>Answer to question {number}</source>
        <translation>Ateb i gwestiwn {number}</translation>
    </message>
    <message>
        <source>Comment on question {number}</source>
        <translation>Sylw ar gwestiwn {number}</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
    <message>
        <source>High by professional judgement: why</source>
        <translation>Uchel drwy farn broffesiynol: pam</translation>
    </message>
    <message>
        <source>e.g. non-fatal strangulation, threats to kill, stalking, her own fear</source>
        <translation>e.e. llindagu nad yw&apos;n angheuol, bygythiadau i ladd, stelcian, ei hofn ei hun</translation>
    </message>
    <message>
        <source>High by escalation: why</source>
        <translation>Uchel drwy waethygu: pam</translation>
    </message>
    <message>
        <source>e.g. repeated police call-outs</source>
        <translation>e.e. galw&apos;r heddlu dro ar ôl tro</translation>
    </message>
    <message>
        <source>High by professional judgement, because</source>
        <translation>Uchel drwy farn broffesiynol, oherwydd</translation>
    </message>
    <message>
        <source>High by escalation, because</source>
        <translation>Uchel drwy waethygu, oherwydd</translation>
    </message>
    <message>
        <source>Score {score} of 24 ({risk} by score)</source>
        <translation>Sgôr {score} o 24 ({risk} yn ôl y sgôr)</translation>
    </message>
    <message>
        <source>Score {score} of 24 ({risk} by score); 1 question still to answer</source>
        <translation>Sgôr {score} o 24 ({risk} yn ôl y sgôr); 1 cwestiwn i&apos;w ateb o hyd</translation>
    </message>
    <message numerus="yes">
        <source>Score {score} of 24 ({risk} by score); %n questions still to answer</source>
        <translation>
            <numerusform>Sgôr {score} o 24 ({risk} yn ôl y sgôr); dim cwestiynau ar ôl i&apos;w hateb</numerusform>
            <numerusform>Sgôr {score} o 24 ({risk} yn ôl y sgôr); %n cwestiwn i&apos;w ateb o hyd</numerusform>
            <numerusform>Sgôr {score} o 24 ({risk} yn ôl y sgôr); %n cwestiwn i&apos;w hateb o hyd</numerusform>
            <numerusform>Sgôr {score} o 24 ({risk} yn ôl y sgôr); %n cwestiwn i&apos;w hateb o hyd</numerusform>
            <numerusform>Sgôr {score} o 24 ({risk} yn ôl y sgôr); %n cwestiwn i&apos;w hateb o hyd</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a MARAC referral</source>
        <translation>Cofnodi atgyfeiriad MARAC</translation>
    </message>
    <message>
        <source>If she was referred in the last 12 months, this is marked as a repeat and the earlier referral&apos;s actions are shown with it.</source>
        <translation>Os cafodd hi ei hatgyfeirio yn ystod y 12 mis diwethaf, caiff hwn ei nodi fel atgyfeiriad ailadroddus a dangosir camau&apos;r atgyfeiriad cynharach gydag ef.</translation>
    </message>
    <message>
        <source>Save MARAC referral</source>
        <translation>Cadw&apos;r atgyfeiriad MARAC</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Atgyfeiriwyd ar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Her</source>
        <extracomment>Who does a MARAC action, as the list says it (marked: shown in the language in use).</extracomment>
        <translation>Hi</translation>
    </message>
    <message>
        <source>Her key worker</source>
        <translation>Ei gweithiwr allweddol</translation>
    </message>
    <message>
        <source>An agency (name it)</source>
        <translation>Asiantaeth (nodwch ei henw)</translation>
    </message>
    <message>
        <source>An agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>Actions agreed at MARAC: referral of {day}</source>
        <translation>Camau a gytunwyd yn MARAC: atgyfeiriad {day}</translation>
    </message>
    <message>
        <source>Add each action the MARAC agreed: who does it, what, and by when. They go on her support plan.</source>
        <translation>Ychwanegwch bob cam gweithredu a gytunodd y MARAC: pwy sy&apos;n ei wneud, beth, ac erbyn pryd. Maen nhw&apos;n mynd ar ei chynllun cymorth.</translation>
    </message>
    <message>
        <source>Save actions</source>
        <translation>Cadw&apos;r camau</translation>
    </message>
    <message>
        <source>Notes from before</source>
        <extracomment>Actions typed into the list and not saved yet.</extracomment>
        <translation>Nodiadau o&apos;r blaen</translation>
    </message>
    <message>
        <source>{action} (done)</source>
        <translation>{action} (wedi&apos;i wneud)</translation>
    </message>
    <message>
        <source>Already agreed</source>
        <translation>Wedi&apos;u cytuno eisoes</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Pwy sy&apos;n ei wneud</translation>
    </message>
    <message>
        <source>Which agency</source>
        <translation>Pa asiantaeth</translation>
    </message>
    <message>
        <source>e.g. Police, Children&apos;s social care</source>
        <translation>e.e. Heddlu, Gofal cymdeithasol plant</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Beth sydd i&apos;w wneud</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Ychwanegu at y rhestr</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Actions to save</source>
        <translation>Camau i&apos;w cadw</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Tynnu o&apos;r rhestr</translation>
    </message>
    <message>
        <source>To save</source>
        <translation>I&apos;w cadw</translation>
    </message>
    <message>
        <source>{owner}: {what} (no date)</source>
        <translation>{owner}: {what} (dim dyddiad)</translation>
    </message>
    <message>
        <source>{owner}: {what} (by {day})</source>
        <translation>{owner}: {what} (erbyn {day})</translation>
    </message>
    <message>
        <source>Only when an agency does it.</source>
        <translation>Dim ond pan fydd asiantaeth yn ei wneud.</translation>
    </message>
    <message>
        <source>Select an action in the list first.</source>
        <translation>Dewiswch gam gweithredu yn y rhestr yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>RecordWindow</name>
    <message>
        <source>Opening her record…</source>
        <extracomment>The kinds of change (operations.changes()) that can alter what her record shows. The tabs, in the order they are shown.</extracomment>
        <translation>Yn agor ei chofnod…</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Rhybudd: {message}</translation>
    </message>
    <message>
        <source>Note: {message}</source>
        <translation>Nodyn: {message}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;Rhybudd:&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <source>{name} (known as {known_as})</source>
        <translation>{name} (enw a ffefrir: {known_as})</translation>
    </message>
    <message>
        <source>{house}, {room}</source>
        <translation>{house}, {room}</translation>
    </message>
    <message>
        <source>Not in refuge now</source>
        <translation>Nid yw mewn lloches nawr</translation>
    </message>
    <message>
        <source>Risk not assessed yet</source>
        <translation>Risg heb ei hasesu eto</translation>
    </message>
    <message>
        <source>Reference {reference}  ·  {where}  ·  Key worker: {key_worker}  ·  {risk}</source>
        <translation>Cyfeirnod {reference}  ·  {where}  ·  Gweithiwr allweddol: {key_worker}  ·  {risk}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>neb eto</translation>
    </message>
    <message>
        <source>◀ Back to the list</source>
        <extracomment>The last dialog opened from her record (tests read it).</extracomment>
        <translation>◀ Yn ôl i&apos;r rhestr</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Ychwanegu cyswllt…</translation>
    </message>
    <message>
        <source>Add a contact with her (Ctrl+K)</source>
        <translation>Ychwanegu cyswllt â hi (Ctrl+K)</translation>
    </message>
    <message>
        <source>Parts of her record</source>
        <translation>Rhannau o&apos;i chofnod</translation>
    </message>
</context>
</TS>
