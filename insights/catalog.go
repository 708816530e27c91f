package insights

import (
	"slices"

	"github.com/crampsdiary/cramps/diary"
)

// Kind says whether the sources name a factor as a risk or as a help.
type Kind string

// The kinds of factor.
const (
	KindRisk       Kind = "risk"
	KindProtective Kind = "protective"
)

// Evidence is the strength of the published clinical evidence for a factor,
// as graded in TRIGGERS.md (from the literature, not from the source articles).
type Evidence string

// The evidence grades.
const (
	// EvidenceStrong: a systematic review or large, consistent epidemiology.
	EvidenceStrong Evidence = "strong"
	// EvidenceModerate: one good trial or large, consistent pharmaco-epidemiology.
	EvidenceModerate Evidence = "moderate"
	// EvidenceWeak: one observational study, expert opinion, mechanism only, or unstudied.
	EvidenceWeak Evidence = "weak"
	// EvidenceContradicted: good trials found no effect.
	EvidenceContradicted Evidence = "contradicted"
	// EvidenceNotRated marks a medication class the grades do not apply to
	// (quinine is a treatment, "other" is unknown).
	EvidenceNotRated Evidence = "not_rated"
)

// Source is one of the five source articles the catalog cites.
type Source struct {
	Number int    `json:"number"` // 0 to 4, the seed file's prefix
	File   string `json:"file"`
	Title  string `json:"title"`
	// Kind says who published it, so the user can weigh it.
	Kind string `json:"kind"`
}

// Cite returns the title with who published it, as shown to the user.
func (s Source) Cite() string { return "“" + s.Title + "” (" + s.Kind + ")" }

// Sources returns the five source articles, in seed order.
func Sources() []Source {
	return []Source{
		{0, "000_8d70a47343543d86.txt", "Leg Cramps — What Causes It?", "a vein clinic's article"},
		{1, "001_b95ce6e074dabb50.txt", "What Causes Leg Cramps at Night?", "medically reviewed, May 2022"},
		{2, "002_a0900465b3965340.txt", "Nighttime leg cramps: causes and evidence-based solutions", "a health article"},
		{3, "003_ba785f3daf56ead1.txt", "Night leg cramps", "a primary-care knowledge site"},
		{4, "004_b7e80a1c280e5940.txt", "Why Do People Get Leg Cramps at Night?", "a vein and functional-medicine clinic"},
	}
}

// SourcesOf returns the sources with the given seed numbers, in that order;
// numbers that name no source are skipped.
func SourcesOf(numbers []int) []Source {
	all := Sources()
	out := make([]Source, 0, len(numbers))
	for _, n := range numbers {
		if n >= 0 && n < len(all) {
			out = append(out, all[n])
		}
	}
	return out
}

// Input is a numeric diary field behind a factor, used for its dose-response.
type Input string

// The numeric inputs of TRIGGERS.md.
const (
	InputWaterML          Input = "water_ml"
	InputCaffeineServings Input = "caffeine_servings"
	InputAlcoholDrinks    Input = "alcohol_drinks"
	InputExerciseMin      Input = "exercise_min"
	InputSittingH         Input = "sitting_h"
	InputStandingH        Input = "standing_h"
	InputStress           Input = "stress"
)

// Inputs lists every Input in the order of the diary's day section.
func Inputs() []Input {
	return []Input{InputWaterML, InputCaffeineServings, InputAlcoholDrinks, InputExerciseMin,
		InputSittingH, InputStandingH, InputStress}
}

// Value returns the night's value of the input, and whether it is known.
func (in Input) Value(n *diary.Night) (float64, bool) {
	d := &n.Day
	switch in {
	case InputWaterML:
		return inputFloat(d.WaterML)
	case InputCaffeineServings:
		return inputFloat(d.CaffeineServings)
	case InputAlcoholDrinks:
		return inputFloat(d.AlcoholDrinks)
	case InputExerciseMin:
		return inputFloat(d.ExerciseMin)
	case InputSittingH:
		return d.SittingH.Get()
	case InputStandingH:
		return d.StandingH.Get()
	case InputStress:
		return inputFloat(d.Stress)
	}
	return 0, false
}

