package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"sync"
)

type Sample struct {
	X     [2]float64
	Label int
}

func dist2(a, b [2]float64) float64 {
	dx, dy := a[0]-b[0], a[1]-b[1]
	return dx*dx + dy*dy
}

func knnPredict(train []Sample, x [2]float64, k int) int {
	type nd struct {
		d float64
		l int
	}
	ds := make([]nd, len(train))
	for i, s := range train {
		ds[i] = nd{dist2(s.X, x), s.Label}
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i].d < ds[j].d })
	votes := map[int]int{}
	best, bestN := 0, -1
	for _, n := range ds[:k] {
		votes[n.l]++
	}
	for l := 0; l < 3; l++ {
		if votes[l] > bestN {
			best, bestN = l, votes[l]
		}
	}
	return best
}

func folds[T any](data []T, k int) [][]T {
	out := make([][]T, k)
	for i, d := range data {
		out[i%k] = append(out[i%k], d)
	}
	return out
}

func main() {
	rng := rand.New(rand.NewPCG(3, 4))
	centers := [][2]float64{{0, 0}, {3, 3}, {0, 4}}
	var data []Sample
	for i := 0; i < 90; i++ {
		c := i % 3
		data = append(data, Sample{[2]float64{centers[c][0] + rng.NormFloat64()*1.2, centers[c][1] + rng.NormFloat64()*1.2}, c})
	}
	rng.Shuffle(len(data), func(i, j int) { data[i], data[j] = data[j], data[i] })
	const numFolds = 5
	fs := folds(data, numFolds)
	kChoices := []int{1, 3, 5, 8, 10, 15, 20}
	results := make(map[int][]float64)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, k := range kChoices {
		wg.Add(1)
		go func() {
			defer wg.Done()
			accs := make([]float64, numFolds)
			for f := 0; f < numFolds; f++ {
				var train []Sample
				for g := range fs {
					if g != f {
						train = append(train, fs[g]...)
					}
				}
				correct := 0
				for _, s := range fs[f] {
					if knnPredict(train, s.X, k) == s.Label {
						correct++
					}
				}
				accs[f] = float64(correct) / float64(len(fs[f]))
			}
			mu.Lock()
			results[k] = accs
			mu.Unlock()
		}()
	}
	wg.Wait()
	keys := slices.Sorted(func(yield func(int) bool) {
		for k := range results {
			if !yield(k) {
				return
			}
		}
	})
	bestK, bestMean := 0, 0.0
	for _, k := range keys {
		mean := 0.0
		for _, a := range results[k] {
			mean += a
		}
		mean /= numFolds
		fmt.Printf("k = %2d, accuracies = %.3f, mean = %.4f\n", k, results[k], mean)
		if mean > bestMean {
			bestK, bestMean = k, mean
		}
	}
	fmt.Println("best k:", bestK)
}
