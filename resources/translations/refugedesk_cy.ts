<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>unavailable</source>
        <extracomment>Said in place of a version (in English, as `--self-test` prints it; the About box shows it in the language in use: `shown`).</extracomment>
        <translation>ddim ar gael</translation>
    </message>
    <message>
        <source>missing (not encrypted!)</source>
        <translation>ar goll (heb amgryptio!)</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About RefugeDesk</source>
        <translation>Ynghylch RefugeDesk</translation>
    </message>
    <message>
        <source>RefugeDesk {version}</source>
        <translation>RefugeDesk {version}</translation>
    </message>
    <message>
        <source>Bed capacity, resident records and shift handover for refuge services, kept in an encrypted vault on your own computers.</source>
        <translation>Lleoedd gwely, cofnodion preswylwyr a throsglwyddiad rhwng shifftiau ar gyfer gwasanaethau lloches, wedi&apos;u cadw mewn cronfa ddiogel wedi&apos;i hamgryptio ar eich cyfrifiaduron eich hun.</translation>
    </message>
</context>
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
    <name>Accessible</name>
    <message>
        <source>heading level {level}</source>
        <translation>pennawd lefel {level}</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The Admin page is for administrators only.</source>
        <translation>Mae tudalen Gweinyddu ar gyfer gweinyddwyr yn unig.</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Gweinyddu</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Add staff…</source>
        <translation>Ychwanegu aelod o staff…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Newid rôl…</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Diffodd</translation>
    </message>
    <message>
        <source>Switch off this account</source>
        <translation>Diffodd y cyfrif hwn</translation>
    </message>
    <message>
        <source>Switch on…</source>
        <translation>Troi ymlaen…</translation>
    </message>
    <message>
        <source>Switch this account back on</source>
        <translation>Troi&apos;r cyfrif hwn yn ôl ymlaen</translation>
    </message>
    <message>
        <source>Set new password…</source>
        <translation>Gosod cyfrinair newydd…</translation>
    </message>
    <message>
        <source>Houses she works in…</source>
        <translation>Y tai mae hi&apos;n gweithio ynddyn nhw…</translation>
    </message>
    <message>
        <source>Choose a person in the list to change her role, set a new password or switch her account off.</source>
        <translation>Dewiswch rywun yn y rhestr i newid ei rôl, gosod cyfrinair newydd neu ddiffodd ei chyfrif.</translation>
    </message>
    <message>
        <source>A support worker with houses set sees full records only for her houses and keywork; with no houses set she sees every record.</source>
        <translation>Mae gweithiwr cymorth sydd â thai wedi&apos;u gosod yn gweld cofnodion llawn ar gyfer ei thai a&apos;i gwaith allweddol yn unig; heb dai wedi&apos;u gosod, mae hi&apos;n gweld pob cofnod.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Cloi ar ôl</translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation> munud heb ddefnydd</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Cloi ar ôl hyn o funudau heb ddefnydd</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save the idle-lock time</source>
        <translation>Cadw&apos;r amser cloi pan nad oes neb yn ei ddefnyddio</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Gwneud copi wrth gefn nawr…</translation>
    </message>
    <message>
        <source>An encrypted copy and its key file. Keep them together, somewhere safe away from this computer.</source>
        <translation>Copi wedi&apos;i amgryptio a&apos;i ffeil allwedd. Cadwch nhw gyda&apos;i gilydd, rywle diogel i ffwrdd o&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Change the vault key…</source>
        <translation>Newid allwedd y gronfa ddiogel…</translation>
    </message>
    <message>
        <source>Use after someone leaves, or if a key file may have been copied. Everyone keeps their own password.</source>
        <translation>Defnyddiwch hwn ar ôl i rywun adael, neu os gallai ffeil allwedd fod wedi&apos;i chopïo. Mae pawb yn cadw eu cyfrinair eu hunain.</translation>
    </message>
    <message>
        <source>This service&apos;s records are on its own server. Backups are made there, by whoever looks after the server, and switching someone off here stops her signing in to it at once.</source>
        <translation>Mae cofnodion y gwasanaeth hwn ar ei weinydd ei hun. Mae copïau wrth gefn yn cael eu gwneud yno, gan bwy bynnag sy&apos;n gofalu am y gweinydd, ac mae diffodd cyfrif rhywun yma yn ei hatal rhag mewngofnodi iddo ar unwaith.</translation>
    </message>
    <message>
        <source>Change the service key…</source>
        <translation>Newid allwedd y gwasanaeth…</translation>
    </message>
    <message>
        <source>After someone leaves, or a laptop is lost. Everyone keeps their own password.</source>
        <translation>Ar ôl i rywun adael, neu os collir gliniadur. Mae pawb yn cadw eu cyfrinair eu hunain.</translation>
    </message>
    <message>
        <source>Protect staff accounts…</source>
        <translation>Diogelu cyfrifon staff…</translation>
    </message>
    <message>
        <source>Staff accounts in this vault are not signed yet: a change made outside RefugeDesk to who may do what would not be noticed. Needs the recovery code, once.</source>
        <translation>Nid yw cyfrifon staff y gronfa ddiogel hon wedi&apos;u llofnodi eto: ni fyddai neb yn sylwi ar newid, a wnaed y tu allan i RefugeDesk, i bwy gaiff wneud beth. Mae angen y cod adfer, unwaith.</translation>
    </message>
    <message>
        <source>Check the records</source>
        <translation>Gwirio&apos;r cofnodion</translation>
    </message>
    <message>
        <source>Looks for damage and for changes made outside RefugeDesk: the audit trail, who may sign in, and on a server its rules. Takes a while on a large service.</source>
        <translation>Yn chwilio am ddifrod ac am newidiadau a wnaed y tu allan i RefugeDesk: y trywydd archwilio, pwy sy&apos;n cael mewngofnodi, ac ar weinydd ei reolau. Mae&apos;n cymryd amser ar wasanaeth mawr.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Service rules…</source>
        <translation>Rheolau&apos;r gwasanaeth…</translation>
    </message>
    <message>
        <source>Retention schedule…</source>
        <translation>Amserlen cadw cofnodion…</translation>
    </message>
    <message>
        <source>Small numbers…</source>
        <translation>Niferoedd bach…</translation>
    </message>
    <message>
        <source>Counts hidden in reports for outside the service</source>
        <translation>Niferoedd sy&apos;n cael eu cuddio mewn adroddiadau ar gyfer pobl y tu allan i&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Hysbysiad preifatrwydd</translation>
    </message>
    <message>
        <source>Privacy notice…</source>
        <translation>Hysbysiad preifatrwydd…</translation>
    </message>
    <message>
        <source>Choose a support worker in the list first.</source>
        <translation>Dewiswch weithiwr cymorth yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Managers and administrators see every record: houses are for support workers.</source>
        <translation>Mae rheolwyr a gweinyddwyr yn gweld pob cofnod: mae tai ar gyfer gweithwyr cymorth.</translation>
    </message>
    <message>
        <source>{name} can now sign in as “{username}”.</source>
        <translation>Gall {name} fewngofnodi nawr fel “{username}”.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>Rôl {name} nawr: {role}.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is switched on again.</source>
        <translation>Mae cyfrif {name} ymlaen eto.</translation>
    </message>
    <message>
        <source>{name} has a new password.</source>
        <translation>Mae gan {name} gyfrinair newydd.</translation>
    </message>
    <message>
        <source>Saved the houses {name} works in.</source>
        <translation>Wedi cadw&apos;r tai mae {name} yn gweithio ynddyn nhw.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is switched off. Her password no longer opens the vault; her history stays.</source>
        <translation>Mae cyfrif {name} wedi&apos;i ddiffodd. Nid yw ei chyfrinair yn agor y gronfa ddiogel mwyach; mae ei hanes yn aros.</translation>
    </message>
    <message>
        <source>Switch off this account?</source>
        <translation>Diffodd y cyfrif hwn?</translation>
    </message>
    <message>
        <source>Switch off {name}&apos;s account? She will not be able to sign in until an administrator switches it on again. Nothing she wrote is deleted.</source>
        <translation>Diffodd cyfrif {name}? Fydd hi ddim yn gallu mewngofnodi nes bydd gweinyddwr yn ei droi ymlaen eto. Does dim byd a ysgrifennodd hi&apos;n cael ei ddileu.</translation>
    </message>
    <message numerus="yes">
        <source>Saved. RefugeDesk now locks after %n minutes without use.</source>
        <comment>Saved. RefugeDesk now locks after %n minute without use.</comment>
        <translation>
            <numerusform>Wedi&apos;i gadw. Bydd RefugeDesk nawr yn cloi ar ôl %n munud heb ddefnydd.</numerusform>
            <numerusform>Wedi&apos;i gadw. Bydd RefugeDesk nawr yn cloi ar ôl %n munud heb ddefnydd.</numerusform>
            <numerusform>Wedi&apos;i gadw. Bydd RefugeDesk nawr yn cloi ar ôl %n munud heb ddefnydd.</numerusform>
            <numerusform>Wedi&apos;i gadw. Bydd RefugeDesk nawr yn cloi ar ôl %n munud heb ddefnydd.</numerusform>
            <numerusform>Wedi&apos;i gadw. Bydd RefugeDesk nawr yn cloi ar ôl %n munud heb ddefnydd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: the records are sound, and the audit trail&apos;s %n events are unbroken.</source>
        <comment>Checked: the records are sound, and the audit trail&apos;s %n event is unbroken.</comment>
        <translation>
            <numerusform>Wedi gwirio: mae&apos;r cofnodion yn gadarn, ac mae %n digwyddiad y trywydd archwilio heb eu torri.</numerusform>
            <numerusform>Wedi gwirio: mae&apos;r cofnodion yn gadarn, ac mae %n digwyddiad y trywydd archwilio heb eu torri.</numerusform>
            <numerusform>Wedi gwirio: mae&apos;r cofnodion yn gadarn, ac mae %n digwyddiad y trywydd archwilio heb eu torri.</numerusform>
            <numerusform>Wedi gwirio: mae&apos;r cofnodion yn gadarn, ac mae %n digwyddiad y trywydd archwilio heb eu torri.</numerusform>
            <numerusform>Wedi gwirio: mae&apos;r cofnodion yn gadarn, ac mae %n digwyddiad y trywydd archwilio heb eu torri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The check found %n things to look into. Nothing was changed.</source>
        <comment>The check found %n thing to look into. Nothing was changed.</comment>
        <translation>
            <numerusform>Daeth y gwiriad o hyd i %n peth i edrych arnynt. Ni newidiwyd dim.</numerusform>
            <numerusform>Daeth y gwiriad o hyd i %n peth i edrych arnynt. Ni newidiwyd dim.</numerusform>
            <numerusform>Daeth y gwiriad o hyd i %n peth i edrych arnynt. Ni newidiwyd dim.</numerusform>
            <numerusform>Daeth y gwiriad o hyd i %n peth i edrych arnynt. Ni newidiwyd dim.</numerusform>
            <numerusform>Daeth y gwiriad o hyd i %n peth i edrych arnynt. Ni newidiwyd dim.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Details lists every one.</source>
        <translation>Mae Dangos Manylion yn rhestru pob un.</translation>
    </message>
    <message>
        <source>Checking the records…</source>
        <translation>Yn gwirio&apos;r cofnodion…</translation>
    </message>
    <message>
        <source>The vault has a new key. Everyone&apos;s password still works. Older backups still open with the key files saved beside them.</source>
        <translation>Mae gan y gronfa ddiogel allwedd newydd. Mae cyfrinair pawb yn dal i weithio. Mae hen gopïau wrth gefn yn dal i agor gyda&apos;r ffeiliau allwedd a gadwyd wrth eu hochr.</translation>
    </message>
    <message>
        <source>Change the vault key?</source>
        <translation>Newid allwedd y gronfa ddiogel?</translation>
    </message>
    <message>
        <source>Change the key that encrypts the vault? Everyone keeps their own password, and old copies of the key file stop opening it. Close RefugeDesk on every other computer first.</source>
        <translation>Newid yr allwedd sy&apos;n amgryptio&apos;r gronfa ddiogel? Mae pawb yn cadw eu cyfrinair eu hunain, a bydd hen gopïau o&apos;r ffeil allwedd yn peidio â&apos;i hagor. Caewch RefugeDesk ar bob cyfrifiadur arall yn gyntaf.</translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation>Newid yr allwedd</translation>
    </message>
    <message>
        <source>The service has a new key. Everyone&apos;s password still works: each person takes the new key when she next signs in.</source>
        <translation>Mae gan y gwasanaeth allwedd newydd. Mae cyfrinair pawb yn dal i weithio: mae pob un yn cael yr allwedd newydd y tro nesaf y bydd hi&apos;n mewngofnodi.</translation>
    </message>
    <message>
        <source>These people need a new password from you before they can sign in: {names}.</source>
        <translation>Mae angen cyfrinair newydd gennych chi ar y bobl hyn cyn y gallan nhw fewngofnodi: {names}.</translation>
    </message>
    <message>
        <source>Changing the key…</source>
        <translation>Yn newid yr allwedd…</translation>
    </message>
    <message>
        <source>Change the service key?</source>
        <translation>Newid allwedd y gwasanaeth?</translation>
    </message>
    <message>
        <source>Change the key that protects addresses, code words and notes on the service&apos;s server? Everyone keeps their own password and takes the new key when she next signs in. Ask everyone else to close RefugeDesk first.</source>
        <translation>Newid yr allwedd sy&apos;n diogelu cyfeiriadau, geiriau cod a nodiadau ar weinydd y gwasanaeth? Mae pawb yn cadw eu cyfrinair eu hunain ac yn cael yr allwedd newydd y tro nesaf y bydd hi&apos;n mewngofnodi. Gofynnwch i bawb arall gau RefugeDesk yn gyntaf.</translation>
    </message>
    <message>
        <source>The recovery code, once</source>
        <translation>Y cod adfer, unwaith</translation>
    </message>
    <message>
        <source>This service was set up by an older RefugeDesk, so its recovery code is carried over to the new key only if you type it. Type the recovery code (the printed one, kept offline), then the key is changed.</source>
        <translation>Sefydlwyd y gwasanaeth hwn gan RefugeDesk hŷn, felly dim ond os teipiwch chi&apos;r cod adfer y caiff ei drosglwyddo i&apos;r allwedd newydd. Teipiwch y cod adfer (yr un printiedig, a gedwir all-lein), yna caiff yr allwedd ei newid.</translation>
    </message>
    <message>
        <source>Only an administrator can change the service&apos;s rules.</source>
        <translation>Dim ond gweinyddwr sy&apos;n gallu newid rheolau&apos;r gwasanaeth.</translation>
    </message>
    <message>
        <source>Boys aged {age} or older cannot be housed.</source>
        <translation>Does dim modd rhoi llety i fechgyn {age} oed neu&apos;n hŷn.</translation>
    </message>
    <message>
        <source>No rule on boys&apos; ages.</source>
        <translation>Dim rheol ar oedran bechgyn.</translation>
    </message>
    <message>
        <source>A safeguarding note is shown beside residents under 18.</source>
        <translation>Mae nodyn diogelu&apos;n cael ei ddangos wrth ymyl preswylwyr dan 18.</translation>
    </message>
    <message>
        <source>No note of your own for residents under 18 yet.</source>
        <translation>Dim nodyn eich hun ar gyfer preswylwyr dan 18 eto.</translation>
    </message>
    <message>
        <source>{boys} {note}</source>
        <translation>{boys} {note}</translation>
    </message>
    <message>
        <source>Saved the retention schedule.</source>
        <translation>Wedi cadw&apos;r amserlen cadw cofnodion.</translation>
    </message>
    <message>
        <source>Saved the small-number threshold.</source>
        <translation>Wedi cadw&apos;r trothwy niferoedd bach.</translation>
    </message>
    <message>
        <source>Saved the service&apos;s rules.</source>
        <translation>Wedi cadw rheolau&apos;r gwasanaeth.</translation>
    </message>
    <message>
        <source>Shown at every intake. Last changed {day}.</source>
        <translation>Yn cael ei ddangos ym mhob derbyn. Newidiwyd ddiwethaf ar {day}.</translation>
    </message>
    <message>
        <source>Shown at every intake.</source>
        <translation>Yn cael ei ddangos ym mhob derbyn.</translation>
    </message>
    <message>
        <source>Not set yet: the intake says an administrator can set it.</source>
        <translation>Heb ei osod eto: mae&apos;r derbyn yn dweud y gall gweinyddwr ei osod.</translation>
    </message>
    <message>
        <source>Saved the privacy notice. The next intake shows it.</source>
        <translation>Wedi cadw&apos;r hysbysiad preifatrwydd. Bydd y derbyn nesaf yn ei ddangos.</translation>
    </message>
    <message>
        <source>Staff accounts are now signed. A change made outside RefugeDesk to who may do what will be refused and noticed.</source>
        <translation>Mae cyfrifon staff wedi&apos;u llofnodi nawr. Bydd newid, a wneir y tu allan i RefugeDesk, i bwy gaiff wneud beth yn cael ei wrthod a&apos;i sylwi.</translation>
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
        <source>Kept records opened for forgetting</source>
        <translation>Agorwyd cofnodion a gedwir er mwyn anghofio</translation>
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
    <name>BoardCorrections</name>
    <message>
        <source>Her arrival date</source>
        <extracomment>What the dialog offers to correct, in the words the worker reads (shown through translate(&quot;BoardCorrections&quot;, ...): the language is chosen after import).</extracomment>
        <translation>Dyddiad ei chyrraedd</translation>
    </message>
    <message>
        <source>Her room</source>
        <translation>Ei hystafell</translation>
    </message>
    <message>
        <source>The whole stay: recorded in error</source>
        <translation>Yr arhosiad cyfan: wedi&apos;i gofnodi mewn camgymeriad</translation>
    </message>
    <message>
        <source>Her nights in this room will be taken out of occupancy. Her record is kept.</source>
        <translation>Bydd ei nosweithiau yn yr ystafell hon yn cael eu tynnu allan o&apos;r ddeiliadaeth. Caiff ei chofnod ei gadw.</translation>
    </message>
    <message>
        <source>Correct the arrival of household {reference}</source>
        <translation>Cywiro cofnod cyrraedd aelwyd {reference}</translation>
    </message>
    <message>
        <source>Put right a mistake in how her arrival was recorded. What it was, what it is now and your reason are kept with her stay.</source>
        <translation>Cywiro camgymeriad yn y ffordd y cofnodwyd ei chyrraedd. Caiff yr hyn a oedd, yr hyn sydd nawr a&apos;ch rheswm eu cadw gyda&apos;i harhosiad.</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Cadw&apos;r cywiriad</translation>
    </message>
    <message>
        <source>Now recorded: {room}, arrived {arrived}, left {left}.</source>
        <translation>Wedi&apos;i gofnodi nawr: {room}, wedi cyrraedd {arrived}, wedi gadael {left}.</translation>
    </message>
    <message>
        <source>Now recorded: {room}, arrived {arrived}, here now.</source>
        <translation>Wedi&apos;i gofnodi nawr: {room}, wedi cyrraedd {arrived}, yma nawr.</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>Beth i&apos;w gywiro</translation>
    </message>
    <message>
        <source>The night she really arrived</source>
        <translation>Y noson y cyrhaeddodd hi mewn gwirionedd</translation>
    </message>
    <message>
        <source>The room she is really in</source>
        <translation>Yr ystafell y mae hi ynddi mewn gwirionedd</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Wedi cyrraedd ar</translation>
    </message>
    <message>
        <source>Why it is being corrected</source>
        <translation>Pam mae&apos;n cael ei gywiro</translation>
    </message>
    <message>
        <source>e.g. typed the wrong date; she is in Room 4</source>
        <translation>e.e. teipiwyd y dyddiad anghywir; mae hi yn Ystafell 4</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Beth sy&apos;n digwydd</translation>
    </message>
    <message>
        <source>Record in error…</source>
        <translation>Cofnodi mewn camgymeriad…</translation>
    </message>
    <message>
        <source>There is no other room to choose.</source>
        <translation>Does dim ystafell arall i&apos;w dewis.</translation>
    </message>
    <message>
        <source>Record this stay in error?</source>
        <translation>Cofnodi&apos;r arhosiad hwn mewn camgymeriad?</translation>
    </message>
    <message>
        <source>Household {reference}&apos;s stay in {room} will be taken out of occupancy and of every count, as if it never happened. Her record is kept, with this correction and your reason.</source>
        <translation>Bydd arhosiad aelwyd {reference} yn {room} yn cael ei dynnu allan o&apos;r ddeiliadaeth ac o bob cyfrif, fel pe na bai erioed wedi digwydd. Caiff ei chofnod ei gadw, gyda&apos;r cywiriad hwn a&apos;ch rheswm.</translation>
    </message>
    <message>
        <source>Record in error</source>
        <translation>Cofnodi mewn camgymeriad</translation>
    </message>
    <message>
        <source>Leaving date in the past?</source>
        <translation>Dyddiad gadael yn y gorffennol?</translation>
    </message>
    <message>
        <source>Yes, she left then</source>
        <translation>Ie, fe adawodd hi bryd hynny</translation>
    </message>
</context>
<context>
    <name>BoardDialogs</name>
    <message>
        <source>Offer {room}</source>
        <extracomment>This module&apos;s words with a count (board_model.Counts). Departure reasons that are not a departure: never offered in a list of reasons. What a board action changes, for operations.changes() listeners.</extracomment>
        <translation>Cynnig {room}</translation>
    </message>
    <message>
        <source>The room is held for her until the time you choose. If she has not arrived by then, the offer lapses by itself.</source>
        <translation>Caiff yr ystafell ei chadw iddi tan yr amser a ddewiswch. Os nad yw hi wedi cyrraedd erbyn hynny, daw&apos;r cynnig i ben ohono&apos;i hun.</translation>
    </message>
    <message>
        <source>Offer room</source>
        <translation>Cynnig yr ystafell</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message numerus="yes">
        <source>%n children</source>
        <comment>%n child</comment>
        <translation>
            <numerusform>dim plant</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
        </translation>
    </message>
    <message>
        <source>#{id} {initials} · {children} · {risk} risk · received {day}</source>
        <translation>#{id} {initials} · {children} · risg: {risk} · daeth i law {day}</translation>
    </message>
    <message>
        <source>No open referrals: record the referral first</source>
        <translation>Dim atgyfeiriadau agored: cofnodwch yr atgyfeiriad yn gyntaf</translation>
    </message>
    <message>
        <source>Arriving on</source>
        <translation>Yn cyrraedd ar</translation>
    </message>
    <message>
        <source>Nights to hold</source>
        <translation>Nosweithiau i&apos;w chadw</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>Wedi&apos;i chadw tan</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nosweithiau</translation>
    </message>
    <message>
        <source>Choose a referral to offer the room to.</source>
        <translation>Dewiswch yr atgyfeiriad i gynnig yr ystafell iddo.</translation>
    </message>
    <message>
        <source>Arrival in {room}</source>
        <extracomment>Hides QObject.children(), which is not virtual: Qt never calls it through Python.</extracomment>
        <translation>Cyrraedd {room}</translation>
    </message>
    <message>
        <source>Her intake (her full record) can start as soon as this is saved.</source>
        <translation>Gall ei derbyn (ei chofnod llawn) ddechrau cyn gynted ag y caiff hwn ei gadw.</translation>
    </message>
    <message>
        <source>Record arrival</source>
        <translation>Cofnodi ei chyrraedd</translation>
    </message>
    <message>
        <source>Household reference</source>
        <translation>Cyfeirnod yr aelwyd</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>e.e. {example}</translation>
    </message>
    <message>
        <source>RefugeDesk gives each household the next reference. Keep it, or type her earlier reference if she has stayed before.</source>
        <translation>Mae RefugeDesk yn rhoi&apos;r cyfeirnod nesaf i bob aelwyd. Cadwch hwnnw, neu teipiwch ei chyfeirnod blaenorol os yw hi wedi aros yma o&apos;r blaen.</translation>
    </message>
    <message>
        <source>Her name</source>
        <translation>Ei henw</translation>
    </message>
    <message>
        <source>Number of children</source>
        <translation>Nifer y plant</translation>
    </message>
    <message>
        <source>Children&apos;s ages</source>
        <translation>Oedran y plant</translation>
    </message>
    <message>
        <source>e.g. 0, 4, 7</source>
        <translation>e.e. 0, 4, 7</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Wedi cyrraedd ar</translation>
    </message>
    <message>
        <source>From the referral</source>
        <translation>O&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Is she already on file?</source>
        <translation>Ydy hi ar gofnod yn barod?</translation>
    </message>
    <message>
        <source>A woman with this name is on file. If it is her, choose her: the stay goes on her record and she keeps her reference.</source>
        <translation>Mae menyw â&apos;r enw hwn ar gofnod. Os mai hi yw hi, dewiswch hi: bydd yr arhosiad yn mynd ar ei chofnod a bydd hi&apos;n cadw ei chyfeirnod.</translation>
    </message>
    <message>
        <source>must not be placed in {areas}</source>
        <translation>rhaid peidio â&apos;i lleoli yn {areas}</translation>
    </message>
    <message>
        <source>On file already?</source>
        <translation>Ar gofnod yn barod?</translation>
    </message>
    <message>
        <source>aged</source>
        <translation>oed</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Plant</translation>
    </message>
    <message>
        <source>No: she is new to the service</source>
        <translation>Nac ydy: mae hi&apos;n newydd i&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>This is her: {match}</source>
        <translation>Dyma hi: {match}</translation>
    </message>
    <message>
        <source>Is this the day she arrived?</source>
        <translation>Ai dyma&apos;r diwrnod y cyrhaeddodd hi?</translation>
    </message>
    <message>
        <source>Yes, that is the day</source>
        <translation>Ie, dyna&apos;r diwrnod</translation>
    </message>
    <message>
        <source>Move household {reference}</source>
        <translation>Symud aelwyd {reference}</translation>
    </message>
    <message>
        <source>She keeps her first arrival date; the old room is free from the night of the move.</source>
        <translation>Mae hi&apos;n cadw dyddiad ei chyrraedd cyntaf; mae&apos;r hen ystafell yn rhydd o noson y symud.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Symud</translation>
    </message>
    <message>
        <source>Move to room</source>
        <translation>Symud i ystafell</translation>
    </message>
    <message>
        <source>{room}, {house} ({area})</source>
        <translation>{room}, {house} ({area})</translation>
    </message>
    <message>
        <source>Move on</source>
        <translation>Symud ar</translation>
    </message>
    <message>
        <source>To room</source>
        <translation>I ystafell</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ar</translation>
    </message>
    <message>
        <source>Departure of household {reference}</source>
        <translation>Aelwyd {reference} yn gadael</translation>
    </message>
    <message>
        <source>The leaving date is the morning she goes: her last night is the night before. A date ahead records a planned departure.</source>
        <translation>Y dyddiad gadael yw&apos;r bore y mae hi&apos;n mynd: ei noson olaf yw&apos;r noson cynt. Mae dyddiad yn y dyfodol yn cofnodi ymadawiad wedi&apos;i gynllunio.</translation>
    </message>
    <message>
        <source>Record departure</source>
        <translation>Cofnodi ei bod yn gadael</translation>
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
        <source>Close {room}</source>
        <translation>Cau {room}</translation>
    </message>
    <message>
        <source>Nobody can be offered or placed in the room while it is closed.</source>
        <translation>Does neb yn gallu cael cynnig yr ystafell na chael ei lleoli ynddi tra bydd hi ar gau.</translation>
    </message>
    <message>
        <source>Close room</source>
        <translation>Cau&apos;r ystafell</translation>
    </message>
    <message>
        <source>Closed from</source>
        <translation>Ar gau o</translation>
    </message>
    <message>
        <source>No reopening date yet</source>
        <translation>Dim dyddiad ailagor eto</translation>
    </message>
    <message>
        <source>Back in use on</source>
        <translation>Yn ôl mewn defnydd ar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Reopen {room}</source>
        <translation>Ailagor {room}</translation>
    </message>
    <message>
        <source>The room can be offered and used from the night of this date.</source>
        <translation>Gellir cynnig a defnyddio&apos;r ystafell o noson y dyddiad hwn.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Ailagor</translation>
    </message>
    <message>
        <source>Back in use from</source>
        <translation>Yn ôl mewn defnydd o</translation>
    </message>
