package main

import (
	"fmt"
	"math"
	"strings"
)

type Series struct {
	Name string
	Mark rune
	F    func(float64) float64
}

type Canvas struct {
	W, H   int
	cells  [][]rune
	X0, X1 float64
	Y0, Y1 float64
}

func NewCanvas(w, h int, x0, x1, y0, y1 float64) *Canvas {
	c := &Canvas{W: w, H: h, X0: x0, X1: x1, Y0: y0, Y1: y1}
	c.cells = make([][]rune, h)
	for i := range c.cells {
		c.cells[i] = []rune(strings.Repeat(" ", w))
	}
	zr := c.row(0)
	if zr >= 0 && zr < h {
		for j := range c.cells[zr] {
			c.cells[zr][j] = '-'
		}
	}
	return c
}

func (c *Canvas) row(y float64) int {
	return int(math.Round((c.Y1 - y) / (c.Y1 - c.Y0) * float64(c.H-1)))
}

func (c *Canvas) Plot(s Series) int {
	hits := 0
	for j := 0; j < c.W; j++ {
		x := c.X0 + (c.X1-c.X0)*float64(j)/float64(c.W-1)
		y := s.F(x)
		if r := c.row(y); r >= 0 && r < c.H {
			c.cells[r][j] = s.Mark
			hits++
		}
	}
	return hits
}

func (c *Canvas) String() string {
	var sb strings.Builder
	for i, line := range c.cells {
		y := c.Y1 - (c.Y1-c.Y0)*float64(i)/float64(c.H-1)
		fmt.Fprintf(&sb, "%6.2f |%s|\n", y, strings.TrimRight(string(line), " "))
	}
	return sb.String()
}

func main() {
	c := NewCanvas(60, 15, 0, 2*math.Pi, -1.5, 1.5)
	series := []Series{
		{"sin", '*', math.Sin},
		{"cos", 'o', math.Cos},
		{"damped", '·', func(x float64) float64 { return math.Exp(-x/3) * math.Sin(3*x) }},
	}
	for _, s := range series {
		fmt.Printf("%s(%c): %d points\n", s.Name, s.Mark, c.Plot(s))
	}
	fmt.Print(c)
	fmt.Println(strings.Count(c.String(), "·"), len(c.String()), len([]rune(c.String())))
}
