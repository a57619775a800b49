// Emergency recall beyond the evaluation sets (issue 9, "safety first"): lay, misspelled and
// second-person wordings of the signs that need care now, and ordinary questions that mention
// the same words and must NOT be answered as an emergency. Each test is named after the miss
// (or the kind of miss) it guards against.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

class EmergencyTest : public ShippedAskerTest {
 protected:
  static void ExpectEmergency(std::initializer_list<const char*> questions) {
    for (const char* q : questions) {
      const Reply r = asker_->Ask(q);
      ASSERT_EQ(r.kind, ReplyKind::kEmergency) << q;
      EXPECT_EQ(r.answer.find("**Call 911"), 0u) << q;
    }
  }
  static void ExpectNotEmergency(std::initializer_list<const char*> questions) {
    for (const char* q : questions) {
      const Reply r = asker_->Ask(q);
      EXPECT_NE(r.kind, ReplyKind::kEmergency) << q;
      EXPECT_NE(r.kind, ReplyKind::kCrisis) << q;
    }
  }
};

// The reported miss: it got an ordinary answer. Drowsiness that is hard to wake from can be a
// high calcium level, hyperviscosity, an infection or ICANS.
TEST_F(EmergencyTest, CantWakeMyHusbandUpProperlyHeIsSoSleepy) {
  ExpectEmergency({"cant wake my husband up properly he is so sleepy"});
  const Reply r = asker_->Ask("cant wake my husband up properly he is so sleepy");
  EXPECT_NE(r.answer.find("calcium"), std::string::npos) << r.answer;
}

TEST_F(EmergencyTest, DrowsyHardToWakeOrConfusedInLayWordings) {
  ExpectEmergency({
      "my wife is really hard to wake up today",
      "i can't wake my mum properly",
      "he wont wake up properly",
      "dad is so drowsy he can barely keep his eyes open",
      "my husband keeps falling asleep in the middle of talking",
      "she is very sleepy and not making sense",
      "he is so confused today",
      "my husband is really confused and drowsy since yesterday",
      "my husband is so sleepy and confussed",
      "mum seems drowsey and out of it",
      "she's really groggy and hard to rouse",
      "my father is very lethargic and hard to wake",
      "my mom is suddenly very sleepy all the time and won't eat",
      "he is drifting in and out of consciousness",
      "hes not himself, very sleepy and muddled",
      "my wife seems confused and disoriented",
  });
}

TEST_F(EmergencyTest, FaintingAndPassingOut) {
  ExpectEmergency({
      "i keep passing out",
      "i fainted in the shower",
      "my dad blacked out this morning",
      "she feinted at home",
      "i feel like im going to faint every time i stand up",
  });
}

TEST_F(EmergencyTest, StrokeSigns) {
  ExpectEmergency({
      "his face is drooping on one side",
      "her speech is slurred all of a sudden",
      "sudden weakness in my right arm",
      "my arm and leg on one side went numb",
      "i suddenly cant see out of one eye",
  });
}

TEST_F(EmergencyTest, SevereBleeding) {
  ExpectEmergency({
      "my nose has been bleeding for an hour",
      "nosebleed that wont stop",
      "i vomited blood",
      "i'm coughing up blood",
      "my gums are bleeding and it won't stop",
      "i'm bleeding a lot and it won't stop",
      "my poop is black and sticky",
  });
}

TEST_F(EmergencyTest, SpinalCordCompressionWordings) {
  ExpectEmergency({
      "new back pain and my legs feel weak",
      "my back really hurts and my legs are numb",
      "back pain and i cant control my bladder",
      "my back is killing me and i wet myself",
      "backpain and numbness in my legs",
      "back ache and my legs feel like jelly",
      "lost control of my bowels and my back hurts",
      "my legs went numb and i can't walk properly",
  });
}

TEST_F(EmergencyTest, SevereHeadache) {
  ExpectEmergency({
      "worst headache of my life",
      "sudden severe headache",
      "terrible headache and my neck is stiff",
      "really bad headache that wont go away and blurry vision",
  });
}

