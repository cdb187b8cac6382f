"""The user guide: an illustrated HTML guide in French, Arabic and English, one section per
screen of the app, each with its own real screenshot (scripts/screenshots.py on a demo agency,
Arabic ones right to left), shipped in ``resources/guide/`` and opened by *Help ▸ User guide*
(F1 opens the section of the screen in use: counsellor_app/ui/guide_sections.py).

    python scripts/user_guide.py            # (re)make resources/guide/, says its size and time

The page opens with a table of contents grouped by the counsellor's day (``GROUPS``); a section
whose name the grouping does not know goes into the last group, so sections added at the end of
``SECTIONS`` always appear.
"""

from __future__ import annotations

import html
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "resources" / "guide"
LANGUAGES = ("fr", "ar", "en")
# Pictures are shrunk to this width and stored with a 256-colour palette: the text of a 1366-px
# screen stays readable, and the three languages' pictures weigh about 5 MB in all.
WIDTH = 1000
COLOURS = 256

# (picture, title, text) per section and language; the picture is "<name>-<language>.png".
SECTIONS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("login", "Se connecter",
         "Chaque conseillère et chaque conseiller a son propre compte : ne le prêtez jamais, tout ce "
         "qui est fait est inscrit à votre nom dans le journal d’audit.\n"
         "• Saisissez votre nom d’utilisateur et votre mot de passe, puis « Se connecter ».\n"
         "• Après 10 minutes sans activité l’écran se verrouille (Ctrl+L le verrouille aussitôt quand "
         "vous quittez votre bureau) ; votre mot de passe le déverrouille et rien de ce qui était "
         "tapé n’est perdu.\n"
         "• Personnes ▸ Changer d’utilisateur laisse la place à une collègue sur le même poste.\n"
         "Erreurs fréquentes : « Nom d’utilisateur ou mot de passe erroné, ou compte désactivé » — "
         "vérifiez la touche Verr. Maj et la langue du clavier (arabe ou français). Après trop "
         "d’essais le compte est bloqué un moment : un administrateur réinitialise le mot de passe, "
         "ou « Mot de passe oublié… » le change avec la clé de secours notée à l’installation."),
        ("setup", "Première mise en route",
         "Au premier démarrage sur un poste neuf, un assistant prépare l’agence en trois étapes.\n"
         "• Votre agence : institution, nom, code de 2 à 6 lettres (ex. RABAG) et ville ; ils "
         "figurent sur les dossiers et les documents imprimés.\n"
         "• Premier administrateur : son nom, son nom d’utilisateur et un mot de passe d’au moins "
         "10 caractères ; il crée ensuite les comptes des conseillères.\n"
         "• Clé de secours : recopiez-la sur papier et rangez-la sous clé. Elle n’est montrée qu’une "
         "fois ; si tous les mots de passe sont oubliés, elle seule rouvre les données.\n"
         "Le bouton « Suivant » reste grisé tant que l’étape est incomplète ; un champ refusé dit "
         "pourquoi (mot de passe trop court ou trop facile, code d’agence mal formé). Ne cochez "
         "« J’ai noté la clé de récupération » qu’après l’avoir réellement écrite."),
        ("register", "Le registre",
         "Le registre est la liste des personnes accompagnées par l’agence ; c’est l’onglet ouvert "
         "à la connexion.\n"
         "• Tapez un nom (en lettres latines ou arabes, même approximatif), un téléphone, un numéro "
         "de document ou de dossier : la liste se met à jour pendant la frappe.\n"
         "• Les filtres (statut juridique, nationalité, sexe, conseillère) resserrent la liste.\n"
         "• Double-clic ou Entrée ouvre la fiche dans un onglet ; « Nouvel accueil » (Ctrl+N) "
         "commence une fiche.\n"
         "• Personnes ▸ Importer des personnes depuis une liste… reprend la liste d’un partenaire "
         "(CSV ou Excel) : vous indiquez ce que contient chaque colonne, les lignes refusées sont "
         "montrées avec leur motif, puis les bonnes lignes sont importées en une fois.\n"
         "Personne ne correspond ? Vérifiez l’orthographe, essayez une partie du nom ou le "
         "téléphone avant de créer une fiche : un doublon se corrige plus mal qu’il ne s’évite."),
        ("intake-errors", "Accueillir une personne",
         "Le formulaire d’accueil crée la fiche d’une personne reçue pour la première fois.\n"
         "• Remplissez l’identité (nom en lettres latines, et en arabe s’il y a lieu), la date de "
         "naissance, la nationalité, le statut juridique, les coordonnées et les documents "
         "d’identité avec leur date d’expiration.\n"
         "• Recueillez le consentement : sans lui la fiche est enregistrée « consentement en "
         "attente » et rien ne peut être imprimé ni partagé pour la personne.\n"
         "• « Enregistrer » (Ctrl+S). Si une personne semblable existe déjà (même document, même "
         "téléphone, ou nom proche et même date de naissance), la fenêtre « Doublon possible » "
         "s’ouvre : ouvrez le dossier existant, ou confirmez « C’est une autre personne : "
         "enregistrer ».\n"
         "Un champ mal rempli devient rouge avec sa raison (date dans le futur, âge hors limites, "
         "CIN mal formée, téléphone invalide…) : corrigez-le, rien de ce qui a été tapé n’est perdu "
         "et un brouillon est gardé même en cas de panne. Les autres onglets de la fiche restent "
         "grisés jusqu’au premier enregistrement. Si la fiche a été modifiée ailleurs entre-temps, "
         "l’application montre les deux versions et vous laisse choisir."),
        ("attachments", "Pièces jointes",
         "L’onglet « Pièces jointes » garde les scans et les photos des documents de la personne "
         "(carte, CV, diplômes, convention de stage…).\n"
         "• « Joindre un fichier… » ou glissez le fichier sur la liste ; donnez un titre clair (ex. "
         "« Carte d’immatriculation, recto-verso ») et, s’il y a lieu, l’étape qu’il justifie.\n"
         "• Double-clic ou « Ouvrir » l’affiche ; « Retirer… » l’enlève du dossier, l’historique "
         "en garde la trace.\n"
         "Seuls les PDF et les images (JPEG, PNG, TIFF, WebP) sont acceptés, jusqu’à une taille "
         "maximale : un fichier trop lourd se rescanne à plus basse résolution. « (pas encore sur "
         "ce poste) » : le fichier arrivera avec la prochaine synchronisation."),
        ("masked-file", "Informations sensibles",
         "Les situations de santé, de violence ou de traite et les numéros d’identité ne sont "
         "visibles que par la conseillère de la personne et par les superviseures.\n"
         "• Sur la fiche d’une collègue, un bandeau signale les informations masquées.\n"
         "• « Les afficher, en donnant un motif… » : écrivez pourquoi vous en avez besoin ; votre "
         "motif et votre nom sont inscrits au journal d’audit, que la superviseure peut lire.\n"
         "• Enregistrez ou annulez vos modifications de la fiche avant d’afficher ce qui est "
         "masqué.\n"
         "Ne recopiez jamais ces informations dans des notes libres ou un message : elles y "
         "perdraient leur protection."),
        ("pathway", "Le parcours",
         "L’onglet « Parcours » suit la personne étape par étape : accueil, orientation, savoir-"
         "être, puis stage (filière emploi salarié) ou inscription comme auto-entrepreneur, plan "
         "d’affaires et microsubvention (filière auto-emploi), et enfin le suivi.\n"
         "• Choisissez l’étape dans la liste : ses dates, son statut et ses notes s’affichent.\n"
         "• « Commencer / reprendre », « Terminer », « Passer… » et « Abandonner… » la font "
         "avancer ; passer ou abandonner demande un motif.\n"
         "• Choisissez la filière (« Choisir cette filière ») à l’orientation ; enregistrez les "
         "résultats (emploi, formation, activité créée) dans « Résultats ».\n"
         "Une action grisée n’est pas permise à ce moment ; une étape ne se termine que lorsque son "
         "dossier le prouve, et le message dit ce qui manque : projet professionnel et services "
         "recommandés pour l’orientation, assiduité d’au moins 80 % pour le savoir-être, stage "
         "terminé et évalué, numéro et date d’inscription de l’auto-entrepreneur, plan d’affaires "
         "sans problème bloquant, première tranche confirmée, visite des 12 mois."),
        ("cohorts", "Cohortes et présences",
         "L’onglet « Cohortes de formation » organise les formations collectives (savoir-être, "
         "recherche d’emploi…).\n"
         "• « Nouvelle cohorte… » : titre, dates, nombre de places, formateur, lieu.\n"
         "• « Inscrire des personnes… » : cherchez et cochez-les ; au-delà des places, les "
         "suivantes ne sont pas inscrites.\n"
         "• Ajoutez chaque séance (date, module), puis remplissez sa feuille de présence après la "
         "séance (« Tous présents » puis corrigez les absents) et « Enregistrer la feuille ».\n"
         "• « Imprimer la feuille… » donne la feuille à faire signer.\n"
         "L’assiduité à ce jour de chacun est comparée au seuil de 80 % qui conditionne "
         "l’attestation. La présence ne se marque qu’une fois la séance passée ; une séance doit "
         "tomber dans les dates de la cohorte."),
        ("internship", "Stages",
         "L’onglet « Stage » suit chaque stage de la personne : contrat d’insertion, stage de "
         "formation-insertion, placement associatif ou apprentissage.\n"
         "• « Nouveau stage », choisissez la structure d’accueil (ou « Nouvelle structure… »), le "
         "type, les dates, le tuteur et l’indemnité : les bornes du type choisi sont rappelées.\n"
         "• La convention avance pas à pas : en préparation, signée par les trois parties "
         "(stagiaire, structure, agence) avec l’exemplaire signé joint, en cours, puis terminée ou "
         "rompue (date et motif).\n"
         "• Notez les évaluations à mi-parcours et finale sur la grille (1 à 4), puis l’issue : "
         "embauche avec le contrat (CDI, CDD, Tahfiz) ou motif de non-embauche.\n"
         "Le bilan de la structure (stagiaires, embauches, règle des 60 % du contrat d’insertion) "
         "s’affiche sous le formulaire. Erreurs fréquentes : indemnité hors bornes, durée trop "
         "longue, convention non signée ou sans exemplaire joint ; un stage suppose la filière "
         "emploi salarié choisie dans le parcours."),
        ("ae", "Auto-entrepreneur",
         "L’onglet « Auto-entrepreneur » guide l’inscription au registre national de "
         "l’auto-entrepreneur.\n"
         "• L’en-tête dit si la personne est éligible aujourd’hui (âge, statut juridique, titre de "
         "séjour valable) et rappelle le plafond de chiffre d’affaires et l’impôt de l’activité.\n"
         "• Cochez les étapes de la liste de contrôle (pièces réunies, demande déposée, lieu et date "
         "de dépôt), puis le numéro d’inscription (RNAE), la date, l’identifiant fiscal, l’ICE et la "
         "couverture sociale (CNSS/AMO). « Enregistrer la liste ».\n"
         "Si la personne n’est pas éligible, la raison est donnée (par exemple : une carte de séjour "
         "valable est nécessaire, à saisir dans les documents d’identité). L’étape du parcours ne se "
         "termine qu’avec le numéro et la date d’inscription, et la carte ou le récépissé joint si "
         "le programme le demande. Un ICE a 15 chiffres, un IF 7 à 10."),
        ("business-plan", "Plan d’affaires",
         "L’onglet « Plan d’affaires » sert à construire le projet avec la personne.\n"
         "• Activité, catégorie, résumé et sections du plan.\n"
         "• Coûts de démarrage (« Ajouter un coût ») et financement (« Ajouter une source ») : "
         "l’écart entre les deux s’affiche.\n"
         "• Prévision mensuelle : chiffre d’affaires et charges de chaque mois ; la marge, la "
         "trésorerie cumulée et le mois du seuil de rentabilité se calculent pendant la saisie.\n"
         "• « Enregistrer le plan d’affaires ».\n"
         "Les problèmes de l’examen sont listés sous le plan : coûts non financés, trésorerie "
         "négative un mois, coûts non récupérés, chiffre d’affaires au-dessus du plafond de "
         "l’auto-entrepreneur. Un problème bloquant empêche de terminer l’étape et de présenter la "
         "demande de subvention au comité. Tapez les montants en dirhams (2500 ou 2.500,00)."),
        ("grant", "Microsubvention",
         "L’onglet « Microsubvention » suit la demande de la personne jusqu’aux visites de suivi.\n"
         "• Demande : choisissez l’enveloppe budgétaire et le montant demandé, puis « Déposer la "
         "demande » (il faut un plan d’affaires terminé).\n"
         "• Décision du comité : décision, montant accordé, date, note, membres, conditions ou "
         "motif ; « Enregistrer la décision » (superviseures).\n"
         "• Tranches : « Enregistrer la tranche » (date, montant, mode, reçu ou facture) ; une "
         "autre personne la confirme avec « Confirmer la tranche sélectionnée ».\n"
         "• Visites de suivi : aux dates prévues, notez l’état de l’activité, le chiffre "
         "d’affaires mensuel et les emplois créés.\n"
         "Erreurs fréquentes : enveloppe insuffisante, tranche au-delà du reste à verser, achat en "
         "nature sans référence de reçu, confirmation par la personne qui a saisi la tranche. "
         "Aucune enveloppe ? Une superviseure en crée une dans Outils."),
        ("referrals", "Orientations vers les partenaires",
         "L’onglet « Orientations » envoie la personne vers un partenaire (formation, santé, "
         "logement…) et suit la réponse.\n"
         "• « Orienter vers un partenaire… » : partenaire (ou « Nouveau partenaire… »), service "
         "demandé, date ; la lettre d’orientation, avec son coupon-réponse et son code (R-…), "
         "s’imprime dans l’onglet « Documents imprimés ».\n"
         "• Au retour du coupon, « Saisir la réponse… » (ou Personnes ▸ Saisir un coupon-réponse "
         "d’orientation… avec le code) : acceptée, refusée avec son motif, service rendu.\n"
         "• « Autre agence… » oriente ou transfère le dossier vers une autre agence, ou demande son "
         "effacement partout (poste synchronisé).\n"
         "Seul ce dont le partenaire a besoin est partagé. Sans consentement au partage avec les "
         "partenaires, l’orientation est refusée : enregistrez-le d’abord dans le profil. Une "
         "orientation sans réponse apparaît dans « À faire »."),
        ("programmes", "Programmes et objectifs",
         "Les programmes des bailleurs (ex. « UE — Work4Life 2026 ») ont une période, des "
         "personnes visées et des objectifs chiffrés.\n"
         "• Dans la fiche, l’onglet « Programmes » inscrit la personne : choisissez le programme et "
         "la date, puis « Inscrire » ; « Mettre fin à l’inscription » avec sa date de fin.\n"
         "• Les superviseures définissent les programmes depuis l’onglet Indicateurs, bouton "
         "« Objectifs… » : nom, bailleur, période, personnes comptées, objectifs.\n"
         "Refus fréquents : la personne n’est pas parmi celles que sert le programme, la date est "
         "hors de sa période, elle est déjà inscrite. Sur un poste synchronisé, les programmes "
         "nationaux viennent du serveur et ne se modifient pas ici."),
        ("printed", "Imprimer les attestations",
         "L’onglet « Documents imprimés » d’une fiche liste les documents prévus (attestations "
         "d’orientation, de formation, de stage, lettres d’orientation, reçus de tranche…).\n"
         "• La colonne « Peut-il être imprimé ? » dit « Prêt » ou ce qui manque : consentement "
         "en attente ou expiré, étape non atteinte, assiduité insuffisante, tranche non confirmée.\n"
         "• Choisissez les langues (deux parmi français, arabe et anglais), puis « Aperçu et "
         "émission… ».\n"
         "• En bas, les documents déjà émis : « Imprimer à nouveau… » ou « Annuler le document… » "
         "(avec un motif ; les réimpressions portent alors la mention ANNULÉ).\n"
         "Chaque document émis porte un numéro de série et un code QR signé, vérifiable sans "
         "connexion."),
        ("specimen", "Vérifier, émettre et imprimer",
         "Un document s’ouvre d’abord en spécimen : sans numéro ni code QR, marqué SPÉCIMEN.\n"
         "• Relisez les noms, dates et montants.\n"
         "• « Émettre et imprimer… » choisit l’imprimante ; « Émettre et enregistrer en PDF… » "
         "écrit un fichier. Le numéro de série et la ligne du registre ne sont donnés que si "
         "l’impression est acceptée par l’imprimante (ou le PDF écrit).\n"
         "• Le document émis s’affiche ensuite ; « Imprimer… » en tire d’autres exemplaires.\n"
         "Si l’impression échoue, rien n’est émis et le message dit pourquoi : service "
         "d’impression arrêté, imprimante en pause, qui refuse les travaux ou inconnue. Réglez "
         "l’imprimante (ou choisissez-en une autre) et recommencez. Les pages sortent à 100 % sur "
         "A4 : n’activez pas « ajuster à la page » dans les réglages de l’imprimante."),
        ("cohort-printing", "Attestations d’une cohorte",
         "Dans l’onglet « Cohortes de formation », « Attestations de la cohorte… » émet en une fois "
         "les attestations de tous ceux qui y ont droit, dans un seul PDF ou envoyées à "
         "l’imprimante.\n"
         "• Avant toute émission, la fenêtre dit combien d’attestations seront émises et qui est "
         "laissé de côté, avec la raison (assiduité sous 80 %, feuilles de présence incomplètes, "
         "consentement en attente).\n"
         "• La préparation se suit page par page ; « Annuler » arrête tout sans rien émettre.\n"
         "• « Imprimer la feuille… » imprime la feuille de présence d’une séance à faire signer "
         "(ajoutez d’abord la séance).\n"
         "Si l’imprimante refuse le lot, aucune attestation n’est émise ni inscrite au registre : "
         "réglez l’imprimante et relancez."),
        ("issued-register", "Registre des documents émis",
         "Outils ▸ Registre des documents émis… liste tous les documents émis par l’agence, avec "
         "leur numéro de série, la personne, la date et l’auteur.\n"
         "• Cherchez par numéro de série ou par nom, puis sélectionnez la ligne.\n"
         "• « Imprimer à nouveau… » retire un exemplaire identique ; « Annuler le document… » "
         "(avec le motif) le marque annulé : la vérification du code QR l’indique alors.\n"
         "Quand un partenaire ou un employeur doute d’une attestation, cherchez son numéro ici : "
         "« Aucun document ne porte ce numéro » signifie qu’elle n’a pas été émise par l’agence."),
        ("letterhead", "En-tête des documents",
         "Outils ▸ En-tête des documents imprimés… (superviseures) règle ce qui figure en haut et "
         "en bas de chaque document.\n"
         "• Textes dans chaque langue : institution, agence, adresse, ville (lieu de signature), "
         "titre du signataire ; un texte laissé vide en arabe ou en anglais s’imprime en "
         "français.\n"
         "• Nom du signataire, téléphone, courriel et langues par défaut.\n"
         "• Logo de l’institution et logos des bailleurs (PNG ou JPEG, 2 Mo au plus).\n"
         "Le nom de l’agence est obligatoire au moins en français. Un logo qui n’est plus sur ce "
         "poste doit être choisi à nouveau."),
        ("todo", "À faire",
         "L’onglet « À faire » rassemble chaque matin ce qui attend une action, par rubrique : "
         "rendez-vous passés à renseigner, absences à reprogrammer, visites de suivi dues, stages "
         "qui se terminent, demandes de subvention en attente du comité, orientations sans "
         "réponse, consentements non enregistrés, titres de séjour qui expirent.\n"
         "• Choisissez la conseillère (vous-même par défaut) ; « Actualiser » relit la liste.\n"
         "• Double-clic (ou Entrée) sur une ligne ouvre la fiche à traiter.\n"
         "Une ligne disparaît dès que l’action est enregistrée dans la fiche. Si la liste ne peut "
         "être lue, le message le dit : réessayez avec « Actualiser »."),
        ("agenda", "Agenda",
         "L’onglet « Agenda » montre les rendez-vous d’une conseillère, par jour ou par semaine.\n"
         "• « Précédent », « Aujourd’hui », « Suivant » pour se déplacer ; choisissez la "
         "conseillère pour voir son agenda.\n"
         "• « Nouveau rendez-vous… » : personne, type, date, heure, durée, lieu, note (ce qu’il "
         "faut apporter). « Modifier… » le déplace.\n"
         "• Après l’heure, marquez « Venu », « Absent » ou « Excusé » ; « Annuler le rendez-vous » "
         "s’il n’a pas lieu.\n"
         "Un créneau déjà pris est refusé avec l’heure et la personne ; un rendez-vous futur ne "
         "peut pas être marqué venu ; un rendez-vous annulé se reprogramme en en créant un autre."),
        ("appointments", "Rendez-vous de la personne",
         "L’onglet « Rendez-vous » d’une fiche liste les rendez-vous passés et à venir de cette "
         "personne.\n"
         "• « Prendre un rendez-vous… » ouvre le formulaire avec la personne déjà choisie.\n"
         "• Sélectionnez un rendez-vous passé pour le marquer « Venu », « Absent » ou « Excusé ».\n"
         "Les absences répétées apparaissent dans « À faire » pour être reprogrammées."),
        ("history", "Historique de la fiche",
         "L’onglet « Historique » montre qui a modifié quoi dans la fiche et quand, du plus "
         "récent au plus ancien : l’ancienne et la nouvelle valeur de chaque champ du profil, des "
         "documents d’identité, du consentement, des étapes et résultats du parcours, du stage, du "
         "plan d’affaires, de l’inscription d’auto-entrepreneur et de la microsubvention.\n"
         "Il sert à répondre à « qui a changé ce numéro ? » sans chercher dans le journal d’audit. "
         "Les informations masquées pour vous le restent aussi dans l’historique."),
        ("indicators", "Indicateurs",
         "L’onglet « Indicateurs » (superviseures) compte les personnes à chaque étape sur une "
         "période : inscrites, orientées, formées, en stage, embauchées, auto-entrepreneurs, "
         "subventions accordées et versées, activités actives à 6 et 12 mois…\n"
         "• Choisissez la période et le programme, puis « Compter » ; chaque ligne montre l’objectif "
         "et la progression.\n"
         "• « Par » ventile un indicateur (sexe, tranche d’âge, nationalité, statut…) avec son "
         "graphique ; « Qui sont-elles ? » liste les personnes derrière un chiffre.\n"
         "• Exporter : CSV, JSON, Excel pour les bailleurs, rapport PDF.\n"
         "Dans les exports, les petits nombres (sous le seuil « masquer sous ») sont cachés, ainsi "
         "que ceux qui permettraient de les retrouver : personne ne doit pouvoir être reconnu. Les "
         "personnes sans consentement à être nommées aux bailleurs sont laissées hors des listes."),
        ("audit", "Journal d’audit",
         "Outils ▸ Journal d’audit… (superviseures et administrateurs) montre qui a fait quoi et "
         "quand : connexions, fiches ouvertes, informations masquées affichées avec leur motif, "
         "impressions, exports.\n"
         "• Filtrez par période, action, personne ou numéro de dossier, puis « Rechercher ».\n"
         "• « Vérifier la chaîne » contrôle que chaque entrée est liée à la précédente et concorde "
         "avec les sauvegardes : toute modification faite hors de l’application est détectée.\n"
         "• « Exporter pour un contrôle… » écrit le journal en JSON ou CSV.\n"
         "« Journal d’audit altéré » : laissez le poste en l’état, exportez le journal et informez "
         "la personne chargée de la protection des données."),
        ("accounts", "Comptes utilisateurs",
         "Outils ▸ Comptes utilisateurs… (administrateurs) gère les comptes de l’agence.\n"
         "• « Nouveau compte… » : nom complet, nom d’utilisateur, rôle (conseiller·ère, "
         "superviseur·e, administrateur) et un mot de passe provisoire, que la personne change à sa "
         "première connexion.\n"
         "• « Réinitialiser le mot de passe… » pour un mot de passe oublié ou un compte bloqué ; "
         "« Désactiver / réactiver » quand quelqu’un quitte l’agence (ne supprimez pas : "
         "l’historique garde son nom) ; « Changer le rôle… ».\n"
         "• Chacun change son propre mot de passe dans Outils ▸ Changer mon mot de passe….\n"
         "Refus fréquents : nom d’utilisateur déjà pris ou avec des accents, mot de passe trop "
         "court ou trop facile. On ne peut ni désactiver son propre compte ni changer son propre "
         "rôle : un autre administrateur le fait."),
        ("envelopes", "Enveloppes budgétaires",
         "Outils ▸ Enveloppes budgétaires… (superviseures) montre l’argent de chaque programme ou "
         "bailleur destiné aux microsubventions : budget, engagé (subventions accordées) et versé "
         "(tranches confirmées).\n"
         "• Pour en ajouter une : nom, programme ou bailleur, budget en dirhams, puis « Ajouter "
         "l’enveloppe ».\n"
         "Une subvention ne peut être accordée au-delà de ce qui reste dans l’enveloppe : le "
         "message donne le reste disponible."),
        ("sync", "Synchronisation et clés USB",
         "Outils ▸ Synchronisation… (F9) relie le poste au serveur central de l’institution ; le "
         "travail continue pendant la synchronisation, et la barre d’état en donne l’état.\n"
         "• Inscrire ce poste (une fois, par un administrateur) : adresse du serveur (https://…) et "
         "code à usage unique fourni par l’administrateur du serveur.\n"
         "• « Synchroniser maintenant » envoie et reçoit les modifications ; sinon elles partent "
         "d’elles-mêmes quand le serveur répond.\n"
         "• Sans connexion : « Écrire un lot pour clé USB… » met les modifications en attente dans "
         "un fichier chiffré ; un poste connecté l’envoie, puis « Lire la réponse du serveur… » "
         "rapporte la réponse ici.\n"
         "• Les conflits (même champ modifié sur deux postes) se tranchent ici : « Garder la valeur "
         "affichée » ou « Prendre l’autre valeur ».\n"
         "Serveur injoignable : votre travail reste sur le poste et partira plus tard. Horloge "
         "fausse : remettez la date et l’heure, puis recommencez. Un lot de plus de 30 jours est "
         "refusé : écrivez-en un nouveau."),
        ("backups", "Sauvegardes",
         "Une sauvegarde chiffrée est faite chaque jour et à la fermeture, dans le dossier choisi "
         "dans Outils ▸ Paramètres (une clé USB par exemple).\n"
         "• Outils ▸ Sauvegardes… liste les sauvegardes et leur dossier ; « Sauvegarder "
         "maintenant » en fait une tout de suite (vous pouvez continuer à travailler).\n"
         "• Chaque sauvegarde est relue après écriture : « Sauvegarde écrite et vérifiée ».\n"
         "Le bouton « Restaurer une sauvegarde… » est grisé pour qui n’est pas administrateur. "
         "Dossier introuvable : branchez la clé USB. Disque plein : libérez de la place ou "
         "choisissez un autre dossier. Gardez une clé hors de l’agence : une sauvegarde sur le "
         "même disque ne protège pas d’un vol."),
        ("restore", "Restaurer une sauvegarde",
         "Restaurer remplace toutes les données du poste par celles d’une sauvegarde (après un "
         "disque en panne, un poste remplacé, une fausse manœuvre).\n"
         "• Depuis la fenêtre de connexion, « Restaurer une sauvegarde… » (ou depuis Outils ▸ "
         "Sauvegardes…).\n"
         "• Choisissez la sauvegarde dans la liste, ou « Choisir un fichier de sauvegarde… » "
         "(.cbk).\n"
         "• Saisissez le nom et le mot de passe d’un administrateur tels qu’ils étaient dans la "
         "sauvegarde, ou « Utiliser plutôt la clé de secours », puis « Restaurer » et confirmez.\n"
         "Les données remplacées ne sont pas effacées : elles sont gardées à part dans le dossier "
         "des sauvegardes. Les modifications faites depuis la sauvegarde et non synchronisées ne "
         "seront plus dans l’application. Si la base a disparu au démarrage, la même fenêtre "
         "propose de la remettre, de restaurer, ou de repartir à zéro (administrateur avec la clé "
         "de secours)."),
        ("settings", "Paramètres",
         "Outils ▸ Paramètres… règle le poste (administrateurs ; les autres les voient grisés).\n"
         "• Langue de l’interface : français, arabe ou anglais.\n"
         "• Verrouillage après inactivité et durée maximale d’une session avant de redemander le "
         "mot de passe.\n"
         "• Dossier des sauvegardes (une clé USB par exemple), nombre de sauvegardes gardées, "
         "sauvegarde à la fermeture.\n"
         "Messages fréquents : « Ce dossier n’existe pas » (branchez la clé et choisissez un "
         "dossier dessus), « Plus de place » ou « ne peut pas être écrit » (choisissez un autre "
         "dossier ou demandez la permission à l’informaticien). Les sauvegardes sont chiffrées : "
         "seuls les comptes du poste ou la clé de secours les ouvrent."),
        ("committees", "Commissions d’attribution des subventions",
         "Outils ▸ Commissions d’attribution : créez une séance (date, lieu, membres de l’agence ou "
         "extérieurs avec leur organisme, présidence), cochez les présents : le quorum (3 membres "
         "votants dont la présidence) s’affiche. Seuls les dossiers dont le plan d’affaires est "
         "complet entrent à l’ordre du jour, classés par la grille de notation du programme. Un "
         "membre en conflit d’intérêts ne vote pas. Le vote et la décision sont enregistrés "
         "ensemble ; imprimez ensuite le procès-verbal bilingue, faites-le signer, puis indiquez "
         "qu’il est signé."),
        ("import-export", "Importer depuis Excel, exporter le registre",
         "Personnes ▸ Importer : « Télécharger le modèle » donne un classeur avec une feuille par "
         "type (personnes, documents, consentements, étapes, cohortes et présences, stages, plans "
         "d’affaires, subventions et tranches, orientations, visites de suivi) et une feuille "
         "Notes qui explique chaque colonne. Les feuilles sont reliées par le « N° de dossier ». "
         "L’application vérifie chaque ligne avec ses propres règles et montre chaque refus avec "
         "sa feuille, sa ligne et la raison ; rien n’est écrit avant « Importer », puis tout en "
         "une fois. Réimporter le même classeur ne change rien. Personnes ▸ Exporter le registre "
         "vers Excel donne le même classeur, filtré comme le registre ; seules les superviseures "
         "peuvent y inclure les numéros d’identité et les situations sensibles (inscrit au "
         "journal d’audit)."),
    ],
    "ar": [
        ("login", "تسجيل الدخول",
         "لكل مستشار(ة) حسابه الخاص: لا تُعِره لأحد، فكل ما يُنجز يُسجَّل باسمك في سجل التدقيق.\n"
         "• اكتب اسم المستخدم وكلمة المرور ثم انقر «دخول».\n"
         "• بعد 10 دقائق دون نشاط تُقفل الشاشة (Ctrl+L يقفلها فوراً عند مغادرة المكتب)، وتُفتح "
         "بكلمة مرورك دون أن يضيع شيء مما كُتب.\n"
         "• الأشخاص ◂ تغيير المستخدم يتيح لزميل(ة) العمل على الحاسوب نفسه.\n"
         "أخطاء شائعة: «اسم المستخدم أو كلمة المرور خاطئة، أو الحساب معطل»: تحقق من زر الأحرف "
         "الكبيرة ومن لغة لوحة المفاتيح (عربية أو فرنسية). بعد محاولات خاطئة كثيرة يُقفل الحساب "
         "مدة من الزمن: يعيد المسؤول تعيين كلمة المرور، أو تُغيَّر عبر «نسيت كلمة المرور…» بمفتاح "
         "الاسترجاع المدوَّن عند التثبيت."),
        ("setup", "التشغيل الأول",
         "عند أول تشغيل على حاسوب جديد، يُعِدّ مساعدٌ الوكالةَ في ثلاث خطوات.\n"
         "• وكالتك: المؤسسة، اسم الوكالة، رمزها من 2 إلى 6 أحرف (مثلاً RABAG) والمدينة؛ تظهر "
         "على الملفات والوثائق المطبوعة.\n"
         "• المسؤول الأول: اسمه واسم المستخدم وكلمة مرور لا تقل عن 10 أحرف؛ وهو الذي ينشئ بعد "
         "ذلك حسابات المستشارين.\n"
         "• مفتاح الاسترجاع: انسخه على ورق واحفظه في مكان مقفل. لا يُعرض إلا مرة واحدة، وإذا "
         "نُسيت كل كلمات المرور فهو الوسيلة الوحيدة لفتح المعطيات.\n"
         "يبقى زر «التالي» غير متاح ما دامت الخطوة ناقصة، والحقل المرفوض يذكر السبب (كلمة مرور "
         "قصيرة أو سهلة التخمين، رمز وكالة غير صحيح). لا تؤشر على «لقد دوّنت مفتاح الاسترجاع» "
         "إلا بعد تدوينه فعلاً."),
        ("register", "السجل",
         "السجل هو قائمة الأشخاص الذين تواكبهم الوكالة، وهو التبويب الذي يُفتح عند الدخول.\n"
         "• اكتب اسماً (بالحروف العربية أو اللاتينية، ولو بتهجئة تقريبية) أو رقم هاتف أو رقم "
         "وثيقة أو ملف: تتحدّث القائمة أثناء الكتابة.\n"
         "• المرشحات (الوضعية القانونية، الجنسية، الجنس، المستشار(ة)) تضيّق القائمة.\n"
         "• النقر المزدوج أو Entrée يفتح الملف في تبويب، و«استقبال جديد» (Ctrl+N) يبدأ ملفاً "
         "جديداً.\n"
         "• الأشخاص ◂ استيراد أشخاص من قائمة… يأخذ قائمة شريك (CSV أو Excel): تحدد مضمون كل عمود، "
         "وتُعرض الأسطر المرفوضة مع سبب رفضها، ثم تُستورد الأسطر السليمة دفعة واحدة.\n"
         "لا نتيجة؟ تحقق من التهجئة، وجرّب جزءاً من الاسم أو رقم الهاتف قبل إنشاء ملف جديد: "
         "تفادي التكرار أيسر من تصحيحه."),
        ("intake-errors", "استقبال شخص",
         "تُنشئ استمارة الاستقبال ملف شخص يُستقبل لأول مرة.\n"
         "• املأ الهوية (الاسم بالحروف اللاتينية، وبالعربية عند الاقتضاء)، وتاريخ الازدياد، "
         "والجنسية، والوضعية القانونية، ووسائل الاتصال، ووثائق الهوية مع تاريخ انتهاء صلاحيتها.\n"
         "• احصل على موافقة الشخص: بدونها يُحفظ الملف «موافقة في الانتظار» ولا يمكن طباعة أو "
         "مشاركة أي شيء يخصه.\n"
         "• «حفظ» (Ctrl+S). إذا وُجد شخص مشابه (نفس الوثيقة، نفس الهاتف، أو اسم قريب وتاريخ "
         "ازدياد مطابق) تُفتح نافذة «تكرار محتمل»: افتح الملف الموجود، أو أكّد «إنه شخص آخر: "
         "تسجيل».\n"
         "الحقل غير الصحيح يظهر بالأحمر مع السبب (تاريخ في المستقبل، سن خارج الحدود، رقم بطاقة "
         "وطنية غير صحيح، هاتف غير صالح…): صحّحه، فلا يضيع شيء مما كُتب، وتُحفظ مسودة حتى عند "
         "حدوث عطل. تبقى تبويبات الملف الأخرى غير متاحة إلى أن يُحفظ لأول مرة. وإذا عُدّل الملف "
         "في مكان آخر أثناء ذلك، يعرض التطبيق الصيغتين ويترك لك الاختيار."),
        ("attachments", "المرفقات",
         "يحفظ تبويب «المرفقات» الوثائق الممسوحة وصور وثائق الشخص (البطاقة، السيرة الذاتية، "
         "الشهادات، اتفاقية التدريب…).\n"
         "• «إرفاق ملف…» أو اسحب الملف إلى القائمة، وأعطه عنواناً واضحاً (مثلاً «بطاقة التسجيل، "
         "الوجه والظهر») وعند الاقتضاء المرحلة التي يثبتها.\n"
         "• النقر المزدوج أو «فتح» يعرضه، و«إزالة…» تحذفه من الملف مع بقاء أثر ذلك في السجل.\n"
         "لا تُقبل إلا ملفات PDF والصور (JPEG وPNG وTIFF وWebP) في حدود حجم أقصى: أعد مسح الملف "
         "الثقيل بدقة أقل. «(ليس على هذا الحاسوب بعد)» يعني أن الملف سيصل مع المزامنة القادمة."),
        ("masked-file", "المعلومات الحساسة",
         "لا يرى وضعيات الصحة أو العنف أو الاتجار بالبشر وأرقام الهوية إلا مستشار(ة) الشخص "
         "والمشرفون.\n"
         "• في ملف زميل(ة) يُنبّه شريط إلى أن معلومات مخفية عنك.\n"
         "• «إظهارها مع ذكر السبب…»: اكتب لماذا تحتاجها، فيُسجَّل سببك واسمك في سجل التدقيق "
         "الذي يطّلع عليه المشرف(ة).\n"
         "• احفظ تعديلاتك على الملف أو ألغِها قبل إظهار ما هو مخفي.\n"
         "لا تنقل هذه المعلومات أبداً إلى ملاحظات حرة أو رسالة، فتفقد حمايتها."),
        ("pathway", "المسار",
         "يتتبع تبويب «المسار» الشخص مرحلة بمرحلة: الاستقبال، التوجيه، المهارات الحياتية، ثم "
         "التدريب (مسلك الشغل المأجور) أو التسجيل كمقاول ذاتي ومخطط الأعمال والمنحة الصغيرة "
         "(مسلك التشغيل الذاتي)، وأخيراً التتبع.\n"
         "• اختر المرحلة من القائمة لتظهر تواريخها وحالتها وملاحظاتها.\n"
         "• «بدء / استئناف» و«إنهاء» و«تجاوز…» و«التخلي…» تُقدّم المرحلة؛ والتجاوز أو التخلي "
         "يتطلب ذكر السبب.\n"
         "• اختر المسلك («اختيار هذا المسلك») عند التوجيه، وسجّل النتائج (شغل، تكوين، نشاط مُحدَث) "
         "في «النتائج».\n"
         "الإجراء غير المتاح غير مسموح به في تلك اللحظة؛ ولا تنتهي مرحلة إلا إذا أثبت ملفها "
         "ذلك، وتذكر الرسالة ما ينقص: الهدف المهني والخدمات الموصى بها للتوجيه، حضور لا يقل عن "
         "80٪ للمهارات الحياتية، تدريب منتهٍ ومُقيَّم، رقم وتاريخ التسجيل كمقاول ذاتي، مخطط أعمال "
         "بلا مشكل معيق، دفعة أولى مؤكدة، زيارة الشهر الثاني عشر."),
        ("cohorts", "الأفواج والحضور",
         "ينظم تبويب «أفواج التكوين» التكوينات الجماعية (المهارات الحياتية، البحث عن شغل…).\n"
         "• «فوج جديد…»: العنوان، التواريخ، عدد المقاعد، المكوِّن، المكان.\n"
         "• «تسجيل أشخاص…»: ابحث عنهم وأشّر عليهم؛ ولا يُسجَّل من يتجاوز عدد المقاعد.\n"
         "• أضف كل حصة (التاريخ، الوحدة)، ثم املأ ورقة حضورها بعد انعقادها («الجميع حاضر» ثم "
         "صحّح الغائبين) و«حفظ الورقة».\n"
         "• «طباعة الورقة…» تعطي ورقة الحضور للتوقيع.\n"
         "تُقارن نسبة حضور كل شخص إلى اليوم بعتبة 80٪ التي تشترطها الشهادة. لا يُسجَّل الحضور "
         "إلا بعد انعقاد الحصة، ويجب أن تقع الحصة ضمن تواريخ الفوج."),
        ("internship", "التداريب",
         "يتتبع تبويب «التدريب» كل تدريب للشخص: عقد الإدماج، تدريب التكوين من أجل الإدماج، "
         "التدريب لدى جمعية، أو التمهين.\n"
         "• «تدريب جديد»، ثم اختر هيئة الاستقبال (أو «هيئة جديدة…»)، والنوع، والتواريخ، والمؤطر، "
         "والمنحة: تُذكَّر حدود النوع المختار.\n"
         "• تتقدم الاتفاقية خطوة بخطوة: في طور الإعداد، موقعة من الأطراف الثلاثة (المتدرب، "
         "الهيئة، الوكالة) مع إرفاق النسخة الموقعة، جارية، ثم منتهية أو منهاة قبل أوانها (التاريخ "
         "والسبب).\n"
         "• سجّل التقييم المرحلي والنهائي على الشبكة (من 1 إلى 4)، ثم النتيجة: التشغيل مع نوع "
         "العقد (عقد غير محدد المدة، عقد محدد المدة، تحفيز) أو سبب عدم التشغيل.\n"
         "تظهر حصيلة الهيئة (المتدربون، المشغَّلون، قاعدة 60٪ لعقد الإدماج) تحت الاستمارة. أخطاء "
         "شائعة: منحة خارج الحدود، مدة طويلة، اتفاقية غير موقعة أو بدون نسخة مرفقة؛ ويشترط "
         "التدريب اختيار مسلك الشغل المأجور في المسار."),
        ("ae", "المقاول الذاتي",
         "يواكب تبويب «المقاول الذاتي» التسجيل في السجل الوطني للمقاول الذاتي.\n"
         "• يبيّن رأس الصفحة هل الشخص مؤهل اليوم (السن، الوضعية القانونية، سند إقامة صالح) "
         "ويذكّر بسقف رقم المعاملات والضريبة الخاصة بالنشاط.\n"
         "• أشّر على خطوات لائحة المراقبة (الوثائق مكتملة، إيداع الطلب، مكانه وتاريخه)، ثم رقم "
         "التسجيل وتاريخه والتعريف الضريبي والمعرف الموحد للمقاولة والتغطية الاجتماعية، و«حفظ "
         "اللائحة».\n"
         "إذا لم يكن الشخص مؤهلاً يُذكر السبب (مثلاً: يلزم سند إقامة صالح، يُسجَّل ضمن وثائق "
         "الهوية). لا تنتهي مرحلة المسار إلا برقم التسجيل وتاريخه، مع إرفاق البطاقة أو وصل "
         "الإيداع إن اشترط البرنامج ذلك. يتكون المعرف الموحد من 15 رقماً، والتعريف الضريبي من 7 "
         "إلى 10 أرقام."),
        ("business-plan", "مخطط الأعمال",
         "يُستعمل تبويب «مخطط الأعمال» لبناء المشروع مع الشخص.\n"
         "• النشاط، الصنف، الملخص وأقسام المخطط.\n"
         "• تكاليف الانطلاق («إضافة تكلفة») والتمويل («إضافة مصدر»): يظهر الفرق بينهما.\n"
         "• التوقع الشهري: رقم المعاملات والتكاليف لكل شهر، ويُحسب الهامش والخزينة المتراكمة وشهر "
         "عتبة المردودية أثناء الكتابة.\n"
         "• «حفظ مخطط الأعمال».\n"
         "تُعرض مشاكل الفحص تحت المخطط: تكاليف غير ممولة، خزينة سالبة في شهر ما، تكاليف لا "
         "تُسترجع، رقم معاملات يتجاوز سقف المقاول الذاتي. المشكل المعيق يمنع إنهاء المرحلة وعرض "
         "طلب المنحة على اللجنة. اكتب المبالغ بالدرهم (2500 أو 2.500,00)."),
        ("grant", "المنحة الصغيرة",
         "يتتبع تبويب «المنحة الصغيرة» طلب الشخص إلى غاية زيارات التتبع.\n"
         "• الطلب: اختر الغلاف المالي والمبلغ المطلوب ثم «إيداع الطلب» (يلزم مخطط أعمال منتهٍ).\n"
         "• قرار اللجنة: القرار، المبلغ الممنوح، التاريخ، النقطة، الأعضاء، الشروط أو السبب، ثم "
         "«تسجيل القرار» (المشرفون).\n"
         "• الدفعات: «تسجيل الدفعة» (التاريخ، المبلغ، الطريقة، الوصل أو الفاتورة)، ثم يؤكدها شخص "
         "آخر بـ«تأكيد الدفعة المحددة».\n"
         "• زيارات التتبع: في التواريخ المحددة، سجّل حالة النشاط ورقم المعاملات الشهري ومناصب "
         "الشغل المحدثة.\n"
         "أخطاء شائعة: غلاف مالي غير كافٍ، دفعة تتجاوز المتبقي، شراء عيني بدون مرجع وصل، تأكيد "
         "الدفعة من طرف من سجّلها. لا يوجد غلاف مالي؟ ينشئه المشرف(ة) من قائمة أدوات."),
        ("referrals", "التوجيه نحو الشركاء",
         "يوجّه تبويب «التوجيهات» الشخص نحو شريك (تكوين، صحة، سكن…) ويتتبع الجواب.\n"
         "• «التوجيه نحو شريك…»: الشريك (أو «شريك جديد…»)، الخدمة المطلوبة، التاريخ؛ وتُطبع رسالة "
         "التوجيه مع قسيمة الجواب ورمزها (R-…) من تبويب «الوثائق المطبوعة».\n"
         "• عند عودة القسيمة، «تسجيل الجواب…» (أو الأشخاص ◂ إدخال قسيمة جواب توجيه… بالرمز): "
         "مقبول، مرفوض مع السبب، خدمة مقدَّمة.\n"
         "• «وكالة أخرى…» يوجّه الملف أو ينقله إلى وكالة أخرى، أو يطلب محوه في كل مكان (حاسوب "
         "مُزامَن).\n"
         "لا يُشارَك إلا ما يحتاجه الشريك. بدون موافقة الشخص على المشاركة مع الشركاء يُرفض "
         "التوجيه: سجّل الموافقة أولاً في الملف الشخصي. التوجيه بلا جواب يظهر في «المهام»."),
        ("programmes", "البرامج والأهداف",
         "لبرامج الجهات المانحة (مثلاً «UE — Work4Life 2026») مدة وفئة مستهدفة وأهداف مرقّمة.\n"
         "• في الملف، يسجّل تبويب «البرامج» الشخص: اختر البرنامج والتاريخ ثم «تسجيل»، و«إنهاء "
         "المشاركة» مع تاريخ انتهائها.\n"
         "• يحدد المشرفون البرامج من تبويب المؤشرات، زر «الأهداف…»: الاسم، الجهة المانحة، المدة، "
         "الأشخاص المحتسبون، الأهداف.\n"
         "أسباب رفض شائعة: الشخص ليس من الفئة التي يخدمها البرنامج، التاريخ خارج مدته، الشخص "
         "مسجَّل من قبل. على حاسوب مُزامَن تأتي البرامج الوطنية من الخادم ولا تُعدَّل هنا."),
        ("printed", "طباعة الشهادات",
         "يعرض تبويب «الوثائق المطبوعة» في الملف الوثائق المتاحة (شهادات التوجيه والتكوين "
         "والتدريب، رسائل التوجيه، وصولات الدفعات…).\n"
         "• يبيّن عمود «هل يمكن طباعتها؟» «جاهزة» أو ما ينقص: موافقة في الانتظار أو منتهية، "
         "مرحلة لم تُبلغ، حضور غير كافٍ، دفعة غير مؤكدة.\n"
         "• اختر اللغتين (اثنتان من العربية والفرنسية والإنجليزية)، ثم «معاينة وإصدار…».\n"
         "• في الأسفل، الوثائق الصادرة: «إعادة الطباعة…» أو «إلغاء الوثيقة…» (مع السبب، وتحمل "
         "النسخ المعاد طبعها حينئذ عبارة «ملغاة»).\n"
         "تحمل كل وثيقة صادرة رقماً تسلسلياً ورمز QR موقَّعاً يمكن التحقق منه دون اتصال."),
        ("specimen", "المراجعة والإصدار والطباعة",
         "تُفتح الوثيقة أولاً كنموذج: بلا رقم ولا رمز QR، مع عبارة «نموذج».\n"
         "• راجع الأسماء والتواريخ والمبالغ.\n"
         "• «إصدار وطباعة…» يختار الطابعة، و«إصدار وحفظ بصيغة PDF…» يكتب ملفاً. لا يُمنح الرقم "
         "التسلسلي وسطر السجل إلا إذا قبلت الطابعة المهمة (أو كُتب ملف PDF).\n"
         "• تُعرض الوثيقة الصادرة بعد ذلك، و«طباعة…» تسحب منها نسخاً أخرى.\n"
         "إذا فشلت الطباعة لا يصدر شيء، وتذكر الرسالة السبب: خدمة الطباعة متوقفة، الطابعة "
         "موقوفة مؤقتاً أو ترفض المهام أو غير معروفة. أصلح الطابعة (أو اختر غيرها) وأعد المحاولة. "
         "تخرج الصفحات بنسبة 100٪ على ورق A4: لا تفعّل خيار «ملاءمة الصفحة» في إعدادات الطابعة."),
        ("cohort-printing", "شهادات الفوج",
         "في تبويب «أفواج التكوين»، يُصدر «شهادات الفوج…» دفعة واحدة شهادات كل من يستحقها، في "
         "ملف PDF واحد أو مباشرة إلى الطابعة.\n"
         "• قبل أي إصدار، تبيّن النافذة عدد الشهادات التي ستصدر ومن استُثني مع السبب (حضور أقل من "
         "80٪، أوراق حضور ناقصة، موافقة في الانتظار).\n"
         "• يُتابَع الإعداد صفحة بصفحة، و«إلغاء» يوقف كل شيء دون إصدار أي شهادة.\n"
         "• «طباعة الورقة…» تطبع ورقة حضور حصة للتوقيع (أضف الحصة أولاً).\n"
         "إذا رفضت الطابعة الدفعة فلا تصدر أي شهادة ولا تُسجَّل: أصلح الطابعة ثم أعد المحاولة."),
        ("issued-register", "سجل الوثائق الصادرة",
         "أدوات ◂ سجل الوثائق الصادرة… يسرد كل الوثائق التي أصدرتها الوكالة برقمها التسلسلي "
         "والشخص والتاريخ ومن أصدرها.\n"
         "• ابحث بالرقم التسلسلي أو بالاسم، ثم اختر السطر.\n"
         "• «إعادة الطباعة…» تسحب نسخة مطابقة، و«إلغاء الوثيقة…» (مع السبب) يجعلها ملغاة فيظهر "
         "ذلك عند التحقق من رمز QR.\n"
         "إذا شكّ شريك أو مشغّل في شهادة، ابحث عن رقمها هنا: «لا توجد وثيقة بهذا الرقم» تعني أن "
         "الوكالة لم تُصدرها."),
        ("letterhead", "ترويسة الوثائق",
         "أدوات ◂ ترويسة الوثائق المطبوعة… (المشرفون) تضبط ما يظهر في أعلى كل وثيقة وأسفلها.\n"
         "• النصوص بكل لغة: المؤسسة، الوكالة، العنوان، المدينة (مكان التوقيع)، صفة الموقّع؛ "
         "والنص المتروك فارغاً بالعربية أو الإنجليزية يُطبع بالفرنسية.\n"
         "• اسم الموقّع، الهاتف، البريد الإلكتروني واللغتان الافتراضيتان.\n"
         "• شعار المؤسسة وشعارات الجهات المانحة (PNG أو JPEG، 2 ميغابايت على الأكثر).\n"
         "اسم الوكالة إلزامي بالفرنسية على الأقل. الشعار الذي لم يعد على هذا الحاسوب يجب اختياره "
         "من جديد."),
        ("todo", "المهام",
         "يجمع تبويب «المهام» كل صباح ما ينتظر إجراءً، حسب الأبواب: مواعيد فائتة يجب تسجيلها، "
         "غيابات يجب إعادة برمجتها، زيارات تتبع مستحقة، تداريب تنتهي، طلبات منح في انتظار اللجنة، "
         "توجيهات بلا جواب، موافقات غير مسجلة، وسندات إقامة تنتهي صلاحيتها.\n"
         "• اختر المستشار(ة) (أنت افتراضياً)، و«تحديث» يعيد قراءة القائمة.\n"
         "• النقر المزدوج (أو Entrée) على سطر يفتح الملف المعني.\n"
         "يختفي السطر بمجرد تسجيل الإجراء في الملف. إذا تعذرت قراءة القائمة تقول الرسالة ذلك: "
         "أعد المحاولة بـ«تحديث»."),
        ("agenda", "المفكرة",
         "يعرض تبويب «المفكرة» مواعيد مستشار(ة) حسب اليوم أو الأسبوع.\n"
         "• «السابق» و«اليوم» و«التالي» للتنقل، واختر المستشار(ة) لرؤية مفكرته.\n"
         "• «موعد جديد…»: الشخص، النوع، التاريخ، الساعة، المدة، المكان، ملاحظة (ما يجب إحضاره)؛ "
         "و«تعديل…» يغيّر موعده.\n"
         "• بعد الموعد، أشّر «حضر» أو «تغيّب» أو «غياب مبرَّر»، و«إلغاء الموعد» إن لم ينعقد.\n"
         "يُرفض الوقت المحجوز مع ذكر الساعة والشخص، ولا يمكن تسجيل حضور موعد لم يحن بعد، والموعد "
         "الملغى يُعاد برمجته بإنشاء موعد جديد."),
        ("appointments", "مواعيد الشخص",
         "يسرد تبويب «المواعيد» في الملف المواعيد الفائتة والقادمة لهذا الشخص.\n"
         "• «تحديد موعد…» يفتح الاستمارة والشخص مختار سلفاً.\n"
         "• اختر موعداً فائتاً لتسجيله «حضر» أو «تغيّب» أو «غياب مبرَّر».\n"
         "تظهر الغيابات المتكررة في «المهام» لإعادة برمجتها."),
        ("history", "سجل الملف",
         "يبيّن تبويب «السجل» من غيّر ماذا في الملف ومتى، من الأحدث إلى الأقدم: القيمة القديمة "
         "والجديدة لكل حقل من الملف الشخصي ووثائق الهوية والموافقة ومراحل المسار ونتائجه والتدريب "
         "ومخطط الأعمال والتسجيل كمقاول ذاتي والمنحة الصغيرة.\n"
         "يفيد في الإجابة عن سؤال «من غيّر هذا الرقم؟» دون البحث في سجل التدقيق. والمعلومات "
         "المخفية عنك تبقى مخفية في السجل أيضاً."),
        ("indicators", "المؤشرات",
         "يحتسب تبويب «المؤشرات» (المشرفون) عدد الأشخاص في كل مرحلة خلال مدة: المسجَّلون، "
         "الموجَّهون، المكوَّنون، المتدربون، المشغَّلون، المقاولون الذاتيون، المنح الممنوحة "
         "والمؤداة، الأنشطة القائمة بعد 6 و12 شهراً…\n"
         "• اختر المدة والبرنامج ثم «احتساب»؛ يبيّن كل سطر الهدف ونسبة التقدم.\n"
         "• «حسب» يفصّل المؤشر (الجنس، الفئة العمرية، الجنسية، الوضعية…) مع رسمه البياني، و«من "
         "هم؟» يسرد الأشخاص وراء الرقم.\n"
         "• التصدير: CSV وJSON وExcel للمانحين وتقرير PDF.\n"
         "في ملفات التصدير تُخفى الأعداد الصغيرة (أقل من عتبة «إخفاء أقل من») وكذلك الأعداد التي "
         "تسمح باستنتاجها، حتى لا يمكن التعرف على أي شخص. ويُستثنى من القوائم من لم يوافق على "
         "ذكر اسمه للمانحين."),
        ("audit", "سجل التدقيق",
         "أدوات ◂ سجل التدقيق… (المشرفون والمسؤولون) يبيّن من فعل ماذا ومتى: الدخول، الملفات "
         "المفتوحة، المعلومات المخفية التي أُظهرت مع سببها، الطباعة، التصدير.\n"
         "• صفِّ حسب المدة والإجراء والشخص أو رقم الملف، ثم «بحث».\n"
         "• «التحقق من السلسلة» يتأكد من أن كل مُدخل مرتبط بسابقه ومطابق للنسخ الاحتياطية: يُكشف "
         "كل تعديل تم خارج التطبيق.\n"
         "• «تصدير من أجل تفتيش…» يكتب السجل بصيغة JSON أو CSV.\n"
         "«سجل التدقيق معدَّل»: اترك الحاسوب على حاله، وصدّر السجل، وأخبر المكلف بحماية "
         "المعطيات الشخصية."),
        ("accounts", "حسابات المستخدمين",
         "أدوات ◂ حسابات المستخدمين… (المسؤولون) لتدبير حسابات الوكالة.\n"
         "• «حساب جديد…»: الاسم الكامل، اسم المستخدم، الدور (مستشار(ة)، مشرف(ة)، مسؤول) وكلمة "
         "مرور مؤقتة يغيّرها صاحبها عند أول دخول.\n"
         "• «إعادة تعيين كلمة المرور…» لكلمة مرور منسية أو حساب مقفل؛ «تعطيل / تفعيل» عند مغادرة "
         "شخص للوكالة (لا تحذف الحساب: السجل يحتفظ باسمه)؛ «تغيير الدور…».\n"
         "• يغيّر كل شخص كلمة مروره من أدوات ◂ تغيير كلمة المرور….\n"
         "أسباب رفض شائعة: اسم مستخدم مأخوذ أو يتضمن حروفاً بعلامات، كلمة مرور قصيرة أو سهلة. لا "
         "يمكن لأحد تعطيل حسابه أو تغيير دوره بنفسه: يقوم بذلك مسؤول آخر."),
        ("envelopes", "الأغلفة المالية",
         "أدوات ◂ الأغلفة المالية… (المشرفون) تعرض أموال كل برنامج أو جهة مانحة المخصصة للمنح "
         "الصغيرة: الميزانية، الملتزم به (المنح الممنوحة) والمؤدى (الدفعات المؤكدة).\n"
         "• لإضافة غلاف: الاسم، البرنامج أو الجهة المانحة، الميزانية بالدرهم، ثم «إضافة الغلاف».\n"
         "لا يمكن منح مبلغ يتجاوز ما تبقى في الغلاف، وتذكر الرسالة المبلغ المتبقي."),
        ("sync", "المزامنة ومفاتيح USB",
         "أدوات ◂ المزامنة… (F9) تربط الحاسوب بالخادم المركزي للمؤسسة؛ يستمر العمل أثناء "
         "المزامنة، ويعرض شريط الحالة وضعها.\n"
         "• تسجيل هذا الحاسوب (مرة واحدة، من طرف مسؤول): عنوان الخادم (https://…) والرمز الصالح "
         "لمرة واحدة الذي يسلمه مسؤول الخادم.\n"
         "• «مزامنة الآن» ترسل التعديلات وتستقبلها، وإلا فإنها تُرسل تلقائياً حين يجيب الخادم.\n"
         "• بدون اتصال: «كتابة حزمة لمفتاح USB…» تضع التعديلات المنتظرة في ملف مشفر، يرسله حاسوب "
         "متصل، ثم «قراءة رد الخادم…» تُدخل الرد هنا.\n"
         "• تُحسم التعارضات (الحقل نفسه عُدّل على حاسوبين) هنا: «الإبقاء على القيمة المعروضة» أو "
         "«أخذ القيمة الأخرى».\n"
         "الخادم غير متاح: يبقى عملك على الحاسوب ويُرسل لاحقاً. ساعة غير مضبوطة: صحّح التاريخ "
         "والساعة ثم أعد المحاولة. الحزمة التي مضى عليها أكثر من 30 يوماً تُرفض: اكتب حزمة جديدة."),
        ("backups", "النسخ الاحتياطية",
         "تُنجز نسخة احتياطية مشفرة كل يوم وعند الإغلاق، في المجلد المختار في أدوات ◂ الإعدادات "
         "(مفتاح USB مثلاً).\n"
         "• أدوات ◂ النسخ الاحتياطية… تسرد النسخ ومجلدها، و«نسخ احتياطي الآن» ينجز نسخة فوراً "
         "(يمكنك مواصلة العمل).\n"
         "• تُعاد قراءة كل نسخة بعد كتابتها: «كُتبت النسخة الاحتياطية وتم التحقق منها».\n"
         "زر «استرجاع نسخة احتياطية…» غير متاح لغير المسؤول. مجلد غير موجود: أدخل مفتاح USB. "
         "قرص ممتلئ: وفّر مساحة أو اختر مجلداً آخر. احتفظ بمفتاح خارج الوكالة: النسخة على القرص "
         "نفسه لا تحمي من السرقة."),
        ("restore", "استرجاع نسخة احتياطية",
         "الاسترجاع يعوّض كل معطيات الحاسوب بمعطيات نسخة احتياطية (بعد عطب في القرص، أو تغيير "
         "الحاسوب، أو خطأ في الاستعمال).\n"
         "• من نافذة الدخول «استرجاع نسخة احتياطية…» (أو من أدوات ◂ النسخ الاحتياطية…).\n"
         "• اختر النسخة من القائمة، أو «اختيار ملف نسخة احتياطية…» (.cbk).\n"
         "• اكتب اسم مستخدم المسؤول وكلمة مروره كما كانا في النسخة، أو «استعمال مفتاح الاسترجاع "
         "بدلاً من ذلك»، ثم «استرجاع» وأكّد.\n"
         "لا تُحذف المعطيات المعوَّضة بل تُحفظ جانباً في مجلد النسخ الاحتياطية. التعديلات التي "
         "أُنجزت بعد النسخة ولم تُزامَن لن تبقى في التطبيق. وإذا اختفت قاعدة المعطيات عند "
         "التشغيل، تقترح النافذة نفسها إرجاعها أو الاسترجاع أو البدء من جديد (مسؤول يحمل مفتاح "
         "الاسترجاع)."),
        ("settings", "الإعدادات",
         "أدوات ◂ الإعدادات… تضبط الحاسوب (المسؤولون؛ ويراها الآخرون غير قابلة للتعديل).\n"
         "• لغة الواجهة: العربية أو الفرنسية أو الإنجليزية.\n"
         "• قفل الشاشة بعد مدة دون نشاط، والمدة القصوى للجلسة قبل طلب كلمة المرور من جديد.\n"
         "• مجلد النسخ الاحتياطية (مفتاح USB مثلاً)، وعدد النسخ المحتفظ بها، والنسخ عند الإغلاق.\n"
         "رسائل شائعة: «هذا المجلد غير موجود» (أدخل المفتاح واختر مجلداً فيه)، «لا مساحة» أو "
         "«لا يمكن الكتابة» (اختر مجلداً آخر أو اطلب الإذن من المكلف بالمعلوميات). النسخ مشفرة: "
         "لا تفتحها إلا حسابات هذا الحاسوب أو مفتاح الاسترجاع."),
        ("committees", "لجان منح الإعانات",
         "أدوات ▸ لجان منح الإعانات: أنشئ جلسة (التاريخ، المكان، الأعضاء من الوكالة أو من خارجها مع "
         "هيئتهم، الرئاسة) وحدد الحاضرين: يظهر النصاب (3 أعضاء مصوتين من بينهم الرئيس). لا تُدرج في "
         "جدول الأعمال إلا الملفات التي اكتمل مخطط أعمالها، مرتبة حسب شبكة تنقيط البرنامج. العضو في "
         "حالة تضارب مصالح لا يصوت. يُسجل التصويت والقرار معاً، ثم اطبع المحضر بلغتين ووقّعه وأشر "
         "إلى أنه موقّع."),
        ("import-export", "الاستيراد من إكسل وتصدير السجل",
         "الأشخاص ◂ استيراد: «تنزيل النموذج» يعطي مصنفا فيه ورقة لكل نوع (الأشخاص، الوثائق، "
         "الموافقات، المراحل، المجموعات والحضور، التداريب، مخططات الأعمال، المنح والدفعات، "
         "التوجيهات، زيارات التتبع) وورقة Notes تشرح كل عمود. ترتبط الأوراق برقم الملف. يتحقق "
         "التطبيق من كل سطر بقواعده، ويعرض كل رفض بورقته وسطره وسببه؛ لا يُكتب شيء قبل "
         "«استيراد»، ثم يُكتب كل شيء دفعة واحدة. إعادة استيراد نفس المصنف لا تغير شيئا. الأشخاص "
         "◂ تصدير السجل إلى إكسل يعطي نفس المصنف مرشحا كما في السجل؛ وحدهن المشرفات يمكنهن "
         "تضمين أرقام الهوية والوضعيات الحساسة (يُقيَّد ذلك في سجل التتبع)."),
    ],
    "en": [
        ("login", "Logging in",
         "Each counsellor has her or his own account: never lend it, everything done is recorded "
         "under your name in the audit trail.\n"
         "• Type your user name and password, then “Log in”.\n"
         "• After 10 minutes without activity the screen locks (Ctrl+L locks it at once when you "
         "leave your desk); your password unlocks it and nothing typed is lost.\n"
         "• People ▸ Switch user makes room for a colleague on the same PC.\n"
         "Usual errors: “Wrong user name or password, or the account is disabled” — check Caps "
         "Lock and the keyboard language (Arabic or French). After too many wrong tries the "
         "account is locked for a while: an administrator resets the password, or “Forgotten "
         "password…” changes it with the recovery key written down at installation."),
        ("setup", "First start",
         "The first time the app starts on a new PC, a wizard sets the agency up in three steps.\n"
         "• Your agency: institution, name, a code of 2 to 6 letters (e.g. RABAG) and city; they "
         "appear on files and printed documents.\n"
         "• First administrator: name, user name and a password of at least 10 characters; this "
         "account then creates the counsellors' accounts.\n"
         "• Recovery key: copy it on paper and keep it under lock. It is shown only once; if "
         "every password is forgotten, it alone opens the data again.\n"
         "“Next” stays greyed while the step is incomplete; a refused field says why (password "
         "too short or too easy, agency code malformed). Tick “I have written the recovery key "
         "down” only once you really have."),
        ("register", "The register",
         "The register lists the people the agency accompanies; it is the tab shown after "
         "logging in.\n"
         "• Type a name (Latin or Arabic letters, even spelt roughly), a phone, a document or "
         "file number: the list follows as you type.\n"
         "• The filters (legal status, nationality, sex, counsellor) narrow it down.\n"
         "• Double-click or Enter opens the file in a tab; “New intake” (Ctrl+N) starts one.\n"
         "• People ▸ Import people from a list… takes a partner's list (CSV or Excel): you say "
         "what each column holds, refused rows are shown with their reason, then the good rows "
         "are imported at once.\n"
         "Nobody matches? Check the spelling, try part of the name or the phone before creating a "
         "file: a duplicate is harder to fix than to avoid."),
        ("intake-errors", "Welcoming a person",
         "The intake form creates the file of a person received for the first time.\n"
         "• Fill in the identity (name in Latin letters, and in Arabic when relevant), date of "
         "birth, nationality, legal status, contact details and identity documents with their "
         "expiry dates.\n"
         "• Record the consent: without it the file is saved as “consent pending” and nothing "
         "can be printed or shared for the person.\n"
         "• “Save” (Ctrl+S). When a similar person exists (same document, same phone, or a close "
         "name and the same date of birth), the “Possible duplicate” window opens: open the "
         "existing file, or confirm “It is someone else: register”.\n"
         "A field filled wrongly turns red with its reason (date in the future, age out of range, "
         "malformed CIN, invalid phone…): correct it — nothing typed is lost, and a draft is kept "
         "even through a crash. The file's other tabs stay greyed until it is first saved. If the "
         "file was changed elsewhere meanwhile, the app shows both versions and lets you choose."),
        ("attachments", "Attachments",
         "A file's “Attachments” tab keeps the scans and photos of the person's documents "
         "(card, CV, diplomas, internship agreement…).\n"
         "• “Attach a file…” or drop the file on the list; give it a clear title (e.g. "
         "“Registration card, front and back”) and, when it applies, the stage it supports.\n"
         "• Double-click or “Open” shows it; “Remove…” takes it out of the file, the history "
         "keeps a trace.\n"
         "Only PDF files and pictures (JPEG, PNG, TIFF, WebP) are taken, up to a maximum size: "
         "scan a heavy file again at a lower resolution. “(not on this PC yet)”: the file comes "
         "with the next synchronisation."),
        ("masked-file", "Sensitive information",
         "Health, violence and trafficking situations and identity numbers are shown only to the "
         "person's counsellor and to supervisors.\n"
         "• In a colleague's file, a banner says what is hidden from you.\n"
         "• “Show it, giving a reason…”: write why you need it; your reason and your name go "
         "into the audit trail, which the supervisor reads.\n"
         "• Save or undo your changes to the file before showing what is hidden.\n"
         "Never copy this information into free notes or a message: it would lose its "
         "protection there."),
        ("pathway", "The pathway",
         "The “Pathway” tab follows the person stage by stage: intake, orientation, soft skills, "
         "then an internship (wage-employment track) or the auto-entrepreneur registration, "
         "business plan and microgrant (self-employment track), and the follow-up.\n"
         "• Choose a stage in the list: its dates, status and notes are shown.\n"
         "• “Start / resume”, “Complete”, “Skip…” and “Abandon…” move it on; skipping or "
         "abandoning asks for the reason.\n"
         "• Choose the track (“Choose this track”) at orientation; record outcomes (job, "
         "training, business created) under “Outcomes”.\n"
         "A greyed move is not allowed at that point; a stage completes only when its own record "
         "shows it, and the message says what is missing: the career goal and recommended "
         "services for orientation, at least 80 % attendance for soft skills, an internship ended "
         "and evaluated, the auto-entrepreneur registration number and date, a business plan "
         "without a blocking problem, a confirmed first tranche, the 12-month visit."),
        ("cohorts", "Cohorts and attendance",
         "The “Training cohorts” tab runs group trainings (soft skills, job search…).\n"
         "• “New cohort…”: title, dates, places, trainer, place.\n"
         "• “Enrol people…”: search and tick them; beyond the places, the rest are not enrolled.\n"
         "• Add each session (date, module), then fill in its attendance sheet after it took "
         "place (“Everyone present”, then correct the absent) and “Save the sheet”.\n"
         "• “Print the sheet…” gives the sheet to sign.\n"
         "Each person's attendance so far is compared with the 80 % the certificate needs. "
         "Attendance is marked only once the session has taken place, and a session falls within "
         "the cohort's dates."),
        ("internship", "Internships",
         "The “Internship” tab follows each internship of the person: contrat d'insertion, "
         "stage de formation-insertion, association placement or apprenticeship.\n"
         "• “New internship”, then the host organisation (or “New host…”), kind, dates, tutor "
         "and stipend: the bounds of the chosen kind are recalled.\n"
         "• The agreement goes one step at a time: being prepared, signed by the three parties "
         "(intern, host, agency) with the signed copy attached, under way, then completed or ended "
         "early (date and reason).\n"
         "• Score the mid-term and final evaluations on the grid (1 to 4), then the outcome: "
         "hired with the contract (CDI, CDD, Tahfiz) or the reason for not being hired.\n"
         "The host's record (interns, hired, the 60 % rule of the contrat d'insertion) is shown "
         "below the form. Usual errors: stipend out of bounds, too long, agreement not signed or "
         "without its signed copy; an internship needs the wage-employment track chosen in the "
         "pathway."),
        ("ae", "Auto-entrepreneur",
         "The “Auto-entrepreneur” tab guides the registration in the national auto-entrepreneur "
         "register.\n"
         "• The heading says whether the person is eligible today (age, legal status, valid "
         "residence title) and recalls the activity's turnover ceiling and tax.\n"
         "• Tick the checklist's steps (documents gathered, application filed, where and when), "
         "then the registration number (RNAE), date, tax identifier, ICE and social cover "
         "(CNSS/AMO). “Save the checklist”.\n"
         "When the person is not eligible, the reason is given (e.g. a valid residence card is "
         "needed: record it in the identity documents). The pathway stage completes only with the "
         "registration number and date, and the card or filing receipt attached when the "
         "programme asks for it. An ICE has 15 digits, a tax identifier 7 to 10."),
        ("business-plan", "Business plan",
         "The “Business plan” tab builds the project with the person.\n"
         "• Activity, category, summary and the plan's sections.\n"
         "• Start-up costs (“Add a cost”) and funding (“Add a source”): the gap is shown.\n"
         "• Monthly projection: revenue and costs of each month; margin, cumulative cash and the "
         "break-even month are computed as you type.\n"
         "• “Save the business plan”.\n"
         "The review's problems are listed under the plan: unfunded costs, cash short in a month, "
         "costs not recovered, turnover above the auto-entrepreneur ceiling. A blocking problem "
         "stops the stage from completing and the grant application from reaching the committee. "
         "Type amounts in dirhams (2500 or 2.500,00)."),
        ("grant", "Microgrant",
         "The “Microgrant” tab follows the person's application up to the follow-up visits.\n"
         "• Application: choose the budget envelope and the amount requested, then “Submit the "
         "application” (a completed business plan is needed).\n"
         "• Committee decision: decision, amount granted, date, score, members, conditions or "
         "reason; “Record the decision” (supervisors).\n"
         "• Tranches: “Record the tranche” (date, amount, how, receipt or invoice); someone else "
         "confirms it with “Confirm the selected tranche”.\n"
         "• Follow-up visits: on the dates due, record the business's state, monthly revenue and "
         "jobs created.\n"
         "Usual errors: envelope too small, tranche above what is left to pay, purchase in kind "
         "without a receipt reference, confirmation by whoever recorded the tranche. No envelope? "
         "A supervisor creates one in Tools."),
        ("referrals", "Referrals to partners",
         "The “Referrals” tab sends the person to a partner (training, health, housing…) and "
         "follows the answer.\n"
         "• “Refer to a partner…”: partner (or “New partner…”), service requested, date; the "
         "referral letter, with its reply slip and code (R-…), is printed from the “Printed "
         "documents” tab.\n"
         "• When the slip comes back, “Record the answer…” (or People ▸ Key in a returned "
         "referral slip… with the code): accepted, refused with its reason, service given.\n"
         "• “Another agency…” refers or transfers the file to another agency, or asks for its "
         "erasure everywhere (synchronised PC).\n"
         "Only what the partner needs is shared. Without the person's consent to sharing with "
         "partners the referral is refused: record it in the profile first. A referral without "
         "an answer shows in “To do”."),
        ("programmes", "Programmes and targets",
         "Donor programmes (e.g. “EU — Work4Life 2026”) have a period, the people they serve "
         "and targets.\n"
         "• In a file, the “Programmes” tab enrols the person: choose the programme and the "
         "date, then “Enrol”; “End the enrolment” with the day it ends.\n"
         "• Supervisors define programmes from the Indicators tab, “Targets…” button: name, "
         "donor, period, people counted, targets.\n"
         "Usual refusals: the person is not among those the programme serves, the date is outside "
         "its period, the person is already enrolled. On a synchronised PC, national programmes "
         "come from the server and are not changed here."),
        ("printed", "Printing certificates",
         "A file's “Printed documents” tab lists the documents provided for (orientation, "
         "training and internship certificates, referral letters, tranche receipts…).\n"
         "• The “Can it be printed?” column says “Ready” or what is missing: consent pending or "
         "expired, stage not reached, attendance too low, tranche not confirmed.\n"
         "• Choose the languages (two of French, Arabic and English), then “Preview and "
         "issue…”.\n"
         "• Below, the documents already issued: “Print again…” or “Revoke…” (with a reason; "
         "re-prints are then stamped REVOKED).\n"
         "Each issued document carries a serial number and a signed QR code, checked offline."),
        ("specimen", "Check, issue and print",
         "A document first opens as a specimen: no serial, no QR code, stamped SPECIMEN.\n"
         "• Check the names, dates and amounts.\n"
         "• “Issue and print…” chooses the printer; “Issue and save as PDF…” writes a file. The "
         "serial and the register's row are given only when the printer accepts the job (or the "
         "PDF is written).\n"
         "• The issued document is then shown; “Print…” makes more copies.\n"
         "When printing fails nothing is issued and the message says why: print service stopped, "
         "printer paused, not accepting jobs or unknown. Fix the printer (or choose another) and "
         "print again. Pages come out at 100 % on A4: do not turn on “fit to page” in the "
         "printer's settings."),
        ("cohort-printing", "Certificates for a cohort",
         "In the “Training cohorts” tab, “Certificates for the cohort…” issues at once the "
         "certificates of everyone entitled to one, in one PDF or sent to the printer.\n"
         "• Before anything is issued, the window says how many certificates will be issued and "
         "who is left out, with the reason (attendance under 80 %, incomplete sheets, consent "
         "pending).\n"
         "• Progress is shown page by page; “Cancel” stops everything and issues nothing.\n"
         "• “Print the sheet…” prints a session's attendance sheet to sign (add the session "
         "first).\n"
         "If the printer refuses the batch, no certificate is issued nor registered: fix the "
         "printer and start again."),
        ("issued-register", "Register of issued documents",
         "Tools ▸ Register of issued documents… lists every document the agency issued, with its "
         "serial, the person, the date and who issued it.\n"
         "• Search by serial or name, then select the line.\n"
         "• “Print again…” makes an identical copy; “Revoke…” (with the reason) marks it "
         "revoked, and checking its QR code then says so.\n"
         "When a partner or an employer doubts a certificate, look its serial up here: “No "
         "document with this serial number” means the agency did not issue it."),
        ("letterhead", "Letterhead of documents",
         "Tools ▸ Letterhead of printed documents… (supervisors) sets what appears at the top "
         "and bottom of every document.\n"
         "• Texts in each language: institution, agency, address, city (place of signature), "
         "signatory's title; a text left empty in Arabic or English is printed in French.\n"
         "• Signatory's name, phone, e-mail and default languages.\n"
         "• The institution's logo and the donors' logos (PNG or JPEG, at most 2 MB).\n"
         "The agency's name is required, at least in French. A logo no longer on this PC must be "
         "chosen again."),
        ("todo", "To do",
         "The “To do” tab gathers each morning what waits for an action, by heading: past "
         "appointments to record, missed ones to book again, follow-up visits due, internships "
         "ending, grant applications awaiting the committee, referrals without an answer, consent "
         "not recorded, residence documents expiring.\n"
         "• Choose the counsellor (yourself by default); “Refresh” reads the list again.\n"
         "• Double-click (or Enter) on a line opens the file to deal with.\n"
         "A line disappears once the action is recorded in the file. If the list cannot be read, "
         "the message says so: try “Refresh” again."),
        ("agenda", "Agenda",
         "The “Agenda” tab shows a counsellor's appointments by day or by week.\n"
         "• “Previous”, “Today”, “Next” move around; choose the counsellor to see her or his "
         "agenda.\n"
         "• “New appointment…”: person, kind, date, time, duration, place, note (what to bring). "
         "“Change…” moves it.\n"
         "• Once the time has passed, mark “Attended”, “Missed” or “Excused”; “Cancel the "
         "appointment” when it does not take place.\n"
         "A slot already taken is refused with its time and person; a future appointment cannot "
         "be marked attended; a cancelled appointment is booked again as a new one."),
        ("appointments", "The person's appointments",
         "A file's “Appointments” tab lists this person's past and coming appointments.\n"
         "• “Book an appointment…” opens the form with the person already chosen.\n"
         "• Select a past appointment to mark it “Attended”, “Missed” or “Excused”.\n"
         "Repeated absences show in “To do” to be booked again."),
        ("history", "The file's history",
         "The “History” tab shows who changed what in the file and when, newest first: the old "
         "and new value of each field of the profile, identity documents, consent, the "
         "pathway's stages and outcomes, internship, business plan, auto-entrepreneur "
         "registration and microgrant.\n"
         "It answers “who changed this number?” without searching the audit trail. Information "
         "hidden from you stays hidden in the history too."),
        ("indicators", "Indicators",
         "The “Indicators” tab (supervisors) counts the people at each stage over a period: "
         "registered, oriented, trained, in an internship, hired, auto-entrepreneurs, grants "
         "awarded and paid, businesses active at 6 and 12 months…\n"
         "• Choose the period and the programme, then “Count”; each line shows the target and "
         "the progress.\n"
         "• “By” breaks an indicator down (sex, age band, nationality, status…) with its chart; "
         "“Who are they?” lists the people behind a number.\n"
         "• Export: CSV, JSON, Excel for donors, PDF report.\n"
         "In exports, small counts (under the “hide under” threshold) are hidden, and so are the "
         "counts that would let them be worked out: nobody can be recognised. People who did not "
         "consent to being named to donors are left out of the lists."),
        ("audit", "Audit trail",
         "Tools ▸ Audit trail… (supervisors and administrators) shows who did what and when: "
         "logins, files opened, hidden information shown with its reason, prints, exports.\n"
         "• Filter by period, action, person or file number, then “Search”.\n"
         "• “Check the chain” checks that each entry is linked to the one before and agrees with "
         "the backups: any change made outside the app is found.\n"
         "• “Export for an inspection…” writes the trail as JSON or CSV.\n"
         "“Audit trail altered”: leave the PC as it is, export the trail and inform the data "
         "protection officer."),
        ("accounts", "User accounts",
         "Tools ▸ User accounts… (administrators) manages the agency's accounts.\n"
         "• “New account…”: full name, user name, role (counsellor, supervisor, administrator) "
         "and a temporary password the person changes at first login.\n"
         "• “Reset password…” for a forgotten password or a locked account; “Disable / enable” "
         "when someone leaves the agency (do not delete: the history keeps the name); “Change "
         "role…”.\n"
         "• Everyone changes their own password in Tools ▸ Change my password….\n"
         "Usual refusals: user name already taken or with accents, password too short or too "
         "easy. Nobody disables their own account or changes their own role: another "
         "administrator does."),
        ("envelopes", "Budget envelopes",
         "Tools ▸ Budget envelopes… (supervisors) shows the money of each programme or donor set "
         "aside for microgrants: budget, committed (grants awarded) and disbursed (confirmed "
         "tranches).\n"
         "• To add one: name, programme or donor, budget in dirhams, then “Add the envelope”.\n"
         "A grant cannot be awarded beyond what is left in the envelope: the message gives what "
         "remains."),
        ("sync", "Synchronisation and USB keys",
         "Tools ▸ Synchronisation… (F9) links the PC with the institution's central server; work "
         "goes on during a synchronisation, and the status bar shows its state.\n"
         "• Enrol this PC (once, by an administrator): the server's address (https://…) and the "
         "one-time code from the server's administrator.\n"
         "• “Synchronise now” sends and receives the changes; otherwise they go by themselves "
         "whenever the server answers.\n"
         "• Without a connection: “Write a bundle for a USB key…” puts the waiting changes in an "
         "encrypted file; a connected PC sends it, then “Read the server's answer…” brings the "
         "answer back here.\n"
         "• Conflicts (the same field changed on two PCs) are settled here: “Keep the value "
         "shown” or “Take the other value”.\n"
         "Server out of reach: your work stays on the PC and goes later. Clock wrong: set the "
         "date and time right, then synchronise again. A bundle older than 30 days is refused: "
         "write a new one."),
        ("backups", "Backups",
         "An encrypted backup is made every day and when the app closes, into the folder chosen "
         "in Tools ▸ Settings (a USB key for instance).\n"
         "• Tools ▸ Backups… lists the backups and their folder; “Back up now” makes one at once "
         "(you can go on working).\n"
         "• Each backup is read back after it is written: “Backup written and checked”.\n"
         "“Restore a backup…” is greyed for anyone but an administrator. Folder not found: plug "
         "the USB key in. Disk full: free space or choose another folder. Keep one key outside "
         "the agency: a backup on the same disk does not protect against theft."),
        ("restore", "Restoring a backup",
         "Restoring replaces all the data of the PC with a backup's (after a failed disk, a "
         "replaced PC, a wrong move).\n"
         "• On the login window, “Restore a backup…” (or from Tools ▸ Backups…).\n"
         "• Choose the backup in the list, or “Choose a backup file…” (.cbk).\n"
         "• Type an administrator's user name and password as they were in the backup, or “Use "
         "the recovery key instead”, then “Restore” and confirm.\n"
         "The replaced data is not deleted: it is kept aside in the backups folder. Changes made "
         "since the backup and not synchronised will no longer be in the app. If the database is "
         "missing at start, the same window offers to put it back, to restore, or to start anew "
         "(an administrator holding the recovery key)."),
        ("settings", "Settings",
         "Tools ▸ Settings… sets up the PC (administrators; others see them greyed).\n"
         "• Interface language: French, Arabic or English.\n"
         "• Screen lock after inactivity, and the longest session before the password is asked "
         "again.\n"
         "• Backup folder (a USB key for instance), backups to keep, backup when the app closes.\n"
         "Usual messages: “This folder does not exist” (plug the key in and choose a folder on "
         "it), “No space left” or “cannot be written to” (choose another folder or ask IT for the "
         "permission). Backups are encrypted: only this PC's accounts or the recovery key open "
         "them."),
        ("committees", "Grant committees",
         "Tools ▸ Grant committees: create a session (date, place, members from the agency or "
         "from outside with their organisation, the chair) and tick who is present: the quorum "
         "(3 voting members including the chair) is shown. Only applications whose business plan "
         "passed its review go on the agenda, ranked by the programme's scoring grid. A member "
         "with a conflict of interest does not vote. The vote and the decision are recorded "
         "together; then print the bilingual minutes, have them signed, and mark them signed."),
        ("import-export", "Importing from Excel, exporting the register",
         "People ▸ Import: “Download the template” gives a workbook with a sheet per kind "
         "(people, documents, consents, stages, cohorts and attendance, internships, business "
         "plans, grants and tranches, referrals, follow-up visits) and a Notes sheet explaining "
         "each column. The sheets are linked by the file number. The app checks every row by its "
         "own rules and shows each refusal with its sheet, line and reason; nothing is written "
         "before “Import”, then everything at once. Importing the same workbook again changes "
         "nothing. People ▸ Export the register to Excel gives the same workbook, filtered as the "
         "register; only supervisors may include identity numbers and sensitive situations "
         "(entered in the audit trail)."),
    ],
}  # fmt: skip
TITLES = {"fr": "Counsellor — guide de l’utilisatrice", "ar": "Counsellor — دليل الاستعمال",
          "en": "Counsellor — user guide"}  # fmt: skip
