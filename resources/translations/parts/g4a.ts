<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Enter the name of your service.</source>
        <translation>Rhowch enw eich gwasanaeth.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Rhowch eich enw.</translation>
    </message>
    <message>
        <source>Choose between 1 and 240 minutes.</source>
        <translation>Dewiswch rhwng 1 a 240 munud.</translation>
    </message>
    <message>
        <source>Only an administrator can restore a backup.</source>
        <translation>Dim ond gweinyddwr sy&apos;n gallu adfer copi wrth gefn.</translation>
    </message>
    <message>
        <source>The audit trail could not be read to the end: the vault file is damaged.</source>
        <extracomment>Audit events read (0 when the walk could not start).</extracomment>
        <translation>Nid oedd modd darllen y trywydd archwilio hyd y diwedd: mae ffeil y gronfa ddiogel wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>Staff accounts are not signed yet, so a change made outside RefugeDesk to who may do what would not be noticed. An administrator protects them once with the recovery code (Admin, or `refugedesk protect`).</source>
        <translation>Nid yw cyfrifon staff wedi&apos;u llofnodi eto, felly ni fyddai neb yn sylwi ar newid, a wnaed y tu allan i RefugeDesk, i bwy all wneud beth. Mae gweinyddwr yn eu diogelu unwaith gyda&apos;r cod adfer (Gweinyddu, neu `refugedesk protect`).</translation>
    </message>
    <message>
        <source>Noticed on this computer on {day}: {problem}</source>
        <translation>Sylwyd ar y cyfrifiadur hwn ar {day}: {problem}</translation>
    </message>
    <message>
        <source>Only an administrator, signed in with her own password, can do this.</source>
        <translation>Dim ond gweinyddwr sydd wedi mewngofnodi gyda&apos;i chyfrinair ei hun sy&apos;n gallu gwneud hyn.</translation>
    </message>
    <message>
        <source>Staff accounts are already protected.</source>
        <translation>Mae cyfrifon staff eisoes wedi&apos;u diogelu.</translation>
    </message>
    <message>
        <source>The recovery code&apos;s slot in the key file is not the one this vault records.</source>
        <translation>Nid slot y cod adfer yn y ffeil allweddi yw&apos;r un y mae&apos;r gronfa ddiogel hon yn ei gofnodi.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator can change the on-call rota.</source>
        <translation>Dim ond rheolwr neu weinyddwr sy&apos;n gallu newid y rota ar alwad.</translation>
    </message>
</context>
<context>
    <name>Arrivals</name>
    <message>
        <source>{name} (known as {known_as})</source>
        <extracomment>An arrival dated more than this many days back asks to be confirmed. At most this many women on file are offered as &quot;this may be her&quot;. Her last stay in words (&quot;last stay ended 3 Mar 2026, Oak House&quot;), or &quot;no stays yet&quot;. In refuge on the day asked about: she cannot arrive again (that is a move).</extracomment>
        <translation>{name} (a adwaenir fel {known_as})</translation>
    </message>
    <message>
        <source>{name}, {reference}, born {born}: {last_stay}</source>
        <translation>{name}, {reference}, ganwyd {born}: {last_stay}</translation>
    </message>
    <message>
        <source>{name}, {reference}: {last_stay}</source>
        <translation>{name}, {reference}: {last_stay}</translation>
    </message>
    <message>
        <source>no stays on her record yet</source>
        <translation>dim arhosiad ar ei chofnod eto</translation>
    </message>
    <message>
        <source>in refuge now, {room}, {house}</source>
        <translation>yn y lloches nawr, {room}, {house}</translation>
    </message>
    <message>
        <source>last stay ended {day}, {house}</source>
        <translation>daeth yr arhosiad diwethaf i ben {day}, {house}</translation>
    </message>
    <message>
        <source>due to arrive {day}, {house}</source>
        <translation>disgwylir iddi gyrraedd {day}, {house}</translation>
    </message>
    <message>
        <source>speaks {language}, needs an interpreter</source>
        <translation>yn siarad {language}, angen cyfieithydd</translation>
    </message>
    <message>
        <source>speaks {language}</source>
        <translation>yn siarad {language}</translation>
    </message>
    <message>
        <source>needs an interpreter</source>
        <translation>angen cyfieithydd</translation>
    </message>
    <message>
        <source>no recourse to public funds</source>
        <translation>dim hawl i arian cyhoeddus</translation>
    </message>
    <message>
        <source>has a pet</source>
        <translation>mae ganddi anifail anwes</translation>
    </message>
    <message>
        <source>uses a wheelchair</source>
        <translation>yn defnyddio cadair olwyn</translation>
    </message>
    <message>
        <source>needs a ground-floor room</source>
        <translation>angen ystafell ar y llawr gwaelod</translation>
    </message>
    <message numerus="yes">
        <source>{day} is %n day from now. An arrival is recorded once she is here. Record it on that date anyway?</source>
        <extracomment>The day to offer for &quot;Arrived on&quot;: today, or the offer&apos;s arrival date if earlier.</extracomment>
        <translation>
            <numerusform>{day}: mae hynny ymhen %n diwrnod. Caiff cyrraedd ei gofnodi pan fydd hi yma. Ei gofnodi ar y dyddiad hwnnw beth bynnag?</numerusform>
            <numerusform>{day}: mae hynny ymhen %n diwrnod. Caiff cyrraedd ei gofnodi pan fydd hi yma. Ei gofnodi ar y dyddiad hwnnw beth bynnag?</numerusform>
            <numerusform>{day}: mae hynny ymhen %n diwrnod. Caiff cyrraedd ei gofnodi pan fydd hi yma. Ei gofnodi ar y dyddiad hwnnw beth bynnag?</numerusform>
            <numerusform>{day}: mae hynny ymhen %n diwrnod. Caiff cyrraedd ei gofnodi pan fydd hi yma. Ei gofnodi ar y dyddiad hwnnw beth bynnag?</numerusform>
            <numerusform>{day}: mae hynny ymhen %n diwrnod. Caiff cyrraedd ei gofnodi pan fydd hi yma. Ei gofnodi ar y dyddiad hwnnw beth bynnag?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day} is %n days from now. An arrival is recorded once she is here. Record it on that date anyway?</source>
        <translation>
            <numerusform>{day}: mae hynny ymhen %n diwrnod. Caiff cyrraedd ei gofnodi pan fydd hi yma. Ei gofnodi ar y dyddiad hwnnw beth bynnag?</numerusform>
            <numerusform>{day}: mae hynny ymhen %n diwrnod. Caiff cyrraedd ei gofnodi pan fydd hi yma. Ei gofnodi ar y dyddiad hwnnw beth bynnag?</numerusform>
            <numerusform>{day}: mae hynny ymhen %n diwrnod. Caiff cyrraedd ei gofnodi pan fydd hi yma. Ei gofnodi ar y dyddiad hwnnw beth bynnag?</numerusform>
            <numerusform>{day}: mae hynny ymhen %n diwrnod. Caiff cyrraedd ei gofnodi pan fydd hi yma. Ei gofnodi ar y dyddiad hwnnw beth bynnag?</numerusform>
            <numerusform>{day}: mae hynny ymhen %n diwrnod. Caiff cyrraedd ei gofnodi pan fydd hi yma. Ei gofnodi ar y dyddiad hwnnw beth bynnag?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day} was %n days ago. Is that the day she arrived? Her nights from then on are counted as occupied.</source>
        <translation>
            <numerusform>{day}: roedd hynny %n diwrnod yn ôl. Ai dyna&apos;r diwrnod y cyrhaeddodd hi? Caiff ei nosweithiau o hynny ymlaen eu cyfrif yn rhai llawn.</numerusform>
            <numerusform>{day}: roedd hynny %n diwrnod yn ôl. Ai dyna&apos;r diwrnod y cyrhaeddodd hi? Caiff ei nosweithiau o hynny ymlaen eu cyfrif yn rhai llawn.</numerusform>
            <numerusform>{day}: roedd hynny %n diwrnod yn ôl. Ai dyna&apos;r diwrnod y cyrhaeddodd hi? Caiff ei nosweithiau o hynny ymlaen eu cyfrif yn rhai llawn.</numerusform>
            <numerusform>{day}: roedd hynny %n diwrnod yn ôl. Ai dyna&apos;r diwrnod y cyrhaeddodd hi? Caiff ei nosweithiau o hynny ymlaen eu cyfrif yn rhai llawn.</numerusform>
            <numerusform>{day}: roedd hynny %n diwrnod yn ôl. Ai dyna&apos;r diwrnod y cyrhaeddodd hi? Caiff ei nosweithiau o hynny ymlaen eu cyfrif yn rhai llawn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Her record already has a stay on those nights, so this cannot be her, or one of the stays needs putting right first.</source>
        <extracomment>Her record, once the stay is on one. An intake for this stay saved part-way, to carry on rather than start again.</extracomment>
        <translation>Mae arhosiad ar y nosweithiau hynny ar ei chofnod eisoes, felly nid hi yw hon, neu mae angen cywiro un o&apos;r arhosiadau yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>Capacity</name>
    <message>
        <source>An offer is for at least one night.</source>
        <translation>Mae cynnig am o leiaf un noson.</translation>
    </message>
    <message>
        <source>The time the room is held until has already passed.</source>
        <translation>Mae&apos;r amser y cedwir yr ystafell tan hynny eisoes wedi mynd heibio.</translation>
    </message>
    <message>
        <source>This referral is closed; it cannot be offered a room.</source>
        <translation>Mae&apos;r atgyfeiriad hwn wedi&apos;i gau; ni ellir cynnig ystafell iddo.</translation>
    </message>
    <message>
        <source>The service cannot house boys aged {limit} or older, and one of her boys is {age} on the day she would arrive.</source>
        <translation>Ni all y gwasanaeth letya bechgyn {limit} oed neu hŷn, a bydd un o&apos;i bechgyn yn {age} oed ar y diwrnod y byddai hi&apos;n cyrraedd.</translation>
    </message>
    <message>
        <source>Enter her name.</source>
        <translation>Rhowch ei henw.</translation>
    </message>
    <message>
        <source>Her name is at most 120 characters.</source>
        <translation>Mae ei henw&apos;n 120 nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>That offer is for another room.</source>
        <translation>Mae&apos;r cynnig hwnnw ar gyfer ystafell arall.</translation>
    </message>
    <message>
        <source>Choose a room.</source>
        <translation>Dewiswch ystafell.</translation>
    </message>
    <message>
        <source>She is still in refuge on that date, on her record. Use Move to change her room, or record her departure first.</source>
        <translation>Mae hi&apos;n dal yn y lloches ar y dyddiad hwnnw, yn ôl ei chofnod. Defnyddiwch Symud i newid ei hystafell, neu cofnodwch ei bod wedi gadael yn gyntaf.</translation>
    </message>
    <message>
        <source>She is already in that room.</source>
        <translation>Mae hi eisoes yn yr ystafell honno.</translation>
    </message>
    <message>
        <source>The move is before she arrived in this room.</source>
        <translation>Mae&apos;r symud cyn iddi gyrraedd yr ystafell hon.</translation>
    </message>
    <message>
        <source>She has left this room by then.</source>
        <translation>Mae hi wedi gadael yr ystafell hon erbyn hynny.</translation>
    </message>
    <message>
        <source>Use Move to move her to another room.</source>
        <translation>Defnyddiwch Symud i&apos;w symud i ystafell arall.</translation>
    </message>
    <message>
        <source>Use Correct this arrival to record a stay in error.</source>
        <translation>Defnyddiwch Cywiro&apos;r cyrraedd hwn i gofnodi arhosiad trwy gamgymeriad.</translation>
    </message>
    <message>
        <source>She moved out of this room; record the departure on her current room.</source>
        <translation>Symudodd hi allan o&apos;r ystafell hon; cofnodwch ei bod wedi gadael ar ei hystafell bresennol.</translation>
    </message>
    <message>
        <source>This stay was recorded in error, so she has no departure from it.</source>
        <translation>Cofnodwyd yr arhosiad hwn trwy gamgymeriad, felly ni adawodd hi ohono.</translation>
    </message>
    <message>
        <source>The leaving date is before she arrived.</source>
        <translation>Mae&apos;r dyddiad gadael cyn iddi gyrraedd.</translation>
    </message>
