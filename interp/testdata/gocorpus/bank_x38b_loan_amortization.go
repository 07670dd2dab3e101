package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Loan struct {
	Principal float64
	AnnualPct float64
	Months    int
}

type Payment struct {
	N         int
	Interest  float64
	Principal float64
	Remaining float64
}

var ErrTerm = errors.New("term must be positive")

func round2(x float64) float64 { return math.Round(x*100) / 100 }

func (l Loan) Monthly() (float64, error) {
	if l.Months <= 0 {
		return 0, ErrTerm
	}
	r := l.AnnualPct / 100 / 12
	if r == 0 {
		return round2(l.Principal / float64(l.Months)), nil
	}
	p := l.Principal * r / (1 - math.Pow(1+r, -float64(l.Months)))
	return round2(p), nil
}

func (l Loan) Schedule(extra float64) ([]Payment, error) {
	m, err := l.Monthly()
	if err != nil {
		return nil, fmt.Errorf("schedule: %w", err)
	}
	r := l.AnnualPct / 100 / 12
	bal := l.Principal
	var out []Payment
	for n := 1; bal > 0.005; n++ {
		interest := round2(bal * r)
		princ := min(m+extra-interest, bal)
		bal = round2(bal - princ)
		out = append(out, Payment{n, interest, round2(princ), bal})
	}
	return out, nil
}

func totalInterest(ps []Payment) (sum float64) {
	for _, p := range ps {
		sum += p.Interest
	}
	return round2(sum)
}

func main() {
	car := Loan{Principal: 12000, AnnualPct: 6.5, Months: 12}
	m, _ := car.Monthly()
	fmt.Printf("monthly payment: %.2f\n", m)
	sched, _ := car.Schedule(0)
	fmt.Printf("%3s %9s %10s %10s\n", "#", "interest", "principal", "balance")
	for _, p := range sched {
		if p.N <= 3 || p.N >= len(sched)-1 {
			fmt.Printf("%3d %9.2f %10.2f %10.2f\n", p.N, p.Interest, p.Principal, p.Remaining)
		} else if p.N == 4 {
			fmt.Println(strings.Repeat(".", 35))
		}
	}
	fmt.Println("total interest:", totalInterest(sched))
	fast, _ := car.Schedule(500)
	fmt.Printf("with +500/month: %d payments, interest %.2f\n", len(fast), totalInterest(fast))

	zero := Loan{Principal: 1000, AnnualPct: 0, Months: 4}
	zs, _ := zero.Schedule(0)
	fmt.Printf("%+v\n", zs[len(zs)-1])
	_, err := Loan{Principal: 1, Months: 0}.Schedule(0)
	fmt.Println(err, errors.Is(err, ErrTerm))

	compare := map[string]Loan{
		"15y": {250000, 5.75, 180},
		"30y": {250000, 6.25, 360},
	}
	for _, k := range []string{"15y", "30y"} {
		l := compare[k]
		mp, _ := l.Monthly()
		total := mp * float64(l.Months)
		fmt.Printf("%s: %9.2f/mo total %12.2f (%.1f%% interest)\n", k, mp, total, (total-l.Principal)/l.Principal*100)
	}
	fmt.Println(math.Inf(1) > 1e308, math.IsNaN(math.NaN()), math.Floor(-2.5), math.Trunc(-2.5), math.Mod(7, 3))
}
