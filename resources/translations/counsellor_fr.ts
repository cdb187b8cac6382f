<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AePanel</name>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="76"/>
        <source>Documents gathered</source>
        <translation>Pièces réunies</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="92"/>
        <source>Affiliated to the CNSS (AMO)</source>
        <translation>Affilié(e) à la CNSS (AMO)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="98"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="99"/>
        <source>Where the application is filed</source>
        <translation>Lieu de dépôt de la demande</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="100"/>
        <source>Application filed on</source>
        <translation>Demande déposée le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="101"/>
        <source>Registration number (RNAE)</source>
        <translation>Numéro d’inscription (RNAE)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="102"/>
        <source>Registered on</source>
        <translation>Inscrit(e) le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="103"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="104"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="105"/>
        <source>Tax identifier (IF)</source>
        <translation>Identifiant fiscal (IF)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="106"/>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="107"/>
        <source>Social cover</source>
        <translation>Couverture sociale</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="108"/>
        <source>CNSS number</source>
        <translation>Numéro CNSS</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="116"/>
        <source>Save the checklist</source>
        <translation>Enregistrer la liste</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="142"/>
        <source>Eligible today for auto-entrepreneur registration.</source>
        <translation>Éligible aujourd’hui à l’inscription comme auto-entrepreneur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="159"/>
        <source>Yearly turnover ceiling %1; flat tax %2 of the turnover cashed; above %3 a year from one client, %4 is withheld at source.</source>
        <translation>Plafond annuel de chiffre d’affaires %1 ; impôt forfaitaire de %2 du chiffre d’affaires encaissé ; au-delà de %3 par an avec un même client, %4 sont retenus à la source.</translation>
    </message>
</context>
<context>
    <name>AgencySharingDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="50"/>
        <source>Other agencies — %1</source>
        <translation>Autres agences — %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="65"/>
        <source>Shared with</source>
        <translation>Partagé avec</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="69"/>
        <source>Agencies the file is shared with</source>
        <translation>Agences avec lesquelles le dossier est partagé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="70"/>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="70"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="70"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="76"/>
        <source>The file is not shared with another agency.</source>
        <translation>Le dossier n&apos;est partagé avec aucune autre agence.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="79"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="82"/>
        <source>The other agency&apos;s PCs remove the file at their next synchronisation.</source>
        <translation>Les postes de l&apos;autre agence retirent le dossier à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="88"/>
        <source>Share the file</source>
        <translation>Partager le dossier</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="95"/>
        <source>&amp;Agency code</source>
        <translation>Code de l&apos;&amp;agence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="97"/>
        <source>Agency code</source>
        <translation>Code de l&apos;agence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="99"/>
        <source>&amp;Refer: both agencies follow the person</source>
        <translation>&amp;Orienter : les deux agences suivent la personne</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="103"/>
        <source>&amp;Transfer: the file becomes theirs once they accept</source>
        <translation>&amp;Transférer : le dossier devient le leur dès qu&apos;elles acceptent</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="112"/>
        <source>Only with the person&apos;s consent to sharing, recorded in the profile.</source>
        <translation>Seulement avec le consentement de la personne au partage, enregistré dans le profil.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="117"/>
        <source>&amp;Share</source>
        <translation>&amp;Partager</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="123"/>
        <source>Erasure (right to be forgotten)</source>
        <translation>Effacement (droit à l&apos;oubli)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="127"/>
        <source>Removes the person from the server, from every PC and from their history, once a supervisor approves. It cannot be undone.</source>
        <translation>Retire la personne du serveur, de tous les postes et de leur historique, dès qu&apos;un superviseur approuve. C&apos;est irréversible.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="137"/>
        <source>e.g. the person&apos;s request of 20/11/2026</source>
        <translation>ex. demande de la personne du 20/11/2026</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="138"/>
        <source>&amp;Legal basis</source>
        <translation>&amp;Base légale</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="140"/>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="142"/>
        <source>Request the &amp;erasure…</source>
        <translation>Demander l&apos;&amp;effacement…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="175"/>
        <source>Referred (both follow the person)</source>
        <translation>Orienté (les deux suivent la personne)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="177"/>
        <source>Transfer offered, waiting for their answer</source>
        <translation>Transfert proposé, en attente de leur réponse</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="205"/>
        <source>A synchronisation is running; try again when it has finished.</source>
        <translation>Une synchronisation est en cours ; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="212"/>
        <source>The file is shared with %1: its PCs receive it at their next synchronisation.</source>
        <translation>Le dossier est partagé avec %1 : ses postes le reçoivent à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="214"/>
        <source>The transfer is offered to %1: the file becomes theirs once they accept.</source>
        <translation>Le transfert est proposé à %1 : le dossier devient le sien dès qu&apos;elle accepte.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="224"/>
        <source>Withdrawn: the other agency no longer receives the file.</source>
        <translation>Retiré : l&apos;autre agence ne reçoit plus le dossier.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="231"/>
        <source>Give the legal basis of the erasure.</source>
        <translation>Indiquez la base légale de l&apos;effacement.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="236"/>
        <source>Request the erasure</source>
        <translation>Demander l&apos;effacement</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="238"/>
        <source>Ask for this person to be erased everywhere? A supervisor must approve; then nothing of the file remains, on any PC.</source>
        <translation>Demander l&apos;effacement de cette personne partout ? Un superviseur doit approuver ; ensuite rien du dossier ne reste, sur aucun poste.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="245"/>
        <source>Erasure requested: a supervisor approves it from the synchronisation window.</source>
        <translation>Effacement demandé : un superviseur l&apos;approuve depuis la fenêtre de synchronisation.</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="250"/>
        <source>Past — attended or missed?</source>
        <translation>Passé — venu ou absent ?</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="358"/>
        <source>Counsellor</source>
        <translation>Conseiller·ère</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="364"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="365"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="365"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="368"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="371"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="374"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="387"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="392"/>
        <source>New appointment…</source>
        <translation>Nouveau rendez-vous…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="395"/>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="403"/>
        <source>Attended</source>
        <translation>Venu</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="404"/>
        <source>Missed</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="405"/>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="406"/>
        <source>Cancel the appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="414"/>
        <source>Open the file</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="441"/>
        <source>Week of %1 to %2</source>
        <translation>Semaine du %1 au %2</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="251"/>
        <source>Partner&apos;s answer</source>
        <translation>Réponse du partenaire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="264"/>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="272"/>
        <source>&amp;Code on the slip</source>
        <translation>&amp;Code du coupon</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="273"/>
        <source>Code on the slip</source>
        <translation>Code du coupon</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="297"/>
        <source>&amp;Answer</source>
        <translation>&amp;Réponse</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="298"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="299"/>
        <source>Reason for refusal</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="300"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="339"/>
        <source>%1 (%2) sent to %3 on %4 for: %5. Now: %6.</source>
        <translation>%1 (%2) orienté·e vers %3 le %4 pour : %5. État : %6.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="348"/>
        <source>This referral is closed: nothing to add.</source>
        <translation>Cette orientation est close : rien à ajouter.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../counsellor_app/ui/controller.py" line="226"/>
        <source>Saves were lost</source>
        <translation>Des enregistrements ont été perdus</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/controller.py" line="326"/>
        <source>A backup was not made</source>
        <translation>Une sauvegarde n’a pas été faite</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/controller.py" line="332"/>
        <source>The computer&apos;s clock is wrong</source>
        <translation>L’horloge de l’ordinateur est fausse</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/controller.py" line="371"/>
        <source>The backup was not made</source>
        <translation>La sauvegarde n’a pas été faite</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/controller.py" line="468"/>
        <source>Saving a backup before closing…</source>
        <translation>Sauvegarde avant la fermeture…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/controller.py" line="495"/>
        <source>An unexpected error stopped it; the details are in the log.</source>
        <translation>Une erreur inattendue l’a arrêtée ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/controller.py" line="499"/>
        <source>The backup at closing was not made</source>
        <translation>La sauvegarde à la fermeture n’a pas été faite</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/controller.py" line="501"/>
        <source>The backup at closing was not made. %1 Your data is still on this computer.</source>
        <translation>La sauvegarde à la fermeture n’a pas été faite. %1 Vos données sont toujours sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="144"/>
        <source>Change the appointment</source>
        <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="144"/>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="178"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="187"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="188"/>
        <source>Counsellor</source>
        <translation>Conseiller·ère</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="189"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="190"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="191"/>
        <source>&amp;Time</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="192"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="193"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="194"/>
        <source>Note (what to bring…)</source>
        <translation>Note (pièces à apporter…)</translation>
    </message>
</context>
<context>
    <name>AppointmentTable</name>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="263"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="264"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="265"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="266"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="267"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="268"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="71"/>
        <source>Attach a document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="82"/>
        <source>e.g. Registration card, front and back</source>
        <translation>ex. Carte d’immatriculation, recto verso</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="87"/>
        <source>The whole file</source>
        <translation>Tout le dossier</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="93"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="94"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="95"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="100"/>
        <source>PDF or picture (JPEG, PNG, TIFF, WebP), at most %1 MB.</source>
        <translation>PDF ou image (JPEG, PNG, TIFF, WebP), %1 Mo au plus.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="117"/>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="53"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="56"/>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="206"/>
        <source>Attached documents</source>
        <translation>Documents joints</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="216"/>
        <source>Drop scans or photos here, or use the button.</source>
        <translation>Déposez ici des scans ou des photos, ou utilisez le bouton.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="220"/>
        <source>Attach a file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="223"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="226"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="247"/>
        <source>(not on this PC yet)</source>
        <translation>(pas encore sur ce poste)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="270"/>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="272"/>
        <source>Scans and photos (%1)</source>
        <translation>Scans et photos (%1)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="304"/>
        <source>Remove a document</source>
        <translation>Retirer un document</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="305"/>
        <source>Remove “%1” from the file? The history keeps a trace of it.</source>
        <translation>Retirer « %1 » du dossier ? L’historique en garde la trace.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="158"/>
        <source>This picture cannot be shown.</source>
        <translation>Cette image ne peut pas être affichée.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="172"/>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="175"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="183"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="61"/>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="71"/>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="101"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="75"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="81"/>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="116"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="84"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="88"/>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="116"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="89"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="92"/>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="93"/>
        <source>File number</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="95"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="102"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="114"/>
        <source>Audit entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="116"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="116"/>
        <source>File</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="116"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="130"/>
        <source>&amp;Check the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="133"/>
        <source>&amp;Export for an inspection…</source>
        <translation>&amp;Exporter pour un contrôle…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="151"/>
        <source>No file has this number on this PC.</source>
        <translation>Aucune fiche ne porte ce numéro sur ce poste.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="180"/>
        <source>(not logged in)</source>
        <translation>(non connecté)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="188"/>
        <source>%1 entries (the newest first).</source>
        <translation>%1 entrées (les plus récentes d’abord).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="190"/>
        <source>The newest %1 entries: narrow the search to see older ones.</source>
        <translation>Les %1 entrées les plus récentes : précisez la recherche pour voir les plus anciennes.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="229"/>
        <source>Audit trail intact</source>
        <translation>Journal d’audit intact</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="231"/>
        <source>The %1 entries are intact: each is linked to the one before, and the backups&apos; records agree.</source>
        <translation>Les %1 entrées sont intactes : chacune est liée à la précédente, et les relevés des sauvegardes concordent.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="238"/>
        <source>Audit trail altered</source>
        <translation>Journal d’audit altéré</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="240"/>
        <source>The audit trail was altered outside the app at entry %1. Keep this PC as it is, export the trail and inform the data protection officer.</source>
        <translation>Le journal d’audit a été modifié hors de l’application à l’entrée %1. Laissez ce poste en l’état, exportez le journal et informez le responsable de la protection des données.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="249"/>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="251"/>
        <source>JSON files (*.json);;CSV files (*.csv)</source>
        <translation>Fichiers JSON (*.json);;Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="259"/>
        <source>Preparing the export…</source>
        <translation>Préparation de l’export…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="289"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="276"/>
        <source>%1 entries written to %2.</source>
        <translation>%1 entrées écrites dans %2.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="44"/>
        <source>This file is not a Counsellor backup.</source>
        <translation>Ce fichier n’est pas une sauvegarde de Counsellor.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="47"/>
        <source>This backup is damaged (its content does not match what was recorded when it was made). Choose an older one.</source>
        <translation>Cette sauvegarde est endommagée (son contenu ne correspond pas à ce qui a été relevé lors de sa création). Choisissez-en une plus ancienne.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="52"/>
        <source>This backup was made by a newer version of Counsellor. Install that version first.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente de Counsellor. Installez d’abord cette version.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="56"/>
        <source>Only an administrator (as the accounts were in the backup) may restore it, or whoever holds the recovery key.</source>
        <translation>Seul un administrateur (tel que les comptes étaient dans la sauvegarde) peut la restaurer, ou la personne qui détient la clé de secours.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="61"/>
        <source>The backup folder cannot be written to. Check the USB key or choose another folder in the settings.</source>
        <translation>Impossible d’écrire dans le dossier des sauvegardes. Vérifiez la clé USB ou choisissez un autre dossier dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="66"/>
        <source>The backup folder could not be written (input/output error): the USB key or the disk may be failing or was pulled out. Check it, or use another key.</source>
        <translation>Le dossier des sauvegardes n’a pas pu être écrit (erreur d’entrée/sortie) : la clé USB ou le disque est peut-être défaillant ou a été retiré. Vérifiez-le, ou utilisez une autre clé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="71"/>
        <source>The backup folder is not there: the USB key is probably not plugged in. Plug it in and back up again. Nothing was written on this computer in its place.</source>
        <translation>Le dossier des sauvegardes est introuvable : la clé USB n’est sans doute pas branchée. Branchez-la et relancez la sauvegarde. Rien n’a été écrit sur cet ordinateur à sa place.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="76"/>
        <source>The backup folder is not on the USB key or disk chosen in the settings (the key is missing or another one is plugged in). Plug in the key chosen, or choose the folder again in the settings.</source>
        <translation>Le dossier des sauvegardes n’est pas sur la clé USB ou le disque choisi dans les paramètres (la clé est absente ou une autre est branchée). Branchez la clé choisie, ou choisissez à nouveau le dossier dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="82"/>
        <source>No space left in the backup folder (USB key). Remove files you no longer need from it, or choose a bigger key in the settings. The earlier backups are kept.</source>
        <translation>Plus d’espace libre dans le dossier des sauvegardes (clé USB). Supprimez-en les fichiers devenus inutiles, ou choisissez une clé plus grande dans les paramètres. Les sauvegardes précédentes sont conservées.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="87"/>
        <source>The backup folder is read-only or you are not allowed to write there. Unlock the USB key (its switch) or ask IT for the permission, or choose another folder.</source>
        <translation>Le dossier des sauvegardes est en lecture seule ou vous n’avez pas le droit d’y écrire. Déverrouillez la clé USB (son interrupteur), demandez l’autorisation au service informatique, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="92"/>
        <source>The backup written on the USB key did not read back the same: the key may be failing. The faulty copy was removed; use another key.</source>
        <translation>La sauvegarde écrite sur la clé USB ne se relit pas à l’identique : la clé est peut-être défaillante. La copie fautive a été supprimée ; utilisez une autre clé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="97"/>
        <source>The database is damaged: no sound backup can be made from it. Restore the latest backup (Tools ▸ Backups…) or call support.</source>
        <translation>La base de données est endommagée : aucune sauvegarde saine ne peut en être tirée. Restaurez la dernière sauvegarde (Outils ▸ Sauvegardes…) ou appelez l’assistance.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="102"/>
        <source>No space left on this computer&apos;s disk: the backup needs room for a temporary copy of the data. Free some space (empty the recycle bin, remove old downloads), then back up again. Your data is not damaged.</source>
        <translation>Plus d’espace libre sur le disque de cet ordinateur : la sauvegarde a besoin de place pour une copie temporaire des données. Libérez de l’espace (videz la corbeille, supprimez d’anciens téléchargements), puis relancez la sauvegarde. Vos données ne sont pas endommagées.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="108"/>
        <source>This computer&apos;s disk could not be read or written (input/output error) while copying the data. The disk may be failing: call support.</source>
        <translation>Le disque de cet ordinateur n’a pas pu être lu ou écrit (erreur d’entrée/sortie) pendant la copie des données. Le disque est peut-être défaillant : appelez l’assistance.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="113"/>
        <source>The data folder&apos;s backups folder cannot be written (read-only or permission denied). Ask IT to give back the permission to write in the data folder.</source>
        <translation>Le dossier des sauvegardes du dossier de données ne peut pas être écrit (lecture seule ou autorisation refusée). Demandez au service informatique de rétablir le droit d’écrire dans le dossier de données.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="118"/>
        <source>No space left on this computer&apos;s disk to unpack the backup. Free some space, then restore again. Nothing was replaced.</source>
        <translation>Plus d’espace libre sur le disque de cet ordinateur pour décompresser la sauvegarde. Libérez de l’espace, puis relancez la restauration. Rien n’a été remplacé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="123"/>
        <source>The data folder cannot be written (read-only or permission denied): ask IT for the permission, then restore again. Nothing was replaced.</source>
        <translation>Le dossier de données ne peut pas être écrit (lecture seule ou autorisation refusée) : demandez l’autorisation au service informatique, puis relancez la restauration. Rien n’a été remplacé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="128"/>
        <source>The backup file could not be read (input/output error): the USB key may be failing or was pulled out. Check it, or choose another backup. Nothing was replaced.</source>
        <translation>Le fichier de sauvegarde n’a pas pu être lu (erreur d’entrée/sortie) : la clé USB est peut-être défaillante ou a été retirée. Vérifiez-la, ou choisissez une autre sauvegarde. Rien n’a été remplacé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="133"/>
        <source>The backup file is no longer there (the USB key was pulled out?). Plug it in and try again. Nothing was replaced.</source>
        <translation>Le fichier de sauvegarde n’est plus là (la clé USB a-t-elle été retirée ?). Branchez-la et réessayez. Rien n’a été remplacé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="138"/>
        <source>The data was restored, but some attached documents could not be copied (no space or the key was pulled out). Free space or plug the key in, then restore again.</source>
        <translation>Les données ont été restaurées, mais certaines pièces jointes n’ont pas pu être copiées (plus d’espace, ou la clé a été retirée). Libérez de l’espace ou branchez la clé, puis relancez la restauration.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="153"/>
        <source>%1 at %2 — %3 — PC %4 — %5 MB</source>
        <translation>%1 à %2 — %3 — poste %4 — %5 Mo</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="40"/>
        <source>This computer&apos;s clock says %1, earlier than the last synchronisation (%2): its date is wrong. Set the date and time right (or ask IT); documents and records take their date from it. Backups are still kept in the order they were made.</source>
        <translation>L’horloge de cet ordinateur indique %1, avant la dernière synchronisation (%2) : sa date est fausse. Remettez la date et l’heure à jour (ou demandez au service informatique) ; les documents et les enregistrements en prennent leur date. Les sauvegardes restent conservées dans l’ordre où elles ont été faites.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="47"/>
        <source>This computer&apos;s clock says %1, earlier than a backup made on %2: the date is wrong now, or was wrong when that backup was made. Check the date and time (or ask IT); documents and records take their date from it. Backups are still kept in the order they were made.</source>
        <translation>L’horloge de cet ordinateur indique %1, avant une sauvegarde faite le %2 : la date est fausse maintenant, ou l’était quand cette sauvegarde a été faite. Vérifiez la date et l’heure (ou demandez au service informatique) ; les documents et les enregistrements en prennent leur date. Les sauvegardes restent conservées dans l’ordre où elles ont été faites.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="62"/>
        <source>The last backup (%1, %2) was not made. %3</source>
        <translation>La dernière sauvegarde (%1, %2) n’a pas été faite. %3</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="84"/>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="93"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="97"/>
        <source>No backup yet. One is made every day and when the app closes; you can make one now.</source>
        <translation>Aucune sauvegarde pour l’instant. Une sauvegarde est faite chaque jour et à la fermeture ; vous pouvez en faire une maintenant.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="115"/>
        <source>Back up &amp;now</source>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="119"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="123"/>
        <source>Only an administrator restores a backup.</source>
        <translation>Seul un administrateur restaure une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="134"/>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="153"/>
        <source>Backing up… you can go on working.</source>
        <translation>Sauvegarde en cours… vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="159"/>
        <source>Backup written and checked: %1</source>
        <translation>Sauvegarde écrite et vérifiée : %1</translation>
    </message>
</context>
<context>
    <name>BusinessPlanPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="113"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="114"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="115"/>
        <source>Months projected</source>
        <translation>Mois de prévision</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="135"/>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="139"/>
        <source>Start-up costs</source>
        <translation>Coûts de démarrage</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="140"/>
        <source>Item</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="140"/>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="159"/>
        <source>Amount (MAD)</source>
        <translation>Montant (MAD)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="145"/>
        <source>Add a cost</source>
        <translation>Ajouter un coût</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="148"/>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="167"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="154"/>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="158"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="159"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="164"/>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="178"/>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="178"/>
        <source>Costs</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="178"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="178"/>
        <source>Cumulative cash</source>
        <translation>Trésorerie cumulée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="181"/>
        <source>Monthly projection</source>
        <translation>Prévision mensuelle</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="201"/>
        <source>Save the business plan</source>
        <translation>Enregistrer le plan d’affaires</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="294"/>
        <source>Month %1</source>
        <translation>Mois %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="355"/>
        <source>Start-up costs: %1</source>
        <translation>Coûts de démarrage : %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="358"/>
        <source>Funding: %1</source>
        <translation>Financement : %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="362"/>
        <source>Gap: %1</source>
        <translation>Écart : %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="365"/>
        <source>Break-even in month %1</source>
        <translation>Seuil de rentabilité au mois %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="367"/>
        <source>No break-even yet</source>
        <translation>Pas encore de seuil de rentabilité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="378"/>
        <source>Before the business plan stage can be completed:</source>
        <translation>Avant de pouvoir terminer l’étape du plan d’affaires :</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="142"/>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="146"/>
        <source>Your password was set by an administrator. Choose your own now.</source>
        <translation>Votre mot de passe a été défini par un administrateur. Choisissez le vôtre maintenant.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="153"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="154"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="155"/>
        <source>New password again</source>
        <translation>Nouveau mot de passe (confirmation)</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereBanner</name>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="100"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="109"/>
        <source>This person was removed from this computer at %1.</source>
        <translation>Cette personne a été retirée de cet ordinateur le %1.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="111"/>
        <source>This file was changed on another computer (synchronised at %1).</source>
        <translation>Ce dossier a été modifié sur un autre ordinateur (synchronisé le %1).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="113"/>
        <source>This file was changed by an import at %1.</source>
        <translation>Ce dossier a été modifié par une importation le %1.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="115"/>
        <source>This file was changed in another window by %2 at %1.</source>
        <translation>Ce dossier a été modifié dans une autre fenêtre par %2 le %1.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="117"/>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
</context>
<context>
    <name>CohortCertificates</name>
    <message>
        <location filename="../../counsellor_app/ui/cohort_printing.py" line="74"/>
        <location filename="../../counsellor_app/ui/cohort_printing.py" line="82"/>
        <location filename="../../counsellor_app/ui/cohort_printing.py" line="136"/>
        <source>Certificates for the cohort</source>
        <translation>Attestations de la cohorte</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohort_printing.py" line="102"/>
        <source>Nobody in this cohort can receive a certificate yet.</source>
        <translation>Personne dans cette cohorte ne peut encore recevoir d&apos;attestation.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/cohort_printing.py" line="110"/>
        <source>%n certificate(s) will be issued, each with its own serial number, in one PDF to print.</source>
        <translation>
            <numerusform>%n attestation sera émise, avec son numéro de série, dans un PDF à imprimer.</numerusform>
            <numerusform>%n attestations seront émises, chacune avec son numéro de série, dans un seul PDF à imprimer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohort_printing.py" line="116"/>
        <source>Not included:</source>
        <translation>Non incluses :</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohort_printing.py" line="129"/>
        <source>Preparing the certificates…</source>
        <translation>Préparation des attestations…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohort_printing.py" line="130"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohort_printing.py" line="168"/>
        <source>Certificate %1 of %2…</source>
        <translation>Attestation %1 sur %2…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohort_printing.py" line="198"/>
        <source>Stopped. No certificate was issued; you can start again later.</source>
        <translation>Arrêté. Aucune attestation n&apos;a été émise ; vous pourrez recommencer plus tard.</translation>
    </message>
