"""Round-9 rules: constructions of real news text (own sentences, one per phenomenon).

Each test runs the whole extraction on a sentence written for it: most of these rules
join an actor found by one stage with a trigger found by another.
"""


def test_a_verbal_noun_object_of_an_announcing_verb_is_done_by_its_subject(full):
    # أعلنت X، اليوم، رفضها Y: the noun (with its own pronoun) is the announcer's act, across a dated aside
    got, _ = full("أعلنت الحكومة الأردنية، مساء الأحد، رفضها القرار الذي اتخذته إسرائيل بشأن القدس. "
                  "وقال مسؤول إن القرار باطل.")
    assert any(e[0] == "REJECT" and e[1] == "الأردن" for e in got) or \
        any(e[0] == "REJECT" and "الأردن" in e[1] for e in got)
    # أعرب X عن دعمه لـ Y: the noun after عن
    got, _ = full("وأعرب وزير الخارجية المصري سامح شكري عن دعمه الكامل للحكومة العراقية في حربها على الإرهاب. "
                  "وقال مسؤول إن اللقاء كان مثمرا.")
    assert ("SUPPORT", "سامح شكري", "الحكومة العراقية") in got


def test_an_announcing_verb_without_a_subject_carries_the_clause_subject(full):
    # وأرسلت X …، كما أعلنت تقديم مساعدات إلى Y: the second verb has no subject of its own
    got, _ = full("وأرسلت الكويت فريقا طبيا إلى عمان، كما أعلنت تقديم مساعدات عاجلة إلى اليمن. "
                  "وقال مسؤول إن الفريق وصل.")
    assert ("AID", "الكويت", "اليمن") in got


def test_a_death_announced_is_not_the_announcers_act(full):
    # أعلن الجيش مقتل …: the announcer killed nobody
    got, _ = full("أعلن الجيش الباكستاني مقتل خمسة من جنوده في هجوم لحركة طالبان باكستان. وقال مسؤول إن الهجوم وقع ليلا.")
    assert not any(e[0] == "ASSAULT" and e[1] == "الجيش الباكستاني" for e in got)


def test_aid_is_delivered_to_the_one_after_ila(full):
    # قدمت X مساعدات إلى Y: إلى marks the receiver of help as ل does
    got, _ = full("وكانت الإمارات قد قدمت، الأربعاء، مساعدات إلى السودان. وقال مسؤول إن الشحنة وصلت.")
    assert ("AID", "الإمارات", "السودان") in got


def test_a_preposition_with_a_pronoun_points_back_to_the_other_party(full):
    # أجرى اتصالا هاتفيا معه: "with him" is the man named before, not the caller
    got, _ = full("استقبل الرئيس التونسي قيس سعيد رئيس الحكومة الليبية عبد الحميد الدبيبة في قرطاج، "
                  "وكان قد أجرى اتصالا هاتفيا معه الأسبوع الماضي. وقال مسؤول إن اللقاء كان مثمرا.")
    assert ("CONSULT", "قيس سعيد", "عبد الحميد الدبيبة") in got


def test_her_after_a_state_is_the_state_whatever_its_names_gender(full):
    # والعراق إبان الغزو الأميركي لها: the pronoun is feminine, العراق grammatically masculine
    got, _ = full("وغطى الزميل ملفات كثيرة منها العراق إبان الغزو الأميركي لها. وقال مسؤول إن التغطية كانت شاملة.")
    assert ("ASSAULT", "الولايات المتحدة", "العراق") in got


def test_a_generic_actor_word_is_not_also_its_act(full):
    # أعلنت المعارضة السورية: المعارضة is the opposition (an actor), not an act of opposing
    got, ex = full("أعلنت المعارضة السورية المسلحة أمس مواصلة تقدمها في سهل الغاب. وقال مسؤول إن المعارك مستمرة.")
    assert not any(e[0] == "REJECT" for e in got)