</context>
<context>
    <name>BoardExport</name>
    <message>
        <source>Funders, commissioners: counts under {threshold} hidden</source>
        <extracomment>The choice for funders and commissioners, with the service&apos;s threshold.</extracomment>
        <translation>Cyllidwyr, comisiynwyr: cyfrifon o dan {threshold} wedi&apos;u cuddio</translation>
    </message>
    <message>
        <source>Spreadsheet saved: {path}</source>
        <extracomment>What is said about the file, whole sentences for each kind of file (shown through translate(&quot;BoardExport&quot;, ...)): &quot;Occupancy spreadsheet saved: …&quot;.</extracomment>
        <translation>Taenlen wedi&apos;i chadw: {path}</translation>
    </message>
    <message>
        <source>Save the spreadsheet</source>
        <translation>Cadw&apos;r daenlen</translation>
    </message>
    <message>
        <source>Writing the spreadsheet…</source>
        <translation>Wrthi&apos;n ysgrifennu&apos;r daenlen…</translation>
    </message>
    <message>
        <source>Choose where to save the spreadsheet.</source>
        <translation>Dewiswch ble i gadw&apos;r daenlen.</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>Whether Stop is offered (the export must then take `cancelled`).</extracomment>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>First night</source>
        <translation>Noson gyntaf</translation>
    </message>
    <message>
        <source>Last night</source>
        <translation>Noson olaf</translation>
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
        <source>Inside the service: exact counts (recorded)</source>
        <translation>O fewn y gwasanaeth: cyfrifon union (wedi&apos;i gofnodi)</translation>
    </message>
    <message>
        <source>Exact counts, for the service&apos;s own use. The audit trail records that this version was made.</source>
        <translation>Cyfrifon union, at ddefnydd y gwasanaeth ei hun. Mae&apos;r trywydd archwilio yn cofnodi bod y fersiwn hon wedi&apos;i gwneud.</translation>
    </message>
    <message>
        <source>For outside the service</source>
        <translation>Ar gyfer y tu allan i&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>For inside the service</source>
        <translation>Ar gyfer y tu mewn i&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Ar gyfer pwy</translation>
    </message>
    <message>
        <source>Occupancy spreadsheet saved: {path}</source>
        <translation>Taenlen deiliadaeth wedi&apos;i chadw: {path}</translation>
    </message>
    <message>
        <source>Save the occupancy spreadsheet</source>
        <translation>Cadw&apos;r daenlen deiliadaeth</translation>
    </message>
    <message>
        <source>Writing the occupancy spreadsheet…</source>
        <translation>Wrthi&apos;n ysgrifennu&apos;r daenlen deiliadaeth…</translation>
    </message>
    <message>
        <source>Choose where to save the occupancy spreadsheet.</source>
        <translation>Dewiswch ble i gadw&apos;r daenlen deiliadaeth.</translation>
    </message>
    <message>
        <source>Export occupancy</source>
        <translation>Allforio deiliadaeth</translation>
    </message>
    <message>
        <source>A spreadsheet for managers and funders: summary, daily and monthly occupancy, and the stays (for outside the service, the summary and monthly occupancy only). Safe-house addresses are never included.</source>
        <translation>Taenlen ar gyfer rheolwyr a chyllidwyr: crynodeb, deiliadaeth bob dydd a bob mis, a&apos;r arosiadau (ar gyfer y tu allan i&apos;r gwasanaeth, y crynodeb a&apos;r ddeiliadaeth fisol yn unig). Ni chaiff cyfeiriadau&apos;r tai diogel byth eu cynnwys.</translation>
    </message>
    <message>
        <source>Include residents&apos; names (managers only; recorded)</source>
        <translation>Cynnwys enwau&apos;r preswylwyr (rheolwyr yn unig; wedi&apos;i gofnodi)</translation>
    </message>
    <message>
        <source>Only a manager or an administrator can include names.</source>
        <translation>Dim ond rheolwr neu weinyddwr sy&apos;n gallu cynnwys enwau.</translation>
    </message>
    <message>
        <source>Names are only in the version for inside the service.</source>
        <translation>Dim ond yn y fersiwn ar gyfer y tu mewn i&apos;r gwasanaeth y mae enwau&apos;n ymddangos.</translation>
    </message>
    <message>
        <source>Outcomes spreadsheet saved: {path}</source>
        <translation>Taenlen canlyniadau wedi&apos;i chadw: {path}</translation>
    </message>
    <message>
        <source>Save the outcomes spreadsheet</source>
        <translation>Cadw&apos;r daenlen canlyniadau</translation>
    </message>
    <message>
        <source>Writing the outcomes spreadsheet…</source>
        <translation>Wrthi&apos;n ysgrifennu&apos;r daenlen canlyniadau…</translation>
    </message>
    <message>
        <source>Choose where to save the outcomes spreadsheet.</source>
        <translation>Dewiswch ble i gadw&apos;r daenlen canlyniadau.</translation>
    </message>
    <message>
        <source>Export outcomes</source>
        <translation>Allforio canlyniadau</translation>
    </message>
    <message>
        <source>For commissioners: women and children supported, requested outcomes achieved by need area, change in need scores, exits, MARAC and referrals out (for outside the service, the summary only). Counts only: no names.</source>
        <translation>Ar gyfer comisiynwyr: menywod a phlant a gafodd gymorth, y canlyniadau y gofynnwyd amdanynt a gyflawnwyd fesul maes angen, newid yn y sgoriau angen, ymadawiadau, MARAC ac atgyfeiriadau allan (ar gyfer y tu allan i&apos;r gwasanaeth, y crynodeb yn unig). Cyfrifon yn unig: dim enwau.</translation>
    </message>
    <message>
        <source>Report for court saved: {path}</source>
        <translation>Adroddiad ar gyfer y llys wedi&apos;i gadw: {path}</translation>
    </message>
    <message>
        <source>Save the report for court</source>
        <translation>Cadw&apos;r adroddiad ar gyfer y llys</translation>
    </message>
    <message>
        <source>Writing the report for court…</source>
        <translation>Wrthi&apos;n ysgrifennu&apos;r adroddiad ar gyfer y llys…</translation>
    </message>
    <message>
        <source>Choose where to save the report for court.</source>
        <translation>Dewiswch ble i gadw&apos;r adroddiad ar gyfer y llys.</translation>
    </message>
    <message>
        <source>Report for court</source>
        <translation>Adroddiad ar gyfer y llys</translation>
    </message>
    <message>
        <source>Contacts offered and attended, programme attendance and changes in her needs scores for the period, with your account. Making one is recorded in the audit trail.</source>
        <translation>Cysylltiadau a gynigiwyd ac a fynychwyd, presenoldeb mewn rhaglenni a newidiadau yn sgoriau ei hanghenion am y cyfnod, gyda&apos;ch disgrifiad chi. Caiff gwneud un ei gofnodi yn y trywydd archwilio.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Eich disgrifiad chi</translation>
    </message>
    <message>
        <source>What you have seen of her progress and the support given, in your own words</source>
        <translation>Yr hyn rydych wedi&apos;i weld o&apos;i chynnydd a&apos;r cymorth a roddwyd, yn eich geiriau eich hun</translation>
    </message>
</context>
<context>
    <name>BoardManageHouses</name>
    <message>
        <source>Houses and rooms</source>
        <extracomment>This module&apos;s words with a count (board_model.Counts).</extracomment>
        <translation>Tai ac ystafelloedd</translation>
    </message>
    <message>
        <source>Retiring keeps every record: the room leaves the board and stops counting as available from that day.</source>
        <translation>Mae dirwyn i ben yn cadw pob cofnod: mae&apos;r ystafell yn gadael y bwrdd ac yn peidio â chyfrif fel un sydd ar gael o&apos;r diwrnod hwnnw.</translation>
    </message>
    <message>
        <source>Houses</source>
        <translation>Tai</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Ystafelloedd</translation>
    </message>
    <message>
        <source>Add house…</source>
        <translation>Ychwanegu tŷ…</translation>
    </message>
    <message>
        <source>Edit house…</source>
        <translation>Golygu tŷ…</translation>
    </message>
    <message>
        <source>Retire house…</source>
        <translation>Dirwyn tŷ i ben…</translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation>Ychwanegu ystafell…</translation>
    </message>
    <message>
        <source>Edit room…</source>
        <translation>Golygu ystafell…</translation>
    </message>
    <message>
        <source>Retire room…</source>
        <translation>Dirwyn ystafell i ben…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message numerus="yes">
        <source>%n child places</source>
        <comment>%n child place</comment>
        <translation>
            <numerusform>%n lle plentyn</numerusform>
            <numerusform>%n lle plentyn</numerusform>
            <numerusform>%n lle plentyn</numerusform>
            <numerusform>%n lle plentyn</numerusform>
            <numerusform>%n lle plentyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cots</source>
        <comment>%n cot</comment>
        <translation>
            <numerusform>%n cot</numerusform>
            <numerusform>%n cot</numerusform>
            <numerusform>%n cot</numerusform>
            <numerusform>%n cot</numerusform>
            <numerusform>%n cot</numerusform>
        </translation>
    </message>
    <message>
        <source>wheelchair accessible</source>
        <translation>hygyrch i gadair olwyn</translation>
    </message>
    <message>
        <source>{room} — {facts}</source>
        <translation>{room} — {facts}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Golygu {name}</translation>
    </message>
    <message>
        <source>Add a house</source>
        <translation>Ychwanegu tŷ</translation>
    </message>
    <message>
        <source>The address and phone are shown only to signed-in staff and are never exported.</source>
        <translation>Dim ond i staff sydd wedi mewngofnodi y caiff y cyfeiriad a&apos;r ffôn eu dangos, ac ni chânt byth eu hallforio.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <source>Add house</source>
        <translation>Ychwanegu&apos;r tŷ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Town or area</source>
        <translation>Tref neu ardal</translation>
    </message>
    <message>
        <source>Address (confidential)</source>
        <translation>Cyfeiriad (cyfrinachol)</translation>
    </message>
    <message>
        <source>Phone (confidential)</source>
        <translation>Ffôn (cyfrinachol)</translation>
    </message>
    <message>
        <source>Languages staff speak</source>
        <translation>Ieithoedd y mae&apos;r staff yn eu siarad</translation>
    </message>
    <message>
        <source>e.g. Polish, Urdu</source>
        <translation>e.e. Pwyleg, Wrdw</translation>
    </message>
    <message>
        <source>Can take women with no recourse to public funds</source>
        <translation>Yn gallu derbyn menywod heb hawl i arian cyhoeddus</translation>
    </message>
    <message>
        <source>Pets allowed</source>
        <translation>Caniateir anifeiliaid anwes</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ieithoedd</translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation>Ychwanegu ystafell</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Ychwanegu&apos;r ystafell</translation>
    </message>
    <message>
        <source>e.g. Room 11</source>
        <translation>e.e. Ystafell 11</translation>
    </message>
    <message>
        <source>Child places</source>
        <translation>Lleoedd i blant</translation>
    </message>
    <message>
        <source>Cots</source>
        <translation>Cotiau</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <translation>Hygyrch i gadair olwyn</translation>
    </message>
    <message>
        <source>Ground floor</source>
        <translation>Llawr gwaelod</translation>
    </message>
    <message>
        <source>Self-contained (own kitchen and bathroom)</source>
        <translation>Hunangynhwysol (cegin ac ystafell ymolchi ei hun)</translation>
    </message>
    <message>
        <source>Retire this house and all its rooms</source>
        <translation>Dirwyn y tŷ hwn a&apos;i holl ystafelloedd i ben</translation>
    </message>
    <message>
        <source>Retire this room</source>
        <translation>Dirwyn yr ystafell hon i ben</translation>
    </message>
    <message>
        <source>Refused while anyone is staying or expected there.</source>
        <translation>Caiff ei wrthod tra bydd unrhyw un yn aros yno neu&apos;n cael ei disgwyl yno.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Dirwyn i ben</translation>
    </message>
    <message>
        <source>Retire from</source>
        <translation>Dirwyn i ben o</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Not back</source>
        <extracomment>Background and border for each state: calm, distinguishable, and always with text too. A resident signed out and overdue (&quot;OCCUPIED · NOT BACK&quot;): warm amber, urgent, unlike any state&apos;s colour; its words on the tile say it too. Text on it: 9.5:1, the state word (the border darkened) 7:1. The legend&apos;s name for it (houses_page.py, through translate(&quot;BoardModel&quot;, ...)).</extracomment>
        <translation>Heb ddod yn ôl</translation>
    </message>
    <message>
        <source>OUT</source>
        <extracomment>What the tile says of a resident signed out tonight (Tile.away, a stored word), in capitals after the state: &quot;OCCUPIED · NOT BACK&quot;.</extracomment>
        <translation>ALLAN</translation>
    </message>
    <message>
        <source>NOT BACK</source>
        <translation>HEB DDOD YN ÔL</translation>
    </message>
    <message>
        <source>{state} · {away}</source>
        <extracomment>Text on the tiles, in every theme (the tiles keep their pastel colours in high contrast). A tile&apos;s size: 184×92 at the calm 10.5pt, grown from the font&apos;s metrics at larger text sizes (size_tiles, called by look.apply) so no line is lost. Changed in place: the board&apos;s views hold this object. The painter&apos;s insets: card inside the grid cell, then text inside the card. The longest state line a tile says in English (drawn without eliding, so the tile is this wide; only an occupied room is ever &quot;not back&quot;). The language in use may say it longer: `_longest_states`.</extracomment>
        <translation>{state} · {away}</translation>
    </message>
    <message>
        <source>no children</source>
        <translation>dim plant</translation>
    </message>
    <message numerus="yes">
        <source>%n children</source>
        <comment>%n child</comment>
        <translation>
            <numerusform>dim plant</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
        </translation>
    </message>
    <message>
        <source>new today</source>
        <translation>newydd heddiw</translation>
    </message>
    <message numerus="yes">
        <source>%n nights</source>
        <comment>%n night</comment>
        <translation>
            <numerusform>%n noson</numerusform>
            <numerusform>%n noson</numerusform>
            <numerusform>%n noson</numerusform>
            <numerusform>%n noson</numerusform>
            <numerusform>%n noson</numerusform>
        </translation>
    </message>
    <message>
        <source>{children} · {nights}</source>
        <translation>{children} · {nights}</translation>
    </message>
    <message>
        <source>{state} to {initials}</source>
        <translation>{state} i {initials}</translation>
    </message>
    <message>
        <source>No child places</source>
        <translation>Dim lle i blant</translation>
    </message>
    <message numerus="yes">
        <source>%n child places</source>
        <comment>%n child place</comment>
        <translation>
            <numerusform>%n lle plentyn</numerusform>
            <numerusform>%n lle plentyn</numerusform>
            <numerusform>%n lle plentyn</numerusform>
            <numerusform>%n lle plentyn</numerusform>
            <numerusform>%n lle plentyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cots</source>
        <comment>%n cot</comment>
        <translation>
            <numerusform>%n cot</numerusform>
            <numerusform>%n cot</numerusform>
            <numerusform>%n cot</numerusform>
            <numerusform>%n cot</numerusform>
            <numerusform>%n cot</numerusform>
        </translation>
    </message>
    <message>
        <source>{child_places} + {cots}</source>
        <translation>{child_places} + {cots}</translation>
    </message>
    <message>
        <source>{room}: {state}</source>
        <translation>{room}: {state}</translation>
    </message>
    <message>
        <source>Household {reference}</source>
        <translation>Aelwyd {reference}</translation>
    </message>
    <message>
        <source>wheelchair accessible</source>
        <translation>hygyrch i gadair olwyn</translation>
    </message>
    <message>
        <source>self-contained</source>
        <translation>hunangynhwysol</translation>
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
    <name>Cli</name>
    <message>
        <source>Passwords are never taken on the command line (they would stay in the shell history). Leave it out to be asked, or pipe it in with --password-stdin.</source>
        <extracomment>The languages the command line speaks (`--language`).</extracomment>
        <translation>Nid yw cyfrineiriau byth yn cael eu derbyn ar y llinell orchymyn (byddent yn aros yn hanes y plisgyn). Gadewch ef allan i gael cais amdano, neu anfonwch ef drwy bibell gyda --password-stdin.</translation>
    </message>
    <message>
        <source>The recovery code on standard input is too long: RefugeDesk takes passwords of up to {count} characters. Check that only the recovery code is piped in.</source>
        <extracomment>The commands (the first word after the options), to tell the app from a command before the parser is built: the language of its help is chosen first.</extracomment>
        <translation>Mae&apos;r cod adfer ar y mewnbwn safonol yn rhy hir: mae RefugeDesk yn derbyn cyfrineiriau hyd at {count} nod. Gwiriwch mai dim ond y cod adfer sy&apos;n cael ei anfon drwy&apos;r bibell.</translation>
    </message>
    <message>
        <source>The password on standard input is too long: RefugeDesk takes passwords of up to {count} characters. Check that only the password is piped in.</source>
        <translation>Mae&apos;r cyfrinair ar y mewnbwn safonol yn rhy hir: mae RefugeDesk yn derbyn cyfrineiriau hyd at {count} nod. Gwiriwch mai dim ond y cyfrinair sy&apos;n cael ei anfon drwy&apos;r bibell.</translation>
    </message>
    <message>
        <source>The recovery code on standard input is not UTF-8 text, so it cannot be used. Save or send it as UTF-8 (the usual setting) and try again.</source>
        <translation>Nid yw&apos;r cod adfer ar y mewnbwn safonol yn destun UTF-8, felly nid oes modd ei ddefnyddio. Cadwch neu anfonwch ef fel UTF-8 (y gosodiad arferol) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The password on standard input is not UTF-8 text, so it cannot be used. Save or send it as UTF-8 (the usual setting) and try again.</source>
        <translation>Nid yw&apos;r cyfrinair ar y mewnbwn safonol yn destun UTF-8, felly nid oes modd ei ddefnyddio. Cadwch neu anfonwch ef fel UTF-8 (y gosodiad arferol) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>Ni roddwyd cyfrinair ar y mewnbwn safonol.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Cyfrinair: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Yr un cyfrinair eto: </translation>
    </message>
    <message>
        <source>The two passwords are not the same. {nothing_done}</source>
        <translation>Nid yw&apos;r ddau gyfrinair yr un fath. {nothing_done}</translation>
    </message>
    <message>
        <source>Say which vault to use with --db PATH.</source>
        <translation>Dywedwch pa gronfa ddiogel i&apos;w defnyddio gyda --db LLWYBR.</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>Cyfrinair {user}: </translation>
    </message>
    <message>
        <source>with --password-stdin, also give {options} (standard input holds only the password)</source>
        <translation>gyda --password-stdin, rhowch {options} hefyd (dim ond y cyfrinair sydd ar y mewnbwn safonol)</translation>
    </message>
    <message>
        <source>Setting up a new RefugeDesk vault at {path}</source>
        <translation>Yn gosod cronfa ddiogel RefugeDesk newydd yn {path}</translation>
    </message>
    <message>
        <source>Name of your service: </source>
        <translation>Enw eich gwasanaeth: </translation>
    </message>
    <message>
        <source>Your name: </source>
        <translation>Eich enw: </translation>
    </message>
    <message>
        <source>Your username: </source>
        <translation>Eich enw defnyddiwr: </translation>
    </message>
    <message>
        <source>Choose a password: at least 10 characters; three or four unrelated words work well.</source>
        <translation>Dewiswch gyfrinair: o leiaf 10 nod; mae tri neu bedwar gair heb gysylltiad â&apos;i gilydd yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <source>Nothing was set up.</source>
        <translation>Ni osodwyd dim.</translation>
    </message>
    <message>
        <source>The vault is ready: {path}</source>
        <translation>Mae&apos;r gronfa ddiogel yn barod: {path}</translation>
    </message>
    <message>
        <source>Its key file: {path}  (keep the two together)</source>
        <translation>Ei ffeil allweddi: {path}  (cadwch y ddwy gyda&apos;i gilydd)</translation>
    </message>
    <message>
        <source>Recovery code (shown only this once):</source>
        <translation>Cod adfer (yn cael ei ddangos y tro hwn yn unig):</translation>
    </message>
    <message>
        <source>Write it down or print it now and keep it offline, locked away from this computer.
It opens the vault if every administrator forgets her password, so anyone who has it
and a copy of the vault can read everything in it. It cannot be shown again.</source>
        <translation>Ysgrifennwch ef neu argraffwch ef nawr a&apos;i gadw all-lein, dan glo ac i ffwrdd o&apos;r cyfrifiadur hwn.
Mae&apos;n agor y gronfa ddiogel os bydd pob gweinyddwr yn anghofio ei chyfrinair, felly gall unrhyw un sydd ag ef
a chopi o&apos;r gronfa ddiogel ddarllen popeth sydd ynddi. Nid oes modd ei ddangos eto.</translation>
    </message>
    <message>
        <source>Open it with: {command}</source>
        <translation>Agorwch hi gyda: {command}</translation>
    </message>
    <message>
        <source>Demo vault created at {path} (fictional data only).</source>
        <translation>Crëwyd cronfa ddiogel enghreifftiol yn {path} (data ffug yn unig).</translation>
    </message>
    <message>
        <source>Accounts, each with the password &apos;{password}&apos; (allowed only because this is a demo):</source>
        <translation>Cyfrifon, pob un â&apos;r cyfrinair &apos;{password}&apos; (a ganiateir dim ond am mai enghraifft yw hon):</translation>
    </message>
    <message>
        <source>Give the server user&apos;s password on the first line of standard input and the first administrator&apos;s new password on the second.</source>
        <translation>Rhowch gyfrinair defnyddiwr y gweinydd ar linell gyntaf y mewnbwn safonol a chyfrinair newydd y gweinyddwr cyntaf ar yr ail.</translation>
    </message>
    <message>
        <source>Password of {user} on the server: </source>
        <translation>Cyfrinair {user} ar y gweinydd: </translation>
    </message>
    <message>
        <source>Choose a password for {user}, the first administrator: at least 10 characters; three or four unrelated words work well.</source>
        <translation>Dewiswch gyfrinair ar gyfer {user}, y gweinyddwr cyntaf: o leiaf 10 nod; mae tri neu bedwar gair heb gysylltiad â&apos;i gilydd yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <source>Setting up RefugeDesk on {server}</source>
        <translation>Yn gosod RefugeDesk ar {server}</translation>
    </message>
    <message>
        <source>The server is ready: {server}. Its first administrator is {user}.</source>
        <translation>Mae&apos;r gweinydd yn barod: {server}. Ei weinyddwr cyntaf yw {user}.</translation>
    </message>
    <message>
        <source>Server profile written: {path}
Give it, with the certificate file beside it ({ca}), to each office.</source>
        <translation>Ysgrifennwyd proffil y gweinydd: {path}
Rhowch ef, gyda&apos;r ffeil dystysgrif sydd wrth ei ochr ({ca}), i bob swyddfa.</translation>
    </message>
    <message>
        <source>Give your RefugeDesk password on the first line of standard input and the server user&apos;s password on the second.</source>
        <translation>Rhowch eich cyfrinair RefugeDesk ar linell gyntaf y mewnbwn safonol a chyfrinair defnyddiwr y gweinydd ar yr ail.</translation>
    </message>
    <message>
        <source>Moving {path} to {server}</source>
        <translation>Yn symud {path} i {server}</translation>
    </message>
    <message>
        <source>Moved and checked: {records} records in {tables} tables, each the same on the server as in the file. The file is unchanged.</source>
        <translation>Wedi symud a gwirio: {records} cofnod mewn {tables} tabl, pob un yr un fath ar y gweinydd ag yn y ffeil. Does dim wedi newid yn y ffeil.</translation>
    </message>
    <message>
        <source>Bringing the records on {server} up to date</source>
        <translation>Yn diweddaru&apos;r cofnodion ar {server}</translation>
    </message>
    <message>
        <source>The records were in form {was} and are now in form {now}, the form this copy of RefugeDesk uses. The server&apos;s rules were made again for it.</source>
        <translation>Roedd y cofnodion yn ffurf {was} ac maen nhw nawr yn ffurf {now}, y ffurf y mae&apos;r copi hwn o RefugeDesk yn ei defnyddio. Gwnaed rheolau&apos;r gweinydd eto ar ei chyfer.</translation>
    </message>
    <message>
        <source>The records were already in form {now}, the form this copy of RefugeDesk uses. The server&apos;s rules were made again.</source>
        <translation>Roedd y cofnodion eisoes yn ffurf {now}, y ffurf y mae&apos;r copi hwn o RefugeDesk yn ei defnyddio. Gwnaed rheolau&apos;r gweinydd eto.</translation>
    </message>
    <message>
        <source>Offices can sign in again with this release.</source>
        <translation>Gall swyddfeydd fewngofnodi eto gyda&apos;r fersiwn hon.</translation>
    </message>
    <message>
        <source>The server {server} answered with a certificate your authority vouches for.</source>
        <translation>Atebodd y gweinydd {server} gyda thystysgrif y mae eich awdurdod yn ei gwarantu.</translation>
    </message>
    <message>
        <source>Backup written:</source>
        <translation>Ysgrifennwyd y copi wrth gefn:</translation>
    </message>
    <message>
        <source>Keep the two files together: the backup cannot be opened without its key file. Staff passwords as they are today open it.</source>
        <translation>Cadwch y ddwy ffeil gyda&apos;i gilydd: nid oes modd agor y copi wrth gefn heb ei ffeil allweddi. Mae cyfrineiriau staff fel y maent heddiw yn ei agor.</translation>
    </message>
    <message>
        <source>say who is restoring with --user NAME, or use --recovery-code</source>
        <translation>dywedwch pwy sy&apos;n adfer gyda --user ENW, neu defnyddiwch --recovery-code</translation>
    </message>
    <message>
        <source>--user is not used with --recovery-code (the code acts for nobody)</source>
        <translation>nid yw --user yn cael ei ddefnyddio gyda --recovery-code (nid yw&apos;r cod yn gweithredu ar ran neb)</translation>
    </message>
    <message>
        <source>Restoring replaces the vault. Add --yes to do it without being asked.</source>
        <translation>Mae adfer yn disodli&apos;r gronfa ddiogel. Ychwanegwch --yes i wneud hynny heb gael eich holi.</translation>
    </message>
    <message>
        <source>This replaces the vault at {vault}
with the backup {backup}.
The current files are kept beside it, named &apos;...before-restore-&lt;time&gt;&apos;.</source>
        <translation>Mae hyn yn disodli&apos;r gronfa ddiogel yn {vault}
