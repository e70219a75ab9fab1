<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CampaignWizard</name>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="32"/>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="168"/>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="171"/>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="37"/>
        <source>The petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="38"/>
        <source>What people sign, and who collects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="40"/>
        <source>Petition title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="42"/>
        <source>Petition text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="48"/>
        <source>Goal, in signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="50"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="52"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="53"/>
        <source>Petition &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="54"/>
        <source>&amp;Goal (signatures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="55"/>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="60"/>
        <source>Signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="61"/>
        <source>Where most signers live, what they agree to, and what they must give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="63"/>
        <source>Default country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="66"/>
        <source>Consent wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="68"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="68"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="68"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="69"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="69"/>
        <source>Town or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="69"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="77"/>
        <source>Default &amp;country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="78"/>
        <source>Co&amp;nsent wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="79"/>
        <source>Required besides a name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="86"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="87"/>
        <source>Who receives the petition. You can skip this and add them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="88"/>
        <source>Postcode prefixes say whose signatures each target receives (for example SW1, SE1). Leave them empty to give a target every signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="92"/>
        <source>Target name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="94"/>
        <source>Target role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="96"/>
        <source>Postcode prefixes, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="97"/>
        <source>for example SW1, SE1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="98"/>
        <source>&amp;Add target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="99"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="104"/>
        <source>Targets added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="107"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="108"/>
        <source>R&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="109"/>
        <source>&amp;Postcode prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="130"/>
        <source>Please give the target&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="140"/>
        <source>all postcodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectPage</name>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="40"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="41"/>
        <source>New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="42"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="43"/>
        <source>New volunteer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="44"/>
        <source>Kiosk mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="46"/>
        <source>Let signers type their own signatures (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="47"/>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="49"/>
        <source>&amp;Volunteer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="64"/>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="79"/>
        <source>Save signature (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="82"/>
        <source>Undo last (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="173"/>
        <source>No event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="177"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="207"/>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="216"/>
        <location filename="../../drivekit/ui/collect/page.py" line="222"/>
        <source>New volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="216"/>
        <source>Volunteer&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="241"/>
        <source>Not saved yet: please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="244"/>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="248"/>
        <source>Not saved because of an internal error; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="257"/>
        <source>Saved — {0} today. {1} may have signed already; a coordinator will check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="260"/>
        <source>Saved — {0} today at this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="262"/>
        <source>Saved — {0} today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="276"/>
        <source>Type a signature, then press Enter on the last field or Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="289"/>
        <source>There is no signature to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="292"/>
        <source>Withdraw the signature of {0} that was just saved? Their details will be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="293"/>
        <source>this signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="294"/>
        <source>Undo the last signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="305"/>
        <source>The last signature was withdrawn and its details erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="43"/>
        <source>Landscape pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="44"/>
        <source>Include drawn signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="45"/>
        <source>Print full street addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="46"/>
        <source>Sign digitally with a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="48"/>
        <source>certificate.p12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="49"/>
        <location filename="../../drivekit/ui/delivery/page.py" line="54"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="57"/>
        <source>Export packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="60"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="67"/>
        <source>Open packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="69"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="72"/>
        <source>CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="74"/>
        <source>OSDI file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="76"/>
        <source>Blank sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="78"/>
        <source>Enter a paper sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="81"/>
        <source>Delivery packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="83"/>
        <source>Targets (one packet each):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="93"/>
        <source>Save in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="110"/>
        <source>Other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="140"/>
        <source>{0} — {1} signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="142"/>
        <source>Everyone (no targets yet) — {0} signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="167"/>
        <source>Choose a campaign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="169"/>
        <source>Packets chosen: {0}. Signatures listed in all: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="171"/>
        <source>{0} signatures are outside every target&apos;s area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="192"/>
        <source>Signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="193"/>
        <source>PKCS#12 certificate (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="199"/>
        <source>Save packets in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="205"/>
        <source>Certificate passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="206"/>
        <source>Passphrase for {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="216"/>
        <source>Choose the certificate file to sign with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="222"/>
        <source>Not exported: no passphrase given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="252"/>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="273"/>
        <source>{0}: {1} signatures, {2} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="276"/>
        <source>Signed by {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="283"/>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="287"/>
        <source>Something went wrong; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="303"/>
        <source>Save CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="303"/>
        <source>Save OSDI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="304"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="304"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="328"/>
        <source>{0}: {1} signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="333"/>
        <source>Blank sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="333"/>
        <source>How many sheets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="336"/>
        <source>Save sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="337"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="353"/>
        <source>{0}: sheets {1} to {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="82"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="82"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="82"/>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="82"/>
        <source>Last bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="83"/>
        <source>Received up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="83"/>
        <source>Not yet received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="88"/>
        <source>{0} (this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="90"/>
        <source>(no key yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateReviewView</name>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="40"/>
        <source>S</source>
        <comment>key for Same person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="40"/>
        <source>D</source>
        <comment>key for Different people</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="41"/>
        <source>N</source>
        <comment>key for Next pair</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="45"/>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="171"/>
        <source>No possible duplicates left to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="63"/>
        <source>The signature on the left may repeat the earlier one on the right. Highlighted fields differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="84"/>
        <source>&amp;Same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="85"/>
        <source>Count this signature as a duplicate (key: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="86"/>
        <source>&amp;Different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="87"/>
        <source>Count both signatures (key: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="88"/>
        <source>&amp;Next pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="89"/>
        <source>Decide later (key: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="97"/>
        <source>Keys: {0} same person, {1} different people, {2} next pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="111"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="140"/>
        <source>The review queue could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="148"/>
        <source>{0}+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="160"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="160"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="161"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="161"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="162"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="162"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="163"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="163"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="164"/>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="164"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="165"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="165"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="176"/>
        <source>Pair {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="181"/>
        <source>Possible duplicate #{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="182"/>
        <source>Earlier signature #{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="202"/>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="202"/>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="62"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="62"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="62"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="62"/>
        <source>Already present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="63"/>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="63"/>
        <source>Withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="63"/>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="63"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="69"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="69"/>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="70"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="70"/>
        <source>Not imported (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskExitDialog</name>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="102"/>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="103"/>
        <source>Coordinator: type the kiosk PIN to leave kiosk mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="105"/>
        <source>Kiosk PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="110"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="145"/>
        <source>Wrong PIN. Try again in {0} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="151"/>
        <source>Wrong PIN. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="36"/>
        <source>DriveKit — sign the petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="52"/>
        <source>Sign the petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="65"/>
        <source>Thank you for signing!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="69"/>
        <source>Next signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="88"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="92"/>
        <source>Leave kiosk mode (coordinator PIN needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="139"/>
        <source>Please check the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="142"/>
        <source>Your signature could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="146"/>
        <source>Your signature could not be saved. Please call the volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="43"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="71"/>
        <location filename="../../drivekit/ui/main_window.py" line="73"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="76"/>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="100"/>
        <source>Collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="101"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="102"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="103"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="108"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="109"/>
        <source>&amp;New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="110"/>
        <source>&amp;Demo campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="112"/>
        <source>&amp;Kiosk mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="113"/>
        <source>Kiosk &amp;PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="115"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="117"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="125"/>
        <source>&amp;Large text / high contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="130"/>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="133"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="142"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="143"/>
        <source>&amp;About DriveKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="169"/>
        <source>Campaign: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="169"/>
        <source>No campaign yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="213"/>
        <source>Event: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="213"/>
        <source>No event chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="214"/>
        <source>Today: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="228"/>
        <source>Kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="229"/>
        <source>First choose a PIN. It will be needed to leave kiosk mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="255"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="255"/>
        <source>The new language is used the next time DriveKit starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="258"/>
        <source>About DriveKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="259"/>
        <source>DriveKit {0}
Offline petition signature drives.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="16"/>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="18"/>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="21"/>
        <source>Event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="23"/>
        <source>Event location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="29"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="30"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="31"/>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="40"/>
        <source>Please give the event a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="29"/>
        <source>Enter a paper sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="36"/>
        <source>Sheet number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="37"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="39"/>
        <source>(no event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="42"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="43"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="43"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="43"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="44"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="44"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="44"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="45"/>
        <source>Town or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="45"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="52"/>
        <source>Ticked “Contact me”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="56"/>
        <source>Save line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="87"/>
        <source> (possible duplicate, to review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="88"/>
        <source>Saved sheet {0}, line {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="49"/>
        <source>Kiosk PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="51"/>
        <source>Signers cannot leave kiosk mode without this PIN. Choose at least 4 characters and keep it to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="54"/>
        <source>Current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="55"/>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="56"/>
        <source>Repeat the new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="63"/>
        <source>&amp;Current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="64"/>
        <source>&amp;New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="65"/>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="77"/>
        <source>The current PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="84"/>
        <source>The PIN must have at least 4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="88"/>
        <source>The two PINs are not the same; please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureEditDialog</name>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="36"/>
        <source>Edit signature #{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="38"/>
        <source>Signed {0} · {1} · {2} · {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="39"/>
        <source>no event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="46"/>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="46"/>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="46"/>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="47"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="47"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="47"/>
        <source>P&amp;ostcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="48"/>
        <source>C&amp;ity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="48"/>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="48"/>
        <source>Co&amp;untry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="49"/>
        <source>Co&amp;mment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="49"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="56"/>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="65"/>
        <source>The signer agreed to be &amp;contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="110"/>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="115"/>
        <source>Drawn signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="112"/>
        <source>The drawn signature cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureLabels</name>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="10"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="11"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="12"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="13"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="16"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="17"/>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="18"/>
        <source>Paper sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="19"/>
        <source>CSV import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../drivekit/ui/widgets/signature_pad.py" line="183"/>
        <source>Signature drawing area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/widgets/signature_pad.py" line="184"/>
        <source>Optional. Draw a signature with a mouse, pen or finger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/widgets/signature_pad.py" line="185"/>
        <source>Signature (optional): draw with a mouse, pen or finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/widgets/signature_pad.py" line="187"/>
        <source>Clear drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/widgets/signature_pad.py" line="188"/>
        <source>Clear the drawn signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureTableModel</name>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="163"/>
        <source>The signatures could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="247"/>
        <source>This column cannot be sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="251"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="251"/>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="251"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="251"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="251"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="252"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="252"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="252"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="252"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="252"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="253"/>
        <source>Drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="253"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="278"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="278"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureTableView</name>
    <message>
        <location filename="../../drivekit/ui/signatures/table_view.py" line="20"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_view.py" line="38"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_view.py" line="40"/>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturesPage</name>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="47"/>
        <source>&amp;All signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="49"/>
        <location filename="../../drivekit/ui/signatures/page.py" line="367"/>
        <source>&amp;Duplicates to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="54"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="71"/>
        <source>Search names, postcodes, cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="72"/>
        <source>Search signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="78"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="81"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="84"/>
        <source>E&amp;vent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="87"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="88"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="92"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="97"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="104"/>
        <source>Number of signatures shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="122"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="123"/>
        <source>Correct the selected signer&apos;s details (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="125"/>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="126"/>
        <source>Withdraw the selected signature and erase the signer&apos;s data (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="164"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="174"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="212"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="216"/>
        <source>1 signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="217"/>
        <source>{0} signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="219"/>
        <source>No signatures match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="221"/>
        <source>No signatures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="234"/>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="309"/>
        <source>Signature #{0} was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="334"/>
        <source>Withdrawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="345"/>
        <source>Signature #{0} was withdrawn; the signer&apos;s data was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="350"/>
        <source>That did not work; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="367"/>
        <source>&amp;Duplicates to review ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignerForm</name>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="40"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="40"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="40"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="41"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="41"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="41"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="42"/>
        <source>Town or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="42"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="42"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="43"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="83"/>
        <source>I agree to the statement above (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="85"/>
        <source>Agree to the petition statement, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="90"/>
        <source>Keep me informed about this campaign (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="92"/>
        <source>Keep me informed, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="126"/>
        <source>{0} (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="29"/>
        <source>Send this laptop&apos;s signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="30"/>
        <source>Everything this database holds (not only what is new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="31"/>
        <source>Export to a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="43"/>
        <source>Receive sync files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="44"/>
        <source>Organiser key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="46"/>
        <source>No organiser key chosen: only unencrypted files can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="47"/>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="59"/>
        <source>Devices seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="66"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="104"/>
        <source>This device: {0} — fingerprint {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="111"/>
        <source>Choose the folder (e.g. a USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="124"/>
        <source>Encrypted for organiser key {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="126"/>
        <source>Not encrypted: the campaign has no organiser key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="127"/>
        <source>Wrote {0}: {1} signatures, {2} withdrawals. {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="133"/>
        <source>Choose the organiser key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="134"/>
        <source>Organiser keys (*.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="137"/>
        <source>Organiser key: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="140"/>
        <source>Choose the sync files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="141"/>
        <source>DriveKit sync files (*.dkb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="154"/>
        <source>Organiser key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="155"/>
        <source>Passphrase of the organiser key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="172"/>
        <source>{0} new signatures. Files refused: {1} (see Details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="174"/>
        <source>{0} new signatures imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="202"/>
        <source>Something went wrong; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../drivekit/ui/first_run/welcome.py" line="18"/>
        <source>Welcome to DriveKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/welcome.py" line="21"/>
        <source>DriveKit collects petition signatures on this computer, without a network. Start by creating your campaign, import the campaign file your organiser gave you, or try the app with a demo campaign full of made-up signers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/welcome.py" line="25"/>
        <source>Create a campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/welcome.py" line="27"/>
        <source>Import a campaign file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/welcome.py" line="28"/>
        <source>Open a demo campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../drivekit/ui/signatures/withdraw_dialog.py" line="15"/>
        <source>Withdraw signature #{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/withdraw_dialog.py" line="17"/>
        <source>this signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/withdraw_dialog.py" line="19"/>
        <source>Withdraw the signature of {0}? Their name, contact details, address, comment and drawn signature will be erased and cannot be recovered. The signature will no longer count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/withdraw_dialog.py" line="23"/>
        <source>&amp;Reason (optional, do not enter personal details):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/withdraw_dialog.py" line="25"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/withdraw_dialog.py" line="30"/>
        <source>&amp;Withdraw and erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../drivekit/ui/first_run/demo.py" line="19"/>
        <source>Creating the demo campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/demo.py" line="19"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/demo.py" line="20"/>
        <location filename="../../drivekit/ui/first_run/demo.py" line="45"/>
        <source>Demo campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/demo.py" line="44"/>
        <source>Something went wrong; details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <location filename="../../drivekit/ui/app.py" line="33"/>
        <source>Something went wrong; the details are in the log file. Your saved signatures are safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