def test_a_speaker_naming_an_attacks_author_accuses_him(full):
    # أعلن X أن Y يقف وراء الهجوم: Y attacked, and X accuses Y (asserted: X did say it)
    got, ex = full("وأعلن وزير الداخلية الفرنسي جان إيف لودريان أن تنظيم داعش يقف وراء الهجوم على الكنيسة. "
                   "وقال مسؤول إن التحقيق مستمر.")
    assert ("ACCUSE", "جان إيف لودريان", "تنظيم الدولة الإسلامية") in got
    acc = [v for v in ex.events if v.type == "ACCUSE"]
    assert acc and all(v.modality == "asserted" for v in acc)
    # رجح مسؤولون أن يكون الهجوم من تنفيذ Y: "carried out by" names the author too
    got, _ = full("ورجح مسؤولون باكستانيون أن يكون التفجير من تنفيذ حركة طالبان. وقال مسؤول إن التحقيق مستمر.")
    assert any(e[0] == "ACCUSE" and "طالبان" in e[2] for e in got)
    # the group's own claim is no accusation, nor the narrator's passive ascription
    got, _ = full("وأعلن تنظيم داعش مسؤوليته عن الهجوم على الكنيسة. وقال مسؤول إن التحقيق مستمر.")
    assert not any(e[0] == "ACCUSE" for e in got)
    got, _ = full("وقدم الرئيس الأمريكي تعازيه لفرنسا في ضحايا الهجوم الذي نسب إلى تنظيم داعش. وقال مسؤول إن التحقيق مستمر.")
    assert not any(e[0] == "ACCUSE" for e in got)


def test_a_say_verb_after_its_subject_names_the_speaker_but_not_across_an_an_clause(full):
    # X أعلن أن …: the speaker before the verb; تفيد بأن Y: Y is what is said, not who says it
    from marsad.extract import attribution as attr
    _, ex = full("إلا أن رئيس الوزراء الباكستاني نواز شريف أعلن أن التحقيقات تفيد بأن حركة طالبان تقف وراء التفجير. "
                 "وقال مسؤول إن التحقيق مستمر.")
    acc = [v for v in ex.events if v.type == "ACCUSE"]
    name = {e.id: e.name_ar for e in ex.entities}
    assert acc and name[acc[0].source] == "نواز شريف"
    assert attr.CLAUSE_OPENERS >= {"ان"}


def test_an_arrest_on_a_charge_is_an_accusation(full):
    # اعتقلت X Y بتهمة …: the arrest, and the charge made by the one who arrests
    got, _ = full("واعتقلت السلطات التركية الصحفي الألماني دنيز يوجل بتهمة الدعاية لمنظمة إرهابية. وقال مسؤول إن التحقيق مستمر.")
    arrests = {(e[1], e[2]) for e in got if e[0] == "COERCE"}
    accusations = {(e[1], e[2]) for e in got if e[0] == "ACCUSE"}
    assert arrests and arrests <= accusations
    # no charge, no accusation
    got, _ = full("واعتقلت السلطات التركية الصحفي الألماني دنيز يوجل في إسطنبول. وقال مسؤول إن التحقيق مستمر.")
    assert not any(e[0] == "ACCUSE" for e in got)


def test_the_stance_on_a_proposal_targets_its_author(full):
    # رفضت X المبادرة التي طرحها Y: the refusal is aimed at the one who proposed
    got, _ = full("أعلنت الحكومة الأردنية، مساء الأحد، رفضها القرار الذي اتخذته إسرائيل بشأن القدس. "
                  "وقال مسؤول إن القرار باطل.")
    assert ("REJECT", "الحكومة الأردنية", "إسرائيل") in got


def test_an_adverbial_participle_after_a_comma_is_the_speakers(full):
    # وقال X إن …، داعيا Y إلى …: the one calling is the speaker of the main clause, not the subject
    # of the reported clause
    got, _ = full("وأكد وزير الخارجية اليمني رياض ياسين أن الحوثيين يحاصرون تعز، مطالبا الأمم المتحدة بالتدخل. "
                  "وقال مسؤول إن الوضع صعب.")
    assert ("REQUEST", "رياض ياسين", "الأمم المتحدة") in got
    assert not any(e[0] == "REQUEST" and e[1] == "جماعة أنصار الله" for e in got)
    # with no speaker, the subject of the sentence's first verb
    got, _ = full("اتهم وزير الخارجية الإيراني محمد جواد ظريف السعودية بدعم الإرهاب، محذرا الرياض من عواقب سياستها. "
                  "وقال مسؤول إن الوضع صعب.")
    assert ("THREATEN", "محمد جواد ظريف", "السعودية") in got