OTHERS = {"fr": "Autres langues :", "ar": "لغات أخرى:", "en": "Other languages:"}
NAMES = {"fr": "Français", "ar": "العربية", "en": "English"}
CONTENTS = {"fr": "Sommaire", "ar": "المحتويات", "en": "Contents"}
TOP = {"fr": "↑ Sommaire", "ar": "↑ المحتويات", "en": "↑ Contents"}

# The sections grouped by the counsellor's day, in this order; a section not named here goes
# into the last group ("more"), so a section added to SECTIONS is never left out of the page.
GROUP_TITLES: dict[str, dict[str, str]] = {
    "reception": {"fr": "L’accueil", "ar": "الاستقبال", "en": "Reception"},
    "pathway": {"fr": "Le parcours", "ar": "المسار", "en": "The pathway"},
    "printing": {"fr": "L’impression", "ar": "الطباعة", "en": "Printing"},
    "follow-up": {"fr": "Le suivi", "ar": "التتبع", "en": "Follow-up"},
    "supervisor": {"fr": "Les outils de la superviseure", "ar": "أدوات المشرف(ة)",
                   "en": "The supervisor's tools"},
    "care": {"fr": "L’entretien du poste", "ar": "العناية بالحاسوب", "en": "Looking after the PC"},
    "more": {"fr": "Autres sujets", "ar": "مواضيع أخرى", "en": "More"},
}  # fmt: skip
GROUPS: dict[str, str] = {
    "login": "reception", "setup": "reception", "register": "reception",
    "intake-errors": "reception", "attachments": "reception", "masked-file": "reception",
    "pathway": "pathway", "cohorts": "pathway", "internship": "pathway", "ae": "pathway",
    "business-plan": "pathway", "grant": "pathway", "committees": "pathway",
    "referrals": "pathway", "programmes": "pathway",
    "printed": "printing", "specimen": "printing", "cohort-printing": "printing",
    "issued-register": "printing", "letterhead": "printing",
    "todo": "follow-up", "agenda": "follow-up", "appointments": "follow-up",
    "history": "follow-up",
    "indicators": "supervisor", "import-export": "supervisor", "audit": "supervisor",
    "accounts": "supervisor", "envelopes": "supervisor",
    "sync": "care", "backups": "care", "restore": "care", "settings": "care",
}  # fmt: skip
STYLE = """
body { font-family: "Segoe UI", "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", Arial,
       sans-serif; margin: 0 auto; max-width: 1040px; padding: 12px 24px 48px; color: #1d232b;
       background: #f4f6f9; }
h1 { color: #1f4e79; margin: 8px 0; }
h2.group { color: #fff; background: #1f4e79; padding: 6px 12px; border-radius: 4px;
           margin-top: 40px; font-size: 20px; }
h3 { color: #1f4e79; margin: 28px 0 6px; font-size: 19px; }
nav.languages { margin-bottom: 8px; } nav a { margin: 0 4px; }
nav.contents { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4px 24px;
               background: #fff; border: 1px solid #c9d2de; border-radius: 4px;
               padding: 8px 16px 12px; }
nav.contents h2 { font-size: 16px; margin: 8px 0 2px; color: #1f4e79; }
nav.contents ul { margin: 0; padding-inline-start: 18px; }
p, li { font-size: 15px; line-height: 1.5; } p { margin: 6px 0; } ul { margin: 4px 0; }
section > ul { padding-inline-start: 22px; }
img { display: block; max-width: 100%; margin: 10px 0; border: 1px solid #c9d2de;
      border-radius: 4px; background: #fff; }
a.top { font-size: 13px; }
[dir="rtl"] p, [dir="rtl"] li { font-size: 16px; line-height: 1.7; }
"""