// inputFloat reads a known int as a float64.
func inputFloat(o diary.Opt[int]) (float64, bool) {
	v, ok := o.Get()
	return float64(v), ok
}

// Exposure reports whether a night was exposed to a factor, and whether that
// is known: an unknown input makes the night unknown for the factor, never "no".
type Exposure func(n *diary.Night, p *diary.Profile) (exposed, known bool)

// Factor is one documented trigger or help of TRIGGERS.md, tested night by
// night against the user's own diary.
type Factor struct {
	// ID is the factor's id in `cramps insights --json`.
	ID   string
	Kind Kind
	// Name is what the screen calls it ("Long sitting").
	Name string
	// With and Without name the nights on each side, to follow "nights"
	// ("with 8 hours or more of sitting", "with less sitting").
	With, Without string
	// Did says what the user did on a night with it, after "you" ("stretched
	// before bed"), for the reactive-habit sentence.
	Did string
	// Rule is the exposure rule in the diary's words.
	Rule     string
	Exposure Exposure
	// Input is the numeric field behind the factor, "" when there is none.
	Input Input
	// Seeds are the source articles that name the factor.
	Seeds    []int
	Evidence Evidence
	// Literature is the published evidence behind the grade.
	Literature string
	// About says what the factor is; SourcesSay what the articles claim and
	// where the literature disagrees; Try what the user could do with it.
	About, SourcesSay, Try string
}

// Sources returns the articles that name the factor.
func (f Factor) Sources() []Source { return SourcesOf(f.Seeds) }

// The thresholds of the exposure rules (TRIGGERS.md).
const (
	// lowWaterShare: water under 3/4 of the goal is low.
	lowWaterNum, lowWaterDen = 3, 4
	highCaffeineServings     = 3
	longSittingHours         = 8.0
	longStandingHours        = 6.0
	highStressLevel          = 4
)