def test_the_international_community_the_media_and_rights_groups_are_actors(full):
    got, _ = full("ودعت الحكومة السودانية المجتمع الدولي إلى الضغط على قوات الدعم السريع. وقال مسؤول إن الوضع صعب.")
    assert ("REQUEST", "الحكومة السودانية", "المجتمع الدولي") in got
    # a broken plural of things agrees with a feminine verb: حذرت وسائل إعلام
    got, _ = full("وحذرت وسائل إعلام روسية من أن أوكرانيا ستكون الهدف التالي. وقال مسؤول إن الوضع صعب.")
    assert any(e[0] == "THREATEN" and "الإعلام" in e[1] for e in got)
    got, _ = full("ودعا وزير العدل العراقي المنظمات الحقوقية إلى زيارة السجون. وقال مسؤول إن الوضع صعب.")
    assert any(e[0] == "REQUEST" and e[2] == "المنظمات الحقوقية" for e in got)


def test_a_verb_right_after_an_indefinite_act_noun_describes_it(full):
    # في عمليات استهدفت تنظيم داعش: the operations targeted ISIS; ISIS is no subject
    got, _ = full("وألقت قوات الأمن التركية القبض على 40 شخصا، في عمليات استهدفت تنظيم داعش في أنحاء البلاد. "
                  "وقال مسؤول إن الحملة مستمرة.")
    assert not any(e[0] == "ASSAULT" and e[1] == "تنظيم الدولة الإسلامية" for e in got)
    # but a visit during which someone meets keeps its visitor
    got, _ = full("ووصل المبعوث الأممي هانس غروندبرغ إلى الرياض، اليوم الخميس، في زيارة يلتقي خلالها الرئيس رشاد العليمي. "
                  "وقال مسؤول إن الزيارة مهمة.")
    assert ("CONSULT", "هانس غروندبرغ", "رشاد العليمي") in got


def test_a_control_verb_passes_its_subject_to_the_verbal_noun(full):
    # تمكن X من دحر Y، وعد X Y بالمساعدة: the one who manages or promises does the act
    got, _ = full("وتمكنت القوات العراقية أمس من تحرير مدينة الرمادي من قبضة تنظيم داعش. وقال مسؤول إن المعارك مستمرة.")
    assert ("ASSAULT", "الجيش العراقي", "تنظيم الدولة الإسلامية") in got
    got, _ = full("ووعد وزير الخارجية الفرنسي لوران فابيوس لبنان بالمساعدة. وقال مسؤول إن الزيارة مهمة.")
    assert ("AID", "لوران فابيوس", "لبنان") in got
    # the fighters of a group (مقاتلي، in its oblique form) are the group
    got, _ = full("حيث تمكن مقاتلي المقاومة الشعبية من دحر الحوثيين من المدينة. وقال مسؤول إن المعارك مستمرة.")
    assert ("ASSAULT", "المقاومة الشعبية", "جماعة أنصار الله") in got


def test_a_conjunction_or_future_prefix_does_not_hide_a_verb(full):
    from marsad.arabic.tokens import tokenize
    from marsad.extract.events import CONTROL_VERBS, _verb_in
    toks = tokenize("ووعد وسيشارك وعدا")
    assert _verb_in(toks[0], CONTROL_VERBS)  # و + وعد (lstrip would leave عد)
    assert _verb_in(toks[1], CONTROL_VERBS)  # و + س + يشارك
    assert not _verb_in(toks[2], CONTROL_VERBS)


def test_a_court_that_rules_passes_the_sentence(full):
    # قضت محكمة في X بالسجن على Y: the court sentences (a place between the court and the sentence)
    got, _ = full("وقضت محكمة في القاهرة بالسجن عشر سنوات على شاب مصري. وقال مسؤول إن الحكم نهائي.")
    assert ("COERCE", "المحكمة المصرية", "المدنيون المصريون") in got


def test_an_unnamed_minister_with_a_nisba_is_his_government(full):
    # وزير العدل العراقي with no name after it is the Iraqi government; with a name, the person
    got, _ = full("ودعا وزير العدل العراقي المنظمات الحقوقية إلى زيارة السجون. وقال مسؤول إن الوضع صعب.")
    assert ("REQUEST", "الحكومة العراقية", "المنظمات الحقوقية") in got
    _, ex = full("وقال وزير الخارجية الأمريكي جون كيري إن الاتفاق جيد. وأضاف أن إيران ستلتزم.")
    assert not any(e.type == "GENERIC" and e.name_ar == "الحكومة الأمريكية" for e in ex.entities)


def test_people_of_a_state_are_civilians_of_it(full):
    # شاب فلسطيني، مواطنين يمنيين: people named by their state, not the state
    got, _ = full("وأطلق الجيش الإسرائيلي النار على مواطنين فلسطينيين في الخليل. وقال مسؤول إن الوضع متوتر.")
    assert ("ASSAULT", "الجيش الإسرائيلي", "المدنيون الفلسطينيون") in got