def group_of(name: str) -> str:
    """The group a section belongs to; the last one for a section the grouping does not name."""
    group = GROUPS.get(name, "more")
    return group if group in GROUP_TITLES else "more"


def grouped(language: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """The language's sections by group, groups in their order, sections in SECTIONS order."""
    groups: dict[str, list[tuple[str, str, str]]] = {group: [] for group in GROUP_TITLES}
    for section in SECTIONS[language]:
        groups[group_of(section[0])].append(section)
    return [(group, sections) for group, sections in groups.items() if sections]


def _french(text: str) -> str:
    """French spacing: no line break inside « … » nor before : ; ? ! (non-breaking spaces)."""
    for plain, kept in (("« ", "«\u00a0"), (" »", "\u00a0»"), (" :", "\u00a0:"), (" ;", "\u202f;"),
                        (" ?", "\u202f?"), (" !", "\u202f!")):  # fmt: skip
        text = text.replace(plain, kept)
    return text


def _text(text: str) -> str:
    """A section's text as HTML: one paragraph per line, "• " lines as a list."""
    parts: list[str] = []
    items: list[str] = []
    for line in text.split("\n"):
        if line.startswith("• "):
            items.append(f"<li>{html.escape(line[2:])}</li>")
            continue
        if items:
            parts.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if line.strip():
            parts.append(f"<p>{html.escape(line)}</p>")
    if items:
        parts.append("<ul>" + "".join(items) + "</ul>")
    return "\n".join(parts)


def _page(language: str, pictures: set[str]) -> str:
    direction = "rtl" if language == "ar" else "ltr"
    others = " · ".join(
        f'<a href="guide-{other}.html" lang="{other}">{NAMES[other]}</a>'
        for other in LANGUAGES
        if other != language
    )
    parts = [
        f'<!doctype html><html lang="{language}" dir="{direction}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(TITLES[language])}</title><style>{STYLE}</style></head><body>",
        f'<h1 id="contents">{html.escape(TITLES[language])}</h1>',
        f'<nav class="languages">{OTHERS[language]} {others}</nav>',
        f'<nav class="contents" aria-label="{html.escape(CONTENTS[language])}">',
    ]
    sections = grouped(language)
    for group, members in sections:
        links = "".join(
            f'<li><a href="#{name}">{html.escape(title)}</a></li>' for name, title, _ in members
        )
        parts.append(
            f"<div><h2>{html.escape(GROUP_TITLES[group][language])}</h2><ul>{links}</ul></div>"
        )
    parts.append("</nav>")
    for group, members in sections:
        title = html.escape(GROUP_TITLES[group][language])
        parts.append(f'<h2 class="group" id="group-{group}">{title}</h2>')
        for name, title, text in members:
            heading, body = (_french(title), _french(text)) if language == "fr" else (title, text)
            picture = f"{name}-{language}.png"
            parts.append(f'<section><h3 id="{name}">{html.escape(heading)}</h3>{_text(body)}')
            if picture in pictures:
                parts.append(
                    f'<img src="images/{picture}" alt="{html.escape(heading)}" loading="lazy">'
                )
            parts.append(f'<a class="top" href="#contents">{TOP[language]}</a></section>')
    parts.append("</body></html>")
    return "\n".join(parts)


def _shrink(shot: Path, target: Path) -> None:
    """The screenshot at WIDTH at most, with a palette: a UI picture loses nothing visible."""
    picture = Image.open(shot).convert("RGB")
    if picture.width > WIDTH:
        height = round(picture.height * WIDTH / picture.width)
        picture = picture.resize((WIDTH, height), Image.Resampling.LANCZOS)
    picture.quantize(COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        target, optimize=True
    )


def make(out: Path = GUIDE) -> Path:
    sys.path.insert(0, str(ROOT / "scripts"))
    import screenshots

    with tempfile.TemporaryDirectory() as shots:
        screenshots.main(Path(shots), LANGUAGES)
        images = out / "images"
        if out.exists():
            shutil.rmtree(out)
        images.mkdir(parents=True)
        wanted = {f"{name}-{lang}.png" for lang in LANGUAGES for name, _t, _x in SECTIONS[lang]}
        for shot in Path(shots).glob("*.png"):
            if shot.name in wanted:
                _shrink(shot, images / shot.name)
    pictures = {p.name for p in images.glob("*.png")}
    missing = sorted(wanted - pictures)
    if missing:  # a section without its picture is still written, and said
        print(f"sections without a picture: {', '.join(missing)}", file=sys.stderr)
    for language in LANGUAGES:
        (out / f"guide-{language}.html").write_text(_page(language, pictures), "utf-8")
    return out


def size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


if __name__ == "__main__":
    started = time.monotonic()
    made = make()
    print(
        f"user guide written to {made}: {size(made) / 1e6:.1f} MB, "
        f"{len(list(made.glob('images/*.png')))} pictures, {time.monotonic() - started:.0f} s"
    )
