package main

import (
	"fmt"
	"math"
	"os"
	"strings"
	"text/tabwriter"
)

type Schedule interface {
	Rate(epoch int) float64
	fmt.Stringer
}

type Constant float64

func (c Constant) Rate(int) float64 { return float64(c) }
func (c Constant) String() string   { return fmt.Sprintf("const(%g)", float64(c)) }

type StepDecay struct {
	Base  float64
	Drop  float64
	Every int
}

func (s StepDecay) Rate(e int) float64 {
	return s.Base * math.Pow(s.Drop, float64(e/s.Every))
}
func (s StepDecay) String() string { return fmt.Sprintf("step(%g,%g,%d)", s.Base, s.Drop, s.Every) }

type Cosine struct {
	Max, Min float64
	Total    int
}

func (c Cosine) Rate(e int) float64 {
	return c.Min + 0.5*(c.Max-c.Min)*(1+math.Cos(math.Pi*float64(e)/float64(c.Total)))
}
func (c Cosine) String() string { return "cosine" }

type Exp struct{ Base, K float64 }

func (x *Exp) Rate(e int) float64 { return x.Base * math.Exp(-x.K*float64(e)) }
func (x *Exp) String() string     { return fmt.Sprintf("exp(k=%g)", x.K) }

func train(s Schedule, epochs int) []float64 {
	w := 5.0
	losses := make([]float64, 0, epochs)
	for e := range epochs {
		grad := 2 * (w - 1)
		w -= s.Rate(e) * grad
		losses = append(losses, (w-1)*(w-1))
	}
	return losses
}

func main() {
	scheds := []Schedule{Constant(0.1), StepDecay{0.4, 0.5, 3}, Cosine{0.3, 0.01, 10}, &Exp{0.3, 0.2}}
	tw := tabwriter.NewWriter(os.Stdout, 6, 0, 1, ' ', tabwriter.Debug)
	header := []string{"epoch"}
	results := make([][]float64, len(scheds))
	for i, s := range scheds {
		header = append(header, s.String())
		results[i] = train(s, 10)
	}
	fmt.Fprintln(tw, strings.Join(header, "\t")+"\t")
	for e := range 10 {
		fmt.Fprintf(tw, "%d", e)
		for i := range scheds {
			fmt.Fprintf(tw, "\t%.5f", results[i][e])
		}
		fmt.Fprintln(tw, "\t")
	}
	tw.Flush()
	best := 0
	for i := range results {
		if results[i][9] < results[best][9] {
			best = i
		}
	}
	fmt.Printf("best schedule: %v (%T)\n", scheds[best], scheds[best])
}
