package main

import (
	"fmt"
	"strings"
)

type Dir int

const (
	N Dir = iota
	E
	S
	W
)

func (d Dir) String() string { return [...]string{"north", "east", "south", "west"}[d] }

type Pos struct{ X, Y int }

type Robot struct {
	Pos
	Facing Dir
}

func (r *Robot) Right() { r.Facing = (r.Facing + 1) % 4 }
func (r *Robot) Left()  { r.Facing = (r.Facing + 3) % 4 }
func (r *Robot) Advance() {
	switch r.Facing {
	case N:
		r.Y++
	case E:
		r.X++
	case S:
		r.Y--
	case W:
		r.X--
	}
}

func (r *Robot) Run(cmds string) error {
	for i, c := range cmds {
		switch c {
		case 'R':
			r.Right()
		case 'L':
			r.Left()
		case 'A':
			r.Advance()
		default:
			return fmt.Errorf("bad command %q at %d", c, i)
		}
	}
	return nil
}

func main() {
	r := Robot{Pos{7, 3}, N}
	if err := r.Run("RAALAL"); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%+v %v\n", r, r.Facing)
	robots := map[string]*Robot{
		"alpha": {Facing: E},
		"beta":  {Pos{-2, 1}, W},
		"gamma": {Pos: Pos{X: 8, Y: 4}, Facing: S},
	}
	progs := map[string]string{"alpha": "AAALA", "beta": "LAAARALA", "gamma": "AXA"}
	for _, name := range []string{"alpha", "beta", "gamma"} {
		rb := robots[name]
		err := rb.Run(progs[name])
		fmt.Printf("%-6s at %v facing %-5s err=%v\n", name, rb.Pos, rb.Facing, err)
	}
	var b strings.Builder
	for d := N; d <= W; d++ {
		fmt.Fprintf(&b, "%d=%s;", d, d)
	}
	fmt.Println(b.String())
	fmt.Println(robots["beta"].X, robots["gamma"].Pos.Y)
}
