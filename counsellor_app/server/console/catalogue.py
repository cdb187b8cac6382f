"""The console's words in French, Arabic and English, in one table.

The server imports no Qt, so the desktop's .ts files cannot serve here; this small catalogue
does, and a test checks that every key has its three languages and that every key a
template uses exists. Placeholders are ``{name}`` (``str.format``).
"""

from __future__ import annotations

from typing import Final

from counsellor_app.core.languages import DEFAULT_LANGUAGE, LANGUAGES
from counsellor_app.server.console.duplicate_words import DUPLICATE_WORDS
from counsellor_app.server.console.partner_words import WORDS as PARTNER_WORDS
from counsellor_app.server.console.reference_words import WORDS as REFERENCE_WORDS

LANGUAGE_NAMES: Final = (("fr", "Français"), ("ar", "العربية"), ("en", "English"))

# key: (French, Arabic, English)
WORDS: Final[dict[str, tuple[str, str, str]]] = {
    "console": ("Console nationale", "المنصة الوطنية", "National console"),
    "skip_to_content": ("Aller au contenu", "الانتقال إلى المحتوى", "Skip to content"),
    "menu": ("Menu", "القائمة", "Menu"),
    "language": ("Langue", "اللغة", "Language"),
    "change_language": ("Changer", "تغيير", "Change"),
    "sign_in": ("Connexion", "تسجيل الدخول", "Sign in"),
    "sign_out": ("Déconnexion", "تسجيل الخروج", "Sign out"),
    "username": ("Identifiant", "اسم المستخدم", "Username"),
    "password": ("Mot de passe", "كلمة المرور", "Password"),
    "second_factor": ("Second facteur", "العامل الثاني للتحقق", "Second factor"),
    "totp_explained": (
        "Saisissez le code à six chiffres affiché par votre application d'authentification.",
        "أدخل الرمز المكون من ستة أرقام الذي يعرضه تطبيق المصادقة لديك.",
        "Type the six-digit code shown by your authenticator app.",
    ),
    "totp_code": ("Code à six chiffres", "الرمز المكون من ستة أرقام", "Six-digit code"),
    "confirm": ("Valider", "تأكيد", "Confirm"),
    "continue": ("Continuer", "متابعة", "Continue"),
    "role_national_admin": ("Administrateur national", "مدير وطني", "National administrator"),
    "role_programme_manager": ("Responsable de programme", "مسؤول البرنامج", "Programme manager"),
    "role_agency_supervisor": ("Superviseur d'agence", "مشرف الوكالة", "Agency supervisor"),
    "role_auditor": ("Auditeur", "مدقق", "Auditor"),
    "agencies": ("Agences et postes", "الوكالات والحواسيب", "Agencies and PCs"),
    "agency": ("Agence", "الوكالة", "Agency"),
    "code": ("Code", "الرمز", "Code"),
    "name": ("Nom", "الاسم", "Name"),
    "region": ("Région", "الجهة", "Region"),
    "city": ("Ville", "المدينة", "City"),
    "kind": ("Type", "النوع", "Kind"),
    "kind_anapec": ("Agence ANAPEC", "وكالة أنابيك", "ANAPEC agency"),
    "kind_entraide": (
        "Centre de l'Entraide nationale",
        "مركز التعاون الوطني",
        "Entraide Nationale centre",
    ),
    "kind_association": ("Association", "جمعية", "Association"),
    "pcs": ("Postes", "الحواسيب", "PCs"),
    "pc_name": ("Poste", "الحاسوب", "PC"),
    "pc_id": ("Identifiant du poste", "معرف الحاسوب", "PC id"),
    "last_sync": ("Dernière synchronisation", "آخر مزامنة", "Last sync"),
    "waiting_ops": (
        "Opérations en attente",
        "العمليات المنتظرة",
        "Operations waiting",
    ),
    "rejected_ops": ("Opérations refusées", "العمليات المرفوضة", "Refused operations"),
    "set_aside": ("Fiches mises de côté", "السجلات الموضوعة جانبا", "Records set aside"),
    "conflicts_waiting": ("Conflits en attente", "التعارضات المعلقة", "Conflicts waiting"),
    "no_agency": ("Aucune agence pour l'instant.", "لا توجد أي وكالة حاليا.", "No agency yet."),
    "new_agency": ("Nouvelle agence", "وكالة جديدة", "New agency"),
    "edit_agency": ("Modifier l'agence", "تعديل الوكالة", "Edit the agency"),
    "name_fr": ("Nom en français", "الاسم بالفرنسية", "Name in French"),
    "name_ar": ("Nom en arabe", "الاسم بالعربية", "Name in Arabic"),
    "name_en": ("Nom en anglais", "الاسم بالإنجليزية", "Name in English"),
    "save": ("Enregistrer", "حفظ", "Save"),
    "create": ("Créer", "إنشاء", "Create"),
    "enrolled": ("Inscrit le", "تاريخ التسجيل", "Enrolled"),
    "app_version": ("Version", "الإصدار", "Version"),
    "state": ("État", "الحالة", "State"),
    "too_old": ("trop ancienne", "قديم جدا", "too old"),
    "revoked": ("Révoqué", "ملغى", "Revoked"),
    "revoke": ("Révoquer", "إلغاء", "Revoke"),
    "active": ("Actif", "نشط", "Active"),
    "no_pc": ("Aucun poste inscrit.", "لا يوجد أي حاسوب مسجل.", "No PC enrolled."),
    "never": ("jamais", "أبدا", "never"),
    "enrolment_code": ("Code d'inscription", "رمز التسجيل", "Enrolment code"),
    "enrolment_code_explained": (
        "Un code à usage unique, valable 24 heures, pour inscrire un nouveau poste de cette agence.",
        "رمز يستعمل مرة واحدة، صالح لمدة 24 ساعة، لتسجيل حاسوب جديد لهذه الوكالة.",
        "A one-time code, valid for 24 hours, to enrol a new PC of this agency.",
    ),
    "new_enrolment_code": ("Créer un code", "إنشاء رمز", "Create a code"),
    "code_shown_once": (
        "Notez ce code maintenant : il ne sera plus jamais affiché.",
        "دوّن هذا الرمز الآن: لن يُعرض مرة أخرى.",
        "Write this code down now: it will never be shown again.",
    ),
    "back_to_agency": ("Retour à l'agence", "العودة إلى الوكالة", "Back to the agency"),
    "accounts": ("Comptes", "الحسابات", "Accounts"),
    "role": ("Rôle", "الدور", "Role"),
    "yes": ("oui", "نعم", "yes"),
    "no": ("non", "لا", "no"),
    "disabled": ("Désactivé", "معطل", "Disabled"),
    "locked": ("Verrouillé", "مقفل", "Locked"),
    "unlock": ("Déverrouiller", "فتح القفل", "Unlock"),
    "new_account": ("Nouveau compte", "حساب جديد", "New account"),
    "agency_for_supervisor": (
        "Agence (superviseur d'agence)",
        "الوكالة (لمشرف الوكالة)",
        "Agency (agency supervisor)",
    ),
    "my_account": ("Mon compte", "حسابي", "My account"),
    "change_password": ("Changer le mot de passe", "تغيير كلمة المرور", "Change the password"),
    "current_password": ("Mot de passe actuel", "كلمة المرور الحالية", "Current password"),
    "new_password": ("Nouveau mot de passe", "كلمة المرور الجديدة", "New password"),
    "totp_on": (
        "Le second facteur est activé pour ce compte.",
        "العامل الثاني مفعل لهذا الحساب.",
        "The second factor is on for this account.",
    ),
    "totp_setup": (
        "Ajoutez cette clé à votre application d'authentification, puis saisissez le code qu'elle affiche.",
        "أضف هذا المفتاح إلى تطبيق المصادقة، ثم أدخل الرمز الذي يعرضه.",
        "Add this key to your authenticator app, then type the code it shows.",
    ),
    "enable_totp": (
        "Activer le second facteur",
        "تفعيل العامل الثاني",
        "Turn the second factor on",
    ),
    "release": ("Versions de l'application", "إصدارات التطبيق", "App versions"),
    "release_explained": (
        "Les postes affichent la version courante et le lien de téléchargement ; en dessous de la version minimale, ils ne se synchronisent plus.",
        "تعرض الحواسيب الإصدار الحالي ورابط التحميل؛ وتحت الإصدار الأدنى تتوقف عن المزامنة.",
        "PCs show the current version and its download link; below the minimum version they no longer synchronise.",
    ),
    "min_version": ("Version minimale", "الإصدار الأدنى", "Minimum version"),
    "current_version": ("Version courante", "الإصدار الحالي", "Current version"),
    "download_url": ("Lien de téléchargement", "رابط التحميل", "Download link"),
    "operations": ("Exploitation", "التشغيل", "Operations"),
    "server_health": ("État du serveur", "حالة الخادم", "Server health"),
    "database_size": ("Taille de la base", "حجم قاعدة البيانات", "Database size"),
    "change_log_length": (
        "Longueur du journal des modifications",
        "طول سجل التغييرات",
        "Change-log length",
    ),
    "last_compaction": ("Dernier compactage", "آخر ضغط", "Last compaction"),
    "compact": ("Compacter le journal", "ضغط السجل", "Compact the log"),
    "refused_by_agency": (
        "Opérations refusées par agence",
        "العمليات المرفوضة حسب الوكالة",
        "Refused operations by agency",
    ),
    "reason": ("Motif", "السبب", "Reason"),
    "count": ("Nombre", "العدد", "Count"),
    "nothing": ("Rien à signaler.", "لا شيء يذكر.", "Nothing to report."),
    "set_aside_records": ("Fiches mises de côté", "السجلات الموضوعة جانبا", "Records set aside"),
    "reported": ("Signalé le", "تاريخ الإبلاغ", "Reported"),
    "bundles_imported": ("Paquets USB importés", "الحزم المستوردة عبر USB", "USB bundles imported"),
    "imported_at": ("Importé le", "تاريخ الاستيراد", "Imported"),
    "import_bundle": ("Importer un paquet", "استيراد حزمة", "Import a bundle"),
    "bundle_file": ("Fichier du paquet", "ملف الحزمة", "Bundle file"),
    "import": ("Importer", "استيراد", "Import"),
    "audit": ("Journal d'audit", "سجل التدقيق", "Audit trail"),
    "chain_intact": ("Chaîne intègre", "السلسلة سليمة", "Chain intact"),
    "chain_broken": (
        "Chaîne rompue à l'entrée",
        "السلسلة مقطوعة عند المدخل",
        "Chain broken at entry",
    ),
    "export_csv": ("Exporter (CSV)", "تصدير (CSV)", "Export (CSV)"),
    "when": ("Date", "التاريخ", "When"),
    "action": ("Action", "الإجراء", "Action"),
    "target": ("Objet", "الموضوع", "Target"),
    # Notices and refusals
    "signed_out": ("Vous êtes déconnecté.", "تم تسجيل خروجك.", "You are signed out."),
    "session_expired": (
        "Votre session a expiré ; reconnectez-vous.",
        "انتهت صلاحية جلستك؛ يرجى تسجيل الدخول من جديد.",
        "Your session has expired; sign in again.",
    ),
    "wrong_credentials": (
        "Identifiant ou mot de passe incorrect.",
        "اسم المستخدم أو كلمة المرور غير صحيحة.",
        "Wrong username or password.",
    ),
    "locked_until": (
        "Trop d'essais : compte verrouillé jusqu'à {until}.",
        "محاولات كثيرة: الحساب مقفل حتى {until}.",
        "Too many attempts: the account is locked until {until}.",
    ),
    "totp_wrong": ("Code incorrect.", "الرمز غير صحيح.", "Wrong code."),
    "csrf_heading": ("Formulaire refusé", "تم رفض الاستمارة", "Form refused"),
    "csrf_refused": (
        "Ce formulaire n'a pas été envoyé depuis la console ou a expiré. Rechargez la page et recommencez.",
        "لم تُرسل هذه الاستمارة من المنصة أو انتهت صلاحيتها. أعد تحميل الصفحة ثم حاول من جديد.",
        "This form was not sent from the console or has expired. Reload the page and try again.",
    ),
    "forbidden_heading": ("Accès refusé", "الولوج مرفوض", "Access refused"),
    "forbidden": (
        "Votre rôle ne permet pas d'ouvrir cette page.",
        "دورك لا يسمح بفتح هذه الصفحة.",
        "Your role does not allow this page.",
    ),
    "not_found_heading": ("Introuvable", "غير موجود", "Not found"),
    "not_found": (
        "Cet élément n'existe pas.",
        "هذا العنصر غير موجود.",
        "This item does not exist.",
    ),
    "form_too_large": (
        "Le fichier envoyé dépasse la taille permise (200 Mo).",
        "الملف المرسل يتجاوز الحجم المسموح به (200 ميغابايت).",
        "The file sent is larger than allowed (200 MB).",
    ),
    "bad_form": (
        "Le formulaire reçu est illisible.",
        "الاستمارة المستلمة غير مقروءة.",
        "The form received cannot be read.",
    ),
    "agency_saved": ("Agence enregistrée.", "تم حفظ الوكالة.", "Agency saved."),
    "pc_revoked": ("Poste révoqué.", "تم إلغاء الحاسوب.", "PC revoked."),
    "account_created": ("Compte créé.", "تم إنشاء الحساب.", "Account created."),
    "account_unlocked": ("Compte déverrouillé.", "تم فتح قفل الحساب.", "Account unlocked."),
    "password_changed": ("Mot de passe changé.", "تم تغيير كلمة المرور.", "Password changed."),
    "totp_enabled": ("Second facteur activé.", "تم تفعيل العامل الثاني.", "Second factor on."),
    "release_saved": ("Versions enregistrées.", "تم حفظ الإصدارات.", "Versions saved."),
    "release_uploaded": (
        "Mise à jour vérifiée et publiée : les postes la verront à leur prochaine synchronisation.",
        "تم التحقق من التحديث ونشره: ستراه الحواسيب عند مزامنتها القادمة.",
        "Update checked and published: PCs see it at their next synchronisation.",
    ),
    "release_no_folder": (
        "Mise à jour refusée : aucun dossier de publication n'est configuré sur le serveur (COUNSELLOR_SERVER_RELEASE_DIR).",
        "تم رفض التحديث: لم يُضبط أي مجلد نشر على الخادم (COUNSELLOR_SERVER_RELEASE_DIR).",
        "Update refused: no release folder is configured on the server (COUNSELLOR_SERVER_RELEASE_DIR).",
    ),
    "release_no_keys": (
        "Mise à jour refusée : aucune clé de publication n'est configurée sur le serveur (COUNSELLOR_SERVER_RELEASE_KEYS).",
        "تم رفض التحديث: لم يُضبط أي مفتاح نشر على الخادم (COUNSELLOR_SERVER_RELEASE_KEYS).",
        "Update refused: no release key is configured on the server (COUNSELLOR_SERVER_RELEASE_KEYS).",
    ),
    "release_missing": (
        "Mise à jour refusée : joignez l'installateur et son manifeste signé.",
        "تم رفض التحديث: أرفقوا برنامج التثبيت وبيانه الموقَّع.",
        "Update refused: attach the installer and its signed manifest.",
    ),
    "release_signature": (
        "Mise à jour refusée : le manifeste n'est pas signé par une clé de publication reconnue.",
        "تم رفض التحديث: البيان غير موقَّع بمفتاح نشر معتمد.",
        "Update refused: the manifest is not signed by a trusted release key.",
    ),
    "release_damaged": (
        "Mise à jour refusée : l'installateur n'a pas la taille ou l'empreinte SHA-256 signées (fichier endommagé ou autre version).",
        "تم رفض التحديث: برنامج التثبيت لا يطابق الحجم أو البصمة SHA-256 الموقَّعين (ملف تالف أو إصدار آخر).",
        "Update refused: the installer does not have the signed size or SHA-256 (damaged file, or another version).",
    ),
    "release_upload": ("Publier une mise à jour", "نشر تحديث", "Publish an update"),
    "release_upload_explained": (
        "L'installateur et son manifeste, signés hors ligne avec la clé de publication (packaging/release_sign.py). Le serveur vérifie la signature, la taille et l'empreinte avant de les proposer aux postes.",
        "برنامج التثبيت وبيانه، موقَّعان خارج الشبكة بمفتاح النشر (packaging/release_sign.py). يتحقق الخادم من التوقيع والحجم والبصمة قبل عرضهما على الحواسيب.",
        "The installer and its manifest, signed offline with the release key (packaging/release_sign.py). The server checks the signature, size and fingerprint before offering them to PCs.",
    ),
    "release_installer": ("Installateur (.exe)", "برنامج التثبيت (.exe)", "Installer (.exe)"),
    "release_manifest": (
        "Manifeste signé (manifest.json)",
        "البيان الموقَّع (manifest.json)",
        "Signed manifest (manifest.json)",
    ),
    "release_offered": (
        "Mise à jour proposée aux postes",
        "التحديث المعروض على الحواسيب",
        "Update offered to PCs",
    ),
    "publish": ("Publier", "نشر", "Publish"),
    "compacted": (
        "Journal compacté : {removed} entrées retirées, {remaining} restantes.",
        "تم ضغط السجل: حُذف {removed} مدخلا، وبقي {remaining}.",
        "Log compacted: {removed} entries removed, {remaining} remain.",
    ),
    "bundle_imported": (
        "Paquet importé : {applied} opérations appliquées sur {total}.",
        "تم استيراد الحزمة: طُبقت {applied} عملية من أصل {total}.",
        "Bundle imported: {applied} of {total} operations applied.",
    ),
    "bundle_refused": (
        "Paquet refusé ({reason}).",
        "تم رفض الحزمة ({reason}).",
        "Bundle refused ({reason}).",
    ),
    # Problems (codes from core.passwords and console.accounts)
    "password_too_short": (
        "Le mot de passe doit compter au moins {min} caractères.",
        "يجب أن تتكون كلمة المرور من {min} أحرف على الأقل.",
        "The password needs at least {min} characters.",
    ),
    "text_too_long": (
        "Texte trop long (au plus {max}).",
        "النص طويل جدا (الحد الأقصى {max}).",
        "Text too long (at most {max}).",
    ),
    "password_too_common": (
        "Ce mot de passe est trop courant.",
        "كلمة المرور هذه شائعة جدا.",
        "This password is too common.",
    ),
    "password_contains_username": (
        "Le mot de passe ne doit pas contenir l'identifiant.",
        "يجب ألا تتضمن كلمة المرور اسم المستخدم.",
        "The password must not contain the username.",
    ),
    "password_wrong": (
        "Mot de passe actuel incorrect.",
        "كلمة المرور الحالية غير صحيحة.",
        "The current password is wrong.",
    ),
    "username_invalid": (
        "Identifiant invalide (lettres, chiffres, point, tiret).",
        "اسم المستخدم غير صالح (حروف وأرقام ونقطة وشرطة).",
        "Invalid username (letters, digits, dot, dash).",
    ),
    "username_taken": (
        "Cet identifiant existe déjà.",
        "اسم المستخدم هذا موجود مسبقا.",
        "This username already exists.",
    ),
    "role_invalid": ("Rôle inconnu.", "دور غير معروف.", "Unknown role."),
    "agency_required": (
        "Un superviseur d'agence, et lui seul, est rattaché à une agence.",
        "مشرف الوكالة، وهو وحده، يرتبط بوكالة.",
        "An agency supervisor, and only one, belongs to an agency.",
    ),
    "name_required": ("Le nom est obligatoire.", "الاسم إلزامي.", "The name is required."),
    "agency_code_invalid": (
        "Code d'agence invalide (2 à 8 lettres ou chiffres).",
        "رمز الوكالة غير صالح (من 2 إلى 8 حروف أو أرقام).",
        "Invalid agency code (2 to 8 letters or digits).",
    ),
    "agency_kind_invalid": (
        "Type d'agence inconnu.",
        "نوع وكالة غير معروف.",
        "Unknown agency kind.",
    ),
    "version_invalid": (
        "Version invalide (par exemple 1.4.0), la minimale ne dépassant pas la courante.",
        "إصدار غير صالح (مثلا 1.4.0)، ولا يتجاوز الأدنى الإصدار الحالي.",
        "Invalid version (for example 1.4.0), the minimum not above the current one.",
    ),
    "url_invalid": (
        "Le lien doit commencer par https://.",
        "يجب أن يبدأ الرابط بـ https://.",
        "The link must start with https://.",
    ),
    "totp_setup_wrong": (
        "Code incorrect : le second facteur n'est pas activé.",
        "رمز غير صحيح: لم يتم تفعيل العامل الثاني.",
        "Wrong code: the second factor is not on.",
    ),
    **DUPLICATE_WORDS,
}

WORDS.update(REFERENCE_WORDS)  # the reference data pages' words (console/reference_words.py)
WORDS.update(PARTNER_WORDS)  # the national partner directory's (console/partner_words.py)


def translate(language: str, key: str, **params: object) -> str:
    """The words of ``key`` in ``language`` (French when the language is unknown); an unknown
    key shows as itself, which the catalogue test catches before a person sees it."""
    words = WORDS.get(key)
    if words is None:
        return key
    index = (
        LANGUAGES.index(language) if language in LANGUAGES else LANGUAGES.index(DEFAULT_LANGUAGE)
    )
    text = words[index]
    return text.format(**params) if params else text


# The national indicators' words live beside their pages; one catalogue, one test.
from counsellor_app.server.console.indicator_words import WORDS as _INDICATOR_WORDS  # noqa: E402

WORDS.update(_INDICATOR_WORDS)