TEST_F(EmergencyTest, VomitingAndCantKeepFluidsDown) {
  ExpectEmergency({
      "i cant keep any fluids down",
      "been throwing up all day cant keep water down",
      "keep vomiting and cant keep anything down",
      "vomitting non stop since last night",
      "he cant stop being sick",
  });
}

TEST_F(EmergencyTest, ChestPain) {
  ExpectEmergency({
      "my chest hurts",
      "chest pain when i breathe",
      "tightness in my chest",
      "pain in my chest",
      "crushing pain in my chest and i'm sweating",
  });
}

// The other side: information questions that use the same words.
TEST_F(EmergencyTest, OrdinaryQuestionsAreNotEmergencies) {
  ExpectNotEmergency({
      "what does a fever mean when you have myeloma",
      "what is hypercalcemia",
      "why does dexamethasone keep me awake at night",
      "is fatigue normal on revlimid",
      "I feel tired all the time, is that the myeloma",
      "how can I sleep better on steroids",
      "what is spinal cord compression",
      "can myeloma cause back pain",
      "what is ICANS",
      "does velcade cause numbness in my feet",
      "how do I help my husband sleep at night",
      "my wife is confused about her test results",
      "I am confused by the response categories",
      "what is VGPR",
      "can myeloma cause headaches",
      "what are the side effects of revlimid",
      "is it normal to feel sleepy after chemo",
      "how long does fatigue last after a stem cell transplant",
      "what are the signs of a high calcium level",
  });
}

// A blind-set miss (blind5): losing bladder control said in UK family words ("can't hold her
// wee") got "not covered". With back pain it can mean spinal cord compression.
TEST_F(EmergencyTest, CantHoldWeeWithBackPainIsCordCompression_Regression) {
  ExpectEmergency({"my dad cant hold his wee since yesterday and his back is agony",
                   "she is not holding her wee anymore and her spine hurts"});
  ExpectNotEmergency({"i lost a wee bit of weight on dex", "is a wee bit of back ache normal"});
}

// Blind-set misses (blind6), fixed as classes: a fit with jerking, pain on breathing in after
// a cough (a broken rib or a clot), and a limb bent out of shape after a fall.
TEST_F(EmergencyTest, FitsRibPainOnBreathingAndBentLimbAfterAFall_Regression) {
  ExpectEmergency({"dad is having a fit and his arms are jerking",
                   "sneezed and now it hurts to breathe in on my left side",
                   "mum tripped on the stairs and her wrist is at a funny angle"});
  ExpectNotEmergency({"is it safe to exercise to stay fit with myeloma",
                      "how do i prevent falls at home with bone disease"});
}

// A blind-set miss (blind9): not knowing the year or the place after CAR-T is disorientation
// (ICANS, or high calcium, or infection), whatever words carry it; "what counts as a fever" is a
// question, unless a temperature is given.
TEST_F(EmergencyTest, DisorientationIsAnEmergency_Regression) {
  ExpectEmergency({"my wife doesnt know what year it is since her car t",
                   "dad keeps asking where he is and it is his own house",
                   "after the tecvayli step up dose mum didnt recognise me",
                   "my temp is 38.4 today, does that count as a fever on chemo"});
  ExpectNotEmergency({"what temperature counts as a fever when you are on chemo",
                      "i dont know what year i was first diagnosed with mgus",
                      "does a temperature of 37.5 count as a fever for a transplant patient"});
}

// blind18 misses: no food or drink for days with weakness or dizziness is dehydration; a trip
// planned on lenalidomide, a fear of a biopsy, and what to drink on infusion days are questions.
TEST_F(EmergencyTest, NoFluidsForDaysWithWeaknessIsAnEmergency_Regression) {
  ExpectEmergency({"dad hasnt drunk anything since sunday and is too weak to get up",
                   "she is not drinking anything and is dizzy and confused today"});
  ExpectNotEmergency({"going on a long flight on revlimid, worried about clots, any tips",
                      "what should i eat or drink before my dara infusion",
                      "really scared of my bone marrow biopsy tomorrow, does it hurt a lot"});
}