</context>
<context>
    <name>CapacityRules</name>
    <message>
        <source>{room} at {house}</source>
        <extracomment>Children under this age (years) can sleep in a cot instead of taking a child place.</extracomment>
        <translation>{room}, {house}</translation>
    </message>
    <message numerus="yes">
        <source>%n child</source>
        <translation>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n children</source>
        <translation>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child place</source>
        <translation>
            <numerusform>%n lle i blentyn</numerusform>
            <numerusform>%n lle i blentyn</numerusform>
            <numerusform>%n lle i blentyn</numerusform>
            <numerusform>%n lle i blentyn</numerusform>
            <numerusform>%n lle i blentyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child places</source>
        <translation>
            <numerusform>%n lle i blentyn</numerusform>
            <numerusform>%n lle i blentyn</numerusform>
            <numerusform>%n lle i blentyn</numerusform>
            <numerusform>%n lle i blentyn</numerusform>
            <numerusform>%n lle i blentyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cot</source>
        <translation>
            <numerusform>%n cot</numerusform>
            <numerusform>%n cot</numerusform>
            <numerusform>%n cot</numerusform>
            <numerusform>%n cot</numerusform>
            <numerusform>%n cot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cots</source>
        <translation>
            <numerusform>%n cot</numerusform>
            <numerusform>%n cot</numerusform>
            <numerusform>%n cot</numerusform>
            <numerusform>%n cot</numerusform>
            <numerusform>%n cot</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the children&apos;s ages as whole years, separated by commas (for example 0, 4, 7).</source>
        <translation>Ysgrifennwch oedrannau&apos;r plant mewn blynyddoedd cyfan, wedi&apos;u gwahanu gan atalnodau (er enghraifft 0, 4, 7).</translation>
    </message>
    <message>
        <source>A child&apos;s age is between 0 and 17.</source>
        <translation>Mae oedran plentyn rhwng 0 a 17.</translation>
    </message>
    <message>
        <source>The number of children cannot be negative.</source>
        <translation>Ni all nifer y plant fod yn llai na sero.</translation>
    </message>
    <message numerus="yes">
        <source>%n age is given for {children}. Give one age for each child, or leave the ages empty if you do not know them yet.</source>
        <translation>
            <numerusform>Rhoddwyd %n oedran ar gyfer {children}. Rhowch un oedran ar gyfer pob plentyn, neu gadewch yr oedrannau&apos;n wag os nad ydych yn eu gwybod eto.</numerusform>
            <numerusform>Rhoddwyd %n oedran ar gyfer {children}. Rhowch un oedran ar gyfer pob plentyn, neu gadewch yr oedrannau&apos;n wag os nad ydych yn eu gwybod eto.</numerusform>
            <numerusform>Rhoddwyd %n oedran ar gyfer {children}. Rhowch un oedran ar gyfer pob plentyn, neu gadewch yr oedrannau&apos;n wag os nad ydych yn eu gwybod eto.</numerusform>
            <numerusform>Rhoddwyd %n oedran ar gyfer {children}. Rhowch un oedran ar gyfer pob plentyn, neu gadewch yr oedrannau&apos;n wag os nad ydych yn eu gwybod eto.</numerusform>
            <numerusform>Rhoddwyd %n oedran ar gyfer {children}. Rhowch un oedran ar gyfer pob plentyn, neu gadewch yr oedrannau&apos;n wag os nad ydych yn eu gwybod eto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ages are given for {children}. Give one age for each child, or leave the ages empty if you do not know them yet.</source>
        <translation>
            <numerusform>Rhoddwyd %n oedran ar gyfer {children}. Rhowch un oedran ar gyfer pob plentyn, neu gadewch yr oedrannau&apos;n wag os nad ydych yn eu gwybod eto.</numerusform>
            <numerusform>Rhoddwyd %n oedran ar gyfer {children}. Rhowch un oedran ar gyfer pob plentyn, neu gadewch yr oedrannau&apos;n wag os nad ydych yn eu gwybod eto.</numerusform>
            <numerusform>Rhoddwyd %n oedran ar gyfer {children}. Rhowch un oedran ar gyfer pob plentyn, neu gadewch yr oedrannau&apos;n wag os nad ydych yn eu gwybod eto.</numerusform>
            <numerusform>Rhoddwyd %n oedran ar gyfer {children}. Rhowch un oedran ar gyfer pob plentyn, neu gadewch yr oedrannau&apos;n wag os nad ydych yn eu gwybod eto.</numerusform>
            <numerusform>Rhoddwyd %n oedran ar gyfer {children}. Rhowch un oedran ar gyfer pob plentyn, neu gadewch yr oedrannau&apos;n wag os nad ydych yn eu gwybod eto.</numerusform>
        </translation>
    </message>
    <message>
        <source>it has {places} and {cots}, and this family has {children}.</source>
        <translation>mae ganddi {places} a {cots}, ac mae gan y teulu hwn {children}.</translation>
    </message>
    <message>
        <source>it has {places} and her child is {age} or older (too old for a cot).</source>
        <translation>mae ganddi {places} ac mae ei phlentyn yn {age} oed neu&apos;n hŷn (yn rhy hen i got).</translation>
    </message>
    <message numerus="yes">
        <source>it has {places} and %n of the children is {age} or older (too old for a cot).</source>
        <translation>
            <numerusform>mae ganddi {places} ac mae %n o&apos;r plant yn {age} oed neu&apos;n hŷn (yn rhy hen i got).</numerusform>
            <numerusform>mae ganddi {places} ac mae %n o&apos;r plant yn {age} oed neu&apos;n hŷn (yn rhy hen i got).</numerusform>
            <numerusform>mae ganddi {places} ac mae %n o&apos;r plant yn {age} oed neu&apos;n hŷn (yn rhy hen i got).</numerusform>
            <numerusform>mae ganddi {places} ac mae %n o&apos;r plant yn {age} oed neu&apos;n hŷn (yn rhy hen i got).</numerusform>
            <numerusform>mae ganddi {places} ac mae %n o&apos;r plant yn {age} oed neu&apos;n hŷn (yn rhy hen i got).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has {places} and %n of the children are {age} or older (too old for a cot).</source>
        <translation>
            <numerusform>mae ganddi {places} ac mae %n o&apos;r plant yn {age} oed neu&apos;n hŷn (yn rhy hen i got).</numerusform>
            <numerusform>mae ganddi {places} ac mae %n o&apos;r plant yn {age} oed neu&apos;n hŷn (yn rhy hen i got).</numerusform>
            <numerusform>mae ganddi {places} ac mae %n o&apos;r plant yn {age} oed neu&apos;n hŷn (yn rhy hen i got).</numerusform>
            <numerusform>mae ganddi {places} ac mae %n o&apos;r plant yn {age} oed neu&apos;n hŷn (yn rhy hen i got).</numerusform>
            <numerusform>mae ganddi {places} ac mae %n o&apos;r plant yn {age} oed neu&apos;n hŷn (yn rhy hen i got).</numerusform>
        </translation>
    </message>
    <message>
        <source>household {ref} is there from {start} until {end}</source>
        <translation>mae aelwyd {ref} yno o {start} tan {end}</translation>
    </message>
    <message>
        <source>household {ref} is there from {start} with no leaving date</source>
        <translation>mae aelwyd {ref} yno o {start} heb ddyddiad gadael</translation>
    </message>
    <message>
        <source>it is offered (referral {referral}) from {day}, held until {held}</source>
        <translation>mae wedi&apos;i chynnig (atgyfeiriad {referral}) o {day}, ac wedi&apos;i chadw tan {held}</translation>
    </message>
    <message>
        <source>it only opens on {day}</source>
        <translation>dim ond ar {day} y mae&apos;n agor</translation>
    </message>
    <message>
        <source>it was retired on {day}</source>
        <translation>cafodd ei thynnu o ddefnydd ar {day}</translation>
    </message>
    <message>
        <source>{reason}, from {start} until {end}</source>
        <translation>{reason}, o {start} tan {end}</translation>
    </message>
    <message>
        <source>{reason}, from {start} with no reopening date</source>
        <translation>{reason}, o {start} heb ddyddiad ailagor</translation>
    </message>
    <message>
        <source>The leaving date is before the arriving date.</source>
        <translation>Mae&apos;r dyddiad gadael cyn y dyddiad cyrraedd.</translation>
    </message>
    <message>
        <source>The room would stop being held on {held}, before she arrives on {arriving}. Hold it until at least her arrival day.</source>
        <translation>Byddai&apos;r ystafell yn peidio â chael ei chadw ar {held}, cyn iddi gyrraedd ar {arriving}. Cadwch hi tan ddiwrnod ei chyrraedd o leiaf.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>That password is too long: RefugeDesk takes passwords of up to {limit} characters. Check that only the password was typed or pasted.</source>
        <extracomment>The longest username RefugeDesk makes (staff.USERNAME_RE), so any longer one is a slip.</extracomment>
        <translation>Mae&apos;r cyfrinair hwnnw&apos;n rhy hir: mae RefugeDesk yn derbyn cyfrineiriau hyd at {limit} nod. Gwiriwch mai dim ond y cyfrinair a gafodd ei deipio neu ei ludo.</translation>
    </message>
    <message>
        <source>The password has characters that are not ordinary text (perhaps the keyboard or terminal is set to another language&apos;s encoding, or it came from a file saved that way). Type it again.</source>
        <translation>Mae yn y cyfrinair nodau nad ydynt yn destun cyffredin (efallai fod y bysellfwrdd neu&apos;r derfynell wedi&apos;u gosod i amgodiad iaith arall, neu iddo ddod o ffeil a gadwyd felly). Teipiwch ef eto.</translation>
    </message>
    <message>
        <source>That username is too long: usernames have at most {limit} characters. Check what was typed.</source>
        <translation>Mae&apos;r enw defnyddiwr hwnnw&apos;n rhy hir: mae gan enwau defnyddwyr {limit} nod ar y mwyaf. Gwiriwch beth a deipiwyd.</translation>
    </message>
    <message>
        <source>The username has characters that are not ordinary text (perhaps the keyboard or terminal is set to another language&apos;s encoding, or it came from a file saved that way). Type it again.</source>
        <translation>Mae yn yr enw defnyddiwr nodau nad ydynt yn destun cyffredin (efallai fod y bysellfwrdd neu&apos;r derfynell wedi&apos;u gosod i amgodiad iaith arall, neu iddo ddod o ffeil a gadwyd felly). Teipiwch ef eto.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>RefugeDesk takes dates from 1900 to 2200</source>
        <extracomment>The most nights one offer, stay or room search can span: five years. The range in words, marked for translation at import and translated where it is shown (`range_text()`): the language is chosen later, at sign-in. Its years are EARLIEST&apos;s and LATEST&apos;s (tests/test_welsh_g4a.py checks they agree).</extracomment>
        <translation>Mae RefugeDesk yn derbyn dyddiadau o 1900 i 2200</translation>
    </message>
    <message>
        <source>{day} cannot be right: check the year. {range}.</source>
        <translation>Ni all {day} fod yn gywir: gwiriwch y flwyddyn. {range}.</translation>
    </message>
    <message>
        <source>That is more than {nights} nights (five years). Check the number of nights.</source>
        <translation>Mae hynny&apos;n fwy na {nights} noson (pum mlynedd). Gwiriwch nifer y nosweithiau.</translation>
    </message>
