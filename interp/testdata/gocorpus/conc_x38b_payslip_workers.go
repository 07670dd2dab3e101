package main

import (
	"fmt"
	"strings"
	"sync"
)

type Timesheet struct {
	Employee string
	Hours    []float64
	Rate     float64
}

type Payslip struct {
	Employee string
	Gross    float64
	Tax      float64
	Net      float64
}

func taxFor(gross float64) float64 {
	brackets := []struct{ upTo, rate float64 }{{500, 0.1}, {1500, 0.2}, {1e18, 0.35}}
	tax, prev := 0.0, 0.0
	for _, b := range brackets {
		if gross <= prev {
			break
		}
		tax += (min(gross, b.upTo) - prev) * b.rate
		prev = b.upTo
	}
	return tax
}

func compute(ts Timesheet) Payslip {
	gross := 0.0
	for _, h := range ts.Hours {
		gross += min(h, 8)*ts.Rate + max(h-8, 0)*ts.Rate*1.5
	}
	tax := taxFor(gross)
	return Payslip{ts.Employee, gross, tax, gross - tax}
}

func main() {
	sheets := []Timesheet{
		{"ava", []float64{8, 8, 8, 8, 8}, 22},
		{"ben", []float64{10, 9, 8, 12, 6}, 18.5},
		{"cal", []float64{4, 4, 4}, 30},
		{"dot", []float64{8, 8, 8, 8, 8, 5}, 45},
		{"eli", nil, 25},
		{"fay", []float64{11, 11, 11, 11}, 28},
	}
	slips := make([]Payslip, len(sheets))
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	var mu sync.Mutex
	active, peak := 0, 0
	for i, ts := range sheets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			mu.Lock()
			active++
			peak = max(peak, active)
			mu.Unlock()
			slips[i] = compute(ts)
			mu.Lock()
			active--
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("peak concurrency <= 2:", peak <= 2 && peak >= 1)
	var total Payslip
	for _, s := range slips {
		fmt.Printf("%-4s gross %8.2f tax %7.2f net %8.2f\n", s.Employee, s.Gross, s.Tax, s.Net)
		total.Gross += s.Gross
		total.Tax += s.Tax
		total.Net += s.Net
	}
	fmt.Println(strings.Repeat("=", 44))
	fmt.Printf("%-4s gross %8.2f tax %7.2f net %8.2f\n", "all", total.Gross, total.Tax, total.Net)

	results := make(chan string)
	var wg2 sync.WaitGroup
	for _, name := range []string{"ava", "ben", "cal"} {
		wg2.Add(1)
		go func(n string) {
			defer wg2.Done()
			results <- strings.ToUpper(n)
		}(name)
	}
	go func() { wg2.Wait(); close(results) }()
	count := 0
	for r := range results {
		count += len(r)
	}
	fmt.Println("letters:", count)
}
