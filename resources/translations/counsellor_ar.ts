<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AePanel</name>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="76"/>
        <source>Documents gathered</source>
        <translation>الوثائق مكتملة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="92"/>
        <source>Affiliated to the CNSS (AMO)</source>
        <translation>منخرط في الصندوق الوطني للضمان الاجتماعي (التأمين الإجباري عن المرض)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="98"/>
        <source>Checklist</source>
        <translation>لائحة المراقبة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="99"/>
        <source>Where the application is filed</source>
        <translation>مكان إيداع الطلب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="100"/>
        <source>Application filed on</source>
        <translation>تاريخ إيداع الطلب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="101"/>
        <source>Registration number (RNAE)</source>
        <translation>رقم التسجيل في السجل الوطني للمقاول الذاتي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="102"/>
        <source>Registered on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="103"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="104"/>
        <source>Category</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="105"/>
        <source>Tax identifier (IF)</source>
        <translation>التعريف الضريبي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="106"/>
        <source>ICE</source>
        <translation>المعرف الموحد للمقاولة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="107"/>
        <source>Social cover</source>
        <translation>التغطية الاجتماعية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="108"/>
        <source>CNSS number</source>
        <translation>رقم الضمان الاجتماعي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="116"/>
        <source>Save the checklist</source>
        <translation>حفظ اللائحة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="142"/>
        <source>Eligible today for auto-entrepreneur registration.</source>
        <translation>مؤهل اليوم للتسجيل كمقاول ذاتي.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="159"/>
        <source>Yearly turnover ceiling %1; flat tax %2 of the turnover cashed; above %3 a year from one client, %4 is withheld at source.</source>
        <translation>سقف رقم المعاملات السنوي %1؛ ضريبة جزافية بنسبة %2 من رقم المعاملات المحصل؛ ما فوق %3 سنويا مع نفس الزبون تُقتطع منه %4 من المنبع.</translation>
    </message>
</context>
<context>
    <name>AgencySharingDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="50"/>
        <source>Other agencies — %1</source>
        <translation>وكالات أخرى — %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="65"/>
        <source>Shared with</source>
        <translation>مشترك مع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="69"/>
        <source>Agencies the file is shared with</source>
        <translation>الوكالات التي يُشارَك معها الملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="70"/>
        <source>Agency</source>
        <translation>الوكالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="70"/>
        <source>How</source>
        <translation>الكيفية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="70"/>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="76"/>
        <source>The file is not shared with another agency.</source>
        <translation>الملف غير مشترك مع أي وكالة أخرى.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="79"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;سحب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="82"/>
        <source>The other agency&apos;s PCs remove the file at their next synchronisation.</source>
        <translation>تحذف حواسيب الوكالة الأخرى الملف عند مزامنتها القادمة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="88"/>
        <source>Share the file</source>
        <translation>مشاركة الملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="95"/>
        <source>&amp;Agency code</source>
        <translation>&amp;رمز الوكالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="97"/>
        <source>Agency code</source>
        <translation>رمز الوكالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="99"/>
        <source>&amp;Refer: both agencies follow the person</source>
        <translation>&amp;توجيه: تتابع الوكالتان الشخص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="103"/>
        <source>&amp;Transfer: the file becomes theirs once they accept</source>
        <translation>&amp;نقل: يصبح الملف ملكها بمجرد قبولها</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="112"/>
        <source>Only with the person&apos;s consent to sharing, recorded in the profile.</source>
        <translation>فقط بموافقة الشخص على المشاركة، المسجلة في الملف الشخصي.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="117"/>
        <source>&amp;Share</source>
        <translation>&amp;مشاركة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="123"/>
        <source>Erasure (right to be forgotten)</source>
        <translation>المحو (الحق في النسيان)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="127"/>
        <source>Removes the person from the server, from every PC and from their history, once a supervisor approves. It cannot be undone.</source>
        <translation>يحذف الشخص من الخادم ومن كل الحواسيب ومن سجلاتها، بمجرد موافقة مشرف. لا يمكن التراجع عنه.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="137"/>
        <source>e.g. the person&apos;s request of 20/11/2026</source>
        <translation>مثلًا: طلب الشخص بتاريخ 20/11/2026</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="138"/>
        <source>&amp;Legal basis</source>
        <translation>&amp;الأساس القانوني</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="140"/>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="142"/>
        <source>Request the &amp;erasure…</source>
        <translation>طلب &amp;المحو…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="175"/>
        <source>Referred (both follow the person)</source>
        <translation>موجَّه (تتابع الوكالتان الشخص)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="177"/>
        <source>Transfer offered, waiting for their answer</source>
        <translation>نقل مقترح، في انتظار ردها</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="205"/>
        <source>A synchronisation is running; try again when it has finished.</source>
        <translation>مزامنة جارية؛ أعيدوا المحاولة عند انتهائها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="212"/>
        <source>The file is shared with %1: its PCs receive it at their next synchronisation.</source>
        <translation>الملف مشترك مع %1: تستلمه حواسيبها عند مزامنتها القادمة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="214"/>
        <source>The transfer is offered to %1: the file becomes theirs once they accept.</source>
        <translation>اقتُرح النقل على %1: يصبح الملف ملكها بمجرد قبولها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="224"/>
        <source>Withdrawn: the other agency no longer receives the file.</source>
        <translation>تم السحب: لم تعد الوكالة الأخرى تستلم الملف.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="231"/>
        <source>Give the legal basis of the erasure.</source>
        <translation>اذكروا الأساس القانوني للمحو.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="236"/>
        <source>Request the erasure</source>
        <translation>طلب المحو</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="238"/>
        <source>Ask for this person to be erased everywhere? A supervisor must approve; then nothing of the file remains, on any PC.</source>
        <translation>طلب محو هذا الشخص في كل مكان؟ يجب أن يوافق مشرف؛ بعدها لا يبقى شيء من الملف على أي حاسوب.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sharing_dialog.py" line="245"/>
        <source>Erasure requested: a supervisor approves it from the synchronisation window.</source>
        <translation>طُلب المحو: يوافق عليه مشرف من نافذة المزامنة.</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="250"/>
        <source>Past — attended or missed?</source>
        <translation>فات — حضر أم تغيّب؟</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="358"/>
        <source>Counsellor</source>
        <translation>المستشار(ة)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="364"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="365"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="365"/>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="368"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="371"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="374"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="387"/>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="392"/>
        <source>New appointment…</source>
        <translation>موعد جديد…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="395"/>
        <source>Change…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="403"/>
        <source>Attended</source>
        <translation>حضر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="404"/>
        <source>Missed</source>
        <translation>تغيّب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="405"/>
        <source>Excused</source>
        <translation>غياب مبرَّر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="406"/>
        <source>Cancel the appointment</source>
        <translation>إلغاء الموعد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="414"/>
        <source>Open the file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="441"/>
        <source>Week of %1 to %2</source>
        <translation>أسبوع %1 إلى %2</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="251"/>
        <source>Partner&apos;s answer</source>
        <translation>جواب الشريك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="264"/>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="272"/>
        <source>&amp;Code on the slip</source>
        <translation>&amp;رمز القسيمة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="273"/>
        <source>Code on the slip</source>
        <translation>رمز القسيمة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="297"/>
        <source>&amp;Answer</source>
        <translation>&amp;الجواب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="298"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="299"/>
        <source>Reason for refusal</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="300"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="339"/>
        <source>%1 (%2) sent to %3 on %4 for: %5. Now: %6.</source>
        <translation>%1 (%2) وُجّه إلى %3 بتاريخ %4 من أجل: %5. الحالة: %6.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="348"/>
        <source>This referral is closed: nothing to add.</source>
        <translation>هذا التوجيه مُغلق: لا شيء يُضاف.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../counsellor_app/ui/controller.py" line="226"/>
        <source>Saves were lost</source>
        <translation>ضاعت عمليات حفظ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/controller.py" line="326"/>
        <source>A backup was not made</source>
        <translation>لم تُنجز نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/controller.py" line="332"/>
        <source>The computer&apos;s clock is wrong</source>
        <translation>ساعة الحاسوب غير مضبوطة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/controller.py" line="371"/>
        <source>The backup was not made</source>
        <translation>لم تُنجز النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/controller.py" line="468"/>
        <source>Saving a backup before closing…</source>
        <translation>جارٍ حفظ نسخة احتياطية قبل الإغلاق…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/controller.py" line="495"/>
        <source>An unexpected error stopped it; the details are in the log.</source>
        <translation>أوقفها خطأ غير متوقع؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/controller.py" line="499"/>
        <source>The backup at closing was not made</source>
        <translation>لم تُنجز النسخة الاحتياطية عند الإغلاق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/controller.py" line="501"/>
        <source>The backup at closing was not made. %1 Your data is still on this computer.</source>
        <translation>لم تُنجز النسخة الاحتياطية عند الإغلاق. %1 بياناتك ما تزال على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="144"/>
        <source>Change the appointment</source>
        <translation>تعديل الموعد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="144"/>
        <source>New appointment</source>
        <translation>موعد جديد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="178"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="187"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="188"/>
        <source>Counsellor</source>
        <translation>المستشار(ة)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="189"/>
        <source>&amp;Kind</source>
        <translation>&amp;النوع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="190"/>
        <source>&amp;Date</source>
        <translation>&amp;التاريخ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="191"/>
        <source>&amp;Time</source>
        <translation>&amp;الساعة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="192"/>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="193"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="194"/>
        <source>Note (what to bring…)</source>
        <translation>ملاحظة (ما يجب إحضاره…)</translation>
    </message>
</context>
<context>
    <name>AppointmentTable</name>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="263"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="264"/>
        <source>Time</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="265"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="266"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="267"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="268"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="71"/>
        <source>Attach a document</source>
        <translation>إرفاق وثيقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="82"/>
        <source>e.g. Registration card, front and back</source>
        <translation>مثلاً: بطاقة التسجيل، الوجه والظهر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="87"/>
        <source>The whole file</source>
        <translation>الملف كله</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="93"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="94"/>
        <source>&amp;Title</source>
        <translation>&amp;العنوان</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="95"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="100"/>
        <source>PDF or picture (JPEG, PNG, TIFF, WebP), at most %1 MB.</source>
        <translation>ملف PDF أو صورة (JPEG، PNG، TIFF، WebP)، %1 ميغابايت على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="117"/>
        <source>The file cannot be read: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="53"/>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="56"/>
        <source>%1 KB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="206"/>
        <source>Attached documents</source>
        <translation>الوثائق المرفقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="216"/>
        <source>Drop scans or photos here, or use the button.</source>
        <translation>اسحب الوثائق الممسوحة أو الصور إلى هنا، أو استعمل الزر.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="220"/>
        <source>Attach a file…</source>
        <translation>إرفاق ملف…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="223"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="226"/>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="247"/>
        <source>(not on this PC yet)</source>
        <translation>(ليس على هذا الحاسوب بعد)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="270"/>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="272"/>
        <source>Scans and photos (%1)</source>
        <translation>الوثائق الممسوحة والصور (%1)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="304"/>
        <source>Remove a document</source>
        <translation>إزالة وثيقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="305"/>
        <source>Remove “%1” from the file? The history keeps a trace of it.</source>
        <translation>إزالة «%1» من الملف؟ يحتفظ السجل بأثر ذلك.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="158"/>
        <source>This picture cannot be shown.</source>
        <translation>تعذّر عرض هذه الصورة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="172"/>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="175"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/attachment_panel.py" line="183"/>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="61"/>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="71"/>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="101"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="75"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="81"/>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="116"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="84"/>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="88"/>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="116"/>
        <source>Who</source>
        <translation>من قام به</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="89"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="92"/>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="93"/>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="95"/>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="102"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="114"/>
        <source>Audit entries</source>
        <translation>مدخلات السجل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="116"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="116"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="116"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="130"/>
        <source>&amp;Check the chain</source>
        <translation>&amp;التحقق من السلسلة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="133"/>
        <source>&amp;Export for an inspection…</source>
        <translation>&amp;تصدير من أجل تفتيش…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="151"/>
        <source>No file has this number on this PC.</source>
        <translation>لا يوجد ملف بهذا الرقم على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="180"/>
        <source>(not logged in)</source>
        <translation>(غير متصل)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="188"/>
        <source>%1 entries (the newest first).</source>
        <translation>%1 مدخلات (الأحدث أولاً).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="190"/>
        <source>The newest %1 entries: narrow the search to see older ones.</source>
        <translation>أحدث %1 مدخلات: ضيّق البحث لرؤية الأقدم.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="229"/>
        <source>Audit trail intact</source>
        <translation>سجل التدقيق سليم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="231"/>
        <source>The %1 entries are intact: each is linked to the one before, and the backups&apos; records agree.</source>
        <translation>المدخلات الـ%1 سليمة: كل منها مرتبط بالسابق، وسجلات النسخ الاحتياطية متطابقة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="238"/>
        <source>Audit trail altered</source>
        <translation>سجل التدقيق معدَّل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="240"/>
        <source>The audit trail was altered outside the app at entry %1. Keep this PC as it is, export the trail and inform the data protection officer.</source>
        <translation>عُدّل سجل التدقيق خارج التطبيق عند المدخل %1. اترك هذا الحاسوب على حاله، وصدّر السجل وأبلغ مسؤول حماية المعطيات.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="249"/>
        <source>Export the audit trail</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="251"/>
        <source>JSON files (*.json);;CSV files (*.csv)</source>
        <translation>ملفات JSON (*.json);;ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="259"/>
        <source>Preparing the export…</source>
        <translation>جارٍ إعداد التصدير…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="289"/>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/audit_dialog.py" line="276"/>
        <source>%1 entries written to %2.</source>
        <translation>كُتبت %1 مدخلات في %2.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="44"/>
        <source>This file is not a Counsellor backup.</source>
        <translation>هذا الملف ليس نسخة احتياطية من Counsellor.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="47"/>
        <source>This backup is damaged (its content does not match what was recorded when it was made). Choose an older one.</source>
        <translation>هذه النسخة الاحتياطية تالفة (محتواها لا يطابق ما سُجّل عند إنشائها). اختر نسخة أقدم.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="52"/>
        <source>This backup was made by a newer version of Counsellor. Install that version first.</source>
        <translation>أُنشئت هذه النسخة بإصدار أحدث من Counsellor. ثبّت ذلك الإصدار أولاً.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="56"/>
        <source>Only an administrator (as the accounts were in the backup) may restore it, or whoever holds the recovery key.</source>
        <translation>لا يستطيع استرجاعها إلا مسؤول (كما كانت الحسابات في النسخة) أو من يملك مفتاح الاسترجاع.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="61"/>
        <source>The backup folder cannot be written to. Check the USB key or choose another folder in the settings.</source>
        <translation>تتعذّر الكتابة في مجلد النسخ الاحتياطية. تحقق من مفتاح USB أو اختر مجلداً آخر في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="66"/>
        <source>The backup folder could not be written (input/output error): the USB key or the disk may be failing or was pulled out. Check it, or use another key.</source>
        <translation>تعذّرت الكتابة في مجلد النسخ الاحتياطية (خطأ في الإدخال/الإخراج): قد يكون مفتاح USB أو القرص معطوباً أو قد نُزع. تحقق منه أو استعمل مفتاحاً آخر.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="71"/>
        <source>The backup folder is not there: the USB key is probably not plugged in. Plug it in and back up again. Nothing was written on this computer in its place.</source>
        <translation>مجلد النسخ الاحتياطية غير موجود: يبدو أن مفتاح USB غير موصول. صِله ثم أعد النسخ الاحتياطي. لم يُكتب أي شيء على هذا الحاسوب في مكانه.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="76"/>
        <source>The backup folder is not on the USB key or disk chosen in the settings (the key is missing or another one is plugged in). Plug in the key chosen, or choose the folder again in the settings.</source>
        <translation>مجلد النسخ الاحتياطية ليس على مفتاح USB أو القرص المختار في الإعدادات (المفتاح غير موصول أو وُصل مفتاح آخر). صِل المفتاح المختار أو اختر المجلد من جديد في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="82"/>
        <source>No space left in the backup folder (USB key). Remove files you no longer need from it, or choose a bigger key in the settings. The earlier backups are kept.</source>
        <translation>لم تبق مساحة فارغة في مجلد النسخ الاحتياطية (مفتاح USB). احذف منه الملفات التي لم تعد تلزمك أو اختر مفتاحاً أكبر في الإعدادات. النسخ السابقة محفوظة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="87"/>
        <source>The backup folder is read-only or you are not allowed to write there. Unlock the USB key (its switch) or ask IT for the permission, or choose another folder.</source>
        <translation>مجلد النسخ الاحتياطية للقراءة فقط أو لا يُسمح لك بالكتابة فيه. ألغِ قفل مفتاح USB (زرّه) أو اطلب الإذن من مصلحة المعلوميات أو اختر مجلداً آخر.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="92"/>
        <source>The backup written on the USB key did not read back the same: the key may be failing. The faulty copy was removed; use another key.</source>
        <translation>النسخة الاحتياطية المكتوبة على مفتاح USB لم تُقرأ مطابقة لما كُتب: قد يكون المفتاح معطوباً. حُذفت النسخة المعيبة؛ استعمل مفتاحاً آخر.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="97"/>
        <source>The database is damaged: no sound backup can be made from it. Restore the latest backup (Tools ▸ Backups…) or call support.</source>
        <translation>قاعدة البيانات تالفة: لا يمكن أخذ نسخة سليمة منها. استرجع آخر نسخة احتياطية (أدوات ◂ النسخ الاحتياطية…) أو اتصل بالدعم.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="102"/>
        <source>No space left on this computer&apos;s disk: the backup needs room for a temporary copy of the data. Free some space (empty the recycle bin, remove old downloads), then back up again. Your data is not damaged.</source>
        <translation>لم تبق مساحة فارغة على قرص هذا الحاسوب: يحتاج النسخ الاحتياطي إلى مكان لنسخة مؤقتة من البيانات. حرّر بعض المساحة (أفرغ سلة المحذوفات واحذف التنزيلات القديمة) ثم أعد النسخ الاحتياطي. بياناتك غير تالفة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="108"/>
        <source>This computer&apos;s disk could not be read or written (input/output error) while copying the data. The disk may be failing: call support.</source>
        <translation>تعذّرت قراءة قرص هذا الحاسوب أو الكتابة فيه (خطأ في الإدخال/الإخراج) أثناء نسخ البيانات. قد يكون القرص معطوباً: اتصل بالدعم.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="113"/>
        <source>The data folder&apos;s backups folder cannot be written (read-only or permission denied). Ask IT to give back the permission to write in the data folder.</source>
        <translation>تتعذّر الكتابة في مجلد النسخ الاحتياطية داخل مجلد البيانات (للقراءة فقط أو الإذن مرفوض). اطلب من مصلحة المعلوميات إعادة إذن الكتابة في مجلد البيانات.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="118"/>
        <source>No space left on this computer&apos;s disk to unpack the backup. Free some space, then restore again. Nothing was replaced.</source>
        <translation>لم تبق مساحة فارغة على قرص هذا الحاسوب لفك النسخة الاحتياطية. حرّر بعض المساحة ثم أعد الاسترجاع. لم يُستبدل أي شيء.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="123"/>
        <source>The data folder cannot be written (read-only or permission denied): ask IT for the permission, then restore again. Nothing was replaced.</source>
        <translation>تتعذّر الكتابة في مجلد البيانات (للقراءة فقط أو الإذن مرفوض): اطلب الإذن من مصلحة المعلوميات ثم أعد الاسترجاع. لم يُستبدل أي شيء.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="128"/>
        <source>The backup file could not be read (input/output error): the USB key may be failing or was pulled out. Check it, or choose another backup. Nothing was replaced.</source>
        <translation>تعذّرت قراءة ملف النسخة الاحتياطية (خطأ في الإدخال/الإخراج): قد يكون مفتاح USB معطوباً أو قد نُزع. تحقق منه أو اختر نسخة أخرى. لم يُستبدل أي شيء.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="133"/>
        <source>The backup file is no longer there (the USB key was pulled out?). Plug it in and try again. Nothing was replaced.</source>
        <translation>ملف النسخة الاحتياطية لم يعد موجوداً (هل نُزع مفتاح USB؟). صِله ثم أعد المحاولة. لم يُستبدل أي شيء.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="138"/>
        <source>The data was restored, but some attached documents could not be copied (no space or the key was pulled out). Free space or plug the key in, then restore again.</source>
        <translation>استُرجعت البيانات، لكن تعذّر نسخ بعض الوثائق المرفقة (لا مساحة فارغة أو نُزع المفتاح). حرّر مساحة أو صِل المفتاح ثم أعد الاسترجاع.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="153"/>
        <source>%1 at %2 — %3 — PC %4 — %5 MB</source>
        <translation>%1 على الساعة %2 — %3 — الحاسوب %4 — %5 م.ب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="40"/>
        <source>This computer&apos;s clock says %1, earlier than the last synchronisation (%2): its date is wrong. Set the date and time right (or ask IT); documents and records take their date from it. Backups are still kept in the order they were made.</source>
        <translation>تشير ساعة هذا الحاسوب إلى %1، وهو تاريخ سابق لآخر مزامنة (%2): تاريخها خاطئ. اضبط التاريخ والوقت (أو اطلب ذلك من مصلحة المعلوميات)؛ فالوثائق والتسجيلات تأخذ تاريخها منها. تبقى النسخ الاحتياطية محفوظة حسب ترتيب إنجازها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="47"/>
        <source>This computer&apos;s clock says %1, earlier than a backup made on %2: the date is wrong now, or was wrong when that backup was made. Check the date and time (or ask IT); documents and records take their date from it. Backups are still kept in the order they were made.</source>
        <translation>تشير ساعة هذا الحاسوب إلى %1، وهو تاريخ سابق لنسخة احتياطية أُنجزت في %2: التاريخ خاطئ الآن، أو كان خاطئاً عند إنجاز تلك النسخة. تحقق من التاريخ والوقت (أو اطلب ذلك من مصلحة المعلوميات)؛ فالوثائق والتسجيلات تأخذ تاريخها منها. تبقى النسخ الاحتياطية محفوظة حسب ترتيب إنجازها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="62"/>
        <source>The last backup (%1, %2) was not made. %3</source>
        <translation>لم تُنجز آخر نسخة احتياطية (%1، %2). %3</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="84"/>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="93"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="97"/>
        <source>No backup yet. One is made every day and when the app closes; you can make one now.</source>
        <translation>لا توجد نسخة احتياطية بعد. تُنجز نسخة كل يوم وعند إغلاق التطبيق؛ يمكنك إنجاز واحدة الآن.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="115"/>
        <source>Back up &amp;now</source>
        <translation>نسخ احتياطي &amp;الآن</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="119"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;استرجاع نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="123"/>
        <source>Only an administrator restores a backup.</source>
        <translation>وحده المسؤول يسترجع نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="134"/>
        <source>Folder: %1</source>
        <translation>المجلد: %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="153"/>
        <source>Backing up… you can go on working.</source>
        <translation>جارٍ النسخ الاحتياطي… يمكنك مواصلة العمل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/backups_dialog.py" line="159"/>
        <source>Backup written and checked: %1</source>
        <translation>كُتبت النسخة الاحتياطية وتم التحقق منها: %1</translation>
    </message>
</context>
<context>
    <name>BusinessPlanPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="113"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="114"/>
        <source>Category</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="115"/>
        <source>Months projected</source>
        <translation>أشهر التوقع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="135"/>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="139"/>
        <source>Start-up costs</source>
        <translation>تكاليف الانطلاق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="140"/>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="140"/>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="159"/>
        <source>Amount (MAD)</source>
        <translation>المبلغ (درهم)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="145"/>
        <source>Add a cost</source>
        <translation>إضافة تكلفة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="148"/>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="167"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="154"/>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="158"/>
        <source>Funding</source>
        <translation>التمويل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="159"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="164"/>
        <source>Add a source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="178"/>
        <source>Revenue</source>
        <translation>رقم المعاملات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="178"/>
        <source>Costs</source>
        <translation>التكاليف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="178"/>
        <source>Margin</source>
        <translation>الهامش</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="178"/>
        <source>Cumulative cash</source>
        <translation>الخزينة المتراكمة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="181"/>
        <source>Monthly projection</source>
        <translation>التوقع الشهري</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="201"/>
        <source>Save the business plan</source>
        <translation>حفظ مخطط الأعمال</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="294"/>
        <source>Month %1</source>
        <translation>الشهر %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="355"/>
        <source>Start-up costs: %1</source>
        <translation>تكاليف الانطلاق: %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="358"/>
        <source>Funding: %1</source>
        <translation>التمويل: %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="362"/>
        <source>Gap: %1</source>
        <translation>العجز: %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="365"/>
        <source>Break-even in month %1</source>
        <translation>عتبة المردودية في الشهر %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="367"/>
        <source>No break-even yet</source>
        <translation>لا عتبة مردودية بعد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="378"/>
        <source>Before the business plan stage can be completed:</source>
        <translation>قبل إمكانية إنهاء مرحلة مخطط الأعمال:</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="142"/>
        <source>Change my password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="146"/>
        <source>Your password was set by an administrator. Choose your own now.</source>
        <translation>حدد المسؤول كلمة مرورك. اختر كلمة مرورك الخاصة الآن.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="153"/>
        <source>Current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="154"/>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="155"/>
        <source>New password again</source>
        <translation>كلمة المرور الجديدة مرة أخرى</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereBanner</name>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="100"/>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="109"/>
        <source>This person was removed from this computer at %1.</source>
        <translation>أُزيل هذا الشخص من هذا الحاسوب في %1.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="111"/>
        <source>This file was changed on another computer (synchronised at %1).</source>
        <translation>عُدِّل هذا الملف على حاسوب آخر (تمت المزامنة في %1).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="113"/>
        <source>This file was changed by an import at %1.</source>
        <translation>عُدِّل هذا الملف عن طريق استيراد في %1.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="115"/>
        <source>This file was changed in another window by %2 at %1.</source>
        <translation>عدّل %2 هذا الملف في نافذة أخرى في %1.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="117"/>
        <source>another user</source>
        <translation>مستخدم آخر</translation>
    </message>
</context>
<context>
    <name>CohortCertificates</name>
    <message>
        <location filename="../../counsellor_app/ui/cohort_printing.py" line="74"/>
        <location filename="../../counsellor_app/ui/cohort_printing.py" line="82"/>
        <location filename="../../counsellor_app/ui/cohort_printing.py" line="136"/>
        <source>Certificates for the cohort</source>
        <translation>شهادات الفوج</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohort_printing.py" line="102"/>
        <source>Nobody in this cohort can receive a certificate yet.</source>
        <translation>لا يمكن لأي شخص في هذا الفوج أن يتسلم شهادة بعد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/cohort_printing.py" line="110"/>
        <source>%n certificate(s) will be issued, each with its own serial number, in one PDF to print.</source>
        <translation>
            <numerusform>لن تُصدر أي شهادة.</numerusform>
            <numerusform>ستُصدر شهادة واحدة برقمها التسلسلي في ملف PDF للطباعة.</numerusform>
            <numerusform>ستُصدر شهادتان، لكل منهما رقمها التسلسلي، في ملف PDF واحد للطباعة.</numerusform>
            <numerusform>ستُصدر %n شهادات، لكل منها رقمها التسلسلي، في ملف PDF واحد للطباعة.</numerusform>
            <numerusform>ستُصدر %n شهادة، لكل منها رقمها التسلسلي، في ملف PDF واحد للطباعة.</numerusform>
            <numerusform>ستُصدر %n شهادة، لكل منها رقمها التسلسلي، في ملف PDF واحد للطباعة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohort_printing.py" line="116"/>
        <source>Not included:</source>
        <translation>غير مشمولين:</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohort_printing.py" line="129"/>
        <source>Preparing the certificates…</source>
        <translation>جارٍ إعداد الشهادات…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohort_printing.py" line="130"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohort_printing.py" line="168"/>
        <source>Certificate %1 of %2…</source>
        <translation>الشهادة %1 من %2…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohort_printing.py" line="198"/>
        <source>Stopped. No certificate was issued; you can start again later.</source>
        <translation>تم التوقف. لم تُصدر أي شهادة؛ يمكنكم البدء من جديد لاحقًا.</translation>
    </message>