</context>
<context>
    <name>DbBackup</name>
    <message>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>Mae ffeil â&apos;r enw hwnnw&apos;n bodoli eisoes. Dewiswch enw arall.</translation>
    </message>
    <message>
        <source>The backup could not be written. {why} Nothing was left behind. Check there is space and that the folder can be written to, or choose another place, then try again.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r copi wrth gefn. {why} Does dim wedi&apos;i adael ar ôl. Gwiriwch fod lle ar gael ac y gellir ysgrifennu i&apos;r ffolder, neu dewiswch le arall, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The backup&apos;s key file did not read back as it was written, so the backup was not kept. Nothing was left behind. Try again, or choose another place.</source>
        <translation>Nid oedd ffeil allweddi&apos;r copi wrth gefn yn darllen yn ôl fel y cafodd ei hysgrifennu, felly ni chadwyd y copi wrth gefn. Does dim wedi&apos;i adael ar ôl. Rhowch gynnig arall arni, neu dewiswch le arall.</translation>
    </message>
    <message>
        <source>The backup&apos;s key file does not match the copy of the vault, so the backup was not kept. Nothing was left behind. Run &apos;refugedesk check&apos;, then try again.</source>
        <translation>Nid yw ffeil allweddi&apos;r copi wrth gefn yn cyfateb i gopi&apos;r gronfa ddiogel, felly ni chadwyd y copi wrth gefn. Does dim wedi&apos;i adael ar ôl. Rhedwch &apos;refugedesk check&apos;, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The backup could not be written (the disk is full). Nothing was left behind. Check there is space and that the folder can be written to, or choose another place, then try again.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r copi wrth gefn (mae&apos;r ddisg yn llawn). Does dim wedi&apos;i adael ar ôl. Gwiriwch fod lle ar gael ac y gellir ysgrifennu i&apos;r ffolder, neu dewiswch le arall, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The backup could not be written (it could not be saved). Nothing was left behind. Check there is space and that the folder can be written to, or choose another place, then try again.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r copi wrth gefn (nid oedd modd ei gadw). Does dim wedi&apos;i adael ar ôl. Gwiriwch fod lle ar gael ac y gellir ysgrifennu i&apos;r ffolder, neu dewiswch le arall, yna rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>DbLocks</name>
    <message>
        <source>The vault is open in RefugeDesk, here or on another computer. Close it everywhere (work typed into it during a restore would be lost), then restore again.</source>
        <extracomment>The open-lock files this process holds exclusively for a restore, with the thread doing it: that restore&apos;s own checks open the vault under its exclusive lock. Messages marked here and translated where they are raised (the language is chosen after import).</extracomment>
        <translation>Mae&apos;r gronfa ddiogel ar agor yn RefugeDesk, yma neu ar gyfrifiadur arall. Caewch hi ym mhobman (byddai gwaith a deipiwyd ynddi yn ystod adfer yn cael ei golli), yna adferwch eto.</translation>
    </message>
    <message>
        <source>A backup is being restored into this vault, here or on another computer. Wait until it has finished, then try again.</source>
        <translation>Mae copi wrth gefn yn cael ei adfer i&apos;r gronfa ddiogel hon, yma neu ar gyfrifiadur arall. Arhoswch nes iddo orffen, yna rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>DbRestore</name>
    <message>
        <source>To replace this vault you must be able to sign in to it as it is now, as an administrator, with the same password as in the backup.</source>
        <translation>I roi copi yn lle&apos;r gronfa ddiogel hon, rhaid i chi allu mewngofnodi iddi fel y mae nawr, fel gweinyddwr, gyda&apos;r un cyfrinair ag sydd yn y copi wrth gefn.</translation>
    </message>
    <message>
        <source>{problem} Restoring over it needs your organisation&apos;s recovery code: run &apos;refugedesk restore --recovery-code&apos;. Nothing was changed.</source>
        <translation>{problem} I adfer drosti mae angen cod adfer eich sefydliad: rhedwch &apos;refugedesk restore --recovery-code&apos;. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>This backup was changed after it was written (its audit trail no longer holds the newest event it had then), so nothing was replaced. Use another backup, and tell your manager.</source>
        <translation>Cafodd y copi wrth gefn hwn ei newid ar ôl iddo gael ei ysgrifennu (nid yw ei drywydd archwilio bellach yn cynnwys y cofnod diweddaraf a oedd ynddo bryd hynny), felly ni ddisodlwyd dim. Defnyddiwch gopi wrth gefn arall, a dywedwch wrth eich rheolwr.</translation>
    </message>
    <message>
        <source>The recovery slot in the backup&apos;s key file is not the one the backup records, so nothing was replaced. Check you chose the right backup and its own key file.</source>
        <translation>Nid y slot adfer yn ffeil allweddi&apos;r copi wrth gefn yw&apos;r un y mae&apos;r copi wrth gefn yn ei gofnodi, felly ni ddisodlwyd dim. Gwiriwch i chi ddewis y copi wrth gefn cywir a&apos;i ffeil allweddi ei hun.</translation>
    </message>
</context>
<context>
    <name>DbTrust</name>
    <message>
        <source>The staff roster&apos;s version {version} is not readable.</source>
        <translation>Nid oes modd darllen fersiwn {version} o&apos;r rhestr staff.</translation>
    </message>
    <message>
        <source>The staff roster&apos;s version {version} is missing.</source>
        <translation>Mae fersiwn {version} o&apos;r rhestr staff ar goll.</translation>
    </message>
    <message>
        <source>The staff roster&apos;s version {version} belongs to another vault.</source>
        <translation>Mae fersiwn {version} o&apos;r rhestr staff yn perthyn i gronfa ddiogel arall.</translation>
    </message>
    <message>
        <source>The staff roster does not start where it should.</source>
        <translation>Nid yw&apos;r rhestr staff yn dechrau lle dylai.</translation>
    </message>
    <message>
        <source>The staff roster&apos;s trust anchor was replaced at version {version}.</source>
        <translation>Cafodd angor ymddiriedaeth y rhestr staff ei ddisodli yn fersiwn {version}.</translation>
    </message>
    <message>
        <source>The staff roster&apos;s version {version} does not follow the one before.</source>
        <translation>Nid yw fersiwn {version} o&apos;r rhestr staff yn dilyn yr un o&apos;i flaen.</translation>
    </message>
    <message>
        <source>The staff roster&apos;s version {version} does not carry a valid signature of an administrator.</source>
        <translation>Nid oes llofnod dilys gweinyddwr ar fersiwn {version} o&apos;r rhestr staff.</translation>
    </message>
    <message>
        <source>This staff account was changed outside RefugeDesk: what it may do is not what an administrator signed, so nobody is let in on it.</source>
        <translation>Cafodd y cyfrif staff hwn ei newid y tu allan i RefugeDesk: nid yw&apos;r hyn y caiff ei wneud yn cyfateb i&apos;r hyn a lofnododd gweinyddwr, felly ni chaiff neb fewngofnodi arno.</translation>
    </message>
    <message>
        <source>This staff account&apos;s key was changed outside RefugeDesk, so nobody is let in on it.</source>
        <translation>Cafodd allwedd y cyfrif staff hwn ei newid y tu allan i RefugeDesk, felly ni chaiff neb fewngofnodi arno.</translation>
    </message>
    <message>
        <source>Staff account {id} was added outside RefugeDesk (no administrator signed it).</source>
        <translation>Cafodd cyfrif staff {id} ei ychwanegu y tu allan i RefugeDesk (ni lofnododd yr un gweinyddwr ef).</translation>
    </message>
    <message>
        <source>Staff account {id} was changed outside RefugeDesk (its role, name or state is not what an administrator signed).</source>
        <translation>Cafodd cyfrif staff {id} ei newid y tu allan i RefugeDesk (nid yw ei rôl, ei enw na&apos;i gyflwr yn cyfateb i&apos;r hyn a lofnododd gweinyddwr).</translation>
    </message>
    <message>
        <source>Staff account {id} was removed outside RefugeDesk.</source>
        <translation>Cafodd cyfrif staff {id} ei dynnu y tu allan i RefugeDesk.</translation>
    </message>
    <message>
        <source>The recovery code&apos;s key recorded in the vault was changed outside RefugeDesk.</source>
        <translation>Cafodd allwedd y cod adfer a gofnodwyd yn y gronfa ddiogel ei newid y tu allan i RefugeDesk.</translation>
    </message>
    <message>
        <source>Staff accounts are not protected yet: an administrator first protects them with the recovery code.</source>
        <translation>Nid yw cyfrifon staff wedi&apos;u diogelu eto: rhaid i weinyddwr eu diogelu yn gyntaf gyda&apos;r cod adfer.</translation>
    </message>
    <message>
        <source>Your signing key is not the one an administrator signed for your account, so you cannot change staff accounts. Ask another administrator to reset your password.</source>
        <translation>Nid eich allwedd llofnodi yw&apos;r un a lofnododd gweinyddwr ar gyfer eich cyfrif, felly ni allwch newid cyfrifon staff. Gofynnwch i weinyddwr arall ailosod eich cyfrinair.</translation>
    </message>
    <message>
        <source>Staff account {id} was changed outside RefugeDesk, so nothing more can be signed until an administrator sets that account right (change its role, or switch it off and on again).</source>
        <translation>Cafodd cyfrif staff {id} ei newid y tu allan i RefugeDesk, felly ni ellir llofnodi dim mwy nes i weinyddwr gywiro&apos;r cyfrif hwnnw (newid ei rôl, neu ei ddiffodd a&apos;i droi ymlaen eto).</translation>
    </message>
    <message>
        <source>The vault&apos;s signed staff roster, which this computer saw on {day}, has been removed.</source>
        <extracomment>Problems once noticed here: `check` keeps reporting them until a restore.</extracomment>
        <translation>Mae&apos;r rhestr staff wedi&apos;i llofnodi yn y gronfa ddiogel, a welodd y cyfrifiadur hwn ar {day}, wedi cael ei thynnu.</translation>
    </message>
    <message>
        <source>The vault&apos;s signed staff roster, which this computer saw before, has been removed.</source>
        <translation>Mae&apos;r rhestr staff wedi&apos;i llofnodi yn y gronfa ddiogel, a welodd y cyfrifiadur hwn o&apos;r blaen, wedi cael ei thynnu.</translation>
    </message>
    <message>
        <source>The vault&apos;s trust anchor is not the one this computer saw on {day}: its staff roster was replaced outside RefugeDesk.</source>
        <translation>Nid angor ymddiriedaeth y gronfa ddiogel yw&apos;r un a welodd y cyfrifiadur hwn ar {day}: cafodd ei rhestr staff ei disodli y tu allan i RefugeDesk.</translation>
    </message>
    <message>
        <source>The vault&apos;s trust anchor is not the one this computer saw before: its staff roster was replaced outside RefugeDesk.</source>
        <translation>Nid angor ymddiriedaeth y gronfa ddiogel yw&apos;r un a welodd y cyfrifiadur hwn o&apos;r blaen: cafodd ei rhestr staff ei disodli y tu allan i RefugeDesk.</translation>
    </message>
    <message>
        <source>The vault&apos;s staff roster is older than the one this computer saw on {day} (version {version}, not {seen_version}): it was rolled back.</source>
        <translation>Mae rhestr staff y gronfa ddiogel yn hŷn na&apos;r un a welodd y cyfrifiadur hwn ar {day} (fersiwn {version}, nid {seen_version}): cafodd ei throi&apos;n ôl.</translation>
    </message>
    <message>
        <source>The vault&apos;s staff roster is older than the one this computer saw before (version {version}, not {seen_version}): it was rolled back.</source>
        <translation>Mae rhestr staff y gronfa ddiogel yn hŷn na&apos;r un a welodd y cyfrifiadur hwn o&apos;r blaen (fersiwn {version}, nid {seen_version}): cafodd ei throi&apos;n ôl.</translation>
    </message>
    <message>
        <source>The vault&apos;s staff roster no longer contains version {seen_version} as this computer saw it on {day}: it was rewritten outside RefugeDesk.</source>
        <translation>Nid yw rhestr staff y gronfa ddiogel bellach yn cynnwys fersiwn {seen_version} fel y&apos;i gwelodd y cyfrifiadur hwn ar {day}: cafodd ei hailysgrifennu y tu allan i RefugeDesk.</translation>
    </message>
    <message>
        <source>The vault&apos;s staff roster no longer contains version {seen_version} as this computer saw it before: it was rewritten outside RefugeDesk.</source>
        <translation>Nid yw rhestr staff y gronfa ddiogel bellach yn cynnwys fersiwn {seen_version} fel y&apos;i gwelodd y cyfrifiadur hwn o&apos;r blaen: cafodd ei hailysgrifennu y tu allan i RefugeDesk.</translation>
    </message>
    <message>
        <source>The audit trail no longer holds event {event} as this computer saw it on {day}: events were removed or rewritten, or an older copy of the vault was put in place without RefugeDesk&apos;s restore.</source>
        <translation>Nid yw&apos;r trywydd archwilio bellach yn cynnwys cofnod {event} fel y&apos;i gwelodd y cyfrifiadur hwn ar {day}: cafodd cofnodion eu tynnu neu eu hailysgrifennu, neu rhoddwyd copi hŷn o&apos;r gronfa ddiogel yn ei lle heb ddefnyddio adfer RefugeDesk.</translation>
    </message>
    <message>
        <source>The audit trail no longer holds event {event} as this computer saw it before: events were removed or rewritten, or an older copy of the vault was put in place without RefugeDesk&apos;s restore.</source>
        <translation>Nid yw&apos;r trywydd archwilio bellach yn cynnwys cofnod {event} fel y&apos;i gwelodd y cyfrifiadur hwn o&apos;r blaen: cafodd cofnodion eu tynnu neu eu hailysgrifennu, neu rhoddwyd copi hŷn o&apos;r gronfa ddiogel yn ei lle heb ddefnyddio adfer RefugeDesk.</translation>
    </message>
    <message>
        <source>This computer&apos;s record of what it last saw in this vault is damaged; it has been started again.</source>
        <translation>Mae cofnod y cyfrifiadur hwn o&apos;r hyn a welodd ddiwethaf yn y gronfa ddiogel hon wedi&apos;i ddifrodi; mae wedi cael ei ddechrau eto.</translation>
    </message>
