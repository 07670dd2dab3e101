package main

import (
	"fmt"
	"strings"
)

type Params struct {
	Alpha, Beta, Delta, Gamma float64
}

type Pop struct{ Prey, Pred float64 }

func (p Params) deriv(s Pop) Pop {
	return Pop{
		Prey: p.Alpha*s.Prey - p.Beta*s.Prey*s.Pred,
		Pred: p.Delta*s.Prey*s.Pred - p.Gamma*s.Pred,
	}
}

func add(a, b Pop, h float64) Pop { return Pop{a.Prey + h*b.Prey, a.Pred + h*b.Pred} }

func (p Params) rk4(s Pop, h float64) Pop {
	k1 := p.deriv(s)
	k2 := p.deriv(add(s, k1, h/2))
	k3 := p.deriv(add(s, k2, h/2))
	k4 := p.deriv(add(s, k3, h))
	return Pop{
		s.Prey + h/6*(k1.Prey+2*k2.Prey+2*k3.Prey+k4.Prey),
		s.Pred + h/6*(k1.Pred+2*k2.Pred+2*k3.Pred+k4.Pred),
	}
}

func main() {
	p := Params{Alpha: 1.1, Beta: 0.4, Delta: 0.1, Gamma: 0.4}
	s := Pop{Prey: 10, Pred: 10}
	h := 0.01
	fmt.Printf("%#v\n", p)
	fmt.Printf("%6s %9s %9s  %s\n", "t", "prey", "pred", "plot (o=prey x=pred)")
	var peaks []float64
	prev, prev2 := s.Prey, s.Prey
	for i := 0; i <= 5000; i++ {
		t := float64(i) * h
		if i%250 == 0 {
			line := []byte(strings.Repeat(".", 40))
			po := min(int(s.Prey), 39)
			px := min(int(s.Pred), 39)
			line[po] = 'o'
			line[px] = 'x'
			fmt.Printf("%6.2f %9.3f %9.3f  %s\n", t, s.Prey, s.Pred, line)
		}
		if i > 1 && prev > prev2 && prev > s.Prey {
			peaks = append(peaks, t-h)
		}
		prev2, prev = prev, s.Prey
		s = p.rk4(s, h)
	}
	fmt.Printf("prey peaks at %.2f\n", peaks)
	if len(peaks) > 1 {
		fmt.Printf("period ~ %.3f\n", (peaks[len(peaks)-1]-peaks[0])/float64(len(peaks)-1))
	}
}
