// Exercises: k-fold split indices, goroutines scoring each fold, results collected by index, sync.WaitGroup
package main

import (
	"fmt"
	"sync"
)

type Fold struct {
	Train, Test []int
}

func kFold(n, k int) []Fold {
	folds := make([]Fold, k)
	for f := 0; f < k; f++ {
		lo, hi := f*n/k, (f+1)*n/k
		for i := 0; i < n; i++ {
			if i >= lo && i < hi {
				folds[f].Test = append(folds[f].Test, i)
			} else {
				folds[f].Train = append(folds[f].Train, i)
			}
		}
	}
	return folds
}

// meanPredictorMSE fits the mean of the training targets and scores it on the test fold.
func meanPredictorMSE(y []float64, f Fold) float64 {
	mean := 0.0
	for _, i := range f.Train {
		mean += y[i]
	}
	mean /= float64(len(f.Train))
	mse := 0.0
	for _, i := range f.Test {
		mse += (y[i] - mean) * (y[i] - mean)
	}
	return mse / float64(len(f.Test))
}

func main() {
	y := []float64{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
	folds := kFold(len(y), 4)
	for i, f := range folds {
		fmt.Printf("fold %d test=%v train=%d\n", i, f.Test, len(f.Train))
	}
	scores := make([]float64, len(folds))
	var wg sync.WaitGroup
	for i, f := range folds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			scores[i] = meanPredictorMSE(y, f)
		}()
	}
	wg.Wait()
	total := 0.0
	for i, s := range scores {
		fmt.Printf("fold %d mse %.4f\n", i, s)
		total += s
	}
	fmt.Printf("cv mse %.4f\n", total/float64(len(scores)))
}