</context>
<context>
    <name>CohortsView</name>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="219"/>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="221"/>
        <source>New cohort…</source>
        <translation>Nouvelle cohorte…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="227"/>
        <source>No cohort yet. Create one to enrol people and keep attendance.</source>
        <translation>Aucune cohorte pour l’instant. Créez-en une pour inscrire des personnes et suivre l’assiduité.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="240"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="244"/>
        <source>Session date</source>
        <translation>Date de la séance</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="247"/>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="248"/>
        <source>Module or topic</source>
        <translation>Module ou thème</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="249"/>
        <source>Add the session</source>
        <translation>Ajouter la séance</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="257"/>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="281"/>
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="262"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="264"/>
        <source>Everyone present</source>
        <translation>Tous présents</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="267"/>
        <source>Save the sheet</source>
        <translation>Enregistrer la feuille</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="277"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="277"/>
        <source>File</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="277"/>
        <source>Mark</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="277"/>
        <source>Attendance so far</source>
        <translation>Assiduité à ce jour</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="284"/>
        <source>Enrol people…</source>
        <translation>Inscrire des personnes…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="287"/>
        <source>Withdraw the selected person</source>
        <translation>Retirer la personne sélectionnée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="293"/>
        <source>&amp;Print the sheet…</source>
        <translation>&amp;Imprimer la feuille…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="296"/>
        <source>The session&apos;s attendance sheet on paper, for the participants to sign.</source>
        <translation>La feuille de présence de la séance sur papier, à faire signer aux participants.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="299"/>
        <source>&amp;Certificates for the cohort…</source>
        <translation>&amp;Attestations de la cohorte…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="432"/>
        <source>Mark of %1</source>
        <translation>Présence de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="484"/>
        <source>%n person(s) enrolled.</source>
        <translation>
            <numerusform>%n personne inscrite.</numerusform>
            <numerusform>%n personnes inscrites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="486"/>
        <source>%n already enrolled.</source>
        <translation>
            <numerusform>%n déjà inscrite.</numerusform>
            <numerusform>%n déjà inscrites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="489"/>
        <source>%n not enrolled: the cohort is full.</source>
        <translation>
            <numerusform>%n non inscrite : la cohorte est complète.</numerusform>
            <numerusform>%n non inscrites : la cohorte est complète.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="511"/>
        <source>Add a session first: the sheet is printed for one session.</source>
        <translation>Ajoutez d&apos;abord une séance : la feuille s&apos;imprime pour une séance.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="167"/>
        <source>give --period, --programme, or both</source>
        <translation>indiquez --period, --programme, ou les deux</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="168"/>
        <source>not a period: %1 (e.g. 2026, 2026-03, 2026-01-01..2026-06-30)</source>
        <translation>période non valable : %1 (par exemple 2026, 2026-03, 2026-01-01..2026-06-30)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="171"/>
        <source>no programme named %1 (known: %2)</source>
        <translation>aucun programme nommé %1 (programmes connus : %2)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="172"/>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="173"/>
        <source>%1 may not see reports (supervisors and administrators may)</source>
        <translation>%1 ne peut pas consulter les rapports (réservés aux superviseurs et aux administrateurs)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="176"/>
        <source>a %1 file needs --output FILE.%1</source>
        <translation>un fichier %1 demande --output FICHIER.%1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="177"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="178"/>
        <source>report for %1..%2 written to %3</source>
        <translation>rapport du %1 au %2 enregistré dans %3</translation>
    </message>
</context>
<context>
    <name>CommitteesDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="214"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="220"/>
        <source>Grant committees</source>
        <translation>Commissions d&apos;attribution des subventions</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="223"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="224"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="225"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="226"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="227"/>
        <source>Applications</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="235"/>
        <source>New session…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="238"/>
        <source>Open the session</source>
        <translation>Ouvrir la séance</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="244"/>
        <source>Scoring grids…</source>
        <translation>Grilles de notation…</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="90"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/document_dialog.py" line="114"/>
        <source>Specimen, %n page(s): check the names, dates and amounts. Issuing gives the document its serial number and QR code and records it in the register.</source>
        <translation>
            <numerusform>Spécimen, %n page : vérifiez les noms, les dates et les montants. L&apos;émission donne au document son numéro de série et son code QR et l&apos;inscrit au registre.</numerusform>
            <numerusform>Spécimen, %n pages : vérifiez les noms, les dates et les montants. L&apos;émission donne au document son numéro de série et son code QR et l&apos;inscrit au registre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="120"/>
        <source>&amp;Issue and print…</source>
        <translation>&amp;Émettre et imprimer…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="121"/>
        <source>Issue and &amp;save as PDF…</source>
        <translation>Émettre et &amp;enregistrer en PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/document_dialog.py" line="126"/>
        <source>Issued: %1 (%n page(s)).</source>
        <translation>
            <numerusform>Émis : %1 (%n page).</numerusform>
            <numerusform>Émis : %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/document_dialog.py" line="128"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="130"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="131"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="179"/>
        <source>Sending the pages to the printer…</source>
        <translation>Envoi des pages à l&apos;imprimante…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="180"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="230"/>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="247"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="232"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="248"/>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>DocumentsEditor</name>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="94"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="94"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="94"/>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="102"/>
        <source>Identity documents</source>
        <translation>Documents d’identité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="105"/>
        <source>Add a document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="107"/>
        <source>Remove the selected document</source>
        <translation>Retirer le document sélectionné</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="132"/>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="135"/>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="138"/>
        <source>Expiry date</source>
        <translation>Date d’expiration</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/duplicate_dialog.py" line="38"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/duplicate_dialog.py" line="43"/>
        <source>This person may already be registered. Check the files below before creating a new one.</source>
        <translation>Cette personne est peut-être déjà enregistrée. Vérifiez les dossiers ci-dessous avant d’en créer un nouveau.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/duplicate_dialog.py" line="54"/>
        <source>File</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/duplicate_dialog.py" line="55"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/duplicate_dialog.py" line="56"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/duplicate_dialog.py" line="57"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/duplicate_dialog.py" line="58"/>
        <source>Why it matched</source>
        <translation>Motif de la correspondance</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/duplicate_dialog.py" line="87"/>
        <source>Open the existing file</source>
        <translation>Ouvrir le dossier existant</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/duplicate_dialog.py" line="89"/>
        <source>It is someone else: register</source>
        <translation>C’est une autre personne : enregistrer</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/duplicate_dialog.py" line="91"/>
        <source>Back to the form</source>
        <translation>Retour au formulaire</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/conflict_dialog.py" line="54"/>
        <source>While this form was open, the same field was changed elsewhere (a synchronisation or another window). The fields you did not change keep the newer values; choose which value is right for each field below.</source>
        <translation>Pendant que ce formulaire était ouvert, le même champ a été modifié ailleurs (une synchronisation ou une autre fenêtre). Les champs que vous n&apos;avez pas modifiés gardent les valeurs les plus récentes ; choisissez ci-dessous la bonne valeur pour chaque champ.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/conflict_dialog.py" line="71"/>
        <source>Value to save</source>
        <translation>Valeur à enregistrer</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="142"/>
        <source>Enrol people</source>
        <translation>Inscrire des personnes</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="147"/>
        <source>Name, phone or file number…</source>
        <translation>Nom, téléphone ou numéro de dossier…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="148"/>
        <source>Search the register</source>
        <translation>Rechercher dans le registre</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="158"/>
        <source>Enrol the people ticked</source>
        <translation>Inscrire les personnes cochées</translation>
    </message>
</context>
<context>
    <name>EnvelopesDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="453"/>
        <source>Budget envelopes</source>
        <translation>Enveloppes budgétaires</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="459"/>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="459"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="459"/>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="459"/>
        <source>Disbursed</source>
        <translation>Décaissé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="466"/>
        <source>Programme or donor</source>
        <translation>Programme ou bailleur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="469"/>
        <source>Budget (MAD)</source>
        <translation>Budget (MAD)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="472"/>
        <source>Add the envelope</source>
        <translation>Ajouter l’enveloppe</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="80"/>
        <source>The database could not be upgraded to this version of the app. It was restored as it was before the upgrade; nothing was lost. Contact support with the log file.</source>
        <translation>La base de données n’a pas pu être mise à niveau vers cette version de l’application. Elle a été restaurée telle qu’elle était avant la mise à niveau ; rien n’a été perdu. Contactez le support avec le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="69"/>
        <source>The database file is damaged or is not a Counsellor database. Choose «Restore a backup…» to put back the latest backup, or contact support.</source>
        <translation>Le fichier de la base de données est endommagé ou n’est pas une base Counsellor. Choisissez « Restaurer une sauvegarde… » pour remettre la dernière sauvegarde, ou contactez l’assistance.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="25"/>
        <source>The key file (keys.json) is missing from %1. Put it back (from where it was moved, or from the antivirus quarantine), restore a backup, or use the recovery key to set a new password.</source>
        <translation>Le fichier des clés (keys.json) est absent de %1. Remettez-le en place (depuis l’endroit où il a été déplacé, ou depuis la quarantaine de l’antivirus), restaurez une sauvegarde, ou utilisez la clé de récupération pour définir un nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="32"/>
        <source>The key file (keys.json) is damaged. Restore a backup, or use the recovery key to set a new password.</source>
        <translation>Le fichier des clés (keys.json) est endommagé. Restaurez une sauvegarde, ou utilisez la clé de récupération pour définir un nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="39"/>
        <source>The disk is full: Counsellor cannot write its data. Free some space on the disk (empty the recycle bin, move large files elsewhere), then try again. Nothing already saved is lost.</source>
        <translation>Le disque est plein : Counsellor ne peut pas écrire ses données. Libérez de la place sur le disque (videz la corbeille, déplacez de gros fichiers ailleurs), puis réessayez. Rien de ce qui était déjà enregistré n’est perdu.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="45"/>
        <source>The disk could not be read or written (input/output error): it may be failing, or a USB key may have been pulled out. Check the disk or put the key back, then try again. If it happens again, call IT and restore the latest backup on another disk.</source>
        <translation>Le disque n’a pas pu être lu ou écrit (erreur d’entrée/sortie) : il est peut-être défaillant, ou une clé USB a été retirée. Vérifiez le disque ou rebranchez la clé, puis réessayez. Si cela se reproduit, appelez le service informatique et restaurez la dernière sauvegarde sur un autre disque.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="52"/>
        <source>The data folder %1 is read-only: Counsellor cannot write there. Ask IT to make it writable again for your account. Nothing was changed.</source>
        <translation>Le dossier de données %1 est en lecture seule : Counsellor ne peut pas y écrire. Demandez au service informatique de le rendre de nouveau modifiable pour votre compte. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="57"/>
        <source>Counsellor is not allowed to read or write the data folder %1 (permission denied). Ask IT to give your account the right to read and write it.</source>
        <translation>Counsellor n’a pas le droit de lire ou d’écrire le dossier de données %1 (permission refusée). Demandez au service informatique de donner à votre compte le droit de le lire et d’y écrire.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="62"/>
        <source>The database file (counsellor.db) is missing from %1, although its key file is there. It may have been moved, or quarantined by an antivirus. Put the file back, or restore a backup. An administrator with the recovery key may also start anew: the old files are then kept aside.</source>
        <translation>Le fichier de la base de données (counsellor.db) est absent de %1, alors que son fichier de clés est présent. Il a peut-être été déplacé, ou mis en quarantaine par un antivirus. Remettez le fichier en place, ou restaurez une sauvegarde. Un administrateur muni de la clé de récupération peut aussi repartir de zéro : les anciens fichiers sont alors mis de côté.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="74"/>
        <source>The database file can be read, but it does not open with this account&apos;s key: the key file (keys.json) is not the one made with it. Put back its own key file, use the recovery key, or restore a backup.</source>
        <translation>Le fichier de la base de données est lisible, mais il ne s’ouvre pas avec la clé de ce compte : le fichier des clés (keys.json) n’est pas celui qui a été créé avec lui. Remettez son propre fichier de clés, utilisez la clé de récupération, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="86"/>
        <source>The data folder %1 is on a network share. Counsellor keeps its register on this PC&apos;s own disk: over a network its locks are not reliable, and a dropped connection can damage the data. Ask IT to choose a folder on this PC (the server is what shares the agency&apos;s work between PCs).</source>
        <translation>Le dossier de données %1 est sur un partage réseau. Counsellor garde son registre sur le disque de ce PC : à travers le réseau, ses verrous ne sont pas fiables et une connexion coupée peut endommager les données. Demandez à l&apos;informatique de choisir un dossier sur ce PC (c&apos;est le serveur qui partage le travail de l&apos;agence entre les PC).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="93"/>
        <source>This data folder is already set up (its database or key file is there): it is never overwritten.</source>
        <translation>Ce dossier de données est déjà configuré (sa base de données ou son fichier de clés est présent) : il n’est jamais écrasé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="112"/>
        <source>Not possible</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="127"/>
        <location filename="../../counsellor_app/ui/errors.py" line="154"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="156"/>
        <source>An unexpected error happened. What was saved is safe, and forms keep a draft of what you typed. Please send the details below to support.</source>
        <translation>Une erreur inattendue s’est produite. Ce qui a été enregistré est en sécurité et les formulaires gardent un brouillon de ce que vous avez saisi. Merci d’envoyer les détails ci-dessous au support.</translation>
    </message>
</context>
<context>
    <name>FolderInUse</name>
    <message>
        <location filename="../../counsellor_app/ui/folder_in_use.py" line="16"/>
        <source>Another Counsellor window or command is using this data folder.</source>
        <translation>Une autre fenêtre ou commande de Counsellor utilise ce dossier de données.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/folder_in_use.py" line="22"/>
        <source>It is used by %1 (process %2 on the computer %3, since %4).</source>
        <translation>Il est utilisé par %1 (processus %2 sur l’ordinateur %3, depuis le %4).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/folder_in_use.py" line="37"/>
        <source>Counsellor is already open on this data folder.</source>
        <translation>Counsellor est déjà ouvert sur ce dossier de données.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/folder_in_use.py" line="41"/>
        <source>Close it there (or wait for the command to finish), then start Counsellor again.</source>
        <translation>Fermez-le (ou attendez la fin de la commande), puis relancez Counsellor.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/folder_in_use.py" line="52"/>
        <source>Data folder in use</source>
        <translation>Dossier de données en cours d’utilisation</translation>
    </message>
</context>
<context>
    <name>GrantPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="80"/>
        <source>Budget envelope</source>
        <translation>Enveloppe budgétaire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="83"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="84"/>
        <source>Amount requested (MAD)</source>
        <translation>Montant demandé (MAD)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="85"/>
        <source>Submit the application</source>
        <translation>Déposer la demande</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="90"/>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="99"/>
        <source>Committee decision</source>
        <translation>Décision du comité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="116"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="117"/>
        <source>Amount granted (MAD)</source>
        <translation>Montant accordé (MAD)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="118"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="119"/>
        <source>Score /100</source>
        <translation>Note /100</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="120"/>
        <source>Committee members</source>
        <translation>Membres du comité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="121"/>
        <source>Conditions or reason</source>
        <translation>Conditions ou motif</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="125"/>
        <source>Record the decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="131"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="166"/>
        <source>Tranches</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="137"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="170"/>
        <source>Paid on</source>
        <translation>Versée le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="138"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="153"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="167"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="139"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="168"/>
        <source>How</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="140"/>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="141"/>
        <source>Recorded by</source>
        <translation>Saisie par</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="142"/>
        <source>Confirmed by</source>
        <translation>Confirmée par</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="161"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="169"/>
        <source>Receipt or invoice</source>
        <translation>Reçu ou facture</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="178"/>
        <source>Record the tranche</source>
        <translation>Enregistrer la tranche</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="181"/>
        <source>Confirm the selected tranche</source>
        <translation>Confirmer la tranche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="184"/>
        <source>A tranche is confirmed by someone other than the person who recorded it.</source>
        <translation>Une tranche est confirmée par une autre personne que celle qui l’a saisie.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="193"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="224"/>
        <source>Follow-up visits</source>
        <translation>Visites de suivi</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="199"/>
        <source>Due</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="200"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="225"/>
        <source>Done</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="201"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="226"/>
        <source>Business</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="202"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="219"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="227"/>
        <source>Monthly revenue</source>
        <translation>Chiffre d’affaires mensuel</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="203"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="228"/>
        <source>Jobs created</source>
        <translation>Emplois créés</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="232"/>
        <source>Record the selected visit</source>
        <translation>Enregistrer la visite sélectionnée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="251"/>
        <source>left: %1</source>
        <translation>reste : %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="275"/>
        <source>awaiting the committee</source>
        <translation>en attente du comité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="317"/>
        <source>to be confirmed</source>
        <translation>à confirmer</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="367"/>
        <source>No budget envelope yet: a supervisor creates one in Tools.</source>
        <translation>Aucune enveloppe budgétaire : un superviseur en crée une dans Outils.</translation>
    </message>
</context>
<context>
    <name>GridDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="442"/>
        <source>Scoring grids</source>
        <translation>Grilles de notation</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="453"/>
        <source>No programme (the agency&apos;s grid)</source>
        <translation>Aucun programme (la grille de l&apos;agence)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="456"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="466"/>
        <source>Each criterion is scored from 0 to 5; the weights give the score out of 100.</source>
        <translation>Chaque critère est noté de 0 à 5 ; les pondérations donnent la note sur 100.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="474"/>
        <source>Save the grid</source>
        <translation>Enregistrer la grille</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="477"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../counsellor_app/ui/dialog_base.py" line="71"/>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/dialog_base.py" line="77"/>
        <source>The user guide is not installed with this copy of Counsellor (the installers include it; from the sources: python scripts/user_guide.py).</source>
        <translation>Le guide d’utilisation n’est pas installé avec cette copie de Counsellor (les installateurs l’incluent ; depuis les sources : python scripts/user_guide.py).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/dialog_base.py" line="88"/>
        <source>Open this file in a web browser: %1</source>
        <translation>Ouvrez ce fichier dans un navigateur web : %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/dialog_base.py" line="138"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="15"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="16"/>
        <source>Identity document</source>
        <translation>Document d’identité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="17"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="18"/>
        <source>Pathway stage</source>
        <translation>Étape du parcours</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="19"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="20"/>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="21"/>
        <source>Business plan</source>
        <translation>Plan d’affaires</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="22"/>
        <source>Auto-entrepreneur registration</source>
        <translation>Inscription auto-entrepreneur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="23"/>
        <source>Microgrant</source>
        <translation>Microsubvention</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="24"/>
        <source>Follow-up visit</source>
        <translation>Visite de suivi</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="27"/>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="28"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="29"/>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="32"/>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="33"/>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="34"/>
        <source>last name in Arabic</source>
        <translation>nom en arabe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="35"/>
        <source>first name in Arabic</source>
        <translation>prénom en arabe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="36"/>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="37"/>
        <source>nationality</source>
        <translation>nationalité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="38"/>
        <source>legal status</source>
        <translation>statut juridique</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="39"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="40"/>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="41"/>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="42"/>
        <source>expiry</source>
        <translation>expiration</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="43"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="44"/>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="45"/>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="46"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="47"/>
        <source>track</source>
        <translation>filière</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="48"/>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="49"/>
        <source>file number</source>
        <translation>numéro de dossier</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="50"/>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="51"/>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="52"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="53"/>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="54"/>
        <source>education</source>
        <translation>niveau d’études</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="55"/>
        <source>experience</source>
        <translation>expérience</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="56"/>
        <source>skills</source>
        <translation>compétences</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="57"/>
        <source>vulnerability</source>
        <translation>vulnérabilité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="58"/>
        <source>referred by</source>
        <translation>orienté(e) par</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="59"/>
        <source>referral details</source>
        <translation>précisions sur l’orientation</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="60"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="61"/>
        <source>issued on</source>
        <translation>délivré le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="62"/>
        <source>consent covers</source>
        <translation>le consentement couvre</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="63"/>
        <source>consent date</source>
        <translation>date du consentement</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="64"/>
        <source>withdrawn on</source>
        <translation>retiré le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="65"/>
        <source>planned on</source>
        <translation>planifiée le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="66"/>
        <source>started on</source>
        <translation>commencée le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="67"/>
        <source>ended on</source>
        <translation>terminée le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="68"/>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="69"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="70"/>
        <source>details</source>
        <translation>précisions</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="154"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="154"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="154"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="154"/>
        <source>Old</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="154"/>
        <source>New</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="156"/>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
