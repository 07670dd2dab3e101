// Exercises: a named float type Prob with String, in slices, map values, struct fields, %v vs %.2f vs %s, arithmetic on named types
package main

import (
	"fmt"
	"sort"
)

type Prob float64

func (p Prob) String() string { return fmt.Sprintf("%.1f%%", float64(p)*100) }

type Logit float64

type Prediction struct {
	Label string
	P     Prob
	Raw   Logit
}

func normalize(ws map[string]float64) map[string]Prob {
	total := 0.0
	for _, w := range ws {
		total += w
	}
	out := map[string]Prob{}
	for k, w := range ws {
		out[k] = Prob(w / total)
	}
	return out
}

func main() {
	p := Prob(0.25)
	fmt.Println(p, p*2, 1-p)
	fmt.Printf("%v %s %.2f %g %d\n", p, p, p, p, 7)
	ps := []Prob{0.1, 0.2, 0.7}
	fmt.Println(ps)
	fmt.Printf("%v %.3f\n", ps, ps)
	m := normalize(map[string]float64{"cat": 3, "dog": 1})
	fmt.Println(m)
	pred := Prediction{"cat", m["cat"], Logit(1.0986)}
	fmt.Println(pred)
	fmt.Printf("%+v\n", pred)
	preds := []Prediction{pred, {"dog", m["dog"], -1.0986}}
	sort.Slice(preds, func(i, j int) bool { return preds[i].P < preds[j].P })
	fmt.Println(preds)
	var s fmt.Stringer = p
	fmt.Println(s.String(), s)
	fmt.Println(float64(p) == 0.25, Prob(0.5) > p)
}
