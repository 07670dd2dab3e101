package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
)

type ClassReport struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1-score"`
	Support   int     `json:"support"`
}

type Report struct {
	Classes  map[string]ClassReport `json:"classes"`
	Accuracy float64                `json:"accuracy"`
	Weighted *ClassReport           `json:"weighted_avg,omitempty"`
}

func round(x float64) float64 {
	return float64(int(x*1000+0.5)) / 1000
}

func build(actual, pred []string) Report {
	labels := map[string]bool{}
	for _, a := range actual {
		labels[a] = true
	}
	r := Report{Classes: map[string]ClassReport{}}
	correct := 0
	for i := range actual {
		if actual[i] == pred[i] {
			correct++
		}
	}
	var w ClassReport
	for l := range labels {
		var tp, fp, fn int
		for i := range actual {
			switch {
			case actual[i] == l && pred[i] == l:
				tp++
			case pred[i] == l:
				fp++
			case actual[i] == l:
				fn++
			}
		}
		p := float64(tp) / float64(tp+fp)
		rc := float64(tp) / float64(tp+fn)
		f := 2 * p * rc / (p + rc)
		cr := ClassReport{round(p), round(rc), round(f), tp + fn}
		r.Classes[l] = cr
		w.Support += cr.Support
	}
	names := make([]string, 0)
	for l := range labels {
		names = append(names, l)
	}
	sort.Strings(names)
	for _, l := range names {
		cr := r.Classes[l]
		frac := float64(cr.Support) / float64(len(actual))
		w.Precision += cr.Precision * frac
		w.Recall += cr.Recall * frac
		w.F1 += cr.F1 * frac
	}
	w.Precision, w.Recall, w.F1 = round(w.Precision), round(w.Recall), round(w.F1)
	r.Weighted = &w
	r.Accuracy = round(float64(correct) / float64(len(actual)))
	return r
}

func main() {
	actual := []string{"a", "b", "a", "c", "b", "a", "c", "c", "a", "b"}
	pred := []string{"a", "b", "b", "c", "b", "a", "a", "c", "a", "c"}
	r := build(actual, pred)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	if err := enc.Encode(r); err != nil {
		fmt.Println(err)
	}
	raw, _ := json.Marshal(r.Classes["a"])
	fmt.Println(string(raw))
	var back Report
	if err := json.Unmarshal([]byte(`{"classes":{"x":{"precision":0.5,"support":3}},"accuracy":0.9}`), &back); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%+v %v\n", back.Classes["x"], back.Weighted == nil)
}
