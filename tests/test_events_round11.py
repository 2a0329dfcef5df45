"""Round-11 rules: who an attack killed, counted victims, a verbal noun after a control verb, joined nouns, and
a few names (own sentences, one per phenomenon).

Each test runs the whole extraction on a sentence written for it.  The last sentence of each text only keeps the
one under test from being the article's title.
"""

TAIL = " وقال مسؤول إن التحقيق مستمر."


def test_the_ones_an_attack_killed_after_a_verb_of_outcome_are_its_target(full):
    # شن X هجوما أسفر عن مقتل ثلاثة جنود: the do verb and the noun tell one attack, on the soldiers
    got, _ = full("وشن حزب العمال الكردستاني هجوما أسفر عن مقتل ثلاثة جنود أتراك قرب الحدود." + TAIL)
    assert ("ASSAULT", "حزب العمال الكردستاني", "الجيش التركي") in got
    assert not any(e[0] == "ASSAULT" and e[2] == "" for e in got)  # no second, target-less attack


def test_an_outcome_clause_may_open_with_ma_after_a_comma(full):
    # شنت طائرات التحالف غارات …، ما أدى إلى مقتل 12 متمردا: the verb's attack, its victims after ما أدى إلى
    got, _ = full("وشنت طائرات التحالف غارات عنيفة على صنعاء، ما أدى إلى مقتل 12 متمردا وإصابة آخرين." + TAIL)
    assert any(e[0] == "ASSAULT" and e[1] == "التحالف العربي" and e[2] for e in got)


def test_an_attack_told_after_fi_with_its_outcome(full):
    # قتل مدني في هجوم لحزب العمال أسفر عن مقتل ثلاثة جنود: the attack named after في, its victims after أسفر عن
    got, _ = full("وأصيب مدني في هجوم لحزب العمال الكردستاني أسفر عن مقتل ثلاثة جنود أتراك." + TAIL)
    assert ("ASSAULT", "حزب العمال الكردستاني", "الجيش التركي") in got


def test_an_attack_foiled_by_another_did_not_kill(full):
    # أفشلت الطائرات هجوما للميليشيات مما أدى إلى مقتل …: the foiling killed them, not the foiled attack
    got, _ = full("وأفشلت طائرات التحالف هجوما للميليشيات مما أدى إلى مقتل أكثر من 23 حوثيا." + TAIL)
    assert not any(e[0] == "ASSAULT" and e[1] == "الميليشيات" and e[2] for e in got)


def test_a_death_noun_with_a_count_names_the_victims_of_the_attack_after_it(full):
    # أعلن الجيش مقتل ثلاثة جنود في هجوم نفذه X: the count stands between the death noun and the victims
    got, _ = full("وأعلن الجيش التركي مقتل ثلاثة جنود أتراك في هجوم نفذه حزب العمال الكردستاني." + TAIL)
    assert ("ASSAULT", "حزب العمال الكردستاني", "الجيش التركي") in got


def test_an_approximate_count_before_the_victims(full):
    # مقتل أكثر من 20 من عناصر داعش في غارة للتحالف: أكثر من before the count
    got, _ = full("وأعلن الجيش مقتل أكثر من 20 من عناصر داعش في غارة للتحالف الدولي." + TAIL)
    assert any(e[0] == "ASSAULT" and e[2] == "تنظيم الدولة الإسلامية" for e in got)


def test_a_counted_singular_accusative_is_the_group(full):
    # بعد 11-99 the counted noun is singular accusative: 23 حوثيا، 12 متمردا، 35 إرهابيا، 61 مدنيا
    _, ex = full("وقتلت القوات 23 حوثيا و12 متمردا و35 إرهابيا في المعارك، وقتل 61 مدنيا في القصف." + TAIL)
    texts = {m.text for e in ex.entities for m in e.mentions}
    assert {"حوثيا", "متمردا", "إرهابيا", "مدنيا"} <= texts


def test_a_killing_after_a_control_verb_is_the_subjects(full):
    # تمكنت القوات من قتل 28 مسلحا من داعش: قتل after من is the verbal noun; the subject kills
    got, _ = full("وتمكنت القوات العراقية من قتل 28 مسلحا من داعش غرب الموصل." + TAIL)
    assert ("ASSAULT", "الجيش العراقي", "تنظيم الدولة الإسلامية") in got


