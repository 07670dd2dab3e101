package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
)

func twoLoops(test, train [][]float64) [][]float64 {
	d := make([][]float64, len(test))
	for i := range test {
		d[i] = make([]float64, len(train))
		for j := range train {
			s := 0.0
			for k := range test[i] {
				diff := test[i][k] - train[j][k]
				s += diff * diff
			}
			d[i][j] = math.Sqrt(s)
		}
	}
	return d
}

// noLoops uses ||a-b||^2 = ||a||^2 + ||b||^2 - 2 a.b
func noLoops(test, train [][]float64) [][]float64 {
	sq := func(v []float64) (s float64) {
		for _, x := range v {
			s += x * x
		}
		return
	}
	trSq := make([]float64, len(train))
	for j, t := range train {
		trSq[j] = sq(t)
	}
	d := make([][]float64, len(test))
	var wg sync.WaitGroup
	for i := range test {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			row := make([]float64, len(train))
			a := sq(test[i])
			for j := range train {
				dot := 0.0
				for k := range train[j] {
					dot += test[i][k] * train[j][k]
				}
				row[j] = math.Sqrt(math.Max(a+trSq[j]-2*dot, 0))
			}
			d[i] = row
		}(i)
	}
	wg.Wait()
	return d
}

func main() {
	rng := rand.New(rand.NewPCG(10, 20))
	mk := func(n int) [][]float64 {
		m := make([][]float64, n)
		for i := range m {
			m[i] = make([]float64, 8)
			for k := range m[i] {
				m[i][k] = float64(rng.IntN(256))
			}
		}
		return m
	}
	train, test := mk(40), mk(6)
	d1 := twoLoops(test, train)
	d2 := noLoops(test, train)
	diff := 0.0
	for i := range d1 {
		for j := range d1[i] {
			diff += (d1[i][j] - d2[i][j]) * (d1[i][j] - d2[i][j])
		}
	}
	fmt.Printf("difference: %.6f\n", math.Sqrt(diff))
	if math.Sqrt(diff) < 1e-6 {
		fmt.Println("Good! The distance matrices are the same")
	} else {
		fmt.Println("Uh-oh! The distance matrices are different")
	}
	for i := range d1 {
		bj := 0
		for j := range d1[i] {
			if d1[i][j] < d1[i][bj] {
				bj = j
			}
		}
		fmt.Printf("test %d nearest train %2d dist %.2f\n", i, bj, d1[i][bj])
	}
}