gyda&apos;r copi wrth gefn {backup}.
Mae&apos;r ffeiliau presennol yn cael eu cadw wrth ei hymyl, â&apos;r enw &apos;...before-restore-&lt;amser&gt;&apos;.</translation>
    </message>
    <message>
        <source>Type yes to restore: </source>
        <translation>Teipiwch ie i adfer: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>No recovery code was given on standard input.</source>
        <translation>Ni roddwyd cod adfer ar y mewnbwn safonol.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Cod adfer: </translation>
    </message>
    <message>
        <source>Restored {vault} from {backup} with the recovery code (recorded in the restored vault&apos;s audit trail); the backup was checked before anything was replaced.</source>
        <translation>Adferwyd {vault} o {backup} gyda&apos;r cod adfer (wedi&apos;i gofnodi yn nhrywydd archwilio&apos;r gronfa ddiogel a adferwyd); cafodd y copi wrth gefn ei wirio cyn i ddim gael ei ddisodli.</translation>
    </message>
    <message>
        <source>Password for {user} (as it was in the backup): </source>
        <translation>Cyfrinair {user} (fel yr oedd yn y copi wrth gefn): </translation>
    </message>
    <message>
        <source>Restored {vault} from {backup} as {user}; the backup was checked before anything was replaced.</source>
        <translation>Adferwyd {vault} o {backup} fel {user}; cafodd y copi wrth gefn ei wirio cyn i ddim gael ei ddisodli.</translation>
    </message>
    <message>
        <source>The files it replaced were kept beside it, named &apos;...before-restore-&lt;time&gt;&apos;.</source>
        <translation>Cafodd y ffeiliau a ddisodlwyd eu cadw wrth ei hymyl, â&apos;r enw &apos;...before-restore-&lt;amser&gt;&apos;.</translation>
    </message>
    <message>
        <source>Vault OK: %n audit events, chain intact</source>
        <translation>Y gronfa ddiogel yn iawn: %n digwyddiad archwilio, y gadwyn yn gyfan</translation>
    </message>
    <message>
        <source>The check found %n problems in {path}:</source>
        <translation>Daeth y gwiriad o hyd i %n problem yn {path}:</translation>
    </message>
    <message>
        <source>If the file is damaged, restore the latest backup. If audit events were changed or removed, someone with access altered the vault: tell your manager.</source>
        <translation>Os yw&apos;r ffeil wedi&apos;i difrodi, adferwch y copi wrth gefn diweddaraf. Os cafodd digwyddiadau archwilio eu newid neu eu tynnu, mae rhywun â mynediad wedi newid y gronfa ddiogel: dywedwch wrth eich rheolwr.</translation>
    </message>
    <message>
        <source>Give the recovery code on the first line of standard input and the new password on the second.</source>
        <translation>Rhowch y cod adfer ar linell gyntaf y mewnbwn safonol a&apos;r cyfrinair newydd ar yr ail.</translation>
    </message>
    <message>
        <source>New password for {user}: </source>
        <translation>Cyfrinair newydd {user}: </translation>
    </message>
    <message>
        <source>{user} can now sign in with the new password. The recovery code still works: keep it offline, and tell your manager it was used (it is in the audit trail).</source>
        <translation>Gall {user} fewngofnodi nawr gyda&apos;r cyfrinair newydd. Mae&apos;r cod adfer yn dal i weithio: cadwch ef all-lein, a dywedwch wrth eich rheolwr iddo gael ei ddefnyddio (mae yn y trywydd archwilio).</translation>
    </message>
    <message>
        <source>Give your password on the first line of standard input and the recovery code on the second.</source>
        <translation>Rhowch eich cyfrinair ar linell gyntaf y mewnbwn safonol a&apos;r cod adfer ar yr ail.</translation>
    </message>
    <message>
        <source>Staff accounts are now signed: a change made outside RefugeDesk to who may do what will be refused and noticed. Colleagues are tied to their own signing key when an administrator next sets a new password for them.</source>
        <translation>Mae cyfrifon staff wedi&apos;u llofnodi nawr: bydd newid i bwy gaiff wneud beth a wneir y tu allan i RefugeDesk yn cael ei wrthod a&apos;i sylwi. Bydd cydweithwyr yn cael eu clymu i&apos;w hallwedd llofnodi eu hunain y tro nesaf y bydd gweinyddwr yn gosod cyfrinair newydd iddynt.</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>mae --to cyn --from</translation>
    </message>
    <message>
        <source>--out must name an .xlsx file</source>
        <translation>rhaid i --out enwi ffeil .xlsx</translation>
    </message>
    <message>
        <source>This version of RefugeDesk cannot export occupancy yet.</source>
        <translation>Nid yw&apos;r fersiwn hon o RefugeDesk yn gallu allforio deiliadaeth eto.</translation>
    </message>
    <message>
        <source>Occupancy {first} to {last} written to {path}</source>
        <translation>Ysgrifennwyd deiliadaeth {first} i {last} i {path}</translation>
    </message>
    <message>
        <source>This file holds residents&apos; names and is NOT encrypted: keep it on an encrypted drive and delete it when it is no longer needed.</source>
        <translation>Mae&apos;r ffeil hon yn cynnwys enwau preswylwyr ac NID yw wedi&apos;i hamgryptio: cadwch hi ar yriant wedi&apos;i amgryptio a&apos;i dileu pan nad oes ei hangen mwyach.</translation>
    </message>
    <message>
        <source>Outcomes {first} to {last} written to {path}</source>
        <translation>Ysgrifennwyd canlyniadau {first} i {last} i {path}</translation>
    </message>
    <message>
        <source>--out must name a .zip file</source>
        <translation>rhaid i --out enwi ffeil .zip</translation>
    </message>
    <message>
        <source>Her data written to {path} (%n files).</source>
        <translation>Ysgrifennwyd ei data i {path} (%n ffeil).</translation>
    </message>
    <message>
        <source>Withheld ({count}), as the default review list suggests:</source>
        <translation>Wedi&apos;u hatal ({count}), fel y mae&apos;r rhestr adolygu arferol yn ei awgrymu:</translation>
    </message>
    <message>
        <source>Nothing was withheld.</source>
        <translation>Ni chafodd dim ei atal.</translation>
    </message>
    <message>
        <source>This file holds her data and is NOT encrypted: give it to her safely and delete your copy.</source>
        <translation>Mae&apos;r ffeil hon yn cynnwys ei data ac NID yw wedi&apos;i hamgryptio: rhowch hi iddi&apos;n ddiogel a dilëwch eich copi chi.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator can see or carry out retention decisions.</source>
        <translation>Dim ond rheolwr neu weinyddwr sy&apos;n gallu gweld neu gyflawni penderfyniadau cadw cofnodion.</translation>
    </message>
    <message>
        <source>Anonymised: {anonymised}  Erased: {erased}  Drafts removed: {drafts}</source>
        <translation>Gwnaed yn ddienw: {anonymised}  Dilëwyd: {erased}  Drafftiau a dynnwyd: {drafts}</translation>
    </message>
    <message>
        <source>anonymised {reference}</source>
        <translation>gwnaed {reference} yn ddienw</translation>
    </message>
    <message>
        <source>erased {reference}</source>
        <translation>dilëwyd {reference}</translation>
    </message>
    <message>
        <source>not done {reference}: {why}</source>
        <translation>heb ei wneud {reference}: {why}</translation>
    </message>
    <message>
        <source>Backups still hold what was removed until they expire.</source>
        <translation>Mae copïau wrth gefn yn dal i gynnwys yr hyn a dynnwyd nes iddynt ddod i ben.</translation>
    </message>
    <message>
        <source>Nothing is due for review.</source>
        <translation>Does dim i&apos;w adolygu ar hyn o bryd.</translation>
    </message>
    <message>
        <source>%n due for review on {day}:</source>
        <translation>%n i&apos;w hadolygu ar {day}:</translation>
    </message>
    <message>
        <source>last {last}  due {due}</source>
        <translation>olaf {last}  erbyn {due}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date like 2026-03-31</source>
        <translation>Nid yw &apos;{text}&apos; yn ddyddiad fel 2026-03-31</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; cannot be right: check the year ({range})</source>
        <translation>Ni all &apos;{text}&apos; fod yn gywir: gwiriwch y flwyddyn ({range})</translation>
    </message>
    <message>
        <source>the vault file (default: the app&apos;s own vault)</source>
        <translation>ffeil y gronfa ddiogel (diofyn: cronfa ddiogel yr ap ei hun)</translation>
    </message>
    <message>
        <source>your RefugeDesk username</source>
        <translation>eich enw defnyddiwr RefugeDesk</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input instead of asking (for scripts)</source>
        <translation>darllen y cyfrinair o linell gyntaf y mewnbwn safonol yn lle gofyn (ar gyfer sgriptiau)</translation>
    </message>
    <message>
        <source>the language of these words: en (English) or cy (Cymraeg); default: REFUGEDESK_LANGUAGE, else the language last used on this computer</source>
        <translation>iaith y geiriau hyn: en (English) neu cy (Cymraeg); diofyn: REFUGEDESK_LANGUAGE, neu&apos;r iaith a ddefnyddiwyd ddiwethaf ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>RefugeDesk: bed capacity, resident records and shift handover for refuge services, in an encrypted vault.
With no command, opens the app.</source>
        <translation>RefugeDesk: capasiti gwelyau, cofnodion preswylwyr a throsglwyddo rhwng shifftiau ar gyfer gwasanaethau lloches, mewn cronfa ddiogel wedi&apos;i hamgryptio.
Heb orchymyn, mae&apos;n agor yr ap.</translation>
    </message>
    <message>
        <source>Passwords are asked for, or read with --password-stdin; never given as arguments.
Exit status: 0 done, 1 refused (the reason is printed), 2 usage.</source>
        <translation>Gofynnir am gyfrineiriau, neu cânt eu darllen gyda --password-stdin; ni chânt byth eu rhoi fel dadleuon.
Statws gadael: 0 wedi&apos;i wneud, 1 wedi&apos;i wrthod (mae&apos;r rheswm yn cael ei argraffu), 2 defnydd.</translation>
    </message>
    <message>
        <source>open this vault instead of the app&apos;s own</source>
        <translation>agor y gronfa ddiogel hon yn lle un yr ap ei hun</translation>
    </message>
    <message>
        <source>check that this copy of RefugeDesk works here, then exit</source>
        <translation>gwirio bod y copi hwn o RefugeDesk yn gweithio yma, yna gadael</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>gorchmynion</translation>
    </message>
    <message>
        <source>set up a new vault and its first administrator</source>
        <translation>gosod cronfa ddiogel newydd a&apos;i gweinyddwr cyntaf</translation>
    </message>
    <message>
        <source>Set up a new vault: your service&apos;s name and the first administrator&apos;s
account. Prints the recovery code once: keep it offline.</source>
        <translation>Gosod cronfa ddiogel newydd: enw eich gwasanaeth a chyfrif y gweinyddwr
cyntaf. Mae&apos;n argraffu&apos;r cod adfer unwaith: cadwch ef all-lein.</translation>
    </message>
    <message>
        <source>where to make the vault (default: the app&apos;s)</source>
        <translation>ble i wneud y gronfa ddiogel (diofyn: un yr ap)</translation>
    </message>
    <message>
        <source>name of your service</source>
        <translation>enw eich gwasanaeth</translation>
    </message>
    <message>
        <source>your name, as colleagues know you</source>
        <translation>eich enw, fel y mae cydweithwyr yn eich adnabod</translation>
    </message>
    <message>
        <source>the username you will sign in with</source>
        <translation>yr enw defnyddiwr y byddwch chi&apos;n mewngofnodi ag ef</translation>
    </message>
    <message>
        <source>make a demo vault with fictional data</source>
        <translation>gwneud cronfa ddiogel enghreifftiol â data ffug</translation>
    </message>
    <message>
        <source>Make a vault of a fictional refuge network for trying RefugeDesk.
Accounts admin, manager and worker, each with the password &apos;demo&apos;.
Refuses if a vault is already there.</source>
        <translation>Gwneud cronfa ddiogel rhwydwaith lloches ffug er mwyn rhoi cynnig ar RefugeDesk.
Cyfrifon admin, manager a worker, pob un â&apos;r cyfrinair &apos;demo&apos;.
Mae&apos;n gwrthod os oes cronfa ddiogel yno&apos;n barod.</translation>
    </message>
    <message>
        <source>where to make the demo vault</source>
        <translation>ble i wneud y gronfa ddiogel enghreifftiol</translation>
    </message>
    <message>
        <source>write an encrypted backup of the vault</source>
        <translation>ysgrifennu copi wrth gefn wedi&apos;i amgryptio o&apos;r gronfa ddiogel</translation>
    </message>
    <message>
        <source>Write an encrypted copy of the vault and its key file (managers and
administrators). Keep the two files together.</source>
        <translation>Ysgrifennu copi wedi&apos;i amgryptio o&apos;r gronfa ddiogel a&apos;i ffeil allweddi (rheolwyr a
gweinyddwyr). Cadwch y ddwy ffeil gyda&apos;i gilydd.</translation>
    </message>
    <message>
        <source>the backup file to write (.rdb is added if missing; its key file goes beside it)</source>
        <translation>y ffeil copi wrth gefn i&apos;w hysgrifennu (mae .rdb yn cael ei ychwanegu os yw ar goll; mae ei ffeil allweddi&apos;n mynd wrth ei hymyl)</translation>
    </message>
    <message>
        <source>replace the vault with a checked backup</source>
        <translation>disodli&apos;r gronfa ddiogel â chopi wrth gefn sydd wedi&apos;i wirio</translation>
    </message>
    <message>
        <source>Replace the vault with a backup (administrators). The backup is opened
with your password as it was in the backup and checked first; if it
does not pass, nothing is replaced. The replaced files are kept.
You must also be an administrator of the vault as it is now. If it
cannot be opened (key file lost or damaged, file damaged or gone), use
--recovery-code instead of --user: the organisation&apos;s recovery code
must open the backup (and the vault here, if its key file is readable).
With --password-stdin, standard input holds the password, or the code.
Refused while the vault is open anywhere.</source>
        <translation>Disodli&apos;r gronfa ddiogel â chopi wrth gefn (gweinyddwyr). Mae&apos;r copi wrth gefn yn cael
ei agor â&apos;ch cyfrinair fel yr oedd yn y copi wrth gefn a&apos;i wirio&apos;n gyntaf; os nad yw&apos;n
pasio, ni chaiff dim ei ddisodli. Mae&apos;r ffeiliau a ddisodlir yn cael eu cadw.
Rhaid i chi hefyd fod yn weinyddwr y gronfa ddiogel fel y mae nawr. Os nad oes
modd ei hagor (ffeil allweddi ar goll neu wedi&apos;i difrodi, ffeil wedi&apos;i difrodi neu wedi
mynd), defnyddiwch --recovery-code yn lle --user: rhaid i god adfer y sefydliad
agor y copi wrth gefn (a&apos;r gronfa ddiogel yma, os oes modd darllen ei ffeil allweddi).
Gyda --password-stdin, mae&apos;r mewnbwn safonol yn cynnwys y cyfrinair, neu&apos;r cod.
Mae&apos;n cael ei wrthod tra bo&apos;r gronfa ddiogel ar agor yn unrhyw le.</translation>
    </message>
    <message>
        <source>the vault to replace (default: the app&apos;s own vault)</source>
        <translation>y gronfa ddiogel i&apos;w disodli (diofyn: cronfa ddiogel yr ap ei hun)</translation>
    </message>
    <message>
        <source>your RefugeDesk username (not with --recovery-code)</source>
        <translation>eich enw defnyddiwr RefugeDesk (nid gyda --recovery-code)</translation>
    </message>
    <message>
        <source>restore with the organisation&apos;s recovery code (asked for, or the first line of standard input with --password-stdin)</source>
        <translation>adfer gyda chod adfer y sefydliad (gofynnir amdano, neu linell gyntaf y mewnbwn safonol gyda --password-stdin)</translation>
    </message>
    <message>
        <source>the backup&apos;s .rdb file (its .rdkeys file must be beside it)</source>
        <translation>ffeil .rdb y copi wrth gefn (rhaid i&apos;w ffeil .rdkeys fod wrth ei hymyl)</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>peidio â gofyn am gadarnhad</translation>
    </message>
    <message>
        <source>check the vault&apos;s integrity and audit trail</source>
        <translation>gwirio cywirdeb y gronfa ddiogel a&apos;r trywydd archwilio</translation>
    </message>
    <message>
        <source>Check every page of the vault file and the audit trail&apos;s hash chain.
Exit 0 when all is well; 1 with each problem listed.</source>
        <translation>Gwirio pob tudalen o ffeil y gronfa ddiogel a chadwyn stwnsh y trywydd archwilio.
Gadael â 0 pan fo popeth yn iawn; 1 gyda phob problem wedi&apos;i rhestru.</translation>
    </message>
    <message>
        <source>give an account a new password, using the recovery code</source>
        <translation>rhoi cyfrinair newydd i gyfrif, gan ddefnyddio&apos;r cod adfer</translation>
    </message>
    <message>
        <source>For when every administrator has forgotten her password: the recovery
code shown at set-up gives an account (--user) a new password, and
switches it back on if it was off. With --password-stdin, standard
input holds the recovery code, then the new password, one a line.
To restore a backup with the recovery code (a vault whose key file is
lost or damaged): refugedesk restore --recovery-code --from FILE.</source>
        <translation>Ar gyfer pan fydd pob gweinyddwr wedi anghofio ei chyfrinair: mae&apos;r cod adfer
a ddangoswyd wrth osod yn rhoi cyfrinair newydd i gyfrif (--user), ac
yn ei droi&apos;n ôl ymlaen os oedd wedi&apos;i ddiffodd. Gyda --password-stdin, mae&apos;r
mewnbwn safonol yn cynnwys y cod adfer, yna&apos;r cyfrinair newydd, un ar bob llinell.
I adfer copi wrth gefn gyda&apos;r cod adfer (cronfa ddiogel y mae ei ffeil allweddi
ar goll neu wedi&apos;i difrodi): refugedesk restore --recovery-code --from FFEIL.</translation>
    </message>
    <message>
        <source>sign the staff accounts of a vault made before they were signed</source>
        <translation>llofnodi cyfrifon staff cronfa ddiogel a wnaed cyn iddynt gael eu llofnodi</translation>
    </message>
    <message>
        <source>Once, for a vault made by an older RefugeDesk: an administrator (--user)
gives the recovery code, and from then on a change made outside
RefugeDesk to who may do what is refused and noticed. With
--password-stdin, standard input holds your password, then the code.</source>
        <translation>Unwaith, ar gyfer cronfa ddiogel a wnaed gan RefugeDesk hŷn: mae gweinyddwr (--user)
yn rhoi&apos;r cod adfer, ac o hynny ymlaen mae newid i bwy gaiff wneud beth a wneir
y tu allan i RefugeDesk yn cael ei wrthod a&apos;i sylwi. Gyda
--password-stdin, mae&apos;r mewnbwn safonol yn cynnwys eich cyfrinair, yna&apos;r cod.</translation>
    </message>
    <message>
        <source>what is due under the retention schedule</source>
        <translation>beth sy&apos;n ddyledus o dan yr amserlen cadw cofnodion</translation>
    </message>
    <message>
        <source>List what is due for review under the retention schedule (managers and
administrators): references and dates only, never names. With --apply,
carry out the anonymise and erase decisions a manager has approved, and
remove drafts past their time. Cannot be undone; backups keep what was
removed until they expire.</source>
        <translation>Rhestru beth sy&apos;n ddyledus i&apos;w adolygu o dan yr amserlen cadw cofnodion (rheolwyr a
gweinyddwyr): cyfeirnodau a dyddiadau yn unig, byth enwau. Gyda --apply,
cyflawni&apos;r penderfyniadau i wneud yn ddienw ac i ddileu y mae rheolwr wedi&apos;u cymeradwyo, a
thynnu drafftiau sydd wedi mynd heibio&apos;u hamser. Nid oes modd dadwneud hyn; mae copïau
wrth gefn yn cadw&apos;r hyn a dynnwyd nes iddynt ddod i ben.</translation>
    </message>
    <message>
        <source>carry out the approved decisions (cannot be undone)</source>
        <translation>cyflawni&apos;r penderfyniadau a gymeradwywyd (nid oes modd dadwneud)</translation>
    </message>
    <message>
        <source>say what to export</source>
        <translation>dywedwch beth i&apos;w allforio</translation>
    </message>
    <message>
        <source>export a report to a spreadsheet</source>
        <translation>allforio adroddiad i daenlen</translation>
    </message>
    <message>
        <source>Export a report to a spreadsheet.</source>
        <translation>Allforio adroddiad i daenlen.</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>adroddiadau</translation>
    </message>
    <message>
        <source>room-nights used and free</source>
        <translation>nosweithiau ystafell a ddefnyddiwyd ac sy&apos;n rhydd</translation>
    </message>
    <message>
        <source>Export occupancy (room-nights used and free, per house) for a period
to an .xlsx file. Without --include-names it holds no resident names.</source>
        <translation>Allforio deiliadaeth (nosweithiau ystafell a ddefnyddiwyd ac sy&apos;n rhydd, fesul tŷ) am
gyfnod i ffeil .xlsx. Heb --include-names nid yw&apos;n cynnwys enwau preswylwyr.</translation>
    </message>
    <message>
        <source>first night, e.g. 2026-01-01</source>
        <translation>y noson gyntaf, e.e. 2026-01-01</translation>
    </message>
    <message>
        <source>last night, e.g. 2026-03-31</source>
        <translation>y noson olaf, e.e. 2026-03-31</translation>
    </message>
    <message>
        <source>the spreadsheet to write</source>
        <translation>y daenlen i&apos;w hysgrifennu</translation>
    </message>
    <message>
        <source>include residents&apos; names (the file is not encrypted)</source>
        <translation>cynnwys enwau preswylwyr (nid yw&apos;r ffeil wedi&apos;i hamgryptio)</translation>
    </message>
    <message>
        <source>for funders and commissioners: small counts hidden</source>
        <translation>ar gyfer cyllidwyr a chomisiynwyr: niferoedd bach wedi&apos;u cuddio</translation>
    </message>
    <message>
        <source>what changed for the women supported</source>
        <translation>beth newidiodd i&apos;r menywod a gefnogwyd</translation>
    </message>
    <message>
        <source>Export outcomes (goals achieved, needs scores, exits, MARAC and
referrals out, per house) for a period to an .xlsx file. It holds
counts only, no resident names.</source>
        <translation>Allforio canlyniadau (nodau a gyflawnwyd, sgoriau anghenion, ymadawiadau, MARAC ac
atgyfeiriadau allan, fesul tŷ) am gyfnod i ffeil .xlsx. Mae&apos;n cynnwys
niferoedd yn unig, dim enwau preswylwyr.</translation>
    </message>
    <message>
        <source>first day, e.g. 2026-01-01</source>
        <translation>y diwrnod cyntaf, e.e. 2026-01-01</translation>
    </message>
    <message>
        <source>last day, e.g. 2026-03-31</source>
        <translation>y diwrnod olaf, e.e. 2026-03-31</translation>
    </message>
    <message>
        <source>everything held about one resident, for her (a subject access request)</source>
        <translation>popeth a gedwir am un preswylydd, iddi hi (cais am fynediad at ddata)</translation>
    </message>
    <message>
        <source>Export everything held about one resident (--resident, her reference) to a
.zip: a readable PDF, JSON per area and a README. Managers and
administrators only. The default review list is withheld (other residents,
the person she left, staff-only risk notes, notes that seem to name someone
else) and printed; review it in the app to release more.</source>
        <translation>Allforio popeth a gedwir am un preswylydd (--resident, ei chyfeirnod) i ffeil
.zip: PDF i&apos;w ddarllen, JSON fesul maes a README. Rheolwyr a
gweinyddwyr yn unig. Mae&apos;r rhestr adolygu arferol yn cael ei hatal (preswylwyr eraill,
y person a adawodd hi, nodiadau risg i staff yn unig, nodiadau sy&apos;n ymddangos fel pe baent yn enwi
rhywun arall) a&apos;i hargraffu; adolygwch hi yn yr ap i ryddhau mwy.</translation>
    </message>
    <message>
        <source>her reference, as lists show it</source>
        <translation>ei chyfeirnod, fel y mae rhestrau&apos;n ei ddangos</translation>
    </message>
    <message>
        <source>the .zip to write</source>
        <translation>y ffeil .zip i&apos;w hysgrifennu</translation>
    </message>
    <message>
        <source>say what to do with the server</source>
        <translation>dywedwch beth i&apos;w wneud gyda&apos;r gweinydd</translation>
    </message>
    <message>
        <source>set up the service&apos;s PostgreSQL server, or connect to it</source>
        <translation>gosod gweinydd PostgreSQL y gwasanaeth, neu gysylltu ag ef</translation>
    </message>
    <message>
        <source>The service&apos;s records on a PostgreSQL server (for services with several
houses and offices): set it up, or write the profile each office opens.</source>
        <translation>Cofnodion y gwasanaeth ar weinydd PostgreSQL (ar gyfer gwasanaethau â sawl
tŷ a swyddfa): ei osod, neu ysgrifennu&apos;r proffil y mae pob swyddfa&apos;n ei agor.</translation>
    </message>
    <message>
        <source>the server&apos;s name, as its certificate gives it</source>
        <translation>enw&apos;r gweinydd, fel y mae ei dystysgrif yn ei roi</translation>
    </message>
    <message>
        <source>its port (default 5432)</source>
        <translation>ei borth (diofyn: 5432)</translation>
    </message>
    <message>
        <source>the service&apos;s database on it</source>
        <translation>cronfa ddata&apos;r gwasanaeth arno</translation>
    </message>
    <message>
        <source>the certificate of the authority that signed the server&apos;s certificate</source>
        <translation>tystysgrif yr awdurdod a lofnododd dystysgrif y gweinydd</translation>
    </message>
    <message>
        <source>move a vault file onto the service&apos;s server, checked record by record</source>
        <translation>symud ffeil cronfa ddiogel i weinydd y gwasanaeth, wedi&apos;i gwirio fesul cofnod</translation>
    </message>
    <message>
        <source>Move the vault file onto the service&apos;s PostgreSQL server: a new, empty database
(made if it does not exist) gets every record, the audit trail unbroken, and
is then checked record by record against the file, which is never changed.
Signs in to the vault as an administrator (--user) and to the server as its
superuser (--superuser). Prints a new recovery code once. With
--password-stdin, standard input holds your RefugeDesk password, then the
server user&apos;s password, one a line.</source>
        <translation>Symud ffeil y gronfa ddiogel i weinydd PostgreSQL y gwasanaeth: mae cronfa ddata newydd,
wag (a wneir os nad yw&apos;n bodoli) yn cael pob cofnod, a&apos;r trywydd archwilio heb dorri,
ac yna caiff ei gwirio fesul cofnod yn erbyn y ffeil, nad yw byth yn newid.
Yn mewngofnodi i&apos;r gronfa ddiogel fel gweinyddwr (--user) ac i&apos;r gweinydd fel ei
uwchddefnyddiwr (--superuser). Yn dangos cod adfer newydd unwaith. Gyda
--password-stdin, mae&apos;r mewnbwn safonol yn dal eich cyfrinair RefugeDesk, yna
cyfrinair defnyddiwr y gweinydd, un ar bob llinell.</translation>
    </message>
    <message>
        <source>set up a service&apos;s database on its server, and its first administrator</source>
        <translation>gosod cronfa ddata gwasanaeth ar ei weinydd, a&apos;i weinyddwr cyntaf</translation>
    </message>
    <message>
        <source>Set up the service&apos;s database on its PostgreSQL server (made if it does not
exist) and its first administrator, signing in as the server&apos;s superuser
(or a role that may create roles and databases). The connection is
encrypted and the server&apos;s certificate checked against --ca. Refused,
changing nothing, if the database is already set up. Prints the recovery
code once, then what to put in pg_hba.conf and postgresql.conf.
With --password-stdin, standard input holds the superuser&apos;s password,
then the administrator&apos;s new password, one a line.</source>
        <translation>Gosod cronfa ddata&apos;r gwasanaeth ar ei weinydd PostgreSQL (caiff ei gwneud os nad
yw&apos;n bodoli) a&apos;i weinyddwr cyntaf, gan fewngofnodi fel uwchddefnyddiwr y
gweinydd (neu rôl sy&apos;n cael creu rolau a chronfeydd data). Mae&apos;r cysylltiad
wedi&apos;i amgryptio a chaiff tystysgrif y gweinydd ei gwirio yn erbyn --ca. Caiff
ei wrthod, heb newid dim, os yw&apos;r gronfa ddata wedi&apos;i gosod eisoes. Mae&apos;n
dangos y cod adfer unwaith, ac yna beth i&apos;w roi yn pg_hba.conf a postgresql.conf.
Gyda --password-stdin, mae&apos;r mewnbwn safonol yn dal cyfrinair yr
uwchddefnyddiwr, ac yna cyfrinair newydd y gweinyddwr, un ar bob llinell.</translation>
    </message>
    <message>
        <source>the server user to set it up as (often postgres)</source>
        <translation>y defnyddiwr ar y gweinydd sy&apos;n ei osod (postgres yn aml)</translation>
    </message>
    <message>
        <source>the first administrator&apos;s username</source>
        <translation>enw defnyddiwr y gweinyddwr cyntaf</translation>
    </message>
    <message>
        <source>her name, as colleagues know her</source>
        <translation>ei henw, fel y mae cydweithwyr yn ei hadnabod</translation>
    </message>
    <message>
        <source>also write the server profile for the offices here</source>
        <translation>ysgrifennu proffil y gweinydd ar gyfer y swyddfeydd yma hefyd</translation>
    </message>
    <message>
        <source>Before they can sign in to the server, an administrator gives each of these colleagues a first password in Admin (Set new password): {names}</source>
        <translation>Cyn y gallan nhw fewngofnodi i&apos;r gweinydd, mae gweinyddwr yn rhoi cyfrinair cyntaf i bob un o&apos;r cydweithwyr hyn yn Gweinyddu (Gosod cyfrinair newydd): {names}</translation>
    </message>
    <message>
        <source>write the profile an office uses to reach the server</source>
        <translation>ysgrifennu&apos;r proffil y mae swyddfa&apos;n ei ddefnyddio i gyrraedd y gweinydd</translation>
    </message>
    <message>
        <source>Check that the server answers with a certificate the authority (--ca)