// Catalog returns the nightly factors of TRIGGERS.md, risks first, in the
// order of that table. Each call returns a fresh copy.
func Catalog() []Factor {
	return []Factor{
		{
			ID: "low_water", Kind: KindRisk, Name: "Low water",
			With: "after a day with less than ¾ of your water goal", Without: "after a day with more water",
			Did:  "drank less than ¾ of your water goal",
			Rule: "water_ml below 75% of the profile's water goal", Exposure: exposeLowWater, Input: InputWaterML,
			Seeds: []int{0, 2, 4, 1}, Evidence: EvidenceWeak,
			Literature: "Studies of cramps during exercise found that people who cramped were no more dehydrated than those who did not (Schwellnus 2004, 2011); night cramps have not been tested this way.",
			About:      "Days on which you drank less than three quarters of your daily water goal, counting water and other drinks without caffeine or alcohol.",
			SourcesSay: "Three of the articles give dehydration as a reason for night cramps, and a fourth says being short of fluid makes cramping worse. The research is thinner than that confidence suggests: where hydration has been measured, in exercise cramps, it made no difference.",
			Try:        "Spread your drinks over the day rather than the evening, keep to your goal for a few weeks, and watch this row. If a doctor has asked you to limit fluids, follow that instead.",
		},
		{
			ID: "high_caffeine", Kind: KindRisk, Name: "Plenty of caffeine",
			With: "after 3 or more caffeinated drinks", Without: "after fewer than 3",
			Did:  "had 3 or more caffeine drinks",
			Rule: "caffeine_servings 3 or more", Exposure: exposeHighCaffeine, Input: InputCaffeineServings,
			Seeds: []int{0, 2}, Evidence: EvidenceWeak,
			Literature: "Not studied for night cramps.",
			About:      "Days with three or more cups of coffee, tea, cola or energy drinks.",
			SourcesSay: "Two of the articles suggest cutting down on caffeine, one because it dries you out and one listing excess caffeine beside diuretics. No study has looked at caffeine and night cramps, so this is an idea to test rather than a known risk.",
			Try:        "Try a few weeks with at most two caffeinated drinks a day and compare this row before and after.",
		},
		{
			ID: "late_caffeine", Kind: KindRisk, Name: "Late caffeine",
			With: "after caffeine later than your cutoff", Without: "after no caffeine past your cutoff",
			Did:  "had caffeine after your cutoff",
			Rule: "caffeine_servings 1 or more and last_caffeine later than the profile's caffeine cutoff; no when caffeine_servings is 0", Exposure: exposeLateCaffeine,
			Seeds: []int{0}, Evidence: EvidenceWeak,
			Literature: "Not studied.",
			About:      "Days on which your last caffeinated drink came later than the caffeine cutoff in your profile.",
			SourcesSay: "One article advises avoiding caffeine before bed. Nobody has studied whether late caffeine goes with night cramps; it does disturb sleep, which is reason enough for some people.",
			Try:        "Keep caffeine before your cutoff for a few weeks and see whether this row changes.",
		},
		{
			ID: "alcohol", Kind: KindRisk, Name: "Alcohol",
			With: "after a day with alcohol", Without: "after a day without alcohol",
			Did:  "drank alcohol",
			Rule: "alcohol_drinks 1 or more", Exposure: exposeAlcohol, Input: InputAlcoholDrinks,
			Seeds: []int{0}, Evidence: EvidenceWeak,
			Literature: "One case-control study in people over 60 found much higher odds of night cramps among those who drank alcohol (odds ratio 6.5; Delacour, Ann Fam Med 2018).",
			About:      "Days with at least one standard drink.",
			SourcesSay: "One article advises keeping alcohol to a minimum, especially before bed. A single study of older adults backs it with a strong association, but one study of that kind cannot show that alcohol is what brings the cramps on.",
			Try:        "Try some alcohol-free weeks and compare. Heavy drinking is worth raising with a doctor whatever this row shows.",
		},
		{
			ID: "strenuous_exercise", Kind: KindRisk, Name: "Strenuous exercise",
			With: "after strenuous exercise", Without: "after a day without strenuous exercise",
			Did:  "exercised hard",
			Rule: "exercise_intensity is strenuous", Exposure: exposeStrenuous, Input: InputExerciseMin,
			Seeds: []int{0, 1, 2, 3}, Evidence: EvidenceWeak,
			Literature: "Muscle fatigue is a leading hypothesis for night cramps (Allen & Kirby, AAFP 2012), but it has not been tested in trials.",
			About:      "Days whose hardest effort was strenuous: hard training, heavy work, a long hike.",
			SourcesSay: "Four of the articles blame tired, overworked muscles. The idea is plausible and widely held, yet it rests on reasoning rather than trials.",
			Try:        "If this row goes with more cramps, try building up effort more gradually and stretching the calves after hard days.",
		},
		{
			ID: "inactive_day", Kind: KindRisk, Name: "Inactivity",
			With: "after a day without exercise", Without: "after a day with some exercise",
			Did:  "did no exercise",
			Rule: "exercise_intensity is none", Exposure: exposeInactive, Input: InputExerciseMin,
			Seeds: []int{0, 1, 3}, Evidence: EvidenceWeak,
			Literature: "A study of people over 60 found night cramps far more often in those with a sedentary life (odds ratio 9.8; Delacour, Sci Rep 2020); it compared people, not days.",
			About:      "Days with no deliberate exercise at all.",
			SourcesSay: "Three articles link night cramps to inactivity. One study of older adults agrees for a sedentary life overall; whether a single quiet day matters is not known, which is what this row looks at.",
			Try:        "A daily walk or some gentle movement is easy to try; compare this row after a few active weeks.",
		},
		{
			ID: "long_sitting", Kind: KindRisk, Name: "Long sitting",
			With: "after 8 hours or more of sitting", Without: "after less sitting",
			Did:  "sat for 8 hours or more",
			Rule: "sitting_h 8 or more", Exposure: exposeLongSitting, Input: InputSittingH,
			Seeds: []int{1, 2, 3, 4}, Evidence: EvidenceWeak,
			Literature: "Expert opinion; not tested in studies.",
			About:      "Days with eight hours or more sitting: a desk day, a long drive or a flight.",
			SourcesSay: "Four of the articles say that sitting for long periods makes night cramps more likely, some pointing to shortened calves or poor circulation. That is expert opinion; no study has tested it.",
			Try:        "Get up and walk for a few minutes every hour or so on long sitting days, and stretch the calves in the evening.",
		},
		{
			ID: "long_standing", Kind: KindRisk, Name: "Long standing",
			With: "after 6 hours or more on your feet", Without: "after less standing",
			Did:  "stood for 6 hours or more",
			Rule: "standing_h 6 or more", Exposure: exposeLongStanding, Input: InputStandingH,
			Seeds: []int{2, 3, 4}, Evidence: EvidenceWeak,
			Literature: "Expert opinion; not tested in studies.",
			About:      "Days with six hours or more standing or walking.",
			SourcesSay: "Three articles say long days on your feet tire the leg muscles and go with cramps that night. It is a common view among clinicians but has not been studied.",
			Try:        "On long standing days, try breaks off your feet, supportive shoes and a calf stretch before bed.",
		},
		{
			ID: "heavy_sweating", Kind: KindRisk, Name: "Heavy sweating",
			With: "after heavy sweating", Without: "after a day without heavy sweating",
			Did:  "sweated heavily",
			Rule: "heavy_sweating", Exposure: exposeHeavySweating,
			Seeds: []int{2}, Evidence: EvidenceWeak,
			Literature: "Not studied for night cramps.",
			About:      "Days on which you sweated heavily, from heat, a sauna or hard work.",
			SourcesSay: "One article names heavy sweating as a way the body loses fluid and salts before a cramp. It has not been studied for night cramps. A cramp on the same night as heavy sweating is also one of the patterns worth mentioning to a doctor.",
			Try:        "Drink more on hot or sweaty days and see whether this row changes.",
		},
		{
			ID: "high_stress", Kind: KindRisk, Name: "High stress",
			With: "after a stressful day (4 or 5 of 5)", Without: "after a calmer day",
			Did:  "were very stressed",
			Rule: "stress 4 or more", Exposure: exposeHighStress, Input: InputStress,
			Seeds: []int{0}, Evidence: EvidenceWeak,
			Literature: "Not studied.",
			About:      "Days you rated 4 or 5 on the stress scale.",
			SourcesSay: "One article says mental stress can make cramps worse and that cramps and poor sleep can feed each other. This has not been studied.",
			Try:        "Something calming in the evening (a walk, breathing exercises) is harmless to try; compare this row after a few weeks.",
		},
		{
			ID: "toes_pointed", Kind: KindRisk, Name: "Sleeping with toes pointed",
			With: "sleeping with your toes pointed", Without: "sleeping with your feet at rest",
			Did:  "slept with your toes pointed",
			Rule: "toes_pointed", Exposure: exposeToesPointed,
			Seeds: []int{1, 2, 3, 4}, Evidence: EvidenceWeak,
			Literature: "A mechanism rather than a tested finding: pointed feet keep the calf short for hours (Allen & Kirby, AAFP 2012).",
			About:      "Nights spent with the feet pointing away from you, which keeps the calf muscle shortened.",
			SourcesSay: "Four of the articles explain night cramps partly by this position. The reasoning is sound but it has not been tested in a trial.",
			Try:        "Loosen the covers at the foot of the bed or put a pillow against your soles so your feet rest upright.",
		},
		{
			ID: "tight_blankets", Kind: KindRisk, Name: "Sleeping under tight covers",
			With: "with tight or heavy blankets on your feet", Without: "with loose covers",
			Did:  "slept under tight covers",
			Rule: "tight_blankets", Exposure: exposeTightBlankets,
			Seeds: []int{2}, Evidence: EvidenceWeak,
			Literature: "Expert advice; not studied.",
			About:      "Nights with the covers tucked tight or lying heavy on your feet, which pushes the toes down.",
			SourcesSay: "One article mentions heavy or tight covers pressing the feet down. It is practical advice without a study behind it.",
			Try:        "Untuck the covers at the foot of the bed for a few weeks.",
		},
		{
			ID: "legs_curled", Kind: KindRisk, Name: "Sleeping with legs curled",
			With: "sleeping with your legs tightly curled", Without: "sleeping with your legs straighter",
			Did:  "slept with your legs curled",
			Rule: "legs_curled", Exposure: exposeLegsCurled,
			Seeds: []int{2}, Evidence: EvidenceWeak,
			Literature: "Expert advice; not studied.",
			About:      "Nights spent with the legs tightly curled up.",
			SourcesSay: "One article says a tightly curled position keeps the calves shortened. It is advice without a study behind it.",
			Try:        "Try a straighter position, or a pillow between or under the legs.",
		},
		{
			ID: "stretched", Kind: KindProtective, Name: "Stretching before bed",
			With: "after stretching before bed", Without: "without stretching",
			Did:  "stretched before bed",
			Rule: "stretched", Exposure: exposeStretched,
			Seeds: []int{0, 2, 3, 4}, Evidence: EvidenceModerate,
			Literature: "Mixed: nightly calf and hamstring stretching reduced cramps in one randomised trial in older adults (Hallegraeff, J Physiother 2012); calf stretching alone did not in an earlier trial (Coppin 2005).",
			About:      "Nights on which you stretched your calves and hamstrings before going to bed.",
			SourcesSay: "Four of the articles recommend stretching before bed. The trials are mixed: stretching both the calves and the hamstrings helped in one, calf stretches alone did not help in another.",
			Try:        "Stretch both the calves and the back of the thighs for a few minutes every evening for six weeks, then look at this row.",
		},
		{
			ID: "magnesium", Kind: KindProtective, Name: "Taking magnesium",
			With: "after taking magnesium", Without: "without magnesium",
			Did:  "took magnesium",
			Rule: "supplements include magnesium", Exposure: exposeMagnesium,
			Seeds: []int{2, 4, 0, 1}, Evidence: EvidenceContradicted,
			Literature: "A Cochrane review (2020) found that magnesium gives older adults no meaningful benefit for cramps; results in pregnancy conflict.",
			About:      "Days on which you took a magnesium supplement.",
			SourcesSay: "Two articles recommend magnesium supplements and one magnesium-rich food, while another says night cramps are not related to electrolytes. The trials side with the sceptic: for most adults, magnesium works no better than a placebo.",
			Try:        "If you take magnesium, this row shows whether it goes with anything in your own diary. Ask a doctor or pharmacist before adding supplements, especially with kidney disease or other medicines.",
		},
		{
			ID: "electrolytes", Kind: KindProtective, Name: "Taking potassium, calcium or electrolytes",
			With: "after taking potassium, calcium or electrolytes", Without: "without them",
			Did:  "took potassium, calcium or electrolytes",
			Rule: "supplements include potassium, calcium or electrolytes", Exposure: exposeElectrolytes,
			Seeds: []int{0, 2, 4, 1}, Evidence: EvidenceWeak,
			Literature: "No trials for night cramps.",
			About:      "Days on which you took potassium, calcium or an electrolyte mix.",
			SourcesSay: "Three articles recommend minerals through food or supplements; another says night cramps have nothing to do with electrolyte levels and need no blood test for them. No trial has settled the question.",
			Try:        "Get advice before taking potassium: too much can be dangerous with some heart and blood-pressure medicines and with kidney disease.",
		},
		{
			ID: "vitamin_b", Kind: KindProtective, Name: "Taking vitamin B",
			With: "after taking vitamin B", Without: "without vitamin B",
			Did:  "took vitamin B",
			Rule: "supplements include vitamin_b", Exposure: exposeVitaminB,
			Seeds: []int{1}, Evidence: EvidenceWeak,
			Literature: "One small trial of 28 people.",
			About:      "Days on which you took a vitamin B complex supplement.",
			SourcesSay: "One article mentions a small study of 28 people in which a vitamin B complex helped, and says there is not yet enough evidence to know how much it helps.",
			Try:        "It is generally safe; if you try it, log it for several weeks and compare this row.",
		},
		{
			ID: "legs_elevated", Kind: KindProtective, Name: "Raising the legs in the evening",
			With: "after raising your legs in the evening", Without: "without raising them",
			Did:  "raised your legs in the evening",
			Rule: "legs_elevated", Exposure: exposeLegsElevated,
			Seeds: []int{4}, Evidence: EvidenceWeak,
			Literature: "Expert advice; not studied.",
			About:      "Evenings on which you kept your legs raised for 10 to 15 minutes.",
			SourcesSay: "One article, from a vein clinic, suggests raising the legs in the evening to help circulation. It has not been studied for cramps.",
			Try:        "Ten to fifteen minutes with your feet up in the evening is easy to try for a few weeks.",
		},
		{
			ID: "massage", Kind: KindProtective, Name: "Leg massage before bed",
			With: "after massaging your legs before bed", Without: "without a massage",
			Did:  "massaged your legs before bed",
			Rule: "massage", Exposure: exposeMassage,
			Seeds: []int{2}, Evidence: EvidenceWeak,
			Literature: "Expert advice; not studied.",
			About:      "Nights on which you massaged your legs before bed.",
			SourcesSay: "One article suggests a short leg massage before bed to relax the muscles. It is advice without a study behind it.",
			Try:        "A few minutes of massage on the calves before bed is harmless to try.",
		},
		{
			ID: "knees_supported", Kind: KindProtective, Name: "Supporting the knees or ankles",
			With: "with a pillow under your knees or ankles", Without: "without one",
			Did:  "supported your knees or ankles",
			Rule: "knees_supported", Exposure: exposeKneesSupported,
			Seeds: []int{2, 4}, Evidence: EvidenceWeak,
			Literature: "Expert advice; not studied.",
			About:      "Nights with a pillow under your knees or ankles, which keeps the legs in a neutral position.",
			SourcesSay: "Two articles suggest sleeping with the knees slightly bent or supported to keep the calves from shortening. It has not been studied.",
			Try:        "Put a pillow under your knees or ankles for a few weeks and compare.",
		},
	}
}