def test_a_verb_phrase_split_by_its_subject_is_still_the_phrase(full):
    # أطلق الجيش النار على …: أطلق النار with the subject between its two words (VSO)
    got, ex = full("وأطلق مسلحون مجهولون النار على دورية للشرطة العراقية في الموصل. وقال مسؤول إن الوضع متوتر.")
    assert any(e[0] == "ASSAULT" and e[1] == "مسلحون" for e in got)
    assert any(v.mode == "firearms" for v in ex.events if v.type == "ASSAULT")
    from marsad.arabic.tokens import tokenize
    from marsad.extract.triggers import SPLIT_GAP, _split_phrase
    toks = tokenize("أطلق الجنود الإسرائيليون قرب الحدود النار")
    assert _split_phrase(toks, 0, "نار")  # the rest within the gap, with its article
    assert not _split_phrase(tokenize("أطلق الجنود نار"), 0, "نار")
    far = tokenize("أطلق " + "كلمة " * (SPLIT_GAP + 1) + "النار")
    assert not _split_phrase(far, 0, "نار")


def test_a_relative_clause_without_alladhi_after_an_indefinite_actor(full):
    # ميليشيات تدعمها إيران هاجمت القاعدة: the militias are supported (object pronoun ها), and they attack
    got, _ = full("وقال المتحدث إن ميليشيات تدعمها إيران هاجمت قاعدة عين الأسد. وقال مسؤول إن الهجوم فشل.")
    assert ("SUPPORT", "إيران", "الميليشيات") in got
    assert not any(e[0] == "ASSAULT" and e[1] == "إيران" for e in got)
    # with no actor after the verb, nobody is named as the supporter
    got, _ = full("وتقول الولايات المتحدة والمعارضة السورية وجماعات مسلحة تؤيدها هذه الجهات إنه يتعين رحيل الأسد. "
                  "وقال مسؤول ذلك.")
    assert not any(e[0] == "SUPPORT" for e in got)


def test_a_plural_verb_takes_no_single_state_for_subject(full):
    # وأطلقوا صواريخ عبر الحدود السعودية: they (the Houthis) fired, not Saudi Arabia
    got, _ = full("وأضاف أن الحوثيين تسللوا إلى الأراضي السعودية وأطلقوا صواريخ الهاون عبر الحدود السعودية. "
                  "وقال مسؤول إن الهجوم فشل.")
    assert not any(e[0] == "ASSAULT" and e[1] == "السعودية" for e in got)
    # a state joined to a noun (الولايات المتحدة وحلفاؤها) may be one
    got, _ = full("وقال بيان إن الولايات المتحدة وحلفاءها نفذوا 41 ضربة جوية ضد تنظيم داعش. وقال مسؤول ذلك.")
    assert ("ASSAULT", "الولايات المتحدة", "تنظيم الدولة الإسلامية") in got


def test_an_aside_between_the_verb_and_its_object(full):
    # واصل الحزب من جهته شن هجمات على …: من جهته stands between the control verb and the noun
    got, _ = full("وذكرت مصادر تركية إن حزب العمال الكردستاني واصل من جهته شن هجمات على قوات الأمن التركية. "
                  "وقال مسؤول ذلك.")
    assert ("ASSAULT", "حزب العمال الكردستاني", "قوات الأمن التركية") in got


def test_a_conjunction_before_a_first_person_imperfect_is_another_verb(full):
    # واصل is "continued", not و + أصل ("and I arrive")
    got, _ = full("وواصل الجيش السوري قصف مواقع المعارضة في إدلب. وقال مسؤول ذلك.")
    assert not any(e[0] in ("MOBILIZE", "CONSULT") for e in got)


def test_a_generic_head_before_a_named_force_is_the_named_one(full):
    # قيادة قوات التحالف العربي: the command of the coalition's forces is the coalition, not a government
    _, ex = full("دعت قيادة قوات التحالف العربي المواطنين اليمنيين إلى الابتعاد عن مواقع الحوثيين. وقال مسؤول ذلك.")
    assert not any(e.type == "GENERIC" and e.name_ar == "الحكومة" and any(m.text == "قيادة" for m in e.mentions)
                   for e in ex.entities)