vouches for, then write the server profile (--save). No password is
asked for, and nobody&apos;s is sent: each person&apos;s is checked when she signs in.</source>
        <translation>Gwirio bod y gweinydd yn ateb gyda thystysgrif y mae&apos;r awdurdod (--ca)
yn ei gwarantu, ac yna ysgrifennu proffil y gweinydd (--save). Ni ofynnir am
gyfrinair, ac ni anfonir cyfrinair neb: caiff cyfrinair pob un ei wirio pan fydd
hi&apos;n mewngofnodi.</translation>
    </message>
    <message>
        <source>where to write the profile</source>
        <translation>ble i ysgrifennu&apos;r proffil</translation>
    </message>
    <message>
        <source>bring the records on the server to this release&apos;s form</source>
        <translation>diweddaru&apos;r cofnodion ar y gweinydd i ffurf y fersiwn hon</translation>
    </message>
    <message>
        <source>After installing a new release of RefugeDesk: bring the service&apos;s records on its
server to the form the release uses, and make the server&apos;s rules (who may
read and change what) again, in one step that changes nothing if any part
fails. Signs in as the server&apos;s superuser (or a role that may create
roles). Refused, changing nothing, while anyone is connected: ask
everyone to close RefugeDesk first. With --password-stdin, standard
input holds the server user&apos;s password.</source>
        <translation>Ar ôl gosod fersiwn newydd o RefugeDesk: diweddaru cofnodion y gwasanaeth ar ei
weinydd i&apos;r ffurf y mae&apos;r fersiwn yn ei defnyddio, a gwneud rheolau&apos;r gweinydd (pwy
sy&apos;n cael darllen a newid beth) eto, mewn un cam sy&apos;n newid dim os bydd unrhyw ran
yn methu. Yn mewngofnodi fel uwchddefnyddiwr y gweinydd (neu rôl sy&apos;n cael creu
rolau). Caiff ei wrthod, heb newid dim, tra bo unrhyw un wedi cysylltu: gofynnwch i
bawb gau RefugeDesk yn gyntaf. Gyda --password-stdin, mae&apos;r mewnbwn safonol
yn dal cyfrinair defnyddiwr y gweinydd.</translation>
    </message>
    <message>
        <source>the server user to sign in as (often postgres)</source>
        <translation>defnyddiwr y gweinydd i fewngofnodi fel (postgres yn aml)</translation>
    </message>
    <message>
        <source>read the server user&apos;s password from the first line of standard input</source>
        <translation>darllen cyfrinair defnyddiwr y gweinydd o linell gyntaf y mewnbwn safonol</translation>
    </message>
    <message>
        <source>stopped.</source>
        <extracomment>The Qt application the command line makes when there is none (kept for the whole run).</extracomment>
        <translation>wedi stopio.</translation>
    </message>
    <message>
        <source>something went wrong inside RefugeDesk ({kind}). Nothing more is shown, to keep the vault&apos;s contents private. Run again with REFUGEDESK_DEBUG=1 to see the details.</source>
        <translation>aeth rhywbeth o&apos;i le y tu mewn i RefugeDesk ({kind}). Nid oes dim mwy yn cael ei ddangos, er mwyn cadw cynnwys y gronfa ddiogel yn breifat. Rhedwch eto gyda REFUGEDESK_DEBUG=1 i weld y manylion.</translation>
    </message>
</context>
<context>
    <name>ConsentCovers</name>
    <message>
        <source>She agreed to share with</source>
        <extracomment>Ticks side by side: two, so the longer Welsh names (&quot;Gwasanaethau cyffuriau neu alcohol&quot;) still fit a 1366x768 screen at 150% (three needed 982 of its 910 pixels).</extracomment>
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
    <name>DateEntry</name>
    <message>
        <source>dd/mm/yyyy</source>
        <extracomment>Shown through translate(&quot;DateEntry&quot;, ...): the language is chosen after import.</extracomment>
        <translation>dd/mm/bbbb</translation>
    </message>
    <message>
        <source>Write the date as day/month/year, for example 14/03/2019.</source>
        <translation>Ysgrifennwch y dyddiad fel diwrnod/mis/blwyddyn, er enghraifft 14/03/2019.</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <extracomment>`date` inside the classes below is their own method (as in Qt&apos;s): this names the type.</extracomment>
        <translation>Dewiswch y dyddiad ar galendr</translation>
    </message>
    <message>
        <source>Day, month and year, for example 14/03/2026</source>
        <translation>Diwrnod, mis a blwyddyn, er enghraifft 14/03/2026</translation>
    </message>
    <message>
        <source>{name}: choose on a calendar</source>
        <translation>{name}: dewis ar galendr</translation>
    </message>
    <message>
        <source>Not a date from {first} to {last}: kept {day}</source>
        <translation>Nid yw&apos;n ddyddiad rhwng {first} a {last}: cadwyd {day}</translation>
    </message>
    <message>
        <source>{name}: day</source>
        <translation>{name}: diwrnod</translation>
    </message>
    <message>
        <source>{name}: time (hours and minutes)</source>
        <translation>{name}: amser (oriau a munudau)</translation>
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
    <name>Dialogs</name>
    <message>
        <source>Lock now</source>
        <translation>Cloi nawr</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
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
        <source>RefugeDesk could not open the service&apos;s key, so it did not send or show the protected details (addresses, notes, code words). Nothing was saved. Sign in again.</source>
        <translation>Nid oedd modd i RefugeDesk agor allwedd y gwasanaeth, felly ni anfonodd na dangos y manylion gwarchodedig (cyfeiriadau, nodiadau, geiriau cod). Does dim wedi&apos;i gadw. Mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>The server profile (the .rdserver file) or the certificate beside it is missing or damaged. Set it up again with &apos;refugedesk server connect&apos;, or ask your administrator for a copy.</source>
        <translation>Mae proffil y gweinydd (y ffeil .rdserver) neu&apos;r dystysgrif wrth ei ymyl ar goll neu wedi&apos;i ddifrodi. Gosodwch ef eto gyda &apos;refugedesk server connect&apos;, neu gofynnwch i&apos;ch gweinyddwr am gopi.</translation>
    </message>
    <message>
        <source>The service&apos;s server cannot be reached just now, so nothing was saved or changed. Check this computer&apos;s network connection and try again. If it keeps happening, tell your administrator.</source>
        <translation>Does dim modd cyrraedd gweinydd y gwasanaeth ar hyn o bryd, felly does dim wedi&apos;i gadw na&apos;i newid. Gwiriwch gysylltiad rhwydwaith y cyfrifiadur hwn a rhowch gynnig arall arni. Os yw&apos;n dal i ddigwydd, dywedwch wrth eich gweinyddwr.</translation>
    </message>
    <message>
        <source>The service&apos;s server keeps its records in an older form than this copy of RefugeDesk uses, so RefugeDesk did not open them and nothing was changed. Tell whoever runs the server: the records there must be brought up to date first (refugedesk server upgrade).</source>
        <translation>Mae gweinydd y gwasanaeth yn cadw ei gofnodion mewn ffurf hŷn nag y mae&apos;r copi hwn o RefugeDesk yn ei defnyddio, felly nid agorodd RefugeDesk nhw ac ni newidiwyd dim. Dywedwch wrth bwy bynnag sy&apos;n rhedeg y gweinydd: rhaid diweddaru&apos;r cofnodion yno yn gyntaf (refugedesk server upgrade).</translation>
    </message>
    <message>
        <source>The service&apos;s server keeps its records in a form this copy of RefugeDesk does not know (a newer RefugeDesk set them up), so it did not open them and nothing was changed. Install the RefugeDesk the rest of your service uses.</source>
        <translation>Mae gweinydd y gwasanaeth yn cadw ei gofnodion mewn ffurf nad yw&apos;r copi hwn o RefugeDesk yn ei hadnabod (fe&apos;u sefydlwyd gan RefugeDesk mwy newydd), felly nid agorodd nhw ac ni newidiwyd dim. Gosodwch y RefugeDesk y mae gweddill eich gwasanaeth yn ei ddefnyddio.</translation>
    </message>
    <message>
        <source>RefugeDesk could not confirm that this is your service&apos;s server (its certificate does not match), so it did not send your password. Tell your administrator.</source>
        <translation>Nid oedd modd i RefugeDesk gadarnhau mai hwn yw gweinydd eich gwasanaeth (nid yw ei dystysgrif yn cyfateb), felly ni anfonodd eich cyfrinair. Dywedwch wrth eich gweinyddwr.</translation>
    </message>
    <message>
        <source>That database on the server is already set up for RefugeDesk, so nothing was changed. To add staff, an administrator signs in to RefugeDesk. To start again, whoever runs the server must remove the database first.</source>
        <translation>Mae&apos;r gronfa ddata honno ar y gweinydd wedi&apos;i gosod ar gyfer RefugeDesk eisoes, felly does dim wedi&apos;i newid. I ychwanegu staff, mae gweinyddwr yn mewngofnodi i RefugeDesk. I ddechrau eto, rhaid i bwy bynnag sy&apos;n rhedeg y gweinydd dynnu&apos;r gronfa ddata yn gyntaf.</translation>
    </message>
    <message>
        <source>This server already holds another RefugeDesk service (the database {database}), so nothing was changed. Each service needs a PostgreSQL server of its own: staff logins on one server reach every RefugeDesk database on it.</source>
        <translation>Mae&apos;r gweinydd hwn eisoes yn dal gwasanaeth RefugeDesk arall (y gronfa ddata {database}), felly ni newidiwyd dim. Mae angen gweinydd PostgreSQL ei hun ar bob gwasanaeth: mae mewngofnodion staff ar un gweinydd yn cyrraedd pob cronfa ddata RefugeDesk arno.</translation>
    </message>
    <message>
        <source>That database on the server is not set up for RefugeDesk, so there is nothing to bring up to date and nothing was changed. Check the database&apos;s name; a new service is set up with refugedesk server init.</source>
        <translation>Nid yw&apos;r gronfa ddata honno ar y gweinydd wedi&apos;i gosod ar gyfer RefugeDesk, felly does dim i&apos;w ddiweddaru ac ni newidiwyd dim. Gwiriwch enw&apos;r gronfa ddata; caiff gwasanaeth newydd ei osod gyda refugedesk server init.</translation>
    </message>
    <message>
        <source>The service&apos;s records are in use, so nothing was changed. Ask everyone to close RefugeDesk (a copy left open on a computer counts too, and so does a backup or another program connected to the database), then try again.</source>
        <translation>Mae cofnodion y gwasanaeth yn cael eu defnyddio, felly ni newidiwyd dim. Gofynnwch i bawb gau RefugeDesk (mae copi sydd ar agor ar gyfrifiadur yn cyfrif hefyd, a chopi wrth gefn neu raglen arall sydd wedi cysylltu â&apos;r gronfa ddata), yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Connected now: {names}.</source>
        <translation>Wedi cysylltu nawr: {names}.</translation>
    </message>
    <message>
        <source>After bringing the records up to date their form still differs from the one this copy of RefugeDesk uses, so the whole step was undone and nothing was changed. Keep using the release you had, and send this to RefugeDesk&apos;s developers: {differences}</source>
        <translation>Ar ôl diweddaru&apos;r cofnodion mae eu ffurf yn dal yn wahanol i&apos;r un y mae&apos;r copi hwn o RefugeDesk yn ei defnyddio, felly dadwnaed y cam cyfan ac ni newidiwyd dim. Daliwch ati i ddefnyddio&apos;r fersiwn oedd gennych, ac anfonwch hyn at ddatblygwyr RefugeDesk: {differences}</translation>
    </message>
    <message>
        <source>That database on the server already holds other tables, so RefugeDesk did not set it up and nothing was changed. Give the name of a new database (it will be made) or of an empty one.</source>
        <translation>Mae tablau eraill yn y gronfa ddata honno ar y gweinydd eisoes, felly ni wnaeth RefugeDesk ei gosod a does dim wedi&apos;i newid. Rhowch enw cronfa ddata newydd (caiff ei gwneud) neu un wag.</translation>
    </message>
    <message>
        <source>Setting up needs the server&apos;s superuser (often called postgres) or a role that may create roles and databases. That user may not, so nothing was changed.</source>
        <translation>I osod, mae angen uwchddefnyddiwr y gweinydd (postgres yn aml) neu rôl sy&apos;n cael creu rolau a chronfeydd data. Nid yw&apos;r defnyddiwr hwnnw&apos;n cael gwneud hynny, felly does dim wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>The server does not let that user reach that database from this computer (its pg_hba.conf has no line for it). Check the user and the database&apos;s name, or ask whoever runs the server.</source>
        <translation>Nid yw&apos;r gweinydd yn gadael i&apos;r defnyddiwr hwnnw gyrraedd y gronfa ddata honno o&apos;r cyfrifiadur hwn (does dim llinell ar ei gyfer yn pg_hba.conf). Gwiriwch y defnyddiwr ac enw&apos;r gronfa ddata, neu gofynnwch i bwy bynnag sy&apos;n rhedeg y gweinydd.</translation>
    </message>
    <message>
        <source>There is no key for your account on the server, so the protected details cannot be opened. Ask your administrator to give you one.</source>
        <translation>Does dim allwedd i&apos;ch cyfrif ar y gweinydd, felly does dim modd agor y manylion gwarchodedig. Gofynnwch i&apos;ch gweinyddwr roi un i chi.</translation>
    </message>
    <message>
        <source>Your key on the service&apos;s server has been changed there, so RefugeDesk has not used it: nothing was opened or saved. Tell your administrator.</source>
        <translation>Mae eich allwedd ar weinydd y gwasanaeth wedi cael ei newid yno, felly nid yw RefugeDesk wedi ei defnyddio: ni agorwyd nac arbedwyd dim. Dywedwch wrth eich gweinyddwr.</translation>
    </message>
    <message>
        <source>The service&apos;s key was changed since you last signed in, and RefugeDesk could not pass the new one to you. Ask your administrator to give you a new password.</source>
        <translation>Newidiwyd allwedd y gwasanaeth ers i chi fewngofnodi ddiwethaf, ac nid oedd modd i RefugeDesk roi&apos;r un newydd i chi. Gofynnwch i&apos;ch gweinyddwr roi cyfrinair newydd i chi.</translation>
    </message>
    <message>
        <source>An administrator changed the service&apos;s key while you were signed in, so nothing was saved. Sign out, then sign in again.</source>
        <translation>Newidiodd gweinyddwr allwedd y gwasanaeth tra oeddech wedi mewngofnodi, felly does dim wedi&apos;i gadw. Allgofnodwch, yna mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>Others are connected to the service&apos;s records, so the key was not changed. Ask them to close RefugeDesk, then try again. Connected now: {names}.</source>
        <translation>Mae eraill wedi&apos;u cysylltu â chofnodion y gwasanaeth, felly ni newidiwyd yr allwedd. Gofynnwch iddyn nhw gau RefugeDesk, yna rhowch gynnig arall arni. Wedi&apos;u cysylltu nawr: {names}.</translation>
    </message>
    <message>
        <source>The key was not changed: the organisation&apos;s recovery code was set up by an older RefugeDesk and cannot be carried over to a new key without it. Type the recovery code to carry it over. Nothing was changed.</source>
        <translation>Ni newidiwyd yr allwedd: sefydlwyd cod adfer y sefydliad gan RefugeDesk hŷn ac nid oes modd ei drosglwyddo i allwedd newydd hebddo. Teipiwch y cod adfer i&apos;w drosglwyddo. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Some protected details on the server cannot be read with your service&apos;s key: they may have been changed on the server. Nothing was changed here. Tell your administrator.</source>
        <translation>Does dim modd darllen rhai manylion gwarchodedig ar y gweinydd gydag allwedd eich gwasanaeth: efallai eu bod wedi&apos;u newid ar y gweinydd. Does dim wedi&apos;i newid yma. Dywedwch wrth eich gweinyddwr.</translation>
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
    <message>
        <source>The records on the server do not match the vault file, so the move is not finished. The vault file is unchanged: keep using it, and tell your administrator.</source>
        <translation>Nid yw&apos;r cofnodion ar y gweinydd yn cyfateb i ffeil y gronfa ddiogel, felly nid yw&apos;r symud wedi gorffen. Does dim wedi newid yn ffeil y gronfa ddiogel: daliwch i&apos;w defnyddio, a dywedwch wrth eich gweinyddwr.</translation>
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
    <name>FirstRun</name>
    <message>
        <source>RefugeDesk — welcome</source>
        <translation>RefugeDesk — croeso</translation>
    </message>
    <message>
        <source>Welcome to RefugeDesk</source>
        <translation>Croeso i RefugeDesk</translation>
    </message>
    <message>
        <source>There is no RefugeDesk vault on this computer yet. The vault is one encrypted file that holds your service&apos;s records; only your staff&apos;s passwords open it.</source>
        <translation>Does dim cronfa ddiogel RefugeDesk ar y cyfrifiadur hwn eto. Un ffeil wedi&apos;i hamgryptio yw&apos;r gronfa ddiogel, ac mae&apos;n dal cofnodion eich gwasanaeth; dim ond cyfrineiriau eich staff sy&apos;n ei hagor.</translation>
    </message>
    <message>
        <source>Set up my service
Create your service&apos;s vault and your own administrator account. It takes a few minutes.</source>
        <translation>Sefydlu fy ngwasanaeth
Creu cronfa ddiogel eich gwasanaeth a&apos;ch cyfrif gweinyddwr eich hun.
Mae&apos;n cymryd ychydig funudau.</translation>
    </message>
    <message>
        <source>Set up my service</source>
        <translation>Sefydlu fy ngwasanaeth</translation>
    </message>
    <message>
        <source>Try the demo (fictional people only)
A practice vault with made-up staff. Nothing you do there touches real records.</source>
        <translation>Rhoi cynnig ar y demo (pobl ddychmygol yn unig)