</context>
<context>
    <name>CohortsView</name>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="219"/>
        <source>Cohorts</source>
        <translation>الأفواج</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="221"/>
        <source>New cohort…</source>
        <translation>فوج جديد…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="227"/>
        <source>No cohort yet. Create one to enrol people and keep attendance.</source>
        <translation>لا يوجد أي فوج بعد. أنشئ فوجا لتسجيل الأشخاص وتتبع الحضور.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="240"/>
        <source>Sessions</source>
        <translation>الحصص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="244"/>
        <source>Session date</source>
        <translation>تاريخ الحصة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="247"/>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="248"/>
        <source>Module or topic</source>
        <translation>الوحدة أو الموضوع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="249"/>
        <source>Add the session</source>
        <translation>إضافة الحصة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="257"/>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="281"/>
        <source>Attendance sheet</source>
        <translation>ورقة الحضور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="262"/>
        <source>Session</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="264"/>
        <source>Everyone present</source>
        <translation>الجميع حاضر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="267"/>
        <source>Save the sheet</source>
        <translation>حفظ الورقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="277"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="277"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="277"/>
        <source>Mark</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="277"/>
        <source>Attendance so far</source>
        <translation>نسبة الحضور إلى اليوم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="284"/>
        <source>Enrol people…</source>
        <translation>تسجيل أشخاص…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="287"/>
        <source>Withdraw the selected person</source>
        <translation>سحب الشخص المحدد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="293"/>
        <source>&amp;Print the sheet…</source>
        <translation>&amp;طباعة الورقة…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="296"/>
        <source>The session&apos;s attendance sheet on paper, for the participants to sign.</source>
        <translation>ورقة حضور الحصة على الورق، ليوقعها المشاركون.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="299"/>
        <source>&amp;Certificates for the cohort…</source>
        <translation>&amp;شهادات الفوج…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="432"/>
        <source>Mark of %1</source>
        <translation>حضور %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="484"/>
        <source>%n person(s) enrolled.</source>
        <translation>
            <numerusform>لم يُسجل أحد.</numerusform>
            <numerusform>سُجل شخص واحد.</numerusform>
            <numerusform>سُجل شخصان.</numerusform>
            <numerusform>سُجل %n أشخاص.</numerusform>
            <numerusform>سُجل %n شخصا.</numerusform>
            <numerusform>سُجل %n شخص.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="486"/>
        <source>%n already enrolled.</source>
        <translation>
            <numerusform>لا أحد مسجل من قبل.</numerusform>
            <numerusform>شخص واحد مسجل من قبل.</numerusform>
            <numerusform>شخصان مسجلان من قبل.</numerusform>
            <numerusform>%n أشخاص مسجلون من قبل.</numerusform>
            <numerusform>%n شخصا مسجلا من قبل.</numerusform>
            <numerusform>%n شخص مسجل من قبل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="489"/>
        <source>%n not enrolled: the cohort is full.</source>
        <translation>
            <numerusform>لا أحد خارج الفوج.</numerusform>
            <numerusform>شخص واحد لم يُسجل: الفوج ممتلئ.</numerusform>
            <numerusform>شخصان لم يُسجلا: الفوج ممتلئ.</numerusform>
            <numerusform>%n أشخاص لم يُسجلوا: الفوج ممتلئ.</numerusform>
            <numerusform>%n شخصا لم يُسجلوا: الفوج ممتلئ.</numerusform>
            <numerusform>%n شخص لم يُسجلوا: الفوج ممتلئ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="511"/>
        <source>Add a session first: the sheet is printed for one session.</source>
        <translation>أضيفوا حصة أولًا: تُطبع الورقة لحصة واحدة.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="167"/>
        <source>give --period, --programme, or both</source>
        <translation>حدِّد ‎--period‎ أو ‎--programme‎ أو كليهما</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="168"/>
        <source>not a period: %1 (e.g. 2026, 2026-03, 2026-01-01..2026-06-30)</source>
        <translation>فترة غير صالحة: %1 (مثلاً 2026 أو 2026-03 أو 2026-01-01..2026-06-30)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="171"/>
        <source>no programme named %1 (known: %2)</source>
        <translation>لا يوجد برنامج باسم %1 (البرامج المعروفة: %2)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="172"/>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="173"/>
        <source>%1 may not see reports (supervisors and administrators may)</source>
        <translation>لا يحق لـ %1 الاطلاع على التقارير (يحق ذلك للمشرفين والمسؤولين فقط)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="176"/>
        <source>a %1 file needs --output FILE.%1</source>
        <translation>يتطلب ملف %1 الخيار ‎--output‎ FICHIER.%1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="177"/>
        <source>cannot write %1: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="178"/>
        <source>report for %1..%2 written to %3</source>
        <translation>تم حفظ تقرير الفترة من %1 إلى %2 في %3</translation>
    </message>