def test_an_adverbial_participle_never_takes_the_article(full):
    # الداعية فتح الله غولن: "the preacher", not "calling"
    got, _ = full("واتهم الرئيس التركي رجب طيب أردوغان الداعية فتح الله غولن بتدبير الانقلاب. وقال مسؤول ذلك.")
    assert not any(e[0] == "REQUEST" for e in got)


def test_chronicle_entries_are_dated_by_their_year():
    # "1965 - …": the entry's year; in an "on this day" chronicle, that year's publication day
    from marsad.extract.dates import chronicle_times
    from marsad.records import DateValue
    text = ("تنشر الصحيفة أهم الأحداث التي وقعت في مثل هذا اليوم. 1965 - الرئيس المصري يأمر باعتقال صحافي. "
            "2008 - توقيف رادوفان كارادجيتش.")
    a, b = text.index("1965"), text.index("2008")
    sents = [(0, a - 1), (a, b - 1), (b, len(text))]
    pub = DateValue("2015-07-21", "day")
    got = chronicle_times(text, sents, pub)
    assert [(d.value, d.precision, text[d.start:d.end]) for d in got] == [
        ("1965-07-21", "day", "1965"), ("2008-07-21", "day", "2008")]
    # without the cue, only the year; a year inside a sentence is no dateline
    plain = text.replace("في مثل هذا اليوم", "في الماضي")
    a, b = plain.index("1965"), plain.index("2008")
    sents = [(0, a - 1), (a, b - 1), (b, len(plain))]
    assert [(d.value, d.precision) for d in chronicle_times(plain, sents, pub)] == [("1965", "year"), ("2008", "year")]
    assert chronicle_times("وقعت الحرب في 1965 - وانتهت.", [(0, 27)], pub) == []


def test_chronicle_dates_reach_the_events(full):
    _, ex = full("أهم الأحداث التي وقعت في مثل هذا اليوم. 1965 - الرئيس المصري جمال عبد الناصر يأمر باعتقال الصحافي "
                 "مصطفى أمين. 1973 - الموساد الإسرائيلي يغتال نادلا مغربيا في النرويج.")
    dated = {v.trigger: v.date.value[:4] for v in ex.events if v.date is not None}
    assert dated.get("يغتال") == "1973"


def test_a_genitive_before_a_lam_phrase_is_the_agent(full):
    # دعم إيران لبشار الأسد، قصف المتمردين في اليمن لمناطق سكنية: with the ل-phrase as the target, the
    # genitive after the noun is who does it
    got, _ = full("وأكد الوزير أن على طهران أن توقف دعم إيران لبشار الأسد. وقال مسؤول ذلك.")
    assert ("SUPPORT", "إيران", "بشار الأسد") in got
    got, _ = full("دانت منظمة العفو الدولية قصف المتمردين في اليمن لمناطق سكنية في عدن. وقال مسؤول ذلك.")
    assert not any(e[0] == "ASSAULT" and e[1] == "منظمة العفو الدولية" for e in got)
    # but a place visited is no visitor: زيارة الدوحة للقاء …
    got, _ = full("وتوجه كيري إلى قطر في زيارة الدوحة للقاء نظيره الروسي سيرغي لافروف. وقال مسؤول ذلك.")
    assert not any(e[1] == "قطر" for e in got)


def test_the_one_held_responsible_did_the_act(full):
    # حملت X Y مسؤولية شن الهجوم: X accuses Y, and Y's attack is only claimed
    _, ex = full("وحملت السلطات التركية تنظيم داعش مسؤولية شن الهجوم على مدينة سروج. وقال مسؤول ذلك.")
    name = {e.id: e.name_ar for e in ex.entities}
    att = [v for v in ex.events if v.type == "ASSAULT"]
    assert att and all(name.get(v.source) == "تنظيم الدولة الإسلامية" and v.modality == "hedged" for v in att)


def test_a_state_named_like_its_nisba_after_a_generic_head_is_the_nisba(full):
    # قوات معارضة سورية: Syrian opposition forces, not forces of the state Syria
    _, ex = full("وتراجع الوزارة استراتيجية تدريب قوات معارضة سورية لمواجهة تنظيم داعش. وقال مسؤول ذلك.")
    reb = [e for e in ex.entities if e.type == "GENERIC" and e.country == "SYR"]
    assert reb and not any(v.type == "REJECT" for v in ex.events)


