package main

import (
	"fmt"
	"strings"
)

type Pile [][]int

func NewPile(n int) Pile {
	p := make(Pile, n)
	for i := range p {
		p[i] = make([]int, n)
	}
	return p
}

func (p Pile) Topple() (topples int) {
	n := len(p)
	for {
		stable := true
		for y := 0; y < n; y++ {
			for x := 0; x < n; x++ {
				if p[y][x] < 4 {
					continue
				}
				stable = false
				topples++
				p[y][x] -= 4
				for _, d := range [4][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
					nx, ny := x+d[0], y+d[1]
					if nx >= 0 && nx < n && ny >= 0 && ny < n {
						p[ny][nx]++
					}
				}
			}
		}
		if stable {
			return
		}
	}
}

func (p Pile) Render() string {
	glyph := []string{" ", ".", ":", "#"}
	var b strings.Builder
	for _, row := range p {
		for _, v := range row {
			b.WriteString(glyph[v])
		}
		b.WriteString("|\n")
	}
	return b.String()
}

func (p Pile) Grains() int {
	s := 0
	for _, row := range p {
		for _, v := range row {
			s += v
		}
	}
	return s
}

func main() {
	p := NewPile(9)
	p[4][4] = 100
	t := p.Topple()
	fmt.Printf("topples=%d grains left=%d\n", t, p.Grains())
	fmt.Print(p.Render())
	hist := [4]int{}
	for _, row := range p {
		for _, v := range row {
			hist[v]++
		}
	}
	fmt.Println("histogram:", hist)
	q := NewPile(3)
	for i := 0; i < 12; i++ {
		q[1][1]++
		q.Topple()
	}
	fmt.Println(q)
}