</context>
<context>
    <name>DbVault</name>
    <message>
        <source>Recovery code</source>
        <extracomment>Who acts when the vault was opened with the recovery code rather than a password. Her display name is marked here and translated when the vault is opened (`_recovery_person`).</extracomment>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <source>This recovery code is not the vault&apos;s own: the recovery slot in the key file was replaced.</source>
        <extracomment>The acting person&apos;s identity seed (her signing key), or the recovery code&apos;s. The signed staff roster as last verified (None: the vault is not protected yet). Problems noticed at sign-in that do not stop work (the audit trail does not extend what this computer saw): the app shows them, `access` records them.</extracomment>
        <translation>Nid cod adfer y gronfa ddiogel hon yw hwn: cafodd y slot adfer yn y ffeil allweddi ei ddisodli.</translation>
    </message>
    <message>
        <source>This vault has been opened by a newer version of RefugeDesk, so this version cannot open it. Nothing was changed. Install the newer version here; do not restore a backup over it (that would lose the newer work).</source>
        <translation>Mae fersiwn mwy newydd o RefugeDesk wedi agor y gronfa ddiogel hon, felly ni all y fersiwn hwn ei hagor. Ni newidiwyd dim. Gosodwch y fersiwn mwy newydd yma; peidiwch ag adfer copi wrth gefn drosti (byddai hynny&apos;n colli&apos;r gwaith mwy newydd).</translation>
    </message>
    <message>
        <source>The vault&apos;s signed staff roster has been removed.</source>
        <translation>Mae&apos;r rhestr staff wedi&apos;i llofnodi yn y gronfa ddiogel wedi cael ei thynnu.</translation>
    </message>
    <message>
        <source>The vault&apos;s key was changed in another window or on another computer. Close RefugeDesk here and sign in again.</source>
        <translation>Cafodd allwedd y gronfa ddiogel ei newid mewn ffenestr arall neu ar gyfrifiadur arall. Caewch RefugeDesk yma a mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>Your account has no signing key yet. Sign out and in again.</source>
        <translation>Nid oes gan eich cyfrif allwedd llofnodi eto. Allgofnodwch a mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>The recovery code&apos;s slot in the key file is not the one this vault records, so changing the key now would stop the recovery code working.</source>
        <translation>Nid slot y cod adfer yn y ffeil allweddi yw&apos;r un y mae&apos;r gronfa ddiogel hon yn ei gofnodi, felly byddai newid yr allwedd nawr yn atal y cod adfer rhag gweithio.</translation>
    </message>
    <message>
        <source>Changing the key would drop the recovery code&apos;s slot.</source>
        <translation>Byddai newid yr allwedd yn colli slot y cod adfer.</translation>
    </message>
    <message>
        <source>The key cannot be changed while RefugeDesk is open on another computer or window. Close it everywhere else, then try again.</source>
        <translation>Ni ellir newid yr allwedd tra bo RefugeDesk ar agor ar gyfrifiadur arall neu mewn ffenestr arall. Caewch ef ym mhob man arall, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The vault file is damaged ({check}: {error}).</source>
        <translation>Mae ffeil y gronfa ddiogel wedi&apos;i difrodi ({check}: {error}).</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Support worker</source>
        <translation>Gweithiwr cymorth</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Rheolwr</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Gweinyddwr</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Atgyweiriadau</translation>
    </message>
    <message>
        <source>Deep clean</source>
        <translation>Glanhau trylwyr</translation>
    </message>
    <message>
        <source>Held for safety</source>
        <translation>Wedi&apos;i chadw er diogelwch</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>Ffurflen ar-lein</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Yr heddlu</translation>
    </message>
    <message>
        <source>Children&apos;s social care</source>
        <translation>Gofal cymdeithasol plant</translation>
    </message>
    <message>
        <source>National helpline</source>
        <translation>Llinell gymorth genedlaethol</translation>
    </message>
    <message>
        <source>Other refuge</source>
        <translation>Lloches arall</translation>
    </message>
    <message>
        <source>MARAC</source>
        <translation>MARAC</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <source>Self referral</source>
        <translation>Hunanatgyfeirio</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Safonol</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Canolig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Uchel</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>Assessing</source>
        <translation>Wrthi&apos;n asesu</translation>
    </message>
    <message>
        <source>Room offered</source>
        <translation>Ystafell wedi&apos;i chynnig</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Wedi cyrraedd</translation>
    </message>
    <message>
        <source>Declined by service</source>
        <translation>Gwrthodwyd gan y gwasanaeth</translation>
    </message>
    <message>
        <source>Declined by her</source>
        <translation>Gwrthodwyd ganddi hi</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Tynnwyd yn ôl</translation>
    </message>
    <message>
        <source>No vacancy</source>
        <translation>Dim lle ar gael</translation>
    </message>
    <message>
        <source>Needs the service cannot meet</source>
        <translation>Anghenion na all y gwasanaeth eu diwallu</translation>
    </message>
    <message>
        <source>Too close to the abuser</source>
        <translation>Rhy agos at y camdriniwr</translation>
    </message>
    <message>
        <source>Planned move on</source>
        <extracomment>Not a departure from the service: she moved to another room (a new stay follows). Not a departure at all: the stay was recorded by mistake. It keeps its row (and its history in stay_correction) but holds no nights: `left_on` equals `arrived_on`.</extracomment>
        <translation>Symud ymlaen wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Another refuge</source>
        <translation>Lloches arall</translation>
    </message>
    <message>
        <source>Returned to abuser</source>
        <translation>Wedi dychwelyd at y camdriniwr</translation>
    </message>
    <message>
        <source>Left without notice</source>
        <translation>Wedi gadael heb rybudd</translation>
    </message>
    <message>
        <source>Asked to leave</source>
        <translation>Gofynnwyd iddi adael</translation>
    </message>
    <message>
        <source>Moved room</source>
        <translation>Wedi symud ystafell</translation>
    </message>
    <message>
        <source>Recorded in error</source>
        <translation>Cofnodwyd trwy gamgymeriad</translation>
    </message>
    <message>
        <source>Arrival date changed</source>
        <translation>Newidiwyd y dyddiad cyrraedd</translation>
    </message>
    <message>
        <source>Room changed</source>
        <translation>Newidiwyd yr ystafell</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>Merch</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>Bachgen</translation>
    </message>
    <message>
        <source>Non-molestation order</source>
        <translation>Gorchymyn rhag molestu</translation>
    </message>
    <message>
        <source>Restraining order</source>
        <translation>Gorchymyn atal</translation>
    </message>
    <message>
        <source>Occupation order</source>
        <translation>Gorchymyn anheddu</translation>
    </message>
    <message>
        <source>Bail conditions</source>
        <translation>Amodau mechnïaeth</translation>
    </message>
    <message>
        <source>Child arrangements order</source>
        <translation>Gorchymyn trefniadau plant</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Professional judgement</source>
        <translation>Barn broffesiynol</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Uwchgyfeirio</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Iechyd corfforol</translation>
    </message>
    <message>
        <source>Mental health and wellbeing</source>
        <translation>Iechyd meddwl a lles</translation>
    </message>
    <message>
        <source>Drugs and alcohol</source>
        <translation>Cyffuriau ac alcohol</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Arian a budd-daliadau</translation>
    </message>
    <message>
        <source>Housing and move-on</source>
        <translation>Tai a symud ymlaen</translation>
    </message>
    <message>
        <source>Legal and court</source>
        <translation>Materion cyfreithiol a llys</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Mewnfudo</translation>
    </message>
    <message>
        <source>Children and parenting</source>
        <translation>Plant a magu plant</translation>
    </message>
    <message>
        <source>Friends, family and confidence</source>
        <translation>Ffrindiau, teulu a hyder</translation>
    </message>
    <message>
        <source>Education, training and work</source>
        <translation>Addysg, hyfforddiant a gwaith</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
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
        <source>Not achieved</source>
        <translation>Heb ei gyflawni</translation>
    </message>
    <message>
        <source>No longer wanted</source>
        <translation>Dim eisiau mwyach</translation>
    </message>
    <message>
        <source>Fire and rescue home safety</source>
        <translation>Diogelwch yn y cartref gan y gwasanaeth tân ac achub</translation>
    </message>
    <message>
        <source>Health visitor</source>
        <translation>Ymwelydd iechyd</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Meddyg teulu</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Iechyd meddwl</translation>
    </message>
    <message>
        <source>Drugs or alcohol</source>
        <translation>Cyffuriau neu alcohol</translation>
    </message>
    <message>
        <source>Solicitor</source>
        <translation>Cyfreithiwr</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Tai</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Budd-daliadau</translation>
    </message>
    <message>
        <source>Immigration advice</source>
        <translation>Cyngor ar fewnfudo</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Cwnsela</translation>
    </message>
    <message>
        <source>Children&apos;s service</source>
        <translation>Gwasanaeth plant</translation>
    </message>
    <message>
        <source>Online (virtual)</source>
        <translation>Ar-lein (rhithwir)</translation>
    </message>
    <message>
        <source>Abuser contact or sighting</source>
        <translation>Cyswllt gan y camdriniwr, neu rywun wedi&apos;i weld</translation>
    </message>
    <message>
        <source>Location breach</source>
        <translation>Lleoliad wedi&apos;i ddatgelu</translation>
    </message>
    <message>
        <source>Police called</source>
        <translation>Galwyd yr heddlu</translation>
    </message>
    <message>
        <source>Safeguarding concern</source>
        <translation>Pryder diogelu</translation>
    </message>
    <message>
        <source>Health emergency</source>
        <translation>Argyfwng iechyd</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Difrod</translation>
    </message>
    <message>
        <source>Conflict between residents</source>
        <translation>Gwrthdaro rhwng preswylwyr</translation>
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
        <source>Own tenancy</source>
        <translation>Tenantiaeth ei hun</translation>
    </message>
    <message>
        <source>Social housing</source>
        <translation>Tai cymdeithasol</translation>
    </message>
    <message>
        <source>Private rented</source>
        <translation>Rhentu preifat</translation>
    </message>
    <message>
        <source>Family or friends</source>
        <translation>Teulu neu ffrindiau</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>Outreach support</source>
        <translation>Cymorth allgymorth</translation>
    </message>
    <message>
        <source>Resettlement support</source>
        <translation>Cymorth ailsefydlu</translation>
    </message>
    <message>
        <source>No further support</source>
        <translation>Dim cymorth pellach</translation>
    </message>
    <message>
        <source>She said so</source>
        <translation>Dywedodd hi hynny</translation>
    </message>
    <message>
        <source>She signed</source>
        <translation>Llofnododd hi</translation>
    </message>
    <message>
        <source>Another way</source>
        <translation>Mewn ffordd arall</translation>
    </message>
    <message>
        <source>Keep longer</source>
        <translation>Cadw&apos;n hirach</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Gwneud yn ddienw</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Gwrthod</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something stopped this from working.</source>
        <extracomment>A short default message; subclasses override it, callers may pass their own.</extracomment>
        <translation>Roedd rhywbeth wedi atal hyn rhag gweithio.</translation>
    </message>
    <message>
        <source>No RefugeDesk vault was found at that place. Check the folder, or set up a new vault.</source>
        <translation>Ni chafwyd hyd i gronfa ddiogel RefugeDesk yn y lle hwnnw. Gwiriwch y ffolder, neu sefydlwch gronfa ddiogel newydd.</translation>
    </message>
    <message>
        <source>A vault already exists there. Choose another place, or open the existing one.</source>
        <translation>Mae cronfa ddiogel yno eisoes. Dewiswch le arall, neu agorwch yr un sydd yno.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (the .rdkeys file that sits beside it) is missing. Without it the vault cannot be opened: restore the key file from a backup.</source>
        <translation>Mae ffeil allweddi&apos;r gronfa ddiogel (y ffeil .rdkeys sydd wrth ei hochr) ar goll. Hebddi ni ellir agor y gronfa ddiogel: adferwch y ffeil allweddi o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged or is not a RefugeDesk key file. Restore it from a backup.</source>
        <translation>Mae ffeil allweddi&apos;r gronfa ddiogel wedi&apos;i difrodi, neu nid yw&apos;n ffeil allweddi RefugeDesk. Adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>This file is not a RefugeDesk vault, or it is damaged. Nothing was changed. If it should be a vault, restore it from a backup.</source>
        <translation>Nid yw&apos;r ffeil hon yn gronfa ddiogel RefugeDesk, neu mae wedi&apos;i difrodi. Ni newidiwyd dim. Os dylai fod yn gronfa ddiogel, adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The vault is busy: another copy of RefugeDesk or another program is writing to it. Wait a moment and try again. Nothing was lost.</source>
        <translation>Mae&apos;r gronfa ddiogel yn brysur: mae copi arall o RefugeDesk neu raglen arall yn ysgrifennu iddi. Arhoswch funud a rhowch gynnig arall arni. Ni chollwyd dim.</translation>
    </message>
    <message>
        <source>The vault has been closed. Sign in again to carry on.</source>
        <translation>Mae&apos;r gronfa ddiogel wedi&apos;i chau. Mewngofnodwch eto i barhau.</translation>
    </message>
    <message>
        <source>That password is not right. Check Caps Lock and try again.</source>
        <translation>Nid yw&apos;r cyfrinair hwnnw&apos;n gywir. Gwiriwch Caps Lock a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>There is no staff member with that username on this vault.</source>
        <translation>Nid oes aelod o staff â&apos;r enw defnyddiwr hwnnw ar y gronfa ddiogel hon.</translation>
    </message>
    <message>
        <source>This staff account has been switched off. Ask an administrator if you need access again.</source>
        <translation>Mae&apos;r cyfrif staff hwn wedi&apos;i ddiffodd. Gofynnwch i weinyddwr os oes angen mynediad arnoch eto.</translation>
    </message>
    <message>
        <source>That recovery code is not right. Check it against the printed copy.</source>
        <translation>Nid yw&apos;r cod adfer hwnnw&apos;n gywir. Gwiriwch ef yn erbyn y copi wedi&apos;i argraffu.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a moment before trying again.</source>
        <translation>Gormod o ymdrechion. Arhoswch funud cyn rhoi cynnig arall arni.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please wait %n second before trying again.</source>
        <translation>
            <numerusform>Gormod o ymdrechion. Arhoswch %n eiliad cyn rhoi cynnig arall arni.</numerusform>
            <numerusform>Gormod o ymdrechion. Arhoswch %n eiliad cyn rhoi cynnig arall arni.</numerusform>
            <numerusform>Gormod o ymdrechion. Arhoswch %n eiliad cyn rhoi cynnig arall arni.</numerusform>
            <numerusform>Gormod o ymdrechion. Arhoswch %n eiliad cyn rhoi cynnig arall arni.</numerusform>
            <numerusform>Gormod o ymdrechion. Arhoswch %n eiliad cyn rhoi cynnig arall arni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please wait %n seconds before trying again.</source>
        <translation>
            <numerusform>Gormod o ymdrechion. Arhoswch %n eiliad cyn rhoi cynnig arall arni.</numerusform>
            <numerusform>Gormod o ymdrechion. Arhoswch %n eiliad cyn rhoi cynnig arall arni.</numerusform>
            <numerusform>Gormod o ymdrechion. Arhoswch %n eiliad cyn rhoi cynnig arall arni.</numerusform>
            <numerusform>Gormod o ymdrechion. Arhoswch %n eiliad cyn rhoi cynnig arall arni.</numerusform>
            <numerusform>Gormod o ymdrechion. Arhoswch %n eiliad cyn rhoi cynnig arall arni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff accounts in this vault were changed outside RefugeDesk, so it cannot be trusted to say who may do what.</source>
        <translation>Cafodd cyfrifon staff yn y gronfa ddiogel hon eu newid y tu allan i RefugeDesk, felly ni ellir ymddiried ynddi i ddweud pwy all wneud beth.</translation>
    </message>
    <message>
        <source>Nothing was changed. Tell your manager: an administrator can restore the latest backup with the recovery code.</source>
        <translation>Ni newidiwyd dim. Dywedwch wrth eich rheolwr: gall gweinyddwr adfer y copi wrth gefn diweddaraf gyda&apos;r cod adfer.</translation>
    </message>
    <message>
        <source>{problem} {todo}</source>
        <translation>{problem} {todo}</translation>
    </message>
    <message>
        <source>That backup could not be opened and checked, so nothing was replaced. Check you chose the right backup and its key file.</source>
        <translation>Nid oedd modd agor a gwirio&apos;r copi wrth gefn hwnnw, felly ni ddisodlwyd dim. Gwiriwch i chi ddewis y copi wrth gefn cywir a&apos;i ffeil allweddi.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask a manager or an administrator.</source>
        <translation>Nid yw eich rôl yn caniatáu hyn. Gofynnwch i reolwr neu weinyddwr.</translation>
    </message>
    <message>
        <source>Her record is for the staff of her house and her key worker. You can still open it, giving your reason: a manager sees it.</source>
        <translation>Mae ei chofnod ar gyfer staff ei thŷ a&apos;i gweithiwr allweddol. Gallwch ei agor o hyd, gan roi eich rheswm: bydd rheolwr yn ei weld.</translation>
    </message>
    <message>
        <source>The username “{username}” is already used. Choose another.</source>
        <translation>Mae&apos;r enw defnyddiwr “{username}” yn cael ei ddefnyddio eisoes. Dewiswch un arall.</translation>
    </message>
    <message>
        <source>This is the only active administrator. Make someone else an administrator first.</source>
        <translation>Dyma&apos;r unig weinyddwr gweithredol. Gwnewch rywun arall yn weinyddwr yn gyntaf.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <extracomment>The default message, put into the language in use when the error is made.</extracomment>
        <translation>Mae&apos;r dyddiad gorffen cyn y dyddiad dechrau.</translation>
    </message>
    <message>
        <source>That {what} could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i hwn ({what}). Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>{room} is not free for those nights: {clash}. Choose another room or other dates.</source>
        <translation>Nid yw {room} yn rhydd am y nosweithiau hynny: {clash}. Dewiswch ystafell arall neu ddyddiadau eraill.</translation>
    </message>
    <message>
        <source>{room} is closed: {why}. Reopen it first, or choose another room.</source>
        <translation>Mae {room} ar gau: {why}. Ailagorwch hi yn gyntaf, neu dewiswch ystafell arall.</translation>
    </message>
    <message>
        <source>{room} cannot take this family: {problem}</source>
        <translation>Ni all {room} gymryd y teulu hwn: {problem}</translation>
    </message>
    <message>
        <source>{house} is in {area}, one of the areas she must not be placed in. Choose a house elsewhere.</source>
        <translation>Mae {house} yn ardal {area}, un o&apos;r ardaloedd na ddylai hi gael ei lleoli ynddynt. Dewiswch dŷ mewn man arall.</translation>
    </message>
    <message>
        <source>This offer has lapsed (or was cancelled), so the room is no longer held. Make a new offer if the room is still free.</source>
        <translation>Mae&apos;r cynnig hwn wedi dod i ben (neu wedi&apos;i ganslo), felly nid yw&apos;r ystafell yn cael ei chadw mwyach. Gwnewch gynnig newydd os yw&apos;r ystafell yn dal yn rhydd.</translation>
    </message>
    <message numerus="yes">
        <source>This arrival was recorded more than %n day ago, so only a manager or an administrator can correct it now. Nothing was changed.</source>
        <translation>
            <numerusform>Cafodd y cyrraedd hwn ei gofnodi fwy na %n diwrnod yn ôl, felly dim ond rheolwr neu weinyddwr all ei gywiro nawr. Ni newidiwyd dim.</numerusform>
            <numerusform>Cafodd y cyrraedd hwn ei gofnodi fwy na %n diwrnod yn ôl, felly dim ond rheolwr neu weinyddwr all ei gywiro nawr. Ni newidiwyd dim.</numerusform>
            <numerusform>Cafodd y cyrraedd hwn ei gofnodi fwy na %n diwrnod yn ôl, felly dim ond rheolwr neu weinyddwr all ei gywiro nawr. Ni newidiwyd dim.</numerusform>
            <numerusform>Cafodd y cyrraedd hwn ei gofnodi fwy na %n diwrnod yn ôl, felly dim ond rheolwr neu weinyddwr all ei gywiro nawr. Ni newidiwyd dim.</numerusform>
            <numerusform>Cafodd y cyrraedd hwn ei gofnodi fwy na %n diwrnod yn ôl, felly dim ond rheolwr neu weinyddwr all ei gywiro nawr. Ni newidiwyd dim.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This arrival was recorded more than %n days ago, so only a manager or an administrator can correct it now. Nothing was changed.</source>
        <translation>
            <numerusform>Cafodd y cyrraedd hwn ei gofnodi fwy na %n diwrnod yn ôl, felly dim ond rheolwr neu weinyddwr all ei gywiro nawr. Ni newidiwyd dim.</numerusform>
            <numerusform>Cafodd y cyrraedd hwn ei gofnodi fwy na %n diwrnod yn ôl, felly dim ond rheolwr neu weinyddwr all ei gywiro nawr. Ni newidiwyd dim.</numerusform>
            <numerusform>Cafodd y cyrraedd hwn ei gofnodi fwy na %n diwrnod yn ôl, felly dim ond rheolwr neu weinyddwr all ei gywiro nawr. Ni newidiwyd dim.</numerusform>
            <numerusform>Cafodd y cyrraedd hwn ei gofnodi fwy na %n diwrnod yn ôl, felly dim ond rheolwr neu weinyddwr all ei gywiro nawr. Ni newidiwyd dim.</numerusform>
            <numerusform>Cafodd y cyrraedd hwn ei gofnodi fwy na %n diwrnod yn ôl, felly dim ond rheolwr neu weinyddwr all ei gywiro nawr. Ni newidiwyd dim.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reference “{reference}” is already used by another resident. Choose another.</source>
        <translation>Mae&apos;r cyfeirnod “{reference}” yn cael ei ddefnyddio eisoes gan breswylydd arall. Dewiswch un arall.</translation>
    </message>
    <message>
        <source>Another household already has the reference “{reference}”. Use {suggestion}, the next free one, or check her earlier reference if she has stayed before.</source>
        <translation>Mae gan aelwyd arall y cyfeirnod “{reference}” eisoes. Defnyddiwch {suggestion}, yr un rhydd nesaf, neu gwiriwch ei chyfeirnod cynharach os yw hi wedi aros o&apos;r blaen.</translation>
    </message>
    <message>
        <source>This intake has already been finished. Open her record instead.</source>
        <translation>Mae&apos;r derbyn hwn wedi&apos;i orffen eisoes. Agorwch ei chofnod yn lle hynny.</translation>
    </message>
    <message>
        <source>This handover has been sent, so it cannot be changed. Add an addendum instead.</source>
        <translation>Mae&apos;r trosglwyddiad hwn wedi&apos;i anfon, felly ni ellir ei newid. Ychwanegwch atodiad yn lle hynny.</translation>
    </message>
    <message>
        <source>Only the person it was handed to can acknowledge this handover.</source>
        <translation>Dim ond y person y cafodd ei drosglwyddo iddo all gydnabod y trosglwyddiad hwn.</translation>
    </message>
    <message>
        <source>This handover has not been sent yet.</source>
        <translation>Nid yw&apos;r trosglwyddiad hwn wedi&apos;i anfon eto.</translation>
    </message>
    <message>
        <source>She is already signed out. Sign her back in first.</source>
        <translation>Mae hi eisoes wedi mynd allan. Cofnodwch ei bod yn ôl yn gyntaf.</translation>
    </message>
    <message>
        <source>She has already been signed back in.</source>
        <translation>Mae hi eisoes wedi&apos;i chofnodi&apos;n ôl.</translation>
    </message>
    <message>
        <source>That file is the vault (or its key file or a backup). Choose another name: nothing was written.</source>
        <translation>Y ffeil honno yw&apos;r gronfa ddiogel (neu ei ffeil allweddi neu gopi wrth gefn). Dewiswch enw arall: ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>The file could not be saved there, so nothing was written. Choose another folder and try again.</source>
        <translation>Nid oedd modd cadw&apos;r ffeil yno, felly ni ysgrifennwyd dim. Dewiswch ffolder arall a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>RefugeDesk could not use a file it needs.</source>
        <extracomment>What happened, and what to do about it; the message is built from the two.</extracomment>
        <translation>Nid oedd RefugeDesk yn gallu defnyddio ffeil sydd ei hangen arno.</translation>
    </message>
    <message>
        <source>Check the drive and the folder, then try again.</source>
        <translation>Gwiriwch y gyriant a&apos;r ffolder, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>RefugeDesk cannot save to this file or folder: it (or the whole drive) is read-only, or this computer account is not allowed to change it.</source>
        <translation>Ni all RefugeDesk gadw i&apos;r ffeil neu&apos;r ffolder hon: mae hi (neu&apos;r gyriant cyfan) yn ddarllen-yn-unig, neu ni chaiff y cyfrif cyfrifiadur hwn ei newid.</translation>
    </message>
    <message>
        <source>Use a folder you can write to (RefugeDesk needs to write even to sign in: every sign-in is recorded), or ask whoever looks after this computer for access.</source>
        <translation>Defnyddiwch ffolder y gallwch ysgrifennu iddo (mae angen i RefugeDesk ysgrifennu hyd yn oed i fewngofnodi: caiff pob mewngofnodi ei gofnodi), neu gofynnwch i bwy bynnag sy&apos;n gofalu am y cyfrifiadur hwn am fynediad.</translation>
    </message>
    <message>
        <source>The drive is full, so RefugeDesk could not write to it.</source>
        <translation>Mae&apos;r gyriant yn llawn, felly nid oedd RefugeDesk yn gallu ysgrifennu iddo.</translation>
    </message>
    <message>
        <source>Free some space (move old exports or backups off that drive, empty the recycle bin), then try again.</source>
        <translation>Rhyddhewch rywfaint o le (symudwch hen allforion neu gopïau wrth gefn oddi ar y gyriant hwnnw, gwagiwch y bin ailgylchu), yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The drive would not read or write (it may be failing, or a USB or network drive may have been disconnected).</source>
        <translation>Nid oedd y gyriant yn darllen nac yn ysgrifennu (efallai ei fod yn methu, neu fod gyriant USB neu yriant rhwydwaith wedi&apos;i ddatgysylltu).</translation>
    </message>
    <message>
        <source>Check that the drive is connected, then try again. If it keeps happening, ask for help, and run `refugedesk check` before trusting the vault again.</source>
        <translation>Gwiriwch fod y gyriant wedi&apos;i gysylltu, yna rhowch gynnig arall arni. Os yw&apos;n dal i ddigwydd, gofynnwch am help, a rhedwch `refugedesk check` cyn ymddiried yn y gronfa ddiogel eto.</translation>
    </message>
    <message>
        <source>RefugeDesk could not open the vault&apos;s files.</source>
        <translation>Nid oedd RefugeDesk yn gallu agor ffeiliau&apos;r gronfa ddiogel.</translation>
    </message>
    <message>
        <source>Check that the folder is still there (and the drive connected) and that this computer account may use it, then try again.</source>
        <translation>Gwiriwch fod y ffolder yno o hyd (a&apos;r gyriant wedi&apos;i gysylltu) a bod y cyfrif cyfrifiadur hwn yn cael ei ddefnyddio, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The vault here cannot be opened (its key file is missing or damaged, or the vault file is damaged or missing), so RefugeDesk cannot check that you are still an administrator of it. Restoring over it needs your organisation&apos;s recovery code: run &apos;refugedesk restore --recovery-code&apos;. Nothing was changed.</source>
        <translation>Ni ellir agor y gronfa ddiogel yma (mae ei ffeil allweddi ar goll neu wedi&apos;i difrodi, neu mae ffeil y gronfa ddiogel wedi&apos;i difrodi neu ar goll), felly ni all RefugeDesk wirio eich bod yn dal yn weinyddwr arni. I adfer drosti mae angen cod adfer eich sefydliad: rhedwch &apos;refugedesk restore --recovery-code&apos;. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The vault did not pass its checks, so no backup was written: a copy of a damaged vault could not be restored. Nothing was left behind. Run &apos;refugedesk check&apos; to see what is wrong, and tell your administrator.</source>
        <translation>Ni phasiodd y gronfa ddiogel ei gwiriadau, felly ni ysgrifennwyd copi wrth gefn: ni fyddai modd adfer copi o gronfa ddiogel wedi&apos;i difrodi. Does dim wedi&apos;i adael ar ôl. Rhedwch &apos;refugedesk check&apos; i weld beth sydd o&apos;i le, a dywedwch wrth eich gweinyddwr.</translation>
    </message>
    <message>
        <source>The backup could not be written. Nothing was left behind. Check there is space and that the folder can be written to, or choose another place, then try again.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r copi wrth gefn. Does dim wedi&apos;i adael ar ôl. Gwiriwch fod lle ar gael ac y gellir ysgrifennu i&apos;r ffolder, neu dewiswch le arall, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>She is staying in refuge now, so her record cannot be anonymised or erased yet. Record her move-on first, then decide again.</source>
        <translation>Mae hi&apos;n aros yn y lloches nawr, felly ni ellir gwneud ei chofnod yn ddienw na&apos;i ddileu eto. Cofnodwch ei symud ymlaen yn gyntaf, yna penderfynwch eto.</translation>
    </message>
    <message>
        <source>That action could not be found. It may have been removed; refresh and try again.</source>
        <extracomment>NotFound&apos;s message for each thing a caller names, a whole sentence (Welsh names each thing with its own gender and mutation, which a word dropped into one sentence cannot do).</extracomment>
        <translation>Ni chafwyd hyd i&apos;r cam gweithredu hwnnw. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That child could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r plentyn hwnnw. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That closure could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r cyfnod cau hwnnw. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That consent could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r caniatâd hwnnw. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That contact could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r cyswllt hwnnw. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That goal could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r nod hwnnw. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That handover could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r trosglwyddiad hwnnw. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That house could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r tŷ hwnnw. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That intake could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r derbyn hwnnw. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That MARAC referral could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r atgyfeiriad MARAC hwnnw. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That offer could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r cynnig hwnnw. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That programme could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r rhaglen honno. Efallai ei bod wedi&apos;i thynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That record could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r cofnod hwnnw. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That referral could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r atgyfeiriad hwnnw. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That request could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r cais hwnnw. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That resident could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r preswylydd hwnnw. Efallai fod ei chofnod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That review could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r adolygiad hwnnw. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That room could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r ystafell honno. Efallai ei bod wedi&apos;i thynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That safety record could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r cofnod diogelwch hwnnw. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That session could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r sesiwn honno. Efallai ei bod wedi&apos;i thynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That sign-out could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r cofnod mynd allan hwnnw. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That staff member could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r aelod o staff hwnnw. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That stay could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r arhosiad hwnnw. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That support plan could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r cynllun cymorth hwnnw. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That version of this review could not be found. It may have been removed; refresh and try again.</source>
        <translation>Ni chafwyd hyd i&apos;r fersiwn hwnnw o&apos;r adolygiad hwn. Efallai ei fod wedi&apos;i dynnu; adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>FindARoom</name>
    <message>
        <source>left out by the service&apos;s rule on boys&apos; ages</source>
        <extracomment>How far ahead the nearest dates that fit are looked for. Places left empty if she takes it (fewer is a better fit).</extracomment>
        <translation>wedi&apos;i gadael allan gan reol y gwasanaeth ar oedran bechgyn</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ar gau</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>llawn</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>wedi&apos;i chynnig</translation>
    </message>
    <message>
        <source>too small for her children</source>
        <translation>yn rhy fach i&apos;w phlant</translation>
    </message>
    <message>
        <source>without the access she needs</source>
        <translation>heb y mynediad sydd ei angen arni</translation>
    </message>
    <message>
        <source>in a house that cannot take her</source>
        <translation>mewn tŷ na all ei derbyn</translation>
    </message>
    <message>
        <source>in an excluded area</source>
        <translation>mewn ardal waharddedig</translation>
    </message>
    <message numerus="yes">
        <source>%n left out by the service&apos;s rule on boys&apos; ages</source>
        <translation>
            <numerusform>%n wedi&apos;u gadael allan gan reol y gwasanaeth ar oedran bechgyn</numerusform>
            <numerusform>%n wedi&apos;u gadael allan gan reol y gwasanaeth ar oedran bechgyn</numerusform>
            <numerusform>%n wedi&apos;u gadael allan gan reol y gwasanaeth ar oedran bechgyn</numerusform>
            <numerusform>%n wedi&apos;u gadael allan gan reol y gwasanaeth ar oedran bechgyn</numerusform>
            <numerusform>%n wedi&apos;u gadael allan gan reol y gwasanaeth ar oedran bechgyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed</source>
        <translation>
            <numerusform>%n ar gau</numerusform>
            <numerusform>%n ar gau</numerusform>
            <numerusform>%n ar gau</numerusform>
            <numerusform>%n ar gau</numerusform>
            <numerusform>%n ar gau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occupied</source>
        <translation>
            <numerusform>%n yn llawn</numerusform>
            <numerusform>%n yn llawn</numerusform>
            <numerusform>%n yn llawn</numerusform>
            <numerusform>%n yn llawn</numerusform>
            <numerusform>%n yn llawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offered</source>
        <translation>
            <numerusform>%n wedi&apos;u cynnig</numerusform>
            <numerusform>%n wedi&apos;u cynnig</numerusform>
            <numerusform>%n wedi&apos;u cynnig</numerusform>
            <numerusform>%n wedi&apos;u cynnig</numerusform>
            <numerusform>%n wedi&apos;u cynnig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too small for her children</source>
        <translation>
            <numerusform>%n yn rhy fach i&apos;w phlant</numerusform>
            <numerusform>%n yn rhy fach i&apos;w phlant</numerusform>
            <numerusform>%n yn rhy fach i&apos;w phlant</numerusform>
            <numerusform>%n yn rhy fach i&apos;w phlant</numerusform>
            <numerusform>%n yn rhy fach i&apos;w phlant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without the access she needs</source>
        <translation>
            <numerusform>%n heb y mynediad sydd ei angen arni</numerusform>
            <numerusform>%n heb y mynediad sydd ei angen arni</numerusform>
            <numerusform>%n heb y mynediad sydd ei angen arni</numerusform>
            <numerusform>%n heb y mynediad sydd ei angen arni</numerusform>
            <numerusform>%n heb y mynediad sydd ei angen arni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in a house that cannot take her</source>
        <translation>
            <numerusform>%n mewn tŷ na all ei derbyn</numerusform>
            <numerusform>%n mewn tŷ na all ei derbyn</numerusform>
            <numerusform>%n mewn tŷ na all ei derbyn</numerusform>
            <numerusform>%n mewn tŷ na all ei derbyn</numerusform>
            <numerusform>%n mewn tŷ na all ei derbyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in an excluded area</source>
        <translation>
            <numerusform>%n mewn ardal waharddedig</numerusform>
            <numerusform>%n mewn ardal waharddedig</numerusform>
            <numerusform>%n mewn ardal waharddedig</numerusform>
            <numerusform>%n mewn ardal waharddedig</numerusform>
            <numerusform>%n mewn ardal waharddedig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room is left out by the service&apos;s rule on boys&apos; ages</source>
        <translation>
            <numerusform>Mae %n ystafell wedi&apos;i gadael allan gan reol y gwasanaeth ar oedran bechgyn</numerusform>
            <numerusform>Mae %n ystafell wedi&apos;i gadael allan gan reol y gwasanaeth ar oedran bechgyn</numerusform>
            <numerusform>Mae %n ystafell wedi&apos;i gadael allan gan reol y gwasanaeth ar oedran bechgyn</numerusform>
            <numerusform>Mae %n ystafell wedi&apos;i gadael allan gan reol y gwasanaeth ar oedran bechgyn</numerusform>
            <numerusform>Mae %n ystafell wedi&apos;i gadael allan gan reol y gwasanaeth ar oedran bechgyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room is closed</source>
        <translation>
            <numerusform>Mae %n ystafell ar gau</numerusform>
            <numerusform>Mae %n ystafell ar gau</numerusform>
            <numerusform>Mae %n ystafell ar gau</numerusform>
            <numerusform>Mae %n ystafell ar gau</numerusform>
            <numerusform>Mae %n ystafell ar gau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room is occupied</source>
        <translation>
            <numerusform>Mae %n ystafell yn llawn</numerusform>
            <numerusform>Mae %n ystafell yn llawn</numerusform>
            <numerusform>Mae %n ystafell yn llawn</numerusform>
            <numerusform>Mae %n ystafell yn llawn</numerusform>
            <numerusform>Mae %n ystafell yn llawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room is offered</source>
        <translation>
            <numerusform>Mae %n ystafell wedi&apos;i chynnig</numerusform>
            <numerusform>Mae %n ystafell wedi&apos;i chynnig</numerusform>
            <numerusform>Mae %n ystafell wedi&apos;i chynnig</numerusform>
            <numerusform>Mae %n ystafell wedi&apos;i chynnig</numerusform>
            <numerusform>Mae %n ystafell wedi&apos;i chynnig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room is too small for her children</source>
        <translation>
            <numerusform>Mae %n ystafell yn rhy fach i&apos;w phlant</numerusform>
            <numerusform>Mae %n ystafell yn rhy fach i&apos;w phlant</numerusform>
            <numerusform>Mae %n ystafell yn rhy fach i&apos;w phlant</numerusform>
            <numerusform>Mae %n ystafell yn rhy fach i&apos;w phlant</numerusform>
            <numerusform>Mae %n ystafell yn rhy fach i&apos;w phlant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room is without the access she needs</source>
        <translation>
            <numerusform>Mae %n ystafell heb y mynediad sydd ei angen arni</numerusform>
            <numerusform>Mae %n ystafell heb y mynediad sydd ei angen arni</numerusform>
            <numerusform>Mae %n ystafell heb y mynediad sydd ei angen arni</numerusform>
            <numerusform>Mae %n ystafell heb y mynediad sydd ei angen arni</numerusform>
            <numerusform>Mae %n ystafell heb y mynediad sydd ei angen arni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room is in a house that cannot take her</source>
        <translation>
            <numerusform>Mae %n ystafell mewn tŷ na all ei derbyn</numerusform>
            <numerusform>Mae %n ystafell mewn tŷ na all ei derbyn</numerusform>
            <numerusform>Mae %n ystafell mewn tŷ na all ei derbyn</numerusform>
            <numerusform>Mae %n ystafell mewn tŷ na all ei derbyn</numerusform>
            <numerusform>Mae %n ystafell mewn tŷ na all ei derbyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room is in an excluded area</source>
        <translation>
            <numerusform>Mae %n ystafell mewn ardal waharddedig</numerusform>
            <numerusform>Mae %n ystafell mewn ardal waharddedig</numerusform>
            <numerusform>Mae %n ystafell mewn ardal waharddedig</numerusform>
            <numerusform>Mae %n ystafell mewn ardal waharddedig</numerusform>
            <numerusform>Mae %n ystafell mewn ardal waharddedig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rooms are left out by the service&apos;s rule on boys&apos; ages</source>
        <translation>
            <numerusform>Mae %n ystafell wedi&apos;u gadael allan gan reol y gwasanaeth ar oedran bechgyn</numerusform>
            <numerusform>Mae %n ystafell wedi&apos;u gadael allan gan reol y gwasanaeth ar oedran bechgyn</numerusform>
            <numerusform>Mae %n ystafell wedi&apos;u gadael allan gan reol y gwasanaeth ar oedran bechgyn</numerusform>
            <numerusform>Mae %n ystafell wedi&apos;u gadael allan gan reol y gwasanaeth ar oedran bechgyn</numerusform>
            <numerusform>Mae %n ystafell wedi&apos;u gadael allan gan reol y gwasanaeth ar oedran bechgyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rooms are closed</source>
        <translation>
            <numerusform>Mae %n ystafell ar gau</numerusform>
            <numerusform>Mae %n ystafell ar gau</numerusform>
            <numerusform>Mae %n ystafell ar gau</numerusform>
            <numerusform>Mae %n ystafell ar gau</numerusform>
            <numerusform>Mae %n ystafell ar gau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rooms are occupied</source>
        <translation>
            <numerusform>Mae %n ystafell yn llawn</numerusform>
            <numerusform>Mae %n ystafell yn llawn</numerusform>
            <numerusform>Mae %n ystafell yn llawn</numerusform>
            <numerusform>Mae %n ystafell yn llawn</numerusform>
            <numerusform>Mae %n ystafell yn llawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rooms are offered</source>
        <translation>
            <numerusform>Mae %n ystafell wedi&apos;u cynnig</numerusform>
            <numerusform>Mae %n ystafell wedi&apos;u cynnig</numerusform>
            <numerusform>Mae %n ystafell wedi&apos;u cynnig</numerusform>
            <numerusform>Mae %n ystafell wedi&apos;u cynnig</numerusform>
            <numerusform>Mae %n ystafell wedi&apos;u cynnig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rooms are too small for her children</source>
        <translation>
            <numerusform>Mae %n ystafell yn rhy fach i&apos;w phlant</numerusform>
            <numerusform>Mae %n ystafell yn rhy fach i&apos;w phlant</numerusform>
            <numerusform>Mae %n ystafell yn rhy fach i&apos;w phlant</numerusform>
            <numerusform>Mae %n ystafell yn rhy fach i&apos;w phlant</numerusform>
            <numerusform>Mae %n ystafell yn rhy fach i&apos;w phlant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rooms are without the access she needs</source>
        <translation>
            <numerusform>Mae %n ystafell heb y mynediad sydd ei angen arni</numerusform>
            <numerusform>Mae %n ystafell heb y mynediad sydd ei angen arni</numerusform>
            <numerusform>Mae %n ystafell heb y mynediad sydd ei angen arni</numerusform>
            <numerusform>Mae %n ystafell heb y mynediad sydd ei angen arni</numerusform>
            <numerusform>Mae %n ystafell heb y mynediad sydd ei angen arni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rooms are in a house that cannot take her</source>
        <translation>
            <numerusform>Mae %n ystafell mewn tŷ na all ei derbyn</numerusform>
            <numerusform>Mae %n ystafell mewn tŷ na all ei derbyn</numerusform>
            <numerusform>Mae %n ystafell mewn tŷ na all ei derbyn</numerusform>
            <numerusform>Mae %n ystafell mewn tŷ na all ei derbyn</numerusform>
            <numerusform>Mae %n ystafell mewn tŷ na all ei derbyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rooms are in an excluded area</source>
        <translation>
            <numerusform>Mae %n ystafell mewn ardal waharddedig</numerusform>
            <numerusform>Mae %n ystafell mewn ardal waharddedig</numerusform>
            <numerusform>Mae %n ystafell mewn ardal waharddedig</numerusform>
            <numerusform>Mae %n ystafell mewn ardal waharddedig</numerusform>
            <numerusform>Mae %n ystafell mewn ardal waharddedig</numerusform>
        </translation>
    </message>
    <message>
        <source>it does not suit this family</source>
        <extracomment>False when a reason about the family (children, access, area, the boys&apos; rule) applies too: then no date would make it fit. That reason about the family, in words, when there is one.</extracomment>
        <translation>nid yw&apos;n addas i&apos;r teulu hwn</translation>
    </message>
    <message>
        <source>No date: {reason}</source>
        <translation>Dim dyddiad: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>None in the next %n days</source>
        <translation>
            <numerusform>Dim un yn y %n diwrnod nesaf</numerusform>
            <numerusform>Dim un yn y %n diwrnod nesaf</numerusform>
            <numerusform>Dim un yn y %n diwrnod nesaf</numerusform>
            <numerusform>Dim un yn y %n diwrnod nesaf</numerusform>
            <numerusform>Dim un yn y %n diwrnod nesaf</numerusform>
        </translation>
    </message>
    <message>
        <source>From {day}</source>
        <translation>Dyddiad cyntaf: {day}</translation>
    </message>
    <message>
        <source>No room fits: {reason}.</source>
        <extracomment>The boys&apos; rule in words when it keeps this family out (&quot;&quot; otherwise).</extracomment>
        <translation>Nid oes ystafell addas: {reason}.</translation>
    </message>
    <message>
        <source>There are no rooms open on these dates.</source>
        <translation>Nid oes ystafelloedd ar agor ar y dyddiadau hyn.</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} a {last}</translation>
    </message>
    <message>
        <source>{list}, {next}</source>
        <translation>{list}, {next}</translation>
    </message>
    <message>
        <source>{counts}: see the list below.</source>
        <translation>{counts}: gweler y rhestr isod.</translation>
    </message>
    <message>
        <source>None of them would suit her family on any date.</source>
        <translation>Ni fyddai&apos;r un ohonynt yn addas i&apos;w theulu ar unrhyw ddyddiad.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them would not suit her family on any date.</source>
        <translation>
            <numerusform>Ni fyddai %n ohonynt yn addas i&apos;w theulu ar unrhyw ddyddiad.</numerusform>
            <numerusform>Ni fyddai %n ohonynt yn addas i&apos;w theulu ar unrhyw ddyddiad.</numerusform>
            <numerusform>Ni fyddai %n ohonynt yn addas i&apos;w theulu ar unrhyw ddyddiad.</numerusform>
            <numerusform>Ni fyddai %n ohonynt yn addas i&apos;w theulu ar unrhyw ddyddiad.</numerusform>
            <numerusform>Ni fyddai %n ohonynt yn addas i&apos;w theulu ar unrhyw ddyddiad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for at least one night.</source>
        <translation>Gofynnwch am o leiaf un noson.</translation>
    </message>
    <message>
        <source>A boy&apos;s age is between 0 and 17.</source>
        <translation>Mae oedran bachgen rhwng 0 a 17.</translation>
    </message>
    <message>
        <source>{ages} and {age}</source>
        <translation>{ages} a {age}</translation>
    </message>
    <message>
        <source>the service cannot house boys aged {limit} or older, and her son is {ages}</source>
        <translation>ni all y gwasanaeth letya bechgyn {limit} oed neu hŷn, ac mae ei mab yn {ages} oed</translation>
    </message>
    <message>
        <source>the service cannot house boys aged {limit} or older, and her sons are {ages}</source>
        <translation>ni all y gwasanaeth letya bechgyn {limit} oed neu hŷn, ac mae ei meibion yn {ages} oed</translation>
    </message>
    <message>
        <source>the service&apos;s rule on boys&apos; ages</source>
        <translation>rheol y gwasanaeth ar oedran bechgyn</translation>
    </message>
    <message>
        <source>household {ref} arrives on {day} until {end}</source>
        <translation>mae aelwyd {ref} yn cyrraedd ar {day} tan {end}</translation>
    </message>
    <message>
        <source>household {ref} arrives on {day}, with no leaving date</source>
        <translation>mae aelwyd {ref} yn cyrraedd ar {day}, heb ddyddiad gadael</translation>
    </message>
    <message>
        <source>occupied until {day} (household {ref})</source>
        <translation>llawn tan {day} (aelwyd {ref})</translation>
    </message>
    <message>
        <source>occupied by household {ref}, with no leaving date</source>
        <translation>llawn, aelwyd {ref}, heb ddyddiad gadael</translation>
    </message>
    <message>
        <source>offered to referral {referral} until {held} (arriving {day})</source>
        <translation>wedi&apos;i chynnig i atgyfeiriad {referral} tan {held} (yn cyrraedd {day})</translation>
    </message>
    <message>
        <source>offered to referral {referral} until {held}</source>
        <translation>wedi&apos;i chynnig i atgyfeiriad {referral} tan {held}</translation>
    </message>
    <message>
        <source>closed ({reason}) until {end}</source>
        <translation>ar gau ({reason}) tan {end}</translation>
    </message>
    <message>
        <source>closed ({reason}) with no reopening date</source>
        <translation>ar gau ({reason}) heb ddyddiad ailagor</translation>
    </message>
    <message>
        <source>closed ({reason}) from {start} until {end}</source>
        <translation>ar gau ({reason}) o {start} tan {end}</translation>
    </message>
    <message>
        <source>closed ({reason}) from {start} with no reopening date</source>
        <translation>ar gau ({reason}) o {start} heb ddyddiad ailagor</translation>
    </message>
    <message>
        <source>Not open yet: it opens on {day}</source>
        <translation>Heb agor eto: mae&apos;n agor ar {day}</translation>
    </message>
    <message>
        <source>Retired from {day}</source>
        <translation>Wedi&apos;i thynnu o ddefnydd o {day}</translation>
    </message>
    <message>
        <source>Too few child places or cots: {problem}</source>
        <translation>Rhy ychydig o leoedd i blant neu gotiau: {problem}</translation>
    </message>
    <message>
        <source>Not wheelchair accessible</source>
        <translation>Dim mynediad i gadair olwyn</translation>
    </message>
    <message>
        <source>Not on the ground floor</source>
        <translation>Nid ar y llawr gwaelod</translation>
    </message>
    <message>
        <source>The house cannot take a woman with no recourse to public funds</source>
        <translation>Ni all y tŷ dderbyn menyw heb hawl i arian cyhoeddus</translation>
    </message>
    <message>
        <source>The house does not take pets</source>
        <translation>Nid yw&apos;r tŷ yn derbyn anifeiliaid anwes</translation>
    </message>
    <message>
        <source>In {area}, an area she must not be placed in</source>
        <translation>{area}: ardal na ddylai hi gael ei lleoli ynddi</translation>
    </message>
    <message numerus="yes">
        <source>%n boys&apos; ages are given for {children}. Give the age of each boy among her children.</source>
        <translation>
            <numerusform>Rhoddwyd %n oedran bechgyn ar gyfer {children}. Rhowch oedran pob bachgen ymhlith ei phlant.</numerusform>
            <numerusform>Rhoddwyd %n oedran bechgyn ar gyfer {children}. Rhowch oedran pob bachgen ymhlith ei phlant.</numerusform>
            <numerusform>Rhoddwyd %n oedran bechgyn ar gyfer {children}. Rhowch oedran pob bachgen ymhlith ei phlant.</numerusform>
            <numerusform>Rhoddwyd %n oedran bechgyn ar gyfer {children}. Rhowch oedran pob bachgen ymhlith ei phlant.</numerusform>
            <numerusform>Rhoddwyd %n oedran bechgyn ar gyfer {children}. Rhowch oedran pob bachgen ymhlith ei phlant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Houses</name>
    <message>
        <source>Only a manager or an administrator can change houses and rooms.</source>
        <translation>Dim ond rheolwr neu weinyddwr sy&apos;n gallu newid tai ac ystafelloedd.</translation>
    </message>
    <message>
        <source>Enter the house&apos;s name.</source>
        <translation>Rhowch enw&apos;r tŷ.</translation>
    </message>
    <message>
        <source>Enter the town or area.</source>
        <translation>Rhowch y dref neu&apos;r ardal.</translation>
    </message>
    <message>
        <source>Enter the area.</source>
        <translation>Rhowch yr ardal.</translation>
    </message>
    <message>
        <source>Enter the room&apos;s name.</source>
        <translation>Rhowch enw&apos;r ystafell.</translation>
    </message>
    <message>
        <source>Use a whole number of at least {minimum}.</source>
        <translation>Defnyddiwch rif cyfan sydd o leiaf yn {minimum}.</translation>
    </message>
    <message>
        <source>There is already a house called {name}.</source>
        <translation>Mae tŷ o&apos;r enw {name} eisoes.</translation>
    </message>
    <message>
        <source>A house cannot be retired before it opened.</source>
        <extracomment>The house fields `edit_house` may change.</extracomment>
        <translation>Ni ellir tynnu tŷ o ddefnydd cyn iddo agor.</translation>
    </message>
    <message>
        <source>{house} already has a room called {name}.</source>
        <translation>Mae gan {house} ystafell o&apos;r enw {name} eisoes.</translation>
    </message>
    <message>
        <source>A room cannot be retired before it opened.</source>
        <translation>Ni ellir tynnu ystafell o ddefnydd cyn iddi agor.</translation>
    </message>
    <message>
        <source>The room must reopen after the day it closes.</source>
        <translation>Rhaid i&apos;r ystafell ailagor ar ôl y diwrnod y mae&apos;n cau.</translation>
    </message>
    <message>
        <source>it has been retired</source>
        <translation>mae wedi&apos;i thynnu o ddefnydd</translation>
    </message>
    <message>
        <source>it is already closed then (from {start}, no reopening date)</source>
        <translation>mae eisoes ar gau bryd hynny (o {start}, dim dyddiad ailagor)</translation>
    </message>
    <message>
        <source>it is already closed then (from {start}, reopening {end})</source>
        <translation>mae eisoes ar gau bryd hynny (o {start}, yn ailagor {end})</translation>
    </message>
