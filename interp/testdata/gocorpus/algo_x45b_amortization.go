package main

import (
	"fmt"
	"math"
	"os"
	"text/tabwriter"
)

type Cents int64

func (c Cents) String() string {
	neg := c < 0
	if neg {
		c = -c
	}
	s := fmt.Sprintf("%d.%02d", c/100, c%100)
	if neg {
		return "-" + s
	}
	return s
}

type Payment struct {
	N         int
	Payment   Cents
	Interest  Cents
	Principal Cents
	Balance   Cents
}

func monthlyPayment(principal Cents, annualRate float64, months int) Cents {
	r := annualRate / 12
	p := float64(principal)
	pay := p * r / (1 - math.Pow(1+r, -float64(months)))
	return Cents(math.Round(pay))
}

func schedule(principal Cents, annualRate float64, months int) []Payment {
	pay := monthlyPayment(principal, annualRate, months)
	bal := principal
	var out []Payment
	for n := 1; n <= months; n++ {
		interest := Cents(math.Round(float64(bal) * annualRate / 12))
		prin := pay - interest
		if n == months || prin > bal {
			prin = bal
		}
		bal -= prin
		out = append(out, Payment{n, prin + interest, interest, prin, bal})
	}
	return out
}

func main() {
	loan := Cents(2500000)
	sched := schedule(loan, 0.065, 24)
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "#\tPayment\tInterest\tPrincipal\tBalance\t")
	var ti, tp Cents
	for _, p := range sched {
		fmt.Fprintf(w, "%d\t%v\t%v\t%v\t%v\t\n", p.N, p.Payment, p.Interest, p.Principal, p.Balance)
		ti += p.Interest
		tp += p.Principal
	}
	fmt.Fprintf(w, "Total\t%v\t%v\t%v\t\t\n", ti+tp, ti, tp)
	w.Flush()
	fmt.Printf("%+v\n", sched[0])
	fmt.Printf("%#v\n", sched[len(sched)-1])
}