// TrialHabitFor returns the self-experiment habit (SPEC §11.1) that tests
// the catalog factor with the given id, for the offer beside a factor that
// the diary cannot judge or that the user mostly takes after a bad night.
func TrialHabitFor(factorID string) (habit string, ok bool) {
	switch factorID {
	case "stretched", "legs_elevated", "massage", "knees_supported", "tight_blankets",
		"alcohol", "late_caffeine", "magnesium":
		return factorID, true // the habits share the factors' ids
	}
	return "", false
}

// FactorByID returns the catalog factor with the given id.
func FactorByID(id string) (Factor, bool) {
	cat := Catalog()
	i := slices.IndexFunc(cat, func(f Factor) bool { return f.ID == id })
	if i < 0 {
		return Factor{}, false
	}
	return cat[i], true
}

// The exposure rules of TRIGGERS.md, one function each.

func exposeLowWater(n *diary.Night, p *diary.Profile) (bool, bool) {
	ml, ok := n.Day.WaterML.Get()
	if !ok {
		return false, false
	}
	// ml < 3/4 × goal, in integers so that exactly 3/4 is not low.
	return ml*lowWaterDen < lowWaterNum*p.WaterGoal(), true
}

func exposeHighCaffeine(n *diary.Night, _ *diary.Profile) (bool, bool) {
	return exposeAtLeast(n.Day.CaffeineServings, highCaffeineServings)
}

