package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Sunny State = iota
	Cloudy
	Rainy
)

var names = [...]string{"Sunny", "Cloudy", "Rainy"}

func (s State) String() string { return names[s] }

type Chain [3][3]float64

func (c Chain) Step(p [3]float64) [3]float64 {
	var q [3]float64
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			q[j] += p[i] * c[i][j]
		}
	}
	return q
}

func (c Chain) Square() Chain {
	var r Chain
	for i := range 3 {
		for j := range 3 {
			for k := range 3 {
				r[i][j] += c[i][k] * c[k][j]
			}
		}
	}
	return r
}

func (c Chain) Print() {
	fmt.Printf("%8s", "")
	for s := Sunny; s <= Rainy; s++ {
		fmt.Printf("%8s", s)
	}
	fmt.Println()
	for i, row := range c {
		fmt.Printf("%8v", State(i))
		for _, v := range row {
			fmt.Printf("%8.4f", v)
		}
		fmt.Println()
	}
}

func main() {
	c := Chain{
		{0.7, 0.2, 0.1},
		{0.3, 0.4, 0.3},
		{0.2, 0.3, 0.5},
	}
	c.Print()
	p := [3]float64{1, 0, 0}
	for day := 1; day <= 5; day++ {
		p = c.Step(p)
		fmt.Printf("day %d: %.4f\n", day, p)
	}
	m := c
	for i := 0; i < 6; i++ {
		m = m.Square()
	}
	fmt.Println(strings.Repeat("-", 32))
	fmt.Println("P^64:")
	m.Print()
	fmt.Printf("%v %d %q\n", Rainy, Rainy, Cloudy)
}