def test_a_verb_of_amount_and_a_time_of_day_are_no_events(full):
    # يبلغ عدد السكان (amounts to), فجر الاثنين (at dawn on Monday)
    got, _ = full("ويبلغ عدد سكان جزيرة كوبا 11 مليون نسمة. وقال مسؤول ذلك.")
    assert not got
    got, _ = full("وصل وزير الخارجية الأمريكي جون كيري، فجر الاثنين، إلى الدوحة. وقال مسؤول ذلك.")
    assert {e[0] for e in got} == {"CONSULT"}
    got, _ = full("وفجر انتحاري نفسه في مسجد بالكويت. وقال مسؤول ذلك.")  # the verb stays a verb
    assert any(e[0] == "ASSAULT" for e in got)


def test_a_counted_group_killed_by_raids_is_the_raids_target(full):
    # نحو 390 مقاتلا كرديا من حزب العمال قتلوا … من الغارات التركية: Turkey's raids hit the PKK
    got, _ = full("ذكرت الوكالة أن نحو 390 مقاتلا كرديا من حزب العمال الكردستاني قتلوا خلال أسبوعين من الغارات التركية. "
                  "وقال مسؤول ذلك.")
    assert ("ASSAULT", "تركيا", "حزب العمال الكردستاني") in got


def test_the_unknown_perpetrators_are_actors(full):
    # توعدت الوزارة بالعثور على المدبرين: a vow against the unknown authors of the attack
    got, _ = full("وتوعدت وزارة الداخلية التركية بالعثور على المدبرين في أسرع وقت. وقال مسؤول ذلك.")
    assert ("THREATEN", "الحكومة التركية", "مسلحون") in got


def test_an_ascribed_author_is_hedged(full):
    # هجوم انتحاري نسب إلى داعش، أن داعش يقف وراء الهجوم: who did it is a claim
    _, ex = full("ندد الرئيس بالهجوم الانتحاري الذي نسب إلى تنظيم داعش على مدينة سروج. وقال مسؤول ذلك.")
    name = {e.id: e.name_ar for e in ex.entities}
    att = [v for v in ex.events if v.type == "ASSAULT" and name.get(v.source) == "تنظيم الدولة الإسلامية"]
    assert att and all(v.modality == "hedged" for v in att)


def test_a_denial_in_a_later_clause_is_not_the_accusations(full):
    # اتهم X Y بـ …، فيما نفت Z الاتهامات: X did accuse; the denial is Z's own clause
    _, ex = full("اتهم الحزب الديمقراطي الكردستاني الحكومة العراقية بتأخير الرواتب، فيما نفت وزارة المالية العراقية "
                 "هذه الاتهامات. وقال مسؤول ذلك.")
    acc = [v for v in ex.events if v.type == "ACCUSE" and v.trigger == "اتهم"]
    assert acc and acc[0].modality == "asserted"
    # but a relative clause after the event still reaches it: الأمر الذي نفته
    _, ex = full("وتحدثت تقارير عن زيارة وزير الدفاع الروسي إلى القاهرة، الأمر الذي نفته الخارجية المصرية. "
                 "وقال مسؤول ذلك.")
    assert any(v.type == "CONSULT" and v.modality == "denied" for v in ex.events)


def test_a_control_verb_with_a_bare_verbal_noun(full):
    # يحاول ابتزاز واشنطن: the one who tries does the act; the genitive is its patient
    got, _ = full("وأشارت إلى أن نتنياهو يحاول ابتزاز واشنطن بعد توقيع الاتفاق. وقال مسؤول ذلك.")
    assert ("COERCE", "بنيامين نتنياهو", "الولايات المتحدة") in got


def test_a_compound_given_name_after_a_long_office(full):
    # وزير حقوق الإنسان اليمني عز الدين الأصبحي: a three-word office before the nisba, and a name whose
    # given part is two words (عز الدين); the person is named by his name, not his title
    _, ex = full("وأكد وزير حقوق الإنسان اليمني عز الدين الأصبحي أن الحوثيين يحاصرون تعز. وقال مسؤول ذلك.")
    per = [e for e in ex.entities if e.type == "PER"]
    assert per and per[0].name_ar == "عز الدين الأصبحي" and per[0].country == "YEM"


def test_their_is_never_one_person(full):
    # وذكر الحذيفي أن … انسحابهم: "their withdrawal" is not the speaker's
    got, _ = full("وذكر القيادي الحوثي عبده الحذيفي أن انسحابهم من المدينة كان تكتيكيا. وقال مسؤول ذلك.")
    assert not any(e[0] == "RETREAT" and e[1] == "عبده الحذيفي" for e in got)


