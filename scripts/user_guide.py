"""The user guide: a short illustrated HTML guide in French, Arabic and English, made from real
screenshots of the app (scripts/screenshots.py on a demo agency), shipped in
``resources/guide/`` and opened by *Help ▸ User guide* (F1).

    python scripts/user_guide.py            # (re)make resources/guide/
"""

from __future__ import annotations

import html
import shutil
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "resources" / "guide"
LANGUAGES = ("fr", "ar", "en")
WIDTH = 1100  # pictures are shrunk to this width: sharp enough, a few MB in all

# (picture, title, text) per section and language; the picture is "<name>-<language>.png".
SECTIONS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("login", "Se connecter",
         "Chaque conseillère a son compte. Après 10 minutes sans activité l’écran se verrouille "
         "(Ctrl+L pour le verrouiller soi-même) ; le mot de passe le déverrouille. Mot de passe "
         "oublié : un administrateur le réinitialise, ou la clé de secours notée à l’installation."),
        ("register", "Le registre",
         "La liste des personnes accompagnées. Tapez un nom (en lettres latines ou arabes), un "
         "téléphone ou un numéro de document : la recherche se fait pendant la frappe. Double-clic "
         "ou Entrée ouvre la fiche. Ctrl+N commence un nouvel accueil."),
        ("intake-errors", "Accueillir une personne",
         "Remplissez le formulaire d’accueil. Un champ mal rempli est signalé en rouge avec la "
         "raison ; rien de ce qui a été tapé n’est perdu, même en cas de panne (un brouillon est "
         "gardé). Sans consentement, la fiche est enregistrée « consentement en attente »."),
        ("pathway", "Le parcours",
         "Chaque étape (accueil, orientation, savoir-être, stage ou auto-entreprise, plan "
         "d’affaires, microsubvention, suivi) a son état. Seules les actions permises sont "
         "proposées ; une action grisée dit pourquoi."),
        ("cohorts", "Cohortes et présences",
         "Créez une cohorte de formation, inscrivez les personnes, puis remplissez la feuille de "
         "présence de chaque séance. Le taux de présence de chacun est comparé au seuil de 80 %."),
        ("printed", "Imprimer les attestations",
         "L’onglet « Documents imprimés » d’une fiche propose les documents possibles. Chaque "
         "attestation porte un numéro de série et un code QR signé, vérifiable sans connexion."),
        ("todo", "À faire",
         "Les rendez-vous à renseigner, les visites de suivi dues, les stages qui se terminent, "
         "les orientations sans réponse et les cartes de séjour qui expirent."),
        ("masked-file", "Informations sensibles",
         "Les situations de santé, de violence ou de traite et les numéros d’identité ne sont "
         "visibles que par la conseillère de la personne et la superviseure. Pour les afficher "
         "sur la fiche d’une collègue, donnez un motif : il est inscrit au journal d’audit."),
        ("backups", "Sauvegardes",
         "Une sauvegarde chiffrée est faite chaque jour et à la fermeture, dans le dossier choisi "
         "dans Outils ▸ Paramètres (une clé USB par exemple). Pour restaurer : « Restaurer une "
         "sauvegarde… » sur la fenêtre de connexion, avec un compte administrateur."),
        ("audit", "Journal d’audit",
         "Superviseures et administrateurs y voient qui a fait quoi et quand : connexions, "
         "fiches ouvertes, impressions, exports. « Vérifier la chaîne » détecte toute "
         "modification faite en dehors de l’application."),
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
         "لكل مستشار(ة) حسابه. بعد 10 دقائق دون نشاط تُقفل الشاشة (Ctrl+L لقفلها يدوياً)، "
         "وتُفتح بكلمة المرور. عند نسيانها يعيد المسؤول تعيينها، أو يُستعمل مفتاح الاسترجاع المدوَّن "
         "عند التثبيت."),
        ("register", "السجل",
         "قائمة الأشخاص المواكَبين. اكتب اسماً (بالحروف العربية أو اللاتينية) أو هاتفاً أو رقم وثيقة: "
         "يتم البحث أثناء الكتابة. النقر المزدوج أو Entrée يفتح الملف. Ctrl+N لاستقبال جديد."),
        ("intake-errors", "استقبال شخص",
         "املأ استمارة الاستقبال. الحقل غير الصحيح يظهر بالأحمر مع السبب، ولا يضيع شيء مما كُتب "
         "حتى عند حدوث عطل (تُحفظ مسودة). بدون موافقة يُحفظ الملف «موافقة في الانتظار»."),
        ("pathway", "المسار",
         "لكل مرحلة (الاستقبال، التوجيه، المهارات الحياتية، التدريب أو المقاولة الذاتية، مخطط "
         "الأعمال، المنحة، التتبع) حالتها. لا تُقترح إلا الإجراءات المسموح بها، والإجراء غير المتاح "
         "يذكر السبب."),
        ("cohorts", "الأفواج والحضور",
         "أنشئ فوج تكوين، وسجّل الأشخاص، ثم املأ ورقة الحضور لكل حصة. تُقارن نسبة حضور كل "
         "شخص بعتبة 80٪."),
        ("printed", "طباعة الشهادات",
         "يعرض تبويب «الوثائق المطبوعة» في الملف الوثائق الممكنة. لكل شهادة رقم تسلسلي ورمز QR "
         "موقَّع يمكن التحقق منه دون اتصال."),
        ("todo", "المهام",
         "المواعيد التي يجب تسجيلها، زيارات التتبع المستحقة، التداريب التي تنتهي، التوجيهات بدون "
         "رد، وبطاقات الإقامة التي تنتهي صلاحيتها."),
        ("masked-file", "المعلومات الحساسة",
         "لا يرى وضعيات الصحة أو العنف أو الاتجار وأرقام الهوية إلا مستشار(ة) الشخص والمشرف(ة). "
         "لإظهارها في ملف زميل(ة) اذكر السبب: يُسجَّل في سجل التدقيق."),
        ("backups", "النسخ الاحتياطية",
         "تُنجز نسخة مشفرة كل يوم وعند الإغلاق، في المجلد المختار في أدوات ◂ الإعدادات (مفتاح USB "
         "مثلاً). للاسترجاع: «استرجاع نسخة احتياطية…» في نافذة الدخول، بحساب مسؤول."),
        ("audit", "سجل التدقيق",
         "يرى فيه المشرفون والمسؤولون من فعل ماذا ومتى: الدخول، الملفات المفتوحة، الطباعة، "
         "التصدير. «التحقق من السلسلة» يكشف كل تعديل تم خارج التطبيق."),
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
         "Each counsellor has her own account. After 10 minutes without activity the screen "
         "locks (Ctrl+L locks it at once); the password unlocks it. A forgotten password is reset "
         "by an administrator, or with the recovery key written down at installation."),
        ("register", "The register",
         "The people you accompany. Type a name (Latin or Arabic letters), a phone or a document "
         "number: the search runs as you type. Double-click or Enter opens the file; Ctrl+N "
         "starts a new intake."),
        ("intake-errors", "Welcoming a person",
         "Fill in the intake form. A field filled wrongly turns red with its reason; nothing typed "
         "is lost, even after a crash (a draft is kept). Without consent the file is saved as "
         "“consent pending”."),
        ("pathway", "The pathway",
         "Each stage (intake, orientation, soft skills, internship or auto-entrepreneur, business "
         "plan, microgrant, follow-up) has its status. Only the allowed moves are offered; a "
         "greyed move says why."),
        ("cohorts", "Cohorts and attendance",
         "Create a training cohort, enrol people, then fill in each session's attendance sheet. "
         "Each person's attendance is compared with the 80 % threshold."),
        ("printed", "Printing certificates",
         "A file's “Printed documents” tab offers the documents that can be printed. Each "
         "certificate carries a serial number and a signed QR code, checked offline."),
        ("todo", "To do",
         "Appointments to record, follow-up visits due, internships ending, referrals without an "
         "answer and residence cards expiring."),
        ("masked-file", "Sensitive information",
         "Health, violence and trafficking situations and identity numbers are shown only to the "
         "person's counsellor and to supervisors. To see them in a colleague's file, give a "
         "reason: it goes into the audit trail."),
        ("backups", "Backups",
         "An encrypted backup is made every day and when the app closes, into the folder chosen "
         "in Tools ▸ Settings (a USB key for instance). To restore one: “Restore a backup…” on "
         "the login window, with an administrator's account."),
        ("audit", "Audit trail",
         "Supervisors and administrators see who did what and when: logins, files opened, "
         "prints, exports. “Check the chain” finds any change made outside the app."),
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
STYLE = """
body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; margin: 0 auto;
       max-width: 1150px; padding: 16px 24px; color: #1d232b; background: #f4f6f9; }
h1 { color: #1f4e79; } h2 { color: #1f4e79; margin-top: 32px; }
nav a { margin: 0 6px; } p { font-size: 15px; line-height: 1.5; max-width: 60em; }
img { max-width: 100%; border: 1px solid #c9d2de; border-radius: 4px; background: #fff; }
"""


