<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>Passwords are never taken on the command line (they would stay in the shell history). Leave it out to be asked, or pipe it in with --password-stdin.</source>
        <extracomment>The languages the command line speaks (refugedesk.i18n.LANGUAGES, without loading Qt).</extracomment>
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
        <extracomment>The size of every word on the chart, in points: at least 9, on screen and on paper. The chart&apos;s size on paper, in pixels of 1/96 inch (the unit a document&apos;s &lt;img&gt; uses). Image pixels for each of those, so the printed chart stays sharp.</extracomment>
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
</TS>