def test_settlers_and_putschists_are_actors_and_a_describing_head_joins_them(full):
    # مستوطنون متطرفون: settlers described as extremists are one actor, still civilians
    _, ex = full("وهاجم مستوطنون متطرفون قرية دوما الفلسطينية وأحرقوا منزلا. وقال مسؤول ذلك.")
    gen = [e for e in ex.entities if e.type == "GENERIC" and any("مستوطنون" in m.text for m in e.mentions)]
    assert gen and gen[0].sectors == ["CVL"] and any(m.text == "مستوطنون متطرفون" for m in gen[0].mentions)
    # امرأة انتحارية: a person described as a suicide bomber is one
    _, ex = full("وكانت امرأة انتحارية فجرت نفسها قرب مركز للشرطة التركية. وقال مسؤول ذلك.")
    assert any(e.type == "GENERIC" and e.sectors == ["UAF"] for e in ex.entities)
    got, _ = full("وأعلن الجيش اليمني تحرير المدينة من الانقلابيين. وقال مسؤول ذلك.")
    assert any(e[0] == "ASSAULT" and e[2] == "الميليشيات" for e in got)


def test_a_passive_participle_after_a_noun_names_its_backer(full):
    # الميليشيات المدعومة من إيران: Iran backs the militias; the backing is a state, asserted
    got, ex = full("وقال إن المليشيات المدعومة من إيران تواصل هجماتها. وقال مسؤول ذلك.")
    assert ("SUPPORT", "إيران", "الميليشيات") in got
    _, ex = full("وافق أوباما على قرار لتزويد مقاتلي المعارضة السورية المدعومين من الولايات المتحدة بغطاء جوي. "
                 "وقال مسؤول ذلك.")
    sup = [v for v in ex.events if v.type == "SUPPORT" and v.trigger == "المدعومين"]
    assert sup and sup[0].modality == "asserted"


def test_an_adverbial_participle_without_a_comma_is_the_opening_subjects(full):
    # تجمع متظاهرون … للتنديد بالاتفاق الموقع بين إيران والقوى العظمى داعين الكونغرس إلى رفضه: the
    # protesters call on Congress; the participle is no complement of the deal noun before it
    _, ex = full("تجمع متظاهرون يوم الأربعاء في نيويورك للتنديد بالاتفاق النووي الموقع بين إيران والقوى العظمى "
                 "داعين الكونغرس الأميركي إلى رفض الاتفاق. وقال مسؤول ذلك.")
    name = {e.id: e.name_ar for e in ex.entities}
    req = [v for v in ex.events if v.type == "REQUEST"]
    assert req and "متظاهرون" in name[req[0].source] and req[0].modality == "asserted"


def test_a_form_joined_to_a_governed_noun_is_a_noun(full):
    # بإسناد ودعم قويين من طيران التحالف: ودعم is "and support", not "and he supported"
    got, _ = full("وحققت المقاومة الشعبية وعناصر الجيش انتصارات، بإسناد ودعم قويين من طائرات التحالف العربي. "
                  "وقال مسؤول ذلك.")
    assert not any(e[0] == "SUPPORT" and e[1] in ("المقاومة الشعبية", "الجيش") for e in got)


def test_unnamed_sources_only_tell(full):
    # أكدت مصادر في المقاومة أنها قتلت …: the sources of a body speak for it; "it" killed, not "sources"
    got, _ = full("أكدت مصادر في المقاومة الشعبية بمحافظة مأرب أنها قتلت 17 من عناصر ميليشيا الحوثي. وقال مسؤول ذلك.")
    assert ("ASSAULT", "المقاومة الشعبية", "جماعة أنصار الله") in got
    got, _ = full("وقال مصدر عسكري إنه قتل خمسة جنود عندما هاجم رتل من تنظيم داعش بوابة أجدابيا. وقال مسؤول ذلك.")
    assert not any(e[1] in ("مصادر", "مصدر") and e[0] == "ASSAULT" for e in got)


def test_a_time_phrase_is_no_actor():
    from marsad.extract import _time_phrase
    assert _time_phrase("ليل الجمعة") and _time_phrase("صباح الأحد")
    assert not _time_phrase("الجمعة الإسلامية") and not _time_phrase("حزب العمال")


