package main

import (
	"bufio"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

const data = `# station,temp,humidity
alpha,12.5,80
beta,15.25,65
alpha,13.0,78
gamma,n/a,50
beta,14.75,70
alpha,11.5,82
gamma,9.0,90
delta,20
beta,16.0,60`

type Acc struct {
	N          int
	Sum, SumSq float64
	Min, Max   float64
}

func (a *Acc) Add(x float64) {
	if a.N == 0 {
		a.Min, a.Max = x, x
	}
	a.N++
	a.Sum += x
	a.SumSq += x * x
	a.Min = math.Min(a.Min, x)
	a.Max = math.Max(a.Max, x)
}

func (a Acc) Mean() float64 { return a.Sum / float64(a.N) }
func (a Acc) Std() float64 {
	m := a.Mean()
	return math.Sqrt(a.SumSq/float64(a.N) - m*m)
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(data))
	stats := map[string]*Acc{}
	line := 0
	var problems []string
	for sc.Scan() {
		line++
		txt := strings.TrimSpace(sc.Text())
		if txt == "" || strings.HasPrefix(txt, "#") {
			continue
		}
		fields := strings.Split(txt, ",")
		if len(fields) != 3 {
			problems = append(problems, fmt.Sprintf("line %d: want 3 fields, got %d", line, len(fields)))
			continue
		}
		t, err := strconv.ParseFloat(fields[1], 64)
		if err != nil {
			problems = append(problems, fmt.Sprintf("line %d: %v", line, err))
			continue
		}
		a, ok := stats[fields[0]]
		if !ok {
			a = &Acc{}
			stats[fields[0]] = a
		}
		a.Add(t)
	}
	names := make([]string, 0, len(stats))
	for n := range stats {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Printf("%-8s %3s %7s %7s %7s %7s\n", "station", "n", "mean", "std", "min", "max")
	for _, n := range names {
		a := stats[n]
		fmt.Printf("%-8s %3d %7.3f %7.3f %7.2f %7.2f\n", n, a.N, a.Mean(), a.Std(), a.Min, a.Max)
	}
	for _, p := range problems {
		fmt.Println("skip:", p)
	}
	fmt.Println(strconv.FormatFloat(stats["beta"].Mean(), 'e', 4, 64), strconv.Quote(names[0]))
}
