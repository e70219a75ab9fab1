<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="144"/>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="149"/>
        <source>Audit log entries</source>
        <translation>Entrées du journal d’audit</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="157"/>
        <source>Only this &amp;campaign</source>
        <translation>Seulement cette &amp;campagne</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="162"/>
        <source>The log records what was done, when and on which device, never who signed.</source>
        <translation>Le journal enregistre ce qui a été fait, quand et sur quel appareil, jamais qui a signé.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="175"/>
        <source>Details of the selected entry</source>
        <translation>Détails de l’entrée choisie</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="176"/>
        <source>&amp;Details of the selected entry:</source>
        <translation>&amp;Détails de l’entrée choisie :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="204"/>
        <source>Nothing has been recorded yet.</source>
        <translation>Rien n’a encore été enregistré.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="218"/>
        <source>No details were recorded for this entry.</source>
        <translation>Aucun détail n’a été enregistré pour cette entrée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="203"/>
        <source>%Ln entries, newest first.</source>
        <translation>
            <numerusform>%Ln entrée, la plus récente d’abord.</numerusform>
            <numerusform>%Ln entrées, les plus récentes d’abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="37"/>
        <source>Signature withdrawn</source>
        <translation>Signature retirée</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="38"/>
        <source>Signature corrected</source>
        <translation>Signature corrigée</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="39"/>
        <source>Duplicate reviewed</source>
        <translation>Doublon examiné</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="40"/>
        <source>Duplicate decision undone</source>
        <translation>Décision sur un doublon annulée</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="41"/>
        <source>Signatures imported (CSV)</source>
        <translation>Signatures importées (CSV)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="42"/>
        <source>Sync bundle imported</source>
        <translation>Paquet de synchronisation importé</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="43"/>
        <source>Sync bundle exported</source>
        <translation>Paquet de synchronisation exporté</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="44"/>
        <source>Delivery packet exported</source>
        <translation>Dossier de remise exporté</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="45"/>
        <source>CSV file exported</source>
        <translation>Fichier CSV exporté</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="46"/>
        <source>OSDI file exported</source>
        <translation>Fichier OSDI exporté</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="47"/>
        <source>Blank sheets printed</source>
        <translation>Feuilles vierges imprimées</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="48"/>
        <source>Campaign created</source>
        <translation>Campagne créée</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="49"/>
        <source>Campaign file exported</source>
        <translation>Fichier de campagne exporté</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="50"/>
        <source>Campaign file installed</source>
        <translation>Fichier de campagne installé</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="51"/>
        <source>Campaign file updated</source>
        <translation>Fichier de campagne mis à jour</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="52"/>
        <source>Campaign purged</source>
        <translation>Campagne purgée</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="53"/>
        <source>Retention date set</source>
        <translation>Date de conservation fixée</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="54"/>
        <source>Sealed collection changed</source>
        <translation>Collecte scellée modifiée</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="55"/>
        <source>Kiosk unlocked</source>
        <translation>Kiosque déverrouillé</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="56"/>
        <source>Kiosk unlock refused (wrong PIN)</source>
        <translation>Déverrouillage du kiosque refusé (mauvais code)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="57"/>
        <source>Kiosk PIN set</source>
        <translation>Code du kiosque défini</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="58"/>
        <source>Database restored from a backup</source>
        <translation>Base de données restaurée depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="59"/>
        <source>Laptop enrolled</source>
        <translation>Ordinateur portable inscrit</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="60"/>
        <source>Laptop revoked</source>
        <translation>Ordinateur portable révoqué</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="97"/>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="97"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="97"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="97"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="61"/>
        <source>Laptop renamed</source>
        <translation>Ordinateur portable renommé</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="62"/>
        <source>Demo campaign created</source>
        <translation>Campagne de démonstration créée</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="63"/>
        <source>Demo signatures added</source>
        <translation>Signatures de démonstration ajoutées</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="64"/>
        <source>Event created</source>
        <translation>Événement créé</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="65"/>
        <source>Target added</source>
        <translation>Destinataire ajouté</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="66"/>
        <source>Progress report exported</source>
        <translation>Rapport d’avancement exporté</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/audit_dialog.py" line="67"/>
        <source>Part of a CSV file imported</source>
        <translation>Partie d’un fichier CSV importée</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="47"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="51"/>
        <source>today {0}</source>
        <translation>aujourd’hui {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="116"/>
        <source>the backup failed; see the log file</source>
        <translation>la sauvegarde a échoué ; voir le fichier journal</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="123"/>
        <source>Last backup: {0}</source>
        <translation>Dernière sauvegarde : {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="125"/>
        <source>problem: {0}</source>
        <translation>problème : {0}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="136"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="138"/>
        <source>DriveKit copies the database every 100 signatures, every 15 minutes while you collect, and when it closes. A second folder (a USB stick) keeps a copy too, in case this computer is lost or broken.</source>
        <translation>DriveKit copie la base de données toutes les 100 signatures, toutes les 15 minutes pendant la collecte et à la fermeture. Un second dossier (une clé USB) en garde aussi une copie, au cas où cet ordinateur serait perdu ou en panne.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="148"/>
        <source>Backups to keep</source>
        <translation>Sauvegardes à conserver</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="151"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="152"/>
        <source>Second folder</source>
        <translation>Second dossier</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="153"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="155"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="161"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="168"/>
        <source>Data folder&apos;s backups:</source>
        <translation>Sauvegardes du dossier de données :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="169"/>
        <source>Last backup:</source>
        <translation>Dernière sauvegarde :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="170"/>
        <source>&amp;Backups to keep:</source>
        <translation>Sauvegardes à &amp;garder :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="171"/>
        <source>&amp;Second folder:</source>
        <translation>&amp;Second dossier :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="186"/>
        <source>Second folder for backups</source>
        <translation>Second dossier pour les sauvegardes</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="205"/>
        <source>No backup was made: {0}</source>
        <translation>Aucune sauvegarde n’a été faite : {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="208"/>
        <source>Backup written: {0}</source>
        <translation>Sauvegarde écrite : {0}</translation>
    </message>
</context>
<context>
    <name>CampaignImport</name>
    <message>
        <location filename="../../drivekit/ui/sync/campaign_import.py" line="20"/>
        <source>Import a campaign file</source>
        <translation>Importer un fichier de campagne</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/campaign_import.py" line="21"/>
        <source>DriveKit campaign files (*.dkc);;All files (*)</source>
        <translation>Fichiers de campagne DriveKit (*.dkc);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/campaign_import.py" line="27"/>
        <source>Campaign file refused</source>
        <translation>Fichier de campagne refusé</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/campaign_import.py" line="30"/>
        <source>Installed “{0}”. Organiser key: {1}</source>
        <translation>« {0} » installée. Clé de l’organisateur : {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/campaign_import.py" line="31"/>
        <source>Updated “{0}”. Organiser key: {1}</source>
        <translation>« {0} » mise à jour. Clé de l’organisateur : {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/campaign_import.py" line="32"/>
        <source>“{0}” is already up to date. Organiser key: {1}</source>
        <translation>« {0} » est déjà à jour. Clé de l’organisateur : {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/campaign_import.py" line="36"/>
        <source>Signatures withdrawn at the organiser, erased here too: {0}</source>
        <translation>Signatures retirées chez l’organisateur, effacées ici aussi : {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/campaign_import.py" line="38"/>
        <source>Campaign file</source>
        <translation>Fichier de campagne</translation>
    </message>
</context>
<context>
    <name>CampaignPrivacyDialog</name>
    <message>
        <location filename="../../drivekit/ui/privacy/settings_dialog.py" line="34"/>
        <source>Privacy settings of “{0}”</source>
        <translation>Confidentialité de « {0} »</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/settings_dialog.py" line="37"/>
        <source>&amp;Keep signers&apos; details only until:</source>
        <translation>&amp;Conserver les données des signataires jusqu’au :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/settings_dialog.py" line="41"/>
        <source>Retention date</source>
        <translation>Date de conservation</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/settings_dialog.py" line="47"/>
        <source>After this day DriveKit reminds you to purge the campaign: names, contact details and comments are erased; counts by day, event and postcode area are kept.</source>
        <translation>Après ce jour, DriveKit vous rappelle de purger la campagne : les noms, coordonnées et commentaires sont effacés ; les totaux par jour, événement et zone postale sont conservés.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/settings_dialog.py" line="52"/>
        <source>&amp;Sealed collection on laptops</source>
        <translation>Collecte &amp;scellée sur les ordinateurs portables</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/settings_dialog.py" line="56"/>
        <source>Laptops that install this campaign&apos;s next campaign file store each new signer encrypted to the organiser&apos;s key: they can count and export sync bundles, but cannot show or print the signers. A stolen laptop reveals only counts.</source>
        <translation>Les ordinateurs portables qui installent le prochain fichier de cette campagne enregistrent chaque nouveau signataire chiffré avec la clé de l’organisateur : ils peuvent compter et exporter des paquets de synchronisation, mais pas afficher ni imprimer les signataires. Un portable volé ne révèle que des totaux.</translation>
    </message>
</context>
<context>
    <name>CampaignWizard</name>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="120"/>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="274"/>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="277"/>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="125"/>
        <source>The petition</source>
        <translation>La pétition</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="126"/>
        <source>What people sign, and who collects it.</source>
        <translation>Ce que les gens signent, et qui collecte les signatures.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="129"/>
        <source>Petition title</source>
        <translation>Titre de la pétition</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="130"/>
        <source>Petition text</source>
        <translation>Texte de la pétition</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="131"/>
        <source>Goal, in signatures</source>
        <translation>Objectif, en signatures</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="132"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="133"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="134"/>
        <source>Petition &amp;text</source>
        <translation>Te&amp;xte de la pétition</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="135"/>
        <source>&amp;Goal (signatures)</source>
        <translation>O&amp;bjectif (signatures)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="136"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="141"/>
        <source>Signers</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="142"/>
        <source>Where most signers live, what they agree to, and what they must give.</source>
        <translation>Où vivent la plupart des signataires, ce qu’ils acceptent et ce qu’ils doivent fournir.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="144"/>
        <source>Default country</source>
        <translation>Pays par défaut</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="147"/>
        <source>Consent wording</source>
        <translation>Texte du consentement</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="149"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="149"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="149"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="150"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="150"/>
        <source>Town or city</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="150"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="159"/>
        <source>Default &amp;country</source>
        <translation>&amp;Pays par défaut</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="160"/>
        <source>Co&amp;nsent wording</source>
        <translation>Texte du co&amp;nsentement</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="161"/>
        <source>Required besides a name:</source>
        <translation>Obligatoire en plus du nom :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="168"/>
        <source>Targets</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="169"/>
        <source>Who receives the petition. You can skip this and add them later.</source>
        <translation>Qui reçoit la pétition. Vous pouvez passer cette étape et les ajouter plus tard.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="170"/>
        <source>Postcode prefixes say whose signatures each target receives (for example SW1, SE1). Leave them empty to give a target every signature.</source>
        <translation>Les préfixes de code postal indiquent quelles signatures reçoit chaque destinataire (par exemple SW1, SE1). Laissez-les vides pour qu’un destinataire reçoive toutes les signatures.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="174"/>
        <source>Target name</source>
        <translation>Nom du destinataire</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="176"/>
        <source>Target role</source>
        <translation>Fonction du destinataire</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="178"/>
        <source>Postcode prefixes, separated by commas</source>
        <translation>Préfixes de code postal, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="179"/>
        <source>for example SW1, SE1</source>
        <translation>par exemple SW1, SE1</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="180"/>
        <source>&amp;Add target</source>
        <translation>&amp;Ajouter le destinataire</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="181"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="185"/>
        <source>Targets added</source>
        <translation>Destinataires ajoutés</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="188"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="189"/>
        <source>R&amp;ole</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="190"/>
        <source>&amp;Postcode prefixes</source>
        <translation>&amp;Préfixes de code postal</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="183"/>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="224"/>
        <source>Please give the target&apos;s name.</source>
        <translation>Veuillez indiquer le nom du destinataire.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/wizard.py" line="246"/>
        <source>all postcodes</source>
        <translation>tous les codes postaux</translation>
    </message>
</context>
<context>
    <name>CollectPage</name>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="58"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="59"/>
        <source>New event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="60"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="61"/>
        <source>New volunteer…</source>
        <translation>Nouveau bénévole…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="62"/>
        <source>Kiosk mode…</source>
        <translation>Mode borne…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="64"/>
        <source>Let signers type their own signatures (Ctrl+K)</source>
        <translation>Laisser les signataires saisir eux-mêmes leur signature (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="65"/>
        <source>&amp;Event:</source>
        <translation>&amp;Événement :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="67"/>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Bénévole :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="75"/>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="112"/>
        <source>Save signature (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="115"/>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Annuler la dernière (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="208"/>
        <source>No event</source>
        <translation>Aucun événement</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="212"/>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="242"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="251"/>
        <location filename="../../drivekit/ui/collect/page.py" line="257"/>
        <source>New volunteer</source>
        <translation>Nouveau bénévole</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="251"/>
        <source>Volunteer&apos;s name:</source>
        <translation>Nom du bénévole :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="80"/>
        <location filename="../../drivekit/ui/collect/page.py" line="277"/>
        <source>Not saved yet: please correct the marked fields.</source>
        <translation>Pas encore enregistrée : veuillez corriger les champs signalés.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="281"/>
        <source>Not saved: {0}</source>
        <translation>Non enregistrée : {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="79"/>
        <location filename="../../drivekit/ui/collect/page.py" line="285"/>
        <source>Not saved because of an internal error; the details are in the log file.</source>
        <translation>Non enregistrée à cause d’une erreur interne ; les détails figurent dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="77"/>
        <location filename="../../drivekit/ui/collect/page.py" line="294"/>
        <source>Saved — {0} today. {1} may have signed already; a coordinator will check.</source>
        <translation>Enregistrée — {0} aujourd’hui. {1} a peut-être déjà signé ; un coordinateur vérifiera.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="297"/>
        <source>Saved — {0} today at this event</source>
        <translation>Enregistrée — {0} aujourd’hui à cet événement</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="299"/>
        <source>Saved — {0} today</source>
        <translation>Enregistrée — {0} aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="82"/>
        <location filename="../../drivekit/ui/collect/page.py" line="315"/>
        <source>Type a signature, then press Enter on the last field or Ctrl+S.</source>
        <translation>Saisissez une signature, puis appuyez sur Entrée dans le dernier champ ou sur Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="344"/>
        <source>There is no signature to undo.</source>
        <translation>Il n’y a aucune signature à annuler.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="347"/>
        <source>Withdraw the signature of {0} that was just saved? Their details will be erased.</source>
        <translation>Retirer la signature de {0} qui vient d’être enregistrée ? Ses données seront effacées.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="348"/>
        <source>this signer</source>
        <translation>ce signataire</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="349"/>
        <source>Undo the last signature</source>
        <translation>Annuler la dernière signature</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/page.py" line="81"/>
        <location filename="../../drivekit/ui/collect/page.py" line="364"/>
        <source>The last signature was withdrawn and its details erased.</source>
        <translation>La dernière signature a été retirée et ses données effacées.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="113"/>
        <source>Progress to the goal</source>
        <translation>Progression vers l’objectif</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="124"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="125"/>
        <source>Count again now (F5)</source>
        <translation>Recompter maintenant (F5)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="128"/>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="129"/>
        <source>A PDF with these figures and charts, for a meeting or a funder</source>
        <translation>Un PDF avec ces chiffres et graphiques, pour une réunion ou un financeur</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="151"/>
        <source>Unique signers</source>
        <translation>Signataires uniques</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="152"/>
        <source>Signers per day</source>
        <translation>Signataires par jour</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="152"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="153"/>
        <source>Hour of the day</source>
        <translation>Heure de la journée</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="153"/>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="154"/>
        <source>By event</source>
        <translation>Par événement</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="154"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="155"/>
        <source>Volunteers</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="156"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="157"/>
        <source>By target area</source>
        <translation>Par zone de destinataire</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="157"/>
        <source>Target</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="219"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="235"/>
        <source>The figures could not be counted; details are in the log file.</source>
        <translation>Les chiffres n’ont pas pu être comptés ; les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="252"/>
        <source>Recorded: {0} · Standing: {1} · Possible duplicates to review: {2} · Confirmed duplicates: {3} · Withdrawn: {4}</source>
        <translation>Enregistrées : {0} · Retenues : {1} · Doublons possibles à vérifier : {2} · Doublons confirmés : {3} · Retirées : {4}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="256"/>
        <source>Counted at {0}. Every breakdown counts unique signers.</source>
        <translation>Compté à {0}. Chaque répartition compte les signataires uniques.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="263"/>
        <location filename="../../drivekit/ui/dashboard/page.py" line="266"/>
        <source>No signer yet.</source>
        <translation>Pas encore de signataire.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="268"/>
        <source>No events.</source>
        <translation>Aucun événement.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="269"/>
        <source>No volunteers named yet.</source>
        <translation>Aucun bénévole nommé pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="270"/>
        <source>No targets yet.</source>
        <translation>Aucun destinataire pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="278"/>
        <source>(no event)</source>
        <translation>(sans événement)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="278"/>
        <source>(no volunteer)</source>
        <translation>(sans bénévole)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="279"/>
        <source>(unknown volunteer)</source>
        <translation>(bénévole inconnu)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="285"/>
        <source>Goal reached! {0} % of the goal.</source>
        <translation>Objectif atteint ! {0} % de l’objectif.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="287"/>
        <source>Milestone: {0} % of the goal passed.</source>
        <translation>Étape : {0} % de l’objectif dépassés.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="302"/>
        <source>Export progress report</source>
        <translation>Exporter le rapport de progression</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="303"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="315"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="323"/>
        <source>Report saved: {0}</source>
        <translation>Rapport enregistré : {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="329"/>
        <source>The report could not be written; details are in the log file.</source>
        <translation>Le rapport n’a pas pu être écrit ; les détails sont dans le fichier journal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/dashboard/page.py" line="241"/>
        <source>%Ln unique signers</source>
        <translation>
            <numerusform>%Ln signataire unique</numerusform>
            <numerusform>%Ln signataires uniques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/dashboard/page.py" line="242"/>
        <source>unique signers of a goal of {0}: {1} %</source>
        <comment>the count is shown above</comment>
        <translation>
            <numerusform>signataire unique pour un objectif de {0} : {1} %</numerusform>
            <numerusform>signataires uniques pour un objectif de {0} : {1} %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/dashboard/page.py" line="289"/>
        <source>Next: {0} % at %Ln unique signers, {1} to go.</source>
        <translation>
            <numerusform>Prochaine étape : {0} % à %Ln signataire unique, encore {1}.</numerusform>
            <numerusform>Prochaine étape : {0} % à %Ln signataires uniques, encore {1}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="44"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="45"/>
        <source>DriveKit is using: {0}</source>
        <translation>DriveKit utilise : {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="47"/>
        <source>This computer&apos;s own database (the usual choice)</source>
        <translation>La base de données de cet ordinateur (le choix habituel)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="48"/>
        <source>A shared PostgreSQL server, for several organisers at once</source>
        <translation>Un serveur PostgreSQL partagé, pour plusieurs organisateurs à la fois</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="57"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="60"/>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="60"/>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="61"/>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="61"/>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="62"/>
        <source>Service (pg_service.conf):</source>
        <translation>Service (pg_service.conf) :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="66"/>
        <source>DriveKit never stores passwords. Give the password to PostgreSQL&apos;s own tools instead: the PGPASSWORD environment variable, the ~/.pgpass file (%APPDATA%\postgresql\pgpass.conf on Windows), or a service in pg_service.conf.</source>
        <translation>DriveKit n&apos;enregistre jamais de mot de passe. Donnez-le aux outils de PostgreSQL : la variable d&apos;environnement PGPASSWORD, le fichier ~/.pgpass (%APPDATA%\postgresql\pgpass.conf sous Windows) ou un service dans pg_service.conf.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="70"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="74"/>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="75"/>
        <source>DriveKit opens the chosen database the next time it starts.</source>
        <translation>DriveKit ouvrira la base de données choisie au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="126"/>
        <source>Give the server and the database (or a service name).</source>
        <translation>Indiquez le serveur et la base de données (ou un nom de service).</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="141"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="148"/>
        <source>Connected. The database is empty: DriveKit will set it up.</source>
        <translation>Connecté. La base de données est vide : DriveKit la préparera.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="150"/>
        <source>Connected. It holds a DriveKit database (schema {0}).</source>
        <translation>Connecté. Elle contient une base de données DriveKit (schéma {0}).</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/database_dialog.py" line="156"/>
        <source>The test failed unexpectedly; the details are in the log file.</source>
        <translation>Le test a échoué de façon inattendue ; les détails sont dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="77"/>
        <source>Landscape pages</source>
        <translation>Pages en paysage</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="78"/>
        <source>Include drawn signatures</source>
        <translation>Inclure les signatures dessinées</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="79"/>
        <source>Print full street addresses</source>
        <translation>Imprimer les adresses complètes</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="80"/>
        <source>Sign digitally with a certificate</source>
        <translation>Signer numériquement avec un certificat</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="82"/>
        <source>certificate.p12</source>
        <translation>certificat.p12</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="83"/>
        <location filename="../../drivekit/ui/delivery/page.py" line="88"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="91"/>
        <source>Export packets</source>
        <translation>Exporter les dossiers</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="94"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="101"/>
        <source>Open packet</source>
        <translation>Ouvrir le dossier de remise</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="103"/>
        <source>Open folder</source>
        <translation>Ouvrir le répertoire</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="111"/>
        <source>CSV file…</source>
        <translation>Fichier CSV…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="113"/>
        <source>OSDI file…</source>
        <translation>Fichier OSDI…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="115"/>
        <source>Action Network file…</source>
        <translation>Fichier Action Network…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="116"/>
        <source>Only signers who agreed to be contacted and gave an email or a phone: Action Network takes opted-in contacts only.</source>
        <translation>Seulement les signataires qui ont accepté d’être contactés et ont donné un e-mail ou un téléphone : Action Network n’accepte que des contacts consentants.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="119"/>
        <source>Blank sheets…</source>
        <translation>Feuilles vierges…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="121"/>
        <source>Enter a paper sheet…</source>
        <translation>Saisir une feuille papier…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="124"/>
        <source>Delivery packets</source>
        <translation>Dossiers de remise</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="126"/>
        <source>Targets (one packet each):</source>
        <translation>Destinataires (un dossier chacun) :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="137"/>
        <source>Save in:</source>
        <translation>Enregistrer dans :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="155"/>
        <source>Other files</source>
        <translation>Autres fichiers</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="299"/>
        <source>Choose a campaign first.</source>
        <translation>Choisissez d’abord une campagne.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="301"/>
        <source>Packets chosen: {0}. Signatures listed in all: {1}.</source>
        <translation>Dossiers choisis : {0}. Signatures répertoriées au total : {1}.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="324"/>
        <source>Signing certificate</source>
        <translation>Certificat de signature</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="325"/>
        <source>PKCS#12 certificate (*.p12 *.pfx)</source>
        <translation>Certificat PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="332"/>
        <source>Save packets in</source>
        <translation>Enregistrer les dossiers de remise dans</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="339"/>
        <source>Certificate passphrase</source>
        <translation>Phrase secrète du certificat</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="340"/>
        <source>Passphrase for {0}:</source>
        <translation>Phrase secrète pour {0} :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="358"/>
        <source>Choose the certificate file to sign with.</source>
        <translation>Choisissez le fichier de certificat à utiliser pour signer.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="364"/>
        <source>Not exported: no passphrase given.</source>
        <translation>Non exporté : aucune phrase secrète fournie.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="395"/>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="420"/>
        <source>Signed by {0}.</source>
        <translation>Signé par {0}.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="427"/>
        <source>Cancelled; no file was written.</source>
        <translation>Annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="431"/>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>Une erreur s’est produite ; les détails figurent dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="439"/>
        <source>The packet could not be opened: no program for PDF files answered. It is here: {0}</source>
        <translation>Le dossier de remise n’a pas pu être ouvert : aucun programme pour les fichiers PDF n’a répondu. Il se trouve ici : {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="444"/>
        <source>The folder could not be opened: no file manager answered. The files are in: {0}</source>
        <translation>Le dossier n’a pas pu être ouvert : aucun gestionnaire de fichiers n’a répondu. Les fichiers sont dans : {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="455"/>
        <source>Save CSV file</source>
        <translation>Enregistrer le fichier CSV</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="455"/>
        <source>Save OSDI file</source>
        <translation>Enregistrer le fichier OSDI</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="456"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="456"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="493"/>
        <source>Left out: none</source>
        <translation>Exclus : aucun</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="500"/>
        <source>Blank sheets</source>
        <translation>Feuilles vierges</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="500"/>
        <source>How many sheets?</source>
        <translation>Combien de feuilles ?</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="503"/>
        <source>Save sheets</source>
        <translation>Enregistrer les feuilles</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="504"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="518"/>
        <source>{0}: sheets {1} to {2}</source>
        <translation>{0} : feuilles {1} à {2}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="347"/>
        <source>Replace files?</source>
        <translation>Remplacer les fichiers ?</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="348"/>
        <source>These files already exist in the folder:
{0}

Replace them?</source>
        <translation>Ces fichiers existent déjà dans le dossier :
{0}

Les remplacer ?</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="384"/>
        <source>Not exported: the earlier files were kept.</source>
        <translation>Rien n’a été exporté : les fichiers précédents ont été conservés.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="229"/>
        <source>The signatures could not be counted; see the log file.</source>
        <translation>Les signatures n’ont pas pu être comptées ; voir le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="232"/>
        <source>Counting signatures…</source>
        <translation>Comptage des signatures…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="416"/>
        <source>{0}: {1}, {2}</source>
        <translation>{0} : {1}, {2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="417"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="480"/>
        <source>%Ln withdrawn</source>
        <translation>
            <numerusform>%Ln retirée</numerusform>
            <numerusform>%Ln retirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="481"/>
        <source>%Ln duplicates of another signature</source>
        <translation>
            <numerusform>%Ln doublon d’une autre signature</numerusform>
            <numerusform>%Ln doublons d’une autre signature</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="482"/>
        <source>%Ln possible duplicates not yet reviewed</source>
        <translation>
            <numerusform>%Ln doublon possible pas encore vérifié</numerusform>
            <numerusform>%Ln doublons possibles pas encore vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="483"/>
        <source>%Ln outside the target&apos;s postcode areas</source>
        <translation>
            <numerusform>%Ln hors des codes postaux du destinataire</numerusform>
            <numerusform>%Ln hors des codes postaux du destinataire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="484"/>
        <source>%Ln did not agree to be contacted</source>
        <translation>
            <numerusform>%Ln n’a pas accepté d’être contacté</numerusform>
            <numerusform>%Ln n’ont pas accepté d’être contactés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="485"/>
        <source>%Ln gave no email and no phone</source>
        <translation>
            <numerusform>%Ln n’a donné ni e-mail ni téléphone</numerusform>
            <numerusform>%Ln n’ont donné ni e-mail ni téléphone</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="486"/>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/page.py" line="491"/>
        <source>Left out: {0} ({1})</source>
        <translation>Exclus : {0} ({1})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="491"/>
        <source>%Ln signers</source>
        <translation>
            <numerusform>%Ln signataire</numerusform>
            <numerusform>%Ln signataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="495"/>
        <source>Contact details left out for %Ln signers who did not agree to be contacted.</source>
        <translation>
            <numerusform>Coordonnées omises pour %Ln signataire qui n’a pas accepté d’être contacté.</numerusform>
            <numerusform>Coordonnées omises pour %Ln signataires qui n’ont pas accepté d’être contactés.</numerusform>
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
        <translation>Tout le monde (aucun destinataire pour l’instant) — {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="282"/>
        <source>%Ln signatures</source>
        <translation>
            <numerusform>%Ln signature</numerusform>
            <numerusform>%Ln signatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/delivery/page.py" line="303"/>
        <source>%Ln signatures are outside every target&apos;s area.</source>
        <translation>
            <numerusform>%Ln signature ne relève de la zone d’aucun destinataire.</numerusform>
            <numerusform>%Ln signatures ne relèvent de la zone d’aucun destinataire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="115"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="115"/>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="114"/>
        <source>Not yet received</source>
        <translation>Pas encore reçu</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="136"/>
        <source>(no key yet)</source>
        <translation>(pas encore de clé)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="138"/>
        <source>Enrolled</source>
        <translation>Enrôlé</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="138"/>
        <source>Enrolled (organiser)</source>
        <translation>Enrôlé (organisateur)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="139"/>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="139"/>
        <source>Not enrolled</source>
        <translation>Non enrôlé</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="114"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="115"/>
        <source>Sync files</source>
        <translation>Fichiers de synchro</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="115"/>
        <source>Last sync file</source>
        <translation>Dernier fichier</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="114"/>
        <source>Received up to number</source>
        <translation>Reçu jusqu’au numéro</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="128"/>
        <source>{0}
Id: {1}</source>
        <translation>{0}
Identifiant : {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="134"/>
        <source>{0} (this computer)</source>
        <translation>{0} (cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="149"/>
        <source>Number {0}</source>
        <translation>Numéro {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="150"/>
        <source>Numbers {0} ({1} missing)</source>
        <translation>Numéros {0} ({1} manquants)</translation>
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
        <translation>Plus aucun doublon possible à examiner.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="80"/>
        <source>The signature on the left may repeat the earlier one on the right. Highlighted fields differ.</source>
        <translation>La signature de gauche fait peut-être double emploi avec la signature antérieure de droite. Les champs en surbrillance diffèrent.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="103"/>
        <source>&amp;Same person</source>
        <translation>&amp;Même personne</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="104"/>
        <source>Count this signature as a duplicate (key: {0})</source>
        <translation>Compter cette signature comme doublon (touche : {0})</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="105"/>
        <source>&amp;Different people</source>
        <translation>Personnes &amp;différentes</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="106"/>
        <source>Count both signatures (key: {0})</source>
        <translation>Compter les deux signatures (touche : {0})</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="107"/>
        <source>&amp;Next pair</source>
        <translation>Paire &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="108"/>
        <source>Decide later (key: {0})</source>
        <translation>Décider plus tard (touche : {0})</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="112"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler la décision</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="113"/>
        <source>Put back the marks as they were before the last decision (Ctrl+Z)</source>
        <translation>Remettre les marques comme avant la dernière décision (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="121"/>
        <source>Keys: {0} same person, {1} different people, {2} next pair.</source>
        <translation>Touches : {0} même personne, {1} personnes différentes, {2} paire suivante.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="138"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="170"/>
        <source>The review queue could not be loaded.</source>
        <translation>La liste des doublons à examiner n’a pas pu être chargée.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="178"/>
        <source>{0}+</source>
        <translation>{0}+</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="190"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="190"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="191"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="191"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="192"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="192"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="193"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="193"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="194"/>
        <source>Signed at</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="194"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="195"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="195"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="206"/>
        <source>Pair {0} of {1}</source>
        <translation>Paire {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="211"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="212"/>
        <source>Earlier signature</source>
        <translation>Signature antérieure</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="232"/>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/review_view.py" line="232"/>
        <source>same</source>
        <translation>identique</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../drivekit/ui/sync/enrol_dialog.py" line="18"/>
        <source>Enrol this laptop?</source>
        <translation>Enrôler cet ordinateur portable ?</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/enrol_dialog.py" line="29"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/enrol_dialog.py" line="30"/>
        <source>Compare this fingerprint with the one shown on that laptop&apos;s Sync page, character by character. Enrol it only if they are the same: an enrolled laptop can add signatures to this database, and correct or withdraw the ones it collected.</source>
        <translation>Comparez cette empreinte avec celle affichée sur la page Synchronisation de cet ordinateur, caractère par caractère. Ne l’enrôlez que si elles sont identiques : un ordinateur enrôlé peut ajouter des signatures à cette base de données, et corriger ou retirer celles qu’il a recueillies.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/enrol_dialog.py" line="35"/>
        <source>Enrol and import</source>
        <translation>Enrôler et importer</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/enrol_dialog.py" line="36"/>
        <source>Do not enrol</source>
        <translation>Ne pas enrôler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/enrol_dialog.py" line="19"/>
        <source>%Ln files come from a laptop that this database does not trust yet:</source>
        <translation>
            <numerusform>%Ln fichier vient d’un ordinateur portable auquel cette base de données ne fait pas encore confiance :</numerusform>
            <numerusform>%Ln fichiers viennent d’un ordinateur portable auquel cette base de données ne fait pas encore confiance :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../../drivekit/ui/erasure.py" line="31"/>
        <source>see the log</source>
        <translation>voir le journal</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/erasure.py" line="32"/>
        <source>The signature was withdrawn, but the backups made before could not all be erased of it: {0}</source>
        <translation>La signature a été retirée, mais les sauvegardes antérieures n’ont pas toutes pu en être effacées : {0}</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="88"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="88"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="88"/>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="88"/>
        <source>Already present</source>
        <translation>Déjà présentes</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="89"/>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="89"/>
        <source>Withdrawals</source>
        <translation>Retraits</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="89"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="89"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="95"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="95"/>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="96"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/models.py" line="96"/>
        <source>Not imported (cancelled)</source>
        <translation>Non importé (annulé)</translation>
    </message>
</context>
<context>
    <name>KioskExitDialog</name>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="128"/>
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode borne</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="129"/>
        <source>Coordinator: type the kiosk PIN to leave kiosk mode.</source>
        <translation>Coordinateur : saisissez le code PIN de la borne pour quitter le mode borne.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="132"/>
        <source>Kiosk PIN</source>
        <translation>Code PIN de la borne</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="141"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="189"/>
        <source>Wrong PIN. Try again in {0} s.</source>
        <translation>Code PIN erroné. Réessayez dans {0} s.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="195"/>
        <source>Wrong PIN. Please try again.</source>
        <translation>Code PIN erroné. Veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="99"/>
        <source>DriveKit — sign the petition</source>
        <translation>DriveKit — signez la pétition</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="149"/>
        <source>Sign the petition</source>
        <translation>Signez la pétition</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="169"/>
        <source>Thank you for signing!</source>
        <translation>Merci pour votre signature !</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="173"/>
        <source>Next signer</source>
        <translation>Signataire suivant</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="113"/>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="117"/>
        <source>Leave kiosk mode (coordinator PIN needed)</source>
        <translation>Quitter le mode borne (code PIN du coordinateur requis)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="290"/>
        <source>Your signature could not be saved: {0}</source>
        <translation>Votre signature n’a pas pu être enregistrée : {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="337"/>
        <source>Your signature could not be saved. Please call the volunteer.</source>
        <translation>Votre signature n’a pas pu être enregistrée. Veuillez appeler le bénévole.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="128"/>
        <source>Step 1 of 2: your details</source>
        <translation>Étape 1 sur 2 : vos coordonnées</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="130"/>
        <source>Step 2 of 2: read, agree and sign</source>
        <translation>Étape 2 sur 2 : lire, approuver et signer</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="145"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="147"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="154"/>
        <source>To sign, please tick “I agree…” above.</source>
        <translation>Pour signer, cochez « J’approuve… » ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="233"/>
        <source>Sign here with your finger (optional)</source>
        <translation>Signez ici avec le doigt (facultatif)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/window.py" line="234"/>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
</context>
<context>
    <name>LaptopNameDialog</name>
    <message>
        <location filename="../../drivekit/ui/first_run/laptop_name.py" line="24"/>
        <source>Name this laptop</source>
        <translation>Nommer ce portable</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/laptop_name.py" line="25"/>
        <source>The organiser sees this name on every sync file from this laptop, and in the list of what has not arrived yet. Choose one people at the drive will recognise, e.g. “Stall 2” or “Anna’s laptop”.</source>
        <translation>L’organisateur voit ce nom sur chaque fichier de synchro de ce portable et dans la liste de ce qui n’est pas encore arrivé. Choisissez un nom que les gens de la collecte reconnaîtront, par exemple «&#xa0;Stand&#xa0;2&#xa0;» ou «&#xa0;Portable d’Anna&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/laptop_name.py" line="30"/>
        <source>Laptop name</source>
        <translation>Nom du portable</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/laptop_name.py" line="32"/>
        <source>&amp;Name of this laptop:</source>
        <translation>&amp;Nom de ce portable :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/laptop_name.py" line="41"/>
        <source>Save the name</source>
        <translation>Enregistrer le nom</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/laptop_name.py" line="42"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="107"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="137"/>
        <location filename="../../drivekit/ui/main_window.py" line="139"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="142"/>
        <source>Campaign:</source>
        <translation>Campagne :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="178"/>
        <source>Collect</source>
        <translation>Collecte</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="179"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="180"/>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="181"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="264"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="265"/>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="266"/>
        <source>&amp;Import campaign file…</source>
        <translation>&amp;Importer un fichier de campagne…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="268"/>
        <source>&amp;Demo campaign</source>
        <translation>Campagne de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="270"/>
        <source>&amp;Kiosk mode…</source>
        <translation>Mode &amp;borne…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="271"/>
        <source>Kiosk &amp;PIN…</source>
        <translation>Code &amp;PIN de la borne…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="273"/>
        <source>&amp;Database…</source>
        <translation>&amp;Base de données…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="276"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="282"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="291"/>
        <source>&amp;Large text / high contrast</source>
        <translation>&amp;Texte agrandi / contraste élevé</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="296"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="299"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="311"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="312"/>
        <source>&amp;About DriveKit</source>
        <translation>À &amp;propos de DriveKit</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="346"/>
        <source>Campaign: {0}</source>
        <translation>Campagne : {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="346"/>
        <source>No campaign yet</source>
        <translation>Aucune campagne pour l’instant</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="428"/>
        <source>Event: {0}</source>
        <translation>Événement : {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="428"/>
        <source>No event chosen</source>
        <translation>Aucun événement choisi</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="429"/>
        <source>Today: {0}</source>
        <translation>Aujourd’hui : {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="447"/>
        <source>Kiosk mode</source>
        <translation>Mode borne</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="448"/>
        <source>First choose a PIN. It will be needed to leave kiosk mode.</source>
        <translation>Choisissez d’abord un code PIN. Il sera nécessaire pour quitter le mode borne.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="475"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="475"/>
        <source>The new language is used the next time DriveKit starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de DriveKit.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="485"/>
        <source>About DriveKit</source>
        <translation>À propos de DriveKit</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="486"/>
        <source>DriveKit {0}
Offline petition signature drives.</source>
        <translation>DriveKit {0}
Collecte de signatures de pétition hors ligne.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="275"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="182"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <location filename="../../drivekit/ui/widgets/message_line.py" line="51"/>
        <source>{0}: {1}</source>
        <comment>a field&apos;s name, then what is wrong with it</comment>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/widgets/message_line.py" line="54"/>
        <source>{0} Other marked fields need checking too.</source>
        <comment>{0} is a field&apos;s message</comment>
        <translation>{0} D’autres champs signalés sont aussi à vérifier.</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="16"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="18"/>
        <source>Event name</source>
        <translation>Nom de l’événement</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="21"/>
        <source>Event date</source>
        <translation>Date de l’événement</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="23"/>
        <source>Event location</source>
        <translation>Lieu de l’événement</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="29"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="30"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="31"/>
        <source>&amp;Location</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/dialogs.py" line="40"/>
        <source>Please give the event a name.</source>
        <translation>Veuillez donner un nom à l’événement.</translation>
    </message>
</context>
<context>
    <name>OrganiserTools</name>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="59"/>
        <source>Campaign file for laptops</source>
        <translation>Fichier de campagne pour les portables</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="62"/>
        <source>A new laptop starts from this file (on the laptop: Import a campaign file). Write a new one after adding events or withdrawing signatures, for every laptop.</source>
        <translation>Un nouveau portable démarre avec ce fichier (sur le portable : Importer un fichier de campagne). Écrivez-en un nouveau pour tous les portables après avoir ajouté des événements ou retiré des signatures.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="65"/>
        <source>Write a campaign file…</source>
        <translation>Écrire un fichier de campagne…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="88"/>
        <source>A campaign file is signed with the organiser key: choose the key file first (Organiser key…). None yet? On the command line: drivekit keys organiser -o FOLDER</source>
        <translation>Un fichier de campagne est signé avec la clé de l’organisateur : choisissez d’abord le fichier de clé (Clé d’organisateur…). Pas encore de clé ? En ligne de commande : drivekit keys organiser -o DOSSIER</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="96"/>
        <source>Write the campaign file</source>
        <translation>Écrire le fichier de campagne</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="97"/>
        <source>DriveKit campaign files (*.dkc)</source>
        <translation>Fichiers de campagne DriveKit (*.dkc)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="110"/>
        <source>Wrote {0} (revision {1}), signed with organiser key {2}.</source>
        <translation>{0} écrit (révision {1}), signé avec la clé de l’organisateur {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="113"/>
        <source>It carries %Ln signatures withdrawn here: each laptop erases them too.</source>
        <translation>
            <numerusform>Il contient %Ln signature retirée ici : chaque portable l’efface aussi.</numerusform>
            <numerusform>Il contient %Ln signatures retirées ici : chaque portable les efface aussi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="55"/>
        <source>Enter a paper sheet</source>
        <translation>Saisir une feuille papier</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="63"/>
        <source>Sheet number</source>
        <translation>Numéro de feuille</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="64"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="66"/>
        <source>(no event)</source>
        <translation>(aucun événement)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="69"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="70"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="70"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="70"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="71"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="71"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="71"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="72"/>
        <source>Town or city</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="72"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="82"/>
        <source>Ticked “Contact me”</source>
        <translation>A coché « Me contacter »</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="86"/>
        <source>Save line</source>
        <translation>Enregistrer la ligne</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="123"/>
        <source> (possible duplicate, to review)</source>
        <translation> (doublon possible, à examiner)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/delivery/paper.py" line="124"/>
        <source>Saved sheet {0}, line {1}.</source>
        <translation>Feuille {0}, ligne {1} enregistrée.</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="309"/>
        <location filename="../../drivekit/ui/privacy/menu.py" line="32"/>
        <source>&amp;Privacy</source>
        <translation>&amp;Confidentialité</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/menu.py" line="34"/>
        <source>Campaign privacy &amp;settings…</source>
        <translation>&amp;Réglages de confidentialité de la campagne…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/menu.py" line="35"/>
        <source>&amp;Purge campaign…</source>
        <translation>&amp;Purger la campagne…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/menu.py" line="37"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
</context>
<context>
    <name>PurgeFlow</name>
    <message>
        <location filename="../../drivekit/ui/privacy/purge.py" line="30"/>
        <location filename="../../drivekit/ui/privacy/purge.py" line="60"/>
        <location filename="../../drivekit/ui/privacy/purge.py" line="67"/>
        <source>Purge campaign</source>
        <translation>Purger la campagne</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/purge.py" line="38"/>
        <source>Its retention date, {0}, has not passed yet.</source>
        <translation>Sa date de conservation, le {0}, n’est pas encore passée.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/purge.py" line="39"/>
        <source>It has no retention date.</source>
        <translation>Elle n’a pas de date de conservation.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/purge.py" line="41"/>
        <source>{0} Purge “{1}” anyway, before its time?</source>
        <translation>{0} Purger « {1} » quand même, avant l’heure ?</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/purge.py" line="48"/>
        <source>Erase for good the names, contact details, comments and drawn signatures kept in “{1}” (signatures concerned: {0})? Only counts by day, event and postcode area are kept. This cannot be undone.</source>
        <translation>Effacer définitivement les noms, coordonnées, commentaires et signatures dessinées conservés dans « {1} » (signatures concernées : {0}) ? Seuls les totaux par jour, événement et zone postale sont conservés. C’est irréversible.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/purge.py" line="61"/>
        <source>“{0}” was purged (signatures anonymised: {1}); the counts are kept.</source>
        <translation>« {0} » a été purgée (signatures anonymisées : {1}) ; les totaux sont conservés.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/purge.py" line="68"/>
        <source>The purge failed; nothing was changed. Details are in the log file.</source>
        <translation>La purge a échoué ; rien n’a été modifié. Les détails sont dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>RetentionBar</name>
    <message>
        <location filename="../../drivekit/ui/privacy/retention_bar.py" line="32"/>
        <source>&amp;Purge now…</source>
        <translation>&amp;Purger maintenant…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/retention_bar.py" line="33"/>
        <source>Remind me &amp;later</source>
        <translation>Me le rappeler &amp;plus tard</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/privacy/retention_bar.py" line="70"/>
        <source>The retention date of “{0}” was {1}, but signers&apos; details are still kept (signatures concerned: {2}). Purge the campaign to keep only its counts.</source>
        <translation>La date de conservation de « {0} » était le {1}, mais des données de signataires sont encore conservées (signatures concernées : {2}). Purgez la campagne pour n’en garder que les totaux.</translation>
    </message>
</context>
<context>
    <name>RevokeQuestion</name>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="31"/>
        <source>Revoke this laptop?</source>
        <translation>Révoquer cet ordinateur portable ?</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="32"/>
        <source>Revoke “{0}” (fingerprint {1})?</source>
        <translation>Révoquer « {0} » (empreinte {1}) ?</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="33"/>
        <source>It has not sent any sync file yet.</source>
        <translation>Il n’a encore envoyé aucun fichier de synchro.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="34"/>
        <source>The sync file it sent before stays.</source>
        <translation>Le fichier de synchro qu’il a envoyé avant reste.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="35"/>
        <source>The {0} sync files it sent before stay.</source>
        <translation>Les {0} fichiers de synchro qu’il a envoyés avant restent.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="36"/>
        <source>Do this when a laptop is lost or stolen: every sync file it writes from now on is refused.</source>
        <translation>À faire quand un portable est perdu ou volé : chaque fichier de synchro qu’il écrira sera refusé.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="38"/>
        <source>This cannot be undone.</source>
        <translation>C’est irréversible.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="39"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/organiser_tools.py" line="40"/>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="68"/>
        <source>Kiosk PIN</source>
        <translation>Code PIN de la borne</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="70"/>
        <source>Signers cannot leave kiosk mode without this PIN. Choose at least 4 characters and keep it to yourself.</source>
        <translation>Les signataires ne peuvent pas quitter le mode borne sans ce code PIN. Choisissez au moins 4 caractères et gardez-le pour vous.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="73"/>
        <source>Current PIN</source>
        <translation>Code PIN actuel</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="74"/>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="75"/>
        <source>Repeat the new PIN</source>
        <translation>Répétez le nouveau code PIN</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="82"/>
        <source>&amp;Current PIN</source>
        <translation>Code PIN &amp;actuel</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="83"/>
        <source>&amp;New PIN</source>
        <translation>&amp;Nouveau code PIN</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="84"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="96"/>
        <source>The current PIN is not right.</source>
        <translation>Le code PIN actuel est incorrect.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="103"/>
        <source>The PIN must have at least 4 characters.</source>
        <translation>Le code PIN doit comporter au moins 4 caractères.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/kiosk/pin_dialogs.py" line="107"/>
        <source>The two PINs are not the same; please type them again.</source>
        <translation>Les deux codes PIN ne sont pas identiques ; veuillez les saisir à nouveau.</translation>
    </message>
</context>
<context>
    <name>SignatureEditDialog</name>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="82"/>
        <source>Edit signature</source>
        <translation>Modifier la signature</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="84"/>
        <source>Signed {0} · {1} · {2} · {3}</source>
        <translation>Signée le {0} · {1} · {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="85"/>
        <source>no event</source>
        <translation>aucun événement</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="91"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="91"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="91"/>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="92"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="92"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="92"/>
        <source>P&amp;ostcode</source>
        <translation>C&amp;ode postal</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="93"/>
        <source>C&amp;ity</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="93"/>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="93"/>
        <source>Co&amp;untry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="94"/>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mmentaire</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="94"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="107"/>
        <source>(not given)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="115"/>
        <source>The signer agreed to be &amp;contacted</source>
        <translation>Le signataire a accepté d’être &amp;contacté</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="159"/>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="167"/>
        <source>Drawn signature</source>
        <translation>Signature dessinée</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/edit_dialog.py" line="161"/>
        <source>The drawn signature cannot be shown.</source>
        <translation>La signature dessinée ne peut pas être affichée.</translation>
    </message>
</context>
<context>
    <name>SignatureLabels</name>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="10"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="11"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="12"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="13"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="16"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="17"/>
        <source>Kiosk</source>
        <translation>Borne</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="18"/>
        <source>Paper sheet</source>
        <translation>Feuille papier</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/labels.py" line="19"/>
        <source>CSV import</source>
        <translation>Import CSV</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../drivekit/ui/widgets/signature_pad.py" line="189"/>
        <source>Signature drawing area</source>
        <translation>Zone de dessin de la signature</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/widgets/signature_pad.py" line="190"/>
        <source>Optional. Draw a signature with a mouse, pen or finger.</source>
        <translation>Facultatif. Dessinez une signature avec une souris, un stylet ou le doigt.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/widgets/signature_pad.py" line="191"/>
        <source>Signature (optional): draw with a mouse, pen or finger</source>
        <translation>Signature (facultative) : dessinez avec une souris, un stylet ou le doigt</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/widgets/signature_pad.py" line="193"/>
        <source>Clear drawing</source>
        <translation>Effacer le dessin</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/widgets/signature_pad.py" line="194"/>
        <source>Clear the drawn signature</source>
        <translation>Effacer la signature dessinée</translation>
    </message>
</context>
<context>
    <name>SignatureTableModel</name>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="161"/>
        <source>The signatures could not be loaded.</source>
        <translation>Les signatures n’ont pas pu être chargées.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="276"/>
        <source>This column cannot be sorted.</source>
        <translation>Cette colonne ne peut pas être triée.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="280"/>
        <source>#</source>
        <translation>Nº</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="280"/>
        <source>Signed at</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="280"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="280"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="280"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="281"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="281"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="281"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="281"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="281"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="282"/>
        <source>Drawn</source>
        <translation>Dessinée</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="282"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="309"/>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="320"/>
        <source>sheet {0}/{1}</source>
        <comment>paper sheet number/line number</comment>
        <translation>feuille {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="314"/>
        <source>Paper sheet {0}, line {1}; row {2} of {3}</source>
        <translation>Feuille papier {0}, ligne {1} ; rang {2} sur {3}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="316"/>
        <source>Row {0} of {1}</source>
        <translation>Rang {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="327"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_model.py" line="327"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>SignatureTableView</name>
    <message>
        <location filename="../../drivekit/ui/signatures/table_view.py" line="20"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_view.py" line="38"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/table_view.py" line="40"/>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
</context>
<context>
    <name>SignaturesPage</name>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="67"/>
        <source>&amp;All signatures</source>
        <translation>&amp;Toutes les signatures</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="69"/>
        <location filename="../../drivekit/ui/signatures/page.py" line="481"/>
        <source>&amp;Duplicates to review</source>
        <translation>Doublons à e&amp;xaminer</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="75"/>
        <source>Sealed collection</source>
        <translation>Collecte scellée</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="82"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="112"/>
        <source>Search names, postcodes, cities</source>
        <translation>Rechercher noms, codes postaux, villes</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="113"/>
        <source>Search signatures</source>
        <translation>Rechercher des signatures</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="120"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="123"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="126"/>
        <source>E&amp;vent:</source>
        <translation>É&amp;vénement :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="129"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="130"/>
        <location filename="../../drivekit/ui/signatures/page.py" line="133"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="135"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="140"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="147"/>
        <source>Number of signatures shown</source>
        <translation>Nombre de signatures affichées</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="166"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="167"/>
        <source>Correct the selected signer&apos;s details (Enter)</source>
        <translation>Corriger les coordonnées du signataire sélectionné (Entrée)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="169"/>
        <source>&amp;Withdraw…</source>
        <translation>Ret&amp;irer…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="170"/>
        <source>Withdraw the selected signature and erase the signer&apos;s data (Delete)</source>
        <translation>Retirer la signature sélectionnée et effacer les données du signataire (Suppr)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="388"/>
        <source>this signer</source>
        <translation>ce signataire</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="389"/>
        <source>The signature of {0} was saved.</source>
        <translation>La signature de {0} a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="413"/>
        <source>Nothing was withdrawn: the signature of {0} is kept.</source>
        <translation>Rien n’a été retiré : la signature de {0} est conservée.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="436"/>
        <source>The signature was withdrawn; the signer&apos;s data was erased.</source>
        <translation>La signature a été retirée ; les données du signataire ont été effacées.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="124"/>
        <location filename="../../drivekit/ui/signatures/page.py" line="230"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="187"/>
        <source>This laptop collects sealed signatures: each signer&apos;s details are encrypted to the organiser&apos;s key, so they cannot be shown or printed here. The organiser sees them after importing this laptop&apos;s sync bundle.

Signatures collected on this laptop: {0}</source>
        <translation>Cet ordinateur portable collecte des signatures scellées : les données de chaque signataire sont chiffrées avec la clé de l’organisateur, elles ne peuvent donc pas être affichées ni imprimées ici. L’organisateur les voit après avoir importé le paquet de synchronisation de ce portable.

Signatures collectées sur ce portable : {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="240"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="282"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="303"/>
        <source>No signatures match</source>
        <translation>Aucune signature ne correspond</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="305"/>
        <source>No signatures yet</source>
        <translation>Aucune signature pour l’instant</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="313"/>
        <source>Not loaded</source>
        <translation>Non chargées</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="417"/>
        <source>Withdrawing…</source>
        <translation>Retrait en cours…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="456"/>
        <source>That did not work; see the log.</source>
        <translation>L’opération a échoué ; consultez le journal.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/page.py" line="481"/>
        <source>&amp;Duplicates to review ({0})</source>
        <translation>Doublons à e&amp;xaminer ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/signatures/page.py" line="301"/>
        <source>%Ln signatures</source>
        <translation>
            <numerusform>%Ln signature</numerusform>
            <numerusform>%Ln signatures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignerForm</name>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="67"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="67"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="67"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="68"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="68"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="68"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="69"/>
        <source>Town or city</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="69"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="69"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="70"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="107"/>
        <source>I agree to the statement above (required)</source>
        <translation>J’approuve le texte ci-dessus (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="109"/>
        <source>Agree to the petition statement, required</source>
        <translation>Approuver le texte de la pétition, obligatoire</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="111"/>
        <source>Keep me informed about this campaign (optional)</source>
        <translation>Recevoir des nouvelles de cette campagne (facultatif)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="113"/>
        <source>Keep me informed, optional</source>
        <translation>Recevoir des nouvelles, facultatif</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/collect/form.py" line="165"/>
        <source>{0} (required)</source>
        <translation>{0} (obligatoire)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="81"/>
        <source>Send this laptop&apos;s signatures</source>
        <translation>Envoyer les signatures de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="82"/>
        <source>Everything this database holds (not only what is new)</source>
        <translation>Tout le contenu de cette base de données (pas seulement les nouveautés)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="83"/>
        <source>Export to a folder…</source>
        <translation>Exporter vers un dossier…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="109"/>
        <source>Organiser key…</source>
        <translation>Clé d’organisateur…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="111"/>
        <source>No organiser key chosen: only unencrypted files can be read.</source>
        <translation>Aucune clé d’organisateur choisie : seuls les fichiers non chiffrés peuvent être lus.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="118"/>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="153"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="277"/>
        <source>Choose the folder (e.g. a USB stick)</source>
        <translation>Choisissez le dossier (p. ex. une clé USB)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="290"/>
        <source>Encrypted for organiser key {0}.</source>
        <translation>Chiffré pour la clé d’organisateur {0}.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="292"/>
        <source>Not encrypted: the campaign has no organiser key.</source>
        <translation>Non chiffré : la campagne n’a pas de clé d’organisateur.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="307"/>
        <source>The name the organiser sees for this laptop, e.g. “Stall 2”:</source>
        <translation>Le nom sous lequel l’organisateur voit cet ordinateur, p. ex. « Stand 2 » :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="322"/>
        <source>Choose the organiser key</source>
        <translation>Choisissez la clé d’organisateur</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="323"/>
        <source>Organiser keys (*.key);;All files (*)</source>
        <translation>Clés d’organisateur (*.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="331"/>
        <source>Organiser key: {0}</source>
        <translation>Clé d’organisateur : {0}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="349"/>
        <source>Choose the sync files to import</source>
        <translation>Choisissez les paquets de synchronisation à importer</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="350"/>
        <source>DriveKit sync files (*.dkb);;All files (*)</source>
        <translation>Paquets de synchronisation DriveKit (*.dkb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="344"/>
        <source>Organiser key</source>
        <translation>Clé d’organisateur</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="344"/>
        <source>Passphrase of the organiser key:</source>
        <translation>Phrase secrète de la clé d’organisateur :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="478"/>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>Une erreur s’est produite ; les détails figurent dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="415"/>
        <source>Received by campaign “{0}”.</source>
        <translation>Reçu par la campagne « {0} ».</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="417"/>
        <source>Received by several campaigns: {0}.</source>
        <translation>Reçu par plusieurs campagnes : {0}.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="271"/>
        <source>And 1 other change (a correction, a withdrawal or a new name).</source>
        <translation>Et 1 autre modification (une correction, un retrait ou un nouveau nom).</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="273"/>
        <source>And {0} other changes (corrections, withdrawals or a new name).</source>
        <translation>Et {0} autres modifications (corrections, retraits ou un nouveau nom).</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="65"/>
        <source>a volunteer laptop</source>
        <translation>un portable de bénévole</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="66"/>
        <source>the organiser&apos;s computer</source>
        <translation>l’ordinateur de l’organisateur</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="68"/>
        <source>This &amp;computer is:</source>
        <translation>Cet &amp;ordinateur est :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="96"/>
        <source>Campaign file from the organiser</source>
        <translation>Fichier de campagne de l’organisateur</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="97"/>
        <source>Open a campaign file…</source>
        <translation>Ouvrir un fichier de campagne…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="100"/>
        <source>When the organiser gives you a newer campaign file (new events, signatures withdrawn at the organiser), open it here.</source>
        <translation>Quand l’organisateur vous donne un fichier de campagne plus récent (nouveaux événements, signatures retirées chez l’organisateur), ouvrez-le ici.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="117"/>
        <source>Receive sync files from laptops</source>
        <translation>Recevoir les fichiers de synchro des portables</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="133"/>
        <source>Laptops</source>
        <translation>Portables</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="137"/>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="138"/>
        <source>For a lost or stolen laptop: refuse its sync files from now on.</source>
        <translation>Pour un portable perdu ou volé : refuser désormais ses fichiers de synchro.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="142"/>
        <source>A new laptop is enrolled when you import its first sync file: you then compare its fingerprint with the one on its Sync page.</source>
        <translation>Un nouveau portable est inscrit à l’import de son premier fichier de synchro : vous comparez alors son empreinte avec celle de sa page Synchronisation.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="210"/>
        <source>This laptop: {0} — fingerprint {1}</source>
        <translation>Ce portable : {0} — empreinte {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="211"/>
        <source>This computer: {0} — fingerprint {1}</source>
        <translation>Cet ordinateur : {0} — empreinte {1}</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="237"/>
        <source>the campaign came from the organiser&apos;s campaign file</source>
        <translation>la campagne vient du fichier de campagne de l’organisateur</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="238"/>
        <source>the campaign was created on this computer</source>
        <translation>la campagne a été créée sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="240"/>
        <source>DriveKit tells this from how the campaign arrived: {0}.</source>
        <translation>DriveKit le déduit de l’arrivée de la campagne : {0}.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="242"/>
        <source>You chose this. From how the campaign arrived ({0}), DriveKit would say the other.</source>
        <translation>C’est votre choix. D’après l’arrivée de la campagne ({0}), DriveKit aurait dit l’autre.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="248"/>
        <source>Name this laptop…</source>
        <translation>Nommer ce portable…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="248"/>
        <source>Name this computer…</source>
        <translation>Nommer cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="261"/>
        <source>Sent so far: 1 sync file, {0} on {1}.</source>
        <translation>Déjà envoyé : 1 fichier de synchro, {0} le {1}.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="263"/>
        <source>Sent so far: {0} sync files, the last one {1} on {2}.</source>
        <translation>Déjà envoyé : {0} fichiers de synchro, le dernier {1} le {2}.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="259"/>
        <source>Nothing sent yet.</source>
        <translation>Rien d’envoyé pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="267"/>
        <source>Everything collected here has been sent.</source>
        <translation>Tout ce qui a été collecté ici a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="316"/>
        <source>This computer is now called “{0}”; the next export tells the organiser.</source>
        <translation>Cet ordinateur s’appelle maintenant « {0} » ; le prochain export le dira à l’organisateur.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="438"/>
        <source>“{0}” is revoked: its sync files are refused from now on. What it sent before stays.</source>
        <translation>« {0} » est révoqué : ses fichiers de synchro sont désormais refusés. Ce qu’il a envoyé avant reste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/sync_page.py" line="269"/>
        <source>Waiting for the next file: %Ln new signatures.</source>
        <translation>
            <numerusform>En attente du prochain fichier : %Ln nouvelle signature.</numerusform>
            <numerusform>En attente du prochain fichier : %Ln nouvelles signatures.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="293"/>
        <source>Wrote {0}: {1}, {2}. {3}</source>
        <translation>{0} écrit : {1}, {2}. {3}</translation>
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
            <numerusform>%Ln retrait</numerusform>
            <numerusform>%Ln retraits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/sync/sync_page.py" line="396"/>
        <source>{0}. Files refused: {1} (see Details).</source>
        <translation>{0}. Fichiers refusés : {1} (voir Détails).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/sync_page.py" line="397"/>
        <source>%Ln new signatures</source>
        <translation>
            <numerusform>%Ln nouvelle signature</numerusform>
            <numerusform>%Ln nouvelles signatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/sync_page.py" line="399"/>
        <source>%Ln new signatures imported.</source>
        <translation>
            <numerusform>%Ln nouvelle signature importée.</numerusform>
            <numerusform>%Ln nouvelles signatures importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../drivekit/ui/sync/sync_page.py" line="418"/>
        <source>“{0}” (%Ln files)</source>
        <translation>
            <numerusform>« {0} » (%Ln fichier)</numerusform>
            <numerusform>« {0} » (%Ln fichiers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../drivekit/ui/first_run/welcome.py" line="18"/>
        <source>Welcome to DriveKit</source>
        <translation>Bienvenue dans DriveKit</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/welcome.py" line="21"/>
        <source>DriveKit collects petition signatures on this computer, without a network. Start by creating your campaign, import the campaign file your organiser gave you, or try the app with a demo campaign full of made-up signers.</source>
        <translation>DriveKit collecte des signatures de pétition sur cet ordinateur, sans réseau. Commencez par créer votre campagne, importez le fichier de campagne fourni par votre organisateur, ou essayez l’application avec une campagne de démonstration remplie de signataires fictifs.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/welcome.py" line="25"/>
        <source>Create a campaign…</source>
        <translation>Créer une campagne…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/welcome.py" line="27"/>
        <source>Import a campaign file…</source>
        <translation>Importer un fichier de campagne…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/welcome.py" line="28"/>
        <source>Open a demo campaign</source>
        <translation>Ouvrir une campagne de démonstration</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../drivekit/ui/signatures/withdraw_dialog.py" line="77"/>
        <source>Withdraw signature</source>
        <translation>Retirer la signature</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/withdraw_dialog.py" line="79"/>
        <source>this signer</source>
        <translation>ce signataire</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/withdraw_dialog.py" line="81"/>
        <source>Withdraw the signature of {0}? Their name, contact details, address, comment and drawn signature will be erased and cannot be recovered. The signature will no longer count.</source>
        <translation>Retirer la signature de {0} ? Son nom, ses coordonnées, son adresse, son commentaire et sa signature dessinée seront effacés sans possibilité de récupération. La signature ne sera plus comptée.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/withdraw_dialog.py" line="85"/>
        <source>&amp;Reason (optional, do not enter personal details):</source>
        <translation>&amp;Motif (facultatif, n’indiquez aucune donnée personnelle) :</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/withdraw_dialog.py" line="87"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/withdraw_dialog.py" line="92"/>
        <source>&amp;Withdraw and erase</source>
        <translation>&amp;Retirer et effacer</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/signatures/withdraw_dialog.py" line="94"/>
        <source>&amp;Keep the signature</source>
        <translation>&amp;Garder la signature</translation>
    </message>
</context>
<context>
    <name>_Opening</name>
    <message>
        <location filename="../../drivekit/ui/main_window.py" line="79"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
</context>
<context>
    <name>_Section</name>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="62"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/dashboard/page.py" line="63"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
</context>
<context>
    <name>offer_restore</name>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="225"/>
        <source>The database is damaged and no good backup of it was found.</source>
        <translation>La base de données est endommagée et aucune sauvegarde intacte n’a été trouvée.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="228"/>
        <source>The database is damaged, so DriveKit cannot open it safely.

The newest good backup is {0}. Restore it? The damaged database is kept aside; signatures saved after that backup are not in it (collect them again from another laptop&apos;s bundle or the paper sheets).</source>
        <translation>La base de données est endommagée : DriveKit ne peut pas l’ouvrir sans risque.

La sauvegarde intacte la plus récente est {0}. La restaurer ? La base endommagée est mise de côté ; les signatures enregistrées après cette sauvegarde n’y sont pas (reprenez-les depuis le paquet d’un autre portable ou les feuilles papier).</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="234"/>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/safety.py" line="236"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../drivekit/ui/first_run/demo.py" line="19"/>
        <source>Creating the demo campaign…</source>
        <translation>Création de la campagne de démonstration…</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/demo.py" line="19"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/demo.py" line="20"/>
        <location filename="../../drivekit/ui/first_run/demo.py" line="45"/>
        <source>Demo campaign</source>
        <translation>Campagne de démonstration</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/first_run/demo.py" line="44"/>
        <source>Something went wrong; details are in the log file.</source>
        <translation>Une erreur s’est produite ; les détails figurent dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <location filename="../../drivekit/ui/app.py" line="39"/>
        <location filename="../../drivekit/ui/app.py" line="115"/>
        <source>Something went wrong; the details are in the log file. Your saved signatures are safe.</source>
        <translation>Une erreur s’est produite ; les détails figurent dans le fichier journal. Vos signatures enregistrées sont en sécurité.</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/app.py" line="78"/>
        <source>Use this computer&apos;s database</source>
        <translation>Utiliser la base de données de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../drivekit/ui/app.py" line="80"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
</TS>