// exposeLateCaffeine is diary's rule, which the late_caffeine trial shares.
func exposeLateCaffeine(n *diary.Night, p *diary.Profile) (bool, bool) {
	return diary.LateCaffeine(n, p)
}

func exposeAlcohol(n *diary.Night, _ *diary.Profile) (bool, bool) {
	return exposeAtLeast(n.Day.AlcoholDrinks, 1)
}

func exposeStrenuous(n *diary.Night, _ *diary.Profile) (bool, bool) {
	return exposeIntensityIs(n.Day.ExerciseIntensity, diary.IntensityStrenuous)
}

func exposeInactive(n *diary.Night, _ *diary.Profile) (bool, bool) {
	return exposeIntensityIs(n.Day.ExerciseIntensity, diary.IntensityNone)
}

func exposeLongSitting(n *diary.Night, _ *diary.Profile) (bool, bool) {
	h, ok := n.Day.SittingH.Get()
	return ok && h >= longSittingHours, ok
}

func exposeLongStanding(n *diary.Night, _ *diary.Profile) (bool, bool) {
	h, ok := n.Day.StandingH.Get()
	return ok && h >= longStandingHours, ok
}

func exposeHeavySweating(n *diary.Night, _ *diary.Profile) (bool, bool) {
	return n.Day.HeavySweating.Get()
}

