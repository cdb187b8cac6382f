"""Realistic names for demonstration data: (Latin, Arabic) pairs, by origin."""

from __future__ import annotations

MOROCCAN_FIRST_F = [("Fatima", "فاطمة"), ("Khadija", "خديجة"), ("Amina", "أمينة"), ("Zineb", "زينب"),
                    ("Salma", "سلمى"), ("Nadia", "نادية"), ("Samira", "سميرة"), ("Meryem", "مريم"),
                    ("Hanane", "حنان"), ("Loubna", "لبنى"), ("Imane", "إيمان"), ("Siham", "سهام")]
MOROCCAN_FIRST_M = [("Mohamed", "محمد"), ("Youssef", "يوسف"), ("Ahmed", "أحمد"), ("Hassan", "حسن"),
                    ("Omar", "عمر"), ("Karim", "كريم"), ("Rachid", "رشيد"), ("Said", "سعيد"),
                    ("Abdellah", "عبد الله"), ("Hamza", "حمزة"), ("Mehdi", "المهدي"), ("Ayoub", "أيوب")]
MOROCCAN_LAST = [("Alaoui", "العلوي"), ("Bennani", "بناني"), ("El Amrani", "العمراني"),
                 ("Tazi", "التازي"), ("Idrissi", "الإدريسي"), ("Benali", "بنعلي"),
                 ("Chraibi", "الشرايبي"), ("Berrada", "برادة"), ("Ouazzani", "الوزاني"),
                 ("Lahlou", "لحلو"), ("El Fassi", "الفاسي"), ("Naciri", "الناصري"),
                 ("Boukhari", "البخاري"), ("Zerouali", "الزروالي"), ("Amzil", "أمزيل")]
MASHRIQ_FIRST_F = [("Rania", "رانيا"), ("Lama", "لمى"), ("Hala", "هالة"), ("Mona", "منى"),
                   ("Hawa", "حواء"), ("Reem", "ريم"), ("Nour", "نور"), ("Asmaa", "أسماء")]
MASHRIQ_FIRST_M = [("Ahmad", "أحمد"), ("Khaled", "خالد"), ("Mahmoud", "محمود"), ("Osman", "عثمان"),
                   ("Abdelrahman", "عبد الرحمن"), ("Tarek", "طارق"), ("Bassel", "باسل"),
                   ("Ammar", "عمار")]
MASHRIQ_LAST = [("Al Hamwi", "الحموي"), ("Haddad", "حداد"), ("Al Khatib", "الخطيب"),
                ("Darwish", "درويش"), ("Al Shami", "الشامي"), ("Halabi", "الحلبي"),
                ("Abdallah", "عبد الله"), ("Ibrahim", "إبراهيم"), ("Adam", "آدم"),
                ("Saleh", "صالح"), ("Al Yamani", "اليماني"), ("Osman", "عثمان")]
WEST_AFRICAN_FIRST_F = ["Aminata", "Fatoumata", "Mariama", "Kadiatou", "Aissatou", "Awa",
                        "Grace", "Christelle", "Blessing", "Esther", "Mariam", "Adjoua"]
WEST_AFRICAN_FIRST_M = ["Mamadou", "Ibrahima", "Moussa", "Ousmane", "Abdoulaye", "Sekou",
                        "Jean", "Patrick", "Emmanuel", "Chinedu", "Kouadio", "Serge"]
WEST_AFRICAN_LAST = ["Diallo", "Bah", "Barry", "Sow", "Camara", "Traoré", "Keita", "Koné",
                     "Coulibaly", "Ndiaye", "Diop", "Fall", "Sylla", "Touré", "Nkoulou",
                     "Mbarga", "Okafor", "Adeyemi", "Mukendi", "Ilunga", "Kouassi", "Yao",
                     "Konan", "Ngoy", "Fofana", "Cissé"]