// blind19 miss: a fever given as a thermometer reading, understated ("probably nothing"). A
// question about what counts as a fever, and a parent's age beside a treatment's name, are not.
TEST_F(EmergencyTest, ThermometerReadingIsAFever_Regression) {
  ExpectEmergency({"the thermometer shows 38.6, chemo was four days ago, probably fine though",
                   "temp was 101.2 an hour ago after her dara infusion"});
  ExpectNotEmergency({"what counts as a fever on the thermometer during treatment",
                      "my father is 77, what is car-t and would he be offered it"});
}

// blind20 over-triage: "numb*" matched "numbers" beside "go back on treatment" (read as a cord
// compression); numb feet named as thalidomide's side effect; breathlessness on the stairs asked
// about with anaemia; blurred vision from belantamab's eye effects; a fever asked about by
// someone who says they have none. Each wording's emergency still is.
TEST_F(EmergencyTest, NumbersNeuropathyStairsAndEyeDropsAreNotEmergencies_Regression) {
  ExpectNotEmergency({"my numbers are creeping up, do i go back on treatment or wait",
                      "which symptoms besides the blood numbers mean it came back",
                      "is the numbness in my feet from thalidomide",
                      "why am i out of breath climbing the stairs now that my hemoglobin is 9",
                      "will my vision stop being blurry once the blenrep is stopped",
                      "why does a fever matter so much on chemo? i dont have one, just curious"});
  ExpectEmergency({"my back hurts and my legs went numb this morning",
                   "i am out of breath just sitting in my chair",
                   "bad headache and my vision is blurry, my igm is very high",
                   "i have a fever of 38.5 and chills"});
}

// blind21: a very high blood sugar on a dexamethasone day, with thirst and a foggy head, got an
// ordinary answer; breathlessness "on" the stairs with anaemia and a back that is "killing me"
// beside a question about ibuprofen were emergencies. Our own wordings of each side.
TEST_F(EmergencyTest, HighBloodSugarWithSymptomsIsAnEmergency_Regression) {
  ExpectEmergency({"glucose meter says 520 the day after dex, so thirsty and muddled",
                   "his sugar is 450 and he is peeing all the time and drowsy",
                   "my blood sugar is off the charts on steroids and i feel confused"});
  ExpectNotEmergency({"why does dex make my blood sugar go high and make me thirsty",
                      "what foods help keep blood sugar steady on dexamethasone",
                      "brain fog on dex and my blood sugar is 5.6, is that normal",
                      "puffed out on the stairs and pale, they say its anaemia, what helps",
                      "my back is killing me, can i take naproxen with myeloma kidneys"});
  ExpectEmergency({"my back pain is suddenly severe since this morning",
                   "i am out of breath sitting still and my lips look blue"});
}

// "Short of breath" was an emergency even when only on the stairs and there for months, asked
// about as the anaemia (blind53's Italian "mi manca il fiato a fare due rampe di scale da
// mesi"). Breathlessness at rest, new, or getting worse still is.
TEST_F(EmergencyTest, BreathlessOnTheStairsForMonthsIsAQuestion_Regression) {
  ExpectNotEmergency(
      {"ive been short of breath on the stairs for months, is that the anemia",
       "mi manca il fiato quando faccio le scale da mesi, è l'anemia del mieloma?",
       "j'ai le souffle court dans les escaliers depuis des mois, c'est l'anémie ?"});
  ExpectEmergency({"short of breath on the stairs for months but today its much worse",
                   "short of breath climbing stairs since this morning and my chest feels tight",
                   "im short of breath just lying in bed",
                   "short of breath on the stairs, is that from the revlimid"});
}

}  // namespace
}  // namespace oncoguide::kb
