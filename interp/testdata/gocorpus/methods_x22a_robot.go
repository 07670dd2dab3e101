package main

import (
	"fmt"
	"strings"
)

type Heading byte

func (h Heading) Left() Heading {
	return map[Heading]Heading{'N': 'W', 'W': 'S', 'S': 'E', 'E': 'N'}[h]
}

func (h Heading) Right() Heading { return h.Left().Left().Left() }

type Robot struct {
	X, Y   int
	Facing Heading
	Lost   bool
	Name   string
}

type Arena struct {
	MaxX, MaxY int
	scents     map[[3]int]bool
}

func (a *Arena) Run(r *Robot, cmds string) {
	for _, c := range cmds {
		if r.Lost {
			return
		}
		switch c {
		case 'L':
			r.Facing = r.Facing.Left()
		case 'R':
			r.Facing = r.Facing.Right()
		case 'F':
			nx, ny := r.X, r.Y
			switch r.Facing {
			case 'N':
				ny++
			case 'S':
				ny--
			case 'E':
				nx++
			case 'W':
				nx--
			}
			if nx < 0 || ny < 0 || nx > a.MaxX || ny > a.MaxY {
				key := [3]int{r.X, r.Y, int(r.Facing)}
				if a.scents[key] {
					continue
				}
				a.scents[key] = true
				r.Lost = true
				continue
			}
			r.X, r.Y = nx, ny
		}
	}
}

func (r Robot) String() string {
	s := fmt.Sprintf("%s %d %d %c", r.Name, r.X, r.Y, r.Facing)
	if r.Lost {
		s += " LOST"
	}
	return s
}

func main() {
	a := &Arena{MaxX: 5, MaxY: 3, scents: map[[3]int]bool{}}
	input := `1 1 E RFRFRFRF
3 2 N FRRFLLFFRRFLL
0 3 W LLFFFLFLFL
2 2 S FFFFFFRFF`
	var robots []*Robot
	for i, line := range strings.Split(input, "\n") {
		var x, y int
		var h, cmds string
		if _, err := fmt.Sscan(line, &x, &y, &h, &cmds); err != nil {
			fmt.Println("parse:", err)
			continue
		}
		r := &Robot{X: x, Y: y, Facing: Heading(h[0]), Name: fmt.Sprintf("R%d", i+1)}
		a.Run(r, cmds)
		robots = append(robots, r)
	}
	for _, r := range robots {
		fmt.Println(r)
	}
	move := a.Run
	extra := &Robot{Name: "X", Facing: 'N'}
	move(extra, "FFFFFFFF")
	fmt.Println(*extra, len(a.scents))
}
