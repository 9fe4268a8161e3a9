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
        <source>Protect staff accounts…</source>
        <translation>Diogelu cyfrifon staff…</translation>
    </message>
    <message>
        <source>Staff accounts in this vault are not signed yet: a change made outside RefugeDesk to who may do what would not be noticed. Needs the recovery code, once.</source>
        <translation>Nid yw cyfrifon staff y gronfa ddiogel hon wedi&apos;u llofnodi eto: ni fyddai neb yn sylwi ar newid, a wnaed y tu allan i RefugeDesk, i bwy gaiff wneud beth. Mae angen y cod adfer, unwaith.</translation>
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
    <message>
        <source>The vault has a new key. Everyone&apos;s password still works. Older backups still open with the key files saved beside them.</source>
        <translation>Mae gan y gronfa ddiogel allwedd newydd. Mae cyfrinair pawb yn dal i weithio. Mae hen gopïau wrth gefn yn dal i agor gyda&apos;r ffeiliau allwedd a gadwyd wrth eu hochr.</translation>
    </message>
    <message>
        <source>Changing the vault key…</source>
        <translation>Wrthi&apos;n newid allwedd y gronfa ddiogel…</translation>
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
Creu cronfa ddiogel eich gwasanaeth a&apos;ch cyfrif gweinyddwr eich hun. Mae&apos;n cymryd ychydig funudau.</translation>
    </message>
    <message>
        <source>Set up my service</source>
        <translation>Sefydlu fy ngwasanaeth</translation>
    </message>
    <message>
        <source>Try the demo (fictional people only)
A practice vault with made-up staff. Nothing you do there touches real records.</source>
        <translation>Rhoi cynnig ar y demo (pobl ddychmygol yn unig)
Cronfa ddiogel i ymarfer, gyda staff dychmygol. Does dim byd a wnewch chi yno&apos;n cyffwrdd â chofnodion go iawn.</translation>
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
    <name>Language</name>
    <message>
        <source>RefugeDesk speaks English and Cymraeg: choose one of them.</source>
        <translation>Mae RefugeDesk yn siarad Saesneg a Chymraeg: dewiswch un ohonyn nhw.</translation>
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
        <extracomment>What counts as someone at the keyboard: a key, a mouse button or move, the wheel, a touch (INPUT_EVENTS and their releases). Told apart by class, which costs less than reading the event&apos;s type; hover and enter/leave events (sent when a widget appears under a still mouse) are not among them. When the last input came (time.monotonic()), or when watching (re)started. The window is back on screen after the lock (outcomes held back by the lock follow). The unlock being checked in the background, if any. The other pages and her record, loaded once this window is on screen (ui/warmup.py).</extracomment>
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
        <translation>DEMO: pobl ddychmygol yn unig</translation>
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
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Use this language</source>
        <translation>Defnyddio&apos;r iaith hon</translation>
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
