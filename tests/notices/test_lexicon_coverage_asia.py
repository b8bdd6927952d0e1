"""Coverage of the fa ur hi bn ta th vi id ms tl sw zh ja ko lexicons: sentences written the
way publishers' footers, terms of use, AI policies and licence lines in these languages phrase
reservations, permissions and routes to permission (inflections, synonyms, formal and informal
registers), and sentences that must state nothing (news about someone else's ban, statutes,
cookie and newsletter lines, "we reserve the right to change these terms", product text).
The sentences are written for these tests, not taken from any corpus."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.notices.conftest import Effects

# "ai" is the pair a training or mining ban sets; "ai3" adds ai-input (AI named, the use not).
ALIASES = {"ai": ("ai-train", "ai-index"), "ai3": ("ai-train", "ai-index", "ai-input")}


def _expected(spec: str) -> dict[str, str]:
    """'republish=cond:written-permission crawl=deny search=allow' -> purpose: verdict[:cond]."""
    out: dict[str, str] = {}
    for item in spec.split():
        key, verdict = item.split("=")
        for purpose in ALIASES.get(key, (key,)):
            out[purpose] = verdict
    return out


# (language, text, expected effects): the purposes restricted are exactly these.
RESTRICTS: list[tuple[str, str, str]] = [
    (
        "fa",
        "کلیه حقوق این سایت محفوظ است. هرگونه کپی‌برداری از مطالب بدون اجازه کتبی ممنوع است.",
        "republish=cond:written-permission",
    ),
    ("fa", "استفاده از محتوای ما برای آموزش هوش مصنوعی مجاز نیست.", "ai=deny"),
    (
        "fa",
        "استفاده از ربات‌ها و ابزارهای خودکار برای استخراج اطلاعات از این وب‌سایت ممنوع است.",
        "crawl=deny",
    ),
    ("fa", "داده‌کاوی و متن‌کاوی محتوای این سایت بدون مجوز ممنوع است.", "ai=cond"),
    ("fa", "بازنشر مطالب با ذکر منبع آزاد است.", "republish=cond:attribution"),
    (
        "fa",
        "این اثر تحت مجوز کریتیو کامنز اختصاص اثر ۴٫۰ منتشر شده است.",
        "republish=cond:attribution",
    ),
    ("fa", "خزیدن در این سایت ممنوع است، به جز برای موتورهای جستجو.", "crawl=deny search=allow"),
    ("fa", "خطاب به شرکت‌های هوش مصنوعی: محتوای ما نباید برای آموزش مدل‌ها استفاده شود.", "ai=deny"),
    (
        "fa",
        "شما مجاز نیستید:\n- مطالب ما را کپی کنید\n- با نرم‌افزارهای خودکار محتوا را دانلود کنید",
        "republish=deny crawl=deny",
    ),
    (
        "fa",
        "بازنشر مطالب منوط به کسب اجازه است. برای دریافت مجوز با ما تماس بگیرید.",
        "republish=cond",
    ),
    ("fa", "استفاده از محتوا برای یادگیری ماشین یا مدل‌های زبانی بزرگ ممنوع است.", "ai3=deny"),
    ("fa", "نقل مطالب برای مصارف غیرتجاری با ذکر منبع بلامانع است.", "republish=cond:attribution"),
    ("fa", "ما اجازه نمی‌دهیم هوش مصنوعی مولد از اخبار ما استفاده کند.", "ai3=deny"),
    ("fa", "هرگونه برداشت خودکار از سایت ممنوع است.", "crawl=deny"),
    ("fa", "نقل مطالب بدون ذکر منبع مجاز نیست.", "republish=cond:attribution"),
    (
        "fa",
        "استفاده تجاری از عکس‌های این سایت بدون موافقت کتبی ناشر پیگرد قانونی دارد.",
        "republish=cond:written-permission",
    ),
    (
        "fa",
        "هرگونه استفاده از ربات، اسکریپت یا ابزار خودکار برای دسترسی به سایت بدون موافقت کتبی ممنوع است.",
        "crawl=cond:written-permission",
    ),
    (
        "fa",
        "موتورهای جستجو مجاز به نمایه‌سازی سایت هستند، اما آموزش هوش مصنوعی ممنوع است.",
        "search=allow ai=deny",
    ),
    ("fa", "شرکت‌های هوش مصنوعی برای استفاده از محتوای ما باید مجوز دریافت کنند.", "ai3=cond"),
    (
        "fa",
        "تکثیر، توزیع یا ترجمه این کتاب بدون اجازه ناشر ممنوع است.",
        "republish=cond:permission",
    ),
    ("fa", "لطفاً مطالب را بدون ذکر منبع کپی نکنید.", "republish=cond:attribution"),
    (
        "ur",
        "جملہ حقوق محفوظ ہیں۔ اس ویب سائٹ کے مواد کو تحریری اجازت کے بغیر نقل کرنا ممنوع ہے۔",
        "republish=cond:written-permission",
    ),
    ("ur", "ہمارے مواد کو مصنوعی ذہانت کی تربیت کے لیے استعمال کرنے کی اجازت نہیں ہے۔", "ai=deny"),
    (
        "ur",
        "اس سائٹ سے ڈیٹا اکٹھا کرنے کے لیے بوٹس یا خودکار ٹولز کا استعمال ممنوع ہے۔",
        "crawl=deny",
    ),
    ("ur", "ہمارے مواد کی ٹیکسٹ اور ڈیٹا مائننگ لائسنس کے بغیر ممنوع ہے۔", "ai=cond:licence"),
    ("ur", "آپ یہ مضمون حوالہ دے کر شیئر کر سکتے ہیں۔", "republish=cond:attribution"),
    ("ur", "سکریپنگ کی اجازت نہیں، سوائے سرچ انجنوں کے۔", "crawl=deny search=allow"),
    ("ur", "اے آئی کمپنیوں کے لیے: ہمارا مواد تربیت کے لیے استعمال نہیں کیا جا سکتا۔", "ai=deny"),
    (
        "ur",
        "آپ درج ذیل نہیں کر سکتے:\n- ہمارے مضامین کی نقل\n- خودکار سافٹ ویئر سے مواد ڈاؤن لوڈ کرنا",
        "republish=deny crawl=deny",
    ),
    (
        "ur",
        "مواد کی دوبارہ اشاعت کے لیے پیشگی اجازت ضروری ہے۔ اجازت کے لیے ہم سے رابطہ کریں۔",
        "republish=cond:permission",
    ),
    ("ur", "مشین لرننگ یا بڑے لسانی ماڈلز کے لیے مواد کا استعمال ممنوع ہے۔", "ai3=deny"),
    (
        "ur",
        "غیر تجارتی مقاصد کے لیے حوالے کے ساتھ مواد شائع کیا جا سکتا ہے۔",
        "republish=cond:attribution",
    ),
    ("ur", "ہم جنریٹو اے آئی کو اپنی خبریں استعمال کرنے کی اجازت نہیں دیتے۔", "ai3=deny"),
    ("ur", "ویب سائٹ کی اسکریپنگ سختی سے منع ہے۔", "crawl=deny"),
    ("ur", "اس اخبار کی خبریں بلا اجازت شائع کرنا قانوناً جرم ہے۔", "republish=cond:permission"),
    (
        "ur",
        "سرچ انجن ویب سائٹ کو انڈیکس کر سکتے ہیں، لیکن اے آئی کی تربیت کی اجازت نہیں ہے۔",
        "search=allow ai=deny",
    ),
    (
        "ur",
        "مصنوعی ذہانت کی کمپنیوں کو ہمارا مواد استعمال کرنے کے لیے لائسنس لینا ہوگا۔",
        "ai3=cond:licence",
    ),
    ("ur", "ہمارے مضامین کو کاپی، ترمیم یا تقسیم کرنا منع ہے۔", "republish=deny"),
    ("ur", "براہ کرم ہماری خبریں بغیر اجازت کاپی نہ کریں۔", "republish=cond:permission"),
    (
        "hi",
        "सर्वाधिकार सुरक्षित। इस वेबसाइट की किसी भी सामग्री को लिखित अनुमति के बिना पुनः प्रकाशित करना वर्जित है।",
        "republish=cond:written-permission",
    ),
    (
        "hi",
        "हमारी सामग्री का उपयोग आर्टिफिशियल इंटेलिजेंस को प्रशिक्षित करने के लिए नहीं किया जा सकता।",
        "ai=deny",
    ),
    ("hi", "इस साइट से डेटा एकत्र करने के लिए बॉट या स्वचालित उपकरणों का उपयोग प्रतिबंधित है।", "crawl=deny"),
    ("hi", "हमारी सामग्री की टेक्स्ट और डेटा माइनिंग बिना लाइसेंस के निषिद्ध है।", "ai=cond:licence"),
    ("hi", "आप स्रोत का उल्लेख करते हुए यह लेख साझा कर सकते हैं।", "republish=cond:attribution"),
    (
        "hi",
        "यह कृति क्रिएटिव कॉमन्स एट्रिब्यूशन 4.0 लाइसेंस के अंतर्गत उपलब्ध है।",
        "republish=cond:attribution",
    ),
    ("hi", "सर्च इंजन को छोड़कर किसी भी क्रॉलर को अनुमति नहीं है।", "crawl=deny search=allow"),
    ("hi", "एआई कंपनियों के लिए: हमारी सामग्री का उपयोग प्रशिक्षण के लिए नहीं किया जा सकता।", "ai=deny"),
    (
        "hi",
        "आप निम्नलिखित नहीं कर सकते:\n- हमारे लेखों की नकल करना\n- स्वचालित सॉफ़्टवेयर से सामग्री डाउनलोड करना",
        "republish=deny crawl=deny",
    ),
    (
        "hi",
        "सामग्री के पुनर्प्रकाशन के लिए पूर्व अनुमति आवश्यक है। अनुमति के लिए हमसे संपर्क करें।",
        "republish=cond:permission",
    ),
    ("hi", "मशीन लर्निंग या बड़े भाषा मॉडल के लिए सामग्री का उपयोग वर्जित है।", "ai3=deny"),
    (
        "hi",
        "गैर-व्यावसायिक उद्देश्यों के लिए सामग्री को स्रोत के उल्लेख के साथ प्रकाशित किया जा सकता है।",
        "republish=cond:attribution",
    ),
    ("hi", "हम जनरेटिव एआई को अपनी खबरों का उपयोग करने की अनुमति नहीं देते।", "ai3=deny"),
    ("hi", "वेबसाइट की स्क्रैपिंग सख्त मना है।", "crawl=deny"),
    (
        "hi",
        "इस पुस्तक का कोई भी भाग प्रकाशक की लिखित अनुमति के बिना पुनरुत्पादित नहीं किया जा सकता।",
        "republish=cond:written-permission",
    ),
    (
        "hi",
        "सर्च इंजन वेबसाइट को इंडेक्स कर सकते हैं, लेकिन एआई प्रशिक्षण की अनुमति नहीं है।",
        "search=allow ai=deny",
    ),
    ("hi", "एआई कंपनियों को हमारी सामग्री का उपयोग करने के लिए लाइसेंस लेना होगा।", "ai3=cond:licence"),
    ("hi", "हमारे लेखों की नकल, संशोधन या वितरण करना मना है।", "republish=deny"),
    (
        "hi",
        "बिना अनुमति के इस वेबसाइट की सामग्री का व्यावसायिक उपयोग दंडनीय अपराध है।",
        "republish=cond:permission",
    ),
    ("hi", "कृपया हमारी खबरें बिना अनुमति के कॉपी न करें।", "republish=cond:permission"),
    (
        "bn",
        "সর্বস্বত্ব সংরক্ষিত। লিখিত অনুমতি ছাড়া এই ওয়েবসাইটের কোনো অংশ পুনর্মুদ্রণ বা পুনঃপ্রকাশ করা নিষেধ।",
        "republish=cond:written-permission",
    ),
    ("bn", "আমাদের কনটেন্ট কৃত্রিম বুদ্ধিমত্তা প্রশিক্ষণের জন্য ব্যবহার করা যাবে না।", "ai=deny"),
    ("bn", "এই সাইট থেকে তথ্য সংগ্রহের জন্য বট বা স্বয়ংক্রিয় টুল ব্যবহার নিষিদ্ধ।", "crawl=deny"),
    ("bn", "লাইসেন্স ছাড়া আমাদের কনটেন্টের টেক্সট ও ডেটা মাইনিং নিষিদ্ধ।", "ai=cond:licence"),
    ("bn", "সূত্র উল্লেখ করে আপনি এই প্রতিবেদনটি শেয়ার করতে পারেন।", "republish=cond:attribution"),
    ("bn", "সার্চ ইঞ্জিন ব্যতীত অন্য কোনো ক্রলার অনুমোদিত নয়।", "crawl=deny search=allow"),
    ("bn", "এআই কোম্পানিগুলোর প্রতি: আমাদের কনটেন্ট প্রশিক্ষণের জন্য ব্যবহার করা যাবে না।", "ai=deny"),
    (
        "bn",
        "পুনঃপ্রকাশের জন্য পূর্বানুমতি প্রয়োজন। অনুমতির জন্য আমাদের সাথে যোগাযোগ করুন।",
        "republish=cond:permission",
    ),
    ("bn", "মেশিন লার্নিং বা বৃহৎ ভাষা মডেলের জন্য কনটেন্ট ব্যবহার নিষিদ্ধ।", "ai3=deny"),
    ("bn", "অবাণিজ্যিক উদ্দেশ্যে সূত্র উল্লেখ করে লেখা প্রকাশ করা যাবে।", "republish=cond:attribution"),
    ("bn", "আমরা জেনারেটিভ এআইকে আমাদের সংবাদ ব্যবহারের অনুমতি দিই না।", "ai3=deny"),
    ("bn", "ওয়েবসাইট স্ক্র্যাপিং কঠোরভাবে নিষিদ্ধ।", "crawl=deny"),
    ("bn", "অনুমতি ছাড়া এই সাইটের ছবি ও লেখা কপি করা বেআইনি।", "republish=cond:permission"),
    ("bn", "সার্চ ইঞ্জিন ওয়েবসাইট ইনডেক্স করতে পারে, কিন্তু এআই প্রশিক্ষণ নিষিদ্ধ।", "search=allow ai=deny"),
    ("bn", "এআই কোম্পানিগুলোকে আমাদের কনটেন্ট ব্যবহারের জন্য লাইসেন্স নিতে হবে।", "ai3=cond:licence"),
    ("bn", "আমাদের প্রতিবেদন নকল, সম্পাদনা বা বিতরণ করা যাবে না।", "republish=deny"),
    ("bn", "অনুগ্রহ করে অনুমতি ছাড়া আমাদের সংবাদ কপি করবেন না।", "republish=cond:permission"),
    (
        "ta",
        "அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை. எழுத்துப்பூர்வ அனுமதியின்றி இந்த இணையதளத்தின் உள்ளடக்கத்தை மறுபிரசுரம் செய்வது தடைசெய்யப்பட்டுள்ளது.",
        "republish=cond:written-permission",
    ),
    ("ta", "எங்கள் உள்ளடக்கத்தை செயற்கை நுண்ணறிவுக்குப் பயிற்சி அளிக்கப் பயன்படுத்தக் கூடாது.", "ai=deny"),
    (
        "ta",
        "இந்தத் தளத்திலிருந்து தரவுகளைச் சேகரிக்க போட்கள் அல்லது தானியங்கி கருவிகளைப் பயன்படுத்துவது தடைசெய்யப்பட்டுள்ளது.",
        "crawl=deny",
    ),
    (
        "ta",
        "உரிமம் இல்லாமல் எங்கள் உள்ளடக்கத்தில் உரை மற்றும் தரவுச் சுரங்கம் செய்வது தடைசெய்யப்பட்டுள்ளது.",
        "ai=cond:licence",
    ),
    ("ta", "மூலத்தைக் குறிப்பிட்டு இந்தக் கட்டுரையைப் பகிரலாம்.", "republish=cond:attribution"),
    ("ta", "தேடுபொறிகளைத் தவிர வேறு எந்த கிராலருக்கும் அனுமதி இல்லை.", "crawl=deny search=allow"),
    ("ta", "எங்கள் கட்டுரைகளை நகலெடுக்கக் கூடாது.", "republish=deny"),
    (
        "ta",
        "மீண்டும் வெளியிட முன் அனுமதி தேவை. அனுமதிக்கு எங்களைத் தொடர்பு கொள்ளவும்.",
        "republish=cond:permission",
    ),
    (
        "ta",
        "இயந்திரக் கற்றல் அல்லது பெரிய மொழி மாதிரிகளுக்கு உள்ளடக்கத்தைப் பயன்படுத்துவது தடைசெய்யப்பட்டுள்ளது.",
        "ai3=deny",
    ),
    ("ta", "வணிக நோக்கமற்ற பயன்பாட்டுக்கு மூலத்தைக் குறிப்பிட்டு வெளியிடலாம்.", "republish=cond:attribution"),
    ("ta", "இணையதளத்தை ஸ்கிராப் செய்வது கண்டிப்பாகத் தடைசெய்யப்பட்டுள்ளது.", "crawl=deny"),
    (
        "ta",
        "தேடுபொறிகள் இணையதளத்தை அட்டவணைப்படுத்தலாம், ஆனால் AI பயிற்சிக்கு அனுமதி இல்லை.",
        "search=allow ai=deny",
    ),
    ("ta", "எங்கள் கட்டுரைகளை நகலெடுக்கவோ, மாற்றவோ, விநியோகிக்கவோ கூடாது.", "republish=deny"),
    ("ta", "AI நிறுவனங்கள் எங்கள் உள்ளடக்கத்தைப் பயன்படுத்த உரிமம் பெற வேண்டும்.", "ai3=cond:licence"),
    ("ta", "அனுமதியின்றி எங்கள் செய்திகளை நகலெடுக்க வேண்டாம்.", "republish=cond:permission"),
    (
        "th",
        "สงวนลิขสิทธิ์ ห้ามคัดลอก ดัดแปลง หรือเผยแพร่เนื้อหาในเว็บไซต์นี้โดยไม่ได้รับอนุญาตเป็นลายลักษณ์อักษร",
        "republish=cond:written-permission",
    ),
    ("th", "ห้ามนำเนื้อหาของเราไปใช้ฝึกปัญญาประดิษฐ์", "ai=deny"),
    ("th", "ห้ามใช้บอทหรือโปรแกรมอัตโนมัติเก็บข้อมูลจากเว็บไซต์นี้", "crawl=deny"),
    ("th", "การทำเหมืองข้อความและข้อมูลจากเนื้อหานี้ต้องได้รับอนุญาตก่อน", "ai=cond:permission"),
    ("th", "คุณสามารถแบ่งปันบทความนี้ได้โดยระบุแหล่งที่มา", "republish=cond:attribution"),
    ("th", "ห้ามเก็บข้อมูลอัตโนมัติ ยกเว้นเครื่องมือค้นหา", "crawl=deny search=allow"),
    ("th", "ถึงบริษัท AI: เนื้อหาของเราไม่อนุญาตให้ใช้ในการฝึกโมเดล", "ai=deny"),
    ("th", "การนำไปเผยแพร่ซ้ำต้องได้รับอนุญาตก่อน กรุณาติดต่อเราเพื่อขออนุญาต", "republish=cond:permission"),
    ("th", "ห้ามใช้เนื้อหาเพื่อการเรียนรู้ของเครื่องหรือโมเดลภาษาขนาดใหญ่", "ai3=deny"),
    ("th", "อนุญาตให้นำไปใช้เพื่อการศึกษาที่ไม่ใช่เชิงพาณิชย์โดยต้องอ้างอิงแหล่งที่มา", "republish=cond:attribution"),
    ("th", "เราไม่อนุญาตให้ AI เชิงสร้างสรรค์นำข่าวของเราไปใช้", "ai3=deny"),
    ("th", "ห้ามดึงข้อมูลจากเว็บไซต์นี้โดยเด็ดขาด", "crawl=deny"),
    ("th", "ห้ามทำซ้ำ จำหน่าย หรือแจกจ่ายเนื้อหาโดยไม่ได้รับความยินยอม", "republish=cond:permission"),
    ("th", "เครื่องมือค้นหาสามารถจัดทำดัชนีเว็บไซต์ได้ แต่ห้ามนำไปฝึก AI", "search=allow ai=deny"),
    ("th", "บริษัท AI ต้องได้รับใบอนุญาตก่อนนำเนื้อหาของเราไปใช้", "ai3=cond:licence"),
    ("th", "ห้ามทำซ้ำ ดัดแปลง หรือแจกจ่ายบทความของเรา", "republish=deny"),
    ("th", "ห้ามเข้าถึงเว็บไซต์ด้วยวิธีการอัตโนมัติทุกรูปแบบ", "crawl=deny"),
    ("th", "กรุณาอย่าคัดลอกบทความของเราโดยไม่ได้รับอนุญาต", "republish=cond:permission"),
    (
        "vi",
        "Bản quyền thuộc về Báo Tin Mới. Nghiêm cấm sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản.",
        "republish=cond:written-permission",
    ),
    ("vi", "Không được sử dụng nội dung của chúng tôi để huấn luyện trí tuệ nhân tạo.", "ai=deny"),
    (
        "vi",
        "Cấm sử dụng bot, công cụ thu thập dữ liệu tự động để truy cập trang web này.",
        "crawl=deny",
    ),
    (
        "vi",
        "Việc khai thác văn bản và dữ liệu đối với nội dung này bị cấm nếu không có giấy phép.",
        "ai=cond:licence",
    ),
    (
        "vi",
        "Bạn có thể chia sẻ bài viết này với điều kiện ghi rõ nguồn.",
        "republish=cond:attribution",
    ),
    (
        "vi",
        "Nội dung được cấp phép theo giấy phép Creative Commons Ghi công 4.0.",
        "republish=cond:attribution",
    ),
    (
        "vi",
        "Cấm thu thập dữ liệu tự động, ngoại trừ các công cụ tìm kiếm.",
        "crawl=deny search=allow",
    ),
    (
        "vi",
        "Gửi các công ty AI: nội dung của chúng tôi không được dùng để huấn luyện mô hình.",
        "ai=deny",
    ),
    (
        "vi",
        "Bạn không được:\n- sao chép bài viết của chúng tôi\n- dùng phần mềm tự động để tải nội dung",
        "republish=deny crawl=deny",
    ),
    (
        "vi",
        "Mọi hình thức đăng tải lại phải được sự cho phép. Vui lòng liên hệ với chúng tôi để được cấp phép.",
        "republish=cond:permission",
    ),
    ("vi", "Nghiêm cấm sử dụng nội dung cho học máy hoặc mô hình ngôn ngữ lớn (LLM).", "ai3=deny"),
    (
        "vi",
        "Được phép trích dẫn cho mục đích phi thương mại và phải ghi rõ nguồn.",
        "republish=cond:attribution",
    ),
    ("vi", "Chúng tôi không cho phép AI tạo sinh sử dụng tin bài của chúng tôi.", "ai3=deny"),
    (
        "vi",
        "Không được dùng bài viết của chúng tôi làm dữ liệu cho chatbot hoặc bản tóm tắt AI.",
        "ai-input=deny",
    ),
    ("vi", "Trích dẫn lại phải ghi rõ nguồn.", "republish=cond:attribution"),
    ("vi", "Chúng tôi bảo lưu quyền khai thác văn bản và dữ liệu.", "ai=deny"),
    ("vi", "Cấm cào dữ liệu từ website này.", "crawl=deny"),
    (
        "vi",
        "Mọi hành vi sao chép, đăng tải lại, phân phối nội dung khi chưa được sự đồng ý bằng văn bản của chúng tôi đều bị nghiêm cấm.",
        "republish=cond:written-permission",
    ),
    (
        "vi",
        "Nghiêm cấm sử dụng robot, spider hoặc các phương tiện tự động khác để truy cập website.",
        "crawl=deny",
    ),
    (
        "vi",
        "Công cụ tìm kiếm được phép lập chỉ mục trang web, nhưng không được phép huấn luyện AI.",
        "search=allow ai=deny",
    ),
    (
        "vi",
        "Các công ty AI phải có giấy phép trước khi sử dụng nội dung của chúng tôi.",
        "ai3=cond:licence",
    ),
    ("vi", "Không được tái bản, dịch hoặc chỉnh sửa bài viết.", "republish=deny"),
    ("vi", "Vui lòng không sao chép bài viết khi chưa xin phép.", "republish=cond:permission"),
    (
        "id",
        "Hak cipta dilindungi undang-undang. Dilarang mengutip, menyalin, atau memperbanyak sebagian atau seluruh isi situs ini tanpa izin tertulis dari penerbit.",
        "republish=cond:written-permission",
    ),
    (
        "id",
        "Seluruh konten di situs ini tidak boleh digunakan untuk melatih model kecerdasan buatan.",
        "ai=deny",
    ),
    (
        "id",
        "Kami melarang penggunaan bot, scraper, atau alat otomatis lainnya untuk mengakses situs kami.",
        "crawl=deny",
    ),
    (
        "id",
        "Penambangan teks dan data atas konten kami tanpa lisensi tidak diperkenankan.",
        "ai=cond:licence",
    ),
    (
        "id",
        "Artikel ini boleh disebarluaskan dengan mencantumkan sumber dan tautan ke artikel asli.",
        "republish=cond:attribution",
    ),
    (
        "id",
        "Konten ini dilisensikan di bawah Creative Commons Atribusi 4.0 Internasional.",
        "republish=cond:attribution",
    ),
    (
        "id",
        "Dilarang melakukan crawling terhadap situs ini, kecuali oleh mesin pencari.",
        "crawl=deny search=allow",
    ),
    ("id", "Kepada perusahaan AI: konten kami tidak boleh dipakai untuk pelatihan.", "ai=deny"),
    (
        "id",
        "Anda dilarang:\n- menyalin artikel kami\n- mengunduh konten secara massal menggunakan perangkat lunak otomatis",
        "republish=deny crawl=deny",
    ),
    (
        "id",
        "Dilarang memuat ulang berita kami. Untuk izin, silakan hubungi redaksi.",
        "republish=cond:permission",
    ),
    (
        "id",
        "Penggunaan konten kami untuk pembelajaran mesin atau model bahasa besar (LLM) memerlukan perjanjian lisensi tertulis.",
        "ai3=cond:written-permission",
    ),
    (
        "id",
        "Konten boleh dikutip untuk keperluan nonkomersial dengan menyebutkan sumbernya.",
        "republish=cond:attribution",
    ),
    (
        "id",
        "Setiap bentuk pengambilan konten secara otomatis, termasuk scraping dan crawling, dilarang keras.",
        "crawl=deny",
    ),
    ("id", "Penerbit secara tegas mencadangkan hak atas penambangan teks dan data.", "ai=deny"),
    ("id", "Kami tidak mengizinkan konten kami digunakan oleh AI generatif.", "ai3=deny"),
    (
        "id",
        "Dilarang menggunakan artikel kami sebagai masukan bagi chatbot atau ringkasan AI.",
        "ai-input=deny",
    ),
    (
        "id",
        "Pengguna tidak diperkenankan menggunakan robot, spider, atau perangkat otomatis lainnya untuk mengumpulkan data dari situs.",
        "crawl=deny",
    ),
    (
        "id",
        "Tanpa persetujuan tertulis sebelumnya dari kami, Anda tidak boleh menerbitkan kembali, menjual, atau mendistribusikan konten ini.",
        "republish=cond:written-permission",
    ),
    (
        "id",
        "Pemanfaatan materi ini untuk tujuan komersial hanya dapat dilakukan berdasarkan lisensi.",
        "republish=cond:licence",
    ),
    (
        "id",
        "Media lain dipersilakan mengutip berita ini dengan menyertakan nama media kami sebagai sumber.",
        "republish=cond:attribution",
    ),
    ("id", "Pengarsipan halaman ini oleh pihak ketiga tidak diizinkan.", "archive=deny"),
    (
        "id",
        "Situs ini menolak penggunaan isinya untuk pengembangan sistem kecerdasan artifisial.",
        "ai=deny",
    ),
    ("id", "Konten kami tidak boleh dijadikan data latih untuk model AI.", "ai=deny"),
    (
        "id",
        "Dilarang keras menjiplak atau menayangkan kembali konten kami tanpa izin.",
        "republish=cond:permission",
    ),
    (
        "id",
        "Pengguna dilarang mengakses situs ini dengan cara otomatis, termasuk robot, spider, atau scraper, tanpa persetujuan tertulis kami.",
        "crawl=cond:written-permission",
    ),
    (
        "id",
        "Kami tidak memberikan lisensi kepada pengembang AI untuk menggunakan konten kami sebagai data latih.",
        "ai=deny",
    ),
    (
        "id",
        "Silakan mengutip artikel ini untuk tujuan nonkomersial.",
        "republish=cond:non-commercial",
    ),
    (
        "id",
        "Untuk perusahaan kecerdasan buatan: seluruh hak penambangan teks dan data dicadangkan.",
        "ai=deny",
    ),
    (
        "id",
        "Seluruh artikel dapat dibaca gratis, namun tidak boleh dijual kembali.",
        "republish=deny",
    ),
    (
        "id",
        "Jangan asal comot konten kami ya, minta izin dulu ke redaksi.",
        "republish=cond:permission",
    ),
    (
        "ms",
        "Hak cipta terpelihara. Tiada mana-mana bahagian daripada laman web ini boleh diterbitkan semula tanpa kebenaran bertulis daripada penerbit.",
        "republish=cond:written-permission",
    ),
    ("ms", "Kandungan kami tidak boleh digunakan untuk melatih kecerdasan buatan.", "ai=deny"),
    (
        "ms",
        "Pengikisan data dan penggunaan bot untuk mengakses laman ini adalah dilarang.",
        "crawl=deny",
    ),
    (
        "ms",
        "Perlombongan teks dan data ke atas kandungan ini adalah dilarang tanpa lesen.",
        "ai=cond:licence",
    ),
    (
        "ms",
        "Anda dibenarkan berkongsi artikel ini dengan syarat sumbernya dinyatakan.",
        "republish=cond:attribution",
    ),
    (
        "ms",
        "Karya ini dilesenkan di bawah Lesen Creative Commons Atribusi 4.0 Antarabangsa.",
        "republish=cond:attribution",
    ),
    ("ms", "Perangkak tidak dibenarkan kecuali enjin carian.", "crawl=deny search=allow"),
    (
        "ms",
        "Kepada syarikat AI: kandungan kami tidak boleh digunakan untuk latihan model.",
        "ai=deny",
    ),
    (
        "ms",
        "Anda tidak boleh:\n- menyalin atau mengedarkan artikel kami\n- menggunakan perisian automatik untuk memuat turun kandungan",
        "republish=deny crawl=deny",
    ),
    (
        "ms",
        "Sebarang penerbitan semula memerlukan kebenaran terlebih dahulu. Sila hubungi kami untuk mendapatkan kebenaran.",
        "republish=cond:permission",
    ),
    (
        "ms",
        "Penggunaan kandungan untuk pembelajaran mesin atau model bahasa besar adalah dilarang sama sekali.",
        "ai3=deny",
    ),
    (
        "ms",
        "Kandungan boleh diterbitkan semula untuk tujuan bukan komersial dengan memberikan kredit kepada penulis.",
        "republish=cond:attribution",
    ),
    ("ms", "Pengumpulan data secara automatik daripada laman ini tidak dibenarkan.", "crawl=deny"),
    ("ms", "Semua hak perlombongan teks dan data adalah terpelihara.", "ai=deny"),
    ("ms", "Kami tidak membenarkan kandungan kami digunakan oleh AI generatif.", "ai3=deny"),
    (
        "ms",
        "Dilarang menggunakan berita kami dalam jawapan chatbot atau ringkasan AI.",
        "ai-input=deny",
    ),
    (
        "ms",
        "Mengambil, menyalin atau menyiarkan semula bahan dari laman ini tanpa kebenaran adalah satu kesalahan.",
        "republish=cond:permission",
    ),
    ("ms", "Pengarkiban laman ini tidak dibenarkan.", "archive=deny"),
    (
        "ms",
        "Anda tidak dibenarkan menggunakan robot, labah-labah atau pengikis untuk mengakses laman web ini.",
        "crawl=deny",
    ),
    (
        "ms",
        "Kandungan ini tidak boleh disalin, diubah suai atau diedarkan semula dalam apa jua bentuk.",
        "republish=deny",
    ),
    (
        "ms",
        "Syarikat AI perlu mendapatkan lesen sebelum menggunakan kandungan kami.",
        "ai3=cond:licence",
    ),
    (
        "ms",
        "Enjin carian dibenarkan mengindeks laman ini tetapi latihan AI adalah dilarang.",
        "search=allow ai=deny",
    ),
    ("ms", "Tolong jangan ciplak artikel kami tanpa kebenaran.", "republish=cond:permission"),
    (
        "tl",
        "Lahat ng karapatan ay nakalaan. Walang bahagi ng website na ito ang maaaring kopyahin nang walang nakasulat na pahintulot.",
        "republish=cond:written-permission",
    ),
    (
        "tl",
        "Ipinagbabawal ang paggamit ng aming nilalaman upang sanayin ang artificial intelligence.",
        "ai=deny",
    ),
    ("tl", "Bawal ang pag-scrape o pag-crawl sa site na ito gamit ang mga bot.", "crawl=deny"),
    (
        "tl",
        "Hindi pinapayagan ang text and data mining sa aming mga artikulo nang walang lisensya.",
        "ai=cond:licence",
    ),
    (
        "tl",
        "Maaari ninyong ibahagi ang artikulong ito basta't banggitin ang pinagmulan.",
        "republish=cond:attribution",
    ),
    (
        "tl",
        "Ang akdang ito ay lisensyado sa ilalim ng Creative Commons Attribution 4.0.",
        "republish=cond:attribution",
    ),
    ("tl", "Ipinagbabawal ang pag-crawl maliban sa mga search engine.", "crawl=deny search=allow"),
    (
        "tl",
        "Sa mga kumpanya ng AI: hindi maaaring gamitin ang aming nilalaman para sa pagsasanay.",
        "ai=deny",
    ),
    (
        "tl",
        "Hindi ninyo maaaring:\n- kopyahin ang aming mga artikulo\n- gumamit ng awtomatikong kasangkapan para mangolekta ng datos",
        "republish=deny crawl=deny",
    ),
    (
        "tl",
        "Mahigpit na ipinagbabawal ang muling paglalathala nang walang pahintulot. Makipag-ugnayan sa amin para sa pahintulot.",
        "republish=cond:permission",
    ),
    (
        "tl",
        "Hindi pinahihintulutan ang paggamit ng nilalaman para sa machine learning o large language models.",
        "ai3=deny",
    ),
    (
        "tl",
        "Maaaring muling ilathala ang artikulo para sa hindi pangkomersyal na layunin.",
        "republish=cond:non-commercial",
    ),
    (
        "tl",
        "Ipinagbabawal ang awtomatikong pangongolekta ng datos mula sa site na ito.",
        "crawl=deny",
    ),
    (
        "tl",
        "Hindi namin pinapayagan ang generative AI na gamitin ang aming mga balita.",
        "ai3=deny",
    ),
    (
        "tl",
        "Ang pagkopya, pamamahagi, o pagbebenta ng nilalaman nang walang nakasulat na pahintulot ay labag sa batas.",
        "republish=cond:written-permission",
    ),
    ("tl", "Nakalaan sa amin ang lahat ng karapatan sa text and data mining.", "ai=deny"),
    (
        "tl",
        "Hindi pinahihintulutan ang muling pamamahagi ng nilalaman nang walang pahintulot ng may-ari.",
        "republish=cond:permission",
    ),
    ("tl", "Huwag kopyahin o ipamahagi ang aming mga artikulo.", "republish=deny"),
    (
        "tl",
        "Pinapayagan ang mga search engine na i-index ang site, ngunit hindi ang pagsasanay ng AI.",
        "search=allow ai=deny",
    ),
    (
        "tl",
        "Kailangan ng lisensya para gamitin ang aming nilalaman sa pagsasanay ng AI.",
        "ai=cond:licence",
    ),
    ("tl", "Bawal kopyahin ang mga litrato nang walang paalam.", "republish=cond:permission"),
    (
        "sw",
        "Haki zote zimehifadhiwa. Hairuhusiwi kunakili sehemu yoyote ya tovuti hii bila ruhusa ya maandishi kutoka kwa mchapishaji.",
        "republish=cond:written-permission",
    ),
    ("sw", "Maudhui yetu hayaruhusiwi kutumika kufunza akili bandia.", "ai=deny"),
    (
        "sw",
        "Ni marufuku kutumia roboti au programu za kiotomatiki kukusanya taarifa kutoka tovuti hii.",
        "crawl=deny",
    ),
    (
        "sw",
        "Uchimbaji wa maandishi na data kwenye maudhui haya umekatazwa bila leseni.",
        "ai=cond:licence",
    ),
    ("sw", "Unaweza kushiriki makala hii mradi utaje chanzo.", "republish=cond:attribution"),
    (
        "sw",
        "Kazi hii imepewa leseni chini ya Creative Commons Attribution 4.0.",
        "republish=cond:attribution",
    ),
    (
        "sw",
        "Utambazaji wa tovuti hii hauruhusiwi isipokuwa kwa injini za utafutaji.",
        "crawl=deny search=allow",
    ),
    ("sw", "Kwa makampuni ya AI: maudhui yetu hayawezi kutumika kwa mafunzo.", "ai=deny"),
    (
        "sw",
        "Huruhusiwi:\n- kunakili makala zetu\n- kupakua maudhui kwa kutumia programu za kiotomatiki",
        "republish=deny crawl=deny",
    ),
    (
        "sw",
        "Kuchapisha upya makala zetu kunahitaji idhini ya maandishi. Wasiliana nasi kwa ruhusa.",
        "republish=cond:written-permission",
    ),
    (
        "sw",
        "Matumizi ya maudhui kwa ujifunzaji wa mashine au miundo mikubwa ya lugha yamepigwa marufuku.",
        "ai3=deny",
    ),
    (
        "sw",
        "Makala inaweza kuchapishwa upya kwa matumizi yasiyo ya kibiashara.",
        "republish=cond:non-commercial",
    ),
    ("sw", "Hatuiruhusu AI zalishi kutumia habari zetu.", "ai3=deny"),
    (
        "sw",
        "Kunakili, kusambaza au kuuza maudhui haya bila ridhaa yetu ni kosa.",
        "republish=cond:permission",
    ),
    (
        "sw",
        "Ni marufuku kuchapisha tena, kunakili au kusambaza makala hizi bila idhini ya maandishi.",
        "republish=cond:written-permission",
    ),
    (
        "sw",
        "Injini za utafutaji zinaruhusiwa kuorodhesha tovuti hii, lakini mafunzo ya akili bandia hayaruhusiwi.",
        "search=allow ai=deny",
    ),
    ("sw", "Makampuni ya AI yanahitaji leseni kutumia maudhui yetu.", "ai3=cond:licence"),
    ("sw", "Tafadhali usinakili makala zetu bila ruhusa.", "republish=cond:permission"),
    (
        "zh",
        "版权所有，未经书面许可，不得转载、摘编或以其他方式使用本网站内容。",
        "republish=cond:written-permission",
    ),
    ("zh", "禁止将本站内容用于训练人工智能模型。", "ai=deny"),
    ("zh", "严禁使用爬虫、机器人或其他自动化手段抓取本网站数据。", "crawl=deny"),
    ("zh", "未经授权，禁止对本站内容进行文本与数据挖掘。", "ai=cond:permission"),
    ("zh", "欢迎转载，请注明出处并附上原文链接。", "republish=cond:attribution"),
    ("zh", "本作品采用知识共享署名 4.0 国际许可协议进行许可。", "republish=cond:attribution"),
    ("zh", "除搜索引擎外，禁止任何爬虫访问本站。", "crawl=deny search=allow"),
    ("zh", "致人工智能公司：本站内容不得用于模型训练。", "ai=deny"),
    ("zh", "您不得：\n- 复制本站文章\n- 使用自动化程序批量下载内容", "republish=deny crawl=deny"),
    ("zh", "本站内容不得用于机器学习或大语言模型的训练。", "ai=deny"),
    ("zh", "我们不允许生成式人工智能使用本站新闻。", "ai3=deny"),
    ("zh", "本網站所有內容未經授權不得轉載。", "republish=cond:permission"),
    ("zh", "禁止利用本站內容訓練人工智慧。", "ai=deny"),
    ("zh", "禁止將本站文章用於AI摘要或聊天機器人回答。", "ai-input=deny"),
    ("zh", "搜索引擎可以索引本站，但禁止用于人工智能训练。", "search=allow ai=deny"),
    ("zh", "人工智能公司须取得授权许可后方可使用本站内容。", "ai3=cond"),
    ("zh", "严禁复制、修改或传播本站文章。", "republish=deny"),
    (
        "zh",
        "未經本網站書面同意，任何人不得以爬蟲程式擷取本網站資料。",
        "crawl=cond:written-permission",
    ),
    ("zh", "本文仅供个人学习参考，禁止用于商业用途。", "republish=cond:non-commercial"),
    ("zh", "请勿未经允许搬运本站内容。", "republish=cond:permission"),
    ("ja", "当サイトに掲載されている記事・写真の無断転載を禁じます。", "republish=cond:permission"),
    ("ja", "本サイトのコンテンツを人工知能の学習に利用することを禁止します。", "ai=deny"),
    ("ja", "クローラー、ボット等の自動化ツールによる情報収集は禁止されています。", "crawl=deny"),
    (
        "ja",
        "当社の許諾なく、本コンテンツをテキスト・データマイニングに利用することはできません。",
        "ai=cond:permission",
    ),
    ("ja", "出典を明記すれば、記事を共有していただいて構いません。", "republish=cond:attribution"),
    (
        "ja",
        "この作品はクリエイティブ・コモンズ 表示 4.0 国際 ライセンスの下に提供されています。",
        "republish=cond:attribution",
    ),
    ("ja", "検索エンジンを除き、クローラーによるアクセスを禁止します。", "crawl=deny search=allow"),
    ("ja", "AI事業者の皆様へ：当サイトのコンテンツを学習に使用しないでください。", "ai=deny"),
    (
        "ja",
        "以下の行為を禁止します：\n- 記事の複製\n- 自動化プログラムによる一括ダウンロード",
        "republish=deny crawl=deny",
    ),
    (
        "ja",
        "転載をご希望の場合は、事前に当社までお問い合わせください。",
        "republish=cond:permission",
    ),
    ("ja", "機械学習や大規模言語モデルの学習データとしての利用は固くお断りします。", "ai=deny"),
    ("ja", "非営利目的に限り、出典を明記の上で転載可能です。", "republish=cond"),
    ("ja", "生成AIによる当サイトのニュースの利用を許可していません。", "ai3=deny"),
    ("ja", "本サイトの文章を複製、改変、再配布することを禁じます。", "republish=deny"),
    ("ja", "記事をAIによる要約や回答の生成に使用することを禁じます。", "ai-input=deny"),
    (
        "ja",
        "検索エンジンによるインデックスは許可しますが、AI学習への利用は禁止します。",
        "search=allow ai=deny",
    ),
    (
        "ja",
        "AI事業者が当社コンテンツを利用するには、ライセンス契約が必要です。",
        "ai3=cond:licence",
    ),
    ("ja", "記事の複製、改変、頒布を固く禁じます。", "republish=deny"),
    ("ja", "自動巡回プログラムによるアクセスを禁止します。", "crawl=deny"),
    ("ja", "記事の無断転載・無断使用はご遠慮ください。", "republish=cond:permission"),
    ("ko", "무단 전재 및 재배포 금지.", "republish=cond:permission"),
    ("ko", "본 사이트의 콘텐츠를 인공지능 학습에 이용하는 것을 금지합니다.", "ai=deny"),
    ("ko", "크롤러, 봇 등 자동화된 수단으로 데이터를 수집하는 행위를 금지합니다.", "crawl=deny"),
    (
        "ko",
        "사전 서면 동의 없이 본 콘텐츠를 텍스트 및 데이터 마이닝에 이용할 수 없습니다.",
        "ai=cond:written-permission",
    ),
    ("ko", "출처를 밝히면 기사를 공유할 수 있습니다.", "republish=cond:attribution"),
    (
        "ko",
        "이 저작물은 크리에이티브 커먼즈 저작자표시 4.0 국제 라이선스에 따라 이용할 수 있습니다.",
        "republish=cond:attribution",
    ),
    ("ko", "검색엔진을 제외한 모든 크롤러의 접근을 금지합니다.", "crawl=deny search=allow"),
    ("ko", "AI 기업에 알림: 당사 콘텐츠는 모델 학습에 사용할 수 없습니다.", "ai=deny"),
    (
        "ko",
        "다음 행위를 금지합니다:\n- 기사의 복제\n- 자동화 프로그램을 이용한 대량 다운로드",
        "republish=deny crawl=deny",
    ),
    (
        "ko",
        "기사 전재를 원하시면 사전에 허락을 받으시기 바랍니다. 문의는 편집국으로 연락 주십시오.",
        "republish=cond:permission",
    ),
    ("ko", "기계 학습 또는 대규모 언어 모델 학습을 위한 콘텐츠 이용을 금지합니다.", "ai=deny"),
    ("ko", "비영리 목적에 한하여 출처를 표시하고 전재할 수 있습니다.", "republish=cond"),
    ("ko", "당사는 생성형 AI가 당사 뉴스를 이용하는 것을 허용하지 않습니다.", "ai3=deny"),
    (
        "ko",
        "본 콘텐츠의 저작권은 당사에 있으며, 무단 복제를 금합니다.",
        "republish=cond:permission",
    ),
    ("ko", "기사를 AI 요약이나 챗봇 답변에 활용하는 것을 금지합니다.", "ai-input=deny"),
    (
        "ko",
        "검색엔진의 색인은 허용하지만, AI 학습에 이용하는 것은 금지합니다.",
        "search=allow ai=deny",
    ),
    ("ko", "AI 기업이 당사 콘텐츠를 이용하려면 라이선스 계약이 필요합니다.", "ai3=cond:licence"),
    ("ko", "기사의 복제, 변경, 배포를 금지합니다.", "republish=deny"),
    ("ko", "자동화된 프로그램을 이용한 무단 수집을 금지합니다.", "crawl=cond:permission"),
    ("ko", "허락 없이 기사를 퍼가지 마세요.", "republish=cond:permission"),
]

# Sentences that state nothing: reported, statute, cookie, newsletter, terms-change, product.
NOTHING: list[tuple[str, str]] = [
    ("fa", "سخنگوی شرکت گفت این روزنامه استفاده ربات‌های هوش مصنوعی را ممنوع کرده است."),
    ("fa", "ما از کوکی‌ها برای بهبود تجربه شما استفاده می‌کنیم."),
    ("fa", "برای دریافت خبرنامه ثبت‌نام کنید."),
    ("fa", "ما حق تغییر این شرایط را در هر زمان برای خود محفوظ می‌داریم."),
    ("fa", "این کفش در سه رنگ موجود است."),
    ("fa", "طبق ماده ۲۳ قانون حمایت حقوق مؤلفان، نشر اثر دیگری بدون اجازه ممنوع است."),
    ("ur", "کمپنی کے ترجمان نے کہا کہ اخبار نے اے آئی بوٹس پر پابندی لگا دی ہے۔"),
    ("ur", "ہم آپ کے تجربے کو بہتر بنانے کے لیے کوکیز استعمال کرتے ہیں۔"),
    ("ur", "ہمارے نیوز لیٹر کے لیے سائن اپ کریں۔"),
    ("ur", "ہم کسی بھی وقت ان شرائط کو تبدیل کرنے کا حق محفوظ رکھتے ہیں۔"),
    ("hi", "कंपनी के प्रवक्ता ने कहा कि अखबार ने एआई बॉट्स पर प्रतिबंध लगा दिया है।"),
    ("hi", "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।"),
    ("hi", "हमारे न्यूज़लेटर के लिए साइन अप करें।"),
    ("hi", "हम किसी भी समय इन शर्तों को बदलने का अधिकार सुरक्षित रखते हैं।"),
    ("hi", "कॉपीराइट अधिनियम की धारा 51 के अनुसार बिना अनुमति पुनरुत्पादन उल्लंघन है।"),
    ("bn", "কোম্পানির মুখপাত্র বলেছেন, পত্রিকাটি এআই বট নিষিদ্ধ করেছে।"),
    ("bn", "আপনার অভিজ্ঞতা উন্নত করতে আমরা কুকি ব্যবহার করি।"),
    ("bn", "আমাদের নিউজলেটারে সাবস্ক্রাইব করুন।"),
    ("bn", "আমরা যেকোনো সময় এই শর্তাবলি পরিবর্তনের অধিকার সংরক্ষণ করি।"),
    ("ta", "பத்திரிகை AI போட்களைத் தடை செய்துள்ளதாக நிறுவனத்தின் செய்தித் தொடர்பாளர் கூறினார்."),
    ("ta", "உங்கள் அனுபவத்தை மேம்படுத்த நாங்கள் குக்கீகளைப் பயன்படுத்துகிறோம்."),
    ("ta", "எங்கள் செய்திமடலுக்குப் பதிவு செய்யுங்கள்."),
    ("th", "โฆษกของบริษัทกล่าวว่าหนังสือพิมพ์ได้ห้ามบอท AI แล้ว"),
    ("th", "เราใช้คุกกี้เพื่อปรับปรุงประสบการณ์ของคุณ"),
    ("th", "สมัครรับจดหมายข่าวของเรา"),
    ("th", "เราขอสงวนสิทธิ์ในการเปลี่ยนแปลงข้อกำหนดนี้โดยไม่ต้องแจ้งให้ทราบล่วงหน้า"),
    ("th", "ตามมาตรา 27 แห่งพระราชบัญญัติลิขสิทธิ์ การทำซ้ำงานโดยไม่ได้รับอนุญาตถือเป็นการละเมิดลิขสิทธิ์"),
    ("vi", "Theo người phát ngôn, tờ báo đã cấm các bot AI thu thập dữ liệu."),
    ("vi", "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn."),
    ("vi", "Đăng ký nhận bản tin của chúng tôi."),
    ("vi", "Chúng tôi có quyền thay đổi các điều khoản này bất cứ lúc nào."),
    ("vi", "Giày này có ba màu."),
    ("vi", "Chúng tôi không bán dữ liệu cá nhân của bạn."),
    (
        "vi",
        "Theo Điều 28 Luật Sở hữu trí tuệ, sao chép tác phẩm mà không được phép là hành vi xâm phạm quyền tác giả.",
    ),
    ("vi", "Tờ báo này đã kiện công ty AI vì sao chép hàng nghìn bài báo."),
    ("id", "Menurut juru bicara perusahaan, situs itu melarang scraping oleh bot AI."),
    ("id", "Kami menggunakan cookie untuk meningkatkan pengalaman Anda."),
    ("id", "Daftar sekarang untuk menerima buletin harian kami."),
    ("id", "Kami berhak mengubah syarat dan ketentuan ini sewaktu-waktu."),
    ("id", "Sepatu ini tersedia dalam tiga warna dan dapat dicuci dengan mesin."),
    ("id", "Harian itu menggugat perusahaan AI karena menyalin ribuan artikelnya tanpa izin."),
    ("id", "Kami tidak akan menjual data pribadi Anda kepada pihak ketiga."),
    ("id", "Konten kami tersedia untuk dilisensikan; hubungi tim kemitraan kami."),
    (
        "id",
        "Setiap Orang yang dengan tanpa hak melakukan penggandaan ciptaan dipidana dengan pidana penjara.",
    ),
    ("id", "Perusahaan teknologi itu dituding menyalin jutaan artikel berita untuk melatih AI."),
    ("ms", "Menurut jurucakap syarikat itu, akhbar tersebut melarang pengikisan oleh bot AI."),
    ("ms", "Kami menggunakan kuki untuk menambah baik pengalaman anda."),
    ("ms", "Langgan surat berita kami untuk berita terkini."),
    ("ms", "Kami berhak meminda terma dan syarat ini pada bila-bila masa."),
    ("ms", "Kasut ini boleh dibasuh menggunakan mesin basuh."),
    ("ms", "Kami tidak akan berkongsi data peribadi anda dengan pihak ketiga."),
    (
        "ms",
        "Seksyen 13 Akta Hak Cipta 1987 memperuntukkan hak eksklusif untuk mengawal pengeluaran semula.",
    ),
    ("tl", "Ayon sa tagapagsalita, ipinagbabawal ng pahayagan ang pag-scrape ng mga AI bot."),
    ("tl", "Gumagamit kami ng cookies upang mapabuti ang inyong karanasan."),
    ("tl", "Mag-subscribe sa aming newsletter para sa pinakabagong balita."),
    ("tl", "May karapatan kaming baguhin ang mga tuntuning ito anumang oras."),
    ("tl", "Ang sapatos na ito ay may tatlong kulay."),
    ("sw", "Msemaji wa kampuni alisema gazeti hilo limepiga marufuku roboti za AI."),
    ("sw", "Tunatumia vidakuzi kuboresha huduma zetu."),
    ("sw", "Jiandikishe kupokea jarida letu."),
    ("sw", "Tuna haki ya kubadilisha masharti haya wakati wowote."),
    ("sw", "Viatu hivi vinapatikana kwa rangi tatu."),
    ("sw", "Kwa mujibu wa kifungu cha 9 cha Sheria ya Hakimiliki, kunakili bila ruhusa ni kosa."),
    ("zh", "该公司发言人表示，这家报纸已禁止人工智能爬虫抓取其内容。"),
    ("zh", "我们使用Cookie来改善您的体验。"),
    ("zh", "订阅我们的新闻简报。"),
    ("zh", "我们保留随时修改本条款的权利。"),
    ("zh", "本产品有三种颜色可选。"),
    ("zh", "根据《著作权法》第二十四条，为个人学习使用他人已经发表的作品，可以不经著作权人许可。"),
    ("zh", "据报道，多家媒体已屏蔽OpenAI的爬虫。"),
    ("ja", "同社の広報担当者は、新聞社がAIクローラーを禁止したと述べた。"),
    ("ja", "当サイトではCookieを使用しています。"),
    ("ja", "メールマガジンに登録する"),
    ("ja", "当社は本規約を随時変更できるものとします。"),
    ("ja", "この靴は3色から選べます。"),
    ("ja", "著作権法第30条の4は、情報解析のための複製を認めている。"),
    ("ja", "報道によると、複数の新聞社がAIクローラーを遮断した。"),
    ("ko", "회사 대변인은 신문사가 AI 크롤러를 차단했다고 밝혔다."),
    ("ko", "본 사이트는 쿠키를 사용합니다."),
    ("ko", "뉴스레터를 구독하세요."),
    ("ko", "당사는 언제든지 본 약관을 변경할 수 있습니다."),
    ("ko", "저작권법 제35조의5에 따라 공정이용이 인정될 수 있다."),
    ("ko", "보도에 따르면 여러 언론사가 AI 크롤러를 차단했다."),
]


@pytest.mark.parametrize(("language", "text", "spec"), RESTRICTS)
def test_restriction_is_read(
    read: Callable[..., Effects], language: str, text: str, spec: str
) -> None:
    got = read(text)
    expected = _expected(spec)
    restricted = {p for p, (verdict, _) in got.items() if verdict != "allow"}
    assert restricted == {p for p, v in expected.items() if v != "allow"}, (language, text, got)
    for purpose, want in expected.items():
        verdict, conditions = got[purpose]
        if want == "allow":
            assert verdict == "allow", (language, text, got)
        elif want == "deny":
            assert verdict == "deny", (language, text, got)
        else:
            assert verdict == "conditional", (language, text, got)
            _, _, condition = want.partition(":")
            assert not condition or condition in conditions, (language, text, got)


@pytest.mark.parametrize(("language", "text"), NOTHING)
def test_states_nothing(read: Callable[..., Effects], language: str, text: str) -> None:
    assert read(text) == {}, (language, text)