def test_the_noun_row_of_qatal_needs_a_noun_context(full):
    # أن الجيش السوداني قتل على يد مسلحين: mid-sentence قتل is the (passive) verb, not "killing"
    got, _ = full("وأكدت المصادر أن الجيش السوداني قتل على يد مسلحين في الجنوب." + TAIL)
    assert any(e[0] == "ASSAULT" and e[2] and "سودان" in e[2] for e in got)


def test_a_killing_claimed_names_the_victims_by_their_nisba(full):
    # تبنى X قتل شرطيين تركيين: a nisba after a human plural is the victims', not the killing's own
    got, _ = full("وتبنى حزب العمال الكردستاني قتل شرطيين تركيين قرب الحدود السورية." + TAIL)
    assert ("ASSAULT", "حزب العمال الكردستاني", "تركيا") in got


def test_a_verbal_nouns_own_nisba_stays_its_agent(full):
    # سعى للحصول على مساعدة عسكرية روسية: عسكرية is the noun's adjective, روسية its agent (Russia gives)
    got, _ = full("وسعى المشير خليفة حفتر للحصول على مساعدة عسكرية روسية في حربه." + TAIL)
    assert not any(e[0] == "AID" and e[2] == "روسيا" for e in got)


def test_wajjaha_with_strikes_is_an_attack_and_with_criticism_an_accusation(full):
    got, _ = full("ووجه طيران التحالف الدولي ضربات موجعة إلى تنظيم داعش في الرمادي." + TAIL)
    assert any(e[0] == "ASSAULT" and e[2] == "تنظيم الدولة الإسلامية" for e in got)
    got, _ = full("ووجه وزير الخارجية الإيراني انتقادات حادة إلى السعودية." + TAIL)
    assert any(e[0] == "ACCUSE" and e[2] == "السعودية" for e in got)


def test_a_plural_noun_after_a_title_is_no_given_name(full):
    # وزير الخارجية الإيراني انتقادات: an indefinite plural in -ات is no person's name
    _, ex = full("ووجه وزير الخارجية الإيراني انتقادات حادة إلى السعودية." + TAIL)
    assert not any(e.type == "PER" and "انتقادات" in e.name_ar for e in ex.entities)


def test_a_noun_joined_by_wa_takes_no_agent_from_the_phrase_before(full):
    # قتل 28 إرهابيا وتدمير ثمانية مدافع: the terrorists were killed, they destroyed nothing
    got, _ = full("وتمكن طيران التحالف الدولي من قتل 28 إرهابيا وتدمير ثمانية مدافع في الأنبار." + TAIL)
    assert not any(e[1] == "الميليشيات" for e in got)


def test_a_nisba_on_a_party_noun_takes_its_preposition(full):
    # أرسلت السعودية مساعدات إلى الشعب اليمني: the Yemeni people receive (as with للشعب اليمني)
    got, _ = full("وأرسلت السعودية مساعدات إنسانية إلى الشعب اليمني عبر ميناء عدن." + TAIL)
    assert ("AID", "السعودية", "اليمن") in got


def test_a_nisba_on_a_destination_is_no_recipient(full):
    # إرسال طائرات إلى المطارات المصرية: airports are where they go, Egypt receives nothing
    got, _ = full("وطلب حفتر من روسيا إرسال طائرات مقاتلة إلى المطارات المصرية القريبة من الحدود." + TAIL)
    assert not any(e[0] == "AID" and e[2] == "مصر" for e in got)


def test_an_unnamed_actor_word_inside_a_not_name_phrase_is_no_actor(full):
    # إسكات وتدمير مصادر النيران: the gun positions, not "sources"
    _, ex = full("وردت القوات السعودية بقصف عنيف، وتم إسكات وتدمير مصادر النيران." + TAIL)
    assert not any(m.text == "مصادر" for e in ex.entities for m in e.mentions)


def test_one_indefinite_accusative_before_a_kill_verb_was_killed(full):
    # أن جنديا قتل في انفجار لغم: with no object after it, قتل is the passive; the soldier killed no one
    got, _ = full("وذكرت وسائل إعلام محلية أن جنديا قتل في انفجار لغم أرضي جنوب شرق البلاد." + TAIL)
    assert not any(e[0] == "ASSAULT" and "الجيش" in e[1] for e in got)
    # (and one who kills has his object after the verb: إن مسلحين قتلوا جنديا)
    got, _ = full("وقالت الشرطة إن مسلحين مجهولين قتلوا جنديا قرب الحدود." + TAIL)
    assert any(e[0] == "ASSAULT" and "الجيش" in e[2] for e in got)
