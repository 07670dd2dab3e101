package main

import (
	"fmt"
	"math"
	"sort"
	"sync"
)

type Job struct {
	LR, Reg float64
}

type Result struct {
	Job
	ValAcc float64
	Loss   float64
}

// train fits a 1-D logistic regression on a fixed toy dataset.
func train(j Job) Result {
	xs := []float64{-3, -2, -1.5, -1, -0.5, 0.2, 0.5, 1, 1.5, 2.5, 3}
	ys := []float64{0, 0, 0, 1, 0, 1, 0, 1, 1, 1, 1}
	w, b := 0.0, 0.0
	var loss float64
	for it := 0; it < 200; it++ {
		var gw, gb float64
		loss = 0
		for i, x := range xs {
			p := 1 / (1 + math.Exp(-(w*x + b)))
			loss -= ys[i]*math.Log(p+1e-12) + (1-ys[i])*math.Log(1-p+1e-12)
			gw += (p - ys[i]) * x
			gb += p - ys[i]
		}
		n := float64(len(xs))
		w -= j.LR * (gw/n + j.Reg*w)
		b -= j.LR * gb / n
		loss = loss/n + 0.5*j.Reg*w*w
	}
	correct := 0
	for i, x := range xs {
		if (w*x+b > 0) == (ys[i] == 1) {
			correct++
		}
	}
	return Result{j, float64(correct) / float64(len(xs)), loss}
}

func main() {
	jobs := make(chan Job)
	results := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- train(j)
			}
		}(w)
	}
	go func() {
		for _, lr := range []float64{0.01, 0.1, 1} {
			for _, reg := range []float64{0, 0.01, 1} {
				jobs <- Job{lr, reg}
			}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, k int) bool {
		if all[i].Loss != all[k].Loss {
			return all[i].Loss < all[k].Loss
		}
		return all[i].LR < all[k].LR
	})
	for _, r := range all {
		fmt.Printf("lr %-5g reg %-5g -> loss %.4f val acc %.3f\n", r.LR, r.Reg, r.Loss, r.ValAcc)
	}
	fmt.Printf("best: %+v\n", all[0])
}
