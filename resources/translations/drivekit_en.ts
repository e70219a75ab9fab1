<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="160"/>
        <source>%Ln entries, newest first.</source>
        <translation>
            <numerusform>%Ln entry, newest first.</numerusform>
            <numerusform>%Ln entries, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../drivekit/ui/dashboard/page.py" line="241"/>
        <source>%Ln unique signers</source>
        <translation>
            <numerusform>%Ln unique signer</numerusform>
            <numerusform>%Ln unique signers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/dashboard/page.py" line="242"/>
        <source>unique signers of a goal of {0}: {1} %</source>
        <comment>the count is shown above</comment>
        <translation>
            <numerusform>unique signer of a goal of {0}: {1} %</numerusform>
            <numerusform>unique signers of a goal of {0}: {1} %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/dashboard/page.py" line="289"/>
        <source>Next: {0} % at %Ln unique signers, {1} to go.</source>
        <translation>
            <numerusform>Next: {0} % at %Ln unique signer, {1} to go.</numerusform>
            <numerusform>Next: {0} % at %Ln unique signers, {1} to go.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="268"/>
        <source>%Ln signatures</source>
        <translation>
            <numerusform>%Ln signature</numerusform>
            <numerusform>%Ln signatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="289"/>
        <source>%Ln signatures are outside every target&apos;s area.</source>
        <translation>
            <numerusform>%Ln signature is outside every target&apos;s area.</numerusform>
            <numerusform>%Ln signatures are outside every target&apos;s area.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="403"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="466"/>
        <source>%Ln withdrawn</source>
        <translation>
            <numerusform>%Ln withdrawn</numerusform>
            <numerusform>%Ln withdrawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="467"/>
        <source>%Ln duplicates of another signature</source>
        <translation>
            <numerusform>%Ln duplicate of another signature</numerusform>
            <numerusform>%Ln duplicates of another signature</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="468"/>
        <source>%Ln possible duplicates not yet reviewed</source>
        <translation>
            <numerusform>%Ln possible duplicate not yet reviewed</numerusform>
            <numerusform>%Ln possible duplicates not yet reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="469"/>
        <source>%Ln outside the target&apos;s postcode areas</source>
        <translation>
            <numerusform>%Ln outside the target&apos;s postcode areas</numerusform>
            <numerusform>%Ln outside the target&apos;s postcode areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="470"/>
        <source>%Ln did not agree to be contacted</source>
        <translation>
            <numerusform>%Ln did not agree to be contacted</numerusform>
            <numerusform>%Ln did not agree to be contacted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="471"/>
        <source>%Ln gave no email and no phone</source>
        <translation>
            <numerusform>%Ln gave no email and no phone</numerusform>
            <numerusform>%Ln gave no email and no phone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="477"/>
        <source>%Ln signers</source>
        <translation>
            <numerusform>%Ln signer</numerusform>
            <numerusform>%Ln signers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="481"/>
        <source>Contact details left out for %Ln signers who did not agree to be contacted.</source>
        <translation>
            <numerusform>Contact details left out for %Ln signer who did not agree to be contacted.</numerusform>
            <numerusform>Contact details left out for %Ln signers who did not agree to be contacted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/enrol_dialog.py" line="19"/>
        <source>%Ln files come from a laptop that this database does not trust yet:</source>
        <translation>
            <numerusform>%Ln file comes from a laptop that this database does not trust yet:</numerusform>
            <numerusform>%Ln files come from a laptop that this database does not trust yet:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganiserTools</name>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="112"/>
        <source>It carries %Ln signatures withdrawn here: each laptop erases them too.</source>
        <translation>
            <numerusform>It carries %Ln signature withdrawn here: each laptop erases it too.</numerusform>
            <numerusform>It carries %Ln signatures withdrawn here: each laptop erases them too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignaturesPage</name>
    <message numerus="yes">
        <location filename="../../drivekit/ui/signatures/page.py" line="294"/>
        <source>%Ln signatures</source>
        <translation>
            <numerusform>%Ln signature</numerusform>
            <numerusform>%Ln signatures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/sync_page.py" line="269"/>
        <source>Waiting for the next file: %Ln new signatures.</source>
        <translation>
            <numerusform>Waiting for the next file: %Ln new signature.</numerusform>
            <numerusform>Waiting for the next file: %Ln new signatures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/sync_page.py" line="294"/>
        <source>%Ln signatures</source>
        <translation>
            <numerusform>%Ln signature</numerusform>
            <numerusform>%Ln signatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/sync_page.py" line="295"/>
        <source>%Ln withdrawals</source>
        <translation>
            <numerusform>%Ln withdrawal</numerusform>
            <numerusform>%Ln withdrawals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/sync_page.py" line="398"/>
        <source>%Ln new signatures</source>
        <translation>
            <numerusform>%Ln new signature</numerusform>
            <numerusform>%Ln new signatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/sync_page.py" line="400"/>
        <source>%Ln new signatures imported.</source>
        <translation>
            <numerusform>%Ln new signature imported.</numerusform>
            <numerusform>%Ln new signatures imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/sync_page.py" line="413"/>
        <source>“{0}” (%Ln files)</source>
        <translation>
            <numerusform>“{0}” (%Ln file)</numerusform>
            <numerusform>“{0}” (%Ln files)</numerusform>
        </translation>
    </message>
</context>
</TS>