def test_the_genitive_of_fighting_is_the_one_fought(full):
    # قتال داعش: fighting ISIS (ISIS is fought); قتال الجيش ضد داعش: with ضد, the genitive fights;
    # في قتاله ضد الحكومة: his fighting
    got, _ = full("وقال مسؤول أمريكي إن القاعدة ستفتح مطلع آب المقبل لاستخدامها في قتال داعش. وقال مسؤول ذلك.")
    assert not any(e[0] == "ASSAULT" and e[1] == "تنظيم الدولة الإسلامية" for e in got)
    got, _ = full("وقال إن قتال الجيش العراقي ضد داعش مستمر في الرمادي. وقال مسؤول ذلك.")
    assert ("ASSAULT", "الجيش العراقي", "تنظيم الدولة الإسلامية") in got


def test_forces_loyal_to_someone_are_his(full):
    # القوات الموالية للحوثيين أطلقت قذائف: the Houthis' forces fired, not a state's army
    got, _ = full("قالت منظمة هيومن رايتس ووتش إن القوات الموالية للحوثيين في اليمن أطلقت قذائف مورتر على "
                  "مناطق سكنية بمدينة عدن. وقال مسؤول ذلك.")
    assert any(e[0] == "ASSAULT" and e[1] == "جماعة أنصار الله" for e in got)
    got, _ = full("وتقدمت القوات الموالية لحكومة الرئيس عبد ربه منصور هادي في عدن وقصفت مواقع الحوثيين. "
                  "وقال مسؤول ذلك.")
    assert ("ASSAULT", "عبد ربه منصور هادي", "جماعة أنصار الله") in got


def test_air_support_is_military_aid_to_the_clause_subject(full):
    # تقدمت قوات المقاومة بدعم جوي من طيران التحالف: the coalition gives the resistance military aid
    got, ex = full("وتقدمت قوات المقاومة الشعبية بدعم جوي من طيران التحالف العربي نحو عدن. وقال مسؤول ذلك.")
    assert ("AID", "التحالف العربي", "المقاومة الشعبية") in got
    assert any(v.mode == "military" for v in ex.events if v.type == "AID")
    _, ex = full("ووافق أوباما على تقديم غطاء جوي لمقاتلي المعارضة السورية. وقال مسؤول ذلك.")
    assert any(v.type == "AID" and v.mode == "military" for v in ex.events)


def test_soldiers_trained_by_the_coalition(full):
    # جنود عراقيون دربهم الائتلاف الدولي: the antecedent's nisba stands between; الائتلاف is the coalition
    got, _ = full("يشارك جنود عراقيون دربهم الائتلاف الدولي في المعارك حول مدينة الرمادي. وقال مسؤول ذلك.")
    assert ("AID", "التحالف الدولي ضد داعش", "الجيش العراقي") in got


def test_a_persons_relative_is_not_the_person(full):
    # زار دشتي والد عماد مغنية: the visit was to the father, not to Mughniyeh
    got, _ = full("وزار النائب الكويتي عبد الحميد دشتي والد عماد مغنية في بيروت. وقال مسؤول ذلك.")
    assert not any(e[2] == "عماد مغنية" for e in got)


def test_an_attack_target_named_further_on_in_its_clause(full):
    # لتطهير المحافظات كافة من الحوثيين: the من-phrase past the noun's window is the one hit; a من-phrase after a
    # comma that opens a new clause is not (، بدأ فنيون من دولة الإمارات)
    got, _ = full("وأوضح الرئيس هادي، خلال اجتماعه مع مستشاريه أمس، أنه شدد على أهمية المضي قدما لتطهير مدن اليمن، "
                  "من كافة الميليشيات الحوثية. وقال مسؤول ذلك.")
    assert any(e[0] == "ASSAULT" and e[2] == "جماعة أنصار الله" for e in got)
    got, _ = full("وفور استعادة المقاومة الشعبية والقوات الموالية للرئيس هادي السيطرة على مطار عدن الأسبوع الماضي، "
                  "بدأ فنيون من دولة الإمارات العمل على تشغيل المطار. وقال مسؤول ذلك.")
    assert not any(e[0] == "ASSAULT" and e[2] == "الإمارات" for e in got)


def test_a_listed_word_that_begins_with_waw_survives_the_conjunction_strip(full):
    # ووقفت جماعة X وراء الهجوم: وقفت begins with و itself; stripping the conjunction must not lose it
    from marsad.extract.wordlists import word_list
    assert {"وقفت", "قفت"} <= word_list("behind_verb")
    got, _ = full("ووقفت جماعة بوكو حرام وراء الهجوم على قوات الأمن النيجيرية. وقال مسؤول ذلك.")
    assert ("ASSAULT", "بوكو حرام", "قوات الأمن النيجيرية") in got
