package main

import (
	"fmt"
	"iter"
	"math/rand/v2"
)

type Split struct {
	Fold        int
	Train, Test []int
}

func StratifiedKFold(labels []int, k int, seed uint64) iter.Seq[Split] {
	return func(yield func(Split) bool) {
		r := rand.New(rand.NewPCG(seed, seed*3+1))
		byClass := map[int][]int{}
		maxC := 0
		for i, l := range labels {
			byClass[l] = append(byClass[l], i)
			maxC = max(maxC, l)
		}
		assign := make([]int, len(labels))
		for c := 0; c <= maxC; c++ {
			idx := byClass[c]
			r.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
			for n, i := range idx {
				assign[i] = n % k
			}
		}
		for f := 0; f < k; f++ {
			var s Split
			s.Fold = f
			for i, a := range assign {
				if a == f {
					s.Test = append(s.Test, i)
				} else {
					s.Train = append(s.Train, i)
				}
			}
			if !yield(s) {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func main() {
	labels := []int{0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2}
	for s := range StratifiedKFold(labels, 3, 9) {
		dist := [3]int{}
		for _, t := range s.Test {
			dist[labels[t]]++
		}
		fmt.Printf("fold %d test=%v class-dist=%v train=%d\n", s.Fold, s.Test, dist, len(s.Train))
	}
	for i, s := range Enumerate(StratifiedKFold(labels, 4, 1)) {
		if i == 2 {
			fmt.Println("stopping early at", i)
			break
		}
		fmt.Printf("#%d %+v\n", i, s)
	}
	next, stop := iter.Pull(StratifiedKFold(labels, 2, 5))
	defer stop()
	for {
		s, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", s.Fold, len(s.Test))
	}
}