</context>
<context>
    <name>ModelsBase</name>
    <message>
        <source>This is too long: keep it to {limit} characters (it has {length}).</source>
        <extracomment>`info` of a Text column the app writes itself (JSON of a draft, the audit detail): its parts are limited where they are typed, and the whole has no limit of its own.</extracomment>
        <translation>Mae hwn yn rhy hir: cadwch ef i {limit} nod (mae ganddo {length}).</translation>
    </message>
</context>
<context>
    <name>MovingOn</name>
    <message>
        <source>Give each goal what became of it: it cannot stay open once she has moved on.</source>
        <extracomment>Goals given an outcome here (from `goal_outcomes` or closed as not achieved). Actions not done when her plan was closed.</extracomment>
        <translation>Nodwch beth ddaeth o bob nod: ni all aros ar agor ar ôl iddi symud ymlaen.</translation>
    </message>
    <message>
        <source>Record the move-on on the day she leaves or after; plan a leaving date on the board.</source>
        <translation>Cofnodwch y symud ymlaen ar y diwrnod y mae hi&apos;n gadael neu wedyn; cynlluniwch ddyddiad gadael ar y bwrdd.</translation>
    </message>
    <message>
        <source>She has no open plan whose goals could be closed.</source>
        <translation>Nid oes ganddi gynllun agored y gellid cau ei nodau.</translation>
    </message>
    <message numerus="yes">
        <source>The leaving date, {day}, was %n days ago. Her room will show free from that night. Is that the day she really left?</source>
        <extracomment>A leaving date further back than this many days is asked about before it is recorded.</extracomment>
        <translation>
            <numerusform>Roedd y dyddiad gadael, {day}, %n diwrnod yn ôl. Bydd ei hystafell yn dangos yn rhydd o&apos;r noson honno. Ai dyna&apos;r diwrnod y gadawodd hi mewn gwirionedd?</numerusform>
            <numerusform>Roedd y dyddiad gadael, {day}, %n diwrnod yn ôl. Bydd ei hystafell yn dangos yn rhydd o&apos;r noson honno. Ai dyna&apos;r diwrnod y gadawodd hi mewn gwirionedd?</numerusform>
            <numerusform>Roedd y dyddiad gadael, {day}, %n diwrnod yn ôl. Bydd ei hystafell yn dangos yn rhydd o&apos;r noson honno. Ai dyna&apos;r diwrnod y gadawodd hi mewn gwirionedd?</numerusform>
            <numerusform>Roedd y dyddiad gadael, {day}, %n diwrnod yn ôl. Bydd ei hystafell yn dangos yn rhydd o&apos;r noson honno. Ai dyna&apos;r diwrnod y gadawodd hi mewn gwirionedd?</numerusform>
            <numerusform>Roedd y dyddiad gadael, {day}, %n diwrnod yn ôl. Bydd ei hystafell yn dangos yn rhydd o&apos;r noson honno. Ai dyna&apos;r diwrnod y gadawodd hi mewn gwirionedd?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OccupancyBoard</name>
    <message>
        <source>Free</source>
        <translation>Rhydd</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Llawn</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Wedi&apos;i chynnig</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <source>Leaving today</source>
        <translation>Yn gadael heddiw</translation>
    </message>
    <message>
        <source>{reason} · back {day}</source>
        <extracomment>The closure reason, or the date an offer is held until, in words. Tonight&apos;s board only: &quot;out&quot; (signed out, not yet due back) or &quot;not back&quot; (overdue).</extracomment>
        <translation>{reason} · yn ôl {day}</translation>
    </message>
    <message>
        <source>{reason} · no date to reopen</source>
        <translation>{reason} · dim dyddiad ailagor</translation>
    </message>
    <message>
        <source>Not back: expected {time}</source>
        <translation>Heb ddod yn ôl: disgwylid hi {time}</translation>
    </message>
    <message>
        <source>Out: back by {time}</source>
        <translation>Wedi mynd allan: yn ôl erbyn {time}</translation>
    </message>
    <message>
        <source>Held until {when}</source>
        <translation>Wedi&apos;i chadw tan {when}</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Enter her initials or name.</source>
        <translation>Rhowch ei llythrennau blaen neu ei henw.</translation>
    </message>
    <message>
        <source>Make an offer or record her arrival on the Houses board.</source>
        <translation>Gwnewch gynnig, neu cofnodwch ei bod wedi cyrraedd ar fwrdd y Tai.</translation>
    </message>
    <message>
        <source>Say why the service declined.</source>
        <translation>Dywedwch pam y gwrthododd y gwasanaeth.</translation>
    </message>
    <message>
        <source>This referral is already closed.</source>
        <translation>Mae&apos;r atgyfeiriad hwn eisoes wedi&apos;i gau.</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <source>wheelchair access</source>
        <translation>mynediad i gadair olwyn</translation>
    </message>
    <message>
        <source>ground floor</source>
        <translation>llawr gwaelod</translation>
    </message>
    <message>
        <source>interpreter ({language})</source>
        <translation>cyfieithydd ({language})</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>cyfieithydd</translation>
    </message>
    <message>
        <source>no recourse to public funds</source>
        <translation>dim hawl i arian cyhoeddus</translation>
    </message>
    <message>
        <source>pets</source>
        <translation>anifeiliaid anwes</translation>
    </message>
    <message>
        <source>speaks {language}</source>
        <translation>yn siarad {language}</translation>
    </message>
