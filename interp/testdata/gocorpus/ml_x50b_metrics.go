package main

import (
	"fmt"
	"sort"
)

type Confusion struct{ TP, FP, TN, FN int }

func (c Confusion) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }
func (c Confusion) Recall() float64    { return ratio(c.TP, c.TP+c.FN) }
func (c Confusion) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
func (c Confusion) String() string {
	return fmt.Sprintf("TP=%d FP=%d TN=%d FN=%d", c.TP, c.FP, c.TN, c.FN)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func confusion(scores []float64, labels []bool, thr float64) Confusion {
	var c Confusion
	for i, s := range scores {
		pred := s >= thr
		switch {
		case pred && labels[i]:
			c.TP++
		case pred && !labels[i]:
			c.FP++
		case !pred && labels[i]:
			c.FN++
		default:
			c.TN++
		}
	}
	return c
}

func main() {
	scores := []float64{0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.55, 0.4, 0.3, 0.2, 0.1, 0.05}
	labels := []bool{true, true, false, true, true, false, true, false, false, true, false, false}
	fmt.Printf("%5s  %-26s %6s %6s %6s\n", "thr", "counts", "prec", "rec", "f1")
	for _, t := range []float64{0.25, 0.5, 0.75} {
		c := confusion(scores, labels, t)
		fmt.Printf("%5.2f  %-26v %6.3f %6.3f %6.3f\n", t, c, c.Precision(), c.Recall(), c.F1())
	}
	thr := append([]float64{1.01}, scores...)
	sort.Sort(sort.Reverse(sort.Float64Slice(thr)))
	type pt struct{ FPR, TPR float64 }
	var roc []pt
	for _, t := range thr {
		c := confusion(scores, labels, t)
		roc = append(roc, pt{ratio(c.FP, c.FP+c.TN), ratio(c.TP, c.TP+c.FN)})
	}
	roc = append(roc, pt{1, 1})
	auc := 0.0
	for i := 1; i < len(roc); i++ {
		auc += (roc[i].FPR - roc[i-1].FPR) * (roc[i].TPR + roc[i-1].TPR) / 2
	}
	fmt.Println("ROC points:")
	for _, p := range roc {
		fmt.Printf("  %+v\n", p)
	}
	fmt.Printf("AUC = %.4f\n", auc)
	fmt.Println(confusion(scores, labels, 0.5))
}