def _page(language: str, pictures: set[str]) -> str:
    direction = "rtl" if language == "ar" else "ltr"
    others = " · ".join(
        f'<a href="guide-{other}.html" lang="{other}">{NAMES[other]}</a>'
        for other in LANGUAGES
        if other != language
    )
    parts = [
        f'<!doctype html><html lang="{language}" dir="{direction}"><head><meta charset="utf-8">',
        f"<title>{html.escape(TITLES[language])}</title><style>{STYLE}</style></head><body>",
        f"<h1>{html.escape(TITLES[language])}</h1>",
        f"<nav>{OTHERS[language]} {others}</nav><nav>",
        " · ".join(
            f'<a href="#{name}">{html.escape(title)}</a>'
            for name, title, _text in SECTIONS[language]
        ),
        "</nav>",
    ]
    for name, title, text in SECTIONS[language]:
        picture = f"{name}-{language}.png"
        parts.append(f'<h2 id="{name}">{html.escape(title)}</h2><p>{html.escape(text)}</p>')
        if picture in pictures:
            parts.append(f'<img src="images/{picture}" alt="{html.escape(title)}">')
    parts.append("</body></html>")
    return "\n".join(parts)


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
            if shot.name not in wanted:
                continue
            picture = Image.open(shot).convert("RGB")
            if picture.width > WIDTH:
                picture = picture.resize((WIDTH, round(picture.height * WIDTH / picture.width)))
            picture.save(images / shot.name, optimize=True)
    pictures = {p.name for p in images.glob("*.png")}
    for language in LANGUAGES:
        (out / f"guide-{language}.html").write_text(_page(language, pictures), "utf-8")
    return out


if __name__ == "__main__":
    print(f"user guide written to {make()}")
