<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
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
        <extracomment>Text on the tiles, in every theme (the tiles keep their pastel colours in high contrast). A tile&apos;s size: 184×92 at the calm 10.5pt, grown from the font&apos;s metrics at larger text sizes (size_tiles, called by look.apply) so no line is lost. Changed in place: the board&apos;s views hold this object. The painter&apos;s insets: card inside the grid cell, then text inside the card. The longest state line a tile says in English (drawn without eliding, so the tile is this wide; only an occupied room is ever &quot;not back&quot;). The language in use may say it longer: `_longest_states`. This module&apos;s words with a count.</extracomment>
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
        <extracomment>This page&apos;s words with a count (board_model.Counts), in the &quot;HousesPage&quot; context whatever the class of the object (Qt&apos;s own tr() would take the runtime class&apos;s). Hides QWidget.scroll(), which is not virtual: Qt never calls it through Python. Houses whose sections are still to be built (see SECTIONS_PER_TURN), in order.</extracomment>
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
        <extracomment>This page&apos;s words with a count (board_model.Counts), in the &quot;ReferralsPage&quot; context whatever the class of the object (Qt&apos;s own tr() would take the runtime class&apos;s).</extracomment>
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
        <extracomment>This page&apos;s words with a count (board_model.Counts), in the &quot;ResidentsPage&quot; context whatever the class of the object (Qt&apos;s own tr() would take the runtime class&apos;s). Her record being opened in the background (open_resident_soon), if any.
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
</TS>