Cronfa ddiogel i ymarfer, gyda staff dychmygol.
Does dim byd a wnewch chi yno&apos;n cyffwrdd â chofnodion go iawn.</translation>
    </message>
    <message>
        <source>Try the demo, fictional people only</source>
        <translation>Rhoi cynnig ar y demo, pobl ddychmygol yn unig</translation>
    </message>
    <message>
        <source>Open a vault kept somewhere else…</source>
        <translation>Agor cronfa ddiogel sy&apos;n cael ei chadw rywle arall…</translation>
    </message>
    <message>
        <source>RefugeDesk looked for a vault at: {path}</source>
        <translation>Chwiliodd RefugeDesk am gronfa ddiogel yma: {path}</translation>
    </message>
    <message>
        <source>RefugeDesk — set up my service</source>
        <translation>RefugeDesk — sefydlu fy ngwasanaeth</translation>
    </message>
    <message>
        <source>Making the demo vault…</source>
        <translation>Wrthi&apos;n gwneud y gronfa ddiogel demo…</translation>
    </message>
    <message>
        <source>Open a RefugeDesk vault</source>
        <translation>Agor cronfa ddiogel RefugeDesk</translation>
    </message>
    <message>
        <source>RefugeDesk vaults (*.rdb)</source>
        <translation>Cronfeydd diogel RefugeDesk (*.rdb)</translation>
    </message>
    <message>
        <source>You will be the first administrator. You can add your colleagues once this is done.</source>
        <translation>Chi fydd y gweinyddwr cyntaf. Gallwch ychwanegu eich cydweithwyr ar ôl gwneud hyn.</translation>
    </message>
    <message>
        <source>Connect to your service&apos;s server…</source>
        <translation>Cysylltu â gweinydd eich gwasanaeth…</translation>
    </message>
    <message>
        <source>RefugeDesk vaults and server profiles (*.rdb *.rdserver)</source>
        <translation>Cronfeydd diogel a phroffiliau gweinydd RefugeDesk (*.rdb *.rdserver)</translation>
    </message>
    <message>
        <source>Name of your service</source>
        <translation>Enw eich gwasanaeth</translation>
    </message>
    <message>
        <source>e.g. Riverside Women&apos;s Refuge</source>
        <translation>e.e. Lloches Menywod Glan yr Afon</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Your username</source>
        <translation>Eich enw defnyddiwr</translation>
    </message>
    <message>
        <source>letters and numbers, e.g. amina</source>
        <translation>llythrennau a rhifau, e.e. amina</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Where the vault is kept</source>
        <translation>Ble mae&apos;r gronfa ddiogel yn cael ei chadw</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Pori…</translation>
    </message>
    <message>
        <source>Choose where the vault is kept</source>
        <translation>Dewis ble mae&apos;r gronfa ddiogel yn cael ei chadw</translation>
    </message>
    <message>
        <source>Vault location</source>
        <translation>Lleoliad y gronfa ddiogel</translation>
    </message>
    <message>
        <source>Its key file (.rdkeys) is kept beside it. The usual place is fine unless your IT team says otherwise.</source>
        <translation>Mae ei ffeil allwedd (.rdkeys) yn cael ei chadw wrth ei hochr. Mae&apos;r lle arferol yn iawn oni bai bod eich tîm TG yn dweud yn wahanol.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Creu&apos;r gronfa ddiogel</translation>
    </message>
    <message>
        <source>Where should the vault be kept?</source>
        <translation>Ble dylid cadw&apos;r gronfa ddiogel?</translation>
    </message>
    <message>
        <source>Choose where the vault is kept.</source>
        <translation>Dewiswch ble mae&apos;r gronfa ddiogel yn cael ei chadw.</translation>
    </message>
    <message>
        <source>Setting up the vault…</source>
        <translation>Wrthi&apos;n sefydlu&apos;r gronfa ddiogel…</translation>
    </message>
    <message>
        <source>RefugeDesk — your recovery code</source>
        <translation>RefugeDesk — eich cod adfer</translation>
    </message>
    <message>
        <source>Your vault is ready. Keep this recovery code safe.</source>
        <translation>Mae eich cronfa ddiogel yn barod. Cadwch y cod adfer hwn yn ddiogel.</translation>
    </message>
    <message>
        <source>If every administrator forgets their password, this code is the only way back into the vault. It is shown now and never again.</source>
        <translation>Os bydd pob gweinyddwr yn anghofio ei gyfrinair, y cod hwn yw&apos;r unig ffordd yn ôl i mewn i&apos;r gronfa ddiogel. Mae&apos;n cael ei ddangos nawr, a byth eto.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <source>Write it down or print it now, and keep it offline: in a locked drawer or safe, away from this computer. Do not keep it in an e-mail, a phone photo or a file on this computer.</source>
        <translation>Ysgrifennwch ef neu ei argraffu nawr, a&apos;i gadw all-lein: mewn drôr neu sêff dan glo, i ffwrdd o&apos;r cyfrifiadur hwn. Peidiwch â&apos;i gadw mewn e-bost, llun ar ffôn na ffeil ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>I have written down or printed the code and kept it safe</source>
        <translation>Rydw i wedi ysgrifennu neu argraffu&apos;r cod a&apos;i gadw&apos;n ddiogel</translation>
    </message>
    <message>
        <source>I have kept the recovery code safe</source>
        <translation>Rydw i wedi cadw&apos;r cod adfer yn ddiogel</translation>
    </message>
    <message>
        <source>Continue to RefugeDesk</source>
        <translation>Ymlaen i RefugeDesk</translation>
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
    <name>Forms</name>
    <message>
        <source>Leave without saving?</source>
        <extracomment>The narrowest a form is drawn: its fields keep a usable width; wider forms say so. The last question it asked (tests answer it).</extracomment>
        <translation>Gadael heb gadw?</translation>
    </message>
    <message>
        <source>What you typed here is not saved yet. If you leave now, it is lost.</source>
        <translation>Nid yw&apos;r hyn a deipioch chi yma wedi&apos;i gadw eto. Os byddwch chi&apos;n gadael nawr, bydd yn cael ei golli.</translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation>Gadael heb gadw</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Parhau i olygu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>A message line per field key, so an error naming the field lands under it.</extracomment>
        <translation>Canslo</translation>
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
    <name>HousesPage</name>
    <message>
        <source>Offer…</source>
        <extracomment>(key, button text, dialog, the tile states it applies to); the text is shown through translate(&quot;HousesPage&quot;, ...).</extracomment>
        <translation>Cynnig…</translation>
    </message>
    <message>
        <source>Arrive…</source>
        <translation>Cyrraedd…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Symud…</translation>
    </message>
    <message>
        <source>Depart…</source>
        <translation>Gadael…</translation>
    </message>
    <message>
        <source>Correct this arrival…</source>
        <translation>Cywiro&apos;r cofnod cyrraedd…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Cau…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Ailagor…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; rooms</source>
        <comment>&lt;b&gt;%n&lt;/b&gt; room</comment>
        <extracomment>The room&apos;s action buttons per row of the panel under the board. House sections built at once when the set of houses is new; the rest follow a few at a time at the next turns of the event loop, so the first board shows at once with 60 houses (built and laid out in one go they froze the window for a quarter of a second).</extracomment>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; ystafell</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; ystafell</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; ystafell</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; ystafell</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; ystafell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rooms free</source>
        <comment>%n room free</comment>
        <translation>
            <numerusform>dim ystafell yn rhydd</numerusform>
            <numerusform>%n ystafell yn rhydd</numerusform>
            <numerusform>%n ystafell yn rhydd</numerusform>
            <numerusform>%n ystafell yn rhydd</numerusform>
            <numerusform>%n ystafell yn rhydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child places free</source>
        <comment>%n child place free</comment>
        <translation>
            <numerusform>dim lle i blant yn rhydd</numerusform>
            <numerusform>%n lle plentyn yn rhydd</numerusform>
            <numerusform>%n lle plentyn yn rhydd</numerusform>
            <numerusform>%n lle plentyn yn rhydd</numerusform>
            <numerusform>%n lle plentyn yn rhydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child places</source>
        <comment>%n child place</comment>
        <translation>
            <numerusform>%n lle plentyn</numerusform>
            <numerusform>%n lle plentyn</numerusform>
            <numerusform>%n lle plentyn</numerusform>
            <numerusform>%n lle plentyn</numerusform>
            <numerusform>%n lle plentyn</numerusform>
        </translation>
    </message>
    <message>
        <source>Tonight</source>
        <translation>Heno</translation>
    </message>
    <message>
        <source>The night of {day}</source>
        <translation>Noson {day}</translation>
    </message>
    <message>
        <source>{house} · {area} — {rooms}, {child_places}</source>
        <translation>{house} · {area} — {rooms}, {child_places}</translation>
    </message>
    <message>
        <source>Houses</source>
        <extracomment>This page&apos;s words with a count (refugedesk.i18n.Counted), in the &quot;HousesPage&quot; context whatever the class of the object (Qt&apos;s own tr() would take the runtime class&apos;s). Hides QWidget.scroll(), which is not virtual: Qt never calls it through Python. Houses whose sections are still to be built (see SECTIONS_PER_TURN), in order.</extracomment>
        <translation>Tai</translation>
    </message>
    <message>
        <source>Night of</source>
        <translation>Noson</translation>
    </message>
    <message>
        <source>Show the board for the night of</source>
        <translation>Dangos y bwrdd ar gyfer noson</translation>
    </message>
    <message>
        <source>◀ Day before</source>
        <translation>◀ Diwrnod cynt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>Day after ▶</source>
        <translation>Diwrnod wedyn ▶</translation>
    </message>
    <message>
        <source>Houses and rooms…</source>
        <translation>Tai ac ystafelloedd…</translation>
    </message>
    <message>
        <source>Managers and administrators add and retire houses and rooms.</source>
        <translation>Rheolwyr a gweinyddwyr sy&apos;n ychwanegu tai ac ystafelloedd ac yn eu dirwyn i ben.</translation>
    </message>
    <message>
        <source>Export occupancy…</source>
        <translation>Allforio deiliadaeth…</translation>
    </message>
    <message>
        <source>♿ wheelchair accessible</source>
        <translation>♿ hygyrch i gadair olwyn</translation>
    </message>
    <message>
        <source>Select a room to see who is there and what you can do.</source>
        <translation>Dewiswch ystafell i weld pwy sydd yno a beth allwch chi ei wneud.</translation>
    </message>
    <message>
        <source>Start her intake…</source>
        <translation>Dechrau ei derbyn…</translation>
    </message>
    <message>
        <source>Select an occupied room to put right its date or room, or record it in error.</source>
        <extracomment>The record the selected room&apos;s stay is on (None: no record yet).</extracomment>
        <translation>Dewiswch ystafell lawn i gywiro ei dyddiad neu ei hystafell, neu i&apos;w chofnodi mewn camgymeriad.</translation>
    </message>
    <message>
        <source>Cancel offer</source>
        <translation>Canslo&apos;r cynnig</translation>
    </message>
    <message>
        <source>{house}: {rooms}, {child_places}</source>
        <translation>{house}: {rooms}, {child_places}</translation>
    </message>
    <message>
        <source>No houses are open on this date. Houses and rooms are added by a manager.</source>
        <translation>Does dim tai ar agor ar y dyddiad hwn. Rheolwr sy&apos;n ychwanegu tai ac ystafelloedd.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{when}: {rooms}, {child_places}&lt;/b&gt; (cots included; rooms whose family leaves that day count as free).&lt;br&gt;{by_house}</source>
        <translation>&lt;b&gt;{when}: {rooms}, {child_places}&lt;/b&gt; (gan gynnwys cotiau; mae ystafell teulu sy&apos;n gadael y diwrnod hwnnw&apos;n rhydd).&lt;br&gt;{by_house}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{room}&lt;/b&gt; — {state}</source>
        <translation>&lt;b&gt;{room}&lt;/b&gt; — {state}</translation>
    </message>
    <message>
        <source>{name} (household {reference})</source>
        <translation>{name} (aelwyd {reference})</translation>
    </message>
    <message>
        <source>{children} · {nights}</source>
        <translation>{children} · {nights}</translation>
    </message>
    <message numerus="yes">
        <source>%n children</source>
        <comment>%n child</comment>
        <translation>
            <numerusform>dim plant</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nights so far</source>
        <comment>%n night so far</comment>
        <translation>
            <numerusform>%n noson hyd yma</numerusform>
            <numerusform>%n noson hyd yma</numerusform>
            <numerusform>%n noson hyd yma</numerusform>
            <numerusform>%n noson hyd yma</numerusform>
            <numerusform>%n noson hyd yma</numerusform>
        </translation>
    </message>
    <message>
        <source>Open her record</source>
        <translation>Agor ei chofnod</translation>
    </message>
    <message>
        <source>Her record, made by her intake and linked to this stay</source>
        <translation>Ei chofnod, wedi&apos;i wneud wrth ei derbyn ac wedi&apos;i gysylltu â&apos;r arhosiad hwn</translation>
    </message>
    <message>
        <source>Choose a room someone is staying in: her intake starts from her stay.</source>
        <translation>Dewiswch ystafell lle mae rhywun yn aros: mae ei derbyn yn dechrau o&apos;i harhosiad.</translation>
    </message>
    <message>
        <source>Her record is made, with this stay on it.</source>
        <translation>Mae ei chofnod wedi&apos;i wneud, gyda&apos;r arhosiad hwn arno.</translation>
    </message>
    <message>
        <source>This stay is on her record. Open it from the Residents page.</source>
        <translation>Mae&apos;r arhosiad hwn ar ei chofnod. Agorwch ef o&apos;r dudalen Preswylwyr.</translation>
    </message>
    <message>
        <source>Her arrival is recorded and her new stay is on her record, with her earlier reference.</source>
        <translation>Mae ei chyrraedd wedi&apos;i gofnodi ac mae ei harhosiad newydd ar ei chofnod, gyda&apos;i chyfeirnod blaenorol.</translation>
    </message>
    <message>
        <source>Her arrival is recorded. Start her intake now? It opens filled in from the arrival and the referral, and can be saved part-way.</source>
        <translation>Mae ei chyrraedd wedi&apos;i gofnodi. Dechrau ei derbyn nawr? Mae&apos;r ffurflen yn agor wedi&apos;i llenwi o&apos;r cofnod cyrraedd a&apos;r atgyfeiriad, a gellir ei chadw cyn ei gorffen.</translation>
    </message>
    <message>
        <source>Start her intake</source>
        <translation>Dechrau ei derbyn</translation>
    </message>
    <message>
        <source>Arrival recorded</source>
        <translation>Cyrraedd wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ddim nawr</translation>
    </message>
    <message>
        <source>Her record opens from the Residents page.</source>
        <translation>Mae ei chofnod yn agor o&apos;r dudalen Preswylwyr.</translation>
    </message>
    <message>
        <source>Cancel this offer?</source>
        <translation>Canslo&apos;r cynnig hwn?</translation>
    </message>
    <message>
        <source>{room} will no longer be held. The referral goes back to assessing.</source>
        <translation>Ni fydd {room} yn cael ei chadw mwyach. Mae&apos;r atgyfeiriad yn mynd yn ôl i gael ei asesu.</translation>
    </message>
    <message>
        <source>Cancel the offer</source>
        <translation>Canslo&apos;r cynnig</translation>
    </message>
    <message>
        <source>Keep the offer</source>
        <translation>Cadw&apos;r cynnig</translation>
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
    <name>Jobs</name>
    <message>
        <source>Stop</source>
        <extracomment>A job that ends sooner than this never shows its progress dialog (no flash on quick work). The progress dialog&apos;s Stop (marked here, translated when shown).</extracomment>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>{task} Stopping…</source>
        <extracomment>A job&apos;s function in pure Python (openpyxl writing a cell at a time) holds the interpreter lock, and its file writes let go of it only for an instant it takes straight back: the window&apos;s thread, waiting for the lock, could not run for over a second of an export. So from its progress calls the worker lets go of the lock for YIELD_FOR_S at least every YIELD_EVERY_S of work, long enough for the window&apos;s thread to take it. The worker thread&apos;s ident, once it has started (tests check it is not the window&apos;s). Whether operations has shown the outcome (and called on_done): tests wait for it. The progress dialog, once shown (None with an in-window bar, or before it shows).</extracomment>
        <translation>{task} Wrthi&apos;n stopio…</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>The key was not changed: the recovery code&apos;s key on the server was changed or removed there, and a new key would lose the recovery code. Nothing was changed. Tell whoever runs the server, and run Check the records.</source>
        <translation>Ni newidiwyd yr allwedd: cafodd allwedd y cod adfer ar y gweinydd ei newid neu ei thynnu yno, a byddai allwedd newydd yn colli&apos;r cod adfer. Ni newidiwyd dim. Dywedwch wrth bwy bynnag sy&apos;n rhedeg y gweinydd, a rhedwch Gwirio&apos;r cofnodion.</translation>
    </message>
    <message>
        <source>The key was not changed: a protected value in {place} (record {record}) cannot be opened with the service&apos;s key, so it was changed on the server. Nothing was changed. Run Check the records, and tell whoever runs the server.</source>
        <translation>Ni newidiwyd yr allwedd: nid oes modd agor gwerth wedi&apos;i ddiogelu yn {place} (cofnod {record}) ag allwedd y gwasanaeth, felly fe&apos;i newidiwyd ar y gweinydd. Ni newidiwyd dim. Rhedwch Gwirio&apos;r cofnodion, a dywedwch wrth bwy bynnag sy&apos;n rhedeg y gweinydd.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>RefugeDesk speaks English and Cymraeg: choose one of them.</source>
        <translation>Mae RefugeDesk yn siarad Saesneg a Chymraeg: dewiswch un ohonyn nhw.</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>The connection that shows other offices&apos; changes as they happen was lost. What you see may be out of date: sign out and in again.</source>
        <extracomment>Which kinds of record each watched table holds (server/live.py&apos;s WATCHED). Emitted on the listener&apos;s thread; Qt queues it to this object&apos;s (the window&apos;s) thread.</extracomment>
        <translation>Collwyd y cysylltiad sy&apos;n dangos newidiadau swyddfeydd eraill wrth iddyn nhw ddigwydd. Gall yr hyn a welwch fod yn hen: allgofnodwch a mewngofnodwch eto.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>RefugeDesk is locked</source>
        <translation>Mae RefugeDesk wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Enter your password to carry on where you left off. A colleague can also sign in here with her own username and password.</source>
        <translation>Rhowch eich cyfrinair i barhau o&apos;r man lle roeddech chi. Gall cydweithiwr hefyd fewngofnodi yma gyda&apos;i henw defnyddiwr a&apos;i chyfrinair ei hun.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Checking your password</source>
        <translation>Wrthi&apos;n gwirio eich cyfrinair</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Wrthi&apos;n gwirio eich cyfrinair…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;RefugeDesk</source>
        <extracomment>What counts as someone at the keyboard: a key, a mouse button or move, the wheel, a touch (INPUT_EVENTS and their releases). Told apart by class, which costs less than reading the event&apos;s type; hover and enter/leave events (sent when a widget appears under a still mouse) are not among them. When the last input came (time.monotonic()), or when watching (re)started. The window is back on screen after the lock (outcomes held back by the lock follow). The unlock being checked in the background, if any. On the service&apos;s server: other offices&apos; changes as they happen (ui/live_updates.py). The other pages and her record, loaded once this window is on screen (ui/warmup.py).</extracomment>
        <translation>&amp;RefugeDesk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>C&amp;ymorth</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>C&amp;loi nawr</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Newid fy nghyfrinair…</translation>
    </message>
    <message>
        <source>Lan&amp;guage…</source>
        <translation>&amp;Iaith…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Gwneud &amp;copi wrth gefn nawr…</translation>
    </message>
    <message>
        <source>&amp;Sign out of RefugeDesk</source>
        <translation>&amp;Allgofnodi o RefugeDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;About RefugeDesk</source>
        <translation>&amp;Ynghylch RefugeDesk</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Wedi mewngofnodi fel</translation>
    </message>
    <message>
        <source>DEMO: fictional people only  ·</source>
        <translation>DEMO: pobl ddychmygol yn unig  ·</translation>
    </message>
    <message>
        <source>Signed in: {name} · {role}</source>
        <translation>Wedi mewngofnodi: {name} · {role}</translation>
    </message>
    <message>
        <source>DEMO: fictional people only</source>
        <extracomment>Who the rail was built for: unlocking as anyone else (or the same person in a role changed meanwhile) rebuilds it.</extracomment>
        <translation>DEMO: dim pobl go iawn</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Newid fy nghyfrinair…</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Newid fy nghyfrinair</translation>
    </message>
    <message>
        <source>Language…</source>
        <extracomment>Written into the vault; must never be readable in the file on disk.</extracomment>
        <translation>Iaith…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Sign out of RefugeDesk</source>
        <translation>Allgofnodi o RefugeDesk</translation>
    </message>
    <message>
        <source>Lock now  (Ctrl+L)</source>
        <translation>Cloi nawr  (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Cloi nawr</translation>
    </message>
    <message>
        <source>Warning about this vault</source>
        <translation>Rhybudd am y gronfa ddiogel hon</translation>
    </message>
    <message>
        <source>Warning: {problems} This has been recorded. Tell your manager; an administrator can see it with &apos;refugedesk check&apos;.</source>
        <translation>Rhybudd: {problems} Mae hyn wedi&apos;i gofnodi. Dywedwch wrth eich rheolwr; gall gweinyddwr ei weld gyda &apos;refugedesk check&apos;.</translation>
    </message>
    <message>
        <source>The {page} page is for administrators only.</source>
        <translation>Mae tudalen {page} ar gyfer gweinyddwyr yn unig.</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Wrthi&apos;n gwirio eich cyfrinair…</translation>
    </message>
    <message>
        <source>RefugeDesk — locked</source>
        <translation>RefugeDesk — wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>RefugeDesk — {organisation} — DEMO</source>
        <translation>RefugeDesk — {organisation} — DEMO</translation>
    </message>
    <message>
        <source>RefugeDesk — {organisation}</source>
        <translation>RefugeDesk — {organisation}</translation>
    </message>
    <message>
        <source>Your password has been changed. Use the new one from now on.</source>
        <translation>Mae eich cyfrinair wedi&apos;i newid. Defnyddiwch yr un newydd o hyn ymlaen.</translation>
    </message>
    <message>
        <source>Your language is now {language}.</source>
        <translation>Eich iaith nawr yw {language}.</translation>
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
    <name>Operations</name>
    <message>
        <source>Something went wrong</source>
        <extracomment>The calm box for a bug (marked here, translated when shown).</extracomment>
        <translation>Aeth rhywbeth o&apos;i le</translation>
    </message>
    <message>
        <source>Something went wrong and this was not done. Nothing you typed was lost: you can try again, or tell your administrator. A note for the support team has been saved; it holds no details about residents.</source>
        <translation>Aeth rhywbeth o&apos;i le, a chafodd hyn mo&apos;i wneud. Chollwyd dim byd a deipioch chi: gallwch roi cynnig arall arni, neu ddweud wrth eich gweinyddwr. Mae nodyn i&apos;r tîm cymorth wedi&apos;i gadw; does dim manylion am breswylwyr ynddo.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heddiw</translation>
    </message>
    <message>
        <source>Ho&amp;uses</source>
        <translation>Ta&amp;i</translation>
    </message>
    <message>
        <source>Referra&amp;ls</source>
        <translation>Atgy&amp;feiriadau</translation>
    </message>
    <message>
        <source>Resi&amp;dents</source>
        <translation>&amp;Preswylwyr</translation>
    </message>
    <message>
        <source>Report&amp;s</source>
        <translation>Adr&amp;oddiadau</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>&amp;Gweinyddu</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Newid fy nghyfrinair</translation>
    </message>
    <message>
        <source>Your colleagues&apos; passwords are not affected.</source>
        <translation>Does dim effaith ar gyfrineiriau eich cydweithwyr.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Cyfrinair presennol</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Cyfrinair newydd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Newid cyfrinair</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Rhowch eich cyfrinair presennol.</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Wrthi&apos;n newid eich cyfrinair…</translation>
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
    <name>RecordCommon</name>
    <message>
        <source>Standard risk</source>
        <extracomment>How often a long form&apos;s typed work is kept as a draft while it changes. What a change on her record announces to the other views. Her risk level as a phrase of its own (&quot;High risk&quot;, on her record&apos;s header) and inside a sentence (&quot;high risk&quot;): whole phrases, as the level&apos;s place differs between languages.</extracomment>
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
        <translation>{when} (cymorth cymunedol)</translation>
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
        <source>Immigration status</source>
        <translation>Statws mewnfudo</translation>
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
        <source>Times to avoid</source>
        <translation>Amseroedd i&apos;w hosgoi</translation>
    </message>
    <message>
        <source>Key worker</source>
        <translation>Gweithiwr allweddol</translation>
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
        <source>No recourse to public funds</source>
        <translation>Dim hawl i arian cyhoeddus</translation>
    </message>
    <message>
        <source>Show the code word</source>
        <translation>Dangos y gair cod</translation>
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
        <translation>{attended} (%n fel cymorth cymunedol)</translation>
    </message>
    <message>
        <source>{attended}; %n outside her stays not counted</source>
        <translation>{attended}; %n y tu allan i&apos;w harosiadau heb eu cyfrif</translation>
    </message>
    <message>
        <source>Group programmes she is enrolled on. A certificate can be printed for a programme she has completed. Sessions outside her stays count only as community support.</source>
        <translation>Rhaglenni grŵp mae hi wedi&apos;i chofrestru arnyn nhw. Gellir argraffu tystysgrif ar gyfer rhaglen mae hi wedi&apos;i chwblhau. Mae sesiynau y tu allan i&apos;w harosiadau yn cyfrif fel cymorth cymunedol yn unig.</translation>
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
<context>
    <name>ReferralDialogs</name>
    <message>
        <source>New referral</source>
        <extracomment>This module&apos;s words with a count (board_model.Counts). Hides QObject.children(), which is not virtual: Qt never calls it through Python.</extracomment>
        <translation>Atgyfeiriad newydd</translation>
    </message>
    <message>
        <source>Every referral is kept with its outcome, whether or not she comes: the reasons are what commissioners ask for.</source>
        <translation>Caiff pob atgyfeiriad ei gadw gyda&apos;i ganlyniad, p&apos;un a yw hi&apos;n dod ai peidio: y rhesymau yw&apos;r hyn y mae comisiynwyr yn gofyn amdano.</translation>
    </message>
    <message>
        <source>Save referral</source>
        <translation>Cadw&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Her initials or name</source>
        <translation>Ei llythrennau cyntaf neu ei henw</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Daeth i law</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Referrer&apos;s contact</source>
        <translation>Manylion cyswllt yr atgyfeiriwr</translation>
    </message>
    <message>
        <source>Children&apos;s ages</source>
        <translation>Oedran y plant</translation>
    </message>
    <message>
        <source>Risk as referred</source>
        <translation>Risg adeg yr atgyfeirio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Number of children</source>
        <translation>Nifer y plant</translation>
    </message>
    <message>
        <source>e.g. 0, 4, 7</source>
        <translation>e.e. 0, 4, 7</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>Mynediad i gadair olwyn</translation>
    </message>
    <message>
        <source>Ground floor</source>
        <translation>Llawr gwaelod</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Angen cyfieithydd</translation>
    </message>
    <message>
        <source>e.g. Polish</source>
        <translation>e.e. Pwyleg</translation>
    </message>
    <message>
        <source>No recourse to public funds</source>
        <translation>Dim hawl i arian cyhoeddus</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Anifeiliaid anwes</translation>
    </message>
    <message>
        <source>Areas she must not be placed in</source>
        <translation>Ardaloedd lle na ddylid ei lleoli</translation>
    </message>
    <message>
        <source>One town or area per line: where he lives, works or has family</source>
        <translation>Un dref neu ardal ar bob llinell: lle mae ef yn byw, yn gweithio neu â theulu</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Plant</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Anghenion</translation>
    </message>
    <message>
        <source>Must not be placed in</source>
        <translation>Rhaid peidio â&apos;i lleoli yn</translation>
    </message>
    <message>
        <source>Outcome of referral #{id}</source>
        <translation>Canlyniad atgyfeiriad #{id}</translation>
    </message>
    <message>
        <source>A held offer for her is cancelled with it.</source>
        <translation>Caiff unrhyw gynnig sy&apos;n cael ei gadw iddi ei ganslo gydag ef.</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>Cadw&apos;r canlyniad</translation>
    </message>
    <message>
        <source>Declined by the service: {reason}</source>
        <translation>Wedi&apos;i wrthod gan y gwasanaeth: {reason}</translation>
    </message>
    <message>
        <source>Declined by her</source>
        <translation>Wedi&apos;i wrthod ganddi hi</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Find a room for referral #{id}</source>
        <translation>Dod o hyd i ystafell ar gyfer atgyfeiriad #{id}</translation>
    </message>
    <message>
        <source>Rooms that fit her family and needs, away from the areas she must avoid, best fits first.</source>
        <translation>Ystafelloedd sy&apos;n addas i&apos;w theulu a&apos;i hanghenion, i ffwrdd o&apos;r ardaloedd y mae&apos;n rhaid iddi eu hosgoi, y rhai mwyaf addas yn gyntaf.</translation>
    </message>
    <message>
        <source>Offer room</source>
        <translation>Cynnig yr ystafell</translation>
    </message>
    <message>
        <source>Arriving on</source>
        <translation>Yn cyrraedd ar</translation>
    </message>
    <message>
        <source>Nights expected</source>
        <translation>Nosweithiau disgwyliedig</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>Wedi&apos;i chadw tan</translation>
    </message>
    <message>
        <source>Boys&apos; ages</source>
        <translation>Oedran y bechgyn</translation>
    </message>
    <message>
        <source>The ages of the boys among her children, e.g. 9</source>
        <translation>Oedran y bechgyn ymhlith ei phlant, e.e. 9</translation>
    </message>
    <message>
        <source>Boys aged {age} or older cannot be housed (the service&apos;s rule).</source>
        <translation>Does dim modd rhoi llety i fechgyn {age} oed neu hŷn (rheol y gwasanaeth).</translation>
    </message>
    <message>
        <source>Rooms that fit</source>
        <translation>Ystafelloedd addas</translation>
    </message>
    <message>
        <source>Rooms left out</source>
        <translation>Ystafelloedd sydd ddim yn addas</translation>
    </message>
    <message>
        <source>Double-click a room to look again from its nearest date.</source>
        <translation>Cliciwch ddwywaith ar ystafell i chwilio eto o&apos;r dyddiad agosaf y mae&apos;n addas.</translation>
    </message>
    <message>
        <source>Rooms left out ({count})</source>
        <translation>Ystafelloedd sydd ddim yn addas ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n rooms fit, best first.</source>
        <comment>%n room fits, best first.</comment>
        <translation>
            <numerusform>%n ystafell yn addas, y fwyaf addas yn gyntaf.</numerusform>
            <numerusform>%n ystafell yn addas, y fwyaf addas yn gyntaf.</numerusform>
            <numerusform>%n ystafell yn addas, y fwyaf addas yn gyntaf.</numerusform>
            <numerusform>%n ystafell yn addas, y fwyaf addas yn gyntaf.</numerusform>
            <numerusform>%n ystafell yn addas, y fwyaf addas yn gyntaf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other rooms left out: see why below.</source>
        <comment>%n other room left out: see why below.</comment>
        <translation>
            <numerusform>%n ystafell arall ddim yn addas: gweler pam isod.</numerusform>
            <numerusform>%n ystafell arall ddim yn addas: gweler pam isod.</numerusform>
            <numerusform>%n ystafell arall ddim yn addas: gweler pam isod.</numerusform>
            <numerusform>%n ystafell arall ddim yn addas: gweler pam isod.</numerusform>
            <numerusform>%n ystafell arall ddim yn addas: gweler pam isod.</numerusform>
        </translation>
    </message>
    <message>
        <source>No room fits on these dates.</source>
        <translation>Does dim ystafell yn addas ar y dyddiadau hyn.</translation>
    </message>
    <message>
        <source>Choose a room to offer.</source>
        <translation>Dewiswch ystafell i&apos;w chynnig.</translation>
    </message>
    <message>
        <source>Room</source>
        <extracomment>Shown through translate(&quot;ReferralDialogs&quot;, ...).</extracomment>
        <translation>Ystafell</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Tŷ</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Pam ddim</translation>
    </message>
    <message>
        <source>Nearest date that fits</source>
        <translation>Y dyddiad agosaf sy&apos;n addas</translation>
    </message>
    <message>
        <source>Write the boys&apos; ages as whole years, separated by commas (for example 0, 4, 7).</source>
        <translation>Ysgrifennwch oedran y bechgyn mewn blynyddoedd cyfan, wedi&apos;u gwahanu gan atalnodau (er enghraifft 0, 4, 7).</translation>
    </message>
    <message numerus="yes">
        <source>%n child places</source>
        <comment>%n child place</comment>
        <translation>
            <numerusform>%n lle plentyn</numerusform>
            <numerusform>%n lle plentyn</numerusform>
            <numerusform>%n lle plentyn</numerusform>
            <numerusform>%n lle plentyn</numerusform>
            <numerusform>%n lle plentyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cots</source>
        <comment>%n cot</comment>
        <translation>
            <numerusform>%n cot</numerusform>
            <numerusform>%n cot</numerusform>
            <numerusform>%n cot</numerusform>
            <numerusform>%n cot</numerusform>
            <numerusform>%n cot</numerusform>
        </translation>
    </message>
    <message>
        <source>wheelchair accessible</source>
        <translation>hygyrch i gadair olwyn</translation>
    </message>
    <message>
        <source>self-contained</source>
        <translation>hunangynhwysol</translation>
    </message>
    <message>
        <source>staff speak her language</source>
        <translation>mae&apos;r staff yn siarad ei hiaith</translation>
    </message>
    <message>
        <source>{room}, {house} ({area}) — {facts}</source>
        <translation>{room}, {house} ({area}) — {facts}</translation>
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
    <name>ReferralsPage</name>
    <message>
        <source>Received</source>
        <extracomment>The list&apos;s headers, shown through translate(&quot;ReferralsPage&quot;, ...).</extracomment>
        <translation>Daeth i law</translation>
    </message>
    <message>
        <source>Her initials</source>
        <translation>Ei llythrennau cyntaf</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Plant</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risg</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Anghenion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Referrals</source>
        <extracomment>This page&apos;s words with a count (refugedesk.i18n.Counted), in the &quot;ReferralsPage&quot; context whatever the class of the object (Qt&apos;s own tr() would take the runtime class&apos;s).</extracomment>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>Waiting for an outcome</source>
        <translation>Yn aros am ganlyniad</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>Pob atgyfeiriad</translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation>Atgyfeiriad newydd…</translation>
    </message>
    <message>
        <source>Select a referral.</source>
        <translation>Dewiswch atgyfeiriad.</translation>
    </message>
    <message>
        <source>Find a room…</source>
        <translation>Dod o hyd i ystafell…</translation>
    </message>
    <message>
        <source>Assessing</source>
        <translation>Wrthi&apos;n asesu</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Cofnodi&apos;r canlyniad…</translation>
    </message>
    <message>
        <source>#{id} {name} · {children} aged {ages}</source>
        <translation>#{id} {name} · {children} yn {ages} oed</translation>
    </message>
    <message>
        <source>#{id} {name} · {children}</source>
        <translation>#{id} {name} · {children}</translation>
    </message>
    <message>
        <source>{risk} risk as referred · {source} · {outcome}</source>
        <translation>Risg adeg yr atgyfeirio: {risk} · {source} · {outcome}</translation>
    </message>
    <message>
        <source>Needs: {needs}</source>
        <translation>Anghenion: {needs}</translation>
    </message>
    <message>
        <source>Must not be placed in: {areas}</source>
        <translation>Rhaid peidio â&apos;i lleoli yn: {areas}</translation>
    </message>
    <message>
        <source>no children</source>
        <translation>dim plant</translation>
    </message>
    <message numerus="yes">
        <source>%n children</source>
        <comment>%n child</comment>
        <translation>
            <numerusform>dim plant</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsCertificatePdf</name>
    <message>
        <source>Certificate: {programme}</source>
        <extracomment>The first session she attended that counts (the same as completed_on for one session). The language of her documents (Resident.documents_language); None: the one in use.</extracomment>
        <translation>Tystysgrif: {programme}</translation>
    </message>
    <message>
        <source>A certificate is for a completed programme: {attended} of %n sessions attended so far.</source>
        <translation>Mae tystysgrif ar gyfer rhaglen sydd wedi&apos;i chwblhau: {attended} o %n sesiwn wedi&apos;u mynychu hyd yma.</translation>
    </message>
    <message>
        <source>%n sessions, completed on {day}</source>
        <translation>%n sesiwn, wedi&apos;i chwblhau ar {day}</translation>
    </message>
    <message>
        <source>%n sessions, from {first} to {last}</source>
        <translation>%n sesiwn, o {first} i {last}</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>Tystysgrif cwblhau</translation>
    </message>
    <message>
        <source>This certificate celebrates</source>
        <translation>Mae&apos;r dystysgrif hon yn dathlu</translation>
    </message>
    <message>
        <source>for completing</source>
        <translation>am gwblhau</translation>
    </message>
    <message>
        <source>Well done. This is your achievement, and yours to keep.</source>
        <translation>Da iawn chi. Eich llwyddiant chi yw hwn, ac mae&apos;n eiddo i chi i&apos;w gadw.</translation>
    </message>
    <message>
        <source>Signed, for {organisation}</source>
        <translation>Llofnodwyd, ar ran {organisation}</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Llofnod</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
</context>
<context>
    <name>ReportsCourtReport</name>
    <message>
        <source>Face to face</source>
        <extracomment>How each mode of contact is named (in English; translated where shown).</extracomment>
        <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Fideo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Neges destun</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} i {last}</translation>
    </message>
    <message>
        <source>Report for court: {period}</source>
        <translation>Adroddiad i&apos;r llys: {period}</translation>
    </message>
    <message>
        <source>Write the narrative for the court.</source>
        <translation>Ysgrifennwch yr adroddiad naratif i&apos;r llys.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>Report for court</source>
        <translation>Adroddiad i&apos;r llys</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Contacts with her support worker</source>
        <translation>Cysylltiadau â&apos;i gweithiwr cymorth</translation>
    </message>
    <message>
        <source>Contacts offered: {offered}. Contacts attended: {attended}.</source>
        <translation>Cysylltiadau a gynigiwyd: {offered}. Cysylltiadau a fynychwyd: {attended}.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Dull</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Wedi&apos;u cynnig</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Wedi&apos;u mynychu</translation>
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
        <source>Sessions attended</source>
        <translation>Sesiynau a fynychwyd</translation>
    </message>
    <message>
        <source>Sessions missed</source>
        <translation>Sesiynau a gollwyd</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Cwblhau</translation>
    </message>
    <message>
        <source>No programme sessions in this period.</source>
        <translation>Dim sesiynau rhaglen yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Needs scores</source>
        <translation>Sgoriau anghenion</translation>
    </message>
    <message>
        <source>Each area is scored from 1 (in crisis) to 5 (no concerns): the first and the latest assessment in the period.</source>
        <translation>Rhoddir sgôr o 1 (mewn argyfwng) i 5 (dim pryderon) i bob maes: yr asesiad cyntaf a&apos;r diweddaraf yn y cyfnod.</translation>
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
        <source>No needs assessment in this period.</source>
        <translation>Dim asesiad anghenion yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Naratif</translation>
    </message>
    <message>
        <source>Prepared by {name} on {day}.</source>
        <translation>Paratowyd gan {name} ar {day}.</translation>
    </message>
    <message>
        <source>Completed: %n sessions attended in all, {needed} needed</source>
        <translation>Wedi&apos;i chwblhau: %n sesiwn wedi&apos;u mynychu i gyd, angen {needed}</translation>
    </message>
    <message>
        <source>Not completed: %n sessions attended in all, {needed} needed</source>
        <translation>Heb ei chwblhau: %n sesiwn wedi&apos;u mynychu i gyd, angen {needed}</translation>
    </message>