func exposeHighStress(n *diary.Night, _ *diary.Profile) (bool, bool) {
	return exposeAtLeast(n.Day.Stress, highStressLevel)
}

func exposeToesPointed(n *diary.Night, _ *diary.Profile) (bool, bool) {
	return n.Position.ToesPointed.Get()
}

func exposeTightBlankets(n *diary.Night, _ *diary.Profile) (bool, bool) {
	return n.Position.TightBlankets.Get()
}

func exposeLegsCurled(n *diary.Night, _ *diary.Profile) (bool, bool) {
	return n.Position.LegsCurled.Get()
}

func exposeStretched(n *diary.Night, _ *diary.Profile) (bool, bool) {
	return n.Day.Stretched.Get()
}

func exposeMagnesium(n *diary.Night, _ *diary.Profile) (bool, bool) {
	return exposeTook(n.Day.Supplements, diary.SupplementMagnesium)
}

func exposeElectrolytes(n *diary.Night, _ *diary.Profile) (bool, bool) {
	return exposeTook(n.Day.Supplements, diary.SupplementPotassium, diary.SupplementCalcium, diary.SupplementElectrolytes)
}

func exposeVitaminB(n *diary.Night, _ *diary.Profile) (bool, bool) {
	return exposeTook(n.Day.Supplements, diary.SupplementVitaminB)
}

func exposeLegsElevated(n *diary.Night, _ *diary.Profile) (bool, bool) {
	return n.Day.LegsElevated.Get()
}

func exposeMassage(n *diary.Night, _ *diary.Profile) (bool, bool) {
	return n.Day.Massage.Get()
}

func exposeKneesSupported(n *diary.Night, _ *diary.Profile) (bool, bool) {
	return n.Position.KneesSupported.Get()
}

// exposeAtLeast reports whether a known count reaches least.
func exposeAtLeast(o diary.Opt[int], least int) (bool, bool) {
	v, ok := o.Get()
	return ok && v >= least, ok
}

// exposeIntensityIs reports whether a recorded exercise intensity is want; the
// empty intensity is unrecorded.
func exposeIntensityIs(got, want diary.Intensity) (bool, bool) {
	if got == "" {
		return false, false
	}
	return got == want, true
}

// exposeTook reports whether the day's supplements include any of want. A nil list
// is unrecorded; an empty one is a recorded "none".
func exposeTook(list []diary.Supplement, want ...diary.Supplement) (bool, bool) {
	if list == nil {
		return false, false
	}
	for _, s := range list {
		if slices.Contains(want, s) {
			return true, true
		}
	}
	return false, true
}