</context>
<context>
    <name>HostDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="118"/>
        <source>New host organisation</source>
        <translation>Nouvelle structure d’accueil</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="139"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="140"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="141"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="142"/>
        <source>Contact person</source>
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="143"/>
        <source>Contact phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="144"/>
        <source>ICE (15 digits, if known)</source>
        <translation>ICE (15 chiffres, si connu)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="94"/>
        <source>Import people from a partner&apos;s list</source>
        <translation>Importer des personnes depuis la liste d&apos;un partenaire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="113"/>
        <source>Choose the partner&apos;s list: a CSV file or an Excel workbook with one person per row and the column titles on top. Nothing is written before you confirm; people imported still have to give their consent at their first meeting.</source>
        <translation>Choisissez la liste du partenaire : un fichier CSV ou un classeur Excel, une personne par ligne et les titres des colonnes en haut. Rien n&apos;est écrit avant votre confirmation ; les personnes importées devront encore donner leur consentement à leur premier rendez-vous.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="121"/>
        <source>&amp;Choose the file…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="127"/>
        <source>Moving in from Excel: download the template, copy your people and their records into its sheets (people, documents, consents, stages, cohorts, internships, business plans, grants, referrals, follow-up visits; the Notes sheet explains each column), then choose it above. Importing the same workbook again changes nothing.</source>
        <translation>Arriver depuis Excel : téléchargez le modèle, recopiez vos personnes et leurs dossiers dans ses feuilles (personnes, documents, consentements, étapes, cohortes, stages, plans d’affaires, subventions, orientations, visites de suivi ; la feuille Notes explique chaque colonne), puis choisissez-le ci-dessus. Importer à nouveau le même classeur ne change rien.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="137"/>
        <source>&amp;Download the template…</source>
        <translation>&amp;Télécharger le modèle…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="152"/>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="154"/>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="154"/>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="154"/>
        <source>Is</source>
        <translation>Correspond à</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="161"/>
        <source>C&amp;heck the rows</source>
        <translation>&amp;Vérifier les lignes</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="176"/>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="222"/>
        <source>Rows not imported</source>
        <translation>Lignes non importées</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="178"/>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="224"/>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="510"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="178"/>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="510"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="178"/>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="224"/>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="510"/>
        <source>Why not</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="187"/>
        <source>&amp;Back to the columns</source>
        <translation>&amp;Retour aux colonnes</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="189"/>
        <source>&amp;Save the refused rows…</source>
        <translation>&amp;Enregistrer les lignes refusées…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="224"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="224"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="245"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="268"/>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="281"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="286"/>
        <source>Choose the partner&apos;s list</source>
        <translation>Choisir la liste du partenaire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="288"/>
        <source>Lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Listes (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="322"/>
        <source>Save the template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="323"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="366"/>
        <source>%1: %2 to add, %3 already there, %4 refused</source>
        <translation>%1 : %2 à ajouter, %3 déjà présents, %4 refusés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/import_dialog.py" line="378"/>
        <source>%n record(s) ready to import.</source>
        <translation>
            <numerusform>%n enregistrement prêt à importer.</numerusform>
            <numerusform>%n enregistrements prêts à importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/import_dialog.py" line="381"/>
        <source>%n problem(s) below: those rows will not be imported.</source>
        <translation>
            <numerusform>%n problème ci-dessous : cette ligne ne sera pas importée.</numerusform>
            <numerusform>%n problèmes ci-dessous : ces lignes ne seront pas importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/import_dialog.py" line="399"/>
        <source>&amp;Import the %n record(s)</source>
        <translation>
            <numerusform>&amp;Importer %n enregistrement</numerusform>
            <numerusform>&amp;Importer les %n enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/import_dialog.py" line="408"/>
        <source>%n record(s) imported, all in one go.</source>
        <translation>
            <numerusform>%n enregistrement importé, en une seule fois.</numerusform>
            <numerusform>%n enregistrements importés, en une seule fois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="421"/>
        <source>The same columns as last time: the choices made then are kept.</source>
        <translation>Les mêmes colonnes que la dernière fois : les choix faits alors sont repris.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="423"/>
        <source>Say what each column holds; columns left on “—” are not imported.</source>
        <translation>Indiquez ce que contient chaque colonne ; les colonnes laissées sur « — » ne sont pas importées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/import_dialog.py" line="426"/>
        <source>%n row(s) in the file.</source>
        <translation>
            <numerusform>%n ligne dans le fichier.</numerusform>
            <numerusform>%n lignes dans le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="434"/>
        <source>What column %1 holds</source>
        <translation>Ce que contient la colonne %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="471"/>
        <source>Same person as line %1</source>
        <translation>Même personne qu&apos;à la ligne %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="473"/>
        <source>Already in the register: %1</source>
        <translation>Déjà dans le registre : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/import_dialog.py" line="481"/>
        <source>%n person(s) ready to import.</source>
        <translation>
            <numerusform>%n personne prête à importer.</numerusform>
            <numerusform>%n personnes prêtes à importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/import_dialog.py" line="483"/>
        <source>%n row(s) will not be imported (below, with the reason).</source>
        <translation>
            <numerusform>%n ligne ne sera pas importée (ci-dessous, avec la raison).</numerusform>
            <numerusform>%n lignes ne seront pas importées (ci-dessous, avec la raison).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/import_dialog.py" line="493"/>
        <source>&amp;Import the %n ready person(s)</source>
        <translation>
            <numerusform>&amp;Importer la personne prête</numerusform>
            <numerusform>&amp;Importer les %n personnes prêtes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="502"/>
        <source>Save the refused rows</source>
        <translation>Enregistrer les lignes refusées</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="503"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/import_dialog.py" line="533"/>
        <source>%n person(s) imported.</source>
        <translation>
            <numerusform>%n personne importée.</numerusform>
            <numerusform>%n personnes importées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="535"/>
        <source>Their consent is to collect at their first meeting (listed in To do).</source>
        <translation>Leur consentement est à recueillir à leur premier rendez-vous (listé dans À faire).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/import_dialog.py" line="537"/>
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>%n ligne non importée.</numerusform>
            <numerusform>%n lignes non importées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="52"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="53"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="54"/>
        <source>Last name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="55"/>
        <source>First name in Arabic</source>
        <translation>Prénom en arabe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="56"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="57"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="58"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="59"/>
        <source>Legal status</source>
        <translation>Statut juridique</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="60"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="61"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="62"/>
        <source>Identity document: type</source>
        <translation>Pièce d&apos;identité : type</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="63"/>
        <source>Identity document: number</source>
        <translation>Pièce d&apos;identité : numéro</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="64"/>
        <source>Identity document: valid until</source>
        <translation>Pièce d&apos;identité : valable jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="65"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="66"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="67"/>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="68"/>
        <source>People whose intake was recorded in the period (accompanied).</source>
        <translation>Personnes dont l&apos;accueil a été enregistré pendant la période (accompagnées).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="72"/>
        <source>People whose orientation stage was completed in the period.</source>
        <translation>Personnes dont l&apos;étape d&apos;orientation a été achevée pendant la période.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="76"/>
        <source>People who completed the soft-skills training in the period.</source>
        <translation>Personnes ayant terminé la formation aux compétences de vie pendant la période.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="80"/>
        <source>People whose internship started in the period.</source>
        <translation>Personnes dont le stage a commencé pendant la période.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="84"/>
        <source>People whose internship stage was completed in the period.</source>
        <translation>Personnes dont l&apos;étape de stage a été achevée pendant la période.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="88"/>
        <source>People hired in the period (salaried job recorded, or hired at the end of their internship).</source>
        <translation>Personnes embauchées pendant la période (emploi salarié enregistré, ou embauche à la fin du stage).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="92"/>
        <source>People registered as auto-entrepreneurs in the period (date on the registration).</source>
        <translation>Personnes immatriculées comme auto-entrepreneurs pendant la période (date de l&apos;immatriculation).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="96"/>
        <source>People whose business plan stage was completed in the period.</source>
        <translation>Personnes dont l&apos;étape du plan d&apos;affaires a été achevée pendant la période.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="100"/>
        <source>People whose microgrant was approved by the committee in the period.</source>
        <translation>Personnes dont la microsubvention a été approuvée par le comité pendant la période.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="104"/>
        <source>People who received a confirmed microgrant payment in the period.</source>
        <translation>Personnes ayant reçu un versement confirmé de microsubvention pendant la période.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="108"/>
        <source>People who created a business in the period.</source>
        <translation>Personnes ayant créé une entreprise pendant la période.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="112"/>
        <source>People whose business was found active at a follow-up visit in the period, six months or more after it was created.</source>
        <translation>Personnes dont l&apos;entreprise a été trouvée active lors d&apos;une visite de suivi pendant la période, six mois ou plus après sa création.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="116"/>
        <source>People whose business was found active at a follow-up visit in the period, twelve months or more after it was created.</source>
        <translation>Personnes dont l&apos;entreprise a été trouvée active lors d&apos;une visite de suivi pendant la période, douze mois ou plus après sa création.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="120"/>
        <source>People referred to a partner in the period.</source>
        <translation>Personnes orientées vers un partenaire pendant la période.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="124"/>
        <source>People recorded as having dropped out in the period.</source>
        <translation>Personnes enregistrées comme ayant abandonné pendant la période.</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="187"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="188"/>
        <source>Last year</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="189"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="190"/>
        <source>From… to…</source>
        <translation>Du… au…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="195"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="147"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="196"/>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="202"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="202"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="206"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="157"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="207"/>
        <source>Pro&amp;gramme</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="209"/>
        <source>&amp;Targets…</source>
        <translation>&amp;Objectifs…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="212"/>
        <source>The programme&apos;s period and targets, e.g. at least 200 people accompanied</source>
        <translation>La période et les objectifs du programme, p. ex. au moins 200 personnes accompagnées</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="220"/>
        <source>&amp;Count</source>
        <translation>&amp;Compter</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="230"/>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="228"/>
        <source>Donor &amp;report (PDF)…</source>
        <translation>&amp;Rapport pour les bailleurs (PDF)…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="218"/>
        <source>Programmes are defined nationally and reach this computer by sync.</source>
        <translation>Les programmes sont définis au niveau national et arrivent sur cet ordinateur par la synchronisation.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="224"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="229"/>
        <source>Export for &amp;donors (Excel)…</source>
        <translation>Exporter pour les &amp;bailleurs (Excel)…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="231"/>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="241"/>
        <source>hide under </source>
        <translation>masquer sous </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="242"/>
        <source>Exports hide counts under</source>
        <translation>Les exports masquent les effectifs inférieurs à</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="244"/>
        <source>In exports, counts from 1 up to this number minus one are hidden.</source>
        <translation>Dans les exports, les effectifs de 1 jusqu&apos;à ce nombre moins un sont masqués.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="261"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="141"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="263"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="105"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="142"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="263"/>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="302"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="106"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="143"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="263"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="113"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="155"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="263"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="114"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="283"/>
        <source>&amp;By</source>
        <translation>&amp;Par</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="285"/>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="300"/>
        <source>Disaggregation</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="287"/>
        <source>&amp;Who are they?</source>
        <translation>&amp;Qui sont-elles ?</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="302"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="302"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="317"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="328"/>
        <source>Save the &amp;list…</source>
        <translation>Enregistrer la &amp;liste…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="332"/>
        <source>Save it &amp;without names…</source>
        <translation>L&apos;enregistrer &amp;sans les noms…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="337"/>
        <source>No name, file number or birth date: a code that means nothing outside this list, with sex, age band, nationality, status, agency, city and track.</source>
        <translation>Ni nom, ni numéro de dossier, ni date de naissance : un code qui ne veut rien dire hors de cette liste, avec sexe, tranche d&apos;âge, nationalité, statut, agence, ville et parcours.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="389"/>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="395"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="411"/>
        <source>The indicators could not be counted: %1</source>
        <translation>Les indicateurs n&apos;ont pas pu être comptés : %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="420"/>
        <source>From %1 to %2 · microgrants approved %3, paid %4, budget %5</source>
        <translation>Du %1 au %2 · microsubventions accordées %3, versées %4, budget %5</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="429"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="127"/>
        <source>People counted: %1</source>
        <translation>Personnes comptées : %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="456"/>
        <source>— no programme</source>
        <translation>— aucun programme</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="484"/>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="54"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="112"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="153"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="592"/>
        <source>Save the list</source>
        <translation>Enregistrer la liste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/indicators_view.py" line="604"/>
        <source>%n person(s) written to %1.</source>
        <translation>
            <numerusform>%n personne écrite dans %1.</numerusform>
            <numerusform>%n personnes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="104"/>
        <source>Programme indicators</source>
        <translation>Indicateurs du programme</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="116"/>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="119"/>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="111"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="144"/>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="126"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="93"/>
        <source>%1: %2</source>
        <comment>a group and its values</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="115"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="158"/>
        <source>not published</source>
        <translation>non publié</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="120"/>
        <source>Each person is counted once per indicator and period, and may be in several. Counts from 1 to %1, and the counts that would let them be worked out, are shown as “x” so that nobody can be recognised.</source>
        <translation>Chaque personne est comptée une fois par indicateur et par période, et peut figurer dans plusieurs. Les effectifs de 1 à %1, et ceux qui permettraient de les retrouver par calcul, sont remplacés par « x » afin que personne ne puisse être reconnu.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="130"/>
        <source>Programme: %1</source>
        <translation>Programme : %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="145"/>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="146"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="148"/>
        <source>Counts hidden below</source>
        <translation>Effectifs masqués en dessous de</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="154"/>
        <source>People counted</source>
        <translation>Personnes comptées</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="156"/>
        <source>Progress (%)</source>
        <translation>Avancement (%)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="159"/>
        <source>Hidden counts are shown as</source>
        <translation>Effectifs masqués indiqués par</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="689"/>
        <source>Preparing the export…</source>
        <translation>Préparation de l’export…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="702"/>
        <source>Written to %1 (counts under %2 hidden, so nobody can be recognised).</source>
        <translation>Écrit dans %1 (effectifs inférieurs à %2 masqués, pour que personne ne soit reconnaissable).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="107"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="149"/>
        <source>Microgrant money (MAD)</source>
        <translation>Microsubventions (MAD)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/indicators_view.py" line="609"/>
        <source>%n person(s) left out: no consent to be named to donors.</source>
        <translation>
            <numerusform>%n personne laissée de côté : pas de consentement à être nommée aux bailleurs.</numerusform>
            <numerusform>%n personnes laissées de côté : pas de consentement à être nommées aux bailleurs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="108"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="150"/>
        <source>approved</source>
        <translation>accordées</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="109"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="151"/>
        <source>paid</source>
        <translation>versées</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="110"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="152"/>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="648"/>
        <source>Export the indicators</source>
        <translation>Exporter les indicateurs</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="594"/>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="651"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="652"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="653"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="654"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="622"/>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>InternshipPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="190"/>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="192"/>
        <source>New internship</source>
        <translation>Nouveau stage</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="202"/>
        <source>New host…</source>
        <translation>Nouvelle structure…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="225"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="225"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="226"/>
        <source>Not yet known</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="234"/>
        <source>Monthly stipend between %1 and %2; at most %3 months.</source>
        <translation>Indemnité mensuelle entre %1 et %2 ; %3 mois au plus.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="201"/>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="250"/>
        <source>Host organisation</source>
        <translation>Structure d’accueil</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="252"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="253"/>
        <source>Starts on</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="254"/>
        <source>Ends on</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="255"/>
        <source>Monthly stipend (MAD)</source>
        <translation>Indemnité mensuelle (MAD)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="256"/>
        <source>Tutor</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="257"/>
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="258"/>
        <source>Signed by</source>
        <translation>Signée par</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="259"/>
        <source>Signed on</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="260"/>
        <source>Signed copy</source>
        <translation>Exemplaire signé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="261"/>
        <source>Ended early on</source>
        <translation>Rompue le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="262"/>
        <source>Reason for the early end</source>
        <translation>Motif de la rupture</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="263"/>
        <source>Evaluation grid (1 to 4)</source>
        <translation>Grille d&apos;évaluation (1 à 4)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="264"/>
        <source>Mid-term evaluation</source>
        <translation>Évaluation à mi-parcours</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="265"/>
        <source>Final evaluation</source>
        <translation>Évaluation finale</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="266"/>
        <source>Hired at the end</source>
        <translation>Embauché(e) à l’issue</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="267"/>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="268"/>
        <source>Why not hired</source>
        <translation>Motif de non-embauche</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="277"/>
        <source>Save the internship</source>
        <translation>Enregistrer le stage</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="299"/>
        <source>Attach the signed copy…</source>
        <translation>Joindre l&apos;exemplaire signé…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="313"/>
        <source>Mid-term</source>
        <translation>Mi-parcours</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="313"/>
        <source>Final</source>
        <translation>Finale</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="351"/>
        <source>Unpaid, or an allowance of at most %1 a month; at most %2 months.</source>
        <translation>Non rémunéré, ou une indemnité d’au plus %1 par mois ; %2 mois au plus.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="370"/>
        <source>Attached</source>
        <translation>Jointe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="370"/>
        <source>Not attached yet</source>
        <translation>Pas encore jointe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="376"/>
        <source>Signed copy of the agreement</source>
        <translation>Exemplaire signé de la convention</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="393"/>
        <source>The file could not be read.</source>
        <translation>Le fichier n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="408"/>
        <source>This host: %1 interns, %2 hired of %3 who finished.</source>
        <translation>Cette structure d’accueil : %1 stagiaire(s), %2 embauché(s) sur %3 ayant terminé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="415"/>
        <source>Contrats d&apos;insertion: %1 % hired (the rule asks at least %2 %).</source>
        <translation>Contrats d&apos;insertion : %1 % embauchés (la règle en demande au moins %2 %).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="417"/>
        <source>Contrats d&apos;insertion: %1 % hired, below the %2 % the rule asks.</source>
        <translation>Contrats d&apos;insertion : %1 % embauchés, en dessous des %2 % exigés par la règle.</translation>
    </message>
</context>
<context>
    <name>IssuedActions</name>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="196"/>
        <source>Print &amp;again…</source>
        <translation>Imprimer à &amp;nouveau…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="199"/>
        <source>Re&amp;voke…</source>
        <translation>A&amp;nnuler le document…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="238"/>
        <source>Revoke %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="240"/>
        <source>Why is this document revoked? Re-prints will be stamped REVOKED and the verification will say so.</source>
        <translation>Pourquoi ce document est-il annulé ? Les réimpressions porteront la mention ANNULÉ et la vérification l&apos;indiquera.</translation>
    </message>
</context>
<context>
    <name>IssuedTable</name>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="129"/>
        <source>Serial</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="130"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="131"/>
        <source>Person or group</source>
        <translation>Personne ou groupe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="132"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="133"/>
        <source>Issued on</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="134"/>
        <source>Issued by</source>
        <translation>Émis par</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="135"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="143"/>
        <source>Issued documents</source>
        <translation>Documents émis</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="154"/>
        <source>Revoked: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="156"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="56"/>
        <source>Letterhead of printed documents</source>
        <translation>En-tête des documents imprimés</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="64"/>
        <source>Texts, in each language</source>
        <translation>Textes, dans chaque langue</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="73"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="74"/>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="75"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="76"/>
        <source>City (place of signature)</source>
        <translation>Ville (lieu de signature)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="77"/>
        <source>Signatory&apos;s title</source>
        <translation>Qualité du signataire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="92"/>
        <source>A text left empty in Arabic or English is printed in French.</source>
        <translation>Un texte laissé vide en arabe ou en anglais est imprimé en français.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="109"/>
        <source>Signatory&apos;s &amp;name</source>
        <translation>&amp;Nom du signataire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="110"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="111"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="112"/>
        <source>&amp;Languages by default</source>
        <translation>&amp;Langues par défaut</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="120"/>
        <source>Logos (PNG or JPEG, at most 2 MB)</source>
        <translation>Logos (PNG ou JPEG, 2 Mo au plus)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="126"/>
        <source>Institution&apos;s logo…</source>
        <translation>Logo de l&apos;institution…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="129"/>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="199"/>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="143"/>
        <source>Donors&apos; logos</source>
        <translation>Logos des bailleurs</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="144"/>
        <source>Add a donor&apos;s logo…</source>
        <translation>Ajouter le logo d&apos;un bailleur…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="147"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="165"/>
        <source>Pictures (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="185"/>
        <source>Institution&apos;s logo</source>
        <translation>Logo de l&apos;institution</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="190"/>
        <source>Donor&apos;s logo</source>
        <translation>Logo d&apos;un bailleur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="234"/>
        <source>Type the agency&apos;s name, at least in French.</source>
        <translation>Saisissez le nom de l&apos;agence, au moins en français.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="61"/>
        <source>Counsellor — log in</source>
        <translation>Counsellor — connexion</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="76"/>
        <source>The screen was locked. %1, type your password to continue, or log in as another user.</source>
        <translation>L’écran a été verrouillé. %1, saisissez votre mot de passe pour continuer, ou connectez-vous sous un autre nom.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="93"/>
        <source>&amp;User name</source>
        <translation>Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="94"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="95"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="96"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="101"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="104"/>
        <source>Forgotten password…</source>
        <translation>Mot de passe oublié…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="110"/>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="135"/>
        <source>Type your user name and your password.</source>
        <translation>Saisissez votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="142"/>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation>Nom d’utilisateur ou mot de passe erroné, ou compte désactivé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="153"/>
        <source>Too many wrong passwords: this account is locked until %1. An administrator can reset the password.</source>
        <translation>Trop de mots de passe erronés : ce compte est bloqué jusqu’à %1. Un administrateur peut réinitialiser le mot de passe.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="171"/>
        <source>The backup was restored. Log in to go on.</source>
        <translation>La sauvegarde a été restaurée. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="173"/>
        <source>The data that was replaced is kept in %1.</source>
        <translation>Les données remplacées sont conservées dans %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="75"/>
        <source>Counsellor — %1</source>
        <translation>Counsellor — %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="85"/>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="90"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="91"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="92"/>
        <source>Training cohorts</source>
        <translation>Cohortes de formation</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="95"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="117"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="152"/>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="155"/>
        <source>&amp;New intake</source>
        <translation>&amp;Nouvel accueil</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="160"/>
        <source>&amp;Find a person</source>
        <translation>&amp;Rechercher une personne</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="168"/>
        <source>&amp;Key in a returned referral slip…</source>
        <translation>&amp;Saisir un coupon-réponse d’orientation…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="177"/>
        <source>&amp;Import people from a list…</source>
        <translation>&amp;Importer des personnes depuis une liste…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="185"/>
        <source>&amp;Export the register to Excel…</source>
        <translation>&amp;Exporter le registre vers Excel…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="192"/>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Verrouiller l’écran</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="197"/>
        <source>&amp;Switch user</source>
        <translation>&amp;Changer d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="201"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="203"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="206"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="211"/>
        <source>&amp;Change my password…</source>
        <translation>&amp;Changer mon mot de passe…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="215"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="220"/>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="226"/>
        <source>&amp;Budget envelopes…</source>
        <translation>&amp;Enveloppes budgétaires…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="232"/>
        <source>Grant &amp;committees…</source>
        <translation>&amp;Commissions d&apos;attribution…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="236"/>
        <source>S&amp;ynchronisation…</source>
        <translation>S&amp;ynchronisation…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="240"/>
        <source>&amp;Register of issued documents…</source>
        <translation>&amp;Registre des documents émis…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="249"/>
        <source>&amp;Letterhead of printed documents…</source>
        <translation>En-&amp;tête des documents imprimés…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="257"/>
        <source>&amp;User accounts…</source>
        <translation>Comptes &amp;utilisateurs…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="259"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="262"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="267"/>
        <source>&amp;About Counsellor</source>
        <translation>&amp;À propos de Counsellor</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="587"/>
        <source>About Counsellor</source>
        <translation>À propos de Counsellor</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="588"/>
        <source>Counsellor %1
Accompanying people towards work.
Data folder: %2</source>
        <translation>Counsellor %1
Accompagner les personnes vers l’emploi.
Dossier des données : %2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="231"/>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="232"/>
        <source>Too long: at most %(max)s characters.</source>
        <translation>Trop long : %(max)s caractères au maximum.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="233"/>
        <source>A name needs letters.</source>
        <translation>Un nom doit contenir des lettres.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="234"/>
        <source>Type this name in Latin letters; the Arabic spelling has its own field.</source>
        <translation>Saisissez ce nom en lettres latines ; l’orthographe arabe a son propre champ.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="237"/>
        <source>Type this name in Arabic letters.</source>
        <translation>Saisissez ce nom en lettres arabes.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="238"/>
        <source>Choose a value from the list.</source>
        <translation>Choisissez une valeur dans la liste.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="239"/>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="245"/>
        <source>Age %(age)s is outside the accepted range (%(min)s to %(max)s years).</source>
        <translation>L’âge de %(age)s ans est hors de la plage acceptée (%(min)s à %(max)s ans).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="248"/>
        <source>The status “Moroccan national” needs the Moroccan nationality.</source>
        <translation>Le statut « Ressortissant marocain » suppose la nationalité marocaine.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="251"/>
        <source>A Moroccan national has the status “Moroccan national”.</source>
        <translation>Une personne de nationalité marocaine a le statut « Ressortissant marocain ».</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="254"/>
        <source>A CIN number is one or two letters followed by digits, e.g. AB123456.</source>
        <translation>Un numéro de CIN est composé d’une ou deux lettres suivies de chiffres, par exemple AB123456.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="257"/>
        <source>This document is listed twice.</source>
        <translation>Ce document figure deux fois.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="258"/>
        <source>The expiry date is before the issue date.</source>
        <translation>La date d’expiration précède la date de délivrance.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="261"/>
        <source>Not a valid phone number. Moroccan numbers: 06 12 34 56 78; foreign numbers with their country code: +221 77 123 45 67.</source>
        <translation>Numéro de téléphone non valide. Numéros marocains : 06 12 34 56 78 ; numéros étrangers avec l’indicatif du pays : +221 77 123 45 67.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="265"/>
        <source>Not a valid e-mail address.</source>
        <translation>Adresse de courriel non valide.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="266"/>
        <source>Consent must at least cover the processing of the file.</source>
        <translation>Le consentement doit au moins couvrir le traitement du dossier.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="269"/>
        <source>The password needs at least %(min)s characters.</source>
        <translation>Le mot de passe doit comporter au moins %(min)s caractères.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="272"/>
        <source>This password is too easy to guess.</source>
        <translation>Ce mot de passe est trop facile à deviner.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="273"/>
        <source>The password must not contain the user name.</source>
        <translation>Le mot de passe ne doit pas contenir le nom d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="276"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="277"/>
        <source>Choose a password different from the current one.</source>
        <translation>Choisissez un mot de passe différent de l’actuel.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="280"/>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est erroné.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="281"/>
        <source>Use up to 32 letters without accents, digits, dots, dashes or underscores.</source>
        <translation>Utilisez au plus 32 lettres sans accents, chiffres, points, tirets ou tirets bas.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="284"/>
        <source>This user name is already taken.</source>
        <translation>Ce nom d’utilisateur est déjà pris.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="285"/>
        <source>A name has letters, spaces, apostrophes and hyphens only.</source>
        <translation>Un nom ne contient que des lettres, des espaces, des apostrophes et des traits d&apos;union.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="288"/>
        <source>No row of column titles was found: is this the partner&apos;s list?</source>
        <translation>Aucune ligne de titres de colonnes n&apos;a été trouvée : est-ce bien la liste du partenaire ?</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="291"/>
        <source>The file has column titles but no one in it.</source>
        <translation>Le fichier a des titres de colonnes mais personne dedans.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="292"/>
        <source>This file is not a table (CSV or Excel workbook) or it is damaged.</source>
        <translation>Ce fichier n&apos;est pas un tableau (CSV ou classeur Excel) ou il est endommagé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="295"/>
        <source>The file has more than %(max)s rows: split it, then import each part.</source>
        <translation>Le fichier a plus de %(max)s lignes : découpez-le, puis importez chaque partie.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="298"/>
        <source>The file is larger than %(max_mb)s MB: is it the partner&apos;s list?</source>
        <translation>Le fichier dépasse %(max_mb)s Mo : est-ce bien la liste du partenaire ?</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="301"/>
        <source>“%(value)s” is not a date (write it as 31/12/1990).</source>
        <translation>« %(value)s » n&apos;est pas une date (écrivez-la comme 31/12/1990).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="304"/>
        <source>“%(value)s” is not a country this app knows (write it as GN or Guinée).</source>
        <translation>« %(value)s » n&apos;est pas un pays connu de l&apos;application (écrivez GN ou Guinée).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="308"/>
        <source>This workbook has a password or is an old .xls: save it as a plain .xlsx.</source>
        <translation>Ce classeur a un mot de passe ou est un ancien .xls : enregistrez-le en .xlsx simple.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="312"/>
        <source>This workbook contains macros: save it as a plain .xlsx workbook.</source>
        <translation>Ce classeur contient des macros : enregistrez-le en classeur .xlsx simple.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="316"/>
        <source>This file unpacks to far more than it weighs: it is refused for safety.</source>
        <translation>Ce fichier se décompresse en bien plus que son poids : il est refusé par sécurité.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="320"/>
        <source>The workbook has more than %(max)s sheets: keep only the template&apos;s.</source>
        <translation>Le classeur a plus de %(max)s feuilles : ne gardez que celles du modèle.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="324"/>
        <source>No sheet of the template was found in this workbook.</source>
        <translation>Aucune feuille du modèle n’a été trouvée dans ce classeur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="328"/>
        <source>This sheet has no column with this title: copy the titles of the template.</source>
        <translation>Cette feuille n’a pas de colonne avec ce titre : recopiez les titres du modèle.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="332"/>
        <source>No person has the file number “%(value)s” (sheet Personnes or register).</source>
        <translation>Aucune personne n’a le n° de dossier « %(value)s » (feuille Personnes ou registre).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="336"/>
        <source>The file number “%(value)s” is given to two people in the sheet.</source>
        <translation>Le n° de dossier « %(value)s » est donné à deux personnes dans la feuille.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="340"/>
        <source>The number is masked (exported without sensitive data): type it in full.</source>
        <translation>Le numéro est masqué (export sans données sensibles) : saisissez-le en entier.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="344"/>
        <source>A consent always covers the processing of the file (“Traitement”).</source>
        <translation>Un consentement couvre toujours le traitement du dossier (« Traitement »).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="348"/>
        <source>This date is before the start.</source>
        <translation>Cette date est antérieure au début.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="352"/>
        <source>The code “%(value)s” is used twice.</source>
        <translation>Le code « %(value)s » est utilisé deux fois.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="356"/>
        <source>The code “%(value)s” is in no row of the sheet it refers to.</source>
        <translation>Le code « %(value)s » ne figure dans aucune ligne de la feuille à laquelle il renvoie.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="360"/>
        <source>“%(value)s” is not a city this app knows.</source>
        <translation>« %(value)s » n’est pas une ville connue de l’application.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="364"/>
        <source>“%(value)s” is not one of the values allowed (see the Notes sheet).</source>
        <translation>« %(value)s » ne fait pas partie des valeurs permises (voir la feuille Notes).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="368"/>
        <source>“%(value)s” is not an amount (write it as 1 500,00 or 1500 DH).</source>
        <translation>« %(value)s » n’est pas un montant (écrivez 1 500,00 ou 1500 DH).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="372"/>
        <source>“%(value)s” is not a whole number.</source>
        <translation>« %(value)s » n’est pas un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="376"/>
        <source>“%(value)s”: write Oui or Non.</source>
        <translation>« %(value)s » : écrivez Oui ou Non.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="380"/>
        <source>A contract is given but the intern is not marked as hired.</source>
        <translation>Un contrat est indiqué mais le stagiaire n’est pas marqué comme embauché.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="384"/>
        <source>A payment under a grant the committee did not approve.</source>
        <translation>Un versement sur une subvention que le comité n’a pas accordée.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="388"/>
        <source>The payments add up to more than the amount approved.</source>
        <translation>Les versements dépassent le montant accordé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="392"/>
        <source>Your role does not see sensitive data: export without it.</source>
        <translation>Votre rôle ne voit pas les données sensibles : exportez sans elles.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="396"/>
        <source>A target is a number of people from 0 to %(max)s.</source>
        <translation>Un objectif est un nombre de personnes de 0 à %(max)s.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="399"/>
        <source>Another programme already has this name.</source>
        <translation>Un autre programme porte déjà ce nom.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="402"/>
        <source>Programmes are defined nationally: this computer cannot change them.</source>
        <translation>Les programmes sont définis au niveau national : cet ordinateur ne peut pas les modifier.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="405"/>
        <source>This programme no longer exists.</source>
        <translation>Ce programme n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="406"/>
        <source>This person is not among the people the programme serves.</source>
        <translation>Cette personne ne fait pas partie du public du programme.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="409"/>
        <source>The date is outside the programme&apos;s period (%(start)s to %(end)s).</source>
        <translation>La date est en dehors de la période du programme (du %(start)s au %(end)s).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="412"/>
        <source>This person is already enrolled in this programme.</source>
        <translation>Cette personne est déjà inscrite à ce programme.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="415"/>
        <source>Two columns are given the same meaning: keep one.</source>
        <translation>Deux colonnes ont reçu le même sens : n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="418"/>
        <source>Choose the column that holds this information.</source>
        <translation>Choisissez la colonne qui contient cette information.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="421"/>
        <source>Use 2 to 6 letters or digits, e.g. RABAG.</source>
        <translation>Utilisez 2 à 6 lettres ou chiffres, par exemple RABAG.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="424"/>
        <source>No account has this user name.</source>
        <translation>Aucun compte ne porte ce nom d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="425"/>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="426"/>
        <source>You cannot change your own role: another administrator must.</source>
        <translation>Vous ne pouvez pas changer votre propre rôle : un autre administrateur doit le faire.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="429"/>
        <source>This file no longer exists.</source>
        <translation>Ce dossier n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="430"/>
        <source>The person&apos;s consent has expired: ask for it again and record it in the profile before printing.</source>
        <translation>Le consentement de la personne a expiré : redemandez-le et enregistrez-le dans le profil avant d’imprimer.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="435"/>
        <source>The consent must be valid after the day it was given.</source>
        <translation>Le consentement doit rester valable après le jour où il a été donné.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="438"/>
        <source>Only the person&apos;s counsellor or a supervisor exports the whole file (it holds sensitive information). Show the hidden information first, giving a reason.</source>
        <translation>Seuls la conseillère de la personne ou un superviseur exportent le dossier complet (il contient des informations sensibles). Affichez d’abord les informations masquées, en donnant un motif.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="443"/>
        <source>The agency is not set up on this computer.</source>
        <translation>L’agence n’est pas configurée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="446"/>
        <source>Your role does not allow this action.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="447"/>
        <source>The stage already has this status.</source>
        <translation>L’étape a déjà ce statut.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="448"/>
        <source>A stage cannot go from “%(from)s” to “%(to)s”.</source>
        <translation>Une étape ne peut pas passer de « %(from)s » à « %(to)s ».</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="451"/>
        <source>Give the reason.</source>
        <translation>Indiquez le motif.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="452"/>
        <source>Say why in a sentence (at least %(min)s characters).</source>
        <translation>Dites pourquoi en une phrase (au moins %(min)s caractères).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="455"/>
        <source>Choose the track (wage employment or self-employment) first.</source>
        <translation>Choisissez d’abord la filière (emploi salarié ou auto-emploi).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="458"/>
        <source>This stage belongs to the other track; the person is on the track “%(track)s”.</source>
        <translation>Cette étape appartient à l’autre filière ; la personne suit la filière « %(track)s ».</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="461"/>
        <source>The stage “%(stage)s” has not started yet.</source>
        <translation>L’étape « %(stage)s » n’a pas encore commencé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="464"/>
        <source>The stage “%(stage)s” must be completed or skipped first.</source>
        <translation>L’étape « %(stage)s » doit d’abord être terminée ou passée.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="467"/>
        <source>Attendance is %(rate)s %%; completing the training needs at least %(threshold)s %%.</source>
        <translation>L’assiduité est de %(rate)s %% ; l’achèvement de la formation exige au moins %(threshold)s %%.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="471"/>
        <source>Auto-entrepreneurs must be at least %(min)s years old.</source>
        <translation>Un auto-entrepreneur doit avoir au moins %(min)s ans.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="474"/>
        <source>The legal status “%(status)s” does not allow auto-entrepreneur registration: a Moroccan residence title is needed.</source>
        <translation>Le statut « %(status)s » ne permet pas l’inscription comme auto-entrepreneur : un titre de séjour marocain est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="478"/>
        <source>A residence card valid on that date is needed for auto-entrepreneur registration: record it in the identity documents.</source>
        <translation>Une carte de séjour valide à cette date est nécessaire pour l’inscription comme auto-entrepreneur : enregistrez-la dans les documents d’identité.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="482"/>
        <source>No committee decision without a completed business plan.</source>
        <translation>Pas de décision du comité sans plan d’affaires terminé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="486"/>
        <source>To complete this stage, enter the career goal agreed at the interview.</source>
        <translation>Pour terminer cette étape, saisissez le projet professionnel convenu lors de l’entretien.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="489"/>
        <source>To complete this stage, choose the track (wage employment or self-employment).</source>
        <translation>Pour terminer cette étape, choisissez la filière (emploi salarié ou auto-emploi).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="493"/>
        <source>To complete this stage, tick the services recommended at the interview.</source>
        <translation>Pour terminer cette étape, cochez les services recommandés lors de l’entretien.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="496"/>
        <source>To complete this stage, record the internship in the Internship tab.</source>
        <translation>Pour clôturer ce stage, enregistrez-le d’abord dans l’onglet Stage.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="499"/>
        <source>The internship ends on %(on)s: complete this stage once it has ended, or record its early end.</source>
        <translation>Le stage se termine le %(on)s : clôturez cette étape une fois le stage terminé, ou enregistrez sa fin anticipée.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="504"/>
        <source>To complete this stage, enter the internship&apos;s final evaluation.</source>
        <translation>Pour clôturer ce stage, saisissez l’évaluation finale du stage.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="507"/>
        <source>To complete this stage, enter the auto-entrepreneur registration number.</source>
        <translation>Pour terminer cette étape, saisissez le numéro d’inscription auto-entrepreneur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="510"/>
        <source>To complete this stage, enter the date of the registration.</source>
        <translation>Pour terminer cette étape, saisissez la date d’inscription.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="513"/>
        <source>The registration is dated %(on)s: complete this stage on or after that day.</source>
        <translation>L’inscription est datée du %(on)s : terminez cette étape ce jour-là ou après.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="516"/>
        <source>The programme asks for the auto-entrepreneur card or the filing receipt: attach it to this stage first.</source>
        <translation>Le programme demande la carte d’auto-entrepreneur ou le récépissé de dépôt : joignez-le d’abord à cette étape.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="521"/>
        <source>To complete this stage, write the business plan in its tab.</source>
        <translation>Pour terminer cette étape, rédigez le plan d’affaires dans son onglet.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="524"/>
        <source>The business plan names no activity: enter it.</source>
        <translation>Le plan d’affaires ne nomme aucune activité : saisissez-la.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="527"/>
        <source>The business plan has no summary: write it.</source>
        <translation>Le plan d’affaires n’a pas de résumé : rédigez-le.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="530"/>
        <source>The business plan lists no start-up costs: add them.</source>
        <translation>Le plan d’affaires ne liste aucun coût de démarrage : ajoutez-les.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="533"/>
        <source>The business plan projects no revenue: fill in the monthly projection.</source>
        <translation>Le plan d’affaires ne prévoit aucun chiffre d’affaires : remplissez la prévision mensuelle.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="536"/>
        <source>%(gap)s MAD of start-up costs are not funded: add a funding source or reduce the costs.</source>
        <translation>%(gap)s MAD de coûts de démarrage ne sont pas financés : ajoutez une source de financement ou réduisez les coûts.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="540"/>
        <source>To complete this stage, the grant&apos;s first tranche must be paid and confirmed by a second person.</source>
        <translation>Pour terminer cette étape, la première tranche de la subvention doit être versée et confirmée par une deuxième personne.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="546"/>
        <source>A placement is unpaid or carries an allowance of at most %(max)s MAD a month.</source>
        <translation>Un stage de ce type est non rémunéré ou assorti d&apos;une indemnité d&apos;au plus %(max)s MAD par mois.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="549"/>
        <source>The agreement goes one step at a time: being prepared, signed, under way, then completed or ended early.</source>
        <translation>La convention avance étape par étape : en préparation, signée, en cours, puis terminée ou rompue avant terme.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="554"/>
        <source>The agreement is signed by the three parties: tick the intern, the host and the agency.</source>
        <translation>La convention est signée par les trois parties : cochez le ou la stagiaire, la structure d’accueil et l’agence.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="558"/>
        <source>Attach the signed copy of the agreement.</source>
        <translation>Joignez l&apos;exemplaire signé de la convention.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="561"/>
        <source>The internship starts on %(on)s: it can be under way from that day.</source>
        <translation>Le stage commence le %(on)s : il peut être en cours à partir de ce jour.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="564"/>
        <source>The early end falls between the start of the internship and today.</source>
        <translation>La rupture se situe entre le début du stage et aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="567"/>
        <source>Each criterion of the grid is scored from %(min)s to %(max)s.</source>
        <translation>Chaque critère de la grille est noté de %(min)s à %(max)s.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="570"/>
        <source>Score all the criteria of the grid, or none.</source>
        <translation>Notez tous les critères de la grille, ou aucun.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="573"/>
        <source>The person was hired: on which contract (CDI, CDD, Tahfiz)?</source>
        <translation>La personne a été embauchée : avec quel contrat (CDI, CDD, Tahfiz) ?</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="576"/>
        <source>The person was not hired: give the reason.</source>
        <translation>La personne n&apos;a pas été embauchée : indiquez le motif.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="579"/>
        <source>To complete this stage, record the 12-month follow-up visit, or a visit that found the business closed.</source>
        <translation>Pour terminer cette étape, enregistrez la visite de suivi à 12 mois, ou une visite qui a constaté la fermeture de l’activité.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="584"/>
        <source>A percentage is between 0 and 100.</source>
        <translation>Un pourcentage est compris entre 0 et 100.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="585"/>
        <source>Between 1 and %(max)s places.</source>
        <translation>Entre 1 et %(max)s places.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="586"/>
        <source>The end is before the start.</source>
        <translation>La fin précède le début.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="587"/>
        <source>The session must fall within the cohort&apos;s dates.</source>
        <translation>La séance doit se situer entre les dates de la cohorte.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="590"/>
        <source>A session lasts between 15 minutes and 10 hours.</source>
        <translation>Une séance dure entre 15 minutes et 10 heures.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="593"/>
        <source>Attendance can be marked once the session has taken place.</source>
        <translation>La présence se note une fois la séance passée.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="596"/>
        <source>This person is not enrolled in the cohort.</source>
        <translation>Cette personne n’est pas inscrite dans la cohorte.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="597"/>
        <source>This cohort no longer exists.</source>
        <translation>Cette cohorte n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="598"/>
        <source>This session no longer exists.</source>
        <translation>Cette séance n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="599"/>
        <source>An ICE number has 15 digits.</source>
        <translation>Un numéro ICE comporte 15 chiffres.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="600"/>
        <source>A tax identifier (IF) has 7 to 10 digits.</source>
        <translation>Un identifiant fiscal (IF) comporte 7 à 10 chiffres.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="601"/>
        <source>Give an amount above zero.</source>
        <translation>Indiquez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="602"/>
        <source>The envelope has only %(remaining)s MAD left.</source>
        <translation>L’enveloppe ne dispose plus que de %(remaining)s MAD.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="605"/>
        <source>Only %(left)s MAD of the grant remain to be paid.</source>
        <translation>Il ne reste que %(left)s MAD de la subvention à verser.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="608"/>
        <source>Purchases in kind need the receipt or invoice reference.</source>
        <translation>Les achats en nature exigent la référence du reçu ou de la facture.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="611"/>
        <source>This tranche is already confirmed.</source>
        <translation>Cette tranche est déjà confirmée.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="614"/>
        <source>Another person must confirm a tranche you recorded.</source>
        <translation>Une autre personne doit confirmer une tranche que vous avez saisie.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="617"/>
        <source>Tranches are paid only on an approved grant.</source>
        <translation>Les tranches ne sont versées que sur une subvention accordée.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="620"/>
        <source>This application no longer exists.</source>
        <translation>Cette demande n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="621"/>
        <source>This tranche no longer exists.</source>
        <translation>Cette tranche n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="622"/>
        <source>This visit no longer exists.</source>
        <translation>Cette visite n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="623"/>
        <source>Between 0 and 1000 jobs.</source>
        <translation>Entre 0 et 1000 emplois.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="624"/>
        <source>Not an amount: type it like 2500 or 2.500,00.</source>
        <translation>Montant non valide : saisissez-le comme 2500 ou 2.500,00.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="627"/>
        <source>This amount is too large.</source>
        <translation>Ce montant est trop élevé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="628"/>
        <source>The monthly stipend must be between %(min)s and %(max)s MAD.</source>
        <translation>L’indemnité mensuelle doit être comprise entre %(min)s et %(max)s MAD.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="631"/>
        <source>An internship lasts at most %(max)s months.</source>
        <translation>Un stage dure au plus %(max)s mois.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="634"/>
        <source>Internships belong to the wage-employment track: choose it in the pathway first.</source>
        <translation>Les stages relèvent de la filière emploi salarié : choisissez-la d’abord dans le parcours.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="638"/>
        <source>This answer does not follow from the referral&apos;s current state.</source>
        <translation>Cette réponse ne correspond pas à l’état actuel de l’orientation.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="641"/>
        <source>Choose the reason the partner gave for refusing.</source>
        <translation>Choisissez le motif de refus donné par le partenaire.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="644"/>
        <source>Explain the reason in the note.</source>
        <translation>Précisez le motif dans la note.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="645"/>
        <source>The person has not agreed to sharing with partners: record that consent in the profile first.</source>
        <translation>La personne n’a pas consenti au partage avec les partenaires : enregistrez d’abord ce consentement dans le profil.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="650"/>
        <source>This partner is closed from that date: choose another one.</source>
        <translation>Ce partenaire est fermé à cette date : choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="653"/>
        <source>This referral no longer exists.</source>
        <translation>Cette orientation n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="654"/>
        <source>This is not a referral code: check each character on the slip (R- then 9 letters or digits).</source>
        <translation>Ce n’est pas un code d’orientation : vérifiez chaque caractère du coupon (R- puis 9 lettres ou chiffres).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="659"/>
        <source>No referral with the code %(code)s on this PC.</source>
        <translation>Aucune orientation avec le code %(code)s sur ce poste.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="662"/>
        <source>This date is before the referral was sent.</source>
        <translation>Cette date précède l’envoi de l’orientation.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="665"/>
        <source>The duration must be between %(min)s and %(max)s minutes.</source>
        <translation>La durée doit être comprise entre %(min)s et %(max)s minutes.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="668"/>
        <source>This appointment was cancelled: book it again to plan it.</source>
        <translation>Ce rendez-vous a été annulé : reprenez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="671"/>
        <source>This appointment has not taken place yet.</source>
        <translation>Ce rendez-vous n’a pas encore eu lieu.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="674"/>
        <source>This agenda already has an appointment at %(time)s (%(who)s).</source>
        <translation>Cet agenda a déjà un rendez-vous à %(time)s (%(who)s).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="677"/>
        <source>This agenda already has a meeting at %(time)s.</source>
        <translation>Cet agenda a déjà une réunion à %(time)s.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="680"/>
        <source>This appointment no longer exists.</source>
        <translation>Ce rendez-vous n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="681"/>
        <source>This file is empty.</source>
        <translation>Ce fichier est vide.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="682"/>
        <source>This file is %(size_mb)s MB; at most %(max_mb)s MB can be attached. Scan it at a lower resolution.</source>
        <translation>Ce fichier fait %(size_mb)s Mo ; %(max_mb)s Mo au plus peuvent être joints. Scannez-le avec une résolution plus basse.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="687"/>
        <source>Only PDF files and pictures (JPEG, PNG, TIFF, WebP) can be attached.</source>
        <translation>Seuls les PDF et les images (JPEG, PNG, TIFF, WebP) peuvent être joints.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="690"/>
        <source>This document no longer exists.</source>
        <translation>Ce document n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="691"/>
        <source>This document&apos;s content is not on this PC yet: it will come with the next synchronisation.</source>
        <translation>Le contenu de ce document n’est pas encore sur ce poste : il arrivera à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="696"/>
        <source>This document&apos;s copy on this PC is damaged. Attach the original again, or ask the administrator to restore a backup.</source>
        <translation>La copie de ce document sur ce poste est endommagée. Joignez de nouveau l’original ou demandez à l’administrateur de restaurer une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="701"/>
        <source>Attendance is %(rate)s %%; the certificate needs at least %(threshold)s %%.</source>
        <translation>L&apos;assiduité est de %(rate)s %% ; l&apos;attestation demande au moins %(threshold)s %%.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="705"/>
        <source>No session of this cohort has taken place yet.</source>
        <translation>Aucune séance de cette cohorte n&apos;a encore eu lieu.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="708"/>
        <source>Attendance is not marked for %(count)s session(s) yet: complete the attendance sheets.</source>
        <translation>La présence n&apos;est pas encore notée pour %(count)s séance(s) : complétez les feuilles de présence.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="712"/>
        <source>The pathway has not reached this stage yet.</source>
        <translation>Le parcours n&apos;a pas encore atteint cette étape.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="715"/>
        <source>Consent is pending: no document can be printed for this person until it is recorded.</source>
        <translation>Le consentement est en attente : aucun document ne peut être imprimé pour cette personne avant qu&apos;il soit enregistré.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="719"/>
        <source>This appointment is not with a registered person.</source>
        <translation>Ce rendez-vous n&apos;est pas avec une personne inscrite.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="722"/>
        <source>The committee has not approved this grant.</source>
        <translation>Le comité n&apos;a pas accordé cette subvention.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="725"/>
        <source>A second person must confirm this tranche before its receipt is printed.</source>
        <translation>Une deuxième personne doit confirmer cette tranche avant l&apos;impression de son reçu.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="728"/>
        <source>Choose two different languages among French, Arabic and English.</source>
        <translation>Choisissez deux langues différentes parmi le français, l&apos;arabe et l&apos;anglais.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="731"/>
        <source>The print service is not running on this computer: nothing was printed. Start it (or restart the computer) and print again.</source>
        <translation>Le service d&apos;impression ne fonctionne pas sur cet ordinateur : rien n&apos;a été imprimé. Démarrez-le (ou redémarrez l&apos;ordinateur) et imprimez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="736"/>
        <source>The printer %(printer)s is not known to the print service (removed or renamed): nothing was printed. Choose another printer.</source>
        <translation>L&apos;imprimante %(printer)s n&apos;est pas connue du service d&apos;impression (supprimée ou renommée) : rien n&apos;a été imprimé. Choisissez une autre imprimante.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="741"/>
        <source>The printer %(printer)s is paused: nothing was printed. Resume it in the printer settings, or choose another printer.</source>
        <translation>L&apos;imprimante %(printer)s est en pause : rien n&apos;a été imprimé. Reprenez-la dans les réglages de l&apos;imprimante, ou choisissez une autre imprimante.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="746"/>
        <source>The printer %(printer)s is not accepting jobs: nothing was printed. Allow it to accept jobs in the printer settings, or choose another printer.</source>
        <translation>L&apos;imprimante %(printer)s n&apos;accepte pas les travaux : rien n&apos;a été imprimé. Autorisez-la à les accepter dans les réglages de l&apos;imprimante, ou choisissez une autre imprimante.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="751"/>
        <source>The print service refused the job for %(printer)s: nothing was printed.</source>
        <translation>Le service d&apos;impression a refusé le travail pour %(printer)s : rien n&apos;a été imprimé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="754"/>
        <source>The document could not be sent to the printer: nothing was printed.</source>
        <translation>Le document n&apos;a pas pu être envoyé à l&apos;imprimante : rien n&apos;a été imprimé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="757"/>
        <source>Printing was stopped before the end.</source>
        <translation>L&apos;impression a été arrêtée avant la fin.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="758"/>
        <source>The PDF file could not be written: %(reason)s</source>
        <translation>Le fichier PDF n&apos;a pas pu être écrit : %(reason)s</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="761"/>
        <source>A logo must be a PNG or JPEG picture.</source>
        <translation>Un logo doit être une image PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="762"/>
        <source>A logo of this letterhead is no longer on this PC: choose it again.</source>
        <translation>Un logo de cet en-tête n&apos;est plus sur ce poste : choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="765"/>
        <source>This picture is larger than %(max_mib)s MB: use a smaller logo.</source>
        <translation>Cette image dépasse %(max_mib)s Mo : utilisez un logo plus léger.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="768"/>
        <source>No document with this serial number is in the register.</source>
        <translation>Aucun document portant ce numéro de série n&apos;est au registre.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="771"/>
        <source>This document is already revoked.</source>
        <translation>Ce document est déjà annulé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="772"/>
        <source>This kind of document does not exist in this version of the app.</source>
        <translation>Ce type de document n&apos;existe pas dans cette version de l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="775"/>
        <source>Type the server&apos;s address, starting with https://</source>
        <translation>Saisissez l&apos;adresse du serveur, commençant par https://</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="778"/>
        <source>This PC&apos;s clock is %(minutes)s minute(s) behind the last synchronisation: set the date and time right before saving. What you typed is still in the form.</source>
        <translation>L&apos;horloge de ce poste retarde de %(minutes)s minute(s) sur la dernière synchronisation : corrigez la date et l&apos;heure avant d&apos;enregistrer. Ce que vous avez saisi reste dans le formulaire.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="783"/>
        <source>This record no longer exists; it may have been deleted.</source>
        <translation>Cet enregistrement n&apos;existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="786"/>
        <source>The server still accepts this PC: its data is not removed.</source>
        <translation>Le serveur accepte encore ce poste : ses données ne sont pas supprimées.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="789"/>
        <source>This is not the agency&apos;s code: nothing was removed.</source>
        <translation>Ce n&apos;est pas le code de l&apos;agence : rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="830"/>
        <source>This PC&apos;s clock is %(minutes)s minute(s) off the server&apos;s. Set the date and time right (Windows: Settings → Time), then synchronise again. Nothing was lost.</source>
        <translation>L&apos;horloge de ce poste diffère de %(minutes)s minute(s) de celle du serveur. Corrigez la date et l&apos;heure (Windows : Paramètres → Heure), puis synchronisez à nouveau. Rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="835"/>
        <source>The server no longer accepts this PC (it was revoked). Its work stays here: write its changes to a USB key for the server&apos;s administrator, then remove the agency&apos;s data from this PC (Synchronisation window).</source>
        <translation>Le serveur n&apos;accepte plus ce poste (il a été révoqué). Son travail reste ici : écrivez ses modifications sur une clé USB pour l&apos;administrateur du serveur, puis supprimez les données de l&apos;agence de ce poste (fenêtre Synchronisation).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="841"/>
        <source>This version of the app is too old for the server (at least %(min_client_version)s is needed). Ask the IT person to install the new version; your work stays on this PC.</source>
        <translation>Cette version de l&apos;application est trop ancienne pour le serveur (il faut au moins la %(min_client_version)s). Demandez au service informatique d&apos;installer la nouvelle version ; votre travail reste sur ce poste.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="846"/>
        <source>The server cannot be reached. Your work is kept on this PC and will be sent at the next synchronisation.</source>
        <translation>Le serveur est injoignable. Votre travail est conservé sur ce poste et sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="851"/>
        <source>The server took too long to answer. Your work is kept; try again later.</source>
        <translation>Le serveur a mis trop de temps à répondre. Votre travail est conservé ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="855"/>
        <source>The server&apos;s answer arrived incomplete (a poor connection?). Your work is kept on this PC; synchronise again.</source>
        <translation>La réponse du serveur est arrivée incomplète (connexion faible ?). Votre travail est conservé sur ce poste ; synchronisez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="860"/>
        <source>The server is unavailable for the moment (maintenance or overload). Your work is kept on this PC; synchronise again later.</source>
        <translation>Le serveur est indisponible pour le moment (maintenance ou surcharge). Votre travail est conservé sur ce poste ; synchronisez plus tard.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="865"/>
        <source>The server does not recognise this PC. Call the administrator.</source>
        <translation>Le serveur ne reconnaît pas ce poste. Appelez l&apos;administrateur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="868"/>
        <location filename="../../counsellor_app/ui/labels.py" line="889"/>
        <source>This PC is not enrolled with a server.</source>
        <translation>Ce poste n&apos;est inscrit auprès d&apos;aucun serveur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="869"/>
        <source>The server&apos;s address must begin with https:// (plain http:// is only accepted for a server on this very PC). Check the address with the administrator.</source>
        <translation>L&apos;adresse du serveur doit commencer par https:// (http:// simple n&apos;est accepté que pour un serveur installé sur ce PC même). Vérifiez l&apos;adresse auprès de l&apos;administrateur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="874"/>
        <source>An answer did not come from the agency&apos;s server (its signature is missing or wrong), so nothing in it was used. Your work is kept on this PC; tell the administrator.</source>
        <translation>Une réponse ne provenait pas du serveur de l&apos;agence (sa signature est absente ou fausse) : rien de son contenu n&apos;a été utilisé. Votre travail est conservé sur ce PC ; prévenez l&apos;administrateur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="879"/>
        <source>This PC does not know the server&apos;s key, so it cannot trust its answers. Ask the administrator to enrol this PC again.</source>
        <translation>Ce PC ne connaît pas la clé du serveur et ne peut donc pas se fier à ses réponses. Demandez à l&apos;administrateur d&apos;enrôler ce PC à nouveau.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="884"/>
        <source>The server refused a request it had already received. Synchronise again; nothing was lost.</source>
        <translation>Le serveur a refusé une requête qu&apos;il avait déjà reçue. Synchronisez à nouveau ; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="890"/>
        <source>This PC is already enrolled.</source>
        <translation>Ce poste est déjà inscrit.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="891"/>
        <source>This enrolment code is not known: check it with the administrator.</source>
        <translation>Ce code d&apos;inscription n&apos;est pas connu : vérifiez-le avec l&apos;administrateur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="894"/>
        <source>This enrolment code was already used: ask the administrator for a new one.</source>
        <translation>Ce code d&apos;inscription a déjà servi : demandez-en un nouveau à l&apos;administrateur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="897"/>
        <source>This enrolment code has expired: ask the administrator for a new one.</source>
        <translation>Ce code d&apos;inscription a expiré : demandez-en un nouveau à l&apos;administrateur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="900"/>
        <source>This enrolment code was made for another agency.</source>
        <translation>Ce code d&apos;inscription a été créé pour une autre agence.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="903"/>
        <source>Synchronisation stopped. What was already sent is safe.</source>
        <translation>Synchronisation arrêtée. Ce qui a déjà été envoyé est en sécurité.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="906"/>
        <source>The person has not consented to sharing their file: record the consent in the profile first.</source>
        <translation>La personne n&apos;a pas consenti au partage de son dossier : enregistrez d&apos;abord le consentement dans le profil.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="911"/>
        <source>No other agency has this code on the server: check it with the agency.</source>
        <translation>Aucune autre agence n&apos;a ce code sur le serveur : vérifiez-le auprès de l&apos;agence.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="914"/>
        <source>The server does not have this file as this agency&apos;s (yet): synchronise, then try again.</source>
        <translation>Le serveur n&apos;a pas (encore) ce dossier comme appartenant à cette agence : synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="918"/>
        <source>Whoever asked for the erasure cannot approve it: another supervisor must.</source>
        <translation>La personne qui a demandé l&apos;effacement ne peut pas l&apos;approuver : un autre superviseur doit le faire.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="921"/>
        <source>Your account may not do this on the server (it must be synchronised first).</source>
        <translation>Votre compte ne peut pas faire cela sur le serveur (il doit d&apos;abord être synchronisé).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="924"/>
        <source>This transfer was withdrawn or already answered.</source>
        <translation>Ce transfert a été retiré ou a déjà reçu une réponse.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="927"/>
        <source>This sharing no longer exists.</source>
        <translation>Ce partage n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="929"/>
        <source>The server needs the signature of the person who acts: log out, log in again with your own account, then do it again.</source>
        <translation>Le serveur exige la signature de la personne qui agit : déconnectez-vous, reconnectez-vous avec votre propre compte, puis recommencez.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="934"/>
        <source>The server does not know your signature yet: an administrator must synchronise from a PC of the agency first.</source>
        <translation>Le serveur ne connaît pas encore votre signature : un administrateur doit d’abord synchroniser depuis un poste de l’agence.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="939"/>
        <source>This account is disabled: its signature is no longer accepted.</source>
        <translation>Ce compte est désactivé : sa signature n’est plus acceptée.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="942"/>
        <source>The signature belongs to an account of another agency: refused.</source>
        <translation>La signature appartient à un compte d’une autre agence : refusé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="945"/>
        <source>The signature does not match the account or what it signs: refused. Tell the administrator.</source>
        <translation>La signature ne correspond pas au compte ou à ce qu’elle signe : refusé. Prévenez l’administrateur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="950"/>
        <source>The signature is not that of the account named: refused.</source>
        <translation>La signature n’est pas celle du compte indiqué : refusé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="953"/>
        <source>This signed act was already received once: it is not done twice.</source>
        <translation>Cet acte signé a déjà été reçu une fois : il n’est pas exécuté deux fois.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="956"/>
        <source>This signed act is too old, or this PC&apos;s date is wrong: check the date and time of the PC, then do it again.</source>
        <translation>Cet acte signé est trop ancien, ou la date de ce PC est erronée : vérifiez la date et l’heure du PC, puis recommencez.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="961"/>
        <source>Your account does not have the right to do this, as the server knows it.</source>
        <translation>Votre compte n’a pas le droit de faire cela, d’après les données du serveur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="964"/>
        <source>This account already has a signature registered on the server.</source>
        <translation>Ce compte a déjà une signature enregistrée sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="969"/>
        <source>This file was changed after it was written: it cannot be trusted.</source>
        <translation>Ce fichier a été modifié après avoir été écrit : on ne peut pas s&apos;y fier.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="972"/>
        <source>This file is damaged or is not a Counsellor bundle.</source>
        <translation>Ce fichier est endommagé ou n&apos;est pas un lot Counsellor.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="975"/>
        <source>This bundle was written by another version of the app.</source>
        <translation>Ce lot a été écrit par une autre version de l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="978"/>
        <source>This bundle is more than 30 days old: write a new one.</source>
        <translation>Ce lot a plus de 30 jours : écrivez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="981"/>
        <source>This answer was already read here.</source>
        <translation>Cette réponse a déjà été lue ici.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="982"/>
        <source>This answer is for another PC.</source>
        <translation>Cette réponse est destinée à un autre poste.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="983"/>
        <source>This file is a bundle for the server, not its answer.</source>
        <translation>Ce fichier est un lot pour le serveur, pas sa réponse.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="986"/>
        <source>This file is too large to be a bundle.</source>
        <translation>Ce fichier est trop gros pour être un lot.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1000"/>
        <source>Changed on another PC too: both values are kept for the agency to decide.</source>
        <translation>Modifié aussi sur un autre poste : les deux valeurs sont conservées pour que l&apos;agence tranche.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1004"/>
        <source>Refused: another PC recorded a different decision first. Check the file and do it again if it still applies.</source>
        <translation>Refusé : un autre poste a enregistré une autre décision avant. Vérifiez le dossier et refaites-le si cela s&apos;applique toujours.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1009"/>
        <source>Not accepted by the server (%(reason)s).</source>
        <translation>Non accepté par le serveur (%(reason)s).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1013"/>
        <source>the file belongs to an agency that has not shared it with yours</source>
        <translation>le dossier appartient à une agence qui ne l&apos;a pas partagé avec la vôtre</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1016"/>
        <source>the record belongs to an agency that has not shared it with yours</source>
        <translation>la fiche appartient à une agence qui ne l&apos;a pas partagée avec la vôtre</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1019"/>
        <source>the person named belongs to an agency that has not shared the file with yours</source>
        <translation>la personne indiquée relève d&apos;une agence qui n&apos;a pas partagé son dossier avec la vôtre</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1022"/>
        <source>the change names an agency other than the one the record belongs to</source>
        <translation>la modification désigne une autre agence que celle à laquelle appartient la fiche</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1025"/>
        <source>the person&apos;s file was erased at their request</source>
        <translation>le dossier de la personne a été effacé à sa demande</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1026"/>
        <source>the account that made the change does not have the right to make it</source>
        <translation>le compte qui a fait la modification n&apos;a pas le droit de la faire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1029"/>
        <source>the change was made under an account of another agency</source>
        <translation>la modification a été faite sous un compte d&apos;une autre agence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1032"/>
        <source>the change is malformed: tell the administrator</source>
        <translation>la modification est mal formée : prévenez l&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1033"/>
        <source>another change was sent under the same number: tell the administrator</source>
        <translation>une autre modification a été envoyée sous le même numéro : prévenez l&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1036"/>
        <source>a value is not in a form every PC can store: correct it and save again</source>
        <translation>une valeur n&apos;a pas une forme que tous les postes peuvent enregistrer : corrigez-la et enregistrez à nouveau</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1039"/>
        <source>the change needs the signature of the person who made it</source>
        <translation>la modification exige la signature de la personne qui l’a faite</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1042"/>
        <source>the signature of its author is not registered yet: it is sent again later</source>
        <translation>la signature de son auteur n’est pas encore enregistrée : elle sera renvoyée plus tard</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1045"/>
        <source>its author&apos;s account is disabled</source>
        <translation>le compte de son auteur est désactivé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1046"/>
        <source>it is signed by an account of another agency</source>
        <translation>elle est signée par un compte d’une autre agence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1049"/>
        <source>its signature does not match its author or the change</source>
        <translation>sa signature ne correspond pas à son auteur ou à la modification</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1052"/>
        <source>it is signed by someone other than its author</source>
        <translation>elle est signée par une autre personne que son auteur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1055"/>
        <source>a tranche is confirmed by someone other than whoever recorded it</source>
        <translation>une tranche est confirmée par une autre personne que celle qui l’a saisie</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1073"/>
        <source>%(document)s %(number)s expired on %(date)s (%(days)s days ago): renewal needed.</source>
        <translation>%(document)s %(number)s a expiré le %(date)s (il y a %(days)s jours) : renouvellement nécessaire.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1077"/>
        <source>%(document)s %(number)s expires on %(date)s (in %(days)s days): plan the renewal.</source>
        <translation>%(document)s %(number)s expire le %(date)s (dans %(days)s jours) : prévoir le renouvellement.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1083"/>
        <source>Same document number (%(detail)s)</source>
        <translation>Même numéro de document (%(detail)s)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1084"/>
        <source>Same phone number (%(detail)s)</source>
        <translation>Même numéro de téléphone (%(detail)s)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1085"/>
        <source>Same date of birth and a similar name (%(detail)s %% alike)</source>
        <translation>Même date de naissance et nom proche (similaire à %(detail)s %%)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="64"/>
        <source>Year %(year)s: projected turnover %(turnover)s MAD is above the auto-entrepreneur ceiling of %(ceiling)s MAD for this activity.</source>
        <translation>Année %(year)s : le chiffre d’affaires prévu (%(turnover)s MAD) dépasse le plafond de l’auto-entrepreneur pour cette activité (%(ceiling)s MAD).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="68"/>
        <source>The funding does not cover the start-up costs.</source>
        <translation>Le financement ne couvre pas les coûts de démarrage.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="69"/>
        <source>The start-up costs are not recovered within %(months)s months.</source>
        <translation>Les coûts de démarrage ne sont pas couverts en %(months)s mois.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="72"/>
        <source>Cash runs short in month %(month)s (month 0: before opening).</source>
        <translation>La trésorerie manque au mois %(month)s (mois 0 : avant l’ouverture).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="75"/>
        <source>The projection covers %(min)s to %(max)s months.</source>
        <translation>La prévision couvre de %(min)s à %(max)s mois.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="240"/>
        <source>Refused: this was changed elsewhere meanwhile (a synchronisation or another window). Check the file and do it again if it still applies.</source>
        <translation>Refusé : cela a été modifié ailleurs entre-temps (une synchronisation ou une autre fenêtre). Vérifiez le dossier et recommencez si c’est toujours d’actualité.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="86"/>
        <source>Add the committee&apos;s members.</source>
        <translation>Ajoutez les membres de la commission.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="87"/>
        <source>A committee has at most %(max)s members.</source>
        <translation>Une commission compte au plus %(max)s membres.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="88"/>
        <source>Each member needs a name.</source>
        <translation>Chaque membre doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="89"/>
        <source>A member from outside the agency is named with her or his organisation.</source>
        <translation>Un membre extérieur à l&apos;agence est indiqué avec son organisme.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="92"/>
        <source>This member is already on the list.</source>
        <translation>Ce membre figure déjà sur la liste.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="93"/>
        <source>Choose one member to chair the committee.</source>
        <translation>Choisissez un membre pour présider la commission.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="96"/>
        <source>The chair is absent: the committee cannot decide.</source>
        <translation>La présidence est absente : la commission ne peut pas décider.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="99"/>
        <source>Quorum not reached: %(present)s member(s) may vote on this application, %(needed)s are needed (members with a conflict of interest do not count).</source>
        <translation>Quorum non atteint : %(present)s membre(s) peuvent voter sur ce dossier, il en faut %(needed)s (les membres en conflit d&apos;intérêts ne comptent pas).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="104"/>
        <source>Give at least one criterion a weight.</source>
        <translation>Donnez une pondération à au moins un critère.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="105"/>
        <source>A weight is a whole number from 0 to %(max)s.</source>
        <translation>Une pondération est un nombre entier de 0 à %(max)s.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="108"/>
        <source>A score is a whole number from 0 to %(max)s.</source>
        <translation>Une note est un nombre entier de 0 à %(max)s.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="111"/>
        <source>This application has already been decided.</source>
        <translation>Ce dossier a déjà fait l&apos;objet d&apos;une décision.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="114"/>
        <source>This application is already on the agenda.</source>
        <translation>Ce dossier est déjà à l&apos;ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="117"/>
        <source>A member who declared a conflict of interest cannot vote on it.</source>
        <translation>Un membre qui a déclaré un conflit d&apos;intérêts ne peut pas voter sur ce dossier.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="120"/>
        <source>An absent member cannot vote.</source>
        <translation>Un membre absent ne peut pas voter.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="121"/>
        <source>Record the vote of every member present without a conflict of interest.</source>
        <translation>Saisissez le vote de chaque membre présent sans conflit d&apos;intérêts.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="124"/>
        <source>The decision does not follow the votes: a grant is approved only with more votes for than against, and refused only without.</source>
        <translation>La décision ne suit pas les votes : une subvention n&apos;est accordée qu&apos;avec plus de voix pour que contre, et refusée seulement dans le cas contraire.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="129"/>
        <source>This committee session no longer exists.</source>
        <translation>Cette séance de commission n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="132"/>
        <source>This application is no longer on the agenda.</source>
        <translation>Ce dossier n&apos;est plus à l&apos;ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="135"/>
        <source>The minutes of this session are signed: it can no longer be changed.</source>
        <translation>Le procès-verbal de cette séance est signé : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="138"/>
        <source>A member who has voted cannot be removed from the session.</source>
        <translation>Un membre qui a voté ne peut pas être retiré de la séance.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="141"/>
        <source>The decision is recorded: conflicts are declared before the vote.</source>
        <translation>La décision est enregistrée : les conflits d&apos;intérêts se déclarent avant le vote.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="144"/>
        <source>Record the committee&apos;s decisions before signing its minutes.</source>
        <translation>Enregistrez les décisions de la commission avant de signer son procès-verbal.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="147"/>
        <source>Every application on the agenda needs its decision before the minutes.</source>
        <translation>Chaque dossier à l&apos;ordre du jour doit avoir sa décision avant le procès-verbal.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="150"/>
        <source>Print the minutes first: the signed copy is the printed one.</source>
        <translation>Imprimez d&apos;abord le procès-verbal : l&apos;exemplaire signé est l&apos;exemplaire imprimé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="153"/>
        <source>No business plan on file: the application cannot go on the agenda.</source>
        <translation>Aucun plan d&apos;affaires au dossier : la demande ne peut pas être inscrite à l&apos;ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="156"/>
        <source>The business plan names no activity: it cannot go on the agenda yet.</source>
        <translation>Le plan d&apos;affaires n&apos;indique aucune activité : il ne peut pas encore être inscrit à l&apos;ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="159"/>
        <source>The business plan has no summary: it cannot go on the agenda yet.</source>
        <translation>Le plan d&apos;affaires n&apos;a pas de résumé : il ne peut pas encore être inscrit à l&apos;ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="162"/>
        <source>The business plan lists no start-up costs: it cannot go on the agenda yet.</source>
        <translation>Le plan d&apos;affaires ne liste aucun coût de démarrage : il ne peut pas encore être inscrit à l&apos;ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="165"/>
        <source>The business plan projects no revenue: it cannot go on the agenda yet.</source>
        <translation>Le plan d&apos;affaires ne prévoit aucun chiffre d&apos;affaires : il ne peut pas encore être inscrit à l&apos;ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="168"/>
        <source>%(gap)s MAD of start-up costs are not funded: the plan cannot go on the agenda yet.</source>
        <translation>%(gap)s MAD de coûts de démarrage ne sont pas financés : le plan ne peut pas encore être inscrit à l&apos;ordre du jour.</translation>
    </message>
</context>
<context>
    <name>MissingDatabaseDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="104"/>
        <source>Counsellor — the database is missing</source>
        <translation>Counsellor — la base de données est absente</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="119"/>
        <source>I put the file back: &amp;try again</source>
        <translation>J’ai remis le fichier en place : &amp;réessayer</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="121"/>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="123"/>
        <source>&amp;Start anew (administrator)…</source>
        <translation>&amp;Repartir de zéro (administrateur)…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="138"/>
        <source>The file is still missing from %1.</source>
        <translation>Le fichier est toujours absent de %1.</translation>
    </message>
</context>
<context>
    <name>NewCohortDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="73"/>
        <source>New cohort</source>
        <translation>Nouvelle cohorte</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="98"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="99"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="100"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="101"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="102"/>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="103"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="104"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="309"/>
        <source>New committee session</source>
        <translation>Nouvelle séance de commission</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="326"/>
        <source>No programme (the agency&apos;s grid)</source>
        <translation>Aucun programme (la grille de l&apos;agence)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="328"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="329"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="330"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="334"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="336"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="336"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="336"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="367"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="370"/>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="343"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="345"/>
        <source>Add this colleague</source>
        <translation>Ajouter ce ou cette collègue</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="354"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="355"/>
        <source>Name of a member from outside</source>
        <translation>Nom d&apos;un membre extérieur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="358"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="359"/>
        <source>Her or his organisation</source>
        <translation>Son organisme</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="360"/>
        <source>Add this member</source>
        <translation>Ajouter ce membre</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="375"/>
        <source>Create the session</source>
        <translation>Créer la séance</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="378"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="390"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="81"/>
        <source>New user account</source>
        <translation>Nouveau compte utilisateur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="92"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="93"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="94"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="95"/>
        <source>Temporary password</source>
        <translation>Mot de passe provisoire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="96"/>
        <source>The user chooses their own password at first login.</source>
        <translation>L’utilisateur choisira son propre mot de passe à la première connexion.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="92"/>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="113"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="114"/>
        <source>Kind of partner</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="115"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="116"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="117"/>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="118"/>
        <source>Contact phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="119"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>PathwayPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="81"/>
        <source>Stages of the pathway</source>
        <translation>Étapes du parcours</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="85"/>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="90"/>
        <source>Track</source>
        <translation>Filière</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="91"/>
        <source>Choose this track</source>
        <translation>Choisir cette filière</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="98"/>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="111"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="114"/>
        <source>Outcome date</source>
        <translation>Date du résultat</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="118"/>
        <source>Employer, training, business or reason</source>
        <translation>Employeur, formation, activité ou motif</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="119"/>
        <source>Outcome details</source>
        <translation>Précisions sur le résultat</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="120"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="142"/>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="188"/>
        <source>Date of the change</source>
        <translation>Date du changement</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="147"/>
        <source>Attendance rate</source>
        <translation>Taux d’assiduité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="151"/>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="176"/>
        <source>Career goal</source>
        <translation>Projet professionnel</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="156"/>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="177"/>
        <source>Skills assessment</source>
        <translation>Bilan de compétences</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="166"/>
        <source>Notes on the stage</source>
        <translation>Notes sur l’étape</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="167"/>
        <source>Save the notes</source>
        <translation>Enregistrer les notes</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="170"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="171"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="172"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="173"/>
        <source>Attendance</source>
        <translation>Assiduité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="178"/>
        <source>Recommended services</source>
        <translation>Services recommandés</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="186"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="244"/>
        <source>Next step: choose the track.</source>
        <translation>Étape suivante : choisir la filière.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="246"/>
        <source>Current stage: %1</source>
        <translation>Étape actuelle : %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="250"/>
        <source>Every stage of the pathway is settled.</source>
        <translation>Toutes les étapes du parcours sont réglées.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="252"/>
        <source>Track: %1</source>
        <translation>Filière : %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="264"/>
        <source>No outcome recorded yet.</source>
        <translation>Aucun résultat enregistré pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="282"/>
        <source>planned %1</source>
        <translation>prévue le %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="283"/>
        <source>started %1</source>
        <translation>commencée le %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="284"/>
        <source>ended %1</source>
        <translation>terminée le %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="351"/>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="400"/>
        <source>Change of track</source>
        <translation>Changement de filière</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="28"/>
        <source>File</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="29"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="30"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="31"/>
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="32"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="33"/>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="34"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="35"/>
        <source>Legal status</source>
        <translation>Statut juridique</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="36"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="37"/>
        <source>Counsellor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="38"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
</context>
<context>
    <name>PersonAppointmentsPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="523"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="527"/>
        <source>Book an appointment…</source>
        <translation>Prendre un rendez-vous…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="533"/>
        <source>Attended</source>
        <translation>Venu</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="534"/>
        <source>Missed</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="535"/>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
</context>
<context>
    <name>PersonFile</name>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="145"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="147"/>
        <source>Save the profile first: the pathway starts with the intake.</source>
        <translation>Enregistrez d’abord le profil : le parcours commence par l’accueil.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="149"/>
        <source>Pathway</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="150"/>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="151"/>
        <source>Auto-entrepreneur</source>
        <translation>Auto-entrepreneur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="152"/>
        <source>Business plan</source>
        <translation>Plan d’affaires</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="153"/>
        <source>Microgrant</source>
        <translation>Microsubvention</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="154"/>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="155"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="156"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="157"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="158"/>
        <source>Printed documents</source>
        <translation>Documents imprimés</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="159"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="213"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="214"/>
        <source>Your changes to the profile are not saved. Reload and lose them?</source>
        <translation>Vos modifications du profil ne sont pas enregistrées. Recharger et les perdre ?</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="305"/>
        <source>Restore it</source>
        <translation>La restaurer</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="307"/>
        <source>Discard it</source>
        <translation>L’abandonner</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="322"/>
        <source>&amp;Copy what I typed</source>
        <translation>&amp;Copier ce que j’ai saisi</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="335"/>
        <source>Sensitive information of this file is hidden from you (health, violence, trafficking, identity numbers): you are not this person&apos;s counsellor.</source>
        <translation>Des informations sensibles de cette fiche vous sont masquées (santé, violences, traite, numéros d’identité) : vous n’êtes pas la conseillère de cette personne.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="341"/>
        <source>Show it, giving a reason…</source>
        <translation>Les afficher, en donnant un motif…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="371"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="391"/>
        <source>&amp;Last name (Latin letters)</source>
        <translation>&amp;Nom (lettres latines)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="392"/>
        <source>&amp;First name (Latin letters)</source>
        <translation>&amp;Prénom (lettres latines)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="393"/>
        <source>Last name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="394"/>
        <source>First name in Arabic</source>
        <translation>Prénom en arabe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="395"/>
        <source>Se&amp;x</source>
        <translation>Se&amp;xe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="396"/>
        <source>&amp;Date of birth</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="397"/>
        <source>&amp;Nationality</source>
        <translation>N&amp;ationalité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="398"/>
        <source>Legal &amp;status</source>
        <translation>&amp;Statut juridique</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="401"/>
        <source>Identity documents</source>
        <translation>Documents d’identité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="407"/>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="419"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="420"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="421"/>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="422"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="426"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="446"/>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="447"/>
        <source>&amp;Education</source>
        <translation>Niveau d’&amp;études</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="448"/>
        <source>Work e&amp;xperience</source>
        <translation>E&amp;xpérience professionnelle</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="449"/>
        <source>S&amp;kills</source>
        <translation>&amp;Compétences</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="452"/>
        <source>Vulnerability</source>
        <translation>Vulnérabilité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="458"/>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="461"/>
        <source>Referral and consent</source>
        <translation>Orientation et consentement</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="468"/>
        <source>The person gave consent to the processing of their file</source>
        <translation>La personne a consenti au traitement de son dossier</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="480"/>
        <source>Referred by</source>
        <translation>Orienté(e) par</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="481"/>
        <source>Referral details</source>
        <translation>Précisions sur l’orientation</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="482"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="483"/>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="487"/>
        <source>Optional: the day after which the consent must be asked again</source>
        <translation>Facultatif : le jour après lequel le consentement doit être redemandé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="491"/>
        <source>Consent valid until</source>
        <translation>Consentement valable jusqu’au</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="492"/>
        <source>Consent covers</source>
        <translation>Le consentement couvre</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="495"/>
        <source>Without consent the file is saved as “consent pending”: nothing can be printed or shared for this person.</source>
        <translation>Sans consentement, le dossier est enregistré « consentement en attente » : rien ne pourra être imprimé ni partagé pour cette personne.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="509"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="512"/>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="513"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="515"/>
        <source>Export the whole file…</source>
        <translation>Exporter le dossier complet…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="518"/>
        <source>For the person&apos;s access request: a PDF for them and a JSON file</source>
        <translation>Pour la demande d’accès de la personne : un PDF pour elle et un fichier JSON</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="649"/>
        <source>Hidden from you</source>
        <translation>Masqué pour vous</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="656"/>
        <source>File %1 · counsellor %2 · consent %3</source>
        <translation>Dossier %1 · conseiller %2 · consentement %3</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="671"/>
        <source>Whole file written to %1 and its JSON beside it.</source>
        <translation>Dossier complet écrit dans %1, et son JSON à côté.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="684"/>
        <source>Save first</source>
        <translation>Enregistrez d’abord</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="685"/>
        <source>Save or undo your changes to this file before showing what is hidden.</source>
        <translation>Enregistrez ou annulez vos modifications de cette fiche avant d’afficher ce qui est masqué.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="691"/>
        <source>Show hidden information</source>
        <translation>Afficher les informations masquées</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="693"/>
        <source>Why do you need to see it? Your reason and your name are recorded and can be read by the supervisor.</source>
        <translation>Pourquoi devez-vous les voir ? Votre motif et votre nom sont enregistrés et peuvent être lus par la superviseure.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="722"/>
        <source>The consent expired on %1: ask the person again before printing or sharing anything.</source>
        <translation>Le consentement a expiré le %1 : redemandez-le à la personne avant d’imprimer ou de partager quoi que ce soit.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="731"/>
        <source>New intake</source>
        <translation>Nouvel accueil</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="766"/>
        <source>The draft of this form could not be saved. %1 What you typed stays in this form as long as it is open: keep it open, or copy what you typed. The draft is tried again every minute.</source>
        <translation>Le brouillon de ce formulaire n’a pas pu être enregistré. %1 Ce que vous avez saisi reste dans ce formulaire tant qu’il est ouvert : gardez-le ouvert, ou copiez ce que vous avez saisi. Le brouillon est retenté chaque minute.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="799"/>
        <source>An unsaved version of this form from %1 was kept. Restore it?</source>
        <translation>Une version non enregistrée de ce formulaire datant du %1 a été conservée. La restaurer ?</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="842"/>
        <source>Document %1: %2</source>
        <translation>Document %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/person_form.py" line="855"/>
        <source>%n problem(s) to correct before saving. Nothing you typed was lost.</source>
        <translation>
            <numerusform>%n problème à corriger avant l’enregistrement. Rien de ce que vous avez saisi n’a été perdu.</numerusform>
            <numerusform>%n problèmes à corriger avant l’enregistrement. Rien de ce que vous avez saisi n’a été perdu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="956"/>
        <source>Not saved. %1 Nothing you typed is lost: the form stays open.</source>
        <translation>Non enregistré. %1 Rien de ce que vous avez saisi n’est perdu : le formulaire reste ouvert.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="1005"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="1006"/>
        <source>This form has changes that are not saved yet.</source>
        <translation>Ce formulaire contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="917"/>
        <source>Identity document</source>
        <translation>Pièce d’identité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="940"/>
        <source>given on %1 (%2)</source>
        <translation>donné le %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="926"/>
        <source>kept</source>
        <translation>conservée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="926"/>
        <source>removed</source>
        <translation>retirée</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="85"/>
        <source>Name, phone or file number</source>
        <translation>Nom, téléphone ou n° de dossier</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="86"/>
        <source>Find the person</source>
        <translation>Trouver la personne</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="89"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="98"/>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="111"/>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="117"/>
        <source>No person (a meeting)</source>
        <translation>Aucune personne (réunion)</translation>
    </message>
</context>
<context>
    <name>PrintedDocumentsPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="274"/>
        <source>Print a document</source>
        <translation>Imprimer un document</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="279"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="279"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="279"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="279"/>
        <source>Can it be printed?</source>
        <translation>Peut-il être imprimé ?</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="286"/>
        <source>Documents that can be printed</source>
        <translation>Documents imprimables</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="291"/>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="294"/>
        <source>&amp;Preview and issue…</source>
        <translation>&amp;Aperçu et émission…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="303"/>
        <source>Issued for this person</source>
        <translation>Émis pour cette personne</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="324"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
</context>
<context>
    <name>PrintedPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="58"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../counsellor_app/ui/printing.py" line="152"/>
        <source>Nothing was issued: no serial number was used and the register is unchanged.</source>
        <translation>Rien n&apos;a été émis : aucun numéro de série n&apos;a été utilisé et le registre est inchangé.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printing.py" line="158"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
</context>
<context>
    <name>ProgrammesPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="49"/>
        <source>Programmes the person is enrolled in</source>
        <translation>Programmes auxquels la personne est inscrite</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="51"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="51"/>
        <source>Donor</source>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="51"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="51"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="65"/>
        <source>Programme to enrol in</source>
        <translation>Programme où inscrire la personne</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="66"/>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="70"/>
        <source>Enrolled from</source>
        <translation>Inscrit(e) à partir du</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="72"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="74"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="88"/>
        <source>Enrolment ends on</source>
        <translation>Fin de l’inscription le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="90"/>
        <source>Ends &amp;on</source>
        <translation>Fin &amp;le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="92"/>
        <source>End the &amp;enrolment</source>
        <translation>Mettre &amp;fin à l’inscription</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="118"/>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="140"/>
        <source>Choose the programme and the date.</source>
        <translation>Choisissez le programme et la date.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="154"/>
        <source>Choose the enrolment and the date it ends.</source>
        <translation>Choisissez l’inscription et sa date de fin.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="193"/>
        <source>Recover access</source>
        <translation>Récupérer l’accès</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="197"/>
        <source>Ask a colleague to reset your password if you can. Otherwise, type the recovery key that was written down when this computer was set up.</source>
        <translation>Si possible, demandez à un collègue administrateur de réinitialiser votre mot de passe. Sinon, saisissez la clé de récupération notée lors de l’installation de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="216"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="217"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="218"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="219"/>
        <source>New password again</source>
        <translation>Nouveau mot de passe (confirmation)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="237"/>
        <source>This recovery key does not open this computer&apos;s database.</source>
        <translation>Cette clé de récupération n’ouvre pas la base de données de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="158"/>
        <source>Refer to a partner</source>
        <translation>Orienter vers un partenaire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="167"/>
        <source>New partner…</source>
        <translation>Nouveau partenaire…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="176"/>
        <source>e.g. qualifying training in cooking</source>
        <translation>ex. formation qualifiante en cuisine</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="184"/>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="185"/>
        <source>&amp;Service requested</source>
        <translation>&amp;Service demandé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="186"/>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="189"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="192"/>
        <source>Only what the partner needs is shared: the legal status and sensitive notes stay in the file. The person must have agreed to sharing with partners.</source>
        <translation>Seul ce dont le partenaire a besoin est partagé : le statut juridique et les notes sensibles restent dans le dossier. La personne doit avoir consenti au partage avec les partenaires.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="206"/>
        <source>national directory</source>
        <translation>répertoire national</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="401"/>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="404"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="405"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="406"/>
        <source>Service requested</source>
        <translation>Service demandé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="407"/>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="408"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="409"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="422"/>
        <source>Refer to a partner…</source>
        <translation>Orienter vers un partenaire…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="425"/>
        <source>Record the answer…</source>
        <translation>Saisir la réponse…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="432"/>
        <source>Another &amp;agency…</source>
        <translation>Autre &amp;agence…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="435"/>
        <source>Refer or transfer the file to another agency, or ask for its erasure</source>
        <translation>Orienter ou transférer le dossier vers une autre agence, ou demander son effacement</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="449"/>
        <source>%1 — no answer since %2</source>
        <translation>%1 — sans réponse depuis le %2</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="402"/>
        <source>Register of issued documents</source>
        <translation>Registre des documents émis</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="408"/>
        <source>Serial number or name</source>
        <translation>Numéro de série ou nom</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="409"/>
        <source>Search the register</source>
        <translation>Rechercher dans le registre</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="414"/>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="435"/>
        <source>No document has been issued yet.</source>
        <translation>Aucun document n&apos;a encore été émis.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="433"/>
        <source>No document matches this search.</source>
        <translation>Aucun document ne correspond à cette recherche.</translation>
    </message>
</context>
<context>
    <name>RegisterExportDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="46"/>
        <source>Export the register to Excel</source>
        <translation>Exporter le registre vers Excel</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="56"/>
        <source>The people the register shows now (its search and filters), </source>
        <translation>Les personnes que le registre affiche (sa recherche et ses filtres), </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="58"/>
        <source>Everyone in the register, </source>
        <translation>Toutes les personnes du registre, </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="61"/>
        <source>with their documents, consents, stages, cohorts, internships, plans, grants, referrals and visits, in the import template: the workbook can be imported into another data folder. The export is entered in the audit trail.</source>
        <translation>avec leurs documents, consentements, étapes, cohortes, stages, plans, subventions, orientations et visites, dans le modèle d’import : le classeur peut être importé dans un autre dossier de données. L’export est inscrit au journal d’audit.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="71"/>
        <source>Include identity document numbers and sensitive situations (health, violence)</source>
        <translation>Inclure les numéros des pièces d’identité et les situations sensibles (santé, violences)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="82"/>
        <source>Your role does not see sensitive data: document numbers are masked and sensitive situations left out.</source>
        <translation>Votre rôle ne voit pas les données sensibles : les numéros des pièces sont masqués et les situations sensibles omises.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="102"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="106"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="114"/>
        <source>Save the register</source>
        <translation>Enregistrer le registre</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="115"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="137"/>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="147"/>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="58"/>
        <source>Search by name (Latin or Arabic), phone, document or file number…</source>
        <translation>Rechercher par nom (latin ou arabe), téléphone, document ou numéro de dossier…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="60"/>
        <source>Search the register</source>
        <translation>Rechercher dans le registre</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="62"/>
        <source>&amp;New intake</source>
        <translation>&amp;Nouvel accueil</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="64"/>
        <source>Register a new person (Ctrl+N)</source>
        <translation>Enregistrer une nouvelle personne (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="73"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="77"/>
        <source>All nationalities</source>
        <translation>Toutes les nationalités</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="81"/>
        <source>Both sexes</source>
        <translation>Les deux sexes</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="85"/>
        <location filename="../../counsellor_app/ui/register_view.py" line="266"/>
        <source>All counsellors</source>
        <translation>Tous les conseillers</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="88"/>
        <source>Filter by legal status</source>
        <translation>Filtrer par statut juridique</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="89"/>
        <source>Filter by nationality</source>
        <translation>Filtrer par nationalité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="90"/>
        <source>Filter by sex</source>
        <translation>Filtrer par sexe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="91"/>
        <source>Filter by counsellor</source>
        <translation>Filtrer par conseiller</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="111"/>
        <source>People registered</source>
        <translation>Personnes enregistrées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/register_view.py" line="200"/>
        <source>%n person(s) or more</source>
        <translation>
            <numerusform>%n personne ou plus</numerusform>
            <numerusform>%n personnes ou plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/register_view.py" line="239"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="216"/>
        <source>No one matches this search. Check the spelling, try part of the name or the phone number, or register a new person (Ctrl+N).</source>
        <translation>Personne ne correspond à cette recherche. Vérifiez l’orthographe, essayez une partie du nom ou le numéro de téléphone, ou enregistrez une nouvelle personne (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="221"/>
        <source>No one is registered yet.
Press “New intake” (Ctrl+N) to register the first person you receive.</source>
        <translation>Personne n’est encore enregistré.
Cliquez sur « Nouvel accueil » (Ctrl+N) pour enregistrer la première personne que vous recevez.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="121"/>
        <source>Reset the password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="124"/>
        <source>Temporary password</source>
        <translation>Mot de passe provisoire</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="177"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="183"/>
        <source>Everything on this computer will be replaced by the backup you choose. What is there now is not deleted: it is kept aside in the data folder&apos;s backups.</source>
        <translation>Tout ce qui se trouve sur ce poste sera remplacé par la sauvegarde choisie. Ce qui s’y trouve maintenant n’est pas supprimé : il est mis de côté dans les sauvegardes du dossier de données.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="192"/>
        <source>Backups found</source>
        <translation>Sauvegardes trouvées</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="195"/>
        <source>No backup in the usual folders. Choose a backup file (.cbk).</source>
        <translation>Aucune sauvegarde dans les dossiers habituels. Choisissez un fichier de sauvegarde (.cbk).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="199"/>
        <source>Choose a backup &amp;file…</source>
        <translation>Choisir un &amp;fichier de sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="211"/>
        <source>Use the recovery key instead</source>
        <translation>Utiliser plutôt la clé de secours</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="218"/>
        <source>Administrator&apos;s user name</source>
        <translation>Nom d’utilisateur de l’administrateur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="219"/>
        <source>Password (as it was in the backup)</source>
        <translation>Mot de passe (tel qu’il était dans la sauvegarde)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="221"/>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="226"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="266"/>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="266"/>
        <source>Counsellor backups (*.cbk)</source>
        <translation>Sauvegardes Counsellor (*.cbk)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="288"/>
        <source>Choose the backup to restore.</source>
        <translation>Choisissez la sauvegarde à restaurer.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="291"/>
        <source>Type the recovery key.</source>
        <translation>Saisissez la clé de secours.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="296"/>
        <source>Type an administrator&apos;s user name and password.</source>
        <translation>Saisissez le nom d’utilisateur et le mot de passe d’un administrateur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="301"/>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="303"/>
        <source>The data of this computer will be replaced by the backup of %1. Changes made since then and not synchronised will no longer be in the app (they stay in the copy kept aside).</source>
        <translation>Les données de ce poste seront remplacées par la sauvegarde du %1. Les modifications faites depuis et non synchronisées ne seront plus dans l’application (elles restent dans la copie mise de côté).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="324"/>
        <source>This user name and password, or this recovery key, do not open the backup.</source>
        <translation>Ce nom d’utilisateur et ce mot de passe, ou cette clé de secours, n’ouvrent pas la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="329"/>
        <source>Too many wrong passwords for this backup: try again later.</source>
        <translation>Trop de mots de passe erronés pour cette sauvegarde : réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="46"/>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="73"/>
        <source>Files past their retention period</source>
        <translation>Dossiers au-delà de leur durée de conservation</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="51"/>
        <source>Closed files kept longer than the retention period in force today (law 09-08). Each one leaves only by an erasure that a second person approves.</source>
        <translation>Dossiers clos conservés au-delà de la durée de conservation en vigueur aujourd&apos;hui (loi 09-08). Chacun n&apos;est supprimé que par un effacement qu&apos;une seconde personne approuve.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="63"/>
        <source>File</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="64"/>
        <source>Closed on</source>
        <translation>Clos le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="65"/>
        <source>Period applied</source>
        <translation>Durée appliquée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="66"/>
        <source>Kept until</source>
        <translation>Conservé jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="77"/>
        <source>Request the &amp;erasure of the file</source>
        <translation>Demander l&apos;&amp;effacement du dossier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/retention_panel.py" line="110"/>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="144"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="134"/>
        <source>Request the erasure</source>
        <translation>Demander l&apos;effacement</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="136"/>
        <source>Ask for file %1 to be erased everywhere, its retention period having ended? A second person must approve; then nothing of the file remains, on any PC.</source>
        <translation>Demander l&apos;effacement partout du dossier %1, sa durée de conservation étant échue ? Une seconde personne doit l&apos;approuver ; ensuite rien ne reste du dossier, sur aucun poste.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="143"/>
        <source>Retention period ended (law 09-08): %1 after the file closed on %2</source>
        <translation>Durée de conservation échue (loi 09-08) : %1 après la clôture du dossier le %2</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="149"/>
        <source>Erasure requested: a second person approves it in this window.</source>
        <translation>Effacement demandé : une seconde personne l&apos;approuve dans cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="534"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="538"/>
        <source>Members and attendance</source>
        <translation>Membres et présence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="540"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="540"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="540"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="544"/>
        <source>Save the attendance</source>
        <translation>Enregistrer la présence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="550"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="554"/>
        <source>Agenda, best score first</source>
        <translation>Ordre du jour, meilleure note en tête</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="557"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="558"/>
        <source>Applicant</source>
        <translation>Porteur de projet</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="559"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="560"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="561"/>
        <source>For / against / abst.</source>
        <translation>Pour / contre / abst.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="562"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="612"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="572"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="573"/>
        <source>Put on the agenda</source>
        <translation>Inscrire à l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="582"/>
        <source>The selected application</source>
        <translation>Le dossier sélectionné</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="588"/>
        <source>Save the scores</source>
        <translation>Enregistrer les notes</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="602"/>
        <source>Amount granted (MAD)</source>
        <translation>Montant accordé (MAD)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="609"/>
        <source>Record the vote and the decision</source>
        <translation>Enregistrer le vote et la décision</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="613"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="614"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="615"/>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="622"/>
        <source>Print the minutes…</source>
        <translation>Imprimer le procès-verbal…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="625"/>
        <source>The printed minutes are signed</source>
        <translation>Le procès-verbal imprimé est signé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="638"/>
        <source>Grant committee of %1</source>
        <translation>Commission d&apos;attribution du %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="641"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="648"/>
        <source>Quorum reached: %1 members present who may vote, the chair among them.</source>
        <translation>Quorum atteint : %1 membres présents pouvant voter, dont la présidence.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="650"/>
        <source>Quorum not reached: the chair is absent.</source>
        <translation>Quorum non atteint : la présidence est absente.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="652"/>
        <source>Quorum not reached: %1 member(s) present, %2 needed.</source>
        <translation>Quorum non atteint : %1 membre(s) présent(s), il en faut %2.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="659"/>
        <source> (chair)</source>
        <translation> (présidence)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="718"/>
        <source>%1 (weight %2)</source>
        <translation>%1 (pondération %2)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="728"/>
        <source>Vote of each member present</source>
        <translation>Vote de chaque membre présent</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="737"/>
        <source>Vote of %1</source>
        <translation>Vote de %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="739"/>
        <source>Conflict of interest</source>
        <translation>Conflit d&apos;intérêts</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="39"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="49"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="50"/>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="52"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="51"/>
        <source>Lock the screen after inactivity of</source>
        <translation>Verrouiller l’écran après une inactivité de</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="53"/>
        <source>Idle lock delay in minutes</source>
        <translation>Délai de verrouillage en minutes</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="59"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="60"/>
        <source>Longest session in hours</source>
        <translation>Durée maximale d’une session en heures</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="61"/>
        <source>Ask for the password again after</source>
        <translation>Redemander le mot de passe après</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="65"/>
        <source>the data folder&apos;s backups</source>
        <translation>les sauvegardes du dossier de données</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="66"/>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="105"/>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="123"/>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="67"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="73"/>
        <source>Backup folder (e.g. a USB key)</source>
        <translation>Dossier des sauvegardes (par ex. une clé USB)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="78"/>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="79"/>
        <source>Backups to keep</source>
        <translation>Sauvegardes à conserver</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="80"/>
        <source>Back up when the app closes</source>
        <translation>Sauvegarder à la fermeture de l’application</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="86"/>
        <source>Backups are encrypted: only this PC&apos;s accounts or the recovery key open them.</source>
        <translation>Les sauvegardes sont chiffrées : seuls les comptes de ce poste ou la clé de secours les ouvrent.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="96"/>
        <source>Only an administrator changes these.</source>
        <translation>Seul un administrateur modifie ces réglages.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="132"/>
        <source>This folder does not exist. Plug in the USB key and choose a folder on it.</source>
        <translation>Ce dossier n’existe pas. Branchez la clé USB et choisissez un dossier sur celle-ci.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="135"/>
        <source>No space left in this folder. Choose another one or free space.</source>
        <translation>Plus d’espace libre dans ce dossier. Choisissez-en un autre ou libérez de l’espace.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="137"/>
        <source>This folder cannot be written to (read-only, or permission denied). Choose another one, or ask IT for the permission.</source>
        <translation>Impossible d’écrire dans ce dossier (lecture seule, ou autorisation refusée). Choisissez-en un autre, ou demandez l’autorisation au service informatique.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="81"/>
        <source>Counsellor — first start</source>
        <translation>Counsellor — premier démarrage</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="87"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="90"/>
        <source>This computer has no Counsellor data yet. In three short steps you will describe your agency, create the first administrator account and write down a recovery key.

Everything is stored encrypted on this computer; it works without a connection.</source>
        <translation>Cet ordinateur ne contient pas encore de données Counsellor. En trois courtes étapes, vous allez décrire votre agence, créer le premier compte administrateur et noter une clé de récupération.

Tout est enregistré de façon chiffrée sur cet ordinateur ; l’application fonctionne sans connexion.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="107"/>
        <source>Your agency</source>
        <translation>Votre agence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="109"/>
        <source>The agency name and code appear on files and documents.</source>
        <translation>Le nom et le code de l’agence figurent sur les dossiers et les documents.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="135"/>
        <source>&amp;Institution</source>
        <translation>&amp;Institution</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="136"/>
        <source>Agency &amp;name</source>
        <translation>&amp;Nom de l’agence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="138"/>
        <source>Agency &amp;code (2 to 6 letters)</source>
        <translation>&amp;Code de l’agence (2 à 6 lettres)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="140"/>
        <source>&amp;City and region</source>
        <translation>&amp;Ville et région</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="145"/>
        <source>First administrator</source>
        <translation>Premier administrateur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="148"/>
        <source>The administrator creates the counsellors&apos; accounts. Choose a password of at least 10 characters.</source>
        <translation>L’administrateur crée les comptes des conseillers. Choisissez un mot de passe d’au moins 10 caractères.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="163"/>
        <source>Full &amp;name</source>
        <translation>&amp;Nom complet</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="164"/>
        <source>&amp;User name</source>
        <translation>Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="165"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="167"/>
        <source>Password &amp;again</source>
        <translation>Mot de passe (&amp;confirmation)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="172"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="176"/>
        <source>Write this key on paper and keep it in a locked place. It is shown only once. If every password is forgotten, it is the only way to open the data again.</source>
        <translation>Notez cette clé sur papier et gardez-la dans un endroit fermé à clé. Elle n’est affichée qu’une seule fois. Si tous les mots de passe sont oubliés, c’est le seul moyen de rouvrir les données.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="193"/>
        <source>Copy the key</source>
        <translation>Copier la clé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="197"/>
        <source>I have written the recovery key down</source>
        <translation>J’ai noté la clé de récupération</translation>
    </message>
</context>
<context>
    <name>StartAnewDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="173"/>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="216"/>
        <source>Start anew</source>
        <translation>Repartir de zéro</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="177"/>
        <source>Only an administrator who holds the recovery key may start anew. The key file and what is left of the old data are kept aside in the backups folder, under today&apos;s date; then the first-start steps create a new, empty register.</source>
        <translation>Seul un administrateur qui détient la clé de récupération peut repartir de zéro. Le fichier des clés et ce qui reste des anciennes données sont mis de côté dans le dossier des sauvegardes, sous la date du jour ; puis les étapes du premier démarrage créent un nouveau registre, vide.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="189"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="209"/>
        <source>This recovery key is not the one of this computer&apos;s key file.</source>
        <translation>Cette clé de récupération n’est pas celle du fichier de clés de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="217"/>
        <source>Keep the old files aside and create a new, empty register?</source>
        <translation>Mettre les anciens fichiers de côté et créer un nouveau registre, vide ?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="40"/>
        <source>The last session did not end normally (a crash or a power cut), and saves were lost: the backup of %1 holds %2 more actions of the audit trail than this database. Restore that backup to get them back (what is here now is kept aside), then redo what was done since; or check the files you worked on last.</source>
        <translation>La dernière session ne s’est pas terminée normalement (plantage ou coupure de courant), et des enregistrements ont été perdus : la sauvegarde du %1 contient %2 actions du journal d’audit de plus que cette base de données. Restaurez cette sauvegarde pour les retrouver (ce qui est ici maintenant est mis de côté), puis refaites ce qui a été fait depuis ; ou vérifiez les dossiers sur lesquels vous avez travaillé en dernier.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="48"/>
        <source>The last session did not end normally (a crash or a power cut), and saves were lost: this database no longer matches the backup of %1. Restore that backup to get them back (what is here now is kept aside), then redo what was done since; or check the files you worked on last.</source>
        <translation>La dernière session ne s’est pas terminée normalement (plantage ou coupure de courant), et des enregistrements ont été perdus : cette base de données ne correspond plus à la sauvegarde du %1. Restaurez cette sauvegarde pour les retrouver (ce qui est ici maintenant est mis de côté), puis refaites ce qui a été fait depuis ; ou vérifiez les dossiers sur lesquels vous avez travaillé en dernier.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="63"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="64"/>
        <source>the folder is read-only</source>
        <translation>le dossier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="65"/>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="66"/>
        <source>input/output error</source>
        <translation>erreur d’entrée/sortie</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="67"/>
        <source>the folder cannot be used</source>
        <translation>le dossier est inutilisable</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="71"/>
        <source>The log cannot be written in the data folder (%1), nor anywhere else: the app works today without a log. Tell IT.</source>
        <translation>Le journal ne peut pas être écrit dans le dossier de données (%1), ni ailleurs : l’application fonctionne aujourd’hui sans journal. Prévenez le service informatique.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="77"/>
        <source>The log cannot be written in the data folder (%1): it is kept in %2 meanwhile. Tell IT.</source>
        <translation>Le journal ne peut pas être écrit dans le dossier de données (%1) : il est tenu dans %2 en attendant. Prévenez le service informatique.</translation>
    </message>
</context>
<context>
    <name>SubjectExport</name>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="25"/>
        <source>Personal file — access request</source>
        <translation>Dossier personnel — demande d’accès</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="26"/>
        <source>Everything recorded about {name} (file {file}) on this computer, on {day}. Ask your counsellor to correct anything that is wrong.</source>
        <translation>Tout ce qui est enregistré sur {name} (dossier {file}) sur ce poste, au {day}. Demandez à votre conseillère de corriger ce qui serait inexact.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="31"/>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="32"/>
        <source>Page {page}</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="33"/>
        <source>Identity and profile</source>
        <translation>Identité et profil</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="34"/>
        <source>Identity documents</source>
        <translation>Documents d’identité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="37"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="38"/>
        <source>History of changes (when, before and after)</source>
        <translation>Historique des modifications (quand, avant et après)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="41"/>
        <source>Pathway</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="42"/>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="43"/>
        <source>Training cohorts</source>
        <translation>Cohortes de formation</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="44"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="45"/>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="46"/>
        <source>Auto-entrepreneur registration</source>
        <translation>Inscription auto-entrepreneur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="49"/>
        <source>Business plan</source>
        <translation>Plan d’affaires</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="50"/>
        <source>Microgrant</source>
        <translation>Microsubvention</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="51"/>
        <source>Grant tranches</source>
        <translation>Tranches de la subvention</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="52"/>
        <source>Follow-up visits</source>
        <translation>Visites de suivi</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="53"/>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="54"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="55"/>
        <source>Attached documents (names; the files are given separately)</source>
        <translation>Pièces jointes (noms ; les fichiers sont remis à part)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="58"/>
        <source>Documents printed</source>
        <translation>Documents imprimés</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="64"/>
        <source>File number</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="65"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="66"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="67"/>
        <source>Last name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="68"/>
        <source>First name in Arabic</source>
        <translation>Prénom en arabe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="69"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="70"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="71"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="72"/>
        <source>Legal status</source>
        <translation>Statut juridique</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="73"/>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="74"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="75"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="76"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="77"/>
        <source>Education</source>
        <translation>Niveau d’études</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="78"/>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="79"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="80"/>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="81"/>
        <source>Referred by</source>
        <translation>Orienté(e) par</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="82"/>
        <source>Referral details</source>
        <translation>Précisions sur l’orientation</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="83"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="84"/>
        <source>Track</source>
        <translation>Filière</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="85"/>
        <source>Recorded on</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="86"/>
        <source>Last changed on</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="87"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="88"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="89"/>
        <source>Issued on</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="90"/>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="91"/>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="92"/>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="93"/>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="94"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="95"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="96"/>
        <source>Started on</source>
        <translation>Commencé le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="97"/>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="98"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="99"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="100"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="101"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="102"/>
        <source>Part of the file</source>
        <translation>Partie du dossier</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="142"/>
        <location filename="../../counsellor_app/ui/subject_export.py" line="178"/>
        <source>Export the whole file</source>
        <translation>Exporter le dossier complet</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="144"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="179"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="197"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="226"/>
        <source>Enrol this PC</source>
        <translation>Inscrire ce poste</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="238"/>
        <source>&amp;Enrol and synchronise</source>
        <translation>&amp;Inscrire et synchroniser</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="242"/>
        <source>&amp;Server address</source>
        <translation>Adresse du &amp;serveur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="243"/>
        <source>One-time &amp;code</source>
        <translation>&amp;Code à usage unique</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="251"/>
        <source>The code comes from the server&apos;s administrator; it works once and for one day.</source>
        <translation>Le code est fourni par l&apos;administrateur du serveur ; il ne sert qu&apos;une fois et pendant un jour.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="267"/>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="270"/>
        <source>&amp;Write a bundle for a USB key…</source>
        <translation>É&amp;crire un lot pour clé USB…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="274"/>
        <source>Without a connection: the changes waiting here go into a file that a connected PC takes to the server (the file is encrypted; the courier cannot read it).</source>
        <translation>Sans connexion : les modifications en attente vont dans un fichier qu&apos;un poste connecté porte au serveur (le fichier est chiffré ; le porteur ne peut pas le lire).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="279"/>
        <source>Read the server&apos;s &amp;answer…</source>
        <translation>Lire la &amp;réponse du serveur…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="289"/>
        <source>Changes the server did not take as they were</source>
        <translation>Modifications que le serveur n&apos;a pas prises telles quelles</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="293"/>
        <source>Changed on</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="293"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="293"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="293"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="298"/>
        <source>Changes not taken as sent</source>
        <translation>Modifications non prises telles quelles</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="301"/>
        <source>Every change sent so far was taken by the server as it was.</source>
        <translation>Toutes les modifications envoyées jusqu&apos;ici ont été prises telles quelles par le serveur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="307"/>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="328"/>
        <source>Conflicts to resolve</source>
        <translation>Conflits à trancher</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="311"/>
        <source>The same field was changed on two PCs. The later change is shown meanwhile; choose which value is right.</source>
        <translation>Le même champ a été modifié sur deux postes. La modification la plus récente est affichée en attendant ; choisissez la bonne valeur.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="322"/>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="488"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="322"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="322"/>
        <source>Value shown</source>
        <translation>Valeur affichée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="322"/>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="331"/>
        <source>&amp;Keep the value shown</source>
        <translation>&amp;Garder la valeur affichée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="334"/>
        <source>&amp;Take the other value</source>
        <translation>&amp;Prendre l&apos;autre valeur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="370"/>
        <source>The server revoked this PC</source>
        <translation>Le serveur a révoqué ce poste</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="375"/>
        <source>The server&apos;s administrator took this PC out of service (lost, replaced or withdrawn): nothing more is sent or received.
1. Write the changes still waiting here to a USB key and give the file to the server&apos;s administrator, who can still take them in.
2. Then remove the agency&apos;s data from this PC: the register, its attachments and its local backups are deleted, and the PC starts again as a new one.</source>
        <translation>L&apos;administrateur du serveur a mis ce poste hors service (perdu, remplacé ou retiré) : plus rien n&apos;est envoyé ni reçu.
1. Écrivez les modifications encore en attente ici sur une clé USB et remettez le fichier à l&apos;administrateur du serveur, qui peut encore les prendre en compte.
2. Supprimez ensuite les données de l&apos;agence de ce poste : le registre, ses pièces jointes et ses sauvegardes locales sont effacés, et le poste redémarre comme un poste neuf.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="388"/>
        <source>&amp;Write the waiting changes to a USB key…</source>
        <translation>É&amp;crire les modifications en attente sur une clé USB…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="391"/>
        <source>&amp;Remove the agency&apos;s data from this PC…</source>
        <translation>&amp;Supprimer les données de l&apos;agence de ce poste…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="395"/>
        <source>Only an administrator of the PC can do this.</source>
        <translation>Seul un administrateur du poste peut le faire.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="411"/>
        <source>Remove the agency&apos;s data from this PC</source>
        <translation>Supprimer les données de l&apos;agence de ce poste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/sync_panel.py" line="413"/>
        <source>This cannot be undone. %n change(s) the server has not acknowledged are lost unless they were written to a USB key first.

Type the agency&apos;s code (%1) to remove its data:</source>
        <translation>
            <numerusform>C&apos;est définitif. %n modification que le serveur n&apos;a pas confirmée est perdue si elle n&apos;a pas été écrite sur une clé USB auparavant.

Tapez le code de l&apos;agence (%1) pour supprimer ses données :</numerusform>
            <numerusform>C&apos;est définitif. %n modifications que le serveur n&apos;a pas confirmées sont perdues si elles n&apos;ont pas été écrites sur une clé USB auparavant.

Tapez le code de l&apos;agence (%1) pour supprimer ses données :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="435"/>
        <source>Write a bundle for a USB key</source>
        <translation>Écrire un lot pour clé USB</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="437"/>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="469"/>
        <source>Counsellor bundles (*.zip)</source>
        <translation>Lots Counsellor (*.zip)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/sync_panel.py" line="455"/>
        <source>%n change(s) written. Take the file to a connected PC, which sends it with &apos;counsellor-app courier&apos;, then bring the answer back here.</source>
        <translation>
            <numerusform>%n modification écrite. Portez le fichier à un poste connecté, qui l&apos;envoie avec « counsellor-app courier », puis rapportez la réponse ici.</numerusform>
            <numerusform>%n modifications écrites. Portez le fichier à un poste connecté, qui l&apos;envoie avec « counsellor-app courier », puis rapportez la réponse ici.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="467"/>
        <source>Read the server&apos;s answer</source>
        <translation>Lire la réponse du serveur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="624"/>
        <source>Version %1 of the app is available: ask the IT person to install it.</source>
        <translation>La version %1 de l&apos;application est disponible : demandez à l&apos;informaticien de l&apos;installer.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="628"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/sync_panel.py" line="698"/>
        <source>%n record(s) received from the server could not be stored on this PC and were set aside: %1. The synchronisation goes on without them; the server has been told, so that its administrator can correct them.</source>
        <translation>
            <numerusform>%n fiche reçue du serveur n&apos;a pas pu être conservée sur ce poste et a été mise de côté : %1. La synchronisation se poursuit sans elle ; le serveur en a été informé afin que son administrateur puisse la corriger.</numerusform>
            <numerusform>%n fiches reçues du serveur n&apos;ont pas pu être conservées sur ce poste et ont été mises de côté : %1. La synchronisation se poursuit sans elles ; le serveur en a été informé afin que son administrateur puisse les corriger.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="76"/>
        <source>The file could not be read or written: %1</source>
        <translation>Le fichier n&apos;a pas pu être lu ou écrit : %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="482"/>
        <source>Waiting for this agency</source>
        <translation>En attente pour cette agence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="488"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="488"/>
        <source>Asked by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="488"/>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="494"/>
        <source>Requests waiting for this agency</source>
        <translation>Demandes en attente pour cette agence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="498"/>
        <source>&amp;Accept the transfer</source>
        <translation>&amp;Accepter le transfert</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="501"/>
        <source>A&amp;pprove the erasure</source>
        <translation>A&amp;pprouver l&apos;effacement</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="530"/>
        <source>Transfer of the file to this agency</source>
        <translation>Transfert du dossier vers cette agence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="537"/>
        <source>Erasure everywhere — %1</source>
        <translation>Effacement partout — %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="574"/>
        <source>Approve the erasure</source>
        <translation>Approuver l&apos;effacement</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="576"/>
        <source>Erase %1 from the server and from every PC, with their history and attachments? It cannot be undone.</source>
        <translation>Effacer %1 du serveur et de tous les postes, avec son historique et ses pièces jointes ? C&apos;est irréversible.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="648"/>
        <source>This PC is not enrolled with a central server: its work stays here.</source>
        <translation>Ce poste n&apos;est pas inscrit auprès d&apos;un serveur central : son travail reste ici.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="649"/>
        <source>An administrator of the PC can enrol it.</source>
        <translation>Un administrateur du poste peut l&apos;inscrire.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="657"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/sync_panel.py" line="661"/>
        <source>Server: %1
Last successful synchronisation: %2
%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>Serveur : %1
Dernière synchronisation réussie : %2
%n modification en attente d&apos;envoi.</numerusform>
            <numerusform>Serveur : %1
Dernière synchronisation réussie : %2
%n modifications en attente d&apos;envoi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="66"/>
        <source>The server answered with an error (%1). Your work is kept on this PC; try again later, and tell the administrator if it lasts.</source>
        <translation>Le serveur a répondu par une erreur (%1). Votre travail est conservé sur ce poste ; réessayez plus tard et prévenez l&apos;administrateur si cela dure.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="79"/>
        <source>The synchronisation failed: %1</source>
        <translation>La synchronisation a échoué : %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="157"/>
        <source>Synchronising…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="169"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/sync_panel.py" line="171"/>
        <source>Synchronised: %1 · %n change(s) waiting</source>
        <translation>
            <numerusform>Synchronisé : %1 · %n modification en attente</numerusform>
            <numerusform>Synchronisé : %1 · %n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/sync_panel.py" line="175"/>
        <source>%n not taken as sent</source>
        <translation>
            <numerusform>%n non prise telle quelle</numerusform>
            <numerusform>%n non prises telles quelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/sync_panel.py" line="177"/>
        <source>%n received set aside</source>
        <translation>
            <numerusform>%n fiche reçue mise de côté</numerusform>
            <numerusform>%n fiches reçues mises de côté</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="41"/>
        <source>Programme and targets</source>
        <translation>Programme et objectifs</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="53"/>
        <source>e.g. EU — Work4Life 2026</source>
        <translation>p. ex. UE — Work4Life 2026</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="57"/>
        <source>e.g. European Union</source>
        <translation>p. ex. Union européenne</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="63"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="64"/>
        <source>&amp;Donor</source>
        <translation>&amp;Bailleur de fonds</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="65"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="66"/>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="77"/>
        <source>Targets in people (0: no target for that indicator).</source>
        <translation>Objectifs en nombre de personnes (0 : pas d&apos;objectif pour cet indicateur).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="100"/>
        <source>&amp;Targets</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="103"/>
        <source>&amp;People counted</source>
        <translation>&amp;Personnes comptées</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="111"/>
        <source>&amp;Delete the programme</source>
        <translation>&amp;Supprimer le programme</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="126"/>
        <source>Only the people who match every group below are counted for this programme. Nothing ticked in a group: everyone.</source>
        <translation>Seules les personnes qui correspondent à chacun des groupes ci-dessous sont comptées pour ce programme. Rien de coché dans un groupe : tout le monde.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="143"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="144"/>
        <source>Legal status</source>
        <translation>Statut juridique</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="146"/>
        <source>Track</source>
        <translation>Filière</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="147"/>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="170"/>
        <source>Give the first and the last day.</source>
        <translation>Indiquez le premier et le dernier jour.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="173"/>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="195"/>
        <source>Delete the programme</source>
        <translation>Supprimer le programme</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="196"/>
        <source>Delete %1 and its targets? The counts are not affected.</source>
        <translation>Supprimer %1 et ses objectifs ? Les comptages ne changent pas.</translation>
    </message>
</context>
<context>
    <name>TodoView</name>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="36"/>
        <source>Past appointments to record</source>
        <translation>Rendez-vous passés à renseigner</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="37"/>
        <source>Missed appointments to book again</source>
        <translation>Rendez-vous manqués à reprogrammer</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="38"/>
        <source>Follow-up visits due</source>
        <translation>Visites de suivi à faire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="39"/>
        <source>Internships ending or ended</source>
        <translation>Stages qui se terminent ou terminés</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="40"/>
        <source>Grant applications awaiting the committee</source>
        <translation>Demandes de subvention en attente du comité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="41"/>
        <source>Referrals without an answer</source>
        <translation>Orientations sans réponse</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="42"/>
        <source>Consent not recorded</source>
        <translation>Consentement non enregistré</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="43"/>
        <source>Residence documents expiring</source>
        <translation>Titres de séjour qui expirent</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="44"/>
        <source>Also registered by another agency</source>
        <translation>Aussi inscrits par une autre agence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="54"/>
        <source>%1 on %2: attended, missed or excused?</source>
        <translation>%1 le %2 : venu, absent ou excusé ?</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="56"/>
        <source>%1 missed on %2: book a new date</source>
        <translation>%1 manqué le %2 : fixer une nouvelle date</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="61"/>
        <source>Visit due on %1 (%2 days late)</source>
        <translation>Visite prévue le %1 (%2 jours de retard)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="67"/>
        <source>Ended on %1: hired or not?</source>
        <translation>Terminé le %1 : embauché·e ou non ?</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="69"/>
        <source>Ends on %1</source>
        <translation>Se termine le %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="73"/>
        <source>%1 requested</source>
        <translation>%1 demandés</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="77"/>
        <source>committee on %1</source>
        <translation>comité le %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="81"/>
        <source>no committee session booked</source>
        <translation>aucune séance de comité fixée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="85"/>
        <source>Slip %1: answer expected by %2</source>
        <translation>Coupon %1 : réponse attendue pour le %2</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="92"/>
        <source>%1 expired on %2</source>
        <translation>%1 expiré·e le %2</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="94"/>
        <source>%1 expires on %2</source>
        <translation>%1 expire le %2</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="99"/>
        <source>Same person as file %1 of %2</source>
        <translation>Même personne que le dossier %1 de %2</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="103"/>
        <source>Ask for consent and record it in the profile</source>
        <translation>Demander le consentement et l’enregistrer dans le profil</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="131"/>
        <source>Counsellor</source>
        <translation>Conseiller·ère</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="136"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="149"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="152"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="152"/>
        <source>File number</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="152"/>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="159"/>
        <source>Double-click a line (or press Enter) to open the person&apos;s file.</source>
        <translation>Double-cliquez sur une ligne (ou appuyez sur Entrée) pour ouvrir le dossier de la personne.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="183"/>
        <location filename="../../counsellor_app/ui/todo_view.py" line="258"/>
        <source>The to-do list could not be read: %1</source>
        <translation>La liste des tâches n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="229"/>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="234"/>
        <source>Counting…</source>
        <translation>Décompte en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/todo_view.py" line="236"/>
        <source>%n thing(s) to do</source>
        <translation>
            <numerusform>%n chose à faire</numerusform>
            <numerusform>%n choses à faire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateInstall</name>
    <message>
        <location filename="../../counsellor_app/ui/update_install.py" line="30"/>
        <source>The downloaded update was refused: it is not signed by a key this version trusts. It was deleted and nothing was installed; this version goes on working. Tell the IT person.</source>
        <translation>La mise à jour téléchargée a été refusée : elle n’est pas signée par une clé que cette version reconnaît. Elle a été supprimée et rien n’a été installé ; cette version continue de fonctionner. Prévenez le responsable informatique.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_install.py" line="36"/>
        <source>The downloaded version %1 changed on the disk since it was checked (damaged, or replaced): it was deleted and not installed. This version goes on working; accept the update again in the synchronisation window.</source>
        <translation>La version %1 téléchargée a changé sur le disque depuis sa vérification (endommagée ou remplacée) : elle a été supprimée et n’a pas été installée. Cette version continue de fonctionner ; acceptez de nouveau la mise à jour dans la fenêtre de synchronisation.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_install.py" line="42"/>
        <source>Version %1 was not installed: the backup copy made before an update failed. This version goes on working; the update is installed at a later close, once a backup succeeds.</source>
        <translation>La version %1 n’a pas été installée : la sauvegarde faite avant une mise à jour a échoué. Cette version continue de fonctionner ; la mise à jour sera installée à une prochaine fermeture, dès qu’une sauvegarde aura réussi.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_install.py" line="66"/>
        <source>The update was not installed</source>
        <translation>La mise à jour n’a pas été installée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_install.py" line="81"/>
        <source>Installing the update</source>
        <translation>Installation de la mise à jour</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_install.py" line="82"/>
        <source>Version %1, accepted earlier, is installed now: the backup copy is made, the app closes and the new version replaces it. Start the app again in a minute.</source>
        <translation>La version %1, acceptée plus tôt, est installée maintenant : la sauvegarde est faite, l’application se ferme et la nouvelle version la remplace. Relancez l’application dans une minute.</translation>
    </message>
</context>
<context>
    <name>UpdateOffer</name>
    <message>
        <location filename="../../counsellor_app/ui/update_offer.py" line="35"/>
        <source>Download and install when the app closes</source>
        <translation>Télécharger et installer à la fermeture de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_offer.py" line="55"/>
        <source>Downloading the new version in the background…</source>
        <translation>Téléchargement de la nouvelle version en arrière-plan…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_offer.py" line="63"/>
        <source>The server offers no newer version any more.</source>
        <translation>Le serveur ne propose plus de version plus récente.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_offer.py" line="68"/>
        <source>Version %1 is downloaded and checked. It will be installed when the app closes, after the closing backup.</source>
        <translation>La version %1 est téléchargée et vérifiée. Elle sera installée à la fermeture de l&apos;application, après la sauvegarde de fermeture.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_offer.py" line="78"/>
        <source>The new version was refused: it is not signed by the app&apos;s publisher. This version goes on working; tell the IT person.</source>
        <translation>La nouvelle version a été refusée : elle n&apos;est pas signée par l&apos;éditeur de l&apos;application. Cette version continue de fonctionner ; prévenez l&apos;informaticien.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_offer.py" line="82"/>
        <source>The downloaded file is not the one signed (damaged on the way): it was deleted. This version goes on working; try again later.</source>
        <translation>Le fichier téléchargé n&apos;est pas celui qui a été signé (abîmé en route) : il a été supprimé. Cette version continue de fonctionner ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_offer.py" line="86"/>
        <source>The server&apos;s description of the new version is not valid. This version goes on working; tell the IT person.</source>
        <translation>La description de la nouvelle version envoyée par le serveur n&apos;est pas valide. Cette version continue de fonctionner ; prévenez l&apos;informaticien.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_offer.py" line="94"/>
        <source>The download stopped (no connection to the server?). Try again later: it goes on from where it stopped.</source>
        <translation>Le téléchargement s&apos;est arrêté (pas de connexion au serveur ?). Réessayez plus tard : il reprendra là où il s&apos;est arrêté.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="173"/>
        <source>User accounts</source>
        <translation>Comptes utilisateurs</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="181"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="182"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="183"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="184"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="185"/>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="190"/>
        <source>New account…</source>
        <translation>Nouveau compte…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="192"/>
        <source>Disable / enable</source>
        <translation>Désactiver / réactiver</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="194"/>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="196"/>
        <source>Change role…</source>
        <translation>Changer le rôle…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="201"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="225"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="225"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="269"/>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="270"/>
        <source>New role of %1:</source>
        <translation>Nouveau rôle de %1 :</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="22"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="23"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="26"/>
        <source>Moroccan national</source>
        <translation>Ressortissant marocain</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="27"/>
        <source>Regularised (2014 campaign)</source>
        <translation>Régularisé (campagne 2014)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="28"/>
        <source>Regularised (2016–2017 campaign)</source>
        <translation>Régularisé (campagne 2016–2017)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="29"/>
        <source>Regularisation in progress (receipt)</source>
        <translation>Régularisation en cours (récépissé)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="30"/>
        <source>Regular resident (work, study, family)</source>
        <translation>Résident régulier (travail, études, famille)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="31"/>
        <source>Refugee recognised by the BRA</source>
        <translation>Réfugié reconnu par le BRA</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="32"/>
        <source>Refugee under UNHCR mandate only</source>
        <translation>Réfugié sous mandat du HCR uniquement</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="33"/>
        <source>Asylum seeker (UNHCR attestation)</source>
        <translation>Demandeur d’asile (attestation HCR)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="34"/>
        <source>Irregular situation</source>
        <translation>En situation irrégulière</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="37"/>
        <source>National ID card (CIN)</source>
        <translation>Carte nationale d’identité (CIN)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="38"/>
        <source>Registration card (carte d&apos;immatriculation)</source>
        <translation>Carte d’immatriculation</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="41"/>
        <source>Resident card (10 years)</source>
        <translation>Carte de résident (10 ans)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="42"/>
        <source>Receipt (récépissé)</source>
        <translation>Récépissé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="43"/>
        <source>Travel document for minors</source>
        <translation>Document de circulation pour mineurs</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="44"/>
        <source>Refugee card (BRA)</source>
        <translation>Carte de réfugié (BRA)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="45"/>
        <source>UNHCR refugee card</source>
        <translation>Carte de réfugié du HCR</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="46"/>
        <source>UNHCR asylum-seeker attestation</source>
        <translation>Attestation de demandeur d’asile (HCR)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="47"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="48"/>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="51"/>
        <source>No schooling</source>
        <translation>Non scolarisé(e)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="52"/>
        <source>Literacy class</source>
        <translation>Alphabétisation</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="53"/>
        <source>Primary school</source>
        <translation>Primaire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="54"/>
        <source>Lower secondary (collège)</source>
        <translation>Collège</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="55"/>
        <source>Upper secondary (lycée)</source>
        <translation>Lycée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="56"/>
        <source>Baccalaureate</source>
        <translation>Baccalauréat</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="57"/>
        <source>Vocational training diploma</source>
        <translation>Diplôme de formation professionnelle</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="58"/>
        <source>Bachelor&apos;s degree (licence)</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="59"/>
        <source>Master&apos;s degree or above</source>
        <translation>Master ou plus</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="62"/>
        <source>Single parent</source>
        <translation>Parent isolé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="63"/>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="64"/>
        <source>Chronic illness</source>
        <translation>Maladie chronique</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="65"/>
        <source>Survivor of violence</source>
        <translation>Victime de violences</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="66"/>
        <source>Victim of trafficking</source>
        <translation>Victime de traite</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="67"/>
        <source>Unaccompanied minor</source>
        <translation>Mineur non accompagné</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="68"/>
        <source>Homeless</source>
        <translation>Sans abri</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="69"/>
        <source>Pregnant</source>
        <translation>Enceinte</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="72"/>
        <source>Came on their own</source>
        <translation>Venu(e) de sa propre initiative</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="73"/>
        <source>UNHCR</source>
        <translation>HCR</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="74"/>
        <source>IOM</source>
        <translation>OIM</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="75"/>
        <location filename="../../counsellor_app/ui/labels.py" line="95"/>
        <source>Entraide Nationale</source>
        <translation>Entraide Nationale</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="76"/>
        <location filename="../../counsellor_app/ui/labels.py" line="94"/>
        <source>ANAPEC</source>
        <translation>ANAPEC</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="77"/>
        <location filename="../../counsellor_app/ui/labels.py" line="96"/>
        <source>Partner association</source>
        <translation>Association partenaire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="78"/>
        <source>Community agent</source>
        <translation>Agent communautaire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="79"/>
        <source>Word of mouth</source>
        <translation>Bouche-à-oreille</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="87"/>
        <source>Named in lists given to donors</source>
        <translation>Nommé(e) dans les listes remises aux bailleurs</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="154"/>
        <source>Grant committee member</source>
        <translation>Membre du comité d’octroi</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="158"/>
        <source>at closing</source>
        <translation>à la fermeture</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="159"/>
        <source>daily, checked</source>
        <translation>quotidienne, vérifiée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="160"/>
        <source>made by hand</source>
        <translation>faite à la main</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="161"/>
        <source>before an update</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="164"/>
        <source>Logged in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="165"/>
        <source>Wrong password</source>
        <translation>Mot de passe erroné</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="166"/>
        <source>Account locked (wrong passwords)</source>
        <translation>Compte bloqué (mots de passe erronés)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="167"/>
        <source>Unlocked the screen</source>
        <translation>Écran déverrouillé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="168"/>
        <source>File created</source>
        <translation>Fiche créée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="169"/>
        <source>File changed</source>
        <translation>Fiche modifiée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="170"/>
        <source>Sensitive file opened</source>
        <translation>Fiche sensible ouverte</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="171"/>
        <source>Hidden information shown (reason)</source>
        <translation>Informations masquées affichées (motif)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="172"/>
        <source>Document printed</source>
        <translation>Document imprimé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="173"/>
        <source>Whole file exported</source>
        <translation>Dossier complet exporté</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="174"/>
        <source>Report exported</source>
        <translation>Rapport exporté</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="175"/>
        <source>List of people exported</source>
        <translation>Liste de personnes exportée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="176"/>
        <source>Register exported to Excel</source>
        <translation>Registre exporté vers Excel</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="177"/>
        <source>Audit trail exported</source>
        <translation>Journal d’audit exporté</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="178"/>
        <source>People imported</source>
        <translation>Personnes importées</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="179"/>
        <source>Consent changed</source>
        <translation>Consentement modifié</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="180"/>
        <source>File shared with an agency</source>
        <translation>Dossier partagé avec une agence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="181"/>
        <source>Sharing withdrawn</source>
        <translation>Partage retiré</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="182"/>
        <source>Erasure requested</source>
        <translation>Effacement demandé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="183"/>
        <source>Erasure approved</source>
        <translation>Effacement approuvé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="184"/>
        <source>File erased</source>
        <translation>Dossier effacé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="185"/>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="186"/>
        <source>Account changed</source>
        <translation>Compte modifié</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="187"/>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="188"/>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="189"/>
        <source>Settings changed</source>
        <translation>Paramètres modifiés</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="190"/>
        <source>Backup made</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="191"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="195"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="196"/>
        <source>Signed with her own key</source>
        <translation>Signé avec sa propre clé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="197"/>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="198"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="199"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="201"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="202"/>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="203"/>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="204"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="205"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="206"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="207"/>
        <source>Serials</source>
        <translation>Numéros de série</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="208"/>
        <source>Created</source>
        <translation>Créées</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="210"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="211"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="212"/>
        <source>Without names</source>
        <translation>Sans les noms</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="213"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="214"/>
        <source>Counts hidden under</source>
        <translation>Effectifs masqués en dessous de</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="215"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="216"/>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="217"/>
        <source>Backup of</source>
        <translation>Sauvegarde du</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="218"/>
        <source>With the recovery key</source>
        <translation>Avec la clé de secours</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="220"/>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="221"/>
        <source>Unknown account name</source>
        <translation>Nom de compte inconnu</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="222"/>
        <source>In the data folder</source>
        <translation>Dans le dossier de données</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="225"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="226"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="794"/>
        <source>Certificate of participation in orientation</source>
        <translation>Attestation d&apos;orientation professionnelle</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="797"/>
        <source>Soft-skills training certificate</source>
        <translation>Attestation de formation aux compétences de vie</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="798"/>
        <source>Internship certificate</source>
        <translation>Attestation de stage</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="799"/>
        <source>Internship agreement</source>
        <translation>Convention de stage</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="800"/>
        <source>Referral letter with return slip</source>
        <translation>Lettre d&apos;orientation avec coupon-réponse</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="801"/>
        <source>Appointment letter (convocation)</source>
        <translation>Convocation</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="802"/>
        <source>Business plan dossier</source>
        <translation>Dossier de plan d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="803"/>
        <source>Microgrant agreement</source>
        <translation>Convention d&apos;octroi d&apos;une subvention</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="804"/>
        <source>Disbursement receipt</source>
        <translation>Reçu de versement</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="805"/>
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="808"/>
        <source>French and Arabic</source>
        <translation>Français et arabe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="809"/>
        <source>English and Arabic</source>
        <translation>Anglais et arabe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="810"/>
        <source>French and English</source>
        <translation>Français et anglais</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1060"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1061"/>
        <source>Identity document</source>
        <translation>Pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1062"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1063"/>
        <source>Pathway stage</source>
        <translation>Étape du parcours</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1064"/>
        <source>Grant application</source>
        <translation>Demande de subvention</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1065"/>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1066"/>
        <source>Referral</source>
        <translation>Orientation vers un partenaire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1067"/>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1069"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1070"/>
        <source>User account</source>
        <translation>Compte utilisateur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="46"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="47"/>
        <source>Product or service</source>
        <translation>Produit ou service</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="48"/>
        <source>Market and competitors</source>
        <translation>Marché et concurrents</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="49"/>
        <source>Marketing</source>
        <translation>Commercialisation</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="50"/>
        <source>Operations</source>
        <translation>Fonctionnement</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="51"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="54"/>
        <source>Trade, industry or craft</source>
        <translation>Commerce, industrie ou artisanat</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="55"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="58"/>
        <source>Own contribution</source>
        <translation>Apport personnel</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="60"/>
        <source>Microcredit</source>
        <translation>Microcrédit</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="61"/>
        <location filename="../../counsellor_app/ui/labels.py" line="80"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="83"/>
        <source>Processing of the file (required)</source>
        <translation>Traitement du dossier (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="84"/>
        <source>Sharing with partner organisations</source>
        <translation>Partage avec les organismes partenaires</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="85"/>
        <source>Photograph</source>
        <translation>Photographie</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="86"/>
        <source>Anonymous statistics for donors</source>
        <translation>Statistiques anonymes pour les bailleurs</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="90"/>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="91"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="99"/>
        <source>Darija (Moroccan Arabic)</source>
        <translation>Darija (arabe marocain)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="100"/>
        <source>Tamazight</source>
        <translation>Tamazight</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="104"/>
        <source>Vocational training</source>
        <translation>Formation professionnelle</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="105"/>
        <source>Language course</source>
        <translation>Cours de langue</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="107"/>
        <source>Job-search support</source>
        <translation>Aide à la recherche d’emploi</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="108"/>
        <source>Self-employment support</source>
        <translation>Accompagnement à l’auto-emploi</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="109"/>
        <source>Psychosocial support</source>
        <translation>Soutien psychosocial</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="110"/>
        <source>Legal support</source>
        <translation>Accompagnement juridique</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="113"/>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="114"/>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="103"/>
        <location filename="../../counsellor_app/ui/labels.py" line="115"/>
        <source>Soft skills training</source>
        <translation>Formation aux compétences de vie</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="106"/>
        <location filename="../../counsellor_app/ui/labels.py" line="116"/>
        <location filename="../../counsellor_app/ui/labels.py" line="1068"/>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="117"/>
        <source>Auto-entrepreneur registration</source>
        <translation>Inscription auto-entrepreneur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="118"/>
        <source>Business plan</source>
        <translation>Plan d’affaires</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="59"/>
        <location filename="../../counsellor_app/ui/labels.py" line="119"/>
        <source>Microgrant</source>
        <translation>Microsubvention</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="120"/>
        <source>Post-creation follow-up</source>
        <translation>Suivi post-création</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="123"/>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="57"/>
        <source>Intake interview</source>
        <translation>Entretien d’accueil</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="58"/>
        <source>Orientation interview</source>
        <translation>Entretien d’orientation</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="59"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="60"/>
        <source>Grant committee</source>
        <translation>Comité de subvention</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="61"/>
        <source>Internship visit</source>
        <translation>Visite de stage</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="62"/>
        <source>Other appointment</source>
        <translation>Autre rendez-vous</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="65"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="67"/>
        <location filename="../../counsellor_app/ui/labels.py" line="124"/>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="66"/>
        <source>Attended</source>
        <translation>Venu</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="67"/>
        <source>Missed</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="69"/>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="68"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="125"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="69"/>
        <location filename="../../counsellor_app/ui/labels.py" line="126"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="127"/>
        <source>Abandoned</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="128"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="132"/>
        <source>Cancel the planning</source>
        <translation>Annuler la planification</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="133"/>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="134"/>
        <source>Start / resume</source>
        <translation>Commencer / reprendre</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="135"/>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="136"/>
        <source>Abandon…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="137"/>
        <source>Skip…</source>
        <translation>Passer…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="140"/>
        <source>Wage employment</source>
        <translation>Emploi salarié</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="141"/>
        <source>Self-employment</source>
        <translation>Auto-emploi</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="144"/>
        <source>Salaried job</source>
        <translation>Emploi salarié</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="145"/>
        <source>Enrolled in a training</source>
        <translation>Inscrit(e) en formation</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="146"/>
        <source>Business created</source>
        <translation>Activité créée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="813"/>
        <source>People accompanied (intake)</source>
        <translation>Personnes accompagnées (accueil)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="814"/>
        <source>Oriented</source>
        <translation>Orientées</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="815"/>
        <source>Trained in soft skills</source>
        <translation>Formées aux compétences de vie</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="816"/>
        <source>Internships started</source>
        <translation>Stages commencés</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="817"/>
        <source>Internships completed</source>
        <translation>Stages terminés</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="818"/>
        <source>Hired</source>
        <translation>Embauchées</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="819"/>
        <source>Registered auto-entrepreneurs</source>
        <translation>Auto-entrepreneurs immatriculés</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="820"/>
        <source>Business plans completed</source>
        <translation>Plans d&apos;affaires achevés</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="821"/>
        <source>Microgrants awarded</source>
        <translation>Microsubventions accordées</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="822"/>
        <source>Microgrants paid</source>
        <translation>Microsubventions versées</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="823"/>
        <source>Businesses created</source>
        <translation>Entreprises créées</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="824"/>
        <source>Businesses active at 6 months</source>
        <translation>Entreprises actives à 6 mois</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="825"/>
        <source>Businesses active at 12 months</source>
        <translation>Entreprises actives à 12 mois</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="826"/>
        <source>Referred to a partner</source>
        <translation>Orientées vers un partenaire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="147"/>
        <location filename="../../counsellor_app/ui/labels.py" line="827"/>
        <source>Dropped out</source>
        <translation>Abandon du parcours</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="59"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="60"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="61"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="62"/>
        <source>Legal status</source>
        <translation>Statut juridique</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="63"/>
        <location filename="../../counsellor_app/ui/labels.py" line="219"/>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="64"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="65"/>
        <source>Track</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="148"/>
        <source>Referred elsewhere</source>
        <translation>Orienté(e) ailleurs</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="151"/>
        <source>Counsellor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="152"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="153"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="56"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="57"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="68"/>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="58"/>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="59"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="65"/>
        <source>Being prepared</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="66"/>
        <source>Signed by the three parties</source>
        <translation>Signée par les trois parties</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="67"/>
        <source>Under way</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="72"/>
        <source>Contrat d&apos;insertion (ANAPEC)</source>
        <translation>Contrat d&apos;insertion (ANAPEC)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="73"/>
        <source>Training placement (formation-insertion), unpaid or with an allowance</source>
        <translation>Stage de formation-insertion, non rémunéré ou avec indemnité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="76"/>
        <source>Association placement, unpaid or with an allowance</source>
        <translation>Stage en association, non rémunéré ou avec indemnité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="79"/>
        <source>Apprenticeship</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="82"/>
        <source>The intern</source>
        <translation>Le ou la stagiaire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="83"/>
        <source>The host</source>
        <translation>La structure d’accueil</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="84"/>
        <source>The agency</source>
        <translation>L&apos;agence</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="87"/>
        <source>Punctuality and attendance</source>
        <translation>Ponctualité et assiduité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="88"/>
        <source>Teamwork</source>
        <translation>Travail en équipe</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="89"/>
        <source>Technical skills</source>
        <translation>Compétences techniques</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="90"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="91"/>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="94"/>
        <source>Permanent contract (CDI)</source>
        <translation>Contrat à durée indéterminée (CDI)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="95"/>
        <source>Fixed-term contract (CDD)</source>
        <translation>Contrat à durée déterminée (CDD)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="96"/>
        <source>Tahfiz contract</source>
        <translation>Contrat Tahfiz</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="99"/>
        <source>No post open at the host</source>
        <translation>Pas de poste ouvert dans la structure d’accueil</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="100"/>
        <source>The intern declined</source>
        <translation>Le ou la stagiaire a refusé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="101"/>
        <source>The internship ended early</source>
        <translation>Le stage a été rompu avant terme</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="102"/>
        <source>Went on to further training</source>
        <translation>Poursuite de formation</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="103"/>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="68"/>
        <source>Ended early</source>
        <translation>Rompue avant terme</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="45"/>
        <source>Barid Al-Maghrib (post office)</source>
        <translation>Barid Al-Maghrib (poste)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="46"/>
        <source>Partner bank</source>
        <translation>Banque partenaire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="47"/>
        <source>Online (rn.ae.gov.ma)</source>
        <translation>En ligne (rn.ae.gov.ma)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="41"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="42"/>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="43"/>
        <source>Deferred</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="46"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="47"/>
        <source>In kind (purchases)</source>
        <translation>En nature (achats)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="50"/>
        <location filename="../../counsellor_app/ui/labels.py" line="200"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="51"/>
        <source>Struggling</source>
        <translation>En difficulté</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="52"/>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="54"/>
        <source>ANAPEC agency</source>
        <translation>Agence ANAPEC</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="55"/>
        <source>OFPPT training centre</source>
        <translation>Centre de formation OFPPT</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="56"/>
        <source>Entraide Nationale centre</source>
        <translation>Centre de l’Entraide Nationale</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="57"/>
        <source>Health centre</source>
        <translation>Centre de santé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="58"/>
        <source>Microfinance association</source>
        <translation>Association de microcrédit</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="59"/>
        <source>Association (NGO)</source>
        <translation>Association (ONG)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="60"/>
        <source>Other partner</source>
        <translation>Autre partenaire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="63"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="64"/>
        <source>Received by the partner</source>
        <translation>Reçue par le partenaire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="65"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="209"/>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="66"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="67"/>
        <source>Service done</source>
        <translation>Service rendu</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="71"/>
        <source>No places left</source>
        <translation>Plus de places</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="72"/>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="73"/>
        <source>Documents missing</source>
        <translation>Documents manquants</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="74"/>
        <source>Did not come</source>
        <translation>Ne s’est pas présenté·e</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="75"/>
        <source>Outside the partner&apos;s area</source>
        <translation>Hors de la zone du partenaire</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="76"/>
        <source>Service not offered</source>
        <translation>Service non proposé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="77"/>
        <source>Other reason (explain)</source>
        <translation>Autre motif (préciser)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="68"/>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="69"/>
        <source>Minutes signed</source>
        <translation>Procès-verbal signé</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="72"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="73"/>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="74"/>
        <source>Abstains</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="77"/>
        <source>Viability</source>
        <translation>Viabilité</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="78"/>
        <source>The person&apos;s commitment</source>
        <translation>Engagement de la personne</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="79"/>
        <source>Local market</source>
        <translation>Marché local</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="80"/>
        <source>Amount against the plan</source>
        <translation>Montant au regard du plan</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="81"/>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="82"/>
        <source>Social impact</source>
        <translation>Impact social</translation>
    </message>
</context>
</TS>