</context>
<context>
    <name>ReportsHandoverPdf</name>
    <message>
        <source>not yet</source>
        <translation>ddim eto</translation>
    </message>
    <message>
        <source>Nothing to hand over.</source>
        <translation>Dim i&apos;w drosglwyddo.</translation>
    </message>
    <message>
        <source>Urgent:</source>
        <translation>Brys:</translation>
    </message>
    <message>
        <source>{urgent} {section}</source>
        <translation>{urgent} {section}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>From {sender} to {receiver} for {shift}.</source>
        <translation>Oddi wrth {sender} at {receiver} ar gyfer {shift}.</translation>
    </message>
    <message>
        <source>From {sender} to {receiver}.</source>
        <translation>Oddi wrth {sender} at {receiver}.</translation>
    </message>
    <message>
        <source>Sent {sent}; acknowledged by {name} {when}.</source>
        <translation>Anfonwyd {sent}; cadarnhawyd ei dderbyn gan {name} {when}.</translation>
    </message>
    <message>
        <source>Sent {sent}; not acknowledged yet.</source>
        <translation>Anfonwyd {sent}; heb gadarnhau ei dderbyn eto.</translation>
    </message>
    <message>
        <source>Covers {start} to {end}.</source>
        <translation>Yn cwmpasu {start} i {end}.</translation>
    </message>
    <message>
        <source>{when}, {name}: {text}</source>
        <translation>{when}, {name}: {text}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>Added after sending (read these first)</source>
        <translation>Ychwanegwyd ar ôl anfon (darllenwch y rhain yn gyntaf)</translation>
    </message>
    <message>
        <source>{title}, from {sender} to {receiver}</source>
        <translation>{title}, oddi wrth {sender} at {receiver}</translation>
    </message>
</context>
<context>
    <name>ReportsOccupancy</name>
    <message>
        <source>House</source>
        <extracomment>Columns: (header, width, number format). The headers are in English here, and are the keys of what is hidden for outside the service; `headers()` gives them in the language in use.</extracomment>
        <translation>Tŷ</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Ystafelloedd</translation>
    </message>
    <message>
        <source>Room-nights available</source>
        <translation>Nosweithiau ystafell ar gael</translation>
    </message>
    <message>
        <source>Room-nights occupied</source>
        <translation>Nosweithiau ystafell llawn</translation>
    </message>
    <message>
        <source>Room-nights closed</source>
        <translation>Nosweithiau ystafell ar gau</translation>
    </message>
    <message>
        <source>Room-nights empty</source>
        <translation>Nosweithiau ystafell gwag</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Deiliadaeth</translation>
    </message>
    <message>
        <source>Women accommodated</source>
        <translation>Menywod a letywyd</translation>
    </message>
    <message>
        <source>Children accommodated</source>
        <translation>Plant a letywyd</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Wedi cyrraedd</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Wedi gadael</translation>
    </message>
    <message>
        <source>Average length of stay (nights)</source>
        <translation>Hyd arhosiad cyfartalog (nosweithiau)</translation>
    </message>
    <message>
        <source>Household reference</source>
        <translation>Cyfeirnod yr aelwyd</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Wedi cyrraedd</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Wedi gadael</translation>
    </message>
    <message>
        <source>Nights in period</source>
        <translation>Nosweithiau yn y cyfnod</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Plant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>The period is the nights from the first date to the last date, both included.</source>
        <translation>Y cyfnod yw&apos;r nosweithiau o&apos;r dyddiad cyntaf i&apos;r dyddiad olaf, gan gynnwys y ddau.</translation>
    </message>
    <message>
        <source>A room-night is one room for one night. A stay occupies its room from the night she arrives up to, not including, the day she leaves.</source>
        <translation>Noson ystafell yw un ystafell am un noson. Mae arhosiad yn llenwi ei ystafell o&apos;r noson y mae hi&apos;n cyrraedd hyd at y diwrnod y mae hi&apos;n gadael, heb gynnwys y diwrnod hwnnw.</translation>
    </message>
    <message>
        <source>Available room-nights are those of rooms open at the time and not closed (repairs, deep clean, held for safety, other). Empty = available - occupied.</source>
        <translation>Nosweithiau ystafell ar gael yw rhai ystafelloedd a oedd ar agor ar y pryd a heb fod ar gau (atgyweirio, glanhau trylwyr, wedi&apos;u cadw er diogelwch, arall). Gwag = ar gael - llawn.</translation>
    </message>
    <message>
        <source>Occupancy = occupied / available. An offer (a room held for a referral) is not occupancy.</source>
        <translation>Deiliadaeth = llawn / ar gael. Nid yw cynnig (ystafell a gedwir ar gyfer atgyfeiriad) yn cyfrif fel deiliadaeth.</translation>
    </message>
    <message>
        <source>A stay that arrives and leaves on the same day counts 0 nights, though it is an arrival and a departure.</source>
        <translation>Mae arhosiad sy&apos;n cyrraedd ac yn gadael ar yr un diwrnod yn cyfrif 0 noson, er ei fod yn cyfrif fel cyrraedd ac fel gadael.</translation>
    </message>
    <message>
        <source>Women and children accommodated: households with at least one night in the period (the children of their latest stay). A household that moved between houses is counted once in the total, and once in each house.</source>
        <translation>Menywod a phlant a letywyd: aelwydydd ag o leiaf un noson yn y cyfnod (plant eu harhosiad diweddaraf). Mae aelwyd a symudodd rhwng tai yn cael ei chyfrif unwaith yn y cyfanswm, ac unwaith ym mhob tŷ.</translation>
    </message>
    <message>
        <source>A move to another room is neither a departure nor an arrival. Length of stay runs from her first arrival in the service to her departure.</source>
        <translation>Nid yw symud i ystafell arall yn cyfrif fel gadael nac fel cyrraedd. Mae hyd yr arhosiad yn rhedeg o&apos;r tro cyntaf iddi gyrraedd y gwasanaeth hyd at iddi adael.</translation>
    </message>
    <message>
        <source>Referrals are counted by the local date they were received; &apos;accepted&apos; means a room was offered or she was placed.</source>
        <translation>Mae atgyfeiriadau&apos;n cael eu cyfrif yn ôl y dyddiad lleol y daethant i law; ystyr &apos;derbyniwyd&apos; yw bod ystafell wedi&apos;i chynnig neu ei bod hi wedi cael lle.</translation>
    </message>
    <message>
        <source>Safe-house addresses and phone numbers are never exported.</source>
        <translation>Nid yw cyfeiriadau a rhifau ffôn tai diogel byth yn cael eu hallforio.</translation>
    </message>
    <message>
        <source>Recorded in error: %n stays arriving in the period were recorded in error (a mistake put right, not a real stay) and are left out of every figure here.</source>
        <translation>Cofnodwyd mewn camgymeriad: cofnodwyd %n arhosiad a gyrhaeddodd yn y cyfnod mewn camgymeriad (camgymeriad a gywirwyd, nid arhosiad go iawn) ac maent wedi&apos;u gadael allan o bob ffigur yma.</translation>
    </message>
    <message>
        <source>{first} to {last} (nights, both included)</source>
        <translation>{first} i {last} (nosweithiau, gan gynnwys y ddau)</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>The Summary&apos;s counts of people (suppressed for outside the service), and the average made from one of them. The key of the whole service&apos;s row (its name on the sheet is the figures&apos; own). The referral figures&apos; labels, in English (their keys; translated where shown).</extracomment>
        <translation>Daeth i law</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Declined for no vacancy</source>
        <translation>Gwrthodwyd am nad oedd lle</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>{organisation}: occupancy</source>
        <translation>{organisation}: deiliadaeth</translation>
    </message>
    <message>
        <source>Referrals received in the period</source>
        <translation>Atgyfeiriadau a ddaeth i law yn y cyfnod</translation>
    </message>
    <message>
        <source>Referral outcomes (as they stand now)</source>
        <translation>Canlyniadau atgyfeiriadau (fel y maent nawr)</translation>
    </message>
    <message>
        <source>the daily figures and the stays</source>
        <translation>y ffigurau dyddiol a&apos;r arhosiadau</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Dyddiol</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>All houses: occupied</source>
        <translation>Pob tŷ: llawn</translation>
    </message>
    <message>
        <source>All houses: available</source>
        <translation>Pob tŷ: ar gael</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Misol</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Occupancy by month</source>
        <translation>Deiliadaeth fesul mis</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Arhosiadau</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>{first} to {last} (nights)</source>
        <translation>{first} i {last} (nosweithiau)</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Crëwyd gan</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Crëwyd am</translation>
    </message>
    <message>
        <source>The last date of the period is before the first.</source>
        <translation>Mae dyddiad olaf y cyfnod cyn y dyddiad cyntaf.</translation>
    </message>
    <message>
        <source>Names are never in a report for outside the service.</source>
        <translation>Nid oes enwau byth mewn adroddiad ar gyfer y tu allan i&apos;r gwasanaeth.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator can export residents&apos; names.</source>
        <translation>Dim ond rheolwr neu weinyddwr sy&apos;n gallu allforio enwau preswylwyr.</translation>
    </message>
    <message>
        <source>Occupancy {first} to {last}</source>
        <translation>Deiliadaeth {first} i {last}</translation>
    </message>
    <message>
        <source>{organisation}: occupancy, {period}</source>
        <translation>{organisation}: deiliadaeth, {period}</translation>
    </message>
    <message>
        <source>occupancy; RefugeDesk</source>
        <translation>deiliadaeth; RefugeDesk</translation>
    </message>
    <message>
        <source>Includes names</source>
        <translation>Yn cynnwys enwau</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ydy</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nac ydy</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Ar gyfer</translation>
    </message>
</context>
<context>
    <name>ReportsOccupancyFigures</name>
    <message>
        <source>All houses</source>
        <extracomment>The name of the whole service&apos;s row (in English; translated where the figures are counted).</extracomment>
        <translation>Pob tŷ</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <extracomment>Nights from first arrival in the service to departure, for each departure in the period. Rooms occupied and available on each night of the period. The service said yes: a room was offered, or she was placed. Every outcome, e.g. {&quot;Declined by service: no vacancy&quot;: 3, &quot;Arrived&quot;: 5, ...}. The outcomes (keys of `outcomes`) that are a decline for no vacancy. Stays arriving in the period that were recorded in error: left out of every figure.</extracomment>
        <translation>{status}: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportsOutcomeFigures</name>
    <message>
        <source>No area given</source>
        <extracomment>The whole service&apos;s key (its name on a sheet is occupancy_figures.ALL_HOUSES, translated).</extracomment>
        <translation>Dim maes wedi&apos;i roi</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>What exit_kind says, in English (translated where shown).</extracomment>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>Heb ei gynllunio</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Made</source>
        <extracomment>Where a referral out stands now, as the report says it.</extracomment>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Cadarnhawyd ei dderbyn</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
</context>
<context>
    <name>ReportsOutcomes</name>
    <message>
        <source>House</source>
        <extracomment>Columns: (header, width, number format), the headers in English: the keys of what is hidden for outside the service. Translated where written.</extracomment>
        <translation>Tŷ</translation>
    </message>
    <message>
        <source>Women supported</source>
        <translation>Menywod a gefnogwyd</translation>
    </message>
    <message>
        <source>Children supported</source>
        <translation>Plant a gefnogwyd</translation>
    </message>
    <message>
        <source>Average length of stay (nights)</source>
        <translation>Hyd arhosiad cyfartalog (nosweithiau)</translation>
    </message>
    <message>
        <source>Goals asked for</source>
        <translation>Nodau y gofynnwyd amdanynt</translation>
    </message>
    <message>
        <source>Goals no longer wanted</source>
        <translation>Nodau nad oes eu heisiau mwyach</translation>
    </message>
    <message>
        <source>Goals counted</source>
        <translation>Nodau a gyfrifwyd</translation>
    </message>
    <message>
        <source>Goals achieved (in full or partly)</source>
        <translation>Nodau a gyflawnwyd (yn llawn neu&apos;n rhannol)</translation>
    </message>
    <message>
        <source>Requested outcomes achieved</source>
        <translation>Canlyniadau y gofynnwyd amdanynt a gyflawnwyd</translation>
    </message>
    <message>
        <source>Achieved in full</source>
        <translation>Wedi&apos;u cyflawni&apos;n llawn</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Ymadawiadau</translation>
    </message>
    <message>
        <source>Planned exits</source>
        <translation>Ymadawiadau wedi&apos;u cynllunio</translation>
    </message>
    <message>
        <source>Unplanned exits</source>
        <translation>Ymadawiadau heb eu cynllunio</translation>
    </message>
    <message>
        <source>Other exits</source>
        <translation>Ymadawiadau eraill</translation>
    </message>
    <message>
        <source>MARAC referrals</source>
        <translation>Atgyfeiriadau MARAC</translation>
    </message>
    <message>
        <source>MARAC repeats</source>
        <translation>Ailatgyfeiriadau MARAC</translation>
    </message>
    <message>
        <source>Referrals out</source>
        <translation>Atgyfeiriadau allan</translation>
    </message>
    <message>
        <source>Need area</source>
        <translation>Maes angen</translation>
    </message>
    <message>
        <source>No longer wanted</source>
        <translation>Dim eu heisiau mwyach</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>Wedi&apos;u cyflawni&apos;n rhannol</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Heb eu cyflawni</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Yn dal ar agor</translation>
    </message>
    <message>
        <source>Women scored twice or more</source>
        <translation>Menywod a gafodd sgôr ddwywaith neu fwy</translation>
    </message>
    <message>
        <source>Average change in need score</source>
        <translation>Newid cyfartalog yn y sgôr angen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Planned or unplanned</source>
        <translation>Wedi&apos;i gynllunio neu beidio</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>I ble</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Statws nawr</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Women and children supported: households with at least one night in a house in the period (as in the occupancy report). A woman who moved between houses counts once in each house and once in All houses.</source>
        <translation>Menywod a phlant a gefnogwyd: aelwydydd ag o leiaf un noson mewn tŷ yn y cyfnod (fel yn yr adroddiad deiliadaeth). Mae menyw a symudodd rhwng tai yn cyfrif unwaith ym mhob tŷ ac unwaith yn Pob tŷ.</translation>
    </message>
    <message>
        <source>Average length of stay: from her first arrival in the service to her departure, for each departure in the period.</source>
        <translation>Hyd arhosiad cyfartalog: o&apos;r tro cyntaf iddi gyrraedd y gwasanaeth hyd at iddi adael, ar gyfer pob ymadawiad yn y cyfnod.</translation>
    </message>
    <message>
        <source>Requested outcomes achieved = (achieved + partly achieved) / (goals asked for - goals no longer wanted). A goal she no longer wanted does not count against her; open and not achieved goals do. Each goal counts once, as it stands now; blank when there is no goal to count.</source>
        <translation>Canlyniadau y gofynnwyd amdanynt a gyflawnwyd = (wedi&apos;u cyflawni + wedi&apos;u cyflawni&apos;n rhannol) / (nodau y gofynnwyd amdanynt - nodau nad oes eu heisiau mwyach). Nid yw nod nad oedd hi ei eisiau mwyach yn cyfrif yn ei herbyn; mae nodau agored a nodau heb eu cyflawni yn cyfrif. Mae pob nod yn cyfrif unwaith, fel y mae nawr; yn wag pan nad oes nod i&apos;w gyfrif.</translation>
    </message>
    <message>
        <source>Change in need score: her latest score against her first in each area (1 in crisis to 5 no worries), for women scored on two different days or more. Positive is progress.</source>
        <translation>Newid yn y sgôr angen: ei sgôr ddiweddaraf o&apos;i chymharu â&apos;i sgôr gyntaf ym mhob maes (1 mewn argyfwng i 5 dim pryderon), ar gyfer menywod a gafodd sgôr ar ddau ddiwrnod gwahanol neu fwy. Mae newid cadarnhaol yn gynnydd.</translation>
    </message>
    <message>
        <source>Planned exits: a planned move-on or a move to another refuge. Unplanned: returned to the abuser, left without notice, asked to leave. Other: any other reason.</source>
        <translation>Ymadawiadau wedi&apos;u cynllunio: symud ymlaen wedi&apos;i gynllunio neu symud i loches arall. Heb eu cynllunio: wedi dychwelyd at y camdriniwr, wedi gadael heb rybudd, wedi cael cais i adael. Arall: unrhyw reswm arall.</translation>
    </message>
    <message>
        <source>MARAC referrals dated in the period; a repeat is within 12 months of an earlier one.</source>
        <translation>Atgyfeiriadau MARAC sydd wedi&apos;u dyddio yn y cyfnod; mae ailatgyfeiriad o fewn 12 mis i un cynharach.</translation>
    </message>
    <message>
        <source>Referrals out made in the period, by agency and by where they stand now.</source>
        <translation>Atgyfeiriadau allan a wnaed yn y cyfnod, fesul asiantaeth ac yn ôl lle maent nawr.</translation>
    </message>
    <message>
        <source>No names, references, addresses or notes are exported.</source>
        <translation>Nid oes enwau, cyfeirnodau, cyfeiriadau na nodiadau&apos;n cael eu hallforio.</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>The Summary&apos;s counts (suppressed for outside the service): every column but the house, the average and the two rates. Counts within a row that add up: (total, parts).</extracomment>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>{organisation}: outcomes</source>
        <translation>{organisation}: canlyniadau</translation>
    </message>
    <message>
        <source>the sheets by need area, by exit and by agency, whose small counts would mostly be hidden</source>
        <translation>y taflenni fesul maes angen, fesul ymadawiad a fesul asiantaeth, y byddai&apos;r rhan fwyaf o&apos;u niferoedd bach wedi&apos;u cuddio</translation>
    </message>
    <message>
        <source>Outcomes by need area</source>
        <translation>Canlyniadau fesul maes angen</translation>
    </message>
    <message>
        <source>MARAC and referrals out</source>
        <translation>MARAC ac atgyfeiriadau allan</translation>
    </message>
    <message>
        <source>Of which repeats</source>
        <translation>O&apos;r rhain, ailatgyfeiriadau</translation>
    </message>
    <message>
        <source>The last date of the period is before the first.</source>
        <translation>Mae dyddiad olaf y cyfnod cyn y dyddiad cyntaf.</translation>
    </message>
    <message>
        <source>Outcomes {first} to {last}</source>
        <translation>Canlyniadau {first} i {last}</translation>
    </message>
    <message>
        <source>{organisation}: outcomes, {period}</source>
        <translation>{organisation}: canlyniadau, {period}</translation>
    </message>
    <message>
        <source>outcomes; RefugeDesk</source>
        <translation>canlyniadau; RefugeDesk</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Ar gyfer</translation>
    </message>
</context>
<context>
    <name>ReportsOutput</name>
    <message>
        <source>The disk is full, so the file could not be saved and nothing was written. Free some space or choose another place.</source>
        <extracomment>Files that sit beside a key file: the next key file during a key change, and its lock. How much of an existing file is read to tell whether it is a key file (key files are a few kilobytes; &quot;format&quot; is near the start, as the keys are written sorted).</extracomment>
        <translation>Mae&apos;r ddisg yn llawn, felly nid oedd modd cadw&apos;r ffeil ac ni ysgrifennwyd dim. Rhyddhewch ychydig o le neu dewiswch le arall.</translation>
    </message>
    <message>
        <source>RefugeDesk is not allowed to save in that folder, so nothing was written. Choose another folder.</source>
        <translation>Nid oes caniatâd gan RefugeDesk i gadw yn y ffolder honno, felly ni ysgrifennwyd dim. Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>That folder does not exist or cannot be used, so nothing was written. Choose another folder.</source>
        <translation>Nid yw&apos;r ffolder honno&apos;n bod neu nid oes modd ei defnyddio, felly ni ysgrifennwyd dim. Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>That name is a folder. Choose a file name: nothing was written.</source>
        <translation>Enw ffolder yw hwnnw. Dewiswch enw ffeil: ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>A file with that name is already there and RefugeDesk cannot read it, so it was not replaced. Choose another name: nothing was written.</source>
        <translation>Mae ffeil â&apos;r enw hwnnw yno&apos;n barod ac nid yw RefugeDesk yn gallu ei darllen, felly ni chafodd ei disodli. Dewiswch enw arall: ni ysgrifennwyd dim.</translation>
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
    <name>ReportsPdf</name>
    <message>
        <source>The document could not be printed or saved.</source>
        <translation>Nid oedd modd argraffu na chadw&apos;r ddogfen.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Tudalen {page} o {pages}</translation>
    </message>
</context>
<context>
    <name>ReportsReviewPdf</name>
    <message>
        <source>You did this</source>
        <extracomment>How her copy says what became of each goal: warm, never blaming.</extracomment>
        <translation>Fe wnaethoch chi hyn</translation>
    </message>
    <message>
        <source>Part of the way there</source>
        <translation>Rhan o&apos;r ffordd yno</translation>
    </message>
    <message>
        <source>Still to come, in your own time</source>
        <translation>Eto i ddod, yn eich amser eich hun</translation>
    </message>
    <message>
        <source>Still working on it</source>
        <translation>Yn dal i weithio arno</translation>
    </message>
    <message>
        <source>You decided this was no longer for you</source>
        <translation>Fe wnaethoch chi benderfynu nad oedd hyn i chi mwyach</translation>
    </message>
    <message>
        <source>A legal matter you worked on</source>
        <extracomment>A legal or court goal names orders and proceedings (and often him): her copy, which she may keep where others can find it, says only that it was a legal matter.</extracomment>
        <translation>Mater cyfreithiol y buoch chi&apos;n gweithio arno</translation>
    </message>
    <message>
        <source>You are still working towards %n goals.</source>
        <translation>Rydych chi&apos;n dal i weithio tuag at %n nod.</translation>
    </message>
    <message>
        <source>You reached all %n of the things you set out to do.</source>
        <translation>Fe wnaethoch chi gyrraedd pob un o&apos;r %n peth yr oeddech chi am eu gwneud.</translation>
    </message>
    <message>
        <source>You reached {achieved} of the {counted} things you set out to do, and you are still working towards the other %n.</source>
        <translation>Fe wnaethoch chi gyrraedd {achieved} o&apos;r {counted} peth yr oeddech chi am eu gwneud, ac rydych chi&apos;n dal i weithio tuag at y %n arall.</translation>
    </message>
    <message>
        <source>%n sessions</source>
        <translation>%n sesiwn</translation>
    </message>
    <message>
        <source>{programme}: %n sessions attended, completed {day}</source>
        <translation>{programme}: %n sesiwn wedi&apos;u mynychu, wedi&apos;i chwblhau {day}</translation>
    </message>
    <message>
        <source>We looked back together on {day}.</source>
        <translation>Fe wnaethon ni edrych yn ôl gyda&apos;n gilydd ar {day}.</translation>
    </message>
    <message>
        <source>Where you started, and where you are now</source>
        <translation>Ble dechreuoch chi, a ble rydych chi nawr</translation>
    </message>
    <message>
        <source>Each area is scored from 1 to 5: the higher, the better things are.</source>
        <translation>Mae pob maes yn cael sgôr o 1 i 5: po uchaf yw&apos;r sgôr, gorau i gyd yw pethau.</translation>
    </message>
    <message>
        <source>What you asked for</source>
        <translation>Beth y gofynnoch chi amdano</translation>
    </message>
    <message>
        <source>{programme}: {sessions}, completed {day}</source>
        <translation>{programme}: {sessions}, wedi&apos;i chwblhau {day}</translation>
    </message>
    <message>
        <source>{programme}: {sessions}</source>
        <translation>{programme}: {sessions}</translation>
    </message>
    <message>
        <source>Programmes you completed</source>
        <translation>Rhaglenni a gwblhawyd gennych</translation>
    </message>
    <message>
        <source>Moments to remember</source>
        <translation>Eiliadau i&apos;w cofio</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Yn eich geiriau eich hun</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Beth sy&apos;n dod nesaf</translation>
    </message>
    <message>
        <source>Well done, {name}. Everything on this page is something you did.</source>
        <translation>Da iawn chi, {name}. Mae popeth ar y dudalen hon yn rhywbeth a wnaethoch chi.</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>no goals to count yet</source>
        <translation>dim nodau i&apos;w cyfrif eto</translation>
    </message>
    <message>
        <source>{kind}: {name} (known as {known_as})</source>
        <translation>{kind}: {name} (a elwir yn {known_as})</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <source>{organisation}: staff file copy, confidential</source>
        <translation>{organisation}: copi ffeil staff, cyfrinachol</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Cynhaliwyd</translation>
    </message>
    <message>
        <source>not yet held</source>
        <translation>heb ei gynnal eto</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>{version} of {latest}</source>
        <translation>{version} o {latest}</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>Requested outcomes</source>
        <translation>Canlyniadau y gofynnwyd amdanynt</translation>
    </message>
    <message>
        <source>Achieved (including partly): {share}; achieved in full: {in_full}.</source>
        <translation>Wedi&apos;u cyflawni (gan gynnwys yn rhannol): {share}; wedi&apos;u cyflawni&apos;n llawn: {in_full}.</translation>
    </message>
    <message>
        <source>Goals asked for: {asked}; no longer wanted (not counted): {no_longer_wanted}; counted: {counted}; achieved: {achieved}; partly achieved: {partly}; not achieved: {not_achieved}; still open: {still_open}.</source>
        <translation>Nodau y gofynnwyd amdanynt: {asked}; dim eu heisiau mwyach (heb eu cyfrif): {no_longer_wanted}; wedi&apos;u cyfrif: {counted}; wedi&apos;u cyflawni: {achieved}; wedi&apos;u cyflawni&apos;n rhannol: {partly}; heb eu cyflawni: {not_achieved}; yn dal ar agor: {still_open}.</translation>
    </message>
    <message>
        <source>Needs: first against latest</source>
        <translation>Anghenion: y cyntaf o&apos;i gymharu â&apos;r diweddaraf</translation>
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
        <source>Goals and what became of them</source>
        <translation>Nodau a beth ddaeth ohonynt</translation>
    </message>
    <message>
        <source>Programmes completed</source>
        <translation>Rhaglenni a gwblhawyd</translation>
    </message>
    <message>
        <source>{day} (contact {number}): {notes}</source>
        <translation>{day} (cyswllt {number}): {notes}</translation>
    </message>
    <message>
        <source>On her copy: {words}</source>
        <translation>Ar ei chopi hi: {words}</translation>
    </message>
    <message>
        <source>Moments chosen from the contact log</source>
        <translation>Eiliadau a ddewiswyd o&apos;r cofnod cysylltiadau</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Dim wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>Her words</source>
        <translation>Ei geiriau hi</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Y camau nesaf</translation>
    </message>
    <message>
        <source>Celebrating you, {name}</source>
        <translation>Dathlu eich llwyddiant, {name}</translation>
    </message>
    <message>
        <source>{kind}: {reference} (file copy)</source>
        <translation>{kind}: {reference} (copi ffeil)</translation>
    </message>