</context>
<context>
    <name>ServiceRules</name>
    <message>
        <source>the service cannot house boys aged {age} or older</source>
        <extracomment>The longest safeguarding note the service can keep (a short paragraph).</extracomment>
        <translation>ni all y gwasanaeth letya bechgyn {age} oed neu hŷn</translation>
    </message>
    <message>
        <source>Give the age as a whole number of years.</source>
        <translation>Rhowch yr oedran fel nifer cyfan o flynyddoedd.</translation>
    </message>
    <message>
        <source>Choose an age from {lowest} to {highest}, or no rule.</source>
        <translation>Dewiswch oedran o {lowest} i {highest}, neu ddim rheol.</translation>
    </message>
    <message>
        <source>The note is {length} characters long; keep it to {limit}.</source>
        <translation>Mae&apos;r nodyn yn {length} nod o hyd; cadwch ef i {limit}.</translation>
    </message>
    <message>
        <source>Only an administrator can change the service&apos;s rules.</source>
        <translation>Dim ond gweinyddwr sy&apos;n gallu newid rheolau&apos;r gwasanaeth.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Use at least {count} characters. Three or four unrelated words make a strong, memorable password.</source>
        <extracomment>A few of the passwords most often tried first; the length rule catches most others.</extracomment>
        <translation>Defnyddiwch o leiaf {count} nod. Mae tri neu bedwar gair digyswllt yn gwneud cyfrinair cryf sy&apos;n hawdd ei gofio.</translation>
    </message>
    <message>
        <source>This password is too common. Choose something less predictable.</source>
        <translation>Mae&apos;r cyfrinair hwn yn rhy gyffredin. Dewiswch rywbeth llai rhagweladwy.</translation>
    </message>
    <message>
        <source>Do not include your username in your password.</source>
        <translation>Peidiwch â chynnwys eich enw defnyddiwr yn eich cyfrinair.</translation>
    </message>
    <message>
        <source>Use a wider mix of characters.</source>
        <translation>Defnyddiwch gymysgedd ehangach o nodau.</translation>
    </message>
    <message>
        <source>Do not use only numbers.</source>
        <translation>Peidiwch â defnyddio rhifau yn unig.</translation>
    </message>
    <message>
        <source>A username starts with a letter and uses only letters, numbers, dots, dashes or underscores (2 to 64 characters).</source>
        <translation>Mae enw defnyddiwr yn dechrau â llythyren ac yn defnyddio llythrennau, rhifau, dotiau, cysylltnodau neu danlinellau yn unig (2 i 64 nod).</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Rhowch enw&apos;r person.</translation>
    </message>
    <message>
        <source>Switch the account on first.</source>
        <translation>Trowch y cyfrif ymlaen yn gyntaf.</translation>
    </message>
    <message>
        <source>The new password must be different from the old one.</source>
        <translation>Rhaid i&apos;r cyfrinair newydd fod yn wahanol i&apos;r hen un.</translation>
    </message>
</context>
</TS>
