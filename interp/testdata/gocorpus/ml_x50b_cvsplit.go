package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Fold struct {
	Train, Test []int
}

func kfold(n, k int, r *rand.Rand) []Fold {
	idx := r.Perm(n)
	folds := make([]Fold, k)
	for f := 0; f < k; f++ {
		lo, hi := f*n/k, (f+1)*n/k
		folds[f].Test = append([]int(nil), idx[lo:hi]...)
		folds[f].Train = append(append([]int(nil), idx[:lo]...), idx[hi:]...)
	}
	return folds
}

func meanModel(ys []float64, train []int) float64 {
	s := 0.0
	for _, i := range train {
		s += ys[i]
	}
	return s / float64(len(train))
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	ys := make([]float64, 20)
	for i := range ys {
		ys[i] = float64(i%5) + r.Float64()
	}
	folds := kfold(len(ys), 4, r)
	var total float64
	for i, f := range folds {
		pred := meanModel(ys, f.Train)
		var sse float64
		for _, t := range f.Test {
			d := ys[t] - pred
			sse += d * d
		}
		mse := sse / float64(len(f.Test))
		total += mse
		fmt.Printf("fold %d test=%v pred=%.4f mse=%.4f\n", i, f.Test, pred, mse)
	}
	fmt.Printf("cv mse: %.4f\n", total/float64(len(folds)))
	seen := make([]bool, len(ys))
	for _, f := range folds {
		for _, t := range f.Test {
			if seen[t] {
				panic("duplicate")
			}
			seen[t] = true
		}
	}
	fmt.Println("all covered:", !strings.Contains(fmt.Sprint(seen), "false"))
	r2 := rand.New(rand.NewPCG(1, 2))
	s := []string{"a", "b", "c", "d", "e", "f"}
	r2.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s, r2.IntN(100))
}