</context>
<context>
    <name>ReportsStarChart</name>
    <message>
        <source>The star chart appears once three or more areas are scored.</source>
        <extracomment>How much of LATEST fills the latest assessment&apos;s shape (0-255). The size of every word on the chart, in points: at least 9, on screen and on paper. The chart&apos;s size on paper, in pixels of 1/96 inch (the unit a document&apos;s &lt;img&gt; uses). Image pixels for each of those, so the printed chart stays sharp.</extracomment>
        <translation>Bydd y siart seren yn ymddangos pan fydd tri maes neu fwy wedi cael sgôr.</translation>
    </message>
    <message>
        <source>First assessment (dashed)</source>
        <translation>Asesiad cyntaf (llinell doredig)</translation>
    </message>
    <message>
        <source>Latest assessment (solid)</source>
        <translation>Asesiad diweddaraf (llinell solet)</translation>
    </message>
</context>
<context>
    <name>ReportsSubjectAccessPdf</name>
    <message>
        <source>Access needs</source>
        <extracomment>Fields that are the database&apos;s own bookkeeping: in the JSON, not in her readable copy. When a row was typed or last changed: kept in the JSON, left out of her readable copy. Each field&apos;s name in her copy (in English here; translated where shown). A field not listed reads as its column&apos;s name.</extracomment>
        <translation>Anghenion mynediad</translation>
    </message>
    <message>
        <source>Acknowledged at</source>
        <translation>Cadarnhawyd ei dderbyn am</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Camau a gymerwyd</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Enw&apos;r asiantaeth</translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation>Gwnaed yn ddienw ar</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Atebion</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Wedi cyrraedd ar</translation>
    </message>
    <message>
        <source>Arriving on</source>
        <translation>Yn cyrraedd ar</translation>
    </message>
    <message>
        <source>Assessed at</source>
        <translation>Aseswyd am</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Aseswyd gan</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Aseswyd ar</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>Back at</source>
        <translation>Yn ôl am</translation>
    </message>
    <message>
        <source>Carried out at</source>
        <translation>Cyflawnwyd am</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Sianel</translation>
    </message>
    <message>
        <source>Child in need</source>
        <translation>Plentyn mewn angen</translation>
    </message>
    <message>
        <source>Child protection plan</source>
        <translation>Cynllun amddiffyn plant</translation>
    </message>
    <message>
        <source>Children ages</source>
        <translation>Oedrannau&apos;r plant</translation>
    </message>
    <message>
        <source>Children count</source>
        <translation>Nifer y plant</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Caewyd am</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>Gair cod</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Sylwadau</translation>
    </message>
    <message>
        <source>Community support</source>
        <translation>Cymorth yn y gymuned</translation>
    </message>
    <message>
        <source>Contactable</source>
        <translation>Modd cysylltu</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Beth mae&apos;n ei gwmpasu</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Penderfynwyd ar</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Decline reason</source>
        <translation>Rheswm dros wrthod</translation>
    </message>
    <message>
        <source>Departure reason</source>
        <translation>Rheswm dros adael</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>I ble</translation>
    </message>
    <message>
        <source>Documents language</source>
        <translation>Iaith y dogfennau</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Gwnaed am</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Cofrestrwyd ar</translation>
    </message>
    <message>
        <source>Excluded areas</source>
        <translation>Ardaloedd i&apos;w hosgoi</translation>
    </message>
    <message>
        <source>Expected back</source>
        <translation>Disgwylir yn ôl</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Yn dod i ben ar</translation>
    </message>
    <message>
        <source>Explained by</source>
        <translation>Eglurwyd gan</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>Gorffennwyd am</translation>
    </message>
    <message>
        <source>First arrived on</source>
        <translation>Wedi cyrraedd gyntaf ar</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Dilyn i fyny ar</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Rhoddwyd ar</translation>
    </message>
    <message>
        <source>Goal ids</source>
        <translation>Rhifau&apos;r nodau</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Nodau</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Meddyg teulu</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Cynhaliwyd ar</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>Wedi&apos;i gadw tan</translation>
    </message>
    <message>
        <source>In her words</source>
        <translation>Yn ei geiriau hi</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Tŷ</translation>
    </message>
    <message>
        <source>Household reference</source>
        <translation>Cyfeirnod yr aelwyd</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>Sut y&apos;i rhoddwyd</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>Statws mewnfudo</translation>
    </message>
    <message>
        <source>Key worker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Areas he is known in</source>
        <translation>Ardaloedd lle mae&apos;n hysbys</translation>
    </message>
    <message>
        <source>Known as</source>
        <translation>Enw arferol</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Sail gyfreithlon</translation>
    </message>
    <message>
        <source>Leaving on</source>
        <translation>Yn gadael ar</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Wedi gadael ar</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gwnaed ar</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Munudau</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Dull</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Eiliadau</translation>
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
        <source>Needs ground floor</source>
        <translation>Angen llawr gwaelod</translation>
    </message>
    <message>
        <source>Needs interpreter</source>
        <translation>Angen cyfieithydd</translation>
    </message>
    <message>
        <source>Needs wheelchair</source>
        <translation>Angen cadair olwyn</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Y camau nesaf</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Now arrived on</source>
        <translation>Wedi cyrraedd nawr ar</translation>
    </message>
    <message>
        <source>No recourse to public funds</source>
        <translation>Dim hawl i arian cyhoeddus</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Cynigion</translation>
    </message>
    <message>
        <source>Others involved</source>
        <translation>Eraill dan sylw</translation>
    </message>
    <message>
        <source>Out at</source>
        <translation>Allan am</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Nodyn canlyniad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Diwedd y cyfnod</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Dechrau&apos;r cyfnod</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Anifeiliaid anwes</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <source>Police ref</source>
        <translation>Cyfeirnod yr heddlu</translation>
    </message>
    <message>
        <source>Privacy notice given on</source>
        <translation>Hysbysiad preifatrwydd wedi&apos;i roi ar</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Daeth i law am</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Daeth i law ar</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Atgyfeiriwyd ar</translation>
    </message>
    <message>
        <source>Referrer contact</source>
        <translation>Cyswllt yr atgyfeiriwr</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Rhyddhawyd ar</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Gofynnwyd ar</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Lefel risg</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Llwybr</translation>
    </message>
    <message>
        <source>Safe to call</source>
        <translation>Diogel ffonio</translation>
    </message>
    <message>
        <source>Safe to text</source>
        <translation>Diogel anfon neges destun</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Sgoriau</translation>
    </message>
    <message>
        <source>Sealed at</source>
        <translation>Anfonwyd am</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Rhyw</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Wedi&apos;i rannu â</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shifft</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Status on</source>
        <translation>Statws ar</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>Success looks like</source>
        <translation>Sut olwg sydd ar lwyddiant</translation>
    </message>
    <message>
        <source>Superseded at</source>
        <translation>Disodlwyd am</translation>
    </message>
    <message>
        <source>Support after</source>
        <translation>Cymorth wedyn</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testun</translation>
    </message>
    <message>
        <source>Times to avoid</source>
        <translation>Amseroedd i&apos;w hosgoi</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Cerbyd</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fersiynau</translation>
    </message>
    <message>
        <source>Was arrived on</source>
        <translation>Wedi cyrraedd ar y pryd ar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>Pwy gafodd wybod</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Tynnwyd yn ôl ar</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Wedi&apos;i atal</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
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
        <source>The information we hold about you</source>
        <translation>Yr wybodaeth sydd gennym amdanoch chi</translation>
    </message>
    <message>
        <source>Prepared on {day}. It is set out in parts, one for each area of our work with you. Where something was withheld, it says so and why: usually because it is about someone else. You can ask us about anything in it.</source>
        <translation>Paratowyd ar {day}. Mae wedi&apos;i rannu&apos;n rhannau, un ar gyfer pob maes o&apos;n gwaith gyda chi. Lle cafodd rhywbeth ei atal, mae&apos;n dweud hynny a pham: fel arfer am ei fod yn ymwneud â rhywun arall. Gallwch ofyn i ni am unrhyw beth sydd ynddo.</translation>
    </message>
    <message>
        <source>We hold nothing in this part.</source>
        <translation>Nid oes gennym ddim yn y rhan hon.</translation>
    </message>
    <message>
        <source>%n records in this part.</source>
        <translation>%n cofnod yn y rhan hon.</translation>
    </message>
    <message>
        <source>Your data, as held by the refuge service</source>
        <translation>Eich data, fel y mae&apos;r gwasanaeth lloches yn ei gadw</translation>
    </message>
    <message>
        <source>Prepared on {day}.</source>
        <translation>Paratowyd ar {day}.</translation>
    </message>
    <message>
        <source>{file}: everything below, to read or print.</source>
        <translation>{file}: popeth isod, i&apos;w ddarllen neu i&apos;w argraffu.</translation>
    </message>
    <message>
        <source>The .json files hold the same information in a form other computer programs can
read, one file for each part (each child has a file of their own):</source>
        <translation>Mae&apos;r ffeiliau .json yn cynnwys yr un wybodaeth mewn ffurf y gall rhaglenni
cyfrifiadur eraill ei darllen, un ffeil ar gyfer pob rhan (mae gan bob plentyn ei
ffeil ei hun):</translation>
    </message>
    <message>
        <source>%n items were withheld, each marked [withheld: reason] where it would have been.</source>
        <translation>Cafodd %n eitem eu hatal, a phob un wedi&apos;i marcio [wedi&apos;i atal: rheswm] lle byddai wedi bod.</translation>
    </message>
    <message>
        <source>Nothing was withheld.</source>
        <translation>Ni chafodd dim ei atal.</translation>
    </message>
    <message>
        <source>This file is not encrypted: keep it somewhere only you can open.</source>
        <translation>Nid yw&apos;r ffeil hon wedi&apos;i hamgryptio: cadwch hi rywle mai dim ond chi sy&apos;n gallu ei hagor.</translation>
    </message>
</context>
<context>
    <name>ReportsSuppression</name>
    <message>
        <source>not shown</source>
        <extracomment>The words in place of a count hidden to protect another (in English here; `not_shown()` gives them in the language in use).</extracomment>
        <translation>heb ei ddangos</translation>
    </message>
    <message>
        <source>fewer than {threshold}</source>
        <translation>llai na {threshold}</translation>
    </message>
    <message>
        <source>Only an administrator can change the small-number threshold.</source>
        <extracomment>The thresholds an administrator may choose (the schema allows 1 to 100).</extracomment>
        <translation>Dim ond gweinyddwr sy&apos;n gallu newid y trothwy niferoedd bach.</translation>
    </message>
    <message>
        <source>Choose a whole number from {lowest} to {highest}.</source>
        <translation>Dewiswch rif cyfan o {lowest} i {highest}.</translation>
    </message>
    <message>
        <source>outside the service (small numbers hidden)</source>
        <translation>y tu allan i&apos;r gwasanaeth (niferoedd bach wedi&apos;u cuddio)</translation>
    </message>
    <message>
        <source>inside the service (exact counts)</source>
        <translation>o fewn y gwasanaeth (union niferoedd)</translation>
    </message>
    <message>
        <source>For outside the service: counts of people from 1 to {highest} are shown as &apos;{fewer}&apos;, so no woman or child can be picked out. Nought is shown.</source>
        <translation>Ar gyfer y tu allan i&apos;r gwasanaeth: mae niferoedd o bobl o 1 i {highest} yn cael eu dangos fel &apos;{fewer}&apos;, fel nad oes modd adnabod unrhyw fenyw na phlentyn. Mae dim yn cael ei ddangos.</translation>
    </message>
    <message>
        <source>Where a total would let a hidden count be worked out by subtraction, the total (or one more count) is &apos;{not_shown}&apos; too, and so is a rate or average made from a hidden count.</source>
        <translation>Lle byddai cyfanswm yn gadael i rywun gyfrifo nifer cudd drwy dynnu, mae&apos;r cyfanswm (neu un nifer arall) hefyd yn &apos;{not_shown}&apos;, ac felly hefyd unrhyw gyfradd neu gyfartaledd a wnaed o nifer cudd.</translation>
    </message>
    <message>
        <source>Left out of this version: {left_out}.</source>
        <translation>Wedi&apos;u gadael allan o&apos;r fersiwn hon: {left_out}.</translation>
    </message>
</context>
<context>
    <name>ReportsXlsx</name>
    <message>
        <source>&amp;A, page &amp;P of &amp;N</source>
        <extracomment>openpyxl&apos;s data type for a string cell (written as an inline string). Points per line of wrapped 11-pt text (Excel&apos;s and LibreOffice&apos;s default row is 15 pt). The tallest row a spreadsheet program accepts, in points. Column widths (in characters) that fit across portrait A4 at 100%; a wider sheet prints landscape.</extracomment>
        <translation>&amp;A, tudalen &amp;P o &amp;N</translation>
    </message>
</context>
<context>
    <name>ResidentHeader</name>
    <message>
        <source>She is still a child. Follow the safeguarding procedure and tell the safeguarding lead.</source>
        <extracomment>A court order ending within this many days shows as a warning on her record. A lapsed order stays on the header this long (unless a newer one of its kind is in force). A resident younger than this is still a child (SafeLives: &quot;16-17 you are still a child&quot;). What is said beside a resident under 18 when the service has not written its own note (Organisation.under_18_note, set on the Admin page).</extracomment>
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
        <extracomment>`update_resident` leaves her documents&apos; language as it is unless it is given.</extracomment>
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
    <name>ResidentsPage</name>
    <message>
        <source>Name</source>
        <extracomment>The list&apos;s headers, shown through translate(&quot;ResidentsPage&quot;, ...).</extracomment>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Where now</source>
        <translation>Ble nawr</translation>
    </message>
    <message>
        <source>Key worker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risg</translation>
    </message>
    <message>
        <source>{name} (known as {known_as})</source>
        <extracomment>The kinds of change (operations.changes()) that can alter the list.</extracomment>
        <translation>{name} (a elwir yn {known_as})</translation>
    </message>
    <message>
        <source>Not in refuge now</source>
        <translation>Ddim yn y lloches nawr</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Neb eto</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Heb ei asesu</translation>
    </message>
    <message>
        <source>Residents</source>
        <extracomment>This page&apos;s words with a count (refugedesk.i18n.Counted), in the &quot;ResidentsPage&quot; context whatever the class of the object (Qt&apos;s own tr() would take the runtime class&apos;s). Her record being opened in the background (open_resident_soon), if any.
----------
The search running in the background; an older one&apos;s rows are dropped.</extracomment>
        <translation>Preswylwyr</translation>
    </message>
    <message>
        <source>Intakes saved part-way…</source>
        <translation>Ffurflenni derbyn heb eu gorffen…</translation>
    </message>
    <message>
        <source>New intake…</source>
        <translation>Derbyn newydd…</translation>
    </message>
    <message>
        <source>Find a resident</source>
        <translation>Dod o hyd i breswylydd</translation>
    </message>
    <message>
        <source>Find by her name, known-as name, reference or a child&apos;s name</source>
        <translation>Chwilio yn ôl ei henw, yr enw y mae&apos;n ei ddefnyddio, cyfeirnod neu enw plentyn</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>In refuge now</source>
        <translation>Yn y lloches nawr</translation>
    </message>
    <message>
        <source>Everyone on file</source>
        <translation>Pawb ar gofnod</translation>
    </message>
    <message>
        <source>Left in the last year</source>
        <translation>Wedi gadael yn ystod y flwyddyn ddiwethaf</translation>
    </message>
    <message>
        <source>House</source>
        <extracomment>Typing a name widened &quot;In refuge now&quot; to everyone on file (undone when the search box is emptied); a Show the worker picks herself is kept as she chose it.</extracomment>
        <translation>Tŷ</translation>
    </message>
    <message>
        <source>Any house</source>
        <translation>Unrhyw dŷ</translation>
    </message>
    <message>
        <source>Any key worker</source>
        <translation>Unrhyw weithiwr allweddol</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Lefel risg</translation>
    </message>
    <message>
        <source>Any risk level</source>
        <translation>Unrhyw lefel risg</translation>
    </message>
    <message>
        <source>{risk} risk</source>
        <translation>Risg: {risk}</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Open her record</source>
        <translation>Agor ei chofnod</translation>
    </message>
    <message>
        <source>Intakes saved part-way ({count})…</source>
        <translation>Ffurflenni derbyn heb eu gorffen ({count})…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wrthi&apos;n chwilio…</translation>
    </message>
    <message>
        <source>No one is in refuge now. Choose &quot;Everyone on file&quot; under Show to see women who have left, or start with New intake.</source>
        <translation>Does neb yn y lloches nawr. Dewiswch &quot;Pawb ar gofnod&quot; o dan Dangos i weld menywod sydd wedi gadael, neu dechreuwch gyda Derbyn newydd.</translation>
    </message>
    <message>
        <source>No one on file matches. Check the spelling, or clear the filters.</source>
        <translation>Does neb ar gofnod yn cyfateb. Gwiriwch y sillafu, neu cliriwch yr hidlwyr.</translation>
    </message>
    <message>
        <source>No residents on file yet. Start with New intake.</source>
        <translation>Does dim preswylwyr ar gofnod eto. Dechreuwch gyda Derbyn newydd.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n; scroll down for more.</source>
        <translation>
            <numerusform>Yn dangos y %n cyntaf; sgroliwch i lawr i weld rhagor.</numerusform>
            <numerusform>Yn dangos y %n cyntaf; sgroliwch i lawr i weld rhagor.</numerusform>
            <numerusform>Yn dangos y %n cyntaf; sgroliwch i lawr i weld rhagor.</numerusform>
            <numerusform>Yn dangos y %n cyntaf; sgroliwch i lawr i weld rhagor.</numerusform>
            <numerusform>Yn dangos y %n cyntaf; sgroliwch i lawr i weld rhagor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n residents.</source>
        <comment>%n resident.</comment>
        <translation>
            <numerusform>%n preswylydd.</numerusform>
            <numerusform>%n preswylydd.</numerusform>
            <numerusform>%n preswylydd.</numerusform>
            <numerusform>%n preswylydd.</numerusform>
            <numerusform>%n preswylydd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searched everyone on file, not only those in refuge now.</source>
        <translation>Wedi chwilio pawb ar gofnod, nid dim ond y rhai sydd yn y lloches nawr.</translation>
    </message>
    <message>
        <source>Opening her record…</source>
        <translation>Wrthi&apos;n agor ei chofnod…</translation>
    </message>
    <message>
        <source>The intake is saved. Carry on with it from “Intakes saved part-way” when you are ready.</source>
        <translation>Mae&apos;r ffurflen dderbyn wedi&apos;i chadw. Ewch ymlaen â hi o “Ffurflenni derbyn heb eu gorffen” pan fyddwch chi&apos;n barod.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Give the years after an adult&apos;s last contact as a whole number.</source>
        <extracomment>The ranges the schedule&apos;s values may take (the schema&apos;s CHECK says the same). The longest reason a decision keeps. What each value of the schedule is refused with: not a whole number; out of its range.</extracomment>
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
        <translation>Dewiswch adegau o&apos;i chofnod cysylltiadau hi ei hun.</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Did the latest incident leave her injured?</source>
        <extracomment>The 24 DASH questions, in the published order, in plain words (a paraphrase of the topics of the SafeLives checklist; the worker asks them in her own way). Each is read in the language in use (`DASH_QUESTIONS[i]` translates it); the numbering is SafeLives&apos; own (question 1 is DASH_QUESTIONS[0]).</extracomment>
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
    <name>Server</name>
    <message>
        <source>The server did not accept that user and password. Check both (and Caps Lock) and try again. Nothing was changed.</source>
        <extracomment>The database every PostgreSQL server has, where init asks whether the service&apos;s exists. The login `server connect` names when it checks a server without signing in: no such role exists (no staff login may start with &quot;refugedesk_&quot;), and its password is a random one made for the check, so no real password is ever sent. The tables that say RefugeDesk is already set up in a database.</extracomment>
        <translation>ddim ar gael</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection (TLS), so RefugeDesk did not send a password. Whoever runs it must turn TLS on (ssl = on in postgresql.conf).</source>
        <translation>Nid yw&apos;r gweinydd yn cynnig cysylltiad wedi&apos;i amgryptio (TLS), felly ni anfonodd RefugeDesk gyfrinair. Rhaid i bwy bynnag sy&apos;n ei redeg droi TLS ymlaen (ssl = on yn postgresql.conf).</translation>
    </message>
    <message>
        <source>There is no database of that name on the server. Check its name.</source>
        <translation>Does dim cronfa ddata o&apos;r enw hwnnw ar y gweinydd. Gwiriwch ei henw.</translation>
    </message>
    <message>
        <source>On a server a username is at most 63 characters and cannot start with pg_ or refugedesk_. Choose another.</source>
        <extracomment>The organisation&apos;s recovery code: shown once, kept nowhere. Whether init made the database (else it was there, empty).</extracomment>
        <translation>Ar weinydd, mae enw defnyddiwr yn 63 nod ar y mwyaf ac ni all ddechrau gyda pg_ na refugedesk_. Dewiswch un arall.</translation>
    </message>
    <message>
        <source>Now make the server accept staff only over an encrypted connection, with their own password.
In pg_hba.conf, put these lines above any other &apos;host&apos; lines and remove the
others (staff sign in from anywhere, always with TLS; everything else is
refused; where the offices have fixed addresses, put those in place of
0.0.0.0/0 and ::/0):</source>
        <translation>Nawr gwnewch i&apos;r gweinydd dderbyn staff dros gysylltiad wedi&apos;i amgryptio yn unig, gyda&apos;u cyfrinair eu hunain.
Yn pg_hba.conf, rhowch y llinellau hyn uwchben unrhyw linellau &apos;host&apos; eraill a thynnwch
y lleill (mae staff yn mewngofnodi o unrhyw le, gyda TLS bob tro; caiff popeth arall
ei wrthod; lle mae gan y swyddfeydd gyfeiriadau sefydlog, rhowch y rheini yn lle
0.0.0.0/0 a ::/0):</translation>
    </message>
    <message>
        <source>In postgresql.conf (the certificate and key files are the server&apos;s own, made as
docs/server.md shows):</source>
        <translation>Yn postgresql.conf (ffeiliau tystysgrif ac allwedd y gweinydd ei hun yw&apos;r rhain, wedi&apos;u
gwneud fel y mae docs/server.md yn ei ddangos):</translation>
    </message>
    <message>
        <source>Then restart PostgreSQL. Keep the &apos;local&apos; lines, which let the server&apos;s own
administrator sign in on the server itself.</source>
        <translation>Yna ailgychwynnwch PostgreSQL. Cadwch y llinellau &apos;local&apos;, sy&apos;n gadael i weinyddwr y
gweinydd fewngofnodi ar y gweinydd ei hun.</translation>
    </message>
</context>
<context>
    <name>ServerConnect</name>
    <message>
        <source>Connect to your service&apos;s server</source>
        <translation>Cysylltu â gweinydd eich gwasanaeth</translation>
    </message>
    <message>
        <source>Whoever looks after your service&apos;s server gives you these. None of them is secret: your password is asked for next, and only sent to the server the certificate vouches for.</source>
        <translation>Mae pwy bynnag sy&apos;n gofalu am weinydd eich gwasanaeth yn rhoi&apos;r rhain i chi. Does dim un ohonyn nhw&apos;n gyfrinach: gofynnir am eich cyfrinair nesaf, a dim ond i&apos;r gweinydd y mae&apos;r dystysgrif yn tystio iddo y caiff ei anfon.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Cysylltu</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Enw&apos;r gweinydd</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porth</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cronfa ddata</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Ffeil tystysgrif</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Dewis y ffeil tystysgrif</translation>
    </message>
    <message>
        <source>&amp;Server name</source>
        <translation>&amp;Enw&apos;r gweinydd</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Porth</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Cronfa ddata</translation>
    </message>
    <message>
        <source>&amp;Certificate file</source>
        <translation>Ffeil &amp;tystysgrif</translation>
    </message>
    <message>
        <source>The server&apos;s certificate</source>
        <translation>Tystysgrif y gweinydd</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Tystysgrifau (*.pem *.crt)</translation>
    </message>
    <message>
        <source>That certificate file cannot be read. Choose the .pem file you were given.</source>
        <translation>Does dim modd darllen y ffeil tystysgrif honno. Dewiswch y ffeil .pem a roddwyd i chi.</translation>
    </message>
</context>
<context>
    <name>ServerMove</name>
    <message>
        <source>The records of {table} on the server do not match the vault file, so the move is not finished. The vault file is unchanged: keep using it, and tell your administrator.</source>
        <extracomment>table -&gt; records copied and checked colleagues who need a first password from an administrator before they can sign in What the move changes on purpose: the service&apos;s recovery slot is new (the file&apos;s code opened the file&apos;s key), and the organisation row holds its public key.</extracomment>
        <translation>Nid yw cofnodion {table} ar y gweinydd yn cyfateb i ffeil y gronfa ddiogel, felly nid yw&apos;r symud wedi gorffen. Does dim wedi newid yn ffeil y gronfa ddiogel: daliwch i&apos;w defnyddio, a dywedwch wrth eich gweinyddwr.</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>That is not a server name RefugeDesk can use: give its name (refuge-db.example.org) or its address.</source>
        <extracomment>How this copy of RefugeDesk names its connections to the server (application_name): a change of the service key counts every other connection as someone else&apos;s, her own login&apos;s on another computer included (server/key_rotation.py). The certificate authority&apos;s certificate(s), PEM text. Where the profile was read from (None before it is saved).</extracomment>
        <translation>Nid yw hwnnw&apos;n enw gweinydd y gall RefugeDesk ei ddefnyddio: rhowch ei enw (refuge-db.example.org) neu ei gyfeiriad.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation>Mae&apos;r porth yn rhif o 1 i 65535 (5432 fel arfer).</translation>
    </message>
    <message>
        <source>The database name is letters, numbers, - and _ (up to 63).</source>
        <translation>Mae enw&apos;r gronfa ddata yn llythrennau, rhifau, - a _ (hyd at 63).</translation>
    </message>
    <message>
        <source>The certificate is not a PEM certificate (a text file that starts -----BEGIN CERTIFICATE-----). Ask whoever runs the server for it.</source>
        <translation>Nid tystysgrif PEM yw&apos;r dystysgrif (ffeil destun sy&apos;n dechrau -----BEGIN CERTIFICATE-----). Gofynnwch amdani i bwy bynnag sy&apos;n rhedeg y gweinydd.</translation>
    </message>
