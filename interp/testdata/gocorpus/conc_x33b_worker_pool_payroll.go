package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Timecard struct {
	EmpID int
	Hours float64
	Rate  float64
}

type Paycheck struct {
	EmpID int
	Gross float64
	Tax   float64
	Err   error
}

var ErrOvertime = errors.New("hours exceed legal limit")

func compute(tc Timecard) Paycheck {
	if tc.Hours > 60 {
		return Paycheck{EmpID: tc.EmpID, Err: fmt.Errorf("emp %d: %.0fh: %w", tc.EmpID, tc.Hours, ErrOvertime)}
	}
	gross := tc.Hours * tc.Rate
	if tc.Hours > 40 {
		gross += (tc.Hours - 40) * tc.Rate * 0.5
	}
	tax := gross * 0.2
	if gross > 1500 {
		tax = 300 + (gross-1500)*0.3
	}
	return Paycheck{EmpID: tc.EmpID, Gross: gross, Tax: tax}
}

func main() {
	cards := []Timecard{
		{101, 40, 20}, {102, 45, 30}, {103, 65, 25}, {104, 38.5, 55},
		{105, 20, 15}, {106, 50, 40}, {107, 61, 10}, {108, 40, 37.5},
	}
	jobs := make(chan Timecard)
	results := make([]Paycheck, len(cards))
	index := map[int]int{}
	for i, c := range cards {
		index[c.EmpID] = i
	}
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for tc := range jobs {
				results[index[tc.EmpID]] = compute(tc)
			}
		}()
	}
	for _, c := range cards {
		jobs <- c
	}
	close(jobs)
	wg.Wait()

	var errs []error
	var sumGross, sumTax float64
	fmt.Printf("%-5s %9s %9s %9s\n", "emp", "gross", "tax", "net")
	fmt.Println(strings.Repeat("-", 35))
	for _, p := range results {
		if p.Err != nil {
			errs = append(errs, p.Err)
			continue
		}
		sumGross += p.Gross
		sumTax += p.Tax
		fmt.Printf("%-5d %9.2f %9.2f %9.2f\n", p.EmpID, p.Gross, p.Tax, p.Gross-p.Tax)
	}
	fmt.Println(strings.Repeat("-", 35))
	fmt.Printf("%-5s %9.2f %9.2f %9.2f\n", "all", sumGross, sumTax, sumGross-sumTax)
	err := errors.Join(errs...)
	fmt.Printf("problems:\n%v\n", err)
	fmt.Println(errors.Is(err, ErrOvertime))

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			ready++
			cond.Broadcast()
			mu.Unlock()
		}()
	}
	mu.Lock()
	for ready < 4 {
		cond.Wait()
	}
	mu.Unlock()
	wg2.Wait()
	fmt.Println("all", ready, "departments reported")
}
