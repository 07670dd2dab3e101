package main

import (
	"fmt"
	"sort"
	"strings"
)

type Pair struct{ Actual, Pred string }

type ConfMatrix map[Pair]int

func (cm ConfMatrix) Labels() []string {
	set := map[string]bool{}
	for p := range cm {
		set[p.Actual] = true
		set[p.Pred] = true
	}
	var ls []string
	for l := range set {
		ls = append(ls, l)
	}
	sort.Strings(ls)
	return ls
}

func (cm ConfMatrix) Print() {
	ls := cm.Labels()
	fmt.Printf("%10s", "act\\pred")
	for _, l := range ls {
		fmt.Printf("%8s", l)
	}
	fmt.Println()
	for _, a := range ls {
		fmt.Printf("%10s", a)
		for _, p := range ls {
			fmt.Printf("%8d", cm[Pair{a, p}])
		}
		fmt.Println()
	}
}

func (cm ConfMatrix) PerClass() {
	ls := cm.Labels()
	var macro float64
	for _, l := range ls {
		tp := cm[Pair{l, l}]
		var fp, fn int
		for _, o := range ls {
			if o != l {
				fp += cm[Pair{o, l}]
				fn += cm[Pair{l, o}]
			}
		}
		p := float64(tp) / float64(max(tp+fp, 1))
		r := float64(tp) / float64(max(tp+fn, 1))
		f := 0.0
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		macro += f
		fmt.Printf("%-6s p=%.3f r=%.3f f1=%.3f %s\n", l, p, r, f, strings.Repeat("*", int(f*20)))
	}
	fmt.Printf("macro F1 = %.4f\n", macro/float64(len(ls)))
}

func main() {
	actual := strings.Fields("cat dog cat bird dog dog cat bird bird cat dog cat")
	pred := strings.Fields("cat dog dog bird dog cat cat cat bird cat dog bird")
	cm := ConfMatrix{}
	correct := 0
	for i := range actual {
		cm[Pair{actual[i], pred[i]}]++
		if actual[i] == pred[i] {
			correct++
		}
	}
	cm.Print()
	cm.PerClass()
	fmt.Printf("accuracy %.4f\n", float64(correct)/float64(len(actual)))
	fmt.Println(cm)
}