</context>
<context>
    <name>ServerRules</name>
    <message>
        <source>If RefugeDesk was updated recently, whoever runs the server makes its rules again with refugedesk server upgrade; otherwise someone with the server&apos;s own powers changed them.</source>
        <translation>Os cafodd RefugeDesk ei ddiweddaru&apos;n ddiweddar, mae pwy bynnag sy&apos;n rhedeg y gweinydd yn gwneud ei reolau eto gyda refugedesk server upgrade; fel arall mae rhywun â phwerau&apos;r gweinydd ei hun wedi eu newid.</translation>
    </message>
    <message>
        <source>On the server {who} has {privilege} on the database, which RefugeDesk does not give.</source>
        <translation>Ar y gweinydd mae gan {who} {privilege} ar y gronfa ddata, nad yw RefugeDesk yn ei roi.</translation>
    </message>
    <message>
        <source>On the server {who} may create things in the public schema, which RefugeDesk does not allow.</source>
        <translation>Ar y gweinydd gall {who} greu pethau yn y sgema cyhoeddus, nad yw RefugeDesk yn ei ganiatáu.</translation>
    </message>
    <message>
        <source>The server&apos;s rule {name} on {table} is missing or switched off.</source>
        <translation>Mae rheol y gweinydd {name} ar {table} ar goll neu wedi&apos;i diffodd.</translation>
    </message>
    <message>
        <source>The server has a trigger RefugeDesk did not make: {name} on {table}.</source>
        <translation>Mae gan y gweinydd sbardun na wnaeth RefugeDesk ei greu: {name} ar {table}.</translation>
    </message>
    <message>
        <source>Need-to-know is switched off on {table}: every worker can read all of it.</source>
        <translation>Mae angen-gwybod wedi&apos;i ddiffodd ar {table}: gall pob gweithiwr ddarllen y cyfan ohono.</translation>
    </message>
    <message>
        <source>The need-to-know rule {name} on {table} is missing.</source>
        <translation>Mae&apos;r rheol angen-gwybod {name} ar {table} ar goll.</translation>
    </message>
    <message>
        <source>The need-to-know rule {name} on {table} was changed.</source>
        <translation>Mae&apos;r rheol angen-gwybod {name} ar {table} wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>The server has a need-to-know rule RefugeDesk did not make, which may let people read more: {name} on {table}.</source>
        <translation>Mae gan y gweinydd reol angen-gwybod na wnaeth RefugeDesk ei chreu, a allai adael i bobl ddarllen mwy: {name} ar {table}.</translation>
    </message>
    <message>
        <source>The server has a function RefugeDesk did not make: {name}.</source>
        <translation>Mae gan y gweinydd swyddogaeth na wnaeth RefugeDesk ei chreu: {name}.</translation>
    </message>
    <message>
        <source>RefugeDesk&apos;s function {name} on the server is missing or was changed.</source>
        <translation>Mae swyddogaeth RefugeDesk {name} ar y gweinydd ar goll neu wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>On the server {who} has {privilege} on {what}, which RefugeDesk does not give.</source>
        <translation>Ar y gweinydd mae gan {who} {privilege} ar {what}, nad yw RefugeDesk yn ei roi.</translation>
    </message>
    <message>
        <source>On the server {who} no longer has {privilege} on {what}, which RefugeDesk gives.</source>
        <translation>Ar y gweinydd nid oes gan {who} {privilege} ar {what} mwyach, er bod RefugeDesk yn ei roi.</translation>
    </message>
</context>
<context>
    <name>ServerVault</name>
    <message>
        <source>Someone else was changing the same records at the same moment, so nothing was saved. Try again.</source>
        <extracomment>SQLSTATEs of a transaction PostgreSQL undid because another ran at the same moment (or one held what it needed longer than it would wait: lock_not_available).</extracomment>
        <translation>Roedd rhywun arall yn newid yr un cofnodion ar yr un pryd, felly does dim wedi&apos;i gadw. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>On the service&apos;s server each person signs in as herself: sign out, then sign in with your own name and password.</source>
        <extracomment>A transaction begun this soon (seconds) after confirm_person does not read who is acting again (ServerVault.transaction). A pooled connection left unused this long (seconds) is checked with a round trip before it is used again (ServerVault&apos;s engine). One in steady use is not: the check would cost every action a round trip. One the server or the network dropped while it sat is replaced unseen; one dropped within the last few seconds makes that action &quot;cannot be reached, try again&quot; (nothing half-saved: the server undoes an unfinished transaction), and the pool starts afresh for the next. The profile&apos;s place: where the window&apos;s title and recent-places list say she is. A file vault&apos;s signed staff roster: on a server the server&apos;s own roles and functions keep who may do what (server/roles.py), so there is none. When confirm_person last re-read her (time.monotonic), until a transaction uses it.</extracomment>
        <translation>Ar weinydd y gwasanaeth mae pob person yn mewngofnodi fel hi ei hun: allgofnodwch, yna mewngofnodwch gyda&apos;ch enw a&apos;ch cyfrinair eich hun.</translation>
    </message>
    <message>
        <source>{name} is switched on in RefugeDesk but cannot sign in to the server.</source>
        <translation>Mae {name} wedi&apos;i droi ymlaen yn RefugeDesk ond ni all fewngofnodi i&apos;r gweinydd.</translation>
    </message>
    <message>
        <source>{name} is switched off in RefugeDesk but can still sign in to the server.</source>
        <translation>Mae {name} wedi&apos;i ddiffodd yn RefugeDesk ond gall fewngofnodi i&apos;r gweinydd o hyd.</translation>
    </message>
    <message>
        <source>{name}&apos;s login on the server does not have her RefugeDesk role.</source>
        <translation>Nid oes gan fewngofnod {name} ar y gweinydd ei rôl RefugeDesk.</translation>
    </message>
    <message>
        <source>The server has a login, {name}, in RefugeDesk&apos;s staff groups that is not one of the staff.</source>
        <translation>Mae gan y gweinydd fewngofnod, {name}, yng ngrwpiau staff RefugeDesk nad yw&apos;n un o&apos;r staff.</translation>
    </message>
    <message>
        <source>The server also holds another RefugeDesk service, {database}: its staff can reach this service&apos;s database too.</source>
        <translation>Mae&apos;r gweinydd hefyd yn dal gwasanaeth RefugeDesk arall, {database}: gall ei staff gyrraedd cronfa ddata&apos;r gwasanaeth hwn hefyd.</translation>
    </message>
</context>
<context>
    <name>ServerVaultCheck</name>
    <message numerus="yes">
        <source>%n protected values in {place} cannot be opened with the service&apos;s key: they were changed on the server.</source>
        <comment>%n protected value in {place} cannot be opened with the service&apos;s key: it was changed on the server.</comment>
        <translation>
            <numerusform>Does dim modd agor %n gwerth gwarchodedig yn {place} gydag allwedd y gwasanaeth: cawson nhw eu newid ar y gweinydd.</numerusform>
            <numerusform>Does dim modd agor %n gwerth gwarchodedig yn {place} gydag allwedd y gwasanaeth: cafodd ei newid ar y gweinydd.</numerusform>
            <numerusform>Does dim modd agor %n gwerth gwarchodedig yn {place} gydag allwedd y gwasanaeth: cawson nhw eu newid ar y gweinydd.</numerusform>
            <numerusform>Does dim modd agor %n gwerth gwarchodedig yn {place} gydag allwedd y gwasanaeth: cawson nhw eu newid ar y gweinydd.</numerusform>
            <numerusform>Does dim modd agor %n gwerth gwarchodedig yn {place} gydag allwedd y gwasanaeth: cawson nhw eu newid ar y gweinydd.</numerusform>
        </translation>
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
    <name>Settings</name>
    <message>
        <source>As this computer asks</source>
        <translation>Fel mae&apos;r cyfrifiadur hwn yn gofyn</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Safonol</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>This is a DEMO vault: everyone in it is made up. Sign in as admin, manager or worker; the password for each is: demo</source>
        <translation>Cronfa ddiogel DEMO yw hon: mae pawb ynddi yn ddychmygol. Mewngofnodwch fel admin, manager neu worker; y cyfrinair i bob un yw: demo</translation>
    </message>
    <message>
        <source>RefugeDesk DEMO — sign in</source>
        <extracomment>The language chosen with the button here (None: she did not choose): it becomes her own once she signs in. The sign-in running in the background, if any. What signing in will need, loaded while she types (ui/warmup.py).</extracomment>
        <translation>RefugeDesk DEMO — mewngofnodi</translation>
    </message>
    <message>
        <source>RefugeDesk — sign in</source>
        <translation>RefugeDesk — mewngofnodi</translation>
    </message>
    <message>
        <source>Sign in to RefugeDesk</source>
        <translation>Mewngofnodi i RefugeDesk</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Enw defnyddiwr</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Cyfrinair</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Wrthi&apos;n mewngofnodi</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>Vault: {path}</source>
        <translation>Cronfa ddiogel: {path}</translation>
    </message>
    <message>
        <source>English: use RefugeDesk in English</source>
        <translation>English: defnyddio RefugeDesk yn Saesneg</translation>
    </message>
    <message>
        <source>Cymraeg: use RefugeDesk in Welsh</source>
        <translation>Cymraeg: defnyddio RefugeDesk yn Gymraeg</translation>
    </message>
    <message>
        <source>The Welsh words are missing from this copy of RefugeDesk, so it stays in English. Ask your administrator to reinstall it.</source>
        <translation>Mae&apos;r geiriau Cymraeg ar goll o&apos;r copi hwn o RefugeDesk, felly mae&apos;n aros yn Saesneg. Gofynnwch i&apos;ch gweinyddwr ei osod eto.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Rhowch eich enw defnyddiwr.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Rhowch eich cyfrinair.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Wrthi&apos;n mewngofnodi…</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Wrthi&apos;n gwirio eich cyfrinair…</translation>
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
<context>
    <name>StaffDialogs</name>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Ychwanegu aelod o staff</translation>
    </message>
    <message>
        <source>Give her the username and password in person, not by e-mail. She can change the password once she has signed in.</source>
        <translation>Rhowch yr enw defnyddiwr a&apos;r cyfrinair iddi wyneb yn wyneb, nid drwy e-bost. Gall hi newid y cyfrinair ar ôl iddi fewngofnodi.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>letters and numbers, e.g. amina</source>
        <translation>llythrennau a rhifau, e.e. amina</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Ychwanegu aelod o staff</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Newid rôl</translation>
    </message>
    <message>
        <source>Role for {name}</source>
        <translation>Rôl {name}</translation>
    </message>
    <message>
        <source>Support workers see residents&apos; records; managers also make backups and reports; administrators also manage staff and security settings.</source>
        <translation>Mae gweithwyr cymorth yn gweld cofnodion preswylwyr; mae rheolwyr hefyd yn gwneud copïau wrth gefn ac adroddiadau; mae gweinyddwyr hefyd yn rheoli staff a gosodiadau diogelwch.</translation>
    </message>
    <message>
        <source>Save role</source>
        <translation>Cadw&apos;r rôl</translation>
    </message>
    <message>
        <source>Switch on {name}&apos;s account</source>
        <translation>Troi cyfrif {name} ymlaen</translation>
    </message>
    <message>
        <source>Set a new password for {name}</source>
        <translation>Gosod cyfrinair newydd i {name}</translation>
    </message>
    <message>
        <source>Her old password will stop working. Give her the new one in person; she can change it once she has signed in.</source>
        <translation>Bydd ei hen gyfrinair yn peidio â gweithio. Rhowch yr un newydd iddi wyneb yn wyneb; gall hi ei newid ar ôl iddi fewngofnodi.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Cyfrinair newydd</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Troi ymlaen</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Gosod cyfrinair</translation>
    </message>
    <message>
        <source>Type the recovery code.</source>
        <translation>Teipiwch y cod adfer.</translation>
    </message>
    <message>
        <source>Protect staff accounts</source>
        <translation>Diogelu cyfrifon staff</translation>
    </message>
    <message>
        <source>This vault was made by an older RefugeDesk, so its staff accounts are not signed. Type the recovery code (the printed one, kept offline) to sign them as they are now. You only do this once.</source>
        <translation>Cafodd y gronfa ddiogel hon ei gwneud gan fersiwn hŷn o RefugeDesk, felly nid yw ei chyfrifon staff wedi&apos;u llofnodi. Teipiwch y cod adfer (yr un a argraffwyd ac a gadwyd all-lein) i&apos;w llofnodi fel y maen nhw nawr. Dim ond unwaith mae angen gwneud hyn.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Diogelu</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>Where a failed read is said (the page&apos;s message line).</extracomment>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Wedi&apos;i ddiffodd</translation>
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
    <name>StartIntake</name>
    <message>
        <source>Is she already on file?</source>
        <extracomment>Opens the intake wizard for the stay (carrying on its saved intake, if it has one).</extracomment>
        <translation>Ydy hi ar gofnod yn barod?</translation>
    </message>
    <message>
        <source>{name} arrived in {room}, {house} on {day} (household {reference}). These women on file have the same name. If one of them is her, her new stay goes on her record and she keeps her reference; if not, start a new intake.</source>
        <translation>Cyrhaeddodd {name} {room}, {house} ar {day} (aelwyd {reference}). Mae gan y menywod hyn sydd ar gofnod yr un enw. Os mai un ohonyn nhw yw hi, bydd ei harhosiad newydd yn mynd ar ei chofnod a bydd hi&apos;n cadw ei chyfeirnod; os nad yw, dechreuwch ei derbyn o&apos;r newydd.</translation>
    </message>
    <message>
        <source>Women on file with her name</source>
        <translation>Menywod ar gofnod sydd â&apos;i henw hi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>This is her</source>
        <translation>Dyma hi</translation>
    </message>
    <message>
        <source>She is new: start her intake</source>
        <translation>Mae hi&apos;n newydd: dechrau ei derbyn</translation>
    </message>
    <message>
        <source>Put this stay on her record</source>
        <translation>Rhoi&apos;r arhosiad hwn ar ei chofnod</translation>
    </message>
    <message>
        <source>Choose her in the list first.</source>
        <translation>Dewiswch hi yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>She is in refuge now, in another room, so this stay cannot be hers. If she has moved, use Move on the board instead.</source>
        <translation>Mae hi yn y lloches nawr, mewn ystafell arall, felly does dim modd i&apos;r arhosiad hwn fod yn un iddi hi. Os yw hi wedi symud, defnyddiwch Symud ar y bwrdd yn lle hynny.</translation>
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
    <name>SubjectAccess</name>
    <message>
        <source>Your details</source>
        <extracomment>Every table that holds something about her, and the area of the pack it is read into. Tables that name her but hold nothing that is not already in another area. The areas in the order her copy reads them, with their plain headings (in English here: `area_title` gives them in the language being spoken).</extracomment>
        <translation>Eich manylion</translation>
    </message>
    <message>
        <source>What you agreed we could share</source>
        <translation>Beth y cytunoch y gallem ei rannu</translation>
    </message>
    <message>
        <source>The person you left</source>
        <translation>Y person y gwnaethoch ei adael</translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation>Gorchmynion llys</translation>
    </message>
    <message>
        <source>Your stays and room moves</source>
        <translation>Eich arhosiadau a&apos;ch symudiadau ystafell</translation>
    </message>
    <message>
        <source>How you were referred to us</source>
        <translation>Sut y cawsoch eich atgyfeirio atom</translation>
    </message>
    <message>
        <source>Safety and risk assessments</source>
        <translation>Asesiadau diogelwch a risg</translation>
    </message>
    <message>
        <source>Needs assessments</source>
        <translation>Asesiadau anghenion</translation>
    </message>
    <message>
        <source>Your support plans</source>
        <translation>Eich cynlluniau cymorth</translation>
    </message>
    <message>
        <source>Contact with your workers</source>
        <translation>Cyswllt â&apos;ch gweithwyr</translation>
    </message>
    <message>
        <source>Referrals we made for you</source>
        <translation>Atgyfeiriadau a wnaethom ar eich rhan</translation>
    </message>
    <message>
        <source>Groups and programmes</source>
        <translation>Grwpiau a rhaglenni</translation>
    </message>
    <message>
        <source>Incidents you were part of</source>
        <translation>Digwyddiadau yr oeddech chi&apos;n rhan ohonynt</translation>
    </message>
    <message>
        <source>Signing out and back in</source>
        <translation>Mynd allan a dod yn ôl</translation>
    </message>
    <message>
        <source>Staff handover notes that mention you</source>
        <translation>Nodiadau trosglwyddo staff sy&apos;n sôn amdanoch</translation>
    </message>
    <message>
        <source>Reviews and moving on</source>
        <translation>Adolygiadau a symud ymlaen</translation>
    </message>
    <message>
        <source>Forms saved part-way</source>
        <translation>Ffurflenni a gadwyd hanner ffordd</translation>
    </message>
    <message>
        <source>Your requests about your data</source>
        <translation>Eich ceisiadau am eich data</translation>
    </message>
    <message>
        <source>When staff outside your house opened your record</source>
        <translation>Pan agorodd staff y tu allan i&apos;ch tŷ chi eich cofnod</translation>
    </message>
    <message>
        <source>It names another resident</source>
        <extracomment>Why an item is withheld, as first suggested (in English here; offered to the manager in the language in use, and written into her copy in hers: `reason_for_her`).</extracomment>
        <translation>Mae&apos;n enwi preswylydd arall</translation>
    </message>
    <message>
        <source>The details of the person you left (a third party)</source>
        <translation>Manylion y person y gwnaethoch ei adael (trydydd parti)</translation>
    </message>
    <message>
        <source>It may name someone else (a third party)</source>
        <translation>Efallai ei fod yn enwi rhywun arall (trydydd parti)</translation>
    </message>
    <message>
        <source>A staff-only risk note: the crime and safety exemption applies</source>
        <translation>Nodyn risg i staff yn unig: mae&apos;r eithriad ar gyfer troseddu a diogelwch yn berthnasol</translation>
    </message>
    <message>
        <source>The referrer&apos;s own contact details (a third party)</source>
        <translation>Manylion cyswllt yr atgyfeiriwr ei hun (trydydd parti)</translation>
    </message>
    <message>
        <source>The intake as it was typed, which holds other people&apos;s details</source>
        <translation>Y derbyn fel y cafodd ei deipio, sy&apos;n cynnwys manylion pobl eraill</translation>
    </message>
    <message>
        <source>Your child: {name}</source>
        <extracomment>Capitalised words that are not names, for the &quot;may name someone&quot; heuristic. Its heading in the language in use when it was gathered (`area_title` for another). A child&apos;s part: the child&apos;s name.
----------
Columns that say which staff member typed or changed a row: kept out of her copy (the audit trail holds them). Columns holding JSON text, shown as the data they hold.</extracomment>
        <translation>Eich plentyn: {name}</translation>
    </message>
    <message>
        <source>[withheld: {reason}]</source>
        <extracomment>The language of her documents (Resident.documents_language); None: the one in use.</extracomment>
        <translation>[wedi&apos;i atal: {reason}]</translation>
    </message>
    <message>
        <source>Only a manager or an administrator can review and release her data. You can record that she asked.</source>
        <translation>Dim ond rheolwr neu weinyddwr sy&apos;n gallu adolygu a rhyddhau ei data. Gallwch chi gofnodi ei bod hi wedi gofyn.</translation>
    </message>
    <message>
        <source>One of the items to withhold is not in her data any more. Open her data again and review it.</source>
        <translation>Nid yw un o&apos;r eitemau i&apos;w hatal yn ei data mwyach. Agorwch ei data eto a&apos;i adolygu.</translation>
    </message>
    <message>
        <source>Say why each ticked item is withheld.</source>
        <translation>Dywedwch pam mae pob eitem a dicioch yn cael ei hatal.</translation>
    </message>
    <message>
        <source>Keep each reason under {count} characters.</source>
        <translation>Cadwch bob rheswm o dan {count} nod.</translation>
    </message>
    <message>
        <source>Give the date she asked.</source>
        <translation>Rhowch y dyddiad y gofynnodd hi.</translation>
    </message>
    <message>
        <source>The day she asked cannot be in the future.</source>
        <translation>Ni all y diwrnod y gofynnodd hi fod yn y dyfodol.</translation>
    </message>
    <message>
        <source>The person she left: name, description, vehicle, areas</source>
        <translation>Y person a adawodd hi: enw, disgrifiad, cerbyd, ardaloedd</translation>
    </message>
    <message>
        <source>Court order notes</source>
        <translation>Nodiadau gorchymyn llys</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>cywiriad</translation>
    </message>
    <message>
        <source>Why a stay was corrected</source>
        <translation>Pam y cywirwyd arhosiad</translation>
    </message>
    <message>
        <source>Who referred her: their contact details</source>
        <translation>Pwy a&apos;i hatgyfeiriodd: eu manylion cyswllt</translation>
    </message>
    <message>
        <source>Areas she must not be placed in (may say where the person she left lives)</source>
        <translation>Ardaloedd na ddylid rhoi lle iddi ynddynt (gall ddweud ble mae&apos;r person a adawodd hi&apos;n byw)</translation>
    </message>
    <message>
        <source>Note on the referral&apos;s outcome</source>
        <translation>Nodyn ar ganlyniad yr atgyfeiriad</translation>
    </message>
    <message>
        <source>DASH risk assessment</source>
        <translation>asesiad risg DASH</translation>
    </message>
    <message>
        <source>DASH: the worker&apos;s reasons and comments</source>
        <translation>DASH: rhesymau a sylwadau&apos;r gweithiwr</translation>
    </message>
    <message>
        <source>MARAC referral</source>
        <translation>atgyfeiriad MARAC</translation>
    </message>
    <message>
        <source>MARAC: the reason and the actions agreed</source>
        <translation>MARAC: y rheswm a&apos;r camau gweithredu a gytunwyd</translation>
    </message>
    <message>
        <source>Contact note, {day}</source>
        <translation>Nodyn cyswllt, {day}</translation>
    </message>
    <message>
        <source>Referral out to {agency}: reason, outcome and lawful basis</source>
        <translation>Atgyfeiriad allan i {agency}: rheswm, canlyniad a sail gyfreithlon</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>cofrestru</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>presenoldeb</translation>
    </message>
    <message>
        <source>Incident {day}: the other residents involved</source>
        <translation>Digwyddiad {day}: y preswylwyr eraill dan sylw</translation>
    </message>
    <message>
        <source>Incident {day}: what happened, shared with others</source>
        <translation>Digwyddiad {day}: beth ddigwyddodd, wedi&apos;i rannu ag eraill</translation>
    </message>
    <message>
        <source>Incident {day}: what happened</source>
        <translation>Digwyddiad {day}: beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Signed out {day}: note and steps taken</source>
        <translation>Wedi mynd allan {day}: nodyn a&apos;r camau a gymerwyd</translation>
    </message>
    <message>
        <source>review</source>
        <translation>adolygiad</translation>
    </message>
    <message>
        <source>Review: who attended, and what was written</source>
        <translation>Adolygiad: pwy oedd yno, a beth a ysgrifennwyd</translation>
    </message>
    <message>
        <source>moving on</source>
        <translation>symud ymlaen</translation>
    </message>
    <message>
        <source>Moving on: the note</source>
        <translation>Symud ymlaen: y nodyn</translation>
    </message>
    <message>
        <source>form saved part-way</source>
        <translation>ffurflen a gadwyd hanner ffordd</translation>
    </message>
    <message>
        <source>Unsaved {form} form</source>
        <translation>Ffurflen {form} heb ei chadw</translation>
    </message>
    <message>
        <source>intake as typed</source>
        <translation>derbyn fel y&apos;i teipiwyd</translation>
    </message>
    <message>
        <source>The intake as typed</source>
        <translation>Y derbyn fel y&apos;i teipiwyd</translation>
    </message>
    <message>
        <source>subject access request</source>
        <translation>cais am fynediad at ddata</translation>
    </message>
    <message>
        <source>erasure request</source>
        <translation>cais i ddileu</translation>
    </message>
    <message>
        <source>Handover {day}: {section} line</source>
        <translation>Trosglwyddiad {day}: llinell {section}</translation>
    </message>
    <message>
        <source>addendum</source>
        <translation>atodiad</translation>
    </message>
    <message>
        <source>Handover addendum</source>
        <translation>Atodiad i drosglwyddiad</translation>
    </message>
</context>
<context>
    <name>TextAndContrast</name>
    <message>
        <source>Text size and contrast on this computer</source>
        <extracomment>The languages she can choose, each named in its own words (not translated: she must find hers whichever language the window is in). The Welsh is a draft until a Welsh-speaking refuge worker has read it (resources/translations/README.md).</extracomment>
        <translation>Maint y testun a chyferbyniad ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <source>{size}%</source>
        <translation>{size}%</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Cyferbyniad</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>&amp;Maint y testun</translation>
    </message>
    <message>
        <source>Co&amp;ntrast</source>
        <translation>&amp;Cyferbyniad</translation>
    </message>
    <message>
        <source>Changes straight away. The side menu and room board fit a new size after the next sign-in.</source>
        <translation>Yn newid ar unwaith. Bydd y ddewislen ochr a&apos;r bwrdd ystafelloedd yn addasu i faint newydd ar ôl i chi fewngofnodi nesaf.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>The language RefugeDesk speaks to you: its menus, pages and messages. It is yours alone; your colleagues keep theirs. It changes straight away, and you stay signed in.</source>
        <translation>Yr iaith y mae RefugeDesk yn ei siarad â chi: ei ddewislenni, ei dudalennau a&apos;i negeseuon. Eich dewis chi yn unig yw hi; mae eich cydweithwyr yn cadw eu dewis nhw. Mae&apos;n newid ar unwaith, ac rydych chi&apos;n aros wedi mewngofnodi.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>The Welsh is a draft: it has not yet been checked by a Welsh-speaking refuge worker.</source>
        <translation>Drafft yw&apos;r Gymraeg: nid yw wedi&apos;i gwirio eto gan weithiwr lloches sy&apos;n siarad Cymraeg.</translation>
    </message>
    <message>
        <source>Use this language</source>
        <translation>Defnyddio&apos;r iaith hon</translation>
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
<context>
    <name>Widgets</name>
    <message>
        <source>{whose}: message</source>
        <extracomment>Space around a page&apos;s content (left, top, right, bottom). Small enough that a page fits a 1366×768 screen at 150% scaling (910 logical pixels, 200 of them the rail). This module&apos;s words with a count. Label roles that are headings to a screen reader, and their level.</extracomment>
        <translation>{whose}: neges</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Cyfrinair newydd</translation>
    </message>
    <message>
        <source>Type the new password again</source>
        <translation>Teipiwch y cyfrinair newydd eto</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Teipiwch ef eto</translation>
    </message>
    <message>
        <source>Use at least 10 characters. Three or four unrelated words make a strong password that is easy to remember.</source>
        <translation>Defnyddiwch o leiaf 10 nod. Mae tri neu bedwar gair heb gysylltiad â&apos;i gilydd yn gwneud cyfrinair cryf sy&apos;n hawdd ei gofio.</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>Digon cryf.</translation>
    </message>
    <message>
        <source>The two passwords match.</source>
        <translation>Mae&apos;r ddau gyfrinair yr un fath.</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>Nid yw&apos;r ddau gyfrinair yr un fath eto.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the new password again.</source>
        <translation>Nid yw&apos;r ddau gyfrinair yr un fath. Teipiwch y cyfrinair newydd eto.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Gallwch roi cynnig arall arni nawr.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please wait %n seconds before trying again.</source>
        <comment>Too many attempts. Please wait %n second before trying again.</comment>
        <translation>
            <numerusform>Gormod o ymdrechion. Arhoswch %n eiliad cyn rhoi cynnig arall arni.</numerusform>
            <numerusform>Gormod o ymdrechion. Arhoswch %n eiliad cyn rhoi cynnig arall arni.</numerusform>
            <numerusform>Gormod o ymdrechion. Arhoswch %n eiliad cyn rhoi cynnig arall arni.</numerusform>
            <numerusform>Gormod o ymdrechion. Arhoswch %n eiliad cyn rhoi cynnig arall arni.</numerusform>
            <numerusform>Gormod o ymdrechion. Arhoswch %n eiliad cyn rhoi cynnig arall arni.</numerusform>
        </translation>
    </message>
</context>
</TS>