</context>
<context>
    <name>CommitteesDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="214"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="220"/>
        <source>Grant committees</source>
        <translation>لجان منح الإعانات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="223"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="224"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="225"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="226"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="227"/>
        <source>Applications</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="235"/>
        <source>New session…</source>
        <translation>جلسة جديدة…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="238"/>
        <source>Open the session</source>
        <translation>فتح الجلسة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="244"/>
        <source>Scoring grids…</source>
        <translation>شبكات التنقيط…</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="90"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/document_dialog.py" line="114"/>
        <source>Specimen, %n page(s): check the names, dates and amounts. Issuing gives the document its serial number and QR code and records it in the register.</source>
        <translation>
            <numerusform>نموذج بلا صفحات.</numerusform>
            <numerusform>نموذج من صفحة واحدة: تحققوا من الأسماء والتواريخ والمبالغ. الإصدار يمنح الوثيقة رقمها التسلسلي ورمز QR ويسجلها في السجل.</numerusform>
            <numerusform>نموذج من صفحتين: تحققوا من الأسماء والتواريخ والمبالغ. الإصدار يمنح الوثيقة رقمها التسلسلي ورمز QR ويسجلها في السجل.</numerusform>
            <numerusform>نموذج من %n صفحات: تحققوا من الأسماء والتواريخ والمبالغ. الإصدار يمنح الوثيقة رقمها التسلسلي ورمز QR ويسجلها في السجل.</numerusform>
            <numerusform>نموذج من %n صفحة: تحققوا من الأسماء والتواريخ والمبالغ. الإصدار يمنح الوثيقة رقمها التسلسلي ورمز QR ويسجلها في السجل.</numerusform>
            <numerusform>نموذج من %n صفحة: تحققوا من الأسماء والتواريخ والمبالغ. الإصدار يمنح الوثيقة رقمها التسلسلي ورمز QR ويسجلها في السجل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="120"/>
        <source>&amp;Issue and print…</source>
        <translation>إ&amp;صدار وطباعة…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="121"/>
        <source>Issue and &amp;save as PDF…</source>
        <translation>إصدار و&amp;حفظ بصيغة PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/document_dialog.py" line="126"/>
        <source>Issued: %1 (%n page(s)).</source>
        <translation>
            <numerusform>صدرت: %1 (بلا صفحات).</numerusform>
            <numerusform>صدرت: %1 (صفحة واحدة).</numerusform>
            <numerusform>صدرت: %1 (صفحتان).</numerusform>
            <numerusform>صدرت: %1 (%n صفحات).</numerusform>
            <numerusform>صدرت: %1 (%n صفحة).</numerusform>
            <numerusform>صدرت: %1 (%n صفحة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/document_dialog.py" line="128"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>بلا صفحات.</numerusform>
            <numerusform>صفحة واحدة.</numerusform>
            <numerusform>صفحتان.</numerusform>
            <numerusform>%n صفحات.</numerusform>
            <numerusform>%n صفحة.</numerusform>
            <numerusform>%n صفحة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="130"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="131"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="179"/>
        <source>Sending the pages to the printer…</source>
        <translation>جارٍ إرسال الصفحات إلى الطابعة…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="180"/>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="230"/>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="247"/>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="232"/>
        <source>PDF documents (*.pdf)</source>
        <translation>وثائق PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/document_dialog.py" line="248"/>
        <source>The file could not be written: %1</source>
        <translation>تعذرت كتابة الملف: %1</translation>
    </message>
</context>
<context>
    <name>DocumentsEditor</name>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="94"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="94"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="94"/>
        <source>Expires on</source>
        <translation>تنتهي في</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="102"/>
        <source>Identity documents</source>
        <translation>وثائق الهوية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="105"/>
        <source>Add a document</source>
        <translation>إضافة وثيقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="107"/>
        <source>Remove the selected document</source>
        <translation>حذف الوثيقة المحددة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="132"/>
        <source>Document type</source>
        <translation>نوع الوثيقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="135"/>
        <source>Document number</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="138"/>
        <source>Expiry date</source>
        <translation>تاريخ انتهاء الصلاحية</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/duplicate_dialog.py" line="38"/>
        <source>Possible duplicate</source>
        <translation>تكرار محتمل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/duplicate_dialog.py" line="43"/>
        <source>This person may already be registered. Check the files below before creating a new one.</source>
        <translation>قد يكون هذا الشخص مسجلا من قبل. تحقق من الملفات أدناه قبل إنشاء ملف جديد.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/duplicate_dialog.py" line="54"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/duplicate_dialog.py" line="55"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/duplicate_dialog.py" line="56"/>
        <source>Date of birth</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/duplicate_dialog.py" line="57"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/duplicate_dialog.py" line="58"/>
        <source>Why it matched</source>
        <translation>سبب التطابق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/duplicate_dialog.py" line="87"/>
        <source>Open the existing file</source>
        <translation>فتح الملف الموجود</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/duplicate_dialog.py" line="89"/>
        <source>It is someone else: register</source>
        <translation>إنه شخص آخر: تسجيل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/duplicate_dialog.py" line="91"/>
        <source>Back to the form</source>
        <translation>العودة إلى الاستمارة</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/conflict_dialog.py" line="54"/>
        <source>While this form was open, the same field was changed elsewhere (a synchronisation or another window). The fields you did not change keep the newer values; choose which value is right for each field below.</source>
        <translation>أثناء فتح هذه الاستمارة، عُدِّل الحقل نفسه في مكان آخر (مزامنة أو نافذة أخرى). تحتفظ الحقول التي لم تعدّلها بالقيم الأحدث؛ اختر أدناه القيمة الصحيحة لكل حقل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/conflict_dialog.py" line="71"/>
        <source>Value to save</source>
        <translation>القيمة المراد حفظها</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="142"/>
        <source>Enrol people</source>
        <translation>تسجيل أشخاص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="147"/>
        <source>Name, phone or file number…</source>
        <translation>الاسم أو الهاتف أو رقم الملف…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="148"/>
        <source>Search the register</source>
        <translation>البحث في السجل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="158"/>
        <source>Enrol the people ticked</source>
        <translation>تسجيل الأشخاص المؤشر عليهم</translation>
    </message>
</context>
<context>
    <name>EnvelopesDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="453"/>
        <source>Budget envelopes</source>
        <translation>الأغلفة المالية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="459"/>
        <source>Envelope</source>
        <translation>الغلاف المالي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="459"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="459"/>
        <source>Committed</source>
        <translation>الملتزم به</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="459"/>
        <source>Disbursed</source>
        <translation>المصروف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="466"/>
        <source>Programme or donor</source>
        <translation>البرنامج أو الممول</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="469"/>
        <source>Budget (MAD)</source>
        <translation>الميزانية (درهم)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="472"/>
        <source>Add the envelope</source>
        <translation>إضافة الغلاف</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="80"/>
        <source>The database could not be upgraded to this version of the app. It was restored as it was before the upgrade; nothing was lost. Contact support with the log file.</source>
        <translation>تعذر تحديث قاعدة البيانات إلى هذا الإصدار من التطبيق. تمت إعادتها كما كانت قبل التحديث ولم يضع أي شيء. اتصل بالدعم التقني مع ملف السجل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="69"/>
        <source>The database file is damaged or is not a Counsellor database. Choose «Restore a backup…» to put back the latest backup, or contact support.</source>
        <translation>ملف قاعدة البيانات تالف أو ليس قاعدة Counsellor. اختر «استرجاع نسخة احتياطية…» لإعادة آخر نسخة، أو اتصل بالدعم.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="25"/>
        <source>The key file (keys.json) is missing from %1. Put it back (from where it was moved, or from the antivirus quarantine), restore a backup, or use the recovery key to set a new password.</source>
        <translation>ملف المفاتيح (keys.json) غير موجود في %1. أعده إلى مكانه (من حيث نُقل، أو من الحجر الصحي لبرنامج مكافحة الفيروسات)، أو استرجع نسخة احتياطية، أو استعمل مفتاح الاسترجاع لتحديد كلمة مرور جديدة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="32"/>
        <source>The key file (keys.json) is damaged. Restore a backup, or use the recovery key to set a new password.</source>
        <translation>ملف المفاتيح (keys.json) تالف. استرجع نسخة احتياطية، أو استعمل مفتاح الاسترجاع لتحديد كلمة مرور جديدة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="39"/>
        <source>The disk is full: Counsellor cannot write its data. Free some space on the disk (empty the recycle bin, move large files elsewhere), then try again. Nothing already saved is lost.</source>
        <translation>القرص ممتلئ: لا يستطيع Counsellor كتابة بياناته. حرّر مساحة على القرص (أفرغ سلة المهملات، وانقل الملفات الكبيرة إلى مكان آخر)، ثم أعد المحاولة. لم يضِع شيء مما سبق تسجيله.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="45"/>
        <source>The disk could not be read or written (input/output error): it may be failing, or a USB key may have been pulled out. Check the disk or put the key back, then try again. If it happens again, call IT and restore the latest backup on another disk.</source>
        <translation>تعذّرت القراءة من القرص أو الكتابة عليه (خطأ في الإدخال/الإخراج): قد يكون القرص معطّلاً، أو قد نُزع مفتاح USB. تحقّق من القرص أو أعد إدخال المفتاح، ثم أعد المحاولة. إذا تكرّر ذلك، فاتصل بمصلحة المعلوميات واسترجع آخر نسخة احتياطية على قرص آخر.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="52"/>
        <source>The data folder %1 is read-only: Counsellor cannot write there. Ask IT to make it writable again for your account. Nothing was changed.</source>
        <translation>مجلد البيانات %1 للقراءة فقط: لا يستطيع Counsellor الكتابة فيه. اطلب من مصلحة المعلوميات جعله قابلاً للكتابة من جديد لحسابك. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="57"/>
        <source>Counsellor is not allowed to read or write the data folder %1 (permission denied). Ask IT to give your account the right to read and write it.</source>
        <translation>لا يُسمح لـ Counsellor بقراءة مجلد البيانات %1 أو الكتابة فيه (رُفض الإذن). اطلب من مصلحة المعلوميات منح حسابك حق القراءة والكتابة فيه.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="62"/>
        <source>The database file (counsellor.db) is missing from %1, although its key file is there. It may have been moved, or quarantined by an antivirus. Put the file back, or restore a backup. An administrator with the recovery key may also start anew: the old files are then kept aside.</source>
        <translation>ملف قاعدة البيانات (counsellor.db) غير موجود في %1، مع أن ملف مفاتيحه موجود. ربما نُقل، أو وضعه برنامج مكافحة الفيروسات في الحجر الصحي. أعد الملف إلى مكانه، أو استرجع نسخة احتياطية. ويمكن أيضاً لمسؤول يحمل مفتاح الاسترجاع أن يبدأ من جديد: تُحفظ الملفات القديمة حينئذ جانباً.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="74"/>
        <source>The database file can be read, but it does not open with this account&apos;s key: the key file (keys.json) is not the one made with it. Put back its own key file, use the recovery key, or restore a backup.</source>
        <translation>ملف قاعدة البيانات قابل للقراءة، لكنه لا يُفتح بمفتاح هذا الحساب: ملف المفاتيح (keys.json) ليس الملف الذي أُنشئ معه. أعد ملف مفاتيحه الخاص، أو استعمل مفتاح الاسترجاع، أو استرجع نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="86"/>
        <source>The data folder %1 is on a network share. Counsellor keeps its register on this PC&apos;s own disk: over a network its locks are not reliable, and a dropped connection can damage the data. Ask IT to choose a folder on this PC (the server is what shares the agency&apos;s work between PCs).</source>
        <translation>مجلد البيانات %1 موجود على مجلد مشترك في الشبكة. يحتفظ Counsellor بسجله على القرص الخاص بهذا الحاسوب: فعبر الشبكة لا تكون أقفاله موثوقة، وقد يؤدي انقطاع الاتصال إلى إتلاف البيانات. اطلب من مصلحة المعلوميات اختيار مجلد على هذا الحاسوب (الخادم هو الذي يتقاسم عمل الوكالة بين الحواسيب).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="93"/>
        <source>This data folder is already set up (its database or key file is there): it is never overwritten.</source>
        <translation>مجلد البيانات هذا مُهيّأ من قبل (قاعدة بياناته أو ملف مفاتيحه موجود): لا يُكتب فوقه أبداً.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="112"/>
        <source>Not possible</source>
        <translation>غير ممكن</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="127"/>
        <location filename="../../counsellor_app/ui/errors.py" line="154"/>
        <source>Something went wrong</source>
        <translation>حدث خلل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/errors.py" line="156"/>
        <source>An unexpected error happened. What was saved is safe, and forms keep a draft of what you typed. Please send the details below to support.</source>
        <translation>حدث خطأ غير متوقع. ما تم حفظه في أمان، والاستمارات تحتفظ بمسودة لما كتبته. المرجو إرسال التفاصيل أدناه إلى الدعم التقني.</translation>
    </message>
</context>
<context>
    <name>FolderInUse</name>
    <message>
        <location filename="../../counsellor_app/ui/folder_in_use.py" line="16"/>
        <source>Another Counsellor window or command is using this data folder.</source>
        <translation>نافذة أخرى أو أمر آخر من Counsellor يستعمل مجلد البيانات هذا.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/folder_in_use.py" line="22"/>
        <source>It is used by %1 (process %2 on the computer %3, since %4).</source>
        <translation>يستعمله %1 (العملية %2 على الحاسوب %3، منذ %4).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/folder_in_use.py" line="37"/>
        <source>Counsellor is already open on this data folder.</source>
        <translation>Counsellor مفتوح بالفعل على مجلد البيانات هذا.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/folder_in_use.py" line="41"/>
        <source>Close it there (or wait for the command to finish), then start Counsellor again.</source>
        <translation>أغلقه هناك (أو انتظر انتهاء الأمر)، ثم شغّل Counsellor من جديد.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/folder_in_use.py" line="52"/>
        <source>Data folder in use</source>
        <translation>مجلد البيانات قيد الاستعمال</translation>
    </message>
</context>
<context>
    <name>GrantPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="80"/>
        <source>Budget envelope</source>
        <translation>الغلاف المالي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="83"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="84"/>
        <source>Amount requested (MAD)</source>
        <translation>المبلغ المطلوب (درهم)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="85"/>
        <source>Submit the application</source>
        <translation>إيداع الطلب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="90"/>
        <source>Application</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="99"/>
        <source>Committee decision</source>
        <translation>قرار اللجنة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="116"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="117"/>
        <source>Amount granted (MAD)</source>
        <translation>المبلغ الممنوح (درهم)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="118"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="119"/>
        <source>Score /100</source>
        <translation>النقطة /100</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="120"/>
        <source>Committee members</source>
        <translation>أعضاء اللجنة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="121"/>
        <source>Conditions or reason</source>
        <translation>الشروط أو السبب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="125"/>
        <source>Record the decision</source>
        <translation>تسجيل القرار</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="131"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="166"/>
        <source>Tranches</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="137"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="170"/>
        <source>Paid on</source>
        <translation>تاريخ الأداء</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="138"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="153"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="167"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="139"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="168"/>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="140"/>
        <source>Receipt</source>
        <translation>الوصل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="141"/>
        <source>Recorded by</source>
        <translation>سجلها</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="142"/>
        <source>Confirmed by</source>
        <translation>أكدها</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="161"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="169"/>
        <source>Receipt or invoice</source>
        <translation>الوصل أو الفاتورة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="178"/>
        <source>Record the tranche</source>
        <translation>تسجيل الدفعة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="181"/>
        <source>Confirm the selected tranche</source>
        <translation>تأكيد الدفعة المحددة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="184"/>
        <source>A tranche is confirmed by someone other than the person who recorded it.</source>
        <translation>يؤكد الدفعة شخص غير الذي سجلها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="193"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="224"/>
        <source>Follow-up visits</source>
        <translation>زيارات التتبع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="199"/>
        <source>Due</source>
        <translation>موعدها</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="200"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="225"/>
        <source>Done</source>
        <translation>أُنجزت في</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="201"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="226"/>
        <source>Business</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="202"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="219"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="227"/>
        <source>Monthly revenue</source>
        <translation>رقم المعاملات الشهري</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="203"/>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="228"/>
        <source>Jobs created</source>
        <translation>مناصب الشغل المحدثة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="232"/>
        <source>Record the selected visit</source>
        <translation>تسجيل الزيارة المحددة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="251"/>
        <source>left: %1</source>
        <translation>المتبقي: %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="275"/>
        <source>awaiting the committee</source>
        <translation>في انتظار اللجنة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="317"/>
        <source>to be confirmed</source>
        <translation>في انتظار التأكيد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="367"/>
        <source>No budget envelope yet: a supervisor creates one in Tools.</source>
        <translation>لا يوجد غلاف مالي بعد: ينشئه المشرف من قائمة أدوات.</translation>
    </message>
</context>
<context>
    <name>GridDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="442"/>
        <source>Scoring grids</source>
        <translation>شبكات التنقيط</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="453"/>
        <source>No programme (the agency&apos;s grid)</source>
        <translation>بدون برنامج (شبكة الوكالة)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="456"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="466"/>
        <source>Each criterion is scored from 0 to 5; the weights give the score out of 100.</source>
        <translation>يُنقط كل معيار من 0 إلى 5، وتعطي الأوزان النقطة من 100.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="474"/>
        <source>Save the grid</source>
        <translation>حفظ الشبكة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="477"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../counsellor_app/ui/dialog_base.py" line="71"/>
        <source>User guide</source>
        <translation>دليل الاستعمال</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/dialog_base.py" line="77"/>
        <source>The user guide is not installed with this copy of Counsellor (the installers include it; from the sources: python scripts/user_guide.py).</source>
        <translation>دليل الاستعمال غير مثبت مع هذه النسخة من Counsellor (تتضمنه برامج التثبيت؛ من المصدر: python scripts/user_guide.py).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/dialog_base.py" line="88"/>
        <source>Open this file in a web browser: %1</source>
        <translation>افتح هذا الملف في متصفح الويب: %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/dialog_base.py" line="138"/>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="15"/>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="16"/>
        <source>Identity document</source>
        <translation>وثيقة الهوية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="17"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="18"/>
        <source>Pathway stage</source>
        <translation>مرحلة المسار</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="19"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="20"/>
        <source>Internship</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="21"/>
        <source>Business plan</source>
        <translation>مخطط الأعمال</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="22"/>
        <source>Auto-entrepreneur registration</source>
        <translation>التسجيل كمقاول ذاتي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="23"/>
        <source>Microgrant</source>
        <translation>المنحة الصغيرة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="24"/>
        <source>Follow-up visit</source>
        <translation>زيارة تتبع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="27"/>
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="28"/>
        <source>changed</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="29"/>
        <source>removed</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="32"/>
        <source>last name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="33"/>
        <source>first name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="34"/>
        <source>last name in Arabic</source>
        <translation>الاسم العائلي بالعربية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="35"/>
        <source>first name in Arabic</source>
        <translation>الاسم الشخصي بالعربية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="36"/>
        <source>date of birth</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="37"/>
        <source>nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="38"/>
        <source>legal status</source>
        <translation>الوضعية القانونية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="39"/>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="40"/>
        <source>e-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="41"/>
        <source>number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="42"/>
        <source>expiry</source>
        <translation>انتهاء الصلاحية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="43"/>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="44"/>
        <source>stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="45"/>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="46"/>
        <source>notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="47"/>
        <source>track</source>
        <translation>المسلك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="48"/>
        <source>consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="49"/>
        <source>file number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="50"/>
        <source>sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="51"/>
        <source>city</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="52"/>
        <source>address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="53"/>
        <source>languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="54"/>
        <source>education</source>
        <translation>المستوى الدراسي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="55"/>
        <source>experience</source>
        <translation>الخبرة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="56"/>
        <source>skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="57"/>
        <source>vulnerability</source>
        <translation>الهشاشة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="58"/>
        <source>referred by</source>
        <translation>موجه من طرف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="59"/>
        <source>referral details</source>
        <translation>تفاصيل التوجيه</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="60"/>
        <source>document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="61"/>
        <source>issued on</source>
        <translation>تاريخ التسليم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="62"/>
        <source>consent covers</source>
        <translation>تشمل الموافقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="63"/>
        <source>consent date</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="64"/>
        <source>withdrawn on</source>
        <translation>تاريخ السحب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="65"/>
        <source>planned on</source>
        <translation>تاريخ البرمجة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="66"/>
        <source>started on</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="67"/>
        <source>ended on</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="68"/>
        <source>outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="69"/>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="70"/>
        <source>details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="154"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="154"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="154"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="154"/>
        <source>Old</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="154"/>
        <source>New</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/history_panel.py" line="156"/>
        <source>Change history</source>
        <translation>سجل التغييرات</translation>
    </message>
</context>
<context>
    <name>HostDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="118"/>
        <source>New host organisation</source>
        <translation>هيئة استقبال جديدة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="139"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="140"/>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="141"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="142"/>
        <source>Contact person</source>
        <translation>الشخص المخاطب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="143"/>
        <source>Contact phone</source>
        <translation>هاتف المخاطب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="144"/>
        <source>ICE (15 digits, if known)</source>
        <translation>المعرف الموحد للمقاولة (15 رقما، إن وجد)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="94"/>
        <source>Import people from a partner&apos;s list</source>
        <translation>استيراد أشخاص من قائمة شريك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="113"/>
        <source>Choose the partner&apos;s list: a CSV file or an Excel workbook with one person per row and the column titles on top. Nothing is written before you confirm; people imported still have to give their consent at their first meeting.</source>
        <translation>اختاروا قائمة الشريك: ملف CSV أو مصنف Excel، شخص واحد في كل سطر وعناوين الأعمدة في الأعلى. لا يُكتب شيء قبل تأكيدكم؛ وعلى الأشخاص المستوردين إعطاء موافقتهم في أول موعد لهم.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="121"/>
        <source>&amp;Choose the file…</source>
        <translation>&amp;اختيار الملف…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="127"/>
        <source>Moving in from Excel: download the template, copy your people and their records into its sheets (people, documents, consents, stages, cohorts, internships, business plans, grants, referrals, follow-up visits; the Notes sheet explains each column), then choose it above. Importing the same workbook again changes nothing.</source>
        <translation>الانتقال من إكسل: نزّلوا النموذج، وانقلوا الأشخاص وملفاتهم إلى أوراقه (الأشخاص، الوثائق، الموافقات، المراحل، المجموعات، التداريب، مخططات الأعمال، المنح، التوجيهات، زيارات التتبع؛ وتشرح ورقة Notes كل عمود)، ثم اختاروه أعلاه. استيراد نفس المصنف مرة أخرى لا يغير شيئا.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="137"/>
        <source>&amp;Download the template…</source>
        <translation>&amp;تنزيل النموذج…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="152"/>
        <source>Columns of the file</source>
        <translation>أعمدة الملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="154"/>
        <source>Column of the file</source>
        <translation>عمود الملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="154"/>
        <source>First values</source>
        <translation>القيم الأولى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="154"/>
        <source>Is</source>
        <translation>يطابق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="161"/>
        <source>C&amp;heck the rows</source>
        <translation>&amp;التحقق من الأسطر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="176"/>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="222"/>
        <source>Rows not imported</source>
        <translation>أسطر غير مستوردة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="178"/>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="224"/>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="510"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="178"/>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="510"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="178"/>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="224"/>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="510"/>
        <source>Why not</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="187"/>
        <source>&amp;Back to the columns</source>
        <translation>&amp;العودة إلى الأعمدة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="189"/>
        <source>&amp;Save the refused rows…</source>
        <translation>&amp;حفظ الأسطر المرفوضة…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="224"/>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="224"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="245"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="268"/>
        <source>The file could not be read: %1</source>
        <translation>تعذرت قراءة الملف: %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="281"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="286"/>
        <source>Choose the partner&apos;s list</source>
        <translation>اختيار قائمة الشريك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="288"/>
        <source>Lists (*.csv *.xlsx);;All files (*)</source>
        <translation>القوائم (*.csv *.xlsx);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="322"/>
        <source>Save the template</source>
        <translation>حفظ النموذج</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="323"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات إكسل (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="366"/>
        <source>%1: %2 to add, %3 already there, %4 refused</source>
        <translation>%1: %2 للإضافة، %3 موجودة سلفا، %4 مرفوضة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/import_dialog.py" line="378"/>
        <source>%n record(s) ready to import.</source>
        <translation>
            <numerusform>لا يوجد أي تسجيل جاهز للاستيراد.</numerusform>
            <numerusform>تسجيل واحد جاهز للاستيراد.</numerusform>
            <numerusform>تسجيلان جاهزان للاستيراد.</numerusform>
            <numerusform>%n تسجيلات جاهزة للاستيراد.</numerusform>
            <numerusform>%n تسجيلا جاهزا للاستيراد.</numerusform>
            <numerusform>%n تسجيل جاهز للاستيراد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/import_dialog.py" line="381"/>
        <source>%n problem(s) below: those rows will not be imported.</source>
        <translation>
            <numerusform>لا توجد أي مشكلة.</numerusform>
            <numerusform>مشكلة واحدة أدناه: لن يُستورد هذا السطر.</numerusform>
            <numerusform>مشكلتان أدناه: لن تُستورد هذه الأسطر.</numerusform>
            <numerusform>%n مشاكل أدناه: لن تُستورد هذه الأسطر.</numerusform>
            <numerusform>%n مشكلة أدناه: لن تُستورد هذه الأسطر.</numerusform>
            <numerusform>%n مشكلة أدناه: لن تُستورد هذه الأسطر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/import_dialog.py" line="399"/>
        <source>&amp;Import the %n record(s)</source>
        <translation>
            <numerusform>&amp;استيراد %n تسجيل</numerusform>
            <numerusform>&amp;استيراد التسجيل</numerusform>
            <numerusform>&amp;استيراد التسجيلين</numerusform>
            <numerusform>&amp;استيراد %n تسجيلات</numerusform>
            <numerusform>&amp;استيراد %n تسجيلا</numerusform>
            <numerusform>&amp;استيراد %n تسجيل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/import_dialog.py" line="408"/>
        <source>%n record(s) imported, all in one go.</source>
        <translation>
            <numerusform>لم يُستورد أي تسجيل.</numerusform>
            <numerusform>استُورد تسجيل واحد دفعة واحدة.</numerusform>
            <numerusform>استُورد تسجيلان دفعة واحدة.</numerusform>
            <numerusform>استُوردت %n تسجيلات دفعة واحدة.</numerusform>
            <numerusform>استُورد %n تسجيلا دفعة واحدة.</numerusform>
            <numerusform>استُورد %n تسجيل دفعة واحدة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="421"/>
        <source>The same columns as last time: the choices made then are kept.</source>
        <translation>نفس الأعمدة كالمرة السابقة: تم الاحتفاظ بالاختيارات السابقة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="423"/>
        <source>Say what each column holds; columns left on “—” are not imported.</source>
        <translation>حددوا محتوى كل عمود؛ الأعمدة المتروكة على «—» لا تُستورد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/import_dialog.py" line="426"/>
        <source>%n row(s) in the file.</source>
        <translation>
            <numerusform>لا أسطر في الملف.</numerusform>
            <numerusform>سطر واحد في الملف.</numerusform>
            <numerusform>سطران في الملف.</numerusform>
            <numerusform>%n أسطر في الملف.</numerusform>
            <numerusform>%n سطرًا في الملف.</numerusform>
            <numerusform>%n سطر في الملف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="434"/>
        <source>What column %1 holds</source>
        <translation>محتوى العمود %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="471"/>
        <source>Same person as line %1</source>
        <translation>نفس الشخص الوارد في السطر %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="473"/>
        <source>Already in the register: %1</source>
        <translation>موجود في السجل: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/import_dialog.py" line="481"/>
        <source>%n person(s) ready to import.</source>
        <translation>
            <numerusform>لا أحد جاهز للاستيراد.</numerusform>
            <numerusform>شخص واحد جاهز للاستيراد.</numerusform>
            <numerusform>شخصان جاهزان للاستيراد.</numerusform>
            <numerusform>%n أشخاص جاهزون للاستيراد.</numerusform>
            <numerusform>%n شخصًا جاهزًا للاستيراد.</numerusform>
            <numerusform>%n شخص جاهز للاستيراد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/import_dialog.py" line="483"/>
        <source>%n row(s) will not be imported (below, with the reason).</source>
        <translation>
            <numerusform>كل الأسطر ستُستورد.</numerusform>
            <numerusform>سطر واحد لن يُستورد (أدناه، مع السبب).</numerusform>
            <numerusform>سطران لن يُستوردا (أدناه، مع السبب).</numerusform>
            <numerusform>%n أسطر لن تُستورد (أدناه، مع السبب).</numerusform>
            <numerusform>%n سطرًا لن يُستورد (أدناه، مع السبب).</numerusform>
            <numerusform>%n سطر لن يُستورد (أدناه، مع السبب).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/import_dialog.py" line="493"/>
        <source>&amp;Import the %n ready person(s)</source>
        <translation>
            <numerusform>&amp;استيراد</numerusform>
            <numerusform>&amp;استيراد الشخص الجاهز</numerusform>
            <numerusform>&amp;استيراد الشخصين الجاهزين</numerusform>
            <numerusform>&amp;استيراد %n أشخاص جاهزين</numerusform>
            <numerusform>&amp;استيراد %n شخصًا جاهزًا</numerusform>
            <numerusform>&amp;استيراد %n شخص جاهز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="502"/>
        <source>Save the refused rows</source>
        <translation>حفظ الأسطر المرفوضة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="503"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/import_dialog.py" line="533"/>
        <source>%n person(s) imported.</source>
        <translation>
            <numerusform>لم يُستورد أحد.</numerusform>
            <numerusform>استُورد شخص واحد.</numerusform>
            <numerusform>استُورد شخصان.</numerusform>
            <numerusform>استُورد %n أشخاص.</numerusform>
            <numerusform>استُورد %n شخصًا.</numerusform>
            <numerusform>استُورد %n شخص.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="535"/>
        <source>Their consent is to collect at their first meeting (listed in To do).</source>
        <translation>يجب جمع موافقتهم في أول موعد لهم (مدرج في لائحة المهام).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/import_dialog.py" line="537"/>
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>كل الأسطر استُوردت.</numerusform>
            <numerusform>سطر واحد لم يُستورد.</numerusform>
            <numerusform>سطران لم يُستوردا.</numerusform>
            <numerusform>%n أسطر لم تُستورد.</numerusform>
            <numerusform>%n سطرًا لم يُستورد.</numerusform>
            <numerusform>%n سطر لم يُستورد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="52"/>
        <source>Last name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="53"/>
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="54"/>
        <source>Last name in Arabic</source>
        <translation>الاسم العائلي بالعربية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="55"/>
        <source>First name in Arabic</source>
        <translation>الاسم الشخصي بالعربية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="56"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="57"/>
        <source>Date of birth</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="58"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="59"/>
        <source>Legal status</source>
        <translation>الوضعية القانونية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="60"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="61"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="62"/>
        <source>Identity document: type</source>
        <translation>وثيقة الهوية: النوع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="63"/>
        <source>Identity document: number</source>
        <translation>وثيقة الهوية: الرقم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="64"/>
        <source>Identity document: valid until</source>
        <translation>وثيقة الهوية: صالحة إلى غاية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="65"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="66"/>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/import_dialog.py" line="67"/>
        <source>Experience</source>
        <translation>الخبرة</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="68"/>
        <source>People whose intake was recorded in the period (accompanied).</source>
        <translation>الأشخاص الذين سُجل استقبالهم خلال الفترة (المرافَقون).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="72"/>
        <source>People whose orientation stage was completed in the period.</source>
        <translation>الأشخاص الذين أُنجزت مرحلة توجيههم خلال الفترة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="76"/>
        <source>People who completed the soft-skills training in the period.</source>
        <translation>الأشخاص الذين أنهوا التكوين في المهارات الحياتية خلال الفترة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="80"/>
        <source>People whose internship started in the period.</source>
        <translation>الأشخاص الذين بدأ تدريبهم خلال الفترة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="84"/>
        <source>People whose internship stage was completed in the period.</source>
        <translation>الأشخاص الذين أُنجزت مرحلة تدريبهم خلال الفترة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="88"/>
        <source>People hired in the period (salaried job recorded, or hired at the end of their internship).</source>
        <translation>الأشخاص الذين وُظفوا خلال الفترة (شغل مأجور مسجل، أو توظيف في نهاية التدريب).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="92"/>
        <source>People registered as auto-entrepreneurs in the period (date on the registration).</source>
        <translation>الأشخاص المسجلون كمقاولين ذاتيين خلال الفترة (تاريخ التسجيل).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="96"/>
        <source>People whose business plan stage was completed in the period.</source>
        <translation>الأشخاص الذين أُنجزت مرحلة مخطط أعمالهم خلال الفترة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="100"/>
        <source>People whose microgrant was approved by the committee in the period.</source>
        <translation>الأشخاص الذين وافقت اللجنة على منحتهم الصغيرة خلال الفترة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="104"/>
        <source>People who received a confirmed microgrant payment in the period.</source>
        <translation>الأشخاص الذين تلقوا دفعة مؤكدة من المنحة الصغيرة خلال الفترة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="108"/>
        <source>People who created a business in the period.</source>
        <translation>الأشخاص الذين أنشأوا مقاولة خلال الفترة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="112"/>
        <source>People whose business was found active at a follow-up visit in the period, six months or more after it was created.</source>
        <translation>الأشخاص الذين وُجدت مقاولتهم نشطة خلال زيارة تتبع في الفترة، بعد ستة أشهر أو أكثر من إنشائها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="116"/>
        <source>People whose business was found active at a follow-up visit in the period, twelve months or more after it was created.</source>
        <translation>الأشخاص الذين وُجدت مقاولتهم نشطة خلال زيارة تتبع في الفترة، بعد اثني عشر شهرًا أو أكثر من إنشائها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="120"/>
        <source>People referred to a partner in the period.</source>
        <translation>الأشخاص الموجَّهون إلى شريك خلال الفترة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="124"/>
        <source>People recorded as having dropped out in the period.</source>
        <translation>الأشخاص المسجلون كمنقطعين خلال الفترة.</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="187"/>
        <source>This year</source>
        <translation>هذه السنة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="188"/>
        <source>Last year</source>
        <translation>السنة الماضية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="189"/>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="190"/>
        <source>From… to…</source>
        <translation>من… إلى…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="195"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="147"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="196"/>
        <source>&amp;Period</source>
        <translation>ال&amp;فترة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="202"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="202"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="206"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="157"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="207"/>
        <source>Pro&amp;gramme</source>
        <translation>ال&amp;برنامج</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="209"/>
        <source>&amp;Targets…</source>
        <translation>الأ&amp;هداف…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="212"/>
        <source>The programme&apos;s period and targets, e.g. at least 200 people accompanied</source>
        <translation>فترة البرنامج وأهدافه، مثلًا مرافقة 200 شخص على الأقل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="220"/>
        <source>&amp;Count</source>
        <translation>&amp;احتساب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="230"/>
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="228"/>
        <source>Donor &amp;report (PDF)…</source>
        <translation>&amp;تقرير للمانحين (PDF)…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="218"/>
        <source>Programmes are defined nationally and reach this computer by sync.</source>
        <translation>تُحدَّد البرامج على المستوى الوطني وتصل إلى هذا الحاسوب عبر المزامنة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="224"/>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="229"/>
        <source>Export for &amp;donors (Excel)…</source>
        <translation>تصدير لل&amp;مانحين (Excel)…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="231"/>
        <source>Export &amp;JSON…</source>
        <translation>تصدير &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="241"/>
        <source>hide under </source>
        <translation>إخفاء أقل من </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="242"/>
        <source>Exports hide counts under</source>
        <translation>تخفي الصادرات الأعداد الأقل من</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="244"/>
        <source>In exports, counts from 1 up to this number minus one are hidden.</source>
        <translation>في الصادرات، تُخفى الأعداد من 1 إلى هذا العدد ناقص واحد.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="261"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="141"/>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="263"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="105"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="142"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="263"/>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="302"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="106"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="143"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="263"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="113"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="155"/>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="263"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="114"/>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="283"/>
        <source>&amp;By</source>
        <translation>&amp;حسب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="285"/>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="300"/>
        <source>Disaggregation</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="287"/>
        <source>&amp;Who are they?</source>
        <translation>&amp;من هم؟</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="302"/>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="302"/>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="317"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="328"/>
        <source>Save the &amp;list…</source>
        <translation>حفظ ال&amp;قائمة…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="332"/>
        <source>Save it &amp;without names…</source>
        <translation>حفظها &amp;بدون أسماء…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="337"/>
        <source>No name, file number or birth date: a code that means nothing outside this list, with sex, age band, nationality, status, agency, city and track.</source>
        <translation>بدون اسم ولا رقم ملف ولا تاريخ ازدياد: رمز لا معنى له خارج هذه القائمة، مع الجنس والفئة العمرية والجنسية والوضعية والوكالة والمدينة والمسار.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="389"/>
        <source>The period ends before it starts.</source>
        <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="395"/>
        <source>Counting…</source>
        <translation>جارٍ الاحتساب…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="411"/>
        <source>The indicators could not be counted: %1</source>
        <translation>تعذر احتساب المؤشرات: %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="420"/>
        <source>From %1 to %2 · microgrants approved %3, paid %4, budget %5</source>
        <translation>من %1 إلى %2 · منح صغيرة موافق عليها %3، مدفوعة %4، الميزانية %5</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="429"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="127"/>
        <source>People counted: %1</source>
        <translation>الأشخاص المحتسبون: %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="456"/>
        <source>— no programme</source>
        <translation>— بدون برنامج</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="484"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 من %3</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="54"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="112"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="153"/>
        <source>Not recorded</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="592"/>
        <source>Save the list</source>
        <translation>حفظ القائمة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/indicators_view.py" line="604"/>
        <source>%n person(s) written to %1.</source>
        <translation>
            <numerusform>لم يُكتب أحد في %1.</numerusform>
            <numerusform>كُتب شخص واحد في %1.</numerusform>
            <numerusform>كُتب شخصان في %1.</numerusform>
            <numerusform>كُتب %n أشخاص في %1.</numerusform>
            <numerusform>كُتب %n شخصًا في %1.</numerusform>
            <numerusform>كُتب %n شخص في %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="104"/>
        <source>Programme indicators</source>
        <translation>مؤشرات البرنامج</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="116"/>
        <source>From %1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="119"/>
        <source>By %1</source>
        <translation>حسب %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="111"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="144"/>
        <source>Definitions</source>
        <translation>التعاريف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="126"/>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="93"/>
        <source>%1: %2</source>
        <comment>a group and its values</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="115"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="158"/>
        <source>not published</source>
        <translation>غير منشور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="120"/>
        <source>Each person is counted once per indicator and period, and may be in several. Counts from 1 to %1, and the counts that would let them be worked out, are shown as “x” so that nobody can be recognised.</source>
        <translation>يُحتسب كل شخص مرة واحدة لكل مؤشر وفترة، ويمكن أن يَرِد في عدة مؤشرات. تُعرض الأعداد من 1 إلى %1، والأعداد التي قد تسمح باستنتاجها حسابياً، بالرمز «x» حتى لا يمكن التعرف على أي شخص.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="130"/>
        <source>Programme: %1</source>
        <translation>البرنامج: %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="145"/>
        <source>Definition</source>
        <translation>التعريف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="146"/>
        <source>Method</source>
        <translation>المنهجية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="148"/>
        <source>Counts hidden below</source>
        <translation>الأعداد المخفية أقل من</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="154"/>
        <source>People counted</source>
        <translation>الأشخاص المحتسبون</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="156"/>
        <source>Progress (%)</source>
        <translation>نسبة الإنجاز (%)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="159"/>
        <source>Hidden counts are shown as</source>
        <translation>الأعداد المحجوبة مُشار إليها بـ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="689"/>
        <source>Preparing the export…</source>
        <translation>جارٍ إعداد التصدير…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="702"/>
        <source>Written to %1 (counts under %2 hidden, so nobody can be recognised).</source>
        <translation>كُتب في %1 (الأعداد الأقل من %2 مخفية، حتى لا يمكن التعرف على أحد).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="107"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="149"/>
        <source>Microgrant money (MAD)</source>
        <translation>المنح الصغيرة (درهم)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/indicators_view.py" line="609"/>
        <source>%n person(s) left out: no consent to be named to donors.</source>
        <translation>
            <numerusform>لم يُدرج أي شخص: لا موافقة على ذكر الاسم للممولين.</numerusform>
            <numerusform>لم يُدرج شخص واحد: لا موافقة على ذكر الاسم للممولين.</numerusform>
            <numerusform>لم يُدرج شخصان: لا موافقة على ذكر الاسم للممولين.</numerusform>
            <numerusform>لم يُدرج %n أشخاص: لا موافقة على ذكر الاسم للممولين.</numerusform>
            <numerusform>لم يُدرج %n شخصاً: لا موافقة على ذكر الاسم للممولين.</numerusform>
            <numerusform>لم يُدرج %n شخص: لا موافقة على ذكر الاسم للممولين.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="108"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="150"/>
        <source>approved</source>
        <translation>موافق عليها</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="109"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="151"/>
        <source>paid</source>
        <translation>مدفوعة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/report_words.py" line="110"/>
        <location filename="../../counsellor_app/ui/report_words.py" line="152"/>
        <source>budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="648"/>
        <source>Export the indicators</source>
        <translation>تصدير المؤشرات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="594"/>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="651"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="652"/>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="653"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="654"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="622"/>
        <source>The file could not be written: %1</source>
        <translation>تعذرت كتابة الملف: %1</translation>
    </message>
</context>
<context>
    <name>InternshipPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="190"/>
        <source>Internships</source>
        <translation>التدريبات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="192"/>
        <source>New internship</source>
        <translation>تدريب جديد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="202"/>
        <source>New host…</source>
        <translation>هيئة جديدة…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="225"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="225"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="226"/>
        <source>Not yet known</source>
        <translation>غير معروف بعد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="234"/>
        <source>Monthly stipend between %1 and %2; at most %3 months.</source>
        <translation>منحة شهرية بين %1 و%2؛ %3 شهرا على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="201"/>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="250"/>
        <source>Host organisation</source>
        <translation>هيئة الاستقبال</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="252"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="253"/>
        <source>Starts on</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="254"/>
        <source>Ends on</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="255"/>
        <source>Monthly stipend (MAD)</source>
        <translation>المنحة الشهرية (درهم)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="256"/>
        <source>Tutor</source>
        <translation>المؤطر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="257"/>
        <source>Agreement</source>
        <translation>الاتفاقية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="258"/>
        <source>Signed by</source>
        <translation>موقعة من طرف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="259"/>
        <source>Signed on</source>
        <translation>تاريخ التوقيع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="260"/>
        <source>Signed copy</source>
        <translation>النسخة الموقعة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="261"/>
        <source>Ended early on</source>
        <translation>تاريخ الإنهاء المبكر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="262"/>
        <source>Reason for the early end</source>
        <translation>سبب الإنهاء المبكر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="263"/>
        <source>Evaluation grid (1 to 4)</source>
        <translation>شبكة التقييم (من 1 إلى 4)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="264"/>
        <source>Mid-term evaluation</source>
        <translation>التقييم المرحلي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="265"/>
        <source>Final evaluation</source>
        <translation>التقييم النهائي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="266"/>
        <source>Hired at the end</source>
        <translation>تم التشغيل في النهاية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="267"/>
        <source>Contract</source>
        <translation>العقد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="268"/>
        <source>Why not hired</source>
        <translation>سبب عدم التشغيل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="277"/>
        <source>Save the internship</source>
        <translation>حفظ التدريب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="299"/>
        <source>Attach the signed copy…</source>
        <translation>إرفاق النسخة الموقعة…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="313"/>
        <source>Mid-term</source>
        <translation>منتصف المدة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="313"/>
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="351"/>
        <source>Unpaid, or an allowance of at most %1 a month; at most %2 months.</source>
        <translation>غير مؤدى عنه، أو بمنحة لا تتجاوز %1 في الشهر؛ %2 شهرا على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="370"/>
        <source>Attached</source>
        <translation>مرفقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="370"/>
        <source>Not attached yet</source>
        <translation>غير مرفقة بعد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="376"/>
        <source>Signed copy of the agreement</source>
        <translation>النسخة الموقعة من الاتفاقية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="393"/>
        <source>The file could not be read.</source>
        <translation>تعذرت قراءة الملف.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="408"/>
        <source>This host: %1 interns, %2 hired of %3 who finished.</source>
        <translation>هذه الجهة المستقبلة: %1 متدربين، تم تشغيل %2 من أصل %3 أنهوا تدريبهم.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="415"/>
        <source>Contrats d&apos;insertion: %1 % hired (the rule asks at least %2 %).</source>
        <translation>عقود الإدماج: تم تشغيل %1 % (تشترط القاعدة %2 % على الأقل).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="417"/>
        <source>Contrats d&apos;insertion: %1 % hired, below the %2 % the rule asks.</source>
        <translation>عقود الإدماج: تم تشغيل %1 %، أي أقل من %2 % التي تشترطها القاعدة.</translation>
    </message>
</context>
<context>
    <name>IssuedActions</name>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="196"/>
        <source>Print &amp;again…</source>
        <translation>إعادة ال&amp;طباعة…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="199"/>
        <source>Re&amp;voke…</source>
        <translation>إ&amp;لغاء الوثيقة…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="238"/>
        <source>Revoke %1</source>
        <translation>إلغاء %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="240"/>
        <source>Why is this document revoked? Re-prints will be stamped REVOKED and the verification will say so.</source>
        <translation>لماذا تُلغى هذه الوثيقة؟ ستحمل النسخ المعاد طبعها عبارة «ملغاة» وسيبين التحقق ذلك.</translation>
    </message>
</context>
<context>
    <name>IssuedTable</name>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="129"/>
        <source>Serial</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="130"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="131"/>
        <source>Person or group</source>
        <translation>الشخص أو المجموعة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="132"/>
        <source>Languages</source>
        <translation>اللغتان</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="133"/>
        <source>Issued on</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="134"/>
        <source>Issued by</source>
        <translation>أصدرها</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="135"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="143"/>
        <source>Issued documents</source>
        <translation>الوثائق الصادرة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="154"/>
        <source>Revoked: %1</source>
        <translation>ملغاة: %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="156"/>
        <source>Valid</source>
        <translation>صالحة</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="56"/>
        <source>Letterhead of printed documents</source>
        <translation>ترويسة الوثائق المطبوعة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="64"/>
        <source>Texts, in each language</source>
        <translation>النصوص بكل لغة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="73"/>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="74"/>
        <source>Agency</source>
        <translation>الوكالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="75"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="76"/>
        <source>City (place of signature)</source>
        <translation>المدينة (مكان التوقيع)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="77"/>
        <source>Signatory&apos;s title</source>
        <translation>صفة الموقّع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="92"/>
        <source>A text left empty in Arabic or English is printed in French.</source>
        <translation>النص المتروك فارغًا بالعربية أو الإنجليزية يُطبع بالفرنسية.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="109"/>
        <source>Signatory&apos;s &amp;name</source>
        <translation>&amp;اسم الموقّع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="110"/>
        <source>&amp;Phone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="111"/>
        <source>&amp;E-mail</source>
        <translation>البريد الإ&amp;لكتروني</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="112"/>
        <source>&amp;Languages by default</source>
        <translation>ال&amp;لغتان الافتراضيتان</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="120"/>
        <source>Logos (PNG or JPEG, at most 2 MB)</source>
        <translation>الشعارات (PNG أو JPEG، ميغابايتان على الأكثر)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="126"/>
        <source>Institution&apos;s logo…</source>
        <translation>شعار المؤسسة…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="129"/>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="199"/>
        <source>No logo</source>
        <translation>بدون شعار</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="143"/>
        <source>Donors&apos; logos</source>
        <translation>شعارات الممولين</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="144"/>
        <source>Add a donor&apos;s logo…</source>
        <translation>إضافة شعار ممول…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="147"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="165"/>
        <source>Pictures (%1)</source>
        <translation>صور (%1)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="185"/>
        <source>Institution&apos;s logo</source>
        <translation>شعار المؤسسة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="190"/>
        <source>Donor&apos;s logo</source>
        <translation>شعار ممول</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/letterhead_dialog.py" line="234"/>
        <source>Type the agency&apos;s name, at least in French.</source>
        <translation>اكتبوا اسم الوكالة، بالفرنسية على الأقل.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="61"/>
        <source>Counsellor — log in</source>
        <translation>Counsellor — تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="76"/>
        <source>The screen was locked. %1, type your password to continue, or log in as another user.</source>
        <translation>تم قفل الشاشة. %1، اكتب كلمة المرور للمتابعة، أو ادخل باسم مستخدم آخر.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="93"/>
        <source>&amp;User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="94"/>
        <source>&amp;Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="95"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="96"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="101"/>
        <source>Log in</source>
        <translation>دخول</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="104"/>
        <source>Forgotten password…</source>
        <translation>نسيت كلمة المرور…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="110"/>
        <source>Restore a &amp;backup…</source>
        <translation>استرجاع &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="135"/>
        <source>Type your user name and your password.</source>
        <translation>اكتب اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="142"/>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation>اسم المستخدم أو كلمة المرور خاطئة، أو الحساب معطل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="153"/>
        <source>Too many wrong passwords: this account is locked until %1. An administrator can reset the password.</source>
        <translation>محاولات خاطئة كثيرة: هذا الحساب مقفل حتى %1. يمكن للمسؤول إعادة تعيين كلمة المرور.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="171"/>
        <source>The backup was restored. Log in to go on.</source>
        <translation>تم استرجاع النسخة الاحتياطية. سجّل الدخول للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="173"/>
        <source>The data that was replaced is kept in %1.</source>
        <translation>المعطيات المستبدلة محفوظة في %1.</translation>
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
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="90"/>
        <source>To do</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="91"/>
        <source>Agenda</source>
        <translation>المفكرة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="92"/>
        <source>Training cohorts</source>
        <translation>أفواج التكوين</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="95"/>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="117"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="152"/>
        <source>&amp;People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="155"/>
        <source>&amp;New intake</source>
        <translation>استقبال جديد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="160"/>
        <source>&amp;Find a person</source>
        <translation>البحث عن شخص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="168"/>
        <source>&amp;Key in a returned referral slip…</source>
        <translation>&amp;إدخال قسيمة جواب توجيه…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="177"/>
        <source>&amp;Import people from a list…</source>
        <translation>&amp;استيراد أشخاص من قائمة…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="185"/>
        <source>&amp;Export the register to Excel…</source>
        <translation>&amp;تصدير السجل إلى إكسل…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="192"/>
        <source>&amp;Lock the screen</source>
        <translation>قفل الشاشة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="197"/>
        <source>&amp;Switch user</source>
        <translation>تغيير المستخدم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="201"/>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="203"/>
        <source>&amp;Tools</source>
        <translation>أدوات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="206"/>
        <source>&amp;Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="211"/>
        <source>&amp;Change my password…</source>
        <translation>تغيير كلمة المرور…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="215"/>
        <source>&amp;Backups…</source>
        <translation>&amp;النسخ الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="220"/>
        <source>&amp;Audit trail…</source>
        <translation>&amp;سجل التدقيق…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="226"/>
        <source>&amp;Budget envelopes…</source>
        <translation>الأغلفة المالية…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="232"/>
        <source>Grant &amp;committees…</source>
        <translation>&amp;لجان منح الإعانات…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="236"/>
        <source>S&amp;ynchronisation…</source>
        <translation>الم&amp;زامنة…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="240"/>
        <source>&amp;Register of issued documents…</source>
        <translation>&amp;سجل الوثائق الصادرة…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="249"/>
        <source>&amp;Letterhead of printed documents…</source>
        <translation>&amp;ترويسة الوثائق المطبوعة…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="257"/>
        <source>&amp;User accounts…</source>
        <translation>حسابات المستخدمين…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="259"/>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="262"/>
        <source>&amp;User guide</source>
        <translation>&amp;دليل الاستعمال</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="267"/>
        <source>&amp;About Counsellor</source>
        <translation>حول Counsellor</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="587"/>
        <source>About Counsellor</source>
        <translation>حول Counsellor</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/main_window.py" line="588"/>
        <source>Counsellor %1
Accompanying people towards work.
Data folder: %2</source>
        <translation>Counsellor %1
مواكبة الأشخاص نحو الشغل.
مجلد البيانات: %2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="231"/>
        <source>This field is required.</source>
        <translation>هذه الخانة إلزامية.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="232"/>
        <source>Too long: at most %(max)s characters.</source>
        <translation>طويل جدا: %(max)s حرفا على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="233"/>
        <source>A name needs letters.</source>
        <translation>يجب أن يحتوي الاسم على حروف.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="234"/>
        <source>Type this name in Latin letters; the Arabic spelling has its own field.</source>
        <translation>اكتب هذا الاسم بالحروف اللاتينية؛ للكتابة العربية خانة خاصة بها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="237"/>
        <source>Type this name in Arabic letters.</source>
        <translation>اكتب هذا الاسم بالحروف العربية.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="238"/>
        <source>Choose a value from the list.</source>
        <translation>اختر قيمة من اللائحة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="239"/>
        <source>This date is in the future.</source>
        <translation>هذا التاريخ في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="245"/>
        <source>Age %(age)s is outside the accepted range (%(min)s to %(max)s years).</source>
        <translation>السن %(age)s خارج المجال المقبول (من %(min)s إلى %(max)s سنة).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="248"/>
        <source>The status “Moroccan national” needs the Moroccan nationality.</source>
        <translation>وضعية «مواطن مغربي» تتطلب الجنسية المغربية.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="251"/>
        <source>A Moroccan national has the status “Moroccan national”.</source>
        <translation>الشخص المغربي الجنسية وضعيته «مواطن مغربي».</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="254"/>
        <source>A CIN number is one or two letters followed by digits, e.g. AB123456.</source>
        <translation>رقم البطاقة الوطنية حرف أو حرفان متبوعان بأرقام، مثلا AB123456.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="257"/>
        <source>This document is listed twice.</source>
        <translation>هذه الوثيقة مذكورة مرتين.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="258"/>
        <source>The expiry date is before the issue date.</source>
        <translation>تاريخ انتهاء الصلاحية يسبق تاريخ التسليم.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="261"/>
        <source>Not a valid phone number. Moroccan numbers: 06 12 34 56 78; foreign numbers with their country code: +221 77 123 45 67.</source>
        <translation>رقم هاتف غير صالح. الأرقام المغربية: 06 12 34 56 78؛ الأرقام الأجنبية مع رمز البلد: +221 77 123 45 67.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="265"/>
        <source>Not a valid e-mail address.</source>
        <translation>عنوان بريد إلكتروني غير صالح.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="266"/>
        <source>Consent must at least cover the processing of the file.</source>
        <translation>يجب أن تشمل الموافقة على الأقل معالجة الملف.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="269"/>
        <source>The password needs at least %(min)s characters.</source>
        <translation>يجب أن تتكون كلمة المرور من %(min)s أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="272"/>
        <source>This password is too easy to guess.</source>
        <translation>كلمة المرور هذه سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="273"/>
        <source>The password must not contain the user name.</source>
        <translation>يجب ألا تحتوي كلمة المرور على اسم المستخدم.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="276"/>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="277"/>
        <source>Choose a password different from the current one.</source>
        <translation>اختر كلمة مرور مختلفة عن الحالية.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="280"/>
        <source>The current password is wrong.</source>
        <translation>كلمة المرور الحالية خاطئة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="281"/>
        <source>Use up to 32 letters without accents, digits, dots, dashes or underscores.</source>
        <translation>استعمل 32 حرفا لاتينيا على الأكثر دون علامات، أو أرقاما أو نقاطا أو شرطات.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="284"/>
        <source>This user name is already taken.</source>
        <translation>اسم المستخدم هذا مستعمل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="285"/>
        <source>A name has letters, spaces, apostrophes and hyphens only.</source>
        <translation>لا يحتوي الاسم إلا على حروف ومسافات وفواصل علوية وشرطات.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="288"/>
        <source>No row of column titles was found: is this the partner&apos;s list?</source>
        <translation>لم يُعثر على سطر عناوين الأعمدة: هل هذه فعلًا قائمة الشريك؟</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="291"/>
        <source>The file has column titles but no one in it.</source>
        <translation>يحتوي الملف على عناوين أعمدة لكن لا يوجد فيه أحد.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="292"/>
        <source>This file is not a table (CSV or Excel workbook) or it is damaged.</source>
        <translation>هذا الملف ليس جدولًا (CSV أو مصنف Excel) أو أنه تالف.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="295"/>
        <source>The file has more than %(max)s rows: split it, then import each part.</source>
        <translation>يحتوي الملف على أكثر من %(max)s سطر: قسّموه ثم استوردوا كل جزء.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="298"/>
        <source>The file is larger than %(max_mb)s MB: is it the partner&apos;s list?</source>
        <translation>حجم الملف أكبر من %(max_mb)s ميغابايت: هل هذه فعلًا قائمة الشريك؟</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="301"/>
        <source>“%(value)s” is not a date (write it as 31/12/1990).</source>
        <translation>«%(value)s» ليس تاريخًا (اكتبوه هكذا 31/12/1990).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="304"/>
        <source>“%(value)s” is not a country this app knows (write it as GN or Guinée).</source>
        <translation>«%(value)s» ليس بلدًا يعرفه التطبيق (اكتبوا GN أو غينيا).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="308"/>
        <source>This workbook has a password or is an old .xls: save it as a plain .xlsx.</source>
        <translation>هذا المصنف محمي بكلمة مرور أو بصيغة ‎.xls‎ القديمة: احفظوه بصيغة ‎.xlsx‎ عادية.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="312"/>
        <source>This workbook contains macros: save it as a plain .xlsx workbook.</source>
        <translation>يحتوي هذا المصنف على وحدات ماكرو: احفظوه بصيغة ‎.xlsx‎ عادية.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="316"/>
        <source>This file unpacks to far more than it weighs: it is refused for safety.</source>
        <translation>يتضخم هذا الملف عند فك ضغطه أكثر بكثير من حجمه: رُفض حفاظا على السلامة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="320"/>
        <source>The workbook has more than %(max)s sheets: keep only the template&apos;s.</source>
        <translation>يحتوي المصنف على أكثر من %(max)s ورقة: احتفظوا بأوراق النموذج فقط.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="324"/>
        <source>No sheet of the template was found in this workbook.</source>
        <translation>لم يُعثر في هذا المصنف على أي ورقة من أوراق النموذج.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="328"/>
        <source>This sheet has no column with this title: copy the titles of the template.</source>
        <translation>لا يوجد في هذه الورقة عمود بهذا العنوان: انقلوا عناوين النموذج.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="332"/>
        <source>No person has the file number “%(value)s” (sheet Personnes or register).</source>
        <translation>لا يوجد أي شخص برقم الملف «%(value)s» (ورقة Personnes أو السجل).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="336"/>
        <source>The file number “%(value)s” is given to two people in the sheet.</source>
        <translation>رقم الملف «%(value)s» مُسند إلى شخصين في الورقة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="340"/>
        <source>The number is masked (exported without sensitive data): type it in full.</source>
        <translation>الرقم مُخفى (تصدير دون المعطيات الحساسة): اكتبوه كاملا.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="344"/>
        <source>A consent always covers the processing of the file (“Traitement”).</source>
        <translation>تشمل الموافقة دائما معالجة الملف («Traitement»).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="348"/>
        <source>This date is before the start.</source>
        <translation>هذا التاريخ سابق للبداية.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="352"/>
        <source>The code “%(value)s” is used twice.</source>
        <translation>الرمز «%(value)s» مستعمل مرتين.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="356"/>
        <source>The code “%(value)s” is in no row of the sheet it refers to.</source>
        <translation>الرمز «%(value)s» غير موجود في أي سطر من الورقة التي يحيل إليها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="360"/>
        <source>“%(value)s” is not a city this app knows.</source>
        <translation>«%(value)s» ليست مدينة يعرفها التطبيق.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="364"/>
        <source>“%(value)s” is not one of the values allowed (see the Notes sheet).</source>
        <translation>«%(value)s» ليست من القيم المسموح بها (انظروا ورقة Notes).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="368"/>
        <source>“%(value)s” is not an amount (write it as 1 500,00 or 1500 DH).</source>
        <translation>«%(value)s» ليس مبلغا (اكتبوه هكذا: 1500,00 أو 1500 DH).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="372"/>
        <source>“%(value)s” is not a whole number.</source>
        <translation>«%(value)s» ليس عددا صحيحا.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="376"/>
        <source>“%(value)s”: write Oui or Non.</source>
        <translation>«%(value)s»: اكتبوا Oui أو Non.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="380"/>
        <source>A contract is given but the intern is not marked as hired.</source>
        <translation>ذُكر عقد لكن المتدرب غير مسجل كمُشغَّل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="384"/>
        <source>A payment under a grant the committee did not approve.</source>
        <translation>دفعة في إطار منحة لم توافق عليها اللجنة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="388"/>
        <source>The payments add up to more than the amount approved.</source>
        <translation>مجموع الدفعات يتجاوز المبلغ الممنوح.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="392"/>
        <source>Your role does not see sensitive data: export without it.</source>
        <translation>لا يطلع دوركم على المعطيات الحساسة: صدّروا دونها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="396"/>
        <source>A target is a number of people from 0 to %(max)s.</source>
        <translation>الهدف عدد أشخاص من 0 إلى %(max)s.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="399"/>
        <source>Another programme already has this name.</source>
        <translation>يحمل برنامج آخر هذا الاسم مسبقًا.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="402"/>
        <source>Programmes are defined nationally: this computer cannot change them.</source>
        <translation>تُحدَّد البرامج على المستوى الوطني: لا يمكن لهذا الحاسوب تعديلها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="405"/>
        <source>This programme no longer exists.</source>
        <translation>هذا البرنامج لم يعد موجوداً.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="406"/>
        <source>This person is not among the people the programme serves.</source>
        <translation>هذا الشخص ليس ضمن الفئات التي يستهدفها البرنامج.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="409"/>
        <source>The date is outside the programme&apos;s period (%(start)s to %(end)s).</source>
        <translation>التاريخ خارج فترة البرنامج (من %(start)s إلى %(end)s).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="412"/>
        <source>This person is already enrolled in this programme.</source>
        <translation>هذا الشخص مسجَّل من قبلُ في هذا البرنامج.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="415"/>
        <source>Two columns are given the same meaning: keep one.</source>
        <translation>أُعطي عمودان نفس المعنى: احتفظوا بواحد.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="418"/>
        <source>Choose the column that holds this information.</source>
        <translation>اختاروا العمود الذي يحتوي على هذه المعلومة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="421"/>
        <source>Use 2 to 6 letters or digits, e.g. RABAG.</source>
        <translation>استعمل من 2 إلى 6 أحرف أو أرقام، مثلا RABAG.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="424"/>
        <source>No account has this user name.</source>
        <translation>لا يوجد حساب بهذا الاسم.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="425"/>
        <source>You cannot disable your own account.</source>
        <translation>لا يمكنك تعطيل حسابك الخاص.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="426"/>
        <source>You cannot change your own role: another administrator must.</source>
        <translation>لا يمكنك تغيير دورك بنفسك: يجب أن يقوم بذلك مسؤول آخر.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="429"/>
        <source>This file no longer exists.</source>
        <translation>هذا الملف لم يعد موجودا.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="430"/>
        <source>The person&apos;s consent has expired: ask for it again and record it in the profile before printing.</source>
        <translation>انتهت صلاحية موافقة الشخص: اطلبها مجدداً وسجّلها في الملف قبل الطباعة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="435"/>
        <source>The consent must be valid after the day it was given.</source>
        <translation>يجب أن تبقى الموافقة صالحة بعد يوم إعطائها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="438"/>
        <source>Only the person&apos;s counsellor or a supervisor exports the whole file (it holds sensitive information). Show the hidden information first, giving a reason.</source>
        <translation>لا يصدّر الملف كاملاً إلا مستشار(ة) الشخص أو المشرف (فهو يتضمن معلومات حساسة). أظهر المعلومات المخفية أولاً مع ذكر السبب.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="443"/>
        <source>The agency is not set up on this computer.</source>
        <translation>الوكالة غير معدة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="446"/>
        <source>Your role does not allow this action.</source>
        <translation>دورك لا يسمح بهذا الإجراء.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="447"/>
        <source>The stage already has this status.</source>
        <translation>المرحلة لها هذه الحالة من قبل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="448"/>
        <source>A stage cannot go from “%(from)s” to “%(to)s”.</source>
        <translation>لا يمكن للمرحلة أن تنتقل من «%(from)s» إلى «%(to)s».</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="451"/>
        <source>Give the reason.</source>
        <translation>اذكر السبب.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="452"/>
        <source>Say why in a sentence (at least %(min)s characters).</source>
        <translation>اذكر السبب في جملة (على الأقل %(min)s حرفاً).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="455"/>
        <source>Choose the track (wage employment or self-employment) first.</source>
        <translation>اختر المسلك أولا (الشغل المأجور أو التشغيل الذاتي).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="458"/>
        <source>This stage belongs to the other track; the person is on the track “%(track)s”.</source>
        <translation>هذه المرحلة تابعة للمسلك الآخر؛ الشخص في مسلك «%(track)s».</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="461"/>
        <source>The stage “%(stage)s” has not started yet.</source>
        <translation>مرحلة «%(stage)s» لم تبدأ بعد.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="464"/>
        <source>The stage “%(stage)s” must be completed or skipped first.</source>
        <translation>يجب أولا إنهاء مرحلة «%(stage)s» أو تجاوزها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="467"/>
        <source>Attendance is %(rate)s %%; completing the training needs at least %(threshold)s %%.</source>
        <translation>نسبة الحضور %(rate)s %%؛ إتمام التكوين يتطلب %(threshold)s %% على الأقل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="471"/>
        <source>Auto-entrepreneurs must be at least %(min)s years old.</source>
        <translation>يجب أن يكون المقاول الذاتي بالغا %(min)s سنة على الأقل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="474"/>
        <source>The legal status “%(status)s” does not allow auto-entrepreneur registration: a Moroccan residence title is needed.</source>
        <translation>وضعية «%(status)s» لا تسمح بالتسجيل كمقاول ذاتي: يلزم سند إقامة مغربي.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="478"/>
        <source>A residence card valid on that date is needed for auto-entrepreneur registration: record it in the identity documents.</source>
        <translation>يلزم سند إقامة صالح في ذلك التاريخ للتسجيل كمقاول ذاتي: سجّله في وثائق الهوية.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="482"/>
        <source>No committee decision without a completed business plan.</source>
        <translation>لا قرار للجنة دون مخطط أعمال مكتمل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="486"/>
        <source>To complete this stage, enter the career goal agreed at the interview.</source>
        <translation>لإنهاء هذه المرحلة، أدخل الهدف المهني المتفق عليه خلال المقابلة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="489"/>
        <source>To complete this stage, choose the track (wage employment or self-employment).</source>
        <translation>لإنهاء هذه المرحلة، اختر المسلك (الشغل المأجور أو التشغيل الذاتي).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="493"/>
        <source>To complete this stage, tick the services recommended at the interview.</source>
        <translation>لإنهاء هذه المرحلة، حدد الخدمات الموصى بها خلال المقابلة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="496"/>
        <source>To complete this stage, record the internship in the Internship tab.</source>
        <translation>لإنهاء هذه المرحلة، سجّل التدريب في تبويب «التدريب».</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="499"/>
        <source>The internship ends on %(on)s: complete this stage once it has ended, or record its early end.</source>
        <translation>ينتهي التدريب في %(on)s: أنهِ هذه المرحلة بعد انتهائه، أو سجّل إنهاءه المبكر.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="504"/>
        <source>To complete this stage, enter the internship&apos;s final evaluation.</source>
        <translation>لإنهاء هذه المرحلة، أدخل التقييم النهائي للتدريب.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="507"/>
        <source>To complete this stage, enter the auto-entrepreneur registration number.</source>
        <translation>لإنهاء هذه المرحلة، أدخل رقم التسجيل كمقاول ذاتي.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="510"/>
        <source>To complete this stage, enter the date of the registration.</source>
        <translation>لإنهاء هذه المرحلة، أدخل تاريخ التسجيل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="513"/>
        <source>The registration is dated %(on)s: complete this stage on or after that day.</source>
        <translation>التسجيل مؤرخ في %(on)s: أنهِ هذه المرحلة في ذلك اليوم أو بعده.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="516"/>
        <source>The programme asks for the auto-entrepreneur card or the filing receipt: attach it to this stage first.</source>
        <translation>يطلب البرنامج بطاقة المقاول الذاتي أو وصل الإيداع: أرفقها بهذه المرحلة أولا.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="521"/>
        <source>To complete this stage, write the business plan in its tab.</source>
        <translation>لإنهاء هذه المرحلة، حرّر مخطط الأعمال في تبويبه.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="524"/>
        <source>The business plan names no activity: enter it.</source>
        <translation>لا يحدد مخطط الأعمال أي نشاط: أدخله.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="527"/>
        <source>The business plan has no summary: write it.</source>
        <translation>ليس لمخطط الأعمال ملخص: حرّره.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="530"/>
        <source>The business plan lists no start-up costs: add them.</source>
        <translation>لا يتضمن مخطط الأعمال أي تكاليف انطلاق: أضفها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="533"/>
        <source>The business plan projects no revenue: fill in the monthly projection.</source>
        <translation>لا يتوقع مخطط الأعمال أي رقم معاملات: املأ التوقع الشهري.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="536"/>
        <source>%(gap)s MAD of start-up costs are not funded: add a funding source or reduce the costs.</source>
        <translation>%(gap)s درهم من تكاليف الانطلاق غير ممولة: أضف مصدر تمويل أو قلّص التكاليف.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="540"/>
        <source>To complete this stage, the grant&apos;s first tranche must be paid and confirmed by a second person.</source>
        <translation>لإنهاء هذه المرحلة، يجب صرف الدفعة الأولى من المنحة وتأكيدها من طرف شخص ثانٍ.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="546"/>
        <source>A placement is unpaid or carries an allowance of at most %(max)s MAD a month.</source>
        <translation>يكون هذا التدريب غير مؤدى عنه أو بمنحة لا تتجاوز %(max)s درهم في الشهر.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="549"/>
        <source>The agreement goes one step at a time: being prepared, signed, under way, then completed or ended early.</source>
        <translation>تتقدم الاتفاقية مرحلة بمرحلة: قيد الإعداد، موقعة، جارية، ثم منتهية أو منتهية قبل الأجل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="554"/>
        <source>The agreement is signed by the three parties: tick the intern, the host and the agency.</source>
        <translation>توقع الاتفاقية من طرف الأطراف الثلاثة: حدد المتدرب(ة) والجهة المستقبلة والوكالة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="558"/>
        <source>Attach the signed copy of the agreement.</source>
        <translation>أرفق النسخة الموقعة من الاتفاقية.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="561"/>
        <source>The internship starts on %(on)s: it can be under way from that day.</source>
        <translation>يبدأ التدريب في %(on)s: يمكن اعتباره جاريا ابتداء من ذلك اليوم.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="564"/>
        <source>The early end falls between the start of the internship and today.</source>
        <translation>يقع الإنهاء المبكر بين بداية التدريب واليوم.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="567"/>
        <source>Each criterion of the grid is scored from %(min)s to %(max)s.</source>
        <translation>ينقط كل معيار من معايير الشبكة من %(min)s إلى %(max)s.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="570"/>
        <source>Score all the criteria of the grid, or none.</source>
        <translation>نقّط جميع معايير الشبكة، أو لا تنقط أيا منها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="573"/>
        <source>The person was hired: on which contract (CDI, CDD, Tahfiz)?</source>
        <translation>تم تشغيل الشخص: بأي عقد (CDI، CDD، تحفيز)؟</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="576"/>
        <source>The person was not hired: give the reason.</source>
        <translation>لم يتم تشغيل الشخص: اذكر السبب.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="579"/>
        <source>To complete this stage, record the 12-month follow-up visit, or a visit that found the business closed.</source>
        <translation>لإنهاء هذه المرحلة، سجّل زيارة التتبع بعد 12 شهرا، أو زيارة عاينت إغلاق النشاط.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="584"/>
        <source>A percentage is between 0 and 100.</source>
        <translation>النسبة المئوية بين 0 و100.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="585"/>
        <source>Between 1 and %(max)s places.</source>
        <translation>بين 1 و%(max)s مقعدا.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="586"/>
        <source>The end is before the start.</source>
        <translation>النهاية تسبق البداية.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="587"/>
        <source>The session must fall within the cohort&apos;s dates.</source>
        <translation>يجب أن تقع الحصة ضمن تواريخ الفوج.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="590"/>
        <source>A session lasts between 15 minutes and 10 hours.</source>
        <translation>تدوم الحصة ما بين 15 دقيقة و10 ساعات.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="593"/>
        <source>Attendance can be marked once the session has taken place.</source>
        <translation>يُسجل الحضور بعد انعقاد الحصة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="596"/>
        <source>This person is not enrolled in the cohort.</source>
        <translation>هذا الشخص غير مسجل في الفوج.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="597"/>
        <source>This cohort no longer exists.</source>
        <translation>هذا الفوج لم يعد موجودا.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="598"/>
        <source>This session no longer exists.</source>
        <translation>هذه الحصة لم تعد موجودة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="599"/>
        <source>An ICE number has 15 digits.</source>
        <translation>يتكون رقم المعرف الموحد للمقاولة من 15 رقما.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="600"/>
        <source>A tax identifier (IF) has 7 to 10 digits.</source>
        <translation>يتكون التعريف الضريبي من 7 إلى 10 أرقام.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="601"/>
        <source>Give an amount above zero.</source>
        <translation>أدخل مبلغا أكبر من الصفر.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="602"/>
        <source>The envelope has only %(remaining)s MAD left.</source>
        <translation>لم يتبق في الغلاف سوى %(remaining)s درهم.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="605"/>
        <source>Only %(left)s MAD of the grant remain to be paid.</source>
        <translation>لم يتبق من المنحة سوى %(left)s درهم للأداء.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="608"/>
        <source>Purchases in kind need the receipt or invoice reference.</source>
        <translation>المشتريات العينية تتطلب مرجع الوصل أو الفاتورة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="611"/>
        <source>This tranche is already confirmed.</source>
        <translation>هذه الدفعة مؤكدة من قبل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="614"/>
        <source>Another person must confirm a tranche you recorded.</source>
        <translation>يجب أن يؤكد شخص آخر دفعة سجلتها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="617"/>
        <source>Tranches are paid only on an approved grant.</source>
        <translation>لا تؤدى الدفعات إلا لمنحة مقبولة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="620"/>
        <source>This application no longer exists.</source>
        <translation>هذا الطلب لم يعد موجودا.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="621"/>
        <source>This tranche no longer exists.</source>
        <translation>هذه الدفعة لم تعد موجودة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="622"/>
        <source>This visit no longer exists.</source>
        <translation>هذه الزيارة لم تعد موجودة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="623"/>
        <source>Between 0 and 1000 jobs.</source>
        <translation>بين 0 و1000 منصب شغل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="624"/>
        <source>Not an amount: type it like 2500 or 2.500,00.</source>
        <translation>مبلغ غير صالح: اكتبه مثل 2500 أو 2.500,00.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="627"/>
        <source>This amount is too large.</source>
        <translation>هذا المبلغ كبير جدا.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="628"/>
        <source>The monthly stipend must be between %(min)s and %(max)s MAD.</source>
        <translation>يجب أن تكون المنحة الشهرية بين %(min)s و%(max)s درهم.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="631"/>
        <source>An internship lasts at most %(max)s months.</source>
        <translation>يدوم التدريب %(max)s شهرا على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="634"/>
        <source>Internships belong to the wage-employment track: choose it in the pathway first.</source>
        <translation>التدريبات تابعة لمسلك الشغل المأجور: اختره أولا في المسار.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="638"/>
        <source>This answer does not follow from the referral&apos;s current state.</source>
        <translation>هذا الجواب لا يتناسب مع الحالة الحالية للتوجيه.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="641"/>
        <source>Choose the reason the partner gave for refusing.</source>
        <translation>اختر سبب الرفض الذي قدّمه الشريك.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="644"/>
        <source>Explain the reason in the note.</source>
        <translation>وضّح السبب في الملاحظة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="645"/>
        <source>The person has not agreed to sharing with partners: record that consent in the profile first.</source>
        <translation>لم يوافق الشخص على مشاركة معطياته مع الشركاء: سجّل هذه الموافقة في الملف الشخصي أولاً.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="650"/>
        <source>This partner is closed from that date: choose another one.</source>
        <translation>هذا الشريك مغلق في هذا التاريخ: اختر شريكًا آخر.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="653"/>
        <source>This referral no longer exists.</source>
        <translation>هذا التوجيه لم يعد موجوداً.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="654"/>
        <source>This is not a referral code: check each character on the slip (R- then 9 letters or digits).</source>
        <translation>هذا ليس رمز توجيه: تحقّق من كل حرف في القسيمة (R- ثم 9 حروف أو أرقام).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="659"/>
        <source>No referral with the code %(code)s on this PC.</source>
        <translation>لا يوجد توجيه بالرمز %(code)s على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="662"/>
        <source>This date is before the referral was sent.</source>
        <translation>هذا التاريخ سابق لإرسال التوجيه.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="665"/>
        <source>The duration must be between %(min)s and %(max)s minutes.</source>
        <translation>يجب أن تكون المدة بين %(min)s و%(max)s دقيقة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="668"/>
        <source>This appointment was cancelled: book it again to plan it.</source>
        <translation>أُلغي هذا الموعد: حدّد موعداً جديداً.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="671"/>
        <source>This appointment has not taken place yet.</source>
        <translation>لم يحن هذا الموعد بعد.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="674"/>
        <source>This agenda already has an appointment at %(time)s (%(who)s).</source>
        <translation>في هذه المفكرة موعد آخر على الساعة %(time)s (%(who)s).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="677"/>
        <source>This agenda already has a meeting at %(time)s.</source>
        <translation>في هذه المفكرة اجتماع على الساعة %(time)s.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="680"/>
        <source>This appointment no longer exists.</source>
        <translation>هذا الموعد لم يعد موجوداً.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="681"/>
        <source>This file is empty.</source>
        <translation>هذا الملف فارغ.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="682"/>
        <source>This file is %(size_mb)s MB; at most %(max_mb)s MB can be attached. Scan it at a lower resolution.</source>
        <translation>حجم هذا الملف %(size_mb)s ميغابايت؛ الحد الأقصى للإرفاق %(max_mb)s ميغابايت. امسحه بدقة أقل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="687"/>
        <source>Only PDF files and pictures (JPEG, PNG, TIFF, WebP) can be attached.</source>
        <translation>يمكن إرفاق ملفات PDF والصور (JPEG، PNG، TIFF، WebP) فقط.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="690"/>
        <source>This document no longer exists.</source>
        <translation>هذه الوثيقة لم تعد موجودة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="691"/>
        <source>This document&apos;s content is not on this PC yet: it will come with the next synchronisation.</source>
        <translation>محتوى هذه الوثيقة ليس على هذا الحاسوب بعد: سيصل مع المزامنة القادمة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="696"/>
        <source>This document&apos;s copy on this PC is damaged. Attach the original again, or ask the administrator to restore a backup.</source>
        <translation>نسخة هذه الوثيقة على هذا الحاسوب تالفة. أرفق الأصل من جديد أو اطلب من المسؤول استرجاع نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="701"/>
        <source>Attendance is %(rate)s %%; the certificate needs at least %(threshold)s %%.</source>
        <translation>نسبة المواظبة %(rate)s %%؛ وتتطلب الشهادة %(threshold)s %% على الأقل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="705"/>
        <source>No session of this cohort has taken place yet.</source>
        <translation>لم تُعقد أي حصة لهذا الفوج بعد.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="708"/>
        <source>Attendance is not marked for %(count)s session(s) yet: complete the attendance sheets.</source>
        <translation>لم يُسجل الحضور بعد في %(count)s حصة: أكملوا أوراق الحضور.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="712"/>
        <source>The pathway has not reached this stage yet.</source>
        <translation>لم يبلغ المسار هذه المرحلة بعد.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="715"/>
        <source>Consent is pending: no document can be printed for this person until it is recorded.</source>
        <translation>الموافقة معلقة: لا يمكن طباعة أي وثيقة لهذا الشخص قبل تسجيلها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="719"/>
        <source>This appointment is not with a registered person.</source>
        <translation>هذا الموعد ليس مع شخص مسجل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="722"/>
        <source>The committee has not approved this grant.</source>
        <translation>لم توافق اللجنة على هذه المنحة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="725"/>
        <source>A second person must confirm this tranche before its receipt is printed.</source>
        <translation>يجب أن يؤكد شخص ثانٍ هذه الدفعة قبل طباعة وصلها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="728"/>
        <source>Choose two different languages among French, Arabic and English.</source>
        <translation>اختاروا لغتين مختلفتين من بين الفرنسية والعربية والإنجليزية.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="731"/>
        <source>The print service is not running on this computer: nothing was printed. Start it (or restart the computer) and print again.</source>
        <translation>خدمة الطباعة لا تعمل على هذا الحاسوب: لم يُطبع أي شيء. شغّلها (أو أعد تشغيل الحاسوب) ثم أعد الطباعة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="736"/>
        <source>The printer %(printer)s is not known to the print service (removed or renamed): nothing was printed. Choose another printer.</source>
        <translation>الطابعة %(printer)s غير معروفة لدى خدمة الطباعة (حُذفت أو غُيّر اسمها): لم يُطبع أي شيء. اختر طابعة أخرى.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="741"/>
        <source>The printer %(printer)s is paused: nothing was printed. Resume it in the printer settings, or choose another printer.</source>
        <translation>الطابعة %(printer)s متوقفة مؤقتًا: لم يُطبع أي شيء. استأنف عملها من إعدادات الطابعة، أو اختر طابعة أخرى.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="746"/>
        <source>The printer %(printer)s is not accepting jobs: nothing was printed. Allow it to accept jobs in the printer settings, or choose another printer.</source>
        <translation>الطابعة %(printer)s لا تقبل مهام الطباعة: لم يُطبع أي شيء. اسمح لها بقبولها من إعدادات الطابعة، أو اختر طابعة أخرى.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="751"/>
        <source>The print service refused the job for %(printer)s: nothing was printed.</source>
        <translation>رفضت خدمة الطباعة المهمة الموجهة إلى %(printer)s: لم يُطبع أي شيء.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="754"/>
        <source>The document could not be sent to the printer: nothing was printed.</source>
        <translation>تعذّر إرسال الوثيقة إلى الطابعة: لم يُطبع أي شيء.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="757"/>
        <source>Printing was stopped before the end.</source>
        <translation>أُوقفت الطباعة قبل نهايتها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="758"/>
        <source>The PDF file could not be written: %(reason)s</source>
        <translation>تعذّرت كتابة ملف PDF: %(reason)s</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="761"/>
        <source>A logo must be a PNG or JPEG picture.</source>
        <translation>يجب أن يكون الشعار صورة PNG أو JPEG.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="762"/>
        <source>A logo of this letterhead is no longer on this PC: choose it again.</source>
        <translation>أحد شعارات هذه الترويسة لم يعد على هذا الحاسوب: اختاروه من جديد.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="765"/>
        <source>This picture is larger than %(max_mib)s MB: use a smaller logo.</source>
        <translation>حجم هذه الصورة يتجاوز %(max_mib)s ميغابايت: استعملوا شعارًا أخف.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="768"/>
        <source>No document with this serial number is in the register.</source>
        <translation>لا توجد في السجل وثيقة بهذا الرقم التسلسلي.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="771"/>
        <source>This document is already revoked.</source>
        <translation>هذه الوثيقة ملغاة من قبل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="772"/>
        <source>This kind of document does not exist in this version of the app.</source>
        <translation>هذا النوع من الوثائق غير موجود في هذه النسخة من التطبيق.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="775"/>
        <source>Type the server&apos;s address, starting with https://</source>
        <translation>اكتبوا عنوان الخادم، مبتدئًا بـ https://</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="778"/>
        <source>This PC&apos;s clock is %(minutes)s minute(s) behind the last synchronisation: set the date and time right before saving. What you typed is still in the form.</source>
        <translation>ساعة هذا الحاسوب متأخرة بـ %(minutes)s دقيقة عن آخر مزامنة: صححوا التاريخ والوقت قبل الحفظ. ما كتبتموه باقٍ في الاستمارة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="783"/>
        <source>This record no longer exists; it may have been deleted.</source>
        <translation>هذا السجل لم يعد موجودًا؛ ربما حُذف.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="786"/>
        <source>The server still accepts this PC: its data is not removed.</source>
        <translation>ما زال الخادم يقبل هذا الحاسوب: لم تُحذف بياناته.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="789"/>
        <source>This is not the agency&apos;s code: nothing was removed.</source>
        <translation>هذا ليس رمز الوكالة: لم يُحذف أي شيء.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="830"/>
        <source>This PC&apos;s clock is %(minutes)s minute(s) off the server&apos;s. Set the date and time right (Windows: Settings → Time), then synchronise again. Nothing was lost.</source>
        <translation>ساعة هذا الحاسوب تختلف بـ %(minutes)s دقيقة عن ساعة الخادم. صححوا التاريخ والوقت (ويندوز: الإعدادات ← الوقت)، ثم أعيدوا المزامنة. لم يضع شيء.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="835"/>
        <source>The server no longer accepts this PC (it was revoked). Its work stays here: write its changes to a USB key for the server&apos;s administrator, then remove the agency&apos;s data from this PC (Synchronisation window).</source>
        <translation>لم يعد الخادم يقبل هذا الحاسوب (تم إلغاؤه). يبقى عمله هنا: اكتب تعديلاته على مفتاح USB لمسؤول الخادم، ثم احذف بيانات الوكالة من هذا الحاسوب (نافذة المزامنة).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="841"/>
        <source>This version of the app is too old for the server (at least %(min_client_version)s is needed). Ask the IT person to install the new version; your work stays on this PC.</source>
        <translation>هذه النسخة من التطبيق قديمة بالنسبة للخادم (يلزم على الأقل %(min_client_version)s). اطلبوا من مصلحة المعلوميات تثبيت النسخة الجديدة؛ عملكم باقٍ على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="846"/>
        <source>The server cannot be reached. Your work is kept on this PC and will be sent at the next synchronisation.</source>
        <translation>تعذر الوصول إلى الخادم. عملكم محفوظ على هذا الحاسوب وسيُرسل في المزامنة القادمة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="851"/>
        <source>The server took too long to answer. Your work is kept; try again later.</source>
        <translation>استغرق الخادم وقتًا طويلًا للرد. عملكم محفوظ؛ أعيدوا المحاولة لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="855"/>
        <source>The server&apos;s answer arrived incomplete (a poor connection?). Your work is kept on this PC; synchronise again.</source>
        <translation>وصل رد الخادم ناقصًا (اتصال ضعيف؟). عملكم محفوظ على هذا الحاسوب؛ أعيدوا المزامنة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="860"/>
        <source>The server is unavailable for the moment (maintenance or overload). Your work is kept on this PC; synchronise again later.</source>
        <translation>الخادم غير متاح حاليًا (صيانة أو ضغط). عملكم محفوظ على هذا الحاسوب؛ أعيدوا المزامنة لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="865"/>
        <source>The server does not recognise this PC. Call the administrator.</source>
        <translation>الخادم لا يتعرف على هذا الحاسوب. اتصلوا بالمسؤول.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="868"/>
        <location filename="../../counsellor_app/ui/labels.py" line="889"/>
        <source>This PC is not enrolled with a server.</source>
        <translation>هذا الحاسوب غير مسجل لدى أي خادم.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="869"/>
        <source>The server&apos;s address must begin with https:// (plain http:// is only accepted for a server on this very PC). Check the address with the administrator.</source>
        <translation>يجب أن يبدأ عنوان الخادم بـ https://‏ (لا يُقبل http://‏ العادي إلا لخادم مثبت على هذا الحاسوب نفسه). تحققوا من العنوان لدى المسؤول.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="874"/>
        <source>An answer did not come from the agency&apos;s server (its signature is missing or wrong), so nothing in it was used. Your work is kept on this PC; tell the administrator.</source>
        <translation>وصل رد لم يصدر عن خادم الوكالة (توقيعه مفقود أو غير صحيح)، لذلك لم يُستعمل أي شيء منه. عملكم محفوظ على هذا الحاسوب؛ أخبروا المسؤول.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="879"/>
        <source>This PC does not know the server&apos;s key, so it cannot trust its answers. Ask the administrator to enrol this PC again.</source>
        <translation>هذا الحاسوب لا يعرف مفتاح الخادم، ولذلك لا يمكنه الوثوق بردوده. اطلبوا من المسؤول تسجيل هذا الحاسوب من جديد.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="884"/>
        <source>The server refused a request it had already received. Synchronise again; nothing was lost.</source>
        <translation>رفض الخادم طلبًا سبق أن توصل به. أعيدوا المزامنة؛ لم يضع أي شيء.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="890"/>
        <source>This PC is already enrolled.</source>
        <translation>هذا الحاسوب مسجل من قبل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="891"/>
        <source>This enrolment code is not known: check it with the administrator.</source>
        <translation>رمز التسجيل هذا غير معروف: تحققوا منه مع المسؤول.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="894"/>
        <source>This enrolment code was already used: ask the administrator for a new one.</source>
        <translation>رمز التسجيل هذا استُعمل من قبل: اطلبوا رمزًا جديدًا من المسؤول.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="897"/>
        <source>This enrolment code has expired: ask the administrator for a new one.</source>
        <translation>انتهت صلاحية رمز التسجيل هذا: اطلبوا رمزًا جديدًا من المسؤول.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="900"/>
        <source>This enrolment code was made for another agency.</source>
        <translation>أُنشئ رمز التسجيل هذا لوكالة أخرى.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="903"/>
        <source>Synchronisation stopped. What was already sent is safe.</source>
        <translation>توقفت المزامنة. ما أُرسل من قبل في أمان.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="906"/>
        <source>The person has not consented to sharing their file: record the consent in the profile first.</source>
        <translation>لم يوافق الشخص على مشاركة ملفه: سجلوا الموافقة في الملف الشخصي أولًا.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="911"/>
        <source>No other agency has this code on the server: check it with the agency.</source>
        <translation>لا توجد وكالة أخرى بهذا الرمز على الخادم: تحققوا منه مع الوكالة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="914"/>
        <source>The server does not have this file as this agency&apos;s (yet): synchronise, then try again.</source>
        <translation>لا يملك الخادم (بعد) هذا الملف كملف لهذه الوكالة: زامنوا ثم أعيدوا المحاولة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="918"/>
        <source>Whoever asked for the erasure cannot approve it: another supervisor must.</source>
        <translation>من طلب المحو لا يمكنه الموافقة عليه: يجب أن يوافق مشرف آخر.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="921"/>
        <source>Your account may not do this on the server (it must be synchronised first).</source>
        <translation>لا يمكن لحسابكم القيام بهذا على الخادم (يجب مزامنته أولًا).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="924"/>
        <source>This transfer was withdrawn or already answered.</source>
        <translation>سُحب هذا النقل أو تم الرد عليه من قبل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="927"/>
        <source>This sharing no longer exists.</source>
        <translation>هذه المشاركة لم تعد موجودة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="929"/>
        <source>The server needs the signature of the person who acts: log out, log in again with your own account, then do it again.</source>
        <translation>يشترط الخادم توقيع الشخص الذي يقوم بالإجراء: اخرج من الحساب، ثم ادخل من جديد بحسابك الخاص، وأعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="934"/>
        <source>The server does not know your signature yet: an administrator must synchronise from a PC of the agency first.</source>
        <translation>لا يعرف الخادم توقيعك بعد: يجب أن يقوم مسؤول بالمزامنة أولاً من أحد حواسيب الوكالة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="939"/>
        <source>This account is disabled: its signature is no longer accepted.</source>
        <translation>هذا الحساب معطَّل: لم يعد توقيعه مقبولاً.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="942"/>
        <source>The signature belongs to an account of another agency: refused.</source>
        <translation>التوقيع يعود لحساب تابع لوكالة أخرى: مرفوض.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="945"/>
        <source>The signature does not match the account or what it signs: refused. Tell the administrator.</source>
        <translation>التوقيع لا يطابق الحساب أو ما يوقّع عليه: مرفوض. أخبر المسؤول.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="950"/>
        <source>The signature is not that of the account named: refused.</source>
        <translation>التوقيع ليس توقيع الحساب المذكور: مرفوض.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="953"/>
        <source>This signed act was already received once: it is not done twice.</source>
        <translation>سبق استلام هذا الإجراء الموقَّع مرة واحدة: لا يُنفَّذ مرتين.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="956"/>
        <source>This signed act is too old, or this PC&apos;s date is wrong: check the date and time of the PC, then do it again.</source>
        <translation>هذا الإجراء الموقَّع قديم جدًا، أو أن تاريخ هذا الحاسوب غير صحيح: تحقَّق من تاريخ الحاسوب وساعته، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="961"/>
        <source>Your account does not have the right to do this, as the server knows it.</source>
        <translation>لا يملك حسابك صلاحية القيام بهذا الإجراء، حسب بيانات الخادم.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="964"/>
        <source>This account already has a signature registered on the server.</source>
        <translation>لهذا الحساب توقيع مسجَّل مسبقاً على الخادم.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="969"/>
        <source>This file was changed after it was written: it cannot be trusted.</source>
        <translation>عُدّل هذا الملف بعد كتابته: لا يمكن الوثوق به.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="972"/>
        <source>This file is damaged or is not a Counsellor bundle.</source>
        <translation>هذا الملف تالف أو ليس حزمة من Counsellor.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="975"/>
        <source>This bundle was written by another version of the app.</source>
        <translation>كُتبت هذه الحزمة بنسخة أخرى من التطبيق.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="978"/>
        <source>This bundle is more than 30 days old: write a new one.</source>
        <translation>عمر هذه الحزمة أكثر من 30 يومًا: اكتبوا حزمة جديدة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="981"/>
        <source>This answer was already read here.</source>
        <translation>قُرئ هذا الرد هنا من قبل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="982"/>
        <source>This answer is for another PC.</source>
        <translation>هذا الرد موجه إلى حاسوب آخر.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="983"/>
        <source>This file is a bundle for the server, not its answer.</source>
        <translation>هذا الملف حزمة موجهة إلى الخادم، وليس رده.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="986"/>
        <source>This file is too large to be a bundle.</source>
        <translation>هذا الملف أكبر من أن يكون حزمة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1000"/>
        <source>Changed on another PC too: both values are kept for the agency to decide.</source>
        <translation>عُدّل أيضًا على حاسوب آخر: احتُفظ بالقيمتين لتقرر الوكالة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1004"/>
        <source>Refused: another PC recorded a different decision first. Check the file and do it again if it still applies.</source>
        <translation>مرفوض: سجل حاسوب آخر قرارًا مختلفًا قبل ذلك. راجعوا الملف وأعيدوا العملية إن كانت لا تزال قائمة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1009"/>
        <source>Not accepted by the server (%(reason)s).</source>
        <translation>لم يقبله الخادم (%(reason)s).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1013"/>
        <source>the file belongs to an agency that has not shared it with yours</source>
        <translation>الملف تابع لوكالة لم تشاركه مع وكالتكم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1016"/>
        <source>the record belongs to an agency that has not shared it with yours</source>
        <translation>السجل تابع لوكالة لم تشاركه مع وكالتكم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1019"/>
        <source>the person named belongs to an agency that has not shared the file with yours</source>
        <translation>الشخص المعني تابع لوكالة لم تشارك ملفه مع وكالتكم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1022"/>
        <source>the change names an agency other than the one the record belongs to</source>
        <translation>يشير التعديل إلى وكالة غير الوكالة التي يتبع لها السجل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1025"/>
        <source>the person&apos;s file was erased at their request</source>
        <translation>تم محو ملف الشخص بناءً على طلبه</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1026"/>
        <source>the account that made the change does not have the right to make it</source>
        <translation>الحساب الذي أجرى التعديل لا يملك صلاحية إجرائه</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1029"/>
        <source>the change was made under an account of another agency</source>
        <translation>أُجري التعديل بحساب تابع لوكالة أخرى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1032"/>
        <source>the change is malformed: tell the administrator</source>
        <translation>التعديل غير سليم البنية: أخبروا المسؤول</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1033"/>
        <source>another change was sent under the same number: tell the administrator</source>
        <translation>أُرسل تعديل آخر بالرقم نفسه: أخبروا المسؤول</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1036"/>
        <source>a value is not in a form every PC can store: correct it and save again</source>
        <translation>قيمة ليست بصيغة يمكن لجميع الحواسيب حفظها: صحّحوها ثم احفظوا من جديد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1039"/>
        <source>the change needs the signature of the person who made it</source>
        <translation>يتطلب التعديل توقيع الشخص الذي قام به</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1042"/>
        <source>the signature of its author is not registered yet: it is sent again later</source>
        <translation>توقيع صاحبه غير مسجَّل بعد: سيُعاد إرساله لاحقاً</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1045"/>
        <source>its author&apos;s account is disabled</source>
        <translation>حساب صاحبه معطَّل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1046"/>
        <source>it is signed by an account of another agency</source>
        <translation>موقَّع من حساب تابع لوكالة أخرى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1049"/>
        <source>its signature does not match its author or the change</source>
        <translation>توقيعه لا يطابق صاحبه أو التعديل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1052"/>
        <source>it is signed by someone other than its author</source>
        <translation>موقَّع من شخص غير صاحبه</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1055"/>
        <source>a tranche is confirmed by someone other than whoever recorded it</source>
        <translation>تُؤكَّد الدفعة من طرف شخص غير الذي سجّلها</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1073"/>
        <source>%(document)s %(number)s expired on %(date)s (%(days)s days ago): renewal needed.</source>
        <translation>%(document)s %(number)s انتهت صلاحيتها في %(date)s (منذ %(days)s يوما): يجب التجديد.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1077"/>
        <source>%(document)s %(number)s expires on %(date)s (in %(days)s days): plan the renewal.</source>
        <translation>%(document)s %(number)s تنتهي صلاحيتها في %(date)s (بعد %(days)s يوما): خطط للتجديد.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1083"/>
        <source>Same document number (%(detail)s)</source>
        <translation>نفس رقم الوثيقة (%(detail)s)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1084"/>
        <source>Same phone number (%(detail)s)</source>
        <translation>نفس رقم الهاتف (%(detail)s)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1085"/>
        <source>Same date of birth and a similar name (%(detail)s %% alike)</source>
        <translation>نفس تاريخ الازدياد واسم مشابه (تشابه %(detail)s %%)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="64"/>
        <source>Year %(year)s: projected turnover %(turnover)s MAD is above the auto-entrepreneur ceiling of %(ceiling)s MAD for this activity.</source>
        <translation>السنة %(year)s: رقم المعاملات المتوقع (%(turnover)s درهم) يتجاوز سقف المقاول الذاتي لهذا النشاط (%(ceiling)s درهم).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="68"/>
        <source>The funding does not cover the start-up costs.</source>
        <translation>التمويل لا يغطي تكاليف الانطلاق.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="69"/>
        <source>The start-up costs are not recovered within %(months)s months.</source>
        <translation>لا تُسترجع تكاليف الانطلاق خلال %(months)s شهرا.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="72"/>
        <source>Cash runs short in month %(month)s (month 0: before opening).</source>
        <translation>نقص في الخزينة في الشهر %(month)s (الشهر 0: قبل الافتتاح).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="75"/>
        <source>The projection covers %(min)s to %(max)s months.</source>
        <translation>يغطي التوقع من %(min)s إلى %(max)s شهرا.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="240"/>
        <source>Refused: this was changed elsewhere meanwhile (a synchronisation or another window). Check the file and do it again if it still applies.</source>
        <translation>مرفوض: عُدِّل هذا في مكان آخر في الأثناء (مزامنة أو نافذة أخرى). تحقّق من الملف وأعد العملية إن كانت لا تزال قائمة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="86"/>
        <source>Add the committee&apos;s members.</source>
        <translation>أضف أعضاء اللجنة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="87"/>
        <source>A committee has at most %(max)s members.</source>
        <translation>لا يتجاوز عدد أعضاء اللجنة %(max)s عضواً.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="88"/>
        <source>Each member needs a name.</source>
        <translation>يجب إدخال اسم كل عضو.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="89"/>
        <source>A member from outside the agency is named with her or his organisation.</source>
        <translation>يُذكر العضو من خارج الوكالة مع الهيئة التي ينتمي إليها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="92"/>
        <source>This member is already on the list.</source>
        <translation>هذا العضو موجود في اللائحة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="93"/>
        <source>Choose one member to chair the committee.</source>
        <translation>اختر عضواً واحداً لرئاسة اللجنة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="96"/>
        <source>The chair is absent: the committee cannot decide.</source>
        <translation>الرئيس غائب: لا يمكن للجنة أن تقرر.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="99"/>
        <source>Quorum not reached: %(present)s member(s) may vote on this application, %(needed)s are needed (members with a conflict of interest do not count).</source>
        <translation>النصاب غير مكتمل: يحق لـ %(present)s عضو التصويت على هذا الملف، والمطلوب %(needed)s (لا يُحتسب الأعضاء في حالة تضارب المصالح).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="104"/>
        <source>Give at least one criterion a weight.</source>
        <translation>امنح وزناً لمعيار واحد على الأقل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="105"/>
        <source>A weight is a whole number from 0 to %(max)s.</source>
        <translation>الوزن عدد صحيح من 0 إلى %(max)s.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="108"/>
        <source>A score is a whole number from 0 to %(max)s.</source>
        <translation>النقطة عدد صحيح من 0 إلى %(max)s.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="111"/>
        <source>This application has already been decided.</source>
        <translation>سبق البت في هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="114"/>
        <source>This application is already on the agenda.</source>
        <translation>هذا الملف مدرج مسبقاً في جدول الأعمال.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="117"/>
        <source>A member who declared a conflict of interest cannot vote on it.</source>
        <translation>لا يحق للعضو الذي صرح بتضارب المصالح التصويت على هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="120"/>
        <source>An absent member cannot vote.</source>
        <translation>لا يحق للعضو الغائب التصويت.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="121"/>
        <source>Record the vote of every member present without a conflict of interest.</source>
        <translation>سجل تصويت كل عضو حاضر ليس في حالة تضارب مصالح.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="124"/>
        <source>The decision does not follow the votes: a grant is approved only with more votes for than against, and refused only without.</source>
        <translation>القرار لا يطابق الأصوات: لا تُمنح الإعانة إلا إذا فاقت الأصوات المؤيدة الأصوات المعارضة، ولا تُرفض إلا في الحالة المعاكسة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="129"/>
        <source>This committee session no longer exists.</source>
        <translation>هذه الجلسة لم تعد موجودة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="132"/>
        <source>This application is no longer on the agenda.</source>
        <translation>هذا الملف لم يعد مدرجاً في جدول الأعمال.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="135"/>
        <source>The minutes of this session are signed: it can no longer be changed.</source>
        <translation>تم توقيع محضر هذه الجلسة: لم يعد بالإمكان تعديلها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="138"/>
        <source>A member who has voted cannot be removed from the session.</source>
        <translation>لا يمكن حذف عضو شارك في التصويت من الجلسة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="141"/>
        <source>The decision is recorded: conflicts are declared before the vote.</source>
        <translation>تم تسجيل القرار: يُصرح بتضارب المصالح قبل التصويت.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="144"/>
        <source>Record the committee&apos;s decisions before signing its minutes.</source>
        <translation>سجل قرارات اللجنة قبل توقيع محضرها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="147"/>
        <source>Every application on the agenda needs its decision before the minutes.</source>
        <translation>يجب البت في كل ملف مدرج في جدول الأعمال قبل المحضر.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="150"/>
        <source>Print the minutes first: the signed copy is the printed one.</source>
        <translation>اطبع المحضر أولاً: النسخة الموقعة هي النسخة المطبوعة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="153"/>
        <source>No business plan on file: the application cannot go on the agenda.</source>
        <translation>لا يوجد مخطط أعمال في الملف: لا يمكن إدراج الطلب في جدول الأعمال.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="156"/>
        <source>The business plan names no activity: it cannot go on the agenda yet.</source>
        <translation>مخطط الأعمال لا يحدد أي نشاط: لا يمكن إدراجه بعد في جدول الأعمال.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="159"/>
        <source>The business plan has no summary: it cannot go on the agenda yet.</source>
        <translation>مخطط الأعمال بدون ملخص: لا يمكن إدراجه بعد في جدول الأعمال.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="162"/>
        <source>The business plan lists no start-up costs: it cannot go on the agenda yet.</source>
        <translation>مخطط الأعمال لا يتضمن تكاليف الانطلاق: لا يمكن إدراجه بعد في جدول الأعمال.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="165"/>
        <source>The business plan projects no revenue: it cannot go on the agenda yet.</source>
        <translation>مخطط الأعمال لا يتوقع أي رقم معاملات: لا يمكن إدراجه بعد في جدول الأعمال.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="168"/>
        <source>%(gap)s MAD of start-up costs are not funded: the plan cannot go on the agenda yet.</source>
        <translation>%(gap)s درهم من تكاليف الانطلاق غير ممولة: لا يمكن إدراج المخطط بعد في جدول الأعمال.</translation>
    </message>
</context>
<context>
    <name>MissingDatabaseDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="104"/>
        <source>Counsellor — the database is missing</source>
        <translation>Counsellor — قاعدة البيانات غير موجودة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="119"/>
        <source>I put the file back: &amp;try again</source>
        <translation>أعدت الملف إلى مكانه: أعد ال&amp;محاولة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="121"/>
        <source>Restore a &amp;backup…</source>
        <translation>استرجاع &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="123"/>
        <source>&amp;Start anew (administrator)…</source>
        <translation>ال&amp;بدء من جديد (المسؤول)…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="138"/>
        <source>The file is still missing from %1.</source>
        <translation>الملف لا يزال غير موجود في %1.</translation>
    </message>
</context>
<context>
    <name>NewCohortDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="73"/>
        <source>New cohort</source>
        <translation>فوج جديد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="98"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="99"/>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="100"/>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="101"/>
        <source>Places</source>
        <translation>المقاعد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="102"/>
        <source>Trainer</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="103"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="104"/>
        <source>Modules</source>
        <translation>الوحدات</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="309"/>
        <source>New committee session</source>
        <translation>جلسة جديدة للجنة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="326"/>
        <source>No programme (the agency&apos;s grid)</source>
        <translation>بدون برنامج (شبكة الوكالة)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="328"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="329"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="330"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="334"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="336"/>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="336"/>
        <source>Organisation</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="336"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="367"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="370"/>
        <source>Chair</source>
        <translation>الرئاسة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="343"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="345"/>
        <source>Add this colleague</source>
        <translation>إضافة هذا الزميل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="354"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="355"/>
        <source>Name of a member from outside</source>
        <translation>اسم عضو من خارج الوكالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="358"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="359"/>
        <source>Her or his organisation</source>
        <translation>الهيئة التي ينتمي إليها</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="360"/>
        <source>Add this member</source>
        <translation>إضافة هذا العضو</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="375"/>
        <source>Create the session</source>
        <translation>إنشاء الجلسة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="378"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="390"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="81"/>
        <source>New user account</source>
        <translation>حساب مستخدم جديد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="92"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="93"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="94"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="95"/>
        <source>Temporary password</source>
        <translation>كلمة مرور مؤقتة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="96"/>
        <source>The user chooses their own password at first login.</source>
        <translation>سيختار المستخدم كلمة المرور الخاصة به عند أول دخول.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="92"/>
        <source>New partner</source>
        <translation>شريك جديد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="113"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="114"/>
        <source>Kind of partner</source>
        <translation>نوع الشريك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="115"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="116"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="117"/>
        <source>Contact person</source>
        <translation>الشخص المخاطَب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="118"/>
        <source>Contact phone</source>
        <translation>هاتف المخاطَب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="119"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
</context>
<context>
    <name>PathwayPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="81"/>
        <source>Stages of the pathway</source>
        <translation>مراحل المسار</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="85"/>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="90"/>
        <source>Track</source>
        <translation>المسلك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="91"/>
        <source>Choose this track</source>
        <translation>اختيار هذا المسلك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="98"/>
        <source>Outcomes</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="111"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="114"/>
        <source>Outcome date</source>
        <translation>تاريخ النتيجة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="118"/>
        <source>Employer, training, business or reason</source>
        <translation>المشغّل أو التكوين أو النشاط أو السبب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="119"/>
        <source>Outcome details</source>
        <translation>تفاصيل النتيجة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="120"/>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="142"/>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="188"/>
        <source>Date of the change</source>
        <translation>تاريخ التغيير</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="147"/>
        <source>Attendance rate</source>
        <translation>نسبة الحضور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="151"/>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="176"/>
        <source>Career goal</source>
        <translation>الهدف المهني</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="156"/>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="177"/>
        <source>Skills assessment</source>
        <translation>تقييم الكفاءات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="166"/>
        <source>Notes on the stage</source>
        <translation>ملاحظات حول المرحلة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="167"/>
        <source>Save the notes</source>
        <translation>حفظ الملاحظات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="170"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="171"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="172"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="173"/>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="178"/>
        <source>Recommended services</source>
        <translation>الخدمات الموصى بها</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="186"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="244"/>
        <source>Next step: choose the track.</source>
        <translation>الخطوة التالية: اختيار المسلك.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="246"/>
        <source>Current stage: %1</source>
        <translation>المرحلة الحالية: %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="250"/>
        <source>Every stage of the pathway is settled.</source>
        <translation>كل مراحل المسار منتهية.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="252"/>
        <source>Track: %1</source>
        <translation>المسلك: %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="264"/>
        <source>No outcome recorded yet.</source>
        <translation>لم تُسجل أي نتيجة بعد.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="282"/>
        <source>planned %1</source>
        <translation>مبرمجة في %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="283"/>
        <source>started %1</source>
        <translation>بدأت في %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="284"/>
        <source>ended %1</source>
        <translation>انتهت في %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="351"/>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/pathway_panel.py" line="400"/>
        <source>Change of track</source>
        <translation>تغيير المسلك</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="28"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="29"/>
        <source>Last name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="30"/>
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="31"/>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="32"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="33"/>
        <source>Born</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="34"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="35"/>
        <source>Legal status</source>
        <translation>الوضعية القانونية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="36"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="37"/>
        <source>Counsellor</source>
        <translation>مستشار</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/people_model.py" line="38"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
</context>
<context>
    <name>PersonAppointmentsPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="523"/>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="527"/>
        <source>Book an appointment…</source>
        <translation>تحديد موعد…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="533"/>
        <source>Attended</source>
        <translation>حضر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="534"/>
        <source>Missed</source>
        <translation>تغيّب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="535"/>
        <source>Excused</source>
        <translation>غياب مبرَّر</translation>
    </message>
</context>
<context>
    <name>PersonFile</name>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="145"/>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="147"/>
        <source>Save the profile first: the pathway starts with the intake.</source>
        <translation>احفظ الملف الشخصي أولا: يبدأ المسار بالاستقبال.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="149"/>
        <source>Pathway</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="150"/>
        <source>Internship</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="151"/>
        <source>Auto-entrepreneur</source>
        <translation>المقاول الذاتي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="152"/>
        <source>Business plan</source>
        <translation>مخطط الأعمال</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="153"/>
        <source>Microgrant</source>
        <translation>المنحة الصغيرة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="154"/>
        <source>Referrals</source>
        <translation>التوجيهات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="155"/>
        <source>Programmes</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="156"/>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="157"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="158"/>
        <source>Printed documents</source>
        <translation>الوثائق المطبوعة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="159"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="213"/>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_file.py" line="214"/>
        <source>Your changes to the profile are not saved. Reload and lose them?</source>
        <translation>لم تُحفظ تعديلاتك على الملف الشخصي. هل تريد إعادة التحميل وفقدانها؟</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="305"/>
        <source>Restore it</source>
        <translation>استرجاعها</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="307"/>
        <source>Discard it</source>
        <translation>تجاهلها</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="322"/>
        <source>&amp;Copy what I typed</source>
        <translation>&amp;نسخ ما كتبته</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="335"/>
        <source>Sensitive information of this file is hidden from you (health, violence, trafficking, identity numbers): you are not this person&apos;s counsellor.</source>
        <translation>بعض المعلومات الحساسة في هذا الملف مخفية عنك (الصحة، العنف، الاتجار، أرقام الهوية): لست المستشار(ة) المكلف(ة) بهذا الشخص.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="341"/>
        <source>Show it, giving a reason…</source>
        <translation>إظهارها مع ذكر السبب…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="371"/>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="391"/>
        <source>&amp;Last name (Latin letters)</source>
        <translation>الاسم العائلي (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="392"/>
        <source>&amp;First name (Latin letters)</source>
        <translation>الاسم الشخصي (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="393"/>
        <source>Last name in Arabic</source>
        <translation>الاسم العائلي بالعربية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="394"/>
        <source>First name in Arabic</source>
        <translation>الاسم الشخصي بالعربية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="395"/>
        <source>Se&amp;x</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="396"/>
        <source>&amp;Date of birth</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="397"/>
        <source>&amp;Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="398"/>
        <source>Legal &amp;status</source>
        <translation>الوضعية القانونية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="401"/>
        <source>Identity documents</source>
        <translation>وثائق الهوية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="407"/>
        <source>Contact</source>
        <translation>معلومات الاتصال</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="419"/>
        <source>&amp;Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="420"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="421"/>
        <source>&amp;City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="422"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="426"/>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="446"/>
        <source>Languages spoken</source>
        <translation>اللغات المتحدث بها</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="447"/>
        <source>&amp;Education</source>
        <translation>المستوى الدراسي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="448"/>
        <source>Work e&amp;xperience</source>
        <translation>الخبرة المهنية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="449"/>
        <source>S&amp;kills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="452"/>
        <source>Vulnerability</source>
        <translation>الهشاشة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="458"/>
        <source>Situations</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="461"/>
        <source>Referral and consent</source>
        <translation>التوجيه والموافقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="468"/>
        <source>The person gave consent to the processing of their file</source>
        <translation>وافق الشخص على معالجة ملفه</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="480"/>
        <source>Referred by</source>
        <translation>موجه من طرف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="481"/>
        <source>Referral details</source>
        <translation>تفاصيل التوجيه</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="482"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="483"/>
        <source>Consent date</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="487"/>
        <source>Optional: the day after which the consent must be asked again</source>
        <translation>اختياري: اليوم الذي يجب بعده طلب الموافقة مجدداً</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="491"/>
        <source>Consent valid until</source>
        <translation>الموافقة صالحة إلى غاية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="492"/>
        <source>Consent covers</source>
        <translation>تشمل الموافقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="495"/>
        <source>Without consent the file is saved as “consent pending”: nothing can be printed or shared for this person.</source>
        <translation>بدون موافقة يُحفظ الملف بوضعية «الموافقة في الانتظار»: لا يمكن طباعة أو مشاركة أي شيء يخص هذا الشخص.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="509"/>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="512"/>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="513"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="515"/>
        <source>Export the whole file…</source>
        <translation>تصدير الملف كاملاً…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="518"/>
        <source>For the person&apos;s access request: a PDF for them and a JSON file</source>
        <translation>لطلب الاطلاع المقدَّم من الشخص: ملف PDF له وملف JSON</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="649"/>
        <source>Hidden from you</source>
        <translation>مخفي عنك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="656"/>
        <source>File %1 · counsellor %2 · consent %3</source>
        <translation>الملف %1 · المستشار %2 · الموافقة %3</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="671"/>
        <source>Whole file written to %1 and its JSON beside it.</source>
        <translation>كُتب الملف كاملاً في %1، وملف JSON بجانبه.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="684"/>
        <source>Save first</source>
        <translation>احفظ أولاً</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="685"/>
        <source>Save or undo your changes to this file before showing what is hidden.</source>
        <translation>احفظ تعديلاتك على هذا الملف أو ألغِها قبل إظهار ما هو مخفي.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="691"/>
        <source>Show hidden information</source>
        <translation>إظهار المعلومات المخفية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="693"/>
        <source>Why do you need to see it? Your reason and your name are recorded and can be read by the supervisor.</source>
        <translation>لماذا تحتاج إلى رؤيتها؟ يُسجَّل سببك واسمك ويمكن للمشرف(ة) الاطلاع عليهما.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="722"/>
        <source>The consent expired on %1: ask the person again before printing or sharing anything.</source>
        <translation>انتهت صلاحية الموافقة في %1: اطلبها من الشخص مجدداً قبل طباعة أو مشاركة أي شيء.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="731"/>
        <source>New intake</source>
        <translation>استقبال جديد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="766"/>
        <source>The draft of this form could not be saved. %1 What you typed stays in this form as long as it is open: keep it open, or copy what you typed. The draft is tried again every minute.</source>
        <translation>تعذّر حفظ مسودة هذه الاستمارة. %1 يبقى ما كتبته في هذه الاستمارة ما دامت مفتوحة: أبقها مفتوحة، أو انسخ ما كتبته. تُعاد محاولة حفظ المسودة كل دقيقة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="799"/>
        <source>An unsaved version of this form from %1 was kept. Restore it?</source>
        <translation>تم الاحتفاظ بنسخة غير محفوظة من هذه الاستمارة بتاريخ %1. هل تريد استرجاعها؟</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="842"/>
        <source>Document %1: %2</source>
        <translation>الوثيقة %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/person_form.py" line="855"/>
        <source>%n problem(s) to correct before saving. Nothing you typed was lost.</source>
        <translation>
            <numerusform>لا توجد مشكلة.</numerusform>
            <numerusform>مشكلة واحدة يجب تصحيحها قبل الحفظ. لم يضع أي شيء مما كتبته.</numerusform>
            <numerusform>مشكلتان يجب تصحيحهما قبل الحفظ. لم يضع أي شيء مما كتبته.</numerusform>
            <numerusform>%n مشاكل يجب تصحيحها قبل الحفظ. لم يضع أي شيء مما كتبته.</numerusform>
            <numerusform>%n مشكلة يجب تصحيحها قبل الحفظ. لم يضع أي شيء مما كتبته.</numerusform>
            <numerusform>%n مشكلة يجب تصحيحها قبل الحفظ. لم يضع أي شيء مما كتبته.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="956"/>
        <source>Not saved. %1 Nothing you typed is lost: the form stays open.</source>
        <translation>لم يُحفظ. %1 لم يضِع شيء مما كتبته: تبقى الاستمارة مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="1005"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="1006"/>
        <source>This form has changes that are not saved yet.</source>
        <translation>تحتوي هذه الاستمارة على تغييرات لم تحفظ بعد.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="917"/>
        <source>Identity document</source>
        <translation>وثيقة الهوية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="940"/>
        <source>given on %1 (%2)</source>
        <translation>مُنحت بتاريخ %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="926"/>
        <source>kept</source>
        <translation>محفوظة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/person_form.py" line="926"/>
        <source>removed</source>
        <translation>محذوفة</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="85"/>
        <source>Name, phone or file number</source>
        <translation>الاسم أو الهاتف أو رقم الملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="86"/>
        <source>Find the person</source>
        <translation>البحث عن الشخص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="89"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="98"/>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="111"/>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="117"/>
        <source>No person (a meeting)</source>
        <translation>بدون شخص (اجتماع)</translation>
    </message>
</context>
<context>
    <name>PrintedDocumentsPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="274"/>
        <source>Print a document</source>
        <translation>طباعة وثيقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="279"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="279"/>
        <source>For</source>
        <translation>تخص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="279"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="279"/>
        <source>Can it be printed?</source>
        <translation>هل يمكن طباعتها؟</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="286"/>
        <source>Documents that can be printed</source>
        <translation>الوثائق القابلة للطباعة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="291"/>
        <source>&amp;Languages</source>
        <translation>ال&amp;لغتان</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="294"/>
        <source>&amp;Preview and issue…</source>
        <translation>&amp;معاينة وإصدار…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="303"/>
        <source>Issued for this person</source>
        <translation>الصادرة لهذا الشخص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="324"/>
        <source>Ready</source>
        <translation>جاهزة</translation>
    </message>
</context>
<context>
    <name>PrintedPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="58"/>
        <source>Languages</source>
        <translation>اللغتان</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../counsellor_app/ui/printing.py" line="152"/>
        <source>Nothing was issued: no serial number was used and the register is unchanged.</source>
        <translation>لم يُصدر أي شيء: لم يُستعمل أي رقم تسلسلي ولم يتغير السجل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printing.py" line="158"/>
        <source>Printing</source>
        <translation>الطباعة</translation>
    </message>
</context>
<context>
    <name>ProgrammesPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="49"/>
        <source>Programmes the person is enrolled in</source>
        <translation>البرامج المسجَّل فيها الشخص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="51"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="51"/>
        <source>Donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="51"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="51"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="65"/>
        <source>Programme to enrol in</source>
        <translation>البرنامج المراد التسجيل فيه</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="66"/>
        <source>&amp;Programme</source>
        <translation>ال&amp;برنامج</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="70"/>
        <source>Enrolled from</source>
        <translation>مسجَّل ابتداءً من</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="72"/>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="74"/>
        <source>&amp;Enrol</source>
        <translation>&amp;تسجيل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="88"/>
        <source>Enrolment ends on</source>
        <translation>تنتهي المشاركة في</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="90"/>
        <source>Ends &amp;on</source>
        <translation>تنتهي &amp;في</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="92"/>
        <source>End the &amp;enrolment</source>
        <translation>إن&amp;هاء المشاركة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="118"/>
        <source>ongoing</source>
        <translation>جارية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="140"/>
        <source>Choose the programme and the date.</source>
        <translation>اختر البرنامج والتاريخ.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/programmes_panel.py" line="154"/>
        <source>Choose the enrolment and the date it ends.</source>
        <translation>اختر المشاركة وتاريخ انتهائها.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="193"/>
        <source>Recover access</source>
        <translation>استرجاع الولوج</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="197"/>
        <source>Ask a colleague to reset your password if you can. Otherwise, type the recovery key that was written down when this computer was set up.</source>
        <translation>إن أمكن، اطلب من زميل مسؤول إعادة تعيين كلمة المرور. وإلا فاكتب مفتاح الاسترجاع الذي دُوّن عند إعداد هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="216"/>
        <source>Recovery key</source>
        <translation>مفتاح الاسترجاع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="217"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="218"/>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="219"/>
        <source>New password again</source>
        <translation>كلمة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/login_dialog.py" line="237"/>
        <source>This recovery key does not open this computer&apos;s database.</source>
        <translation>مفتاح الاسترجاع هذا لا يفتح قاعدة بيانات هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="158"/>
        <source>Refer to a partner</source>
        <translation>التوجيه نحو شريك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="167"/>
        <source>New partner…</source>
        <translation>شريك جديد…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="176"/>
        <source>e.g. qualifying training in cooking</source>
        <translation>مثلاً: تكوين تأهيلي في الطبخ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="184"/>
        <source>&amp;Partner</source>
        <translation>&amp;الشريك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="185"/>
        <source>&amp;Service requested</source>
        <translation>&amp;الخدمة المطلوبة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="186"/>
        <source>Sent on</source>
        <translation>أُرسل بتاريخ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="189"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="192"/>
        <source>Only what the partner needs is shared: the legal status and sensitive notes stay in the file. The person must have agreed to sharing with partners.</source>
        <translation>لا يُشارَك إلا ما يحتاجه الشريك: يبقى الوضع القانوني والملاحظات الحساسة في الملف. يجب أن يكون الشخص قد وافق على المشاركة مع الشركاء.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="206"/>
        <source>national directory</source>
        <translation>الدليل الوطني</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="401"/>
        <source>Referrals</source>
        <translation>التوجيهات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="404"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="405"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="406"/>
        <source>Service requested</source>
        <translation>الخدمة المطلوبة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="407"/>
        <source>Sent on</source>
        <translation>أُرسل بتاريخ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="408"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="409"/>
        <source>Answer</source>
        <translation>الجواب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="422"/>
        <source>Refer to a partner…</source>
        <translation>التوجيه نحو شريك…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="425"/>
        <source>Record the answer…</source>
        <translation>تسجيل الجواب…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="432"/>
        <source>Another &amp;agency…</source>
        <translation>وكالة &amp;أخرى…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="435"/>
        <source>Refer or transfer the file to another agency, or ask for its erasure</source>
        <translation>توجيه الملف أو نقله إلى وكالة أخرى، أو طلب محوه</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="449"/>
        <source>%1 — no answer since %2</source>
        <translation>%1 — بلا جواب منذ %2</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="402"/>
        <source>Register of issued documents</source>
        <translation>سجل الوثائق الصادرة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="408"/>
        <source>Serial number or name</source>
        <translation>الرقم التسلسلي أو الاسم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="409"/>
        <source>Search the register</source>
        <translation>البحث في السجل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="414"/>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="435"/>
        <source>No document has been issued yet.</source>
        <translation>لم تصدر أي وثيقة بعد.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/printed_panel.py" line="433"/>
        <source>No document matches this search.</source>
        <translation>لا توجد وثيقة تطابق هذا البحث.</translation>
    </message>
</context>
<context>
    <name>RegisterExportDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="46"/>
        <source>Export the register to Excel</source>
        <translation>تصدير السجل إلى إكسل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="56"/>
        <source>The people the register shows now (its search and filters), </source>
        <translation>الأشخاص الذين يعرضهم السجل الآن (بحثه ومرشحاته)، </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="58"/>
        <source>Everyone in the register, </source>
        <translation>جميع الأشخاص في السجل، </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="61"/>
        <source>with their documents, consents, stages, cohorts, internships, plans, grants, referrals and visits, in the import template: the workbook can be imported into another data folder. The export is entered in the audit trail.</source>
        <translation>مع وثائقهم وموافقاتهم ومراحلهم ومجموعاتهم وتداريبهم ومخططاتهم ومنحهم وتوجيهاتهم وزياراتهم، في نموذج الاستيراد: يمكن استيراد المصنف في مجلد معطيات آخر. يُقيَّد التصدير في سجل التتبع.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="71"/>
        <source>Include identity document numbers and sensitive situations (health, violence)</source>
        <translation>تضمين أرقام وثائق الهوية والوضعيات الحساسة (الصحة، العنف)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="82"/>
        <source>Your role does not see sensitive data: document numbers are masked and sensitive situations left out.</source>
        <translation>لا يطلع دوركم على المعطيات الحساسة: تُخفى أرقام الوثائق وتُستبعد الوضعيات الحساسة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="102"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="106"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="114"/>
        <source>Save the register</source>
        <translation>حفظ السجل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="115"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات إكسل (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="137"/>
        <source>Saved: %1</source>
        <translation>حُفظ: %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_export.py" line="147"/>
        <source>The file could not be written: %1</source>
        <translation>تعذرت كتابة الملف: %1</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="58"/>
        <source>Search by name (Latin or Arabic), phone, document or file number…</source>
        <translation>ابحث بالاسم (باللاتينية أو العربية) أو الهاتف أو رقم الوثيقة أو رقم الملف…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="60"/>
        <source>Search the register</source>
        <translation>البحث في السجل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="62"/>
        <source>&amp;New intake</source>
        <translation>استقبال جديد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="64"/>
        <source>Register a new person (Ctrl+N)</source>
        <translation>تسجيل شخص جديد (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="73"/>
        <source>All statuses</source>
        <translation>كل الوضعيات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="77"/>
        <source>All nationalities</source>
        <translation>كل الجنسيات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="81"/>
        <source>Both sexes</source>
        <translation>الجنسان</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="85"/>
        <location filename="../../counsellor_app/ui/register_view.py" line="266"/>
        <source>All counsellors</source>
        <translation>كل المستشارين</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="88"/>
        <source>Filter by legal status</source>
        <translation>تصفية حسب الوضعية القانونية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="89"/>
        <source>Filter by nationality</source>
        <translation>تصفية حسب الجنسية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="90"/>
        <source>Filter by sex</source>
        <translation>تصفية حسب الجنس</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="91"/>
        <source>Filter by counsellor</source>
        <translation>تصفية حسب المستشار</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="111"/>
        <source>People registered</source>
        <translation>الأشخاص المسجلون</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/register_view.py" line="200"/>
        <source>%n person(s) or more</source>
        <translation>
            <numerusform>لا أحد</numerusform>
            <numerusform>شخص واحد أو أكثر</numerusform>
            <numerusform>شخصان أو أكثر</numerusform>
            <numerusform>%n أشخاص أو أكثر</numerusform>
            <numerusform>%n شخصا أو أكثر</numerusform>
            <numerusform>%n شخص أو أكثر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/register_view.py" line="239"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>لا أحد</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="216"/>
        <source>No one matches this search. Check the spelling, try part of the name or the phone number, or register a new person (Ctrl+N).</source>
        <translation>لا أحد يطابق هذا البحث. تحقق من الإملاء، أو جرّب جزءا من الاسم أو رقم الهاتف، أو سجّل شخصا جديدا (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/register_view.py" line="221"/>
        <source>No one is registered yet.
Press “New intake” (Ctrl+N) to register the first person you receive.</source>
        <translation>لم يتم تسجيل أي شخص بعد.
اضغط على «استقبال جديد» (Ctrl+N) لتسجيل أول شخص تستقبله.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="121"/>
        <source>Reset the password of %1</source>
        <translation>إعادة تعيين كلمة مرور %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="124"/>
        <source>Temporary password</source>
        <translation>كلمة مرور مؤقتة</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="177"/>
        <source>Restore a backup</source>
        <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="183"/>
        <source>Everything on this computer will be replaced by the backup you choose. What is there now is not deleted: it is kept aside in the data folder&apos;s backups.</source>
        <translation>سيُستبدل كل ما في هذا الحاسوب بالنسخة التي تختارها. ما هو موجود الآن لا يُحذف: يُحفظ جانباً في نسخ مجلد المعطيات.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="192"/>
        <source>Backups found</source>
        <translation>النسخ الاحتياطية الموجودة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="195"/>
        <source>No backup in the usual folders. Choose a backup file (.cbk).</source>
        <translation>لا توجد نسخة احتياطية في المجلدات المعتادة. اختر ملف نسخة احتياطية (.cbk).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="199"/>
        <source>Choose a backup &amp;file…</source>
        <translation>اختيار &amp;ملف نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="211"/>
        <source>Use the recovery key instead</source>
        <translation>استعمال مفتاح الاسترجاع بدلاً من ذلك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="218"/>
        <source>Administrator&apos;s user name</source>
        <translation>اسم مستخدم المسؤول</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="219"/>
        <source>Password (as it was in the backup)</source>
        <translation>كلمة المرور (كما كانت في النسخة)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="221"/>
        <source>Recovery key</source>
        <translation>مفتاح الاسترجاع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="226"/>
        <source>&amp;Restore</source>
        <translation>&amp;استرجاع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="266"/>
        <source>Choose a backup</source>
        <translation>اختيار نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="266"/>
        <source>Counsellor backups (*.cbk)</source>
        <translation>نسخ Counsellor الاحتياطية (*.cbk)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="288"/>
        <source>Choose the backup to restore.</source>
        <translation>اختر النسخة المراد استرجاعها.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="291"/>
        <source>Type the recovery key.</source>
        <translation>اكتب مفتاح الاسترجاع.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="296"/>
        <source>Type an administrator&apos;s user name and password.</source>
        <translation>اكتب اسم مستخدم مسؤول وكلمة مروره.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="301"/>
        <source>Restore this backup?</source>
        <translation>استرجاع هذه النسخة؟</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="303"/>
        <source>The data of this computer will be replaced by the backup of %1. Changes made since then and not synchronised will no longer be in the app (they stay in the copy kept aside).</source>
        <translation>ستُستبدل معطيات هذا الحاسوب بنسخة %1. التعديلات التي أُجريت منذئذ ولم تُزامن لن تبقى في التطبيق (تظل في النسخة المحفوظة جانباً).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="324"/>
        <source>This user name and password, or this recovery key, do not open the backup.</source>
        <translation>اسم المستخدم وكلمة المرور هذان، أو مفتاح الاسترجاع هذا، لا يفتحون النسخة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/restore_dialog.py" line="329"/>
        <source>Too many wrong passwords for this backup: try again later.</source>
        <translation>كلمات مرور خاطئة كثيرة لهذه النسخة: أعد المحاولة لاحقاً.</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="46"/>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="73"/>
        <source>Files past their retention period</source>
        <translation>ملفات تجاوزت مدة حفظها</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="51"/>
        <source>Closed files kept longer than the retention period in force today (law 09-08). Each one leaves only by an erasure that a second person approves.</source>
        <translation>ملفات مغلقة محفوظة لمدة تتجاوز مدة الحفظ السارية اليوم (القانون 09-08). لا يُحذف أي منها إلا بمحو يوافق عليه شخص ثانٍ.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="63"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="64"/>
        <source>Closed on</source>
        <translation>أُغلق في</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="65"/>
        <source>Period applied</source>
        <translation>المدة المطبقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="66"/>
        <source>Kept until</source>
        <translation>محفوظ إلى غاية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="77"/>
        <source>Request the &amp;erasure of the file</source>
        <translation>طلب &amp;محو الملف</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/retention_panel.py" line="110"/>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="144"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="134"/>
        <source>Request the erasure</source>
        <translation>طلب المحو</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="136"/>
        <source>Ask for file %1 to be erased everywhere, its retention period having ended? A second person must approve; then nothing of the file remains, on any PC.</source>
        <translation>طلب محو الملف %1 في كل مكان بعد انقضاء مدة حفظه؟ يجب أن يوافق شخص ثانٍ؛ وبعدها لا يبقى أي شيء من الملف على أي حاسوب.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="143"/>
        <source>Retention period ended (law 09-08): %1 after the file closed on %2</source>
        <translation>انقضت مدة الحفظ (القانون 09-08): %1 بعد إغلاق الملف في %2</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/retention_panel.py" line="149"/>
        <source>Erasure requested: a second person approves it in this window.</source>
        <translation>طُلب المحو: يوافق عليه شخص ثانٍ في هذه النافذة.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="534"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="538"/>
        <source>Members and attendance</source>
        <translation>الأعضاء والحضور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="540"/>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="540"/>
        <source>Organisation</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="540"/>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="544"/>
        <source>Save the attendance</source>
        <translation>حفظ الحضور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="550"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="554"/>
        <source>Agenda, best score first</source>
        <translation>جدول الأعمال، الأعلى نقطة أولاً</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="557"/>
        <source>Rank</source>
        <translation>الرتبة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="558"/>
        <source>Applicant</source>
        <translation>حامل المشروع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="559"/>
        <source>Requested</source>
        <translation>المبلغ المطلوب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="560"/>
        <source>Score</source>
        <translation>النقطة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="561"/>
        <source>For / against / abst.</source>
        <translation>مع / ضد / امتناع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="562"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="612"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="572"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="573"/>
        <source>Put on the agenda</source>
        <translation>إدراج في جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="582"/>
        <source>The selected application</source>
        <translation>الملف المحدد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="588"/>
        <source>Save the scores</source>
        <translation>حفظ النقط</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="602"/>
        <source>Amount granted (MAD)</source>
        <translation>المبلغ الممنوح (درهم)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="609"/>
        <source>Record the vote and the decision</source>
        <translation>تسجيل التصويت والقرار</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="613"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="614"/>
        <source>Conditions</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="615"/>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="622"/>
        <source>Print the minutes…</source>
        <translation>طباعة المحضر…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="625"/>
        <source>The printed minutes are signed</source>
        <translation>تم توقيع المحضر المطبوع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="638"/>
        <source>Grant committee of %1</source>
        <translation>لجنة منح الإعانات بتاريخ %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="641"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="648"/>
        <source>Quorum reached: %1 members present who may vote, the chair among them.</source>
        <translation>النصاب مكتمل: %1 أعضاء حاضرون يحق لهم التصويت، من بينهم الرئيس.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="650"/>
        <source>Quorum not reached: the chair is absent.</source>
        <translation>النصاب غير مكتمل: الرئيس غائب.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="652"/>
        <source>Quorum not reached: %1 member(s) present, %2 needed.</source>
        <translation>النصاب غير مكتمل: %1 عضو حاضر، والمطلوب %2.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="659"/>
        <source> (chair)</source>
        <translation> (الرئيس)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="718"/>
        <source>%1 (weight %2)</source>
        <translation>%1 (الوزن %2)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="728"/>
        <source>Vote of each member present</source>
        <translation>تصويت كل عضو حاضر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="737"/>
        <source>Vote of %1</source>
        <translation>تصويت %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="739"/>
        <source>Conflict of interest</source>
        <translation>تضارب المصالح</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="39"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="49"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="50"/>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="52"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="51"/>
        <source>Lock the screen after inactivity of</source>
        <translation>قفل الشاشة بعد عدم نشاط لمدة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="53"/>
        <source>Idle lock delay in minutes</source>
        <translation>مدة القفل بالدقائق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="59"/>
        <source> h</source>
        <translation> س</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="60"/>
        <source>Longest session in hours</source>
        <translation>أطول مدة للجلسة بالساعات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="61"/>
        <source>Ask for the password again after</source>
        <translation>طلب كلمة المرور مجدداً بعد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="65"/>
        <source>the data folder&apos;s backups</source>
        <translation>نسخ مجلد المعطيات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="66"/>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="105"/>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="123"/>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="67"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="73"/>
        <source>Backup folder (e.g. a USB key)</source>
        <translation>مجلد النسخ الاحتياطية (مثلاً مفتاح USB)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="78"/>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="79"/>
        <source>Backups to keep</source>
        <translation>عدد النسخ المحتفظ بها</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="80"/>
        <source>Back up when the app closes</source>
        <translation>نسخ احتياطي عند إغلاق التطبيق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="86"/>
        <source>Backups are encrypted: only this PC&apos;s accounts or the recovery key open them.</source>
        <translation>النسخ الاحتياطية مشفّرة: لا تفتحها إلا حسابات هذا الحاسوب أو مفتاح الاسترجاع.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="96"/>
        <source>Only an administrator changes these.</source>
        <translation>وحده المسؤول يغيّر هذه الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="132"/>
        <source>This folder does not exist. Plug in the USB key and choose a folder on it.</source>
        <translation>هذا المجلد غير موجود. صِل مفتاح USB واختر مجلداً عليه.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="135"/>
        <source>No space left in this folder. Choose another one or free space.</source>
        <translation>لم تبق مساحة فارغة في هذا المجلد. اختر مجلداً آخر أو حرّر مساحة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/settings_dialog.py" line="137"/>
        <source>This folder cannot be written to (read-only, or permission denied). Choose another one, or ask IT for the permission.</source>
        <translation>تتعذّر الكتابة في هذا المجلد (للقراءة فقط أو الإذن مرفوض). اختر مجلداً آخر أو اطلب الإذن من مصلحة المعلوميات.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="81"/>
        <source>Counsellor — first start</source>
        <translation>Counsellor — التشغيل الأول</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="87"/>
        <source>Welcome</source>
        <translation>مرحبا</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="90"/>
        <source>This computer has no Counsellor data yet. In three short steps you will describe your agency, create the first administrator account and write down a recovery key.

Everything is stored encrypted on this computer; it works without a connection.</source>
        <translation>لا يحتوي هذا الحاسوب على بيانات Counsellor بعد. في ثلاث خطوات قصيرة ستصف وكالتك، وتنشئ حساب المسؤول الأول، وتدوّن مفتاح الاسترجاع.

تُحفظ كل البيانات مشفرة على هذا الحاسوب، ويعمل التطبيق دون اتصال بالإنترنت.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="107"/>
        <source>Your agency</source>
        <translation>وكالتك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="109"/>
        <source>The agency name and code appear on files and documents.</source>
        <translation>يظهر اسم الوكالة ورمزها على الملفات والوثائق.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="135"/>
        <source>&amp;Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="136"/>
        <source>Agency &amp;name</source>
        <translation>اسم الوكالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="138"/>
        <source>Agency &amp;code (2 to 6 letters)</source>
        <translation>رمز الوكالة (من 2 إلى 6 أحرف)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="140"/>
        <source>&amp;City and region</source>
        <translation>المدينة والجهة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="145"/>
        <source>First administrator</source>
        <translation>المسؤول الأول</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="148"/>
        <source>The administrator creates the counsellors&apos; accounts. Choose a password of at least 10 characters.</source>
        <translation>ينشئ المسؤول حسابات المستشارين. اختر كلمة مرور من 10 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="163"/>
        <source>Full &amp;name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="164"/>
        <source>&amp;User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="165"/>
        <source>&amp;Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="167"/>
        <source>Password &amp;again</source>
        <translation>كلمة المرور مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="172"/>
        <source>Recovery key</source>
        <translation>مفتاح الاسترجاع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="176"/>
        <source>Write this key on paper and keep it in a locked place. It is shown only once. If every password is forgotten, it is the only way to open the data again.</source>
        <translation>دوّن هذا المفتاح على ورقة واحفظه في مكان مغلق. لن يظهر إلا مرة واحدة. إذا نُسيت كل كلمات المرور فهو الوسيلة الوحيدة لفتح البيانات من جديد.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="193"/>
        <source>Copy the key</source>
        <translation>نسخ المفتاح</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/setup_wizard.py" line="197"/>
        <source>I have written the recovery key down</source>
        <translation>لقد دوّنت مفتاح الاسترجاع</translation>
    </message>
</context>
<context>
    <name>StartAnewDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="173"/>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="216"/>
        <source>Start anew</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="177"/>
        <source>Only an administrator who holds the recovery key may start anew. The key file and what is left of the old data are kept aside in the backups folder, under today&apos;s date; then the first-start steps create a new, empty register.</source>
        <translation>لا يمكن البدء من جديد إلا لمسؤول يحمل مفتاح الاسترجاع. يُحفظ ملف المفاتيح وما تبقّى من البيانات القديمة جانباً في مجلد النسخ الاحتياطية، تحت تاريخ اليوم؛ ثم تُنشئ خطوات التشغيل الأول سجلاً جديداً فارغاً.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="189"/>
        <source>Recovery key</source>
        <translation>مفتاح الاسترجاع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="209"/>
        <source>This recovery key is not the one of this computer&apos;s key file.</source>
        <translation>مفتاح الاسترجاع هذا ليس مفتاح ملف المفاتيح في هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="217"/>
        <source>Keep the old files aside and create a new, empty register?</source>
        <translation>هل تُحفظ الملفات القديمة جانباً ويُنشأ سجل جديد فارغ؟</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="40"/>
        <source>The last session did not end normally (a crash or a power cut), and saves were lost: the backup of %1 holds %2 more actions of the audit trail than this database. Restore that backup to get them back (what is here now is kept aside), then redo what was done since; or check the files you worked on last.</source>
        <translation>لم تنتهِ الجلسة الأخيرة بشكل عادي (توقف مفاجئ أو انقطاع التيار الكهربائي)، وضاعت عمليات حفظ: تحتوي النسخة الاحتياطية بتاريخ %1 على %2 من عمليات سجلّ التدقيق أكثر من قاعدة البيانات هذه. استرجع تلك النسخة لاستعادتها (يُحفظ ما هو موجود هنا الآن جانباً)، ثم أعد ما أُنجز منذ ذلك الحين؛ أو راجع الملفات التي اشتغلت عليها في الأخير.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="48"/>
        <source>The last session did not end normally (a crash or a power cut), and saves were lost: this database no longer matches the backup of %1. Restore that backup to get them back (what is here now is kept aside), then redo what was done since; or check the files you worked on last.</source>
        <translation>لم تنتهِ الجلسة الأخيرة بشكل عادي (توقف مفاجئ أو انقطاع التيار الكهربائي)، وضاعت عمليات حفظ: لم تعد قاعدة البيانات هذه مطابقة للنسخة الاحتياطية بتاريخ %1. استرجع تلك النسخة لاستعادتها (يُحفظ ما هو موجود هنا الآن جانباً)، ثم أعد ما أُنجز منذ ذلك الحين؛ أو راجع الملفات التي اشتغلت عليها في الأخير.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="63"/>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="64"/>
        <source>the folder is read-only</source>
        <translation>المجلد للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="65"/>
        <source>permission denied</source>
        <translation>رُفض الإذن</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="66"/>
        <source>input/output error</source>
        <translation>خطأ في الإدخال/الإخراج</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="67"/>
        <source>the folder cannot be used</source>
        <translation>تعذّر استعمال المجلد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="71"/>
        <source>The log cannot be written in the data folder (%1), nor anywhere else: the app works today without a log. Tell IT.</source>
        <translation>تتعذّر كتابة السجلّ التقني في مجلد البيانات (%1) ولا في أي مكان آخر: يعمل التطبيق اليوم دون سجلّ تقني. أخبر مصلحة المعلوميات.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/startup_dialog.py" line="77"/>
        <source>The log cannot be written in the data folder (%1): it is kept in %2 meanwhile. Tell IT.</source>
        <translation>تتعذّر كتابة السجلّ التقني في مجلد البيانات (%1): يُحفظ مؤقتاً في %2. أخبر مصلحة المعلوميات.</translation>
    </message>
</context>
<context>
    <name>SubjectExport</name>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="25"/>
        <source>Personal file — access request</source>
        <translation>الملف الشخصي — طلب الاطلاع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="26"/>
        <source>Everything recorded about {name} (file {file}) on this computer, on {day}. Ask your counsellor to correct anything that is wrong.</source>
        <translation>كل ما هو مسجل عن {name} (الملف {file}) في هذا الحاسوب، بتاريخ {day}. اطلب من مستشارك تصحيح أي خطأ.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="31"/>
        <source>(nothing)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="32"/>
        <source>Page {page}</source>
        <translation>الصفحة {page}</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="33"/>
        <source>Identity and profile</source>
        <translation>الهوية والملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="34"/>
        <source>Identity documents</source>
        <translation>وثائق الهوية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="37"/>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="38"/>
        <source>History of changes (when, before and after)</source>
        <translation>سجل التعديلات (متى، قبل وبعد)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="41"/>
        <source>Pathway</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="42"/>
        <source>Outcomes</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="43"/>
        <source>Training cohorts</source>
        <translation>أفواج التكوين</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="44"/>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="45"/>
        <source>Internships</source>
        <translation>التداريب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="46"/>
        <source>Auto-entrepreneur registration</source>
        <translation>التسجيل كمقاول ذاتي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="49"/>
        <source>Business plan</source>
        <translation>مخطط الأعمال</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="50"/>
        <source>Microgrant</source>
        <translation>المنحة الصغيرة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="51"/>
        <source>Grant tranches</source>
        <translation>أقساط المنحة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="52"/>
        <source>Follow-up visits</source>
        <translation>زيارات التتبع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="53"/>
        <source>Referrals</source>
        <translation>التوجيهات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="54"/>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="55"/>
        <source>Attached documents (names; the files are given separately)</source>
        <translation>الوثائق المرفقة (الأسماء؛ تُسلَّم الملفات على حدة)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="58"/>
        <source>Documents printed</source>
        <translation>الوثائق المطبوعة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="64"/>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="65"/>
        <source>Last name</source>
        <translation>النسب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="66"/>
        <source>First name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="67"/>
        <source>Last name in Arabic</source>
        <translation>النسب بالعربية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="68"/>
        <source>First name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="69"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="70"/>
        <source>Date of birth</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="71"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="72"/>
        <source>Legal status</source>
        <translation>الوضعية القانونية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="73"/>
        <source>Telephone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="74"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="75"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="76"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="77"/>
        <source>Education</source>
        <translation>المستوى الدراسي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="78"/>
        <source>Experience</source>
        <translation>الخبرة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="79"/>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="80"/>
        <source>Situations</source>
        <translation>الوضعيات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="81"/>
        <source>Referred by</source>
        <translation>موجَّه من طرف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="82"/>
        <source>Referral details</source>
        <translation>تفاصيل التوجيه</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="83"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="84"/>
        <source>Track</source>
        <translation>المسلك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="85"/>
        <source>Recorded on</source>
        <translation>سُجّل في</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="86"/>
        <source>Last changed on</source>
        <translation>آخر تعديل في</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="87"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="88"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="89"/>
        <source>Issued on</source>
        <translation>سُلّمت في</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="90"/>
        <source>Expires on</source>
        <translation>تنتهي في</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="91"/>
        <source>Purposes</source>
        <translation>الأغراض</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="92"/>
        <source>Given on</source>
        <translation>أُعطيت في</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="93"/>
        <source>Withdrawn on</source>
        <translation>سُحبت في</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="94"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="95"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="96"/>
        <source>Started on</source>
        <translation>بدأت في</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="97"/>
        <source>Ended on</source>
        <translation>انتهت في</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="98"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="99"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="100"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="101"/>
        <source>Changes</source>
        <translation>التعديلات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="102"/>
        <source>Part of the file</source>
        <translation>جزء الملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="142"/>
        <location filename="../../counsellor_app/ui/subject_export.py" line="178"/>
        <source>Export the whole file</source>
        <translation>تصدير الملف كاملاً</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="144"/>
        <source>PDF documents (*.pdf)</source>
        <translation>وثائق PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/subject_export.py" line="179"/>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="197"/>
        <source>Synchronisation</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="226"/>
        <source>Enrol this PC</source>
        <translation>تسجيل هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="238"/>
        <source>&amp;Enrol and synchronise</source>
        <translation>&amp;تسجيل ومزامنة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="242"/>
        <source>&amp;Server address</source>
        <translation>عنوان ال&amp;خادم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="243"/>
        <source>One-time &amp;code</source>
        <translation>ال&amp;رمز الصالح لمرة واحدة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="251"/>
        <source>The code comes from the server&apos;s administrator; it works once and for one day.</source>
        <translation>يسلم مسؤول الخادم الرمز؛ يصلح مرة واحدة ولمدة يوم.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="267"/>
        <source>&amp;Synchronise now</source>
        <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="270"/>
        <source>&amp;Write a bundle for a USB key…</source>
        <translation>&amp;كتابة حزمة لمفتاح USB…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="274"/>
        <source>Without a connection: the changes waiting here go into a file that a connected PC takes to the server (the file is encrypted; the courier cannot read it).</source>
        <translation>بدون اتصال: تُكتب التعديلات المنتظرة في ملف يحمله حاسوب متصل إلى الخادم (الملف مشفر؛ لا يستطيع حامله قراءته).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="279"/>
        <source>Read the server&apos;s &amp;answer…</source>
        <translation>قراءة &amp;رد الخادم…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="289"/>
        <source>Changes the server did not take as they were</source>
        <translation>تعديلات لم يأخذها الخادم كما هي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="293"/>
        <source>Changed on</source>
        <translation>تاريخ التعديل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="293"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="293"/>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="293"/>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="298"/>
        <source>Changes not taken as sent</source>
        <translation>تعديلات لم تؤخذ كما أُرسلت</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="301"/>
        <source>Every change sent so far was taken by the server as it was.</source>
        <translation>كل التعديلات المرسلة إلى الآن أخذها الخادم كما هي.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="307"/>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="328"/>
        <source>Conflicts to resolve</source>
        <translation>تعارضات تنتظر القرار</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="311"/>
        <source>The same field was changed on two PCs. The later change is shown meanwhile; choose which value is right.</source>
        <translation>عُدّل الحقل نفسه على حاسوبين. يُعرض التعديل الأحدث في الانتظار؛ اختاروا القيمة الصحيحة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="322"/>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="488"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="322"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="322"/>
        <source>Value shown</source>
        <translation>القيمة المعروضة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="322"/>
        <source>Other value</source>
        <translation>القيمة الأخرى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="331"/>
        <source>&amp;Keep the value shown</source>
        <translation>الإ&amp;بقاء على القيمة المعروضة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="334"/>
        <source>&amp;Take the other value</source>
        <translation>&amp;أخذ القيمة الأخرى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="370"/>
        <source>The server revoked this PC</source>
        <translation>ألغى الخادم هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="375"/>
        <source>The server&apos;s administrator took this PC out of service (lost, replaced or withdrawn): nothing more is sent or received.
1. Write the changes still waiting here to a USB key and give the file to the server&apos;s administrator, who can still take them in.
2. Then remove the agency&apos;s data from this PC: the register, its attachments and its local backups are deleted, and the PC starts again as a new one.</source>
        <translation>أوقف مسؤول الخادم هذا الحاسوب عن الخدمة (مفقود أو مستبدل أو مسحوب): لم يعد يُرسل أو يُستقبل أي شيء.
1. اكتب التعديلات التي ما زالت في الانتظار هنا على مفتاح USB وسلّم الملف لمسؤول الخادم، فهو ما زال يستطيع إدخالها.
2. ثم احذف بيانات الوكالة من هذا الحاسوب: يُمحى السجل ومرفقاته ونسخه الاحتياطية المحلية، ويبدأ الحاسوب من جديد كحاسوب جديد.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="388"/>
        <source>&amp;Write the waiting changes to a USB key…</source>
        <translation>ا&amp;كتب التعديلات المنتظرة على مفتاح USB…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="391"/>
        <source>&amp;Remove the agency&apos;s data from this PC…</source>
        <translation>ا&amp;حذف بيانات الوكالة من هذا الحاسوب…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="395"/>
        <source>Only an administrator of the PC can do this.</source>
        <translation>لا يستطيع القيام بهذا إلا مسؤول الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="411"/>
        <source>Remove the agency&apos;s data from this PC</source>
        <translation>حذف بيانات الوكالة من هذا الحاسوب</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/sync_panel.py" line="413"/>
        <source>This cannot be undone. %n change(s) the server has not acknowledged are lost unless they were written to a USB key first.

Type the agency&apos;s code (%1) to remove its data:</source>
        <translation>
            <numerusform>لا يمكن التراجع عن هذا. %n تعديلات لم يؤكدها الخادم ستضيع ما لم تُكتب على مفتاح USB قبل ذلك.

اكتب رمز الوكالة (%1) لحذف بياناتها:</numerusform>
            <numerusform>لا يمكن التراجع عن هذا. %n تعديلات لم يؤكدها الخادم ستضيع ما لم تُكتب على مفتاح USB قبل ذلك.

اكتب رمز الوكالة (%1) لحذف بياناتها:</numerusform>
            <numerusform>لا يمكن التراجع عن هذا. %n تعديلات لم يؤكدها الخادم ستضيع ما لم تُكتب على مفتاح USB قبل ذلك.

اكتب رمز الوكالة (%1) لحذف بياناتها:</numerusform>
            <numerusform>لا يمكن التراجع عن هذا. %n تعديلات لم يؤكدها الخادم ستضيع ما لم تُكتب على مفتاح USB قبل ذلك.

اكتب رمز الوكالة (%1) لحذف بياناتها:</numerusform>
            <numerusform>لا يمكن التراجع عن هذا. %n تعديلات لم يؤكدها الخادم ستضيع ما لم تُكتب على مفتاح USB قبل ذلك.

اكتب رمز الوكالة (%1) لحذف بياناتها:</numerusform>
            <numerusform>لا يمكن التراجع عن هذا. %n تعديلات لم يؤكدها الخادم ستضيع ما لم تُكتب على مفتاح USB قبل ذلك.

اكتب رمز الوكالة (%1) لحذف بياناتها:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="435"/>
        <source>Write a bundle for a USB key</source>
        <translation>كتابة حزمة لمفتاح USB</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="437"/>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="469"/>
        <source>Counsellor bundles (*.zip)</source>
        <translation>حزم Counsellor (*.zip)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/sync_panel.py" line="455"/>
        <source>%n change(s) written. Take the file to a connected PC, which sends it with &apos;counsellor-app courier&apos;, then bring the answer back here.</source>
        <translation>
            <numerusform>لم يُكتب أي تعديل.</numerusform>
            <numerusform>كُتب تعديل واحد. احملوا الملف إلى حاسوب متصل يرسله بالأمر «counsellor-app courier»، ثم أعيدوا الرد إلى هنا.</numerusform>
            <numerusform>كُتب تعديلان. احملوا الملف إلى حاسوب متصل يرسله بالأمر «counsellor-app courier»، ثم أعيدوا الرد إلى هنا.</numerusform>
            <numerusform>كُتبت %n تعديلات. احملوا الملف إلى حاسوب متصل يرسله بالأمر «counsellor-app courier»، ثم أعيدوا الرد إلى هنا.</numerusform>
            <numerusform>كُتب %n تعديلًا. احملوا الملف إلى حاسوب متصل يرسله بالأمر «counsellor-app courier»، ثم أعيدوا الرد إلى هنا.</numerusform>
            <numerusform>كُتب %n تعديل. احملوا الملف إلى حاسوب متصل يرسله بالأمر «counsellor-app courier»، ثم أعيدوا الرد إلى هنا.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="467"/>
        <source>Read the server&apos;s answer</source>
        <translation>قراءة رد الخادم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="624"/>
        <source>Version %1 of the app is available: ask the IT person to install it.</source>
        <translation>الإصدار %1 من التطبيق متاح: اطلب من المسؤول عن المعلوميات تثبيته.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="628"/>
        <source>Download</source>
        <translation>تحميل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/sync_panel.py" line="698"/>
        <source>%n record(s) received from the server could not be stored on this PC and were set aside: %1. The synchronisation goes on without them; the server has been told, so that its administrator can correct them.</source>
        <translation>
            <numerusform>لم يوضع أي سجل مستلم من الخادم جانبًا: %1.</numerusform>
            <numerusform>تعذّر حفظ سجل واحد مستلم من الخادم على هذا الحاسوب فوُضع جانبًا: %1. تتواصل المزامنة بدونه، وقد أُبلغ الخادم بذلك كي يتمكن مسؤوله من تصحيحه.</numerusform>
            <numerusform>تعذّر حفظ سجلين مستلمين من الخادم على هذا الحاسوب فوُضعا جانبًا: %1. تتواصل المزامنة بدونهما، وقد أُبلغ الخادم بذلك كي يتمكن مسؤوله من تصحيحهما.</numerusform>
            <numerusform>تعذّر حفظ %n سجلات مستلمة من الخادم على هذا الحاسوب فوُضعت جانبًا: %1. تتواصل المزامنة بدونها، وقد أُبلغ الخادم بذلك كي يتمكن مسؤوله من تصحيحها.</numerusform>
            <numerusform>تعذّر حفظ %n سجلًا مستلمًا من الخادم على هذا الحاسوب فوُضعت جانبًا: %1. تتواصل المزامنة بدونها، وقد أُبلغ الخادم بذلك كي يتمكن مسؤوله من تصحيحها.</numerusform>
            <numerusform>تعذّر حفظ %n سجل مستلم من الخادم على هذا الحاسوب فوُضعت جانبًا: %1. تتواصل المزامنة بدونها، وقد أُبلغ الخادم بذلك كي يتمكن مسؤوله من تصحيحها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="76"/>
        <source>The file could not be read or written: %1</source>
        <translation>تعذرت قراءة الملف أو كتابته: %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="482"/>
        <source>Waiting for this agency</source>
        <translation>في انتظار هذه الوكالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="488"/>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="488"/>
        <source>Asked by</source>
        <translation>طلبه</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="488"/>
        <source>On</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="494"/>
        <source>Requests waiting for this agency</source>
        <translation>طلبات في انتظار هذه الوكالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="498"/>
        <source>&amp;Accept the transfer</source>
        <translation>&amp;قبول النقل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="501"/>
        <source>A&amp;pprove the erasure</source>
        <translation>ال&amp;موافقة على المحو</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="530"/>
        <source>Transfer of the file to this agency</source>
        <translation>نقل الملف إلى هذه الوكالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="537"/>
        <source>Erasure everywhere — %1</source>
        <translation>محو في كل مكان — %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="574"/>
        <source>Approve the erasure</source>
        <translation>الموافقة على المحو</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="576"/>
        <source>Erase %1 from the server and from every PC, with their history and attachments? It cannot be undone.</source>
        <translation>محو %1 من الخادم ومن كل الحواسيب، مع سجله ومرفقاته؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="648"/>
        <source>This PC is not enrolled with a central server: its work stays here.</source>
        <translation>هذا الحاسوب غير مسجل لدى خادم مركزي: يبقى عمله هنا.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="649"/>
        <source>An administrator of the PC can enrol it.</source>
        <translation>يمكن لمسؤول الحاسوب تسجيله.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="657"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/sync_panel.py" line="661"/>
        <source>Server: %1
Last successful synchronisation: %2
%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>الخادم: %1
آخر مزامنة ناجحة: %2
لا تعديل في انتظار الإرسال.</numerusform>
            <numerusform>الخادم: %1
آخر مزامنة ناجحة: %2
تعديل واحد في انتظار الإرسال.</numerusform>
            <numerusform>الخادم: %1
آخر مزامنة ناجحة: %2
تعديلان في انتظار الإرسال.</numerusform>
            <numerusform>الخادم: %1
آخر مزامنة ناجحة: %2
%n تعديلات في انتظار الإرسال.</numerusform>
            <numerusform>الخادم: %1
آخر مزامنة ناجحة: %2
%n تعديلًا في انتظار الإرسال.</numerusform>
            <numerusform>الخادم: %1
آخر مزامنة ناجحة: %2
%n تعديل في انتظار الإرسال.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="66"/>
        <source>The server answered with an error (%1). Your work is kept on this PC; try again later, and tell the administrator if it lasts.</source>
        <translation>رد الخادم بخطأ (%1). عملكم محفوظ على هذا الحاسوب؛ أعيدوا المحاولة لاحقًا وأخبروا المسؤول إن استمر ذلك.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="79"/>
        <source>The synchronisation failed: %1</source>
        <translation>فشلت المزامنة: %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="157"/>
        <source>Synchronising…</source>
        <translation>جارٍ التزامن…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/sync_panel.py" line="169"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/sync_panel.py" line="171"/>
        <source>Synchronised: %1 · %n change(s) waiting</source>
        <translation>
            <numerusform>آخر مزامنة: %1 · لا تعديل في الانتظار</numerusform>
            <numerusform>آخر مزامنة: %1 · تعديل واحد في الانتظار</numerusform>
            <numerusform>آخر مزامنة: %1 · تعديلان في الانتظار</numerusform>
            <numerusform>آخر مزامنة: %1 · %n تعديلات في الانتظار</numerusform>
            <numerusform>آخر مزامنة: %1 · %n تعديلًا في الانتظار</numerusform>
            <numerusform>آخر مزامنة: %1 · %n تعديل في الانتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/sync_panel.py" line="175"/>
        <source>%n not taken as sent</source>
        <translation>
            <numerusform>لا شيء مرفوض</numerusform>
            <numerusform>واحد لم يؤخذ كما أُرسل</numerusform>
            <numerusform>اثنان لم يؤخذا كما أُرسلا</numerusform>
            <numerusform>%n لم تؤخذ كما أُرسلت</numerusform>
            <numerusform>%n لم يؤخذ كما أُرسل</numerusform>
            <numerusform>%n لم يؤخذ كما أُرسل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/sync_panel.py" line="177"/>
        <source>%n received set aside</source>
        <translation>
            <numerusform>لا شيء مستلم وُضع جانبًا</numerusform>
            <numerusform>سجل مستلم وُضع جانبًا</numerusform>
            <numerusform>سجلان مستلمان وُضعا جانبًا</numerusform>
            <numerusform>%n سجلات مستلمة وُضعت جانبًا</numerusform>
            <numerusform>%n سجلًا مستلمًا وُضع جانبًا</numerusform>
            <numerusform>%n سجل مستلم وُضع جانبًا</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="41"/>
        <source>Programme and targets</source>
        <translation>البرنامج والأهداف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="53"/>
        <source>e.g. EU — Work4Life 2026</source>
        <translation>مثلًا: الاتحاد الأوروبي — Work4Life 2026</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="57"/>
        <source>e.g. European Union</source>
        <translation>مثلاً الاتحاد الأوروبي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="63"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="64"/>
        <source>&amp;Donor</source>
        <translation>الجهة ال&amp;مانحة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="65"/>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="66"/>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="77"/>
        <source>Targets in people (0: no target for that indicator).</source>
        <translation>الأهداف بعدد الأشخاص (0: لا هدف لهذا المؤشر).</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="100"/>
        <source>&amp;Targets</source>
        <translation>&amp;الأهداف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="103"/>
        <source>&amp;People counted</source>
        <translation>&amp;الأشخاص المحتسبون</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="111"/>
        <source>&amp;Delete the programme</source>
        <translation>&amp;حذف البرنامج</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="126"/>
        <source>Only the people who match every group below are counted for this programme. Nothing ticked in a group: everyone.</source>
        <translation>لا يُحتسب في هذا البرنامج إلا الأشخاص الذين يطابقون كل مجموعة أدناه. إذا لم يُحدَّد شيء في مجموعة: الجميع.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="143"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="144"/>
        <source>Legal status</source>
        <translation>الوضع القانوني</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="146"/>
        <source>Track</source>
        <translation>المسلك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="147"/>
        <source>Agency</source>
        <translation>الوكالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="170"/>
        <source>Give the first and the last day.</source>
        <translation>حددوا اليوم الأول والأخير.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="173"/>
        <source>The period ends before it starts.</source>
        <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="195"/>
        <source>Delete the programme</source>
        <translation>حذف البرنامج</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/targets_dialog.py" line="196"/>
        <source>Delete %1 and its targets? The counts are not affected.</source>
        <translation>حذف %1 وأهدافه؟ لا تتأثر الأعداد.</translation>
    </message>
</context>
<context>
    <name>TodoView</name>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="36"/>
        <source>Past appointments to record</source>
        <translation>مواعيد فائتة يجب تسجيلها</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="37"/>
        <source>Missed appointments to book again</source>
        <translation>مواعيد متغيَّب عنها يجب إعادة تحديدها</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="38"/>
        <source>Follow-up visits due</source>
        <translation>زيارات تتبع مستحقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="39"/>
        <source>Internships ending or ended</source>
        <translation>تداريب تنتهي قريباً أو انتهت</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="40"/>
        <source>Grant applications awaiting the committee</source>
        <translation>طلبات منح في انتظار اللجنة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="41"/>
        <source>Referrals without an answer</source>
        <translation>توجيهات بلا جواب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="42"/>
        <source>Consent not recorded</source>
        <translation>موافقة غير مسجلة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="43"/>
        <source>Residence documents expiring</source>
        <translation>وثائق إقامة تنتهي صلاحيتها</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="44"/>
        <source>Also registered by another agency</source>
        <translation>مسجلون أيضا لدى وكالة أخرى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="54"/>
        <source>%1 on %2: attended, missed or excused?</source>
        <translation>%1 بتاريخ %2: حضر أم تغيّب أم غياب مبرَّر؟</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="56"/>
        <source>%1 missed on %2: book a new date</source>
        <translation>%1 فات بتاريخ %2: حدّد موعداً جديداً</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="61"/>
        <source>Visit due on %1 (%2 days late)</source>
        <translation>زيارة مقررة بتاريخ %1 (تأخر %2 يوماً)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="67"/>
        <source>Ended on %1: hired or not?</source>
        <translation>انتهى بتاريخ %1: هل تم التشغيل أم لا؟</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="69"/>
        <source>Ends on %1</source>
        <translation>ينتهي بتاريخ %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="73"/>
        <source>%1 requested</source>
        <translation>%1 مطلوبة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="77"/>
        <source>committee on %1</source>
        <translation>اللجنة بتاريخ %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="81"/>
        <source>no committee session booked</source>
        <translation>لم تُحدَّد جلسة للجنة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="85"/>
        <source>Slip %1: answer expected by %2</source>
        <translation>القسيمة %1: الجواب منتظر قبل %2</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="92"/>
        <source>%1 expired on %2</source>
        <translation>%1 انتهت صلاحيتها بتاريخ %2</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="94"/>
        <source>%1 expires on %2</source>
        <translation>%1 تنتهي صلاحيتها بتاريخ %2</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="99"/>
        <source>Same person as file %1 of %2</source>
        <translation>نفس الشخص صاحب الملف %1 لدى %2</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="103"/>
        <source>Ask for consent and record it in the profile</source>
        <translation>اطلب الموافقة وسجّلها في الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="131"/>
        <source>Counsellor</source>
        <translation>المستشار(ة)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="136"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="149"/>
        <source>To do</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="152"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="152"/>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="152"/>
        <source>What to do</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="159"/>
        <source>Double-click a line (or press Enter) to open the person&apos;s file.</source>
        <translation>انقر مرتين على سطر (أو اضغط Enter) لفتح ملف الشخص.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="183"/>
        <location filename="../../counsellor_app/ui/todo_view.py" line="258"/>
        <source>The to-do list could not be read: %1</source>
        <translation>تعذّرت قراءة قائمة المهام: %1</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="229"/>
        <source>… and %1 more</source>
        <translation>… و%1 أخرى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/todo_view.py" line="234"/>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/todo_view.py" line="236"/>
        <source>%n thing(s) to do</source>
        <translation>
            <numerusform>لا شيء للقيام به</numerusform>
            <numerusform>مهمة واحدة</numerusform>
            <numerusform>مهمتان</numerusform>
            <numerusform>%n مهام</numerusform>
            <numerusform>%n مهمة</numerusform>
            <numerusform>%n مهمة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateInstall</name>
    <message>
        <location filename="../../counsellor_app/ui/update_install.py" line="30"/>
        <source>The downloaded update was refused: it is not signed by a key this version trusts. It was deleted and nothing was installed; this version goes on working. Tell the IT person.</source>
        <translation>رُفض التحديث الذي تم تنزيله: إنه غير موقَّع بمفتاح تعتمده هذه النسخة. تم حذفه ولم يُثبَّت أي شيء؛ تستمر هذه النسخة في العمل. أخبروا المسؤول عن المعلوميات.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_install.py" line="36"/>
        <source>The downloaded version %1 changed on the disk since it was checked (damaged, or replaced): it was deleted and not installed. This version goes on working; accept the update again in the synchronisation window.</source>
        <translation>تغيّرت النسخة %1 التي تم تنزيلها على القرص منذ التحقق منها (تالفة أو مستبدَلة): تم حذفها ولم تُثبَّت. تستمر هذه النسخة في العمل؛ اقبلوا التحديث من جديد في نافذة المزامنة.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_install.py" line="42"/>
        <source>Version %1 was not installed: the backup copy made before an update failed. This version goes on working; the update is installed at a later close, once a backup succeeds.</source>
        <translation>لم تُثبَّت النسخة %1: فشلت النسخة الاحتياطية المعدّة قبل التحديث. تستمر هذه النسخة في العمل؛ سيُثبَّت التحديث عند إغلاق لاحق، بعد نجاح نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_install.py" line="66"/>
        <source>The update was not installed</source>
        <translation>لم يُثبَّت التحديث</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_install.py" line="81"/>
        <source>Installing the update</source>
        <translation>تثبيت التحديث</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_install.py" line="82"/>
        <source>Version %1, accepted earlier, is installed now: the backup copy is made, the app closes and the new version replaces it. Start the app again in a minute.</source>
        <translation>تُثبَّت الآن النسخة %1 المقبولة سابقًا: تُعَدّ النسخة الاحتياطية، ثم يُغلَق التطبيق وتحلّ محله النسخة الجديدة. أعيدوا تشغيل التطبيق بعد دقيقة.</translation>
    </message>
</context>
<context>
    <name>UpdateOffer</name>
    <message>
        <location filename="../../counsellor_app/ui/update_offer.py" line="35"/>
        <source>Download and install when the app closes</source>
        <translation>التنزيل والتثبيت عند إغلاق التطبيق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_offer.py" line="55"/>
        <source>Downloading the new version in the background…</source>
        <translation>جارٍ تنزيل الإصدار الجديد في الخلفية…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_offer.py" line="63"/>
        <source>The server offers no newer version any more.</source>
        <translation>لم يعد الخادم يقترح إصداراً أحدث.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_offer.py" line="68"/>
        <source>Version %1 is downloaded and checked. It will be installed when the app closes, after the closing backup.</source>
        <translation>تم تنزيل الإصدار %1 والتحقق منه. سيُثبَّت عند إغلاق التطبيق، بعد نسخة الإغلاق الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_offer.py" line="78"/>
        <source>The new version was refused: it is not signed by the app&apos;s publisher. This version goes on working; tell the IT person.</source>
        <translation>رُفض الإصدار الجديد: إنه غير موقَّع من طرف ناشر التطبيق. يستمر هذا الإصدار في العمل؛ أخبِر المسؤول عن المعلوميات.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_offer.py" line="82"/>
        <source>The downloaded file is not the one signed (damaged on the way): it was deleted. This version goes on working; try again later.</source>
        <translation>الملف الذي تم تنزيله ليس هو الملف الموقَّع (تلف أثناء النقل): تم حذفه. يستمر هذا الإصدار في العمل؛ أعد المحاولة لاحقاً.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_offer.py" line="86"/>
        <source>The server&apos;s description of the new version is not valid. This version goes on working; tell the IT person.</source>
        <translation>وصف الإصدار الجديد الذي أرسله الخادم غير صالح. يستمر هذا الإصدار في العمل؛ أخبِر المسؤول عن المعلوميات.</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/update_offer.py" line="94"/>
        <source>The download stopped (no connection to the server?). Try again later: it goes on from where it stopped.</source>
        <translation>توقف التنزيل (لا اتصال بالخادم؟). أعد المحاولة لاحقاً: سيُستأنف من حيث توقف.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="173"/>
        <source>User accounts</source>
        <translation>حسابات المستخدمين</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="181"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="182"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="183"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="184"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="185"/>
        <source>Last login</source>
        <translation>آخر دخول</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="190"/>
        <source>New account…</source>
        <translation>حساب جديد…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="192"/>
        <source>Disable / enable</source>
        <translation>تعطيل / تفعيل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="194"/>
        <source>Reset password…</source>
        <translation>إعادة تعيين كلمة المرور…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="196"/>
        <source>Change role…</source>
        <translation>تغيير الدور…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="201"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="225"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="225"/>
        <source>Disabled</source>
        <translation>معطل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="269"/>
        <source>Change role</source>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/account_dialogs.py" line="270"/>
        <source>New role of %1:</source>
        <translation>الدور الجديد لـ%1:</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="22"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="23"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="26"/>
        <source>Moroccan national</source>
        <translation>مواطن مغربي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="27"/>
        <source>Regularised (2014 campaign)</source>
        <translation>تمت تسوية وضعيته (حملة 2014)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="28"/>
        <source>Regularised (2016–2017 campaign)</source>
        <translation>تمت تسوية وضعيته (حملة 2016–2017)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="29"/>
        <source>Regularisation in progress (receipt)</source>
        <translation>تسوية في طور الإنجاز (وصل)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="30"/>
        <source>Regular resident (work, study, family)</source>
        <translation>مقيم بصفة قانونية (عمل، دراسة، أسرة)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="31"/>
        <source>Refugee recognised by the BRA</source>
        <translation>لاجئ معترف به من طرف مكتب اللاجئين وعديمي الجنسية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="32"/>
        <source>Refugee under UNHCR mandate only</source>
        <translation>لاجئ تحت ولاية المفوضية فقط</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="33"/>
        <source>Asylum seeker (UNHCR attestation)</source>
        <translation>طالب لجوء (شهادة المفوضية)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="34"/>
        <source>Irregular situation</source>
        <translation>في وضعية غير نظامية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="37"/>
        <source>National ID card (CIN)</source>
        <translation>البطاقة الوطنية للتعريف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="38"/>
        <source>Registration card (carte d&apos;immatriculation)</source>
        <translation>بطاقة التسجيل (بطاقة الإقامة)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="41"/>
        <source>Resident card (10 years)</source>
        <translation>بطاقة المقيم (10 سنوات)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="42"/>
        <source>Receipt (récépissé)</source>
        <translation>وصل الإيداع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="43"/>
        <source>Travel document for minors</source>
        <translation>وثيقة التنقل للقاصرين</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="44"/>
        <source>Refugee card (BRA)</source>
        <translation>بطاقة لاجئ (مكتب اللاجئين وعديمي الجنسية)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="45"/>
        <source>UNHCR refugee card</source>
        <translation>بطاقة لاجئ من المفوضية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="46"/>
        <source>UNHCR asylum-seeker attestation</source>
        <translation>شهادة طالب اللجوء (المفوضية)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="47"/>
        <source>Passport</source>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="48"/>
        <source>Other document</source>
        <translation>وثيقة أخرى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="51"/>
        <source>No schooling</source>
        <translation>غير متمدرس</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="52"/>
        <source>Literacy class</source>
        <translation>محو الأمية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="53"/>
        <source>Primary school</source>
        <translation>الابتدائي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="54"/>
        <source>Lower secondary (collège)</source>
        <translation>الإعدادي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="55"/>
        <source>Upper secondary (lycée)</source>
        <translation>الثانوي التأهيلي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="56"/>
        <source>Baccalaureate</source>
        <translation>البكالوريا</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="57"/>
        <source>Vocational training diploma</source>
        <translation>دبلوم التكوين المهني</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="58"/>
        <source>Bachelor&apos;s degree (licence)</source>
        <translation>الإجازة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="59"/>
        <source>Master&apos;s degree or above</source>
        <translation>الماستر أو أعلى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="62"/>
        <source>Single parent</source>
        <translation>معيل أسرة وحيد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="63"/>
        <source>Disability</source>
        <translation>إعاقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="64"/>
        <source>Chronic illness</source>
        <translation>مرض مزمن</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="65"/>
        <source>Survivor of violence</source>
        <translation>ناج من العنف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="66"/>
        <source>Victim of trafficking</source>
        <translation>ضحية الاتجار بالبشر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="67"/>
        <source>Unaccompanied minor</source>
        <translation>قاصر غير مصحوب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="68"/>
        <source>Homeless</source>
        <translation>بدون مأوى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="69"/>
        <source>Pregnant</source>
        <translation>حامل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="72"/>
        <source>Came on their own</source>
        <translation>جاء بمبادرة شخصية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="73"/>
        <source>UNHCR</source>
        <translation>المفوضية السامية للأمم المتحدة لشؤون اللاجئين</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="74"/>
        <source>IOM</source>
        <translation>المنظمة الدولية للهجرة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="75"/>
        <location filename="../../counsellor_app/ui/labels.py" line="95"/>
        <source>Entraide Nationale</source>
        <translation>التعاون الوطني</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="76"/>
        <location filename="../../counsellor_app/ui/labels.py" line="94"/>
        <source>ANAPEC</source>
        <translation>الوكالة الوطنية لإنعاش التشغيل والكفاءات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="77"/>
        <location filename="../../counsellor_app/ui/labels.py" line="96"/>
        <source>Partner association</source>
        <translation>جمعية شريكة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="78"/>
        <source>Community agent</source>
        <translation>وسيط مجتمعي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="79"/>
        <source>Word of mouth</source>
        <translation>عن طريق المعارف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="87"/>
        <source>Named in lists given to donors</source>
        <translation>ذكر الاسم في القوائم المسلَّمة للممولين</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="154"/>
        <source>Grant committee member</source>
        <translation>عضو لجنة المنح</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="158"/>
        <source>at closing</source>
        <translation>عند الإغلاق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="159"/>
        <source>daily, checked</source>
        <translation>يومية، متحقَّق منها</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="160"/>
        <source>made by hand</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="161"/>
        <source>before an update</source>
        <translation>قبل تحديث</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="164"/>
        <source>Logged in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="165"/>
        <source>Wrong password</source>
        <translation>كلمة مرور خاطئة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="166"/>
        <source>Account locked (wrong passwords)</source>
        <translation>حساب مقفل (كلمات مرور خاطئة)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="167"/>
        <source>Unlocked the screen</source>
        <translation>إلغاء قفل الشاشة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="168"/>
        <source>File created</source>
        <translation>إنشاء ملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="169"/>
        <source>File changed</source>
        <translation>تعديل ملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="170"/>
        <source>Sensitive file opened</source>
        <translation>فتح ملف حساس</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="171"/>
        <source>Hidden information shown (reason)</source>
        <translation>إظهار معلومات مخفية (مع السبب)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="172"/>
        <source>Document printed</source>
        <translation>طباعة وثيقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="173"/>
        <source>Whole file exported</source>
        <translation>تصدير الملف كاملاً</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="174"/>
        <source>Report exported</source>
        <translation>تصدير تقرير</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="175"/>
        <source>List of people exported</source>
        <translation>تصدير قائمة أشخاص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="176"/>
        <source>Register exported to Excel</source>
        <translation>تصدير السجل إلى إكسل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="177"/>
        <source>Audit trail exported</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="178"/>
        <source>People imported</source>
        <translation>استيراد أشخاص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="179"/>
        <source>Consent changed</source>
        <translation>تغيير الموافقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="180"/>
        <source>File shared with an agency</source>
        <translation>مشاركة الملف مع وكالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="181"/>
        <source>Sharing withdrawn</source>
        <translation>سحب المشاركة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="182"/>
        <source>Erasure requested</source>
        <translation>طلب المحو</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="183"/>
        <source>Erasure approved</source>
        <translation>الموافقة على المحو</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="184"/>
        <source>File erased</source>
        <translation>محو الملف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="185"/>
        <source>Account created</source>
        <translation>إنشاء حساب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="186"/>
        <source>Account changed</source>
        <translation>تعديل حساب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="187"/>
        <source>Password reset</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="188"/>
        <source>Password changed</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="189"/>
        <source>Settings changed</source>
        <translation>تغيير الإعدادات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="190"/>
        <source>Backup made</source>
        <translation>إنجاز نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="191"/>
        <source>Backup restored</source>
        <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="195"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="196"/>
        <source>Signed with her own key</source>
        <translation>موقَّع بالمفتاح الشخصي لصاحب الحساب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="197"/>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="198"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="199"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="201"/>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="202"/>
        <source>Consent given</source>
        <translation>الموافقة معطاة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="203"/>
        <source>Purposes</source>
        <translation>الأغراض</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="204"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="205"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="206"/>
        <source>Number</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="207"/>
        <source>Serials</source>
        <translation>الأرقام التسلسلية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="208"/>
        <source>Created</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="210"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="211"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="212"/>
        <source>Without names</source>
        <translation>بدون أسماء</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="213"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="214"/>
        <source>Counts hidden under</source>
        <translation>الأعداد المخفية دون</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="215"/>
        <source>Entries</source>
        <translation>المدخلات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="216"/>
        <source>Changed</source>
        <translation>المعدَّل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="217"/>
        <source>Backup of</source>
        <translation>نسخة بتاريخ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="218"/>
        <source>With the recovery key</source>
        <translation>بمفتاح الاسترجاع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="220"/>
        <source>Sharing</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="221"/>
        <source>Unknown account name</source>
        <translation>اسم حساب غير معروف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="222"/>
        <source>In the data folder</source>
        <translation>في مجلد المعطيات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="225"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="226"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="794"/>
        <source>Certificate of participation in orientation</source>
        <translation>شهادة التوجيه المهني</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="797"/>
        <source>Soft-skills training certificate</source>
        <translation>شهادة التكوين في المهارات الحياتية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="798"/>
        <source>Internship certificate</source>
        <translation>شهادة التدريب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="799"/>
        <source>Internship agreement</source>
        <translation>اتفاقية التدريب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="800"/>
        <source>Referral letter with return slip</source>
        <translation>رسالة توجيه مع قسيمة الرد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="801"/>
        <source>Appointment letter (convocation)</source>
        <translation>استدعاء</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="802"/>
        <source>Business plan dossier</source>
        <translation>ملف مخطط الأعمال</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="803"/>
        <source>Microgrant agreement</source>
        <translation>اتفاقية منح إعانة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="804"/>
        <source>Disbursement receipt</source>
        <translation>وصل صرف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="805"/>
        <source>Attendance sheet</source>
        <translation>ورقة الحضور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="808"/>
        <source>French and Arabic</source>
        <translation>الفرنسية والعربية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="809"/>
        <source>English and Arabic</source>
        <translation>الإنجليزية والعربية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="810"/>
        <source>French and English</source>
        <translation>الفرنسية والإنجليزية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1060"/>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1061"/>
        <source>Identity document</source>
        <translation>وثيقة هوية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1062"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1063"/>
        <source>Pathway stage</source>
        <translation>مرحلة من المسار</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1064"/>
        <source>Grant application</source>
        <translation>طلب منحة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1065"/>
        <source>Tranche</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1066"/>
        <source>Referral</source>
        <translation>توجيه إلى شريك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1067"/>
        <source>Appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1069"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="1070"/>
        <source>User account</source>
        <translation>حساب مستخدم</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="46"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="47"/>
        <source>Product or service</source>
        <translation>المنتوج أو الخدمة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="48"/>
        <source>Market and competitors</source>
        <translation>السوق والمنافسون</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="49"/>
        <source>Marketing</source>
        <translation>التسويق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="50"/>
        <source>Operations</source>
        <translation>التسيير</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="51"/>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="54"/>
        <source>Trade, industry or craft</source>
        <translation>التجارة أو الصناعة أو الحرف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="55"/>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="58"/>
        <source>Own contribution</source>
        <translation>المساهمة الشخصية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="60"/>
        <source>Microcredit</source>
        <translation>القرض الصغير</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="61"/>
        <location filename="../../counsellor_app/ui/labels.py" line="80"/>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="83"/>
        <source>Processing of the file (required)</source>
        <translation>معالجة الملف (إلزامي)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="84"/>
        <source>Sharing with partner organisations</source>
        <translation>المشاركة مع الهيئات الشريكة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="85"/>
        <source>Photograph</source>
        <translation>الصورة الفوتوغرافية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="86"/>
        <source>Anonymous statistics for donors</source>
        <translation>إحصائيات مجهولة الهوية للمانحين</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="90"/>
        <source>Given</source>
        <translation>ممنوحة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="91"/>
        <source>Pending</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="99"/>
        <source>Darija (Moroccan Arabic)</source>
        <translation>الدارجة المغربية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="100"/>
        <source>Tamazight</source>
        <translation>الأمازيغية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="104"/>
        <source>Vocational training</source>
        <translation>التكوين المهني</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="105"/>
        <source>Language course</source>
        <translation>دروس اللغة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="107"/>
        <source>Job-search support</source>
        <translation>المساعدة في البحث عن شغل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="108"/>
        <source>Self-employment support</source>
        <translation>مواكبة التشغيل الذاتي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="109"/>
        <source>Psychosocial support</source>
        <translation>الدعم النفسي والاجتماعي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="110"/>
        <source>Legal support</source>
        <translation>المواكبة القانونية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="113"/>
        <source>Intake</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="114"/>
        <source>Orientation</source>
        <translation>التوجيه</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="103"/>
        <location filename="../../counsellor_app/ui/labels.py" line="115"/>
        <source>Soft skills training</source>
        <translation>التكوين في المهارات الحياتية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="106"/>
        <location filename="../../counsellor_app/ui/labels.py" line="116"/>
        <location filename="../../counsellor_app/ui/labels.py" line="1068"/>
        <source>Internship</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="117"/>
        <source>Auto-entrepreneur registration</source>
        <translation>التسجيل كمقاول ذاتي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="118"/>
        <source>Business plan</source>
        <translation>مخطط الأعمال</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/business_plan_panel.py" line="59"/>
        <location filename="../../counsellor_app/ui/labels.py" line="119"/>
        <source>Microgrant</source>
        <translation>المنحة الصغيرة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="120"/>
        <source>Post-creation follow-up</source>
        <translation>التتبع بعد الإحداث</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="123"/>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="57"/>
        <source>Intake interview</source>
        <translation>مقابلة الاستقبال</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="58"/>
        <source>Orientation interview</source>
        <translation>مقابلة التوجيه</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="59"/>
        <source>Follow-up</source>
        <translation>التتبع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="60"/>
        <source>Grant committee</source>
        <translation>لجنة المنح</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="61"/>
        <source>Internship visit</source>
        <translation>زيارة التدريب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="62"/>
        <source>Other appointment</source>
        <translation>موعد آخر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="65"/>
        <location filename="../../counsellor_app/ui/committees_view.py" line="67"/>
        <location filename="../../counsellor_app/ui/labels.py" line="124"/>
        <source>Planned</source>
        <translation>مبرمجة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="66"/>
        <source>Attended</source>
        <translation>حضر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="67"/>
        <source>Missed</source>
        <translation>تغيّب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="69"/>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="68"/>
        <source>Cancelled</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="125"/>
        <source>In progress</source>
        <translation>جارية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="69"/>
        <location filename="../../counsellor_app/ui/labels.py" line="126"/>
        <source>Completed</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="127"/>
        <source>Abandoned</source>
        <translation>متخلى عنها</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="128"/>
        <source>Not applicable</source>
        <translation>لا تنطبق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="132"/>
        <source>Cancel the planning</source>
        <translation>إلغاء البرمجة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="133"/>
        <source>Plan</source>
        <translation>برمجة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="134"/>
        <source>Start / resume</source>
        <translation>بدء / استئناف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="135"/>
        <source>Complete</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="136"/>
        <source>Abandon…</source>
        <translation>التخلي…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="137"/>
        <source>Skip…</source>
        <translation>تجاوز…</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="140"/>
        <source>Wage employment</source>
        <translation>الشغل المأجور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="141"/>
        <source>Self-employment</source>
        <translation>التشغيل الذاتي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="144"/>
        <source>Salaried job</source>
        <translation>شغل مأجور</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="145"/>
        <source>Enrolled in a training</source>
        <translation>مسجل في تكوين</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="146"/>
        <source>Business created</source>
        <translation>نشاط مُحدث</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="813"/>
        <source>People accompanied (intake)</source>
        <translation>الأشخاص المرافَقون (الاستقبال)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="814"/>
        <source>Oriented</source>
        <translation>موجَّهون</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="815"/>
        <source>Trained in soft skills</source>
        <translation>مكوَّنون في المهارات الحياتية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="816"/>
        <source>Internships started</source>
        <translation>تداريب بدأت</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="817"/>
        <source>Internships completed</source>
        <translation>تداريب انتهت</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="818"/>
        <source>Hired</source>
        <translation>موظَّفون</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="819"/>
        <source>Registered auto-entrepreneurs</source>
        <translation>مقاولون ذاتيون مسجلون</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="820"/>
        <source>Business plans completed</source>
        <translation>مخططات أعمال منجزة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="821"/>
        <source>Microgrants awarded</source>
        <translation>منح صغيرة ممنوحة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="822"/>
        <source>Microgrants paid</source>
        <translation>منح صغيرة مدفوعة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="823"/>
        <source>Businesses created</source>
        <translation>مقاولات منشأة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="824"/>
        <source>Businesses active at 6 months</source>
        <translation>مقاولات نشطة بعد 6 أشهر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="825"/>
        <source>Businesses active at 12 months</source>
        <translation>مقاولات نشطة بعد 12 شهرًا</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="826"/>
        <source>Referred to a partner</source>
        <translation>موجَّهون إلى شريك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="147"/>
        <location filename="../../counsellor_app/ui/labels.py" line="827"/>
        <source>Dropped out</source>
        <translation>انقطاع عن المسار</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="59"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="60"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="61"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="62"/>
        <source>Legal status</source>
        <translation>الوضعية القانونية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="63"/>
        <location filename="../../counsellor_app/ui/labels.py" line="219"/>
        <source>Agency</source>
        <translation>الوكالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="64"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/indicators_view.py" line="65"/>
        <source>Track</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="148"/>
        <source>Referred elsewhere</source>
        <translation>موجه إلى جهة أخرى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="151"/>
        <source>Counsellor</source>
        <translation>مستشار</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="152"/>
        <source>Supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="153"/>
        <source>Administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="56"/>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="57"/>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/agenda_view.py" line="68"/>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="58"/>
        <source>Excused</source>
        <translation>غائب بعذر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/cohorts_view.py" line="59"/>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="65"/>
        <source>Being prepared</source>
        <translation>قيد الإعداد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="66"/>
        <source>Signed by the three parties</source>
        <translation>موقعة من الأطراف الثلاثة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="67"/>
        <source>Under way</source>
        <translation>جارية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="72"/>
        <source>Contrat d&apos;insertion (ANAPEC)</source>
        <translation>عقد الإدماج (الوكالة الوطنية لإنعاش التشغيل والكفاءات)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="73"/>
        <source>Training placement (formation-insertion), unpaid or with an allowance</source>
        <translation>تدريب التكوين من أجل الإدماج، غير مؤدى عنه أو بمنحة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="76"/>
        <source>Association placement, unpaid or with an allowance</source>
        <translation>تدريب لدى جمعية، غير مؤدى عنه أو بمنحة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="79"/>
        <source>Apprenticeship</source>
        <translation>التدرج المهني</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="82"/>
        <source>The intern</source>
        <translation>المتدرب(ة)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="83"/>
        <source>The host</source>
        <translation>الجهة المستقبلة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="84"/>
        <source>The agency</source>
        <translation>الوكالة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="87"/>
        <source>Punctuality and attendance</source>
        <translation>الانضباط والمواظبة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="88"/>
        <source>Teamwork</source>
        <translation>العمل ضمن فريق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="89"/>
        <source>Technical skills</source>
        <translation>الكفاءات التقنية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="90"/>
        <source>Initiative</source>
        <translation>روح المبادرة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="91"/>
        <source>Communication</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="94"/>
        <source>Permanent contract (CDI)</source>
        <translation>عقد عمل غير محدد المدة (CDI)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="95"/>
        <source>Fixed-term contract (CDD)</source>
        <translation>عقد عمل محدد المدة (CDD)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="96"/>
        <source>Tahfiz contract</source>
        <translation>عقد تحفيز</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="99"/>
        <source>No post open at the host</source>
        <translation>لا يوجد منصب شاغر لدى الجهة المستقبلة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="100"/>
        <source>The intern declined</source>
        <translation>رفض المتدرب(ة)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="101"/>
        <source>The internship ended early</source>
        <translation>انتهى التدريب قبل أجله</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="102"/>
        <source>Went on to further training</source>
        <translation>متابعة التكوين</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="103"/>
        <source>Other reason</source>
        <translation>سبب آخر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/internship_panel.py" line="68"/>
        <source>Ended early</source>
        <translation>منتهية قبل الأجل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="45"/>
        <source>Barid Al-Maghrib (post office)</source>
        <translation>بريد المغرب</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="46"/>
        <source>Partner bank</source>
        <translation>بنك شريك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/ae_panel.py" line="47"/>
        <source>Online (rn.ae.gov.ma)</source>
        <translation>عبر الإنترنت (rn.ae.gov.ma)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="41"/>
        <source>Approved</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="42"/>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="43"/>
        <source>Deferred</source>
        <translation>مؤجلة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="46"/>
        <source>Cash</source>
        <translation>نقدا</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="47"/>
        <source>In kind (purchases)</source>
        <translation>عينيا (مشتريات)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="50"/>
        <location filename="../../counsellor_app/ui/labels.py" line="200"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="51"/>
        <source>Struggling</source>
        <translation>في صعوبة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/grant_panel.py" line="52"/>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="54"/>
        <source>ANAPEC agency</source>
        <translation>وكالة أنابيك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="55"/>
        <source>OFPPT training centre</source>
        <translation>مركز تكوين تابع لمكتب التكوين المهني</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="56"/>
        <source>Entraide Nationale centre</source>
        <translation>مركز التعاون الوطني</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="57"/>
        <source>Health centre</source>
        <translation>مركز صحي</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="58"/>
        <source>Microfinance association</source>
        <translation>جمعية للقروض الصغرى</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="59"/>
        <source>Association (NGO)</source>
        <translation>جمعية (منظمة غير حكومية)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="60"/>
        <source>Other partner</source>
        <translation>شريك آخر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="63"/>
        <source>Sent</source>
        <translation>مُرسَل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="64"/>
        <source>Received by the partner</source>
        <translation>توصّل به الشريك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="65"/>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/labels.py" line="209"/>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="66"/>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="67"/>
        <source>Service done</source>
        <translation>أُنجزت الخدمة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="71"/>
        <source>No places left</source>
        <translation>لا توجد أماكن شاغرة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="72"/>
        <source>Not eligible</source>
        <translation>غير مؤهل</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="73"/>
        <source>Documents missing</source>
        <translation>وثائق ناقصة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="74"/>
        <source>Did not come</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="75"/>
        <source>Outside the partner&apos;s area</source>
        <translation>خارج نطاق الشريك</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="76"/>
        <source>Service not offered</source>
        <translation>خدمة غير متوفرة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/referral_panel.py" line="77"/>
        <source>Other reason (explain)</source>
        <translation>سبب آخر (وضّح)</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="68"/>
        <source>Held</source>
        <translation>منعقدة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="69"/>
        <source>Minutes signed</source>
        <translation>المحضر موقع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="72"/>
        <source>For</source>
        <translation>مع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="73"/>
        <source>Against</source>
        <translation>ضد</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="74"/>
        <source>Abstains</source>
        <translation>امتناع</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="77"/>
        <source>Viability</source>
        <translation>قابلية الاستمرار</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="78"/>
        <source>The person&apos;s commitment</source>
        <translation>التزام الشخص</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="79"/>
        <source>Local market</source>
        <translation>السوق المحلية</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="80"/>
        <source>Amount against the plan</source>
        <translation>المبلغ مقارنة بالمخطط</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="81"/>
        <source>Experience</source>
        <translation>الخبرة</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/committees_view.py" line="82"/>
        <source>Social impact</source>
        <translation>الأثر الاجتماعي</translation>
    </message>
</context>
</TS>
