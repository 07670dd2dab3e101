package main

import (
	"fmt"
	"math"
	"sort"
)

type Confusion struct{ TP, FP, TN, FN int }

func (c Confusion) Precision() float64 { return float64(c.TP) / float64(c.TP+c.FP) }
func (c Confusion) Recall() float64    { return float64(c.TP) / float64(c.TP+c.FN) }
func (c Confusion) F1() float64 {
	p, r := c.Precision(), c.Recall()
	return 2 * p * r / (p + r)
}
func (c Confusion) String() string {
	return fmt.Sprintf("TP=%d FP=%d TN=%d FN=%d", c.TP, c.FP, c.TN, c.FN)
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func auc(scores []float64, labels []int) float64 {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return scores[idx[a]] > scores[idx[b]] })
	var pos, neg, area, tp float64
	for _, l := range labels {
		if l == 1 {
			pos++
		} else {
			neg++
		}
	}
	for _, i := range idx {
		if labels[i] == 1 {
			tp++
		} else {
			area += tp
		}
	}
	return area / (pos * neg)
}

func main() {
	X := []float64{0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 1.8, 3.2}
	Y := []int{0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 0}
	w, b := 0.0, 0.0
	for epoch := range 2000 {
		var gw, gb, ll float64
		for i, x := range X {
			p := sigmoid(w*x + b)
			gw += (p - float64(Y[i])) * x
			gb += p - float64(Y[i])
			ll -= float64(Y[i])*math.Log(p) + float64(1-Y[i])*math.Log(1-p)
		}
		w -= 0.1 * gw / float64(len(X))
		b -= 0.1 * gb / float64(len(X))
		if epoch%500 == 0 {
			fmt.Printf("epoch %d nll %.4f\n", epoch, ll/float64(len(X)))
		}
	}
	fmt.Printf("w=%.4f b=%.4f boundary=%.4f\n", w, b, -b/w)
	scores := make([]float64, len(X))
	for i, x := range X {
		scores[i] = sigmoid(w*x + b)
	}
	for _, th := range []float64{0.3, 0.5, 0.7} {
		var c Confusion
		for i, s := range scores {
			switch pred := s >= th; {
			case pred && Y[i] == 1:
				c.TP++
			case pred:
				c.FP++
			case Y[i] == 1:
				c.FN++
			default:
				c.TN++
			}
		}
		fmt.Printf("th=%.1f %v P=%.3f R=%.3f F1=%.3f\n", th, c, c.Precision(), c.Recall(), c.F1())
	}
	fmt.Printf("AUC %.4f\n", auc(scores, Y))
}
