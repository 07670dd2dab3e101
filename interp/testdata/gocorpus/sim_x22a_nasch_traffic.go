package main

import (
	"fmt"
	"strings"
)

type LCG struct{ state uint64 }

func (l *LCG) Float() float64 {
	l.state = l.state*6364136223846793005 + 1442695040888963407
	return float64(l.state>>11) / (1 << 53)
}

type Car struct {
	Pos, Vel int
}

type Road struct {
	Len   int
	VMax  int
	PSlow float64
	Cars  []Car
	rng   *LCG
}

func (r *Road) gapAhead(i int) int {
	next := r.Cars[(i+1)%len(r.Cars)]
	g := next.Pos - r.Cars[i].Pos - 1
	if g < 0 {
		g += r.Len
	}
	return g
}

func (r *Road) Step() (flow int) {
	gaps := make([]int, len(r.Cars))
	for i := range r.Cars {
		gaps[i] = r.gapAhead(i)
	}
	for i := range r.Cars {
		c := &r.Cars[i]
		c.Vel = min(c.Vel+1, r.VMax, gaps[i])
		if c.Vel > 0 && r.rng.Float() < r.PSlow {
			c.Vel--
		}
		c.Pos += c.Vel
		if c.Pos >= r.Len {
			c.Pos -= r.Len
			flow++
		}
	}
	for i := len(r.Cars) - 1; i > 0 && r.Cars[i].Pos < r.Cars[i-1].Pos; i-- {
		r.Cars[i], r.Cars[i-1] = r.Cars[i-1], r.Cars[i]
	}
	if n := len(r.Cars); n > 1 && r.Cars[0].Pos > r.Cars[n-1].Pos {
		r.Cars = append(r.Cars[1:], r.Cars[0])
	}
	return flow
}

func (r *Road) String() string {
	b := []byte(strings.Repeat(".", r.Len))
	for _, c := range r.Cars {
		b[c.Pos] = byte('0' + c.Vel)
	}
	return string(b)
}

func main() {
	for _, density := range []int{4, 10} {
		r := &Road{Len: 40, VMax: 5, PSlow: 0.25, rng: &LCG{uint64(density)}}
		for i := 0; i < density; i++ {
			r.Cars = append(r.Cars, Car{Pos: i * (40 / density)})
		}
		total := 0
		for t := 0; t < 30; t++ {
			total += r.Step()
			if t >= 25 {
				fmt.Println(r)
			}
		}
		avg := 0.0
		for _, c := range r.Cars {
			avg += float64(c.Vel)
		}
		fmt.Printf("density %d: flow %d, mean v %.2f\n", density, total, avg/float64(len(r.Cars)))
	}
}
