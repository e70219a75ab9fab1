<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="144"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="149"/>
        <source>Audit log entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="157"/>
        <source>Only this &amp;campaign</source>
        <translation>Solo esta &amp;campaña</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="162"/>
        <source>The log records what was done, when and on which device, never who signed.</source>
        <translation>El registro guarda qué se hizo, cuándo y en qué dispositivo, nunca quién firmó.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="175"/>
        <source>Details of the selected entry</source>
        <translation>Detalles de la entrada elegida</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="176"/>
        <source>&amp;Details of the selected entry:</source>
        <translation>&amp;Detalles de la entrada elegida:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="204"/>
        <source>Nothing has been recorded yet.</source>
        <translation>Todavía no se ha registrado nada.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="218"/>
        <source>No details were recorded for this entry.</source>
        <translation>No se registró ningún detalle para esta entrada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="203"/>
        <source>%Ln entries, newest first.</source>
        <translation>
            <numerusform>%Ln entrada, la más reciente primero.</numerusform>
            <numerusform>%Ln entradas, las más recientes primero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="37"/>
        <source>Signature withdrawn</source>
        <translation>Firma retirada</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="38"/>
        <source>Signature corrected</source>
        <translation>Firma corregida</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="39"/>
        <source>Duplicate reviewed</source>
        <translation>Duplicado revisado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="40"/>
        <source>Duplicate decision undone</source>
        <translation>Decisión sobre un duplicado deshecha</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="41"/>
        <source>Signatures imported (CSV)</source>
        <translation>Firmas importadas (CSV)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="42"/>
        <source>Sync bundle imported</source>
        <translation>Paquete de sincronización importado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="43"/>
        <source>Sync bundle exported</source>
        <translation>Paquete de sincronización exportado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="44"/>
        <source>Delivery packet exported</source>
        <translation>Dosier de entrega exportado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="45"/>
        <source>CSV file exported</source>
        <translation>Archivo CSV exportado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="46"/>
        <source>OSDI file exported</source>
        <translation>Archivo OSDI exportado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="47"/>
        <source>Blank sheets printed</source>
        <translation>Hojas en blanco impresas</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="48"/>
        <source>Campaign created</source>
        <translation>Campaña creada</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="49"/>
        <source>Campaign file exported</source>
        <translation>Archivo de campaña exportado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="50"/>
        <source>Campaign file installed</source>
        <translation>Archivo de campaña instalado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="51"/>
        <source>Campaign file updated</source>
        <translation>Archivo de campaña actualizado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="52"/>
        <source>Campaign purged</source>
        <translation>Campaña purgada</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="53"/>
        <source>Retention date set</source>
        <translation>Fecha de conservación fijada</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="54"/>
        <source>Sealed collection changed</source>
        <translation>Recogida sellada cambiada</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="55"/>
        <source>Kiosk unlocked</source>
        <translation>Quiosco desbloqueado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="56"/>
        <source>Kiosk unlock refused (wrong PIN)</source>
        <translation>Desbloqueo del quiosco rechazado (PIN incorrecto)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="57"/>
        <source>Kiosk PIN set</source>
        <translation>PIN del quiosco fijado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="58"/>
        <source>Database restored from a backup</source>
        <translation>Base de datos restaurada desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="59"/>
        <source>Laptop enrolled</source>
        <translation>Portátil registrado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="60"/>
        <source>Laptop revoked</source>
        <translation>Portátil revocado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="97"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="97"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="97"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="97"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="61"/>
        <source>Laptop renamed</source>
        <translation>Portátil renombrado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="62"/>
        <source>Demo campaign created</source>
        <translation>Campaña de demostración creada</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="63"/>
        <source>Demo signatures added</source>
        <translation>Firmas de demostración añadidas</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="64"/>
        <source>Event created</source>
        <translation>Evento creado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="65"/>
        <source>Target added</source>
        <translation>Destinatario añadido</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="66"/>
        <source>Progress report exported</source>
        <translation>Informe de progreso exportado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="67"/>
        <source>Part of a CSV file imported</source>
        <translation>Parte de un archivo CSV importada</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="47"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="51"/>
        <source>today {0}</source>
        <translation>hoy {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="116"/>
        <source>the backup failed; see the log file</source>
        <translation>la copia de seguridad falló; consulte el archivo de registro</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="123"/>
        <source>Last backup: {0}</source>
        <translation>Última copia de seguridad: {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="125"/>
        <source>problem: {0}</source>
        <translation>problema: {0}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="136"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="138"/>
        <source>DriveKit copies the database every 100 signatures, every 15 minutes while you collect, and when it closes. A second folder (a USB stick) keeps a copy too, in case this computer is lost or broken.</source>
        <translation>DriveKit copia la base de datos cada 100 firmas, cada 15 minutos mientras recoge firmas y al cerrarse. Una segunda carpeta (una memoria USB) guarda también una copia, por si este ordenador se pierde o se rompe.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="148"/>
        <source>Backups to keep</source>
        <translation>Copias que conservar</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="151"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="152"/>
        <source>Second folder</source>
        <translation>Segunda carpeta</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="153"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="155"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="161"/>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="168"/>
        <source>Data folder&apos;s backups:</source>
        <translation>Copias en la carpeta de datos:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="169"/>
        <source>Last backup:</source>
        <translation>Última copia:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="170"/>
        <source>&amp;Backups to keep:</source>
        <translation>&amp;Copias que conservar:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="171"/>
        <source>&amp;Second folder:</source>
        <translation>&amp;Segunda carpeta:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="186"/>
        <source>Second folder for backups</source>
        <translation>Segunda carpeta para las copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="205"/>
        <source>No backup was made: {0}</source>
        <translation>No se hizo ninguna copia: {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="208"/>
        <source>Backup written: {0}</source>
        <translation>Copia guardada: {0}</translation>
    </message>
</context>
<context>
    <name>CampaignImport</name>
    <message>
        <location filename="../../drivekit/ui/sync/campaign_import.py" line="20"/>
        <source>Import a campaign file</source>
        <translation>Importar un archivo de campaña</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/campaign_import.py" line="21"/>
        <source>DriveKit campaign files (*.dkc);;All files (*)</source>
        <translation>Archivos de campaña de DriveKit (*.dkc);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/campaign_import.py" line="27"/>
        <source>Campaign file refused</source>
        <translation>Archivo de campaña rechazado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/campaign_import.py" line="30"/>
        <source>Installed “{0}”. Organiser key: {1}</source>
        <translation>Instalada «{0}». Clave del organizador: {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/campaign_import.py" line="31"/>
        <source>Updated “{0}”. Organiser key: {1}</source>
        <translation>Actualizada «{0}». Clave del organizador: {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/campaign_import.py" line="32"/>
        <source>“{0}” is already up to date. Organiser key: {1}</source>
        <translation>«{0}» ya está al día. Clave del organizador: {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/campaign_import.py" line="36"/>
        <source>Signatures withdrawn at the organiser, erased here too: {0}</source>
        <translation>Firmas retiradas en el organizador, borradas también aquí: {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/campaign_import.py" line="38"/>
        <source>Campaign file</source>
        <translation>Archivo de campaña</translation>
    </message>
</context>
<context>
    <name>CampaignPrivacyDialog</name>
    <message>
        <location filename="../../drivekit/ui/privacy/settings_dialog.py" line="34"/>
        <source>Privacy settings of “{0}”</source>
        <translation>Ajustes de privacidad de «{0}»</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/settings_dialog.py" line="37"/>
        <source>&amp;Keep signers&apos; details only until:</source>
        <translation>&amp;Conservar los datos de los firmantes solo hasta:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/settings_dialog.py" line="41"/>
        <source>Retention date</source>
        <translation>Fecha de conservación</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/settings_dialog.py" line="47"/>
        <source>After this day DriveKit reminds you to purge the campaign: names, contact details and comments are erased; counts by day, event and postcode area are kept.</source>
        <translation>Después de este día, DriveKit le recuerda purgar la campaña: se borran los nombres, los datos de contacto y los comentarios; se conservan los recuentos por día, evento y zona postal.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/settings_dialog.py" line="52"/>
        <source>&amp;Sealed collection on laptops</source>
        <translation>Recogida &amp;sellada en los portátiles</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/settings_dialog.py" line="56"/>
        <source>Laptops that install this campaign&apos;s next campaign file store each new signer encrypted to the organiser&apos;s key: they can count and export sync bundles, but cannot show or print the signers. A stolen laptop reveals only counts.</source>
        <translation>Los portátiles que instalen el próximo archivo de esta campaña guardan a cada nuevo firmante cifrado con la clave del organizador: pueden contar y exportar paquetes de sincronización, pero no mostrar ni imprimir a los firmantes. Un portátil robado solo revela recuentos.</translation>
    </message>
</context>
<context>
    <name>CampaignWizard</name>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="120"/>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="274"/>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="277"/>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="125"/>
        <source>The petition</source>
        <translation>La petición</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="126"/>
        <source>What people sign, and who collects it.</source>
        <translation>Lo que la gente firma y quién recoge las firmas.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="129"/>
        <source>Petition title</source>
        <translation>Título de la petición</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="130"/>
        <source>Petition text</source>
        <translation>Texto de la petición</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="131"/>
        <source>Goal, in signatures</source>
        <translation>Objetivo, en firmas</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="132"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="133"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="134"/>
        <source>Petition &amp;text</source>
        <translation>T&amp;exto de la petición</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="135"/>
        <source>&amp;Goal (signatures)</source>
        <translation>O&amp;bjetivo (firmas)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="136"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="141"/>
        <source>Signers</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="142"/>
        <source>Where most signers live, what they agree to, and what they must give.</source>
        <translation>Dónde vive la mayoría de los firmantes, qué aceptan y qué datos deben dar.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="144"/>
        <source>Default country</source>
        <translation>País predeterminado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="147"/>
        <source>Consent wording</source>
        <translation>Texto de consentimiento</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="149"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="149"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="149"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="150"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="150"/>
        <source>Town or city</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="150"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="159"/>
        <source>Default &amp;country</source>
        <translation>&amp;País predeterminado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="160"/>
        <source>Co&amp;nsent wording</source>
        <translation>Texto de co&amp;nsentimiento</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="161"/>
        <source>Required besides a name:</source>
        <translation>Obligatorio además del nombre:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="168"/>
        <source>Targets</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="169"/>
        <source>Who receives the petition. You can skip this and add them later.</source>
        <translation>Quién recibe la petición. Puede omitir este paso y añadirlos más tarde.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="170"/>
        <source>Postcode prefixes say whose signatures each target receives (for example SW1, SE1). Leave them empty to give a target every signature.</source>
        <translation>Los prefijos de código postal indican qué firmas recibe cada destinatario (por ejemplo SW1, SE1). Déjelos vacíos para darle todas las firmas.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="174"/>
        <source>Target name</source>
        <translation>Nombre del destinatario</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="176"/>
        <source>Target role</source>
        <translation>Cargo del destinatario</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="178"/>
        <source>Postcode prefixes, separated by commas</source>
        <translation>Prefijos de código postal, separados por comas</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="179"/>
        <source>for example SW1, SE1</source>
        <translation>por ejemplo SW1, SE1</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="180"/>
        <source>&amp;Add target</source>
        <translation>&amp;Añadir destinatario</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="181"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="185"/>
        <source>Targets added</source>
        <translation>Destinatarios añadidos</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="188"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="189"/>
        <source>R&amp;ole</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="190"/>
        <source>&amp;Postcode prefixes</source>
        <translation>&amp;Prefijos de código postal</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="183"/>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="224"/>
        <source>Please give the target&apos;s name.</source>
        <translation>Indique el nombre del destinatario.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="246"/>
        <source>all postcodes</source>
        <translation>todos los códigos postales</translation>
    </message>
</context>
<context>
    <name>CollectPage</name>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="58"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="59"/>
        <source>New event…</source>
        <translation>Nuevo evento…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="60"/>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="61"/>
        <source>New volunteer…</source>
        <translation>Nuevo voluntario…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="62"/>
        <source>Kiosk mode…</source>
        <translation>Modo quiosco…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="64"/>
        <source>Let signers type their own signatures (Ctrl+K)</source>
        <translation>Dejar que los firmantes escriban su propia firma (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="65"/>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="67"/>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Voluntario:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="75"/>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="112"/>
        <source>Save signature (Ctrl+S)</source>
        <translation>Guardar firma (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="115"/>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Deshacer la última (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="208"/>
        <source>No event</source>
        <translation>Sin evento</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="212"/>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="242"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="251"/>
        <location filename="../../drivekit/ui/collect/page.py" line="257"/>
        <source>New volunteer</source>
        <translation>Nuevo voluntario</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="251"/>
        <source>Volunteer&apos;s name:</source>
        <translation>Nombre del voluntario:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="80"/>
        <location filename="../../drivekit/ui/collect/page.py" line="277"/>
        <source>Not saved yet: please correct the marked fields.</source>
        <translation>Aún no se ha guardado: corrija los campos marcados.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="281"/>
        <source>Not saved: {0}</source>
        <translation>No se ha guardado: {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="79"/>
        <location filename="../../drivekit/ui/collect/page.py" line="285"/>
        <source>Not saved because of an internal error; the details are in the log file.</source>
        <translation>No se ha guardado por un error interno; los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="77"/>
        <location filename="../../drivekit/ui/collect/page.py" line="294"/>
        <source>Saved — {0} today. {1} may have signed already; a coordinator will check.</source>
        <translation>Guardada — {0} hoy. Puede que {1} ya haya firmado; un coordinador lo revisará.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="297"/>
        <source>Saved — {0} today at this event</source>
        <translation>Guardada — {0} hoy en este evento</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="299"/>
        <source>Saved — {0} today</source>
        <translation>Guardada — {0} hoy</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="82"/>
        <location filename="../../drivekit/ui/collect/page.py" line="315"/>
        <source>Type a signature, then press Enter on the last field or Ctrl+S.</source>
        <translation>Escriba una firma y pulse Intro en el último campo o Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="344"/>
        <source>There is no signature to undo.</source>
        <translation>No hay ninguna firma que deshacer.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="347"/>
        <source>Withdraw the signature of {0} that was just saved? Their details will be erased.</source>
        <translation>¿Retirar la firma de {0} que se acaba de guardar? Sus datos se borrarán.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="348"/>
        <source>this signer</source>
        <translation>este firmante</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="349"/>
        <source>Undo the last signature</source>
        <translation>Deshacer la última firma</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="81"/>
        <location filename="../../drivekit/ui/collect/page.py" line="364"/>
        <source>The last signature was withdrawn and its details erased.</source>
        <translation>La última firma se ha retirado y sus datos se han borrado.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="113"/>
        <source>Progress to the goal</source>
        <translation>Progreso hacia el objetivo</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="124"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="125"/>
        <source>Count again now (F5)</source>
        <translation>Volver a contar ahora (F5)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="128"/>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xportar informe…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="129"/>
        <source>A PDF with these figures and charts, for a meeting or a funder</source>
        <translation>Un PDF con estas cifras y gráficos, para una reunión o un financiador</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="151"/>
        <source>Unique signers</source>
        <translation>Firmantes únicos</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="152"/>
        <source>Signers per day</source>
        <translation>Firmantes por día</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="152"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="153"/>
        <source>Hour of the day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="153"/>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="154"/>
        <source>By event</source>
        <translation>Por evento</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="154"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="155"/>
        <source>Volunteers</source>
        <translation>Voluntarios</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="156"/>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="157"/>
        <source>By target area</source>
        <translation>Por zona de destinatario</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="157"/>
        <source>Target</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="219"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="235"/>
        <source>The figures could not be counted; details are in the log file.</source>
        <translation>No se pudieron contar las cifras; los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="252"/>
        <source>Recorded: {0} · Standing: {1} · Possible duplicates to review: {2} · Confirmed duplicates: {3} · Withdrawn: {4}</source>
        <translation>Registradas: {0} · Vigentes: {1} · Posibles duplicados por revisar: {2} · Duplicados confirmados: {3} · Retiradas: {4}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="256"/>
        <source>Counted at {0}. Every breakdown counts unique signers.</source>
        <translation>Contado a las {0}. Cada desglose cuenta firmantes únicos.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="263"/>
        <location filename="../../drivekit/ui/dashboard/page.py" line="266"/>
        <source>No signer yet.</source>
        <translation>Todavía no hay firmantes.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="268"/>
        <source>No events.</source>
        <translation>No hay eventos.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="269"/>
        <source>No volunteers named yet.</source>
        <translation>Todavía no hay voluntarios con nombre.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="270"/>
        <source>No targets yet.</source>
        <translation>Todavía no hay destinatarios.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="278"/>
        <source>(no event)</source>
        <translation>(sin evento)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="278"/>
        <source>(no volunteer)</source>
        <translation>(sin voluntario)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="279"/>
        <source>(unknown volunteer)</source>
        <translation>(voluntario desconocido)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="285"/>
        <source>Goal reached! {0} % of the goal.</source>
        <translation>¡Objetivo alcanzado! {0} % del objetivo.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="287"/>
        <source>Milestone: {0} % of the goal passed.</source>
        <translation>Hito: se ha superado el {0} % del objetivo.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="302"/>
        <source>Export progress report</source>
        <translation>Exportar informe de progreso</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="303"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="315"/>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="323"/>
        <source>Report saved: {0}</source>
        <translation>Informe guardado: {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="329"/>
        <source>The report could not be written; details are in the log file.</source>
        <translation>No se pudo escribir el informe; los detalles están en el archivo de registro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/dashboard/page.py" line="241"/>
        <source>%Ln unique signers</source>
        <translation>
            <numerusform>%Ln firmante único</numerusform>
            <numerusform>%Ln firmantes únicos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/dashboard/page.py" line="242"/>
        <source>unique signers of a goal of {0}: {1} %</source>
        <comment>the count is shown above</comment>
        <translation>
            <numerusform>firmante único de un objetivo de {0}: {1} %</numerusform>
            <numerusform>firmantes únicos de un objetivo de {0}: {1} %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/dashboard/page.py" line="289"/>
        <source>Next: {0} % at %Ln unique signers, {1} to go.</source>
        <translation>
            <numerusform>Siguiente: {0} % con %Ln firmante único, faltan {1}.</numerusform>
            <numerusform>Siguiente: {0} % con %Ln firmantes únicos, faltan {1}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="44"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="45"/>
        <source>DriveKit is using: {0}</source>
        <translation>DriveKit está usando: {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="47"/>
        <source>This computer&apos;s own database (the usual choice)</source>
        <translation>La base de datos propia de este ordenador (lo habitual)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="48"/>
        <source>A shared PostgreSQL server, for several organisers at once</source>
        <translation>Un servidor PostgreSQL compartido, para varios organizadores a la vez</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="57"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="60"/>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="60"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="61"/>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="61"/>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="62"/>
        <source>Service (pg_service.conf):</source>
        <translation>Servicio (pg_service.conf):</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="66"/>
        <source>DriveKit never stores passwords. Give the password to PostgreSQL&apos;s own tools instead: the PGPASSWORD environment variable, the ~/.pgpass file (%APPDATA%\postgresql\pgpass.conf on Windows), or a service in pg_service.conf.</source>
        <translation>DriveKit nunca guarda contraseñas. Dé la contraseña a las herramientas propias de PostgreSQL: la variable de entorno PGPASSWORD, el archivo ~/.pgpass (%APPDATA%\postgresql\pgpass.conf en Windows) o un servicio en pg_service.conf.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="70"/>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="74"/>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="75"/>
        <source>DriveKit opens the chosen database the next time it starts.</source>
        <translation>DriveKit abrirá la base de datos elegida la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="126"/>
        <source>Give the server and the database (or a service name).</source>
        <translation>Indique el servidor y la base de datos (o un nombre de servicio).</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="141"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="148"/>
        <source>Connected. The database is empty: DriveKit will set it up.</source>
        <translation>Conectado. La base de datos está vacía: DriveKit la preparará.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="150"/>
        <source>Connected. It holds a DriveKit database (schema {0}).</source>
        <translation>Conectado. Contiene una base de datos de DriveKit (esquema {0}).</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="156"/>
        <source>The test failed unexpectedly; the details are in the log file.</source>
        <translation>La prueba ha fallado de forma inesperada; los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="77"/>
        <source>Landscape pages</source>
        <translation>Páginas apaisadas</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="78"/>
        <source>Include drawn signatures</source>
        <translation>Incluir las firmas dibujadas</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="79"/>
        <source>Print full street addresses</source>
        <translation>Imprimir las direcciones completas</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="80"/>
        <source>Sign digitally with a certificate</source>
        <translation>Firmar digitalmente con un certificado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="82"/>
        <source>certificate.p12</source>
        <translation>certificado.p12</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="83"/>
        <location filename="../../drivekit/ui/delivery/page.py" line="88"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="91"/>
        <source>Export packets</source>
        <translation>Exportar expedientes</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="94"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="101"/>
        <source>Open packet</source>
        <translation>Abrir expediente</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="103"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="111"/>
        <source>CSV file…</source>
        <translation>Archivo CSV…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="113"/>
        <source>OSDI file…</source>
        <translation>Archivo OSDI…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="115"/>
        <source>Action Network file…</source>
        <translation>Archivo de Action Network…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="116"/>
        <source>Only signers who agreed to be contacted and gave an email or a phone: Action Network takes opted-in contacts only.</source>
        <translation>Solo firmantes que aceptaron ser contactados y dieron un correo o un teléfono: Action Network solo admite contactos que lo aceptaron.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="119"/>
        <source>Blank sheets…</source>
        <translation>Hojas en blanco…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="121"/>
        <source>Enter a paper sheet…</source>
        <translation>Introducir una hoja de papel…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="124"/>
        <source>Delivery packets</source>
        <translation>Expedientes de entrega</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="126"/>
        <source>Targets (one packet each):</source>
        <translation>Destinatarios (un expediente cada uno):</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="137"/>
        <source>Save in:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="155"/>
        <source>Other files</source>
        <translation>Otros archivos</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="299"/>
        <source>Choose a campaign first.</source>
        <translation>Elija primero una campaña.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="301"/>
        <source>Packets chosen: {0}. Signatures listed in all: {1}.</source>
        <translation>Expedientes elegidos: {0}. Firmas incluidas en total: {1}.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="324"/>
        <source>Signing certificate</source>
        <translation>Certificado de firma</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="325"/>
        <source>PKCS#12 certificate (*.p12 *.pfx)</source>
        <translation>Certificado PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="332"/>
        <source>Save packets in</source>
        <translation>Guardar los expedientes en</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="339"/>
        <source>Certificate passphrase</source>
        <translation>Contraseña del certificado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="340"/>
        <source>Passphrase for {0}:</source>
        <translation>Contraseña de {0}:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="358"/>
        <source>Choose the certificate file to sign with.</source>
        <translation>Elija el archivo del certificado con el que firmar.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="364"/>
        <source>Not exported: no passphrase given.</source>
        <translation>No se ha exportado: no se ha indicado la contraseña.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="395"/>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="420"/>
        <source>Signed by {0}.</source>
        <translation>Firmado por {0}.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="427"/>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelado; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="431"/>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>Algo ha fallado; los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="439"/>
        <source>The packet could not be opened: no program for PDF files answered. It is here: {0}</source>
        <translation>No se pudo abrir el paquete: ningún programa de archivos PDF respondió. Está aquí: {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="444"/>
        <source>The folder could not be opened: no file manager answered. The files are in: {0}</source>
        <translation>No se pudo abrir la carpeta: ningún gestor de archivos respondió. Los archivos están en: {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="455"/>
        <source>Save CSV file</source>
        <translation>Guardar archivo CSV</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="455"/>
        <source>Save OSDI file</source>
        <translation>Guardar archivo OSDI</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="456"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="456"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="493"/>
        <source>Left out: none</source>
        <translation>Excluidos: ninguno</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="500"/>
        <source>Blank sheets</source>
        <translation>Hojas en blanco</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="500"/>
        <source>How many sheets?</source>
        <translation>¿Cuántas hojas?</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="503"/>
        <source>Save sheets</source>
        <translation>Guardar las hojas</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="504"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="518"/>
        <source>{0}: sheets {1} to {2}</source>
        <translation>{0}: hojas {1} a {2}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="347"/>
        <source>Replace files?</source>
        <translation>¿Reemplazar los archivos?</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="348"/>
        <source>These files already exist in the folder:
{0}

Replace them?</source>
        <translation>Estos archivos ya existen en la carpeta:
{0}

¿Reemplazarlos?</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="384"/>
        <source>Not exported: the earlier files were kept.</source>
        <translation>No se exportó: se conservaron los archivos anteriores.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="229"/>
        <source>The signatures could not be counted; see the log file.</source>
        <translation>No se pudieron contar las firmas; consulte el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="232"/>
        <source>Counting signatures…</source>
        <translation>Contando las firmas…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="416"/>
        <source>{0}: {1}, {2}</source>
        <translation>{0}: {1}, {2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="417"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln página</numerusform>
            <numerusform>%Ln páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="480"/>
        <source>%Ln withdrawn</source>
        <translation>
            <numerusform>%Ln retirada</numerusform>
            <numerusform>%Ln retiradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="481"/>
        <source>%Ln duplicates of another signature</source>
        <translation>
            <numerusform>%Ln duplicado de otra firma</numerusform>
            <numerusform>%Ln duplicados de otra firma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="482"/>
        <source>%Ln possible duplicates not yet reviewed</source>
        <translation>
            <numerusform>%Ln posible duplicado aún sin revisar</numerusform>
            <numerusform>%Ln posibles duplicados aún sin revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="483"/>
        <source>%Ln outside the target&apos;s postcode areas</source>
        <translation>
            <numerusform>%Ln fuera de los códigos postales del destinatario</numerusform>
            <numerusform>%Ln fuera de los códigos postales del destinatario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="484"/>
        <source>%Ln did not agree to be contacted</source>
        <translation>
            <numerusform>%Ln no aceptó ser contactado</numerusform>
            <numerusform>%Ln no aceptaron ser contactados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="485"/>
        <source>%Ln gave no email and no phone</source>
        <translation>
            <numerusform>%Ln no dio correo ni teléfono</numerusform>
            <numerusform>%Ln no dieron correo ni teléfono</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="486"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="491"/>
        <source>Left out: {0} ({1})</source>
        <translation>Excluidos: {0} ({1})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="491"/>
        <source>%Ln signers</source>
        <translation>
            <numerusform>%Ln firmante</numerusform>
            <numerusform>%Ln firmantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="495"/>
        <source>Contact details left out for %Ln signers who did not agree to be contacted.</source>
        <translation>
            <numerusform>Datos de contacto omitidos de %Ln firmante que no aceptó ser contactado.</numerusform>
            <numerusform>Datos de contacto omitidos de %Ln firmantes que no aceptaron ser contactados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="267"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="269"/>
        <source>Everyone (no targets yet) — {0}</source>
        <translation>Todos (aún sin destinatarios) — {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="282"/>
        <source>%Ln signatures</source>
        <translation>
            <numerusform>%Ln firma</numerusform>
            <numerusform>%Ln firmas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="303"/>
        <source>%Ln signatures are outside every target&apos;s area.</source>
        <translation>
            <numerusform>%Ln firma queda fuera de la zona de todos los destinatarios.</numerusform>
            <numerusform>%Ln firmas quedan fuera de la zona de todos los destinatarios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="115"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="115"/>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="114"/>
        <source>Not yet received</source>
        <translation>Aún no recibido</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="136"/>
        <source>(no key yet)</source>
        <translation>(aún sin clave)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="138"/>
        <source>Enrolled</source>
        <translation>Dado de alta</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="138"/>
        <source>Enrolled (organiser)</source>
        <translation>Dado de alta (organizador)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="139"/>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="139"/>
        <source>Not enrolled</source>
        <translation>No dado de alta</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="114"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="115"/>
        <source>Sync files</source>
        <translation>Archivos de sincronización</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="115"/>
        <source>Last sync file</source>
        <translation>Último archivo</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="114"/>
        <source>Received up to number</source>
        <translation>Recibido hasta el número</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="128"/>
        <source>{0}
Id: {1}</source>
        <translation>{0}
Identificador: {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="134"/>
        <source>{0} (this computer)</source>
        <translation>{0} (este ordenador)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="149"/>
        <source>Number {0}</source>
        <translation>Número {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="150"/>
        <source>Numbers {0} ({1} missing)</source>
        <translation>Números {0} ({1} faltan)</translation>
    </message>
</context>
<context>
    <name>DuplicateReviewView</name>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="53"/>
        <source>S</source>
        <comment>key for Same person</comment>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="53"/>
        <source>D</source>
        <comment>key for Different people</comment>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="54"/>
        <source>N</source>
        <comment>key for Next pair</comment>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="59"/>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="201"/>
        <source>No possible duplicates left to review.</source>
        <translation>No quedan posibles duplicados por revisar.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="80"/>
        <source>The signature on the left may repeat the earlier one on the right. Highlighted fields differ.</source>
        <translation>La firma de la izquierda puede repetir la anterior de la derecha. Los campos resaltados son distintos.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="103"/>
        <source>&amp;Same person</source>
        <translation>&amp;Misma persona</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="104"/>
        <source>Count this signature as a duplicate (key: {0})</source>
        <translation>Contar esta firma como duplicada (tecla: {0})</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="105"/>
        <source>&amp;Different people</source>
        <translation>Personas &amp;distintas</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="106"/>
        <source>Count both signatures (key: {0})</source>
        <translation>Contar las dos firmas (tecla: {0})</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="107"/>
        <source>&amp;Next pair</source>
        <translation>&amp;Siguiente par</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="108"/>
        <source>Decide later (key: {0})</source>
        <translation>Decidir más tarde (tecla: {0})</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="112"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="113"/>
        <source>Put back the marks as they were before the last decision (Ctrl+Z)</source>
        <translation>Volver a dejar las marcas como estaban antes de la última decisión (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="121"/>
        <source>Keys: {0} same person, {1} different people, {2} next pair.</source>
        <translation>Teclas: {0} misma persona, {1} personas distintas, {2} siguiente par.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="138"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="170"/>
        <source>The review queue could not be loaded.</source>
        <translation>No se ha podido cargar la lista de revisión.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="178"/>
        <source>{0}+</source>
        <translation>{0}+</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="190"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="190"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="191"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="191"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="192"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="192"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="193"/>
        <source>City</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="193"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="194"/>
        <source>Signed at</source>
        <translation>Firmada el</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="194"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="195"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="195"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="206"/>
        <source>Pair {0} of {1}</source>
        <translation>Par {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="211"/>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="212"/>
        <source>Earlier signature</source>
        <translation>Firma anterior</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="232"/>
        <source>differs</source>
        <translation>distinto</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="232"/>
        <source>same</source>
        <translation>igual</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../drivekit/ui/sync/enrol_dialog.py" line="18"/>
        <source>Enrol this laptop?</source>
        <translation>¿Dar de alta este portátil?</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/enrol_dialog.py" line="29"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/enrol_dialog.py" line="30"/>
        <source>Compare this fingerprint with the one shown on that laptop&apos;s Sync page, character by character. Enrol it only if they are the same: an enrolled laptop can add signatures to this database, and correct or withdraw the ones it collected.</source>
        <translation>Compare esta huella con la que muestra la página Sincronización de ese portátil, carácter por carácter. Dele de alta solo si son iguales: un portátil dado de alta puede añadir firmas a esta base de datos, y corregir o retirar las que recogió.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/enrol_dialog.py" line="35"/>
        <source>Enrol and import</source>
        <translation>Dar de alta e importar</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/enrol_dialog.py" line="36"/>
        <source>Do not enrol</source>
        <translation>No dar de alta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/enrol_dialog.py" line="19"/>
        <source>%Ln files come from a laptop that this database does not trust yet:</source>
        <translation>
            <numerusform>%Ln archivo viene de un portátil en el que esta base de datos aún no confía:</numerusform>
            <numerusform>%Ln archivos vienen de un portátil en el que esta base de datos aún no confía:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../../drivekit/ui/erasure.py" line="31"/>
        <source>see the log</source>
        <translation>consulte el registro</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/erasure.py" line="32"/>
        <source>The signature was withdrawn, but the backups made before could not all be erased of it: {0}</source>
        <translation>La firma se retiró, pero no se pudo borrar de todas las copias de seguridad anteriores: {0}</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="88"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="88"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="88"/>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="88"/>
        <source>Already present</source>
        <translation>Ya presentes</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="89"/>
        <source>Corrections</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="89"/>
        <source>Withdrawals</source>
        <translation>Retiradas</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="89"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="89"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="95"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="95"/>
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="96"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="96"/>
        <source>Not imported (cancelled)</source>
        <translation>No importado (cancelado)</translation>
    </message>
</context>
<context>
    <name>KioskExitDialog</name>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="128"/>
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="129"/>
        <source>Coordinator: type the kiosk PIN to leave kiosk mode.</source>
        <translation>Coordinador: escriba el PIN del quiosco para salir del modo quiosco.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="132"/>
        <source>Kiosk PIN</source>
        <translation>PIN del quiosco</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="141"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="189"/>
        <source>Wrong PIN. Try again in {0} s.</source>
        <translation>PIN incorrecto. Inténtelo de nuevo en {0} s.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="195"/>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN incorrecto. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="99"/>
        <source>DriveKit — sign the petition</source>
        <translation>DriveKit — firme la petición</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="149"/>
        <source>Sign the petition</source>
        <translation>Firmar la petición</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="169"/>
        <source>Thank you for signing!</source>
        <translation>¡Gracias por firmar!</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="173"/>
        <source>Next signer</source>
        <translation>Siguiente firmante</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="113"/>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="117"/>
        <source>Leave kiosk mode (coordinator PIN needed)</source>
        <translation>Salir del modo quiosco (se necesita el PIN del coordinador)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="290"/>
        <source>Your signature could not be saved: {0}</source>
        <translation>No se ha podido guardar su firma: {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="337"/>
        <source>Your signature could not be saved. Please call the volunteer.</source>
        <translation>No se ha podido guardar su firma. Avise al voluntario.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="128"/>
        <source>Step 1 of 2: your details</source>
        <translation>Paso 1 de 2: sus datos</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="130"/>
        <source>Step 2 of 2: read, agree and sign</source>
        <translation>Paso 2 de 2: leer, aceptar y firmar</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="145"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="147"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="154"/>
        <source>To sign, please tick “I agree…” above.</source>
        <translation>Para firmar, marque «Acepto…» arriba.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="233"/>
        <source>Sign here with your finger (optional)</source>
        <translation>Firme aquí con el dedo (opcional)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="234"/>
        <source>Start again</source>
        <translation>Volver a empezar</translation>
    </message>
</context>
<context>
    <name>LaptopNameDialog</name>
    <message>
        <location filename="../../drivekit/ui/first_run/laptop_name.py" line="24"/>
        <source>Name this laptop</source>
        <translation>Dar nombre a este portátil</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/laptop_name.py" line="25"/>
        <source>The organiser sees this name on every sync file from this laptop, and in the list of what has not arrived yet. Choose one people at the drive will recognise, e.g. “Stall 2” or “Anna’s laptop”.</source>
        <translation>El organizador ve este nombre en cada archivo de sincronización de este portátil y en la lista de lo que aún no ha llegado. Elija uno que la gente de la recogida reconozca, por ejemplo «Puesto 2» o «Portátil de Ana».</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/laptop_name.py" line="30"/>
        <source>Laptop name</source>
        <translation>Nombre del portátil</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/laptop_name.py" line="32"/>
        <source>&amp;Name of this laptop:</source>
        <translation>&amp;Nombre de este portátil:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/laptop_name.py" line="41"/>
        <source>Save the name</source>
        <translation>Guardar el nombre</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/laptop_name.py" line="42"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="107"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="137"/>
        <location filename="../../drivekit/ui/main_window.py" line="139"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="142"/>
        <source>Campaign:</source>
        <translation>Campaña:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="178"/>
        <source>Collect</source>
        <translation>Recogida</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="179"/>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="180"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="181"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="264"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="265"/>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nueva campaña…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="266"/>
        <source>&amp;Import campaign file…</source>
        <translation>&amp;Importar archivo de campaña…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="268"/>
        <source>&amp;Demo campaign</source>
        <translation>Campaña de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="270"/>
        <source>&amp;Kiosk mode…</source>
        <translation>Modo &amp;quiosco…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="271"/>
        <source>Kiosk &amp;PIN…</source>
        <translation>&amp;PIN del quiosco…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="273"/>
        <source>&amp;Database…</source>
        <translation>&amp;Base de datos…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="276"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="282"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="291"/>
        <source>&amp;Large text / high contrast</source>
        <translation>&amp;Texto grande / alto contraste</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="296"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="299"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="311"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="312"/>
        <source>&amp;About DriveKit</source>
        <translation>&amp;Acerca de DriveKit</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="346"/>
        <source>Campaign: {0}</source>
        <translation>Campaña: {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="346"/>
        <source>No campaign yet</source>
        <translation>Aún no hay campaña</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="428"/>
        <source>Event: {0}</source>
        <translation>Evento: {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="428"/>
        <source>No event chosen</source>
        <translation>Ningún evento elegido</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="429"/>
        <source>Today: {0}</source>
        <translation>Hoy: {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="447"/>
        <source>Kiosk mode</source>
        <translation>Modo quiosco</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="448"/>
        <source>First choose a PIN. It will be needed to leave kiosk mode.</source>
        <translation>Elija primero un PIN. Se necesitará para salir del modo quiosco.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="475"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="475"/>
        <source>The new language is used the next time DriveKit starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie DriveKit.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="485"/>
        <source>About DriveKit</source>
        <translation>Acerca de DriveKit</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="486"/>
        <source>DriveKit {0}
Offline petition signature drives.</source>
        <translation>DriveKit {0}
Recogida de firmas para peticiones sin conexión.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="275"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="182"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <location filename="../../drivekit/ui/widgets/message_line.py" line="51"/>
        <source>{0}: {1}</source>
        <comment>a field&apos;s name, then what is wrong with it</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/widgets/message_line.py" line="54"/>
        <source>{0} Other marked fields need checking too.</source>
        <comment>{0} is a field&apos;s message</comment>
        <translation>{0} Hay otros campos marcados que también debe revisar.</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="16"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="18"/>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="21"/>
        <source>Event date</source>
        <translation>Fecha del evento</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="23"/>
        <source>Event location</source>
        <translation>Lugar del evento</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="29"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="30"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="31"/>
        <source>&amp;Location</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="40"/>
        <source>Please give the event a name.</source>
        <translation>Indique un nombre para el evento.</translation>
    </message>
</context>
<context>
    <name>OrganiserTools</name>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="59"/>
        <source>Campaign file for laptops</source>
        <translation>Archivo de campaña para los portátiles</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="62"/>
        <source>A new laptop starts from this file (on the laptop: Import a campaign file). Write a new one after adding events or withdrawing signatures, for every laptop.</source>
        <translation>Un portátil nuevo empieza con este archivo (en el portátil: Importar un archivo de campaña). Escriba uno nuevo para todos los portátiles tras añadir eventos o retirar firmas.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="65"/>
        <source>Write a campaign file…</source>
        <translation>Escribir un archivo de campaña…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="88"/>
        <source>A campaign file is signed with the organiser key: choose the key file first (Organiser key…). None yet? On the command line: drivekit keys organiser -o FOLDER</source>
        <translation>Un archivo de campaña se firma con la clave del organizador: elija primero el archivo de la clave (Clave del organizador…). ¿Aún no tiene? En la línea de órdenes: drivekit keys organiser -o CARPETA</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="96"/>
        <source>Write the campaign file</source>
        <translation>Escribir el archivo de campaña</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="97"/>
        <source>DriveKit campaign files (*.dkc)</source>
        <translation>Archivos de campaña de DriveKit (*.dkc)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="110"/>
        <source>Wrote {0} (revision {1}), signed with organiser key {2}.</source>
        <translation>Se escribió {0} (revisión {1}), firmado con la clave del organizador {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="113"/>
        <source>It carries %Ln signatures withdrawn here: each laptop erases them too.</source>
        <translation>
            <numerusform>Lleva %Ln firma retirada aquí: cada portátil la borra también.</numerusform>
            <numerusform>Lleva %Ln firmas retiradas aquí: cada portátil las borra también.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="55"/>
        <source>Enter a paper sheet</source>
        <translation>Introducir una hoja de papel</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="63"/>
        <source>Sheet number</source>
        <translation>Número de hoja</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="64"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="66"/>
        <source>(no event)</source>
        <translation>(sin evento)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="69"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="70"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="70"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="70"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="71"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="71"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="71"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="72"/>
        <source>Town or city</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="72"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="82"/>
        <source>Ticked “Contact me”</source>
        <translation>Marcó «Contactarme»</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="86"/>
        <source>Save line</source>
        <translation>Guardar línea</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="123"/>
        <source> (possible duplicate, to review)</source>
        <translation> (posible duplicado, por revisar)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="124"/>
        <source>Saved sheet {0}, line {1}.</source>
        <translation>Guardada la hoja {0}, línea {1}.</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="309"/>
        <location filename="../../drivekit/ui/privacy/menu.py" line="32"/>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacidad</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/menu.py" line="34"/>
        <source>Campaign privacy &amp;settings…</source>
        <translation>&amp;Ajustes de privacidad de la campaña…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/menu.py" line="35"/>
        <source>&amp;Purge campaign…</source>
        <translation>&amp;Purgar la campaña…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/menu.py" line="37"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
</context>
<context>
    <name>PurgeFlow</name>
    <message>
        <location filename="../../drivekit/ui/privacy/purge.py" line="30"/>
        <location filename="../../drivekit/ui/privacy/purge.py" line="60"/>
        <location filename="../../drivekit/ui/privacy/purge.py" line="67"/>
        <source>Purge campaign</source>
        <translation>Purgar la campaña</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/purge.py" line="38"/>
        <source>Its retention date, {0}, has not passed yet.</source>
        <translation>Su fecha de conservación, {0}, todavía no ha pasado.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/purge.py" line="39"/>
        <source>It has no retention date.</source>
        <translation>No tiene fecha de conservación.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/purge.py" line="41"/>
        <source>{0} Purge “{1}” anyway, before its time?</source>
        <translation>{0} ¿Purgar «{1}» de todos modos, antes de tiempo?</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/purge.py" line="48"/>
        <source>Erase for good the names, contact details, comments and drawn signatures kept in “{1}” (signatures concerned: {0})? Only counts by day, event and postcode area are kept. This cannot be undone.</source>
        <translation>¿Borrar para siempre los nombres, los datos de contacto, los comentarios y las firmas dibujadas guardados en «{1}» (firmas afectadas: {0})? Solo se conservan los recuentos por día, evento y zona postal. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/purge.py" line="61"/>
        <source>“{0}” was purged (signatures anonymised: {1}); the counts are kept.</source>
        <translation>«{0}» se ha purgado (firmas anonimizadas: {1}); los recuentos se conservan.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/purge.py" line="68"/>
        <source>The purge failed; nothing was changed. Details are in the log file.</source>
        <translation>La purga ha fallado; no se ha cambiado nada. Los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>RetentionBar</name>
    <message>
        <location filename="../../drivekit/ui/privacy/retention_bar.py" line="32"/>
        <source>&amp;Purge now…</source>
        <translation>&amp;Purgar ahora…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/retention_bar.py" line="33"/>
        <source>Remind me &amp;later</source>
        <translation>Recordármelo &amp;más tarde</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/retention_bar.py" line="70"/>
        <source>The retention date of “{0}” was {1}, but signers&apos; details are still kept (signatures concerned: {2}). Purge the campaign to keep only its counts.</source>
        <translation>La fecha de conservación de «{0}» era el {1}, pero los datos de los firmantes siguen guardados (firmas afectadas: {2}). Purgue la campaña para conservar solo sus recuentos.</translation>
    </message>
</context>
<context>
    <name>RevokeQuestion</name>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="31"/>
        <source>Revoke this laptop?</source>
        <translation>¿Revocar este portátil?</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="32"/>
        <source>Revoke “{0}” (fingerprint {1})?</source>
        <translation>¿Revocar «{0}» (huella {1})?</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="33"/>
        <source>It has not sent any sync file yet.</source>
        <translation>Aún no ha enviado ningún archivo de sincronización.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="34"/>
        <source>The sync file it sent before stays.</source>
        <translation>El archivo de sincronización que envió antes se conserva.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="35"/>
        <source>The {0} sync files it sent before stay.</source>
        <translation>Los {0} archivos de sincronización que envió antes se conservan.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="36"/>
        <source>Do this when a laptop is lost or stolen: every sync file it writes from now on is refused.</source>
        <translation>Hágalo cuando un portátil se pierda o lo roben: se rechazará todo archivo de sincronización que escriba a partir de ahora.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="38"/>
        <source>This cannot be undone.</source>
        <translation>No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="39"/>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="40"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="68"/>
        <source>Kiosk PIN</source>
        <translation>PIN del quiosco</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="70"/>
        <source>Signers cannot leave kiosk mode without this PIN. Choose at least 4 characters and keep it to yourself.</source>
        <translation>Los firmantes no pueden salir del modo quiosco sin este PIN. Elija al menos 4 caracteres y no lo comparta.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="73"/>
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="74"/>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="75"/>
        <source>Repeat the new PIN</source>
        <translation>Repita el PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="82"/>
        <source>&amp;Current PIN</source>
        <translation>PIN &amp;actual</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="83"/>
        <source>&amp;New PIN</source>
        <translation>PIN &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="84"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="96"/>
        <source>The current PIN is not right.</source>
        <translation>El PIN actual no es correcto.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="103"/>
        <source>The PIN must have at least 4 characters.</source>
        <translation>El PIN debe tener al menos 4 caracteres.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="107"/>
        <source>The two PINs are not the same; please type them again.</source>
        <translation>Los dos PIN no coinciden; escríbalos de nuevo.</translation>
    </message>
</context>
<context>
    <name>SignatureEditDialog</name>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="82"/>
        <source>Edit signature</source>
        <translation>Editar la firma</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="84"/>
        <source>Signed {0} · {1} · {2} · {3}</source>
        <translation>Firmada {0} · {1} · {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="85"/>
        <source>no event</source>
        <translation>sin evento</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="91"/>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="91"/>
        <source>&amp;Last name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="91"/>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="92"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="92"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="92"/>
        <source>P&amp;ostcode</source>
        <translation>Código &amp;postal</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="93"/>
        <source>C&amp;ity</source>
        <translation>&amp;Localidad</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="93"/>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="93"/>
        <source>Co&amp;untry</source>
        <translation>Pa&amp;ís</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="94"/>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mentario</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="94"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="107"/>
        <source>(not given)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="115"/>
        <source>The signer agreed to be &amp;contacted</source>
        <translation>&amp;El firmante aceptó ser contactado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="159"/>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="167"/>
        <source>Drawn signature</source>
        <translation>Firma dibujada</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="161"/>
        <source>The drawn signature cannot be shown.</source>
        <translation>No se puede mostrar la firma dibujada.</translation>
    </message>
</context>
<context>
    <name>SignatureLabels</name>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="10"/>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="11"/>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="12"/>
        <source>Duplicate</source>
        <translation>Duplicada</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="13"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="16"/>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="17"/>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="18"/>
        <source>Paper sheet</source>
        <translation>Hoja de papel</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="19"/>
        <source>CSV import</source>
        <translation>Importación CSV</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../drivekit/ui/widgets/signature_pad.py" line="189"/>
        <source>Signature drawing area</source>
        <translation>Zona para dibujar la firma</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/widgets/signature_pad.py" line="190"/>
        <source>Optional. Draw a signature with a mouse, pen or finger.</source>
        <translation>Opcional. Dibuje una firma con el ratón, un lápiz o el dedo.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/widgets/signature_pad.py" line="191"/>
        <source>Signature (optional): draw with a mouse, pen or finger</source>
        <translation>Firma (opcional): dibuje con el ratón, un lápiz o el dedo</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/widgets/signature_pad.py" line="193"/>
        <source>Clear drawing</source>
        <translation>Borrar dibujo</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/widgets/signature_pad.py" line="194"/>
        <source>Clear the drawn signature</source>
        <translation>Borrar la firma dibujada</translation>
    </message>
</context>
<context>
    <name>SignatureTableModel</name>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="161"/>
        <source>The signatures could not be loaded.</source>
        <translation>No se han podido cargar las firmas.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="276"/>
        <source>This column cannot be sorted.</source>
        <translation>Esta columna no se puede ordenar.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="280"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="280"/>
        <source>Signed at</source>
        <translation>Firmada el</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="280"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="280"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="280"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="281"/>
        <source>City</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="281"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="281"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="281"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="281"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="282"/>
        <source>Drawn</source>
        <translation>Dibujada</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="282"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="309"/>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="320"/>
        <source>sheet {0}/{1}</source>
        <comment>paper sheet number/line number</comment>
        <translation>hoja {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="314"/>
        <source>Paper sheet {0}, line {1}; row {2} of {3}</source>
        <translation>Hoja de papel {0}, línea {1}; fila {2} de {3}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="316"/>
        <source>Row {0} of {1}</source>
        <translation>Fila {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="327"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="327"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SignatureTableView</name>
    <message>
        <location filename="../../drivekit/ui/signatures/table_view.py" line="20"/>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_view.py" line="38"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_view.py" line="40"/>
        <source>Withdraw…</source>
        <translation>Retirar…</translation>
    </message>
</context>
<context>
    <name>SignaturesPage</name>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="67"/>
        <source>&amp;All signatures</source>
        <translation>&amp;Todas las firmas</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="69"/>
        <location filename="../../drivekit/ui/signatures/page.py" line="481"/>
        <source>&amp;Duplicates to review</source>
        <translation>&amp;Duplicados por revisar</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="75"/>
        <source>Sealed collection</source>
        <translation>Recogida sellada</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="82"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="112"/>
        <source>Search names, postcodes, cities</source>
        <translation>Buscar nombres, códigos postales, localidades</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="113"/>
        <source>Search signatures</source>
        <translation>Buscar firmas</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="120"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="123"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="126"/>
        <source>E&amp;vent:</source>
        <translation>E&amp;vento:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="129"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="130"/>
        <location filename="../../drivekit/ui/signatures/page.py" line="133"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="135"/>
        <source>S&amp;tatus:</source>
        <translation>Est&amp;ado:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="140"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="147"/>
        <source>Number of signatures shown</source>
        <translation>Número de firmas mostradas</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="166"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="167"/>
        <source>Correct the selected signer&apos;s details (Enter)</source>
        <translation>Corregir los datos del firmante seleccionado (Intro)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="169"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="170"/>
        <source>Withdraw the selected signature and erase the signer&apos;s data (Delete)</source>
        <translation>Retirar la firma seleccionada y borrar los datos del firmante (Supr)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="388"/>
        <source>this signer</source>
        <translation>este firmante</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="389"/>
        <source>The signature of {0} was saved.</source>
        <translation>Se guardó la firma de {0}.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="413"/>
        <source>Nothing was withdrawn: the signature of {0} is kept.</source>
        <translation>No se ha retirado nada: la firma de {0} se conserva.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="436"/>
        <source>The signature was withdrawn; the signer&apos;s data was erased.</source>
        <translation>Se ha retirado la firma; los datos del firmante se han borrado.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="124"/>
        <location filename="../../drivekit/ui/signatures/page.py" line="230"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="187"/>
        <source>This laptop collects sealed signatures: each signer&apos;s details are encrypted to the organiser&apos;s key, so they cannot be shown or printed here. The organiser sees them after importing this laptop&apos;s sync bundle.

Signatures collected on this laptop: {0}</source>
        <translation>Este portátil recoge firmas selladas: los datos de cada firmante se cifran con la clave del organizador, así que aquí no se pueden mostrar ni imprimir. El organizador los ve después de importar el paquete de sincronización de este portátil.

Firmas recogidas en este portátil: {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="240"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="282"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="303"/>
        <source>No signatures match</source>
        <translation>Ninguna firma coincide</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="305"/>
        <source>No signatures yet</source>
        <translation>Aún no hay firmas</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="313"/>
        <source>Not loaded</source>
        <translation>Sin cargar</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="417"/>
        <source>Withdrawing…</source>
        <translation>Retirando…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="456"/>
        <source>That did not work; see the log.</source>
        <translation>No ha funcionado; consulte el registro.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="481"/>
        <source>&amp;Duplicates to review ({0})</source>
        <translation>&amp;Duplicados por revisar ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/signatures/page.py" line="301"/>
        <source>%Ln signatures</source>
        <translation>
            <numerusform>%Ln firma</numerusform>
            <numerusform>%Ln firmas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignerForm</name>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="67"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="67"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="67"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="68"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="68"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="68"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="69"/>
        <source>Town or city</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="69"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="69"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="70"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="107"/>
        <source>I agree to the statement above (required)</source>
        <translation>Acepto el texto anterior (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="109"/>
        <source>Agree to the petition statement, required</source>
        <translation>Aceptar el texto de la petición, obligatorio</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="111"/>
        <source>Keep me informed about this campaign (optional)</source>
        <translation>Quiero recibir noticias de esta campaña (opcional)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="113"/>
        <source>Keep me informed, optional</source>
        <translation>Recibir noticias, opcional</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="165"/>
        <source>{0} (required)</source>
        <translation>{0} (obligatorio)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="81"/>
        <source>Send this laptop&apos;s signatures</source>
        <translation>Enviar las firmas de este portátil</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="82"/>
        <source>Everything this database holds (not only what is new)</source>
        <translation>Todo lo que contiene esta base de datos (no solo lo nuevo)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="83"/>
        <source>Export to a folder…</source>
        <translation>Exportar a una carpeta…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="109"/>
        <source>Organiser key…</source>
        <translation>Clave del organizador…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="111"/>
        <source>No organiser key chosen: only unencrypted files can be read.</source>
        <translation>No se ha elegido clave del organizador: solo se pueden leer archivos sin cifrar.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="118"/>
        <source>Import files…</source>
        <translation>Importar archivos…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="153"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="277"/>
        <source>Choose the folder (e.g. a USB stick)</source>
        <translation>Elija la carpeta (p. ej., una memoria USB)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="290"/>
        <source>Encrypted for organiser key {0}.</source>
        <translation>Cifrado para la clave del organizador {0}.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="292"/>
        <source>Not encrypted: the campaign has no organiser key.</source>
        <translation>Sin cifrar: la campaña no tiene clave del organizador.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="307"/>
        <source>The name the organiser sees for this laptop, e.g. “Stall 2”:</source>
        <translation>El nombre con el que el organizador ve este portátil, p. ej. «Puesto 2»:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="322"/>
        <source>Choose the organiser key</source>
        <translation>Elija la clave del organizador</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="323"/>
        <source>Organiser keys (*.key);;All files (*)</source>
        <translation>Claves del organizador (*.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="331"/>
        <source>Organiser key: {0}</source>
        <translation>Clave del organizador: {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="349"/>
        <source>Choose the sync files to import</source>
        <translation>Elija los archivos de sincronización que importar</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="350"/>
        <source>DriveKit sync files (*.dkb);;All files (*)</source>
        <translation>Archivos de sincronización de DriveKit (*.dkb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="344"/>
        <source>Organiser key</source>
        <translation>Clave del organizador</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="344"/>
        <source>Passphrase of the organiser key:</source>
        <translation>Contraseña de la clave del organizador:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="478"/>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>Algo ha fallado; los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="415"/>
        <source>Received by campaign “{0}”.</source>
        <translation>Recibido por la campaña «{0}».</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="417"/>
        <source>Received by several campaigns: {0}.</source>
        <translation>Recibido por varias campañas: {0}.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="271"/>
        <source>And 1 other change (a correction, a withdrawal or a new name).</source>
        <translation>Y 1 cambio más (una corrección, una retirada o un nombre nuevo).</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="273"/>
        <source>And {0} other changes (corrections, withdrawals or a new name).</source>
        <translation>Y {0} cambios más (correcciones, retiradas o un nombre nuevo).</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="65"/>
        <source>a volunteer laptop</source>
        <translation>un portátil de voluntario</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="66"/>
        <source>the organiser&apos;s computer</source>
        <translation>el ordenador del organizador</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="68"/>
        <source>This &amp;computer is:</source>
        <translation>Este &amp;ordenador es:</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="96"/>
        <source>Campaign file from the organiser</source>
        <translation>Archivo de campaña del organizador</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="97"/>
        <source>Open a campaign file…</source>
        <translation>Abrir un archivo de campaña…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="100"/>
        <source>When the organiser gives you a newer campaign file (new events, signatures withdrawn at the organiser), open it here.</source>
        <translation>Cuando el organizador le dé un archivo de campaña más reciente (eventos nuevos, firmas retiradas por el organizador), ábralo aquí.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="117"/>
        <source>Receive sync files from laptops</source>
        <translation>Recibir archivos de sincronización de los portátiles</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="133"/>
        <source>Laptops</source>
        <translation>Portátiles</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="137"/>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="138"/>
        <source>For a lost or stolen laptop: refuse its sync files from now on.</source>
        <translation>Para un portátil perdido o robado: rechazar sus archivos de sincronización a partir de ahora.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="142"/>
        <source>A new laptop is enrolled when you import its first sync file: you then compare its fingerprint with the one on its Sync page.</source>
        <translation>Un portátil nuevo se da de alta al importar su primer archivo de sincronización: entonces compare su huella con la de su página Sincronización.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="210"/>
        <source>This laptop: {0} — fingerprint {1}</source>
        <translation>Este portátil: {0} — huella {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="211"/>
        <source>This computer: {0} — fingerprint {1}</source>
        <translation>Este ordenador: {0} — huella {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="237"/>
        <source>the campaign came from the organiser&apos;s campaign file</source>
        <translation>la campaña vino del archivo de campaña del organizador</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="238"/>
        <source>the campaign was created on this computer</source>
        <translation>la campaña se creó en este ordenador</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="240"/>
        <source>DriveKit tells this from how the campaign arrived: {0}.</source>
        <translation>DriveKit lo deduce de cómo llegó la campaña: {0}.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="242"/>
        <source>You chose this. From how the campaign arrived ({0}), DriveKit would say the other.</source>
        <translation>Lo eligió usted. Por cómo llegó la campaña ({0}), DriveKit habría dicho lo otro.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="248"/>
        <source>Name this laptop…</source>
        <translation>Dar nombre a este portátil…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="248"/>
        <source>Name this computer…</source>
        <translation>Dar nombre a este ordenador…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="261"/>
        <source>Sent so far: 1 sync file, {0} on {1}.</source>
        <translation>Enviado hasta ahora: 1 archivo de sincronización, {0} el {1}.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="263"/>
        <source>Sent so far: {0} sync files, the last one {1} on {2}.</source>
        <translation>Enviado hasta ahora: {0} archivos de sincronización, el último {1} el {2}.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="259"/>
        <source>Nothing sent yet.</source>
        <translation>Aún no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="267"/>
        <source>Everything collected here has been sent.</source>
        <translation>Todo lo recogido aquí se ha enviado.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="316"/>
        <source>This computer is now called “{0}”; the next export tells the organiser.</source>
        <translation>Este ordenador se llama ahora «{0}»; la próxima exportación se lo dirá al organizador.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="438"/>
        <source>“{0}” is revoked: its sync files are refused from now on. What it sent before stays.</source>
        <translation>«{0}» está revocado: sus archivos de sincronización se rechazan a partir de ahora. Lo que envió antes se conserva.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/sync_page.py" line="269"/>
        <source>Waiting for the next file: %Ln new signatures.</source>
        <translation>
            <numerusform>Esperando el próximo archivo: %Ln firma nueva.</numerusform>
            <numerusform>Esperando el próximo archivo: %Ln firmas nuevas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="293"/>
        <source>Wrote {0}: {1}, {2}. {3}</source>
        <translation>Escrito {0}: {1}, {2}. {3}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/sync_page.py" line="294"/>
        <source>%Ln signatures</source>
        <translation>
            <numerusform>%Ln firma</numerusform>
            <numerusform>%Ln firmas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/sync_page.py" line="295"/>
        <source>%Ln withdrawals</source>
        <translation>
            <numerusform>%Ln retirada</numerusform>
            <numerusform>%Ln retiradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="396"/>
        <source>{0}. Files refused: {1} (see Details).</source>
        <translation>{0}. Archivos rechazados: {1} (vea Detalles).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/sync_page.py" line="397"/>
        <source>%Ln new signatures</source>
        <translation>
            <numerusform>%Ln firma nueva</numerusform>
            <numerusform>%Ln firmas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/sync_page.py" line="399"/>
        <source>%Ln new signatures imported.</source>
        <translation>
            <numerusform>%Ln firma nueva importada.</numerusform>
            <numerusform>%Ln firmas nuevas importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/sync_page.py" line="418"/>
        <source>“{0}” (%Ln files)</source>
        <translation>
            <numerusform>«{0}» (%Ln archivo)</numerusform>
            <numerusform>«{0}» (%Ln archivos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../drivekit/ui/first_run/welcome.py" line="18"/>
        <source>Welcome to DriveKit</source>
        <translation>Bienvenido a DriveKit</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/welcome.py" line="21"/>
        <source>DriveKit collects petition signatures on this computer, without a network. Start by creating your campaign, import the campaign file your organiser gave you, or try the app with a demo campaign full of made-up signers.</source>
        <translation>DriveKit recoge firmas para peticiones en este ordenador, sin red. Empiece creando su campaña, importe el archivo de campaña que le dio su organizador o pruebe la aplicación con una campaña de demostración llena de firmantes inventados.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/welcome.py" line="25"/>
        <source>Create a campaign…</source>
        <translation>Crear una campaña…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/welcome.py" line="27"/>
        <source>Import a campaign file…</source>
        <translation>Importar un archivo de campaña…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/welcome.py" line="28"/>
        <source>Open a demo campaign</source>
        <translation>Abrir una campaña de demostración</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../drivekit/ui/signatures/withdraw_dialog.py" line="77"/>
        <source>Withdraw signature</source>
        <translation>Retirar la firma</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/withdraw_dialog.py" line="79"/>
        <source>this signer</source>
        <translation>este firmante</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/withdraw_dialog.py" line="81"/>
        <source>Withdraw the signature of {0}? Their name, contact details, address, comment and drawn signature will be erased and cannot be recovered. The signature will no longer count.</source>
        <translation>¿Retirar la firma de {0}? Su nombre, datos de contacto, dirección, comentario y firma dibujada se borrarán y no se podrán recuperar. La firma dejará de contar.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/withdraw_dialog.py" line="85"/>
        <source>&amp;Reason (optional, do not enter personal details):</source>
        <translation>&amp;Motivo (opcional, no escriba datos personales):</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/withdraw_dialog.py" line="87"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/withdraw_dialog.py" line="92"/>
        <source>&amp;Withdraw and erase</source>
        <translation>&amp;Retirar y borrar</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/withdraw_dialog.py" line="94"/>
        <source>&amp;Keep the signature</source>
        <translation>&amp;Conservar la firma</translation>
    </message>
</context>
<context>
    <name>_Opening</name>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="79"/>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
</context>
<context>
    <name>_Section</name>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="62"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="63"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
</context>
<context>
    <name>offer_restore</name>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="225"/>
        <source>The database is damaged and no good backup of it was found.</source>
        <translation>La base de datos está dañada y no se encontró ninguna copia de seguridad en buen estado.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="228"/>
        <source>The database is damaged, so DriveKit cannot open it safely.

The newest good backup is {0}. Restore it? The damaged database is kept aside; signatures saved after that backup are not in it (collect them again from another laptop&apos;s bundle or the paper sheets).</source>
        <translation>La base de datos está dañada, así que DriveKit no puede abrirla con seguridad.

La copia de seguridad en buen estado más reciente es {0}. ¿Restaurarla? La base de datos dañada se guarda aparte; las firmas guardadas después de esa copia no están en ella (recójalas de nuevo desde el paquete de otro portátil o de las hojas en papel).</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="234"/>
        <source>Restore the backup</source>
        <translation>Restaurar la copia</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="236"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../drivekit/ui/first_run/demo.py" line="19"/>
        <source>Creating the demo campaign…</source>
        <translation>Creando la campaña de demostración…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/demo.py" line="19"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/demo.py" line="20"/>
        <location filename="../../drivekit/ui/first_run/demo.py" line="45"/>
        <source>Demo campaign</source>
        <translation>Campaña de demostración</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/demo.py" line="44"/>
        <source>Something went wrong; details are in the log file.</source>
        <translation>Algo ha fallado; los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <location filename="../../drivekit/ui/app.py" line="39"/>
        <location filename="../../drivekit/ui/app.py" line="115"/>
        <source>Something went wrong; the details are in the log file. Your saved signatures are safe.</source>
        <translation>Algo ha fallado; los detalles están en el archivo de registro. Sus firmas guardadas están a salvo.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/app.py" line="78"/>
        <source>Use this computer&apos;s database</source>
        <translation>Usar la base de datos de este ordenador</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/app.py" line="80"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
</TS>
